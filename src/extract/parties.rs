//! Actors, attribution and parties. SKELETON: nothing found yet.

use crate::article::Article;
use crate::brief::Party;

pub fn extract(_article: &Article) -> Vec<Party> {
    Vec::new()
}
