//! Markdown events → a flat list of styled blocks (paragraphs, headings, list items …),
//! the input of line breaking and pagination.

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::fonts::Face;
use crate::render::html::safe_url;
use crate::render::markdown::SOURCES_HEADING;
use crate::render::refs;
use crate::render::text::{self, Piece};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tint {
    Body,
    Muted,
    Link,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Uri(String),
    /// A source sentence, 0-based: jumps to its Sources entry.
    Source(usize),
}

/// A run of text in one style. A text of exactly "\n" is a hard line break.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub face: Face,
    pub tint: Tint,
    pub target: Option<Target>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    /// The metadata line under the title.
    Meta,
    Heading(u8),
    Body,
    /// Preformatted text (code, raw HTML shown as text): line breaks kept.
    Code,
    Rule,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub role: Role,
    pub spans: Vec<Span>,
    /// Left edge of the text, from the left margin.
    pub indent: f32,
    /// A list marker and the x where it ends (right-aligned against the text).
    pub marker: Option<String>,
    pub quote_depth: usize,
    /// Inside the Sources section (set smaller).
    pub small: bool,
    /// The Sources entry for this 0-based sentence starts here.
    pub anchor: Option<usize>,
    /// First block of a list item (gets the item spacing).
    pub item_start: bool,
}

impl Block {
    pub fn plain_text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

pub const LIST_INDENT: f32 = 16.0;
pub const QUOTE_INDENT: f32 = 14.0;
/// Extra indent for Sources entries, whose `[s12]` label is wider than a bullet.
pub const SOURCE_LABEL_INDENT: f32 = 10.0;

#[derive(Default)]
struct State {
    blocks: Vec<Block>,
    open: Option<Block>,
    bold: usize,
    italic: usize,
    links: Vec<Option<Target>>,
    /// Each open list: the next number, or None for bullets.
    lists: Vec<Option<u64>>,
    pending_marker: Option<String>,
    quote_depth: usize,
    in_sources: bool,
    heading: Option<u8>,
    heading_text: String,
    code: bool,
    /// The next text may begin with a Sources entry label.
    expect_label: bool,
}

impl State {
    fn indent(&self) -> f32 {
        self.lists.len() as f32 * LIST_INDENT + self.quote_depth as f32 * QUOTE_INDENT
    }

    fn role(&self) -> Role {
        if let Some(level) = self.heading {
            return if level == 1 {
                Role::Title
            } else {
                Role::Heading(level)
            };
        }
        if self.code {
            return Role::Code;
        }
        let after_title = self.blocks.len() == 1 && self.blocks[0].role == Role::Title;
        if after_title && self.lists.is_empty() && self.quote_depth == 0 {
            Role::Meta
        } else {
            Role::Body
        }
    }

    fn block(&mut self) -> &mut Block {
        if self.open.is_none() {
            let marker = self.pending_marker.take();
            let item_start = marker.is_some();
            self.open = Some(Block {
                role: self.role(),
                spans: Vec::new(),
                indent: self.indent(),
                marker,
                quote_depth: self.quote_depth,
                small: self.in_sources,
                anchor: None,
                item_start,
            });
        }
        match self.open.as_mut() {
            Some(b) => b,
            None => unreachable!("a block was just opened"),
        }
    }

    fn close(&mut self) {
        if let Some(mut b) = self.open.take() {
            while b.spans.last().is_some_and(|s| s.text == "\n") {
                b.spans.pop();
            }
            if !b.spans.is_empty() || b.role == Role::Rule {
                self.blocks.push(b);
            }
        }
    }

    fn face(&self) -> Face {
        let heading = matches!(self.role(), Role::Title | Role::Heading(_));
        Face::new(self.bold > 0 || heading, self.italic > 0)
    }

    fn push(&mut self, text: &str, tint: Tint, target: Option<Target>) {
        if text.is_empty() {
            return;
        }
        let face = self.face();
        let tint = match (tint, self.links.last()) {
            (Tint::Body, Some(Some(_))) => Tint::Link,
            (t, _) => t,
        };
        let target = target.or_else(|| self.links.last().cloned().flatten());
        if self.heading.is_some() {
            self.heading_text.push_str(text);
        }
        let block = self.block();
        if let Some(last) = block.spans.last_mut() {
            if last.face == face
                && last.tint == tint
                && last.target == target
                && text != "\n"
                && last.text != "\n"
            {
                last.text.push_str(text);
                return;
            }
        }
        block.spans.push(Span {
            text: text.to_string(),
            face,
            tint,
            target,
        });
    }

    fn text(&mut self, t: &text::Text) {
        let mut at = 0;
        if std::mem::take(&mut self.expect_label) && self.in_sources {
            if let Some(found) = refs::find(&t.text).into_iter().next() {
                let clean = found.start == 0 && t.linkable[..found.end].iter().all(|&l| l);
                if clean && found.sources.len() == 1 {
                    // The entry's number hangs in the margin in place of the bullet.
                    let block = self.block();
                    block.anchor = Some(found.sources[0]);
                    block.marker = Some(t.text[..found.end].to_string());
                    block.indent += SOURCE_LABEL_INDENT;
                    at = found.end
                        + (t.text[found.end..].len() - t.text[found.end..].trim_start().len());
                }
            }
        }
        for found in refs::find(&t.text) {
            if found.start < at || !t.linkable[found.start..found.end].iter().all(|&l| l) {
                continue;
            }
            self.push_plain(&t.text[at..found.start]);
            let first = found.sources[0];
            self.push(
                &t.text[found.start..found.end],
                Tint::Muted,
                Some(Target::Source(first)),
            );
            at = found.end;
        }
        self.push_plain(&t.text[at..]);
    }

    fn push_plain(&mut self, text: &str) {
        if self.code {
            let mut lines = text.split('\n').peekable();
            while let Some(line) = lines.next() {
                self.push(line, Tint::Body, None);
                if lines.peek().is_some() {
                    self.push("\n", Tint::Body, None);
                }
            }
        } else {
            self.push(text, Tint::Body, None);
        }
    }
}

pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut s = State::default();
    for piece in text::pieces(markdown) {
        let event = match piece {
            Piece::Text(t) => {
                s.text(&t);
                continue;
            }
            Piece::Event(e) => e,
        };
        match event {
            Event::Start(Tag::Paragraph) => s.close(),
            Event::End(TagEnd::Paragraph) => s.close(),
            Event::Start(Tag::Heading { level, .. }) => {
                s.close();
                s.heading = Some(heading_number(level));
                s.heading_text.clear();
            }
            Event::End(TagEnd::Heading(level)) => {
                s.close();
                s.heading = None;
                if level == HeadingLevel::H2 {
                    s.in_sources = s.heading_text.trim().eq_ignore_ascii_case(SOURCES_HEADING);
                } else if level == HeadingLevel::H1 {
                    s.in_sources = false;
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                s.close();
                s.quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                s.close();
                s.quote_depth = s.quote_depth.saturating_sub(1);
            }
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::HtmlBlock) => {
                s.close();
                s.code = true;
            }
            Event::End(TagEnd::CodeBlock) | Event::End(TagEnd::HtmlBlock) => {
                s.close();
                s.code = false;
            }
            Event::Start(Tag::List(start)) => {
                s.close();
                s.lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                s.close();
                s.lists.pop();
            }
            Event::Start(Tag::Item) => {
                s.close();
                let depth = s.lists.len();
                let marker = match s.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}.");
                        *n += 1;
                        m
                    }
                    _ => match depth {
                        0 | 1 => "•".to_string(),
                        2 => "–".to_string(),
                        _ => "·".to_string(),
                    },
                };
                s.pending_marker = Some(marker);
                s.expect_label = true;
            }
            Event::End(TagEnd::Item) => s.close(),
            Event::Start(Tag::Emphasis) => s.italic += 1,
            Event::End(TagEnd::Emphasis) => s.italic = s.italic.saturating_sub(1),
            Event::Start(Tag::Strong) => s.bold += 1,
            Event::End(TagEnd::Strong) => s.bold = s.bold.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let target = safe_url(&dest_url)
                    .then(|| dest_url.to_string())
                    .filter(|u| !u.starts_with('#'))
                    .map(Target::Uri);
                s.links.push(target);
            }
            Event::End(TagEnd::Link) => {
                s.links.pop();
            }
            Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                s.push(&t, Tint::Body, None)
            }
            Event::Html(t) | Event::InlineHtml(t) => s.push_plain(&t),
            Event::SoftBreak => s.push(" ", Tint::Body, None),
            Event::HardBreak => s.push("\n", Tint::Body, None),
            Event::Rule => {
                s.close();
                s.open = Some(Block {
                    role: Role::Rule,
                    spans: Vec::new(),
                    indent: s.indent(),
                    marker: None,
                    quote_depth: s.quote_depth,
                    small: s.in_sources,
                    anchor: None,
                    item_start: false,
                });
                s.close();
            }
            Event::TaskListMarker(done) => s.push(if done { "☑ " } else { "☐ " }, Tint::Body, None),
            _ => {}
        }
    }
    s.close();
    s.blocks
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brief_structure_becomes_blocks() {
        let md = "# Title\n\n*Site · generated 1 May 2025*\n\n## Key points\n\n- One **bold** [s1]\n- Two\n  - nested\n\n## Sources\n\n- [s1] The sentence.\n";
        let b = blocks(md);
        let roles: Vec<Role> = b.iter().map(|b| b.role).collect();
        assert_eq!(
            roles,
            vec![
                Role::Title,
                Role::Meta,
                Role::Heading(2),
                Role::Body,
                Role::Body,
                Role::Body,
                Role::Heading(2),
                Role::Body
            ]
        );
        assert_eq!(b[3].marker.as_deref(), Some("•"));
        assert!(b[5].indent > b[4].indent);
        assert!(b[3]
            .spans
            .iter()
            .any(|s| s.face == Face::Bold && s.text == "bold"));
        assert!(b[3]
            .spans
            .iter()
            .any(|s| s.target == Some(Target::Source(0)) && s.text == "[s1]"));
        assert_eq!(b[7].anchor, Some(0));
        assert_eq!(b[7].marker.as_deref(), Some("[s1]"));
        assert_eq!(b[7].plain_text(), "The sentence.");
        assert!(b[7].small);
    }

    #[test]
    fn raw_html_is_text() {
        let b = blocks("<script>alert(1)</script>\n\nText with <b>tag</b>\n");
        let all: String = b.iter().map(Block::plain_text).collect();
        assert!(all.contains("<script>alert(1)</script>"));
        assert!(all.contains("<b>tag</b>"));
    }
}
