//! Key points. SKELETON: the first sentences of the article (LEAD-n); the extraction work
//! replaces it with position + centrality + salience + novelty.

use crate::article::Article;
use crate::brief::Item;

pub fn select(article: &Article, n: Option<usize>) -> Vec<Item> {
    let n = n.unwrap_or(5).min(article.sentences.len());
    (0..n)
        .map(|i| Item {
            text: article.sentence_text(i).to_string(),
            sources: vec![i],
        })
        .collect()
}
