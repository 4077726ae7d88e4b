//! Extraction: from an [`Article`] to a [`Brief`]. Rules and statistics only, in-process:
//! no model, no network.

pub mod attribution;
pub mod bottom_line;
pub mod entities;
pub mod key_points;
pub mod parties;
pub mod questions;
pub mod standalone;
pub mod stem;
pub mod stopwords;
pub mod timeline;
pub mod words;

use chrono::{DateTime, Utc};

use crate::article::Article;
use crate::brief::{Brief, SentenceRef, SourceInfo, SCHEMA_VERSION};

#[derive(Debug, Clone)]
pub struct Options {
    /// Number of key points; `None` chooses 3–7 from the article's length.
    pub key_points: Option<usize>,
    pub generated_at: DateTime<Utc>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            key_points: None,
            generated_at: Utc::now(),
        }
    }
}

pub fn generate(article: &Article, opts: &Options) -> Brief {
    // One sentence analysis serves key points, bottom line and questions.
    let analysis = key_points::score::analyse(article);
    let key_points = key_points::select_with(article, &analysis, opts.key_points);
    let bottom_line = bottom_line::compose_with(article, &analysis, &key_points);
    let parties = parties::extract(article);
    let open_questions = questions::extract_with(article, &analysis);
    let timeline = timeline::extract(article);
    let title = article
        .metadata
        .title
        .clone()
        .unwrap_or_else(|| fallback_title(article));
    Brief {
        schema_version: SCHEMA_VERSION,
        title,
        source: SourceInfo {
            location: article.metadata.location.clone(),
            site: article.metadata.site.clone(),
            published: article.metadata.published,
            byline: article.metadata.byline.clone(),
        },
        generated_at: opts.generated_at,
        bottom_line,
        key_points,
        parties,
        open_questions,
        timeline,
        text: article.text.clone(),
        sentences: article
            .sentences
            .iter()
            .map(|s| SentenceRef {
                text: article.text[s.start..s.end].to_string(),
                start: s.start,
                end: s.end,
                paragraph: s.paragraph,
            })
            .collect(),
    }
}

/// An article without a title line is titled by its first sentence, so a brief always has
/// a heading a reader recognises. A sentence too long for a heading is cut at a word
/// boundary, and the cut is shown.
fn fallback_title(article: &Article) -> String {
    const MAX_CHARS: usize = 120;
    let first = article.sentence_text(0).trim_end_matches(['.', '!', '?']);
    if first.chars().count() <= MAX_CHARS {
        return first.to_string();
    }
    let mut out = String::new();
    for w in first.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > MAX_CHARS - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untitled_article_is_titled_by_its_whole_first_sentence_when_short() {
        let a = Article::from_text(
            "The council has approved the budget for the new bridge across the river after a long debate. It passed by two votes.",
        )
        .unwrap();
        assert_eq!(
            fallback_title(&a),
            "The council has approved the budget for the new bridge across the river after a long debate"
        );
    }

    #[test]
    fn long_first_sentence_is_cut_visibly_at_a_word() {
        let long = "word ".repeat(60) + "end. Second sentence here.";
        let a = Article::from_text(&long).unwrap();
        let t = fallback_title(&a);
        assert!(t.ends_with('…') && t.chars().count() <= 120, "{t}");
    }
}
