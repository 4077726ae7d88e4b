//! Open questions. SKELETON: explicit questions only.

use crate::article::Article;
use crate::brief::Item;

pub fn extract(article: &Article) -> Vec<Item> {
    (0..article.sentences.len())
        .filter(|&i| {
            article
                .sentence_text(i)
                .trim_end_matches(['"', '”', '’'])
                .ends_with('?')
        })
        .map(|i| Item {
            text: article.sentence_text(i).to_string(),
            sources: vec![i],
        })
        .collect()
}
