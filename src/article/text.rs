//! Plain-text articles: title line, optional date line, subheadings, paragraphs.
//!
//! PLACEHOLDER (skeleton): first short line without final punctuation is the title, blank
//! lines or single line breaks separate paragraphs. The intake work completes it.

use super::{Block, BlockKind, Document};

pub fn parse(input: &str) -> Document {
    let mut doc = Document::default();
    let mut lines = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    if let Some(first) = lines.peek() {
        if looks_like_heading(first) {
            doc.metadata.title = Some(first.to_string());
            lines.next();
        }
    }
    for line in lines {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(line, "%Y-%m-%d") {
            if doc.metadata.published.is_none() && doc.blocks.is_empty() {
                doc.metadata.published = Some(d);
                continue;
            }
        }
        let kind = if looks_like_heading(line) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        doc.blocks.push(Block {
            kind,
            text: line.to_string(),
        });
    }
    doc
}

fn looks_like_heading(line: &str) -> bool {
    line.chars().count() <= 120
        && line.split_whitespace().count() <= 16
        && !line.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’'])
}
