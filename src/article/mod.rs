//! Article intake: read an article from a file, URL or pasted text, and turn it into
//! normalised text with paragraphs, subheadings and sentences carrying byte offsets.
//!
//! Every format reader produces a [`Document`] (metadata plus blocks); [`Article::from_document`]
//! is the one place that normalises, segments and indexes, so offsets mean the same thing
//! whatever the format.

pub mod dates;
pub mod decode;
pub mod fetch;
pub mod html;
pub mod language;
pub mod load;
pub mod markdown;
pub mod pdf;
pub mod segment;
pub mod text;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use load::{load, Input, LoadOptions, MAX_TEXT_BYTES};

use crate::error::{Error, Result};

/// Metadata found in the article or given by the caller.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub byline: Option<String>,
    pub site: Option<String>,
    /// File path or URL the article came from.
    pub location: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Paragraph,
    Heading,
}

/// A block of text as a format reader found it, before normalisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

/// What a format reader hands over: metadata and the article body as blocks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub metadata: Metadata,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offsets into [`Article::text`].
    pub start: usize,
    pub end: usize,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
}

/// An article ready for extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub metadata: Metadata,
    /// Normalised body text: blocks joined by a blank line ("\n\n"), whitespace inside a
    /// block folded to single spaces, typographic characters kept as written.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Sentences of body paragraphs, in reading order (headings hold no sentences).
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// Normalise and segment a document. Fails with [`Error::Empty`] when no text is left.
    pub fn from_document(doc: Document) -> Result<Article> {
        let mut text = String::new();
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        for block in doc.blocks {
            let folded = fold_whitespace(&block.text);
            if folded.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(&folded);
            let end = text.len();
            let index = paragraphs.len();
            paragraphs.push(Paragraph {
                start,
                end,
                kind: block.kind,
            });
            if block.kind == BlockKind::Paragraph {
                for (s, e) in segment::split(&folded) {
                    sentences.push(Sentence {
                        start: start + s,
                        end: start + e,
                        paragraph: index,
                    });
                }
            }
        }
        if sentences.is_empty() {
            return Err(Error::Empty);
        }
        Ok(Article {
            metadata: doc.metadata,
            text,
            paragraphs,
            sentences,
        })
    }

    /// Read pasted or piped plain text.
    pub fn from_text(input: &str) -> Result<Article> {
        Article::from_document(text::parse(input))
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        let s = &self.sentences[index];
        &self.text[s.start..s.end]
    }

    pub fn title(&self) -> Option<&str> {
        self.metadata.title.as_deref()
    }
}

/// Fold runs of ASCII whitespace (spaces, tabs, line breaks) to one space. Non-breaking
/// spaces are kept as written: they carry meaning ("10 km", "Mr. Smith").
fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_ascii_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_point_at_sentences() {
        let a = Article::from_text("Title here\n\nFirst one. Second one.\n\nThird.").unwrap();
        assert_eq!(a.metadata.title.as_deref(), Some("Title here"));
        let texts: Vec<_> = (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect();
        assert_eq!(texts, ["First one.", "Second one.", "Third."]);
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert!(matches!(Article::from_text(" \n\t "), Err(Error::Empty)));
    }
}
