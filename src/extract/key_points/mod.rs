//! Key points: the article's most important sentences, most important first, each standing
//! on its own and none repeating another.
//!
//! Position carries most of the signal in news (LEAD-3 beats every unsupervised
//! centrality method on CNN/DailyMail), so the score is a position prior refined by
//! centrality and entity salience ([`score`]); selection is greedy with a redundancy
//! penalty (MMR, [`select`]); sentences are trimmed of datelines and made to stand alone
//! ([`trim`], [`crate::extract::standalone`]).

pub mod score;
mod selection;
pub mod trim;

use crate::article::Article;
use crate::brief::Item;

pub use score::Analysis;
pub use selection::select_ranked;

/// How many points an article of `sentences` sentences gets: 3 for a short item, one more
/// per eight sentences beyond eight, at most 7.
pub fn default_count(sentences: usize) -> usize {
    (3 + sentences.saturating_sub(8) / 8).min(7)
}

/// The `n` key points of `article` (`None`: [`default_count`]), from its sentence analysis.
pub fn select_with(article: &Article, analysis: &Analysis, n: Option<usize>) -> Vec<Item> {
    let n = n.unwrap_or_else(|| default_count(article.sentences.len()));
    select_ranked(article, analysis, n)
}

/// Convenience for a caller that needs only the key points: analyses `article` itself.
/// A caller that also composes the bottom line or the questions analyses once
/// ([`score::analyse`]) and calls [`select_with`], as [`crate::extract::generate`] does.
pub fn select(article: &Article, n: Option<usize>) -> Vec<Item> {
    select_with(article, &score::analyse(article), n)
}
