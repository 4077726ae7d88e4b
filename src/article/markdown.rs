//! Markdown articles: the first level-1 heading is the title, other headings are
//! subheadings, formatting is dropped, links keep their text, images, code blocks and raw
//! HTML are left out. A YAML front matter block may give title, date and author.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{dates, text, Block, BlockKind, Document};

pub fn parse(input: &str) -> Document {
    let mut doc = Document::default();
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES;
    let mut current: Option<(BlockKind, Option<HeadingLevel>, String)> = None;
    let mut skip_depth = 0usize;
    let mut in_metadata = false;
    let mut front_matter = String::new();
    for event in Parser::new_ext(input, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(t) if in_metadata => front_matter.push_str(&t),
            Event::Start(Tag::Image { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock) => skip_depth += 1,
            Event::End(TagEnd::Image | TagEnd::CodeBlock | TagEnd::HtmlBlock) => {
                skip_depth = skip_depth.saturating_sub(1)
            }
            _ if skip_depth > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut current, &mut doc);
                current = Some((BlockKind::Heading, Some(level), String::new()));
            }
            Event::Start(Tag::Paragraph | Tag::Item | Tag::TableCell) => {
                // A list item's text may come without a paragraph around it.
                flush(&mut current, &mut doc);
                current = Some((BlockKind::Paragraph, None, String::new()));
            }
            Event::End(
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell,
            ) => flush(&mut current, &mut doc),
            Event::Text(t) | Event::Code(t) => {
                current
                    .get_or_insert_with(|| (BlockKind::Paragraph, None, String::new()))
                    .2
                    .push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = current.as_mut() {
                    c.2.push(' ');
                }
            }
            _ => {}
        }
    }
    flush(&mut current, &mut doc);
    apply_front_matter(&front_matter, &mut doc);
    leading_metadata(&mut doc);
    doc
}

fn flush(current: &mut Option<(BlockKind, Option<HeadingLevel>, String)>, doc: &mut Document) {
    let Some((kind, level, text)) = current.take() else {
        return;
    };
    let text = text.trim().to_string();
    if text.is_empty() {
        return;
    }
    if level == Some(HeadingLevel::H1) && doc.metadata.title.is_none() && doc.blocks.is_empty() {
        doc.metadata.title = Some(text);
        return;
    }
    doc.blocks.push(Block { kind, text });
}

/// `title:`, `date:` and `author:` lines of a YAML front matter block.
fn apply_front_matter(yaml: &str, doc: &mut Document) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if doc.metadata.title.is_none() => doc.metadata.title = Some(value.into()),
            "date" | "published" if doc.metadata.published.is_none() => {
                doc.metadata.published = dates::parse_any(value)
            }
            "author" | "byline" if doc.metadata.byline.is_none() => {
                doc.metadata.byline = Some(value.into())
            }
            _ => {}
        }
    }
}

/// A date line or byline written as the first paragraphs, as in plain text.
fn leading_metadata(doc: &mut Document) {
    while let Some(first) = doc.blocks.first() {
        if first.kind != BlockKind::Paragraph {
            break;
        }
        if doc.metadata.published.is_none() {
            if let Some(d) = dates::parse_date_line(&first.text) {
                doc.metadata.published = Some(d);
                doc.blocks.remove(0);
                continue;
            }
        }
        if doc.metadata.byline.is_none() {
            if let Some(b) = text::byline(&first.text) {
                doc.metadata.byline = Some(b.to_string());
                doc.blocks.remove(0);
                continue;
            }
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_links_and_formatting() {
        let doc = parse(
            "# The title\n\n2019-01-07\n\nSome **bold** and [a link](http://x.y) here.\n\n## Sub head\n\n- item one.\n- item two.\n\n![alt text](i.png)\n\n```\ncode\n```\n",
        );
        assert_eq!(doc.metadata.title.as_deref(), Some("The title"));
        assert!(doc.metadata.published.is_some());
        let blocks: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Paragraph, "Some bold and a link here."),
                (BlockKind::Heading, "Sub head"),
                (BlockKind::Paragraph, "item one."),
                (BlockKind::Paragraph, "item two."),
            ]
        );
    }

    #[test]
    fn yaml_front_matter() {
        let doc =
            parse("---\ntitle: \"From YAML\"\ndate: 2020-02-03\nauthor: Jane Doe\n---\n\nBody.\n");
        assert_eq!(doc.metadata.title.as_deref(), Some("From YAML"));
        assert_eq!(doc.metadata.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(
            doc.metadata.published.map(|d| d.to_string()).as_deref(),
            Some("2020-02-03")
        );
    }
}
