//! The timeline. SKELETON: nothing found yet.

use crate::article::Article;
use crate::brief::TimelineEvent;

pub fn extract(_article: &Article) -> Vec<TimelineEvent> {
    Vec::new()
}
