//! The bottom line. SKELETON: the first key point.

use crate::article::Article;
use crate::brief::Item;

pub fn compose(_article: &Article, key_points: &[Item]) -> Item {
    key_points.first().cloned().unwrap_or_default()
}
