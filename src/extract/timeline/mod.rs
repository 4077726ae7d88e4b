//! The timeline: dated events, past and upcoming, from the article's own date expressions.
//!
//! News is written relative to its own date ("on Monday", "a day later", "last week");
//! `expressions` finds those phrases, `tense` reads which way a clause points, `anchor`
//! picks the earlier date "a day later" counts from, `resolve` turns an expression into a
//! date span against the article's date, and `events` builds one event per dated clause in
//! date order.

pub mod anchor;
pub mod events;
pub mod expressions;
pub mod lexicon;
pub mod resolve;
pub mod tense;
pub mod tokens;

use crate::article::Article;
use crate::brief::TimelineEvent;

/// The article's dated events in date order. Without an article date, relative dates stay
/// unresolved (date null) and events keep text order.
pub fn extract(article: &Article) -> Vec<TimelineEvent> {
    events::build(article)
}
