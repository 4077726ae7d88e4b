//! The Markdown brief read back as pulldown-cmark events, with adjacent text joined, shared
//! by the HTML and PDF renderers.
//!
//! Each text byte records whether it was written literally in the Markdown: an escaped
//! `\[s4\]` is article text, a bare `[s4]` is a source reference.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// Joined text and, per byte, whether it appears verbatim (unescaped) in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub linkable: Vec<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    Text(Text),
    Event(Event<'a>),
}

pub fn pieces(markdown: &str) -> Vec<Piece<'_>> {
    let mut out: Vec<Piece> = Vec::new();
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Text(t) => {
                let literal = markdown.get(range.clone()) == Some(&*t);
                // pulldown-cmark leaves the backslash of `\[` out of the text's range.
                let escaped = markdown.as_bytes()[..range.start]
                    .iter()
                    .rev()
                    .take_while(|&&b| b == b'\\')
                    .count()
                    % 2
                    == 1;
                let text = match out.last_mut() {
                    Some(Piece::Text(prev)) => prev,
                    _ => {
                        out.push(Piece::Text(Text {
                            text: String::new(),
                            linkable: Vec::new(),
                        }));
                        match out.last_mut() {
                            Some(Piece::Text(t)) => t,
                            _ => continue,
                        }
                    }
                };
                text.text.push_str(&t);
                let first = t.chars().next().map_or(0, char::len_utf8);
                text.linkable
                    .extend(std::iter::repeat_n(literal && !escaped, first));
                text.linkable
                    .extend(std::iter::repeat_n(literal, t.len() - first));
            }
            e => out.push(Piece::Event(e)),
        }
    }
    out
}

/// The text of the first level-1 heading.
pub fn title(markdown: &str) -> Option<String> {
    let mut inside = false;
    let mut title = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => inside = true,
            Event::End(TagEnd::Heading(HeadingLevel::H1)) => {
                let t = title.trim();
                return (!t.is_empty()).then(|| t.to_string());
            }
            Event::Text(t) | Event::Code(t) if inside => title.push_str(&t),
            Event::SoftBreak | Event::HardBreak if inside => title.push(' '),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_is_not_linkable() {
        let p = pieces("a \\[s1\\] b [s2]");
        let texts: Vec<&Text> = p
            .iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(t),
                _ => None,
            })
            .collect();
        assert_eq!(texts.len(), 1);
        let t = texts[0];
        assert_eq!(t.text, "a [s1] b [s2]");
        let open1 = t.text.find("[s1").unwrap_or(0);
        let open2 = t.text.find("[s2").unwrap_or(0);
        assert!(!t.linkable[open1]);
        assert!(t.linkable[open2]);
    }

    #[test]
    fn title_is_the_first_h1() {
        assert_eq!(
            title("intro\n\n# The *Title*\n\n# Other").as_deref(),
            Some("The Title")
        );
        assert_eq!(title("no heading"), None);
    }
}
