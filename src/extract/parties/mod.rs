//! Parties: actors grouped under the country, organisation or camp they speak for, each
//! with the positions the article attributes to them, most central first.

pub mod grouping;
pub mod lexicon;
mod wording;

use crate::article::Article;
use crate::brief::Party;
use crate::extract::attribution;

pub fn extract(article: &Article) -> Vec<Party> {
    let analysis = attribution::analyse(article);
    grouping::group(article, &analysis)
}
