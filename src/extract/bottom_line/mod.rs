//! The bottom line: one sentence that tells the news, in the article's own words.
//!
//! News leads usually do this, so the lead is the first candidate; but leads that ask a
//! question, open with a quote, set a scene or carry only a dateline are passed over for
//! the first sentence that names an actor and says what happened ([`lead`]). The chosen
//! sentence is trimmed of its dateline and trailing asides and made to stand alone.

mod lead;

use crate::article::Article;
use crate::brief::Item;
use crate::extract::key_points::score::{self, Analysis};
use crate::extract::key_points::trim;
use crate::extract::standalone;

/// Only the opening sentences are candidates: later ones rarely tell the news whole.
const WINDOW: usize = 6;

/// Convenience for a caller without the article's analysis: analyses `article` itself.
/// [`crate::extract::generate`] analyses once and calls [`compose_with`].
pub fn compose(article: &Article, key_points: &[Item]) -> Item {
    compose_with(article, &score::analyse(article), key_points)
}

/// The bottom line of `article` from its sentence analysis; the first key point when no
/// opening sentence will do.
pub fn compose_with(article: &Article, analysis: &Analysis, key_points: &[Item]) -> Item {
    let mut best: Option<(usize, f64, String, usize)> = None;
    for i in 0..article.sentences.len().min(WINDOW) {
        let info = &analysis.sentences[i];
        let (raw, last) = trim::with_whole_quote(article, i);
        let Some(trimmed) = lead::usable(raw, info) else {
            continue;
        };
        let Some(text) = standalone::standalone(article, &analysis.surnames, i, &trimmed) else {
            continue;
        };
        let value = 0.6 / (1.0 + i as f64 / 2.0) + 0.4 * info.content;
        if best.as_ref().is_none_or(|(_, v, _, _)| value > *v) {
            best = Some((i, value, text, last));
        }
    }
    match best {
        Some((i, _, text, last)) => Item {
            text,
            sources: (i..=last).collect(),
        },
        None => key_points.first().cloned().unwrap_or_default(),
    }
}
