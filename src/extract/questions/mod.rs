//! Open questions: what the article leaves unresolved, phrased as the questions a reader
//! would ask, ranked and capped so they do not flood the brief.
//!
//! [`cues`] finds the sentences (explicit questions, things left unsaid, doubt, pending
//! outcomes, unverified claims); [`phrase`] rewrites each as a question from its own words,
//! falling back to the faithful sentence; sentences about the same matter share one item.

pub mod cues;
pub mod phrase;
mod speaker;

use crate::article::Article;
use crate::brief::Item;
use crate::extract::key_points::score::{self, Analysis};
use crate::extract::key_points::trim;
use crate::extract::standalone;

/// At most this many questions, more for long articles.
fn cap(sentences: usize) -> usize {
    if sentences > 30 {
        8
    } else {
        6
    }
}

/// Sentences sharing this much content are about the same matter.
const SAME_MATTER: f64 = 0.45;
/// An item cites at most this many sentences.
const MAX_SOURCES: usize = 3;

/// A question put to the reader ("Think it's hard to…?", "Have you ever…?") is a hook,
/// not something the story leaves open.
fn addresses_reader(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    // Fragments ("Taxes?", "Who cares?") and the writer's own voice are rhetoric too.
    words.len() < 4
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "you" | "your" | "you're" | "you've" | "i" | "i'm" | "i've" | "i'll" | "we" | "our"
            )
        })
}

/// A quoted sentence without its quotation marks, to be quoted again whole.
fn quote_body(raw: &str) -> &str {
    let raw = raw.trim();
    let body = if raw.starts_with(['“', '"', '‘']) {
        // `"… right," Rep. Lars Mott said.`: the quoted words end at their closing mark.
        let body = raw.trim_start_matches(['“', '"', '‘']);
        match body.find(['”', '"']) {
            Some(i) if !body[i..].trim_start_matches(['”', '"']).trim().is_empty() => &body[..i],
            _ => body,
        }
    } else {
        // The first mark decides: a closing one (`… right," Mott said.`) ends the quoted
        // words; an opening one (`X said, "We proposed …`) starts them.
        let first = raw
            .char_indices()
            .find(|&(_, c)| matches!(c, '“' | '”' | '"'));
        match first {
            Some((i, c)) => {
                let opening = c == '“'
                    || (c == '"' && raw[..i].chars().next_back().is_none_or(char::is_whitespace));
                if opening {
                    &raw[i + c.len_utf8()..]
                } else {
                    &raw[..i]
                }
            }
            None => raw,
        }
    };
    body.trim_end_matches(['”', '"', '’'])
        .trim()
        .trim_end_matches(',')
}

/// The sentence is, or is part of, quoted speech.
fn inside_quote(article: &Article, i: usize, text: &str) -> bool {
    text.contains(['“', '”', '"']) || score::continues_quote(article, i)
}

/// Convenience for a caller without the article's analysis: analyses `article` itself.
/// [`crate::extract::generate`] analyses once and calls [`extract_with`].
pub fn extract(article: &Article) -> Vec<Item> {
    extract_with(article, &score::analyse(article))
}

/// The open questions of `article`, from its sentence analysis.
pub fn extract_with(article: &Article, analysis: &Analysis) -> Vec<Item> {
    let n = article.sentences.len();
    let mut candidates: Vec<(usize, cues::Kind, f64)> = Vec::new();
    for i in 0..n {
        let info = &analysis.sentences[i];
        if info.furniture {
            continue;
        }
        let text = trim::strip_dateline(article.sentence_text(i));
        if let Some(kind) = cues::detect(text) {
            // A question inside someone's quoted words is usually rhetorical.
            if kind == cues::Kind::Explicit
                && (inside_quote(article, i, text) || addresses_reader(text))
            {
                continue;
            }
            // Importance in the article breaks ties between equally strong cues.
            let value = kind.weight() + 0.3 * info.content;
            candidates.push((i, kind, value));
        }
    }
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
    let mut items: Vec<(Item, Vec<usize>)> = Vec::new();
    for (i, kind, _) in candidates {
        let same = items.iter_mut().find(|(_, members)| {
            members.len() < MAX_SOURCES
                && members.iter().any(|&m| {
                    score::similarity(&analysis.sentences[m], &analysis.sentences[i]) >= SAME_MATTER
                })
        });
        if let Some((item, members)) = same {
            members.push(i);
            item.sources.push(i);
            item.sources.sort_unstable();
            continue;
        }
        if items.len() >= cap(n) {
            continue;
        }
        let raw = trim::strip_dateline(article.sentence_text(i));
        let resolved = standalone::standalone(article, &analysis.surnames, i, raw);
        let base = resolved.clone().unwrap_or_else(|| raw.trim().to_string());
        let text = match phrase::ask(article, &analysis.surnames, i, &base, kind) {
            Some(q) => q,
            // The sentence itself must then read on its own: no unresolved pronoun, no
            // fragment of someone's quotation without the speaker.
            None if resolved.is_some()
                && !analysis.sentences[i].continues_quote
                && !analysis.sentences[i].broken_quote =>
            {
                base
            }
            // Someone's words: keep them verbatim, with the speaker when the paragraph
            // names one next to a reporting verb.
            None => match speaker::of_quote(article, i) {
                Some(who) => format!("{who}: “{}”", quote_body(raw)),
                None => continue,
            },
        };
        items.push((
            Item {
                text,
                sources: vec![i],
            },
            vec![i],
        ));
    }
    // Reading order: questions follow the article.
    let mut out: Vec<Item> = items.into_iter().map(|(item, _)| item).collect();
    out.sort_by_key(|it| it.sources.first().copied().unwrap_or(usize::MAX));
    out
}
