//! Plain-text articles: an optional title line, date line and byline, then paragraphs and
//! subheadings.
//!
//! Paragraphs come either separated by blank lines (lines inside one are joined, so
//! hard-wrapped text reads as one paragraph) or one per line with single line breaks, as
//! text copied from a web page usually is. A subheading is a short line without final
//! punctuation standing between paragraphs.

use super::{dates, Block, BlockKind, Document};

pub fn parse(input: &str) -> Document {
    let normalised;
    let input = if input.contains(['\r', '\u{2028}', '\u{2029}']) {
        normalised = input
            .replace("\r\n", "\n")
            .replace(['\r', '\u{2028}', '\u{2029}'], "\n");
        normalised.as_str()
    } else {
        input
    };
    let lines: Vec<&str> = input.lines().map(str::trim).collect();
    let mut doc = Document::default();
    let body_start = front_matter(&lines, &mut doc);
    let body = &lines[body_start..];
    let separated_by_blank_lines = body
        .iter()
        .skip_while(|l| l.is_empty())
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0].is_empty() && !w[1].is_empty());
    if separated_by_blank_lines {
        for group in body.split(|l| l.is_empty()).filter(|g| !g.is_empty()) {
            blank_line_group(group, &mut doc.blocks);
        }
    } else {
        let lines: Vec<&str> = body.iter().copied().filter(|l| !l.is_empty()).collect();
        line_per_paragraph(&lines, &mut doc.blocks);
    }
    // Short text without final punctuation is still text, not a lone heading.
    if !doc.blocks.iter().any(|b| b.kind == BlockKind::Paragraph) {
        for b in &mut doc.blocks {
            b.kind = BlockKind::Paragraph;
        }
    }
    doc
}

/// Title, date line and byline at the top, in the usual orders. Returns the index of the
/// first body line.
fn front_matter(lines: &[&str], doc: &mut Document) -> usize {
    let mut i = 0;
    let skip_blank = |mut i: usize| {
        while i < lines.len() && lines[i].is_empty() {
            i += 1;
        }
        i
    };
    i = skip_blank(i);
    i = metadata_lines(lines, i, doc);
    i = skip_blank(i);
    let next_line = |from: usize| lines[from..].iter().find(|l| !l.is_empty());
    // A line continued in lower case on the next is hard-wrapped text, not a title.
    let headline = i + 2 < lines.len()
        && lines[i + 1].is_empty()
        && next_line(i + 1).is_some_and(|n| restated_headline(lines[i], n));
    if i < lines.len()
        && (is_title(lines[i]) || headline)
        && next_line(i + 1).is_some_and(|n| !starts_lowercase(n))
    {
        let title = strip_markdown_heading(lines[i]);
        // A headline's final period is no part of the title.
        let title = match title.strip_suffix('.') {
            Some(t) if (title_case(title) || headline) && !t.ends_with('.') => t,
            _ => title,
        };
        doc.metadata.title = Some(title.to_string());
        i = metadata_lines(lines, skip_blank(i + 1), doc);
    }
    i
}

fn metadata_lines(lines: &[&str], mut i: usize, doc: &mut Document) -> usize {
    while i < lines.len() {
        let line = lines[i];
        if doc.metadata.published.is_none() {
            if let Some(d) = dates::parse_date_line(line) {
                doc.metadata.published = Some(d);
                i += 1;
                continue;
            }
        }
        if doc.metadata.byline.is_none() {
            if let Some(b) = byline(line) {
                doc.metadata.byline = Some(b.to_string());
                i += 1;
                continue;
            }
        }
        break;
    }
    i
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Author: Jane Doe".
pub(crate) fn byline(line: &str) -> Option<&str> {
    let rest = ["By ", "BY ", "by ", "Author: ", "Written by "]
        .iter()
        .find_map(|p| line.strip_prefix(p))?
        .trim();
    let words = rest.split_whitespace().count();
    let first_upper = rest.chars().next().is_some_and(char::is_uppercase);
    (first_upper && (1..=10).contains(&words) && !ends_sentence(rest)).then_some(rest)
}

fn strip_markdown_heading(line: &str) -> &str {
    let stripped = line.trim_start_matches('#');
    if stripped.len() < line.len() && stripped.starts_with(' ') {
        stripped.trim()
    } else {
        line
    }
}

fn is_title(line: &str) -> bool {
    let line = strip_markdown_heading(line);
    let words = line.split_whitespace().count();
    let question_or_exclamation = line
        .trim_end_matches(is_closing_quote)
        .ends_with(['?', '!'])
        && words <= 16;
    line.chars().count() <= 200
        && words <= 30
        && starts_like_heading(line)
        && (!ends_with_punctuation(line) || question_or_exclamation || title_case(line))
        && dates::parse_date_line(line).is_none()
        && byline(line).is_none()
}

/// "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton.": a headline in
/// title case is a title even with a final period; a sentence never capitalises every word.
fn title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    (4..=20).contains(&words.len()) && line.trim_end().ends_with('.') && is_title_case(&words)
}

/// Words written as a title: each capitalised (or a number) but the short words titles
/// leave lowercase, and most of them capitalised ("Make Your Kid a Millionaire").
pub(crate) fn is_title_case(words: &[&str]) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
        "as", "from", "if", "vs", "vs.", "is", "are",
    ];
    let capitalised = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    let caps = words.iter().filter(|w| capitalised(w)).count();
    words.iter().all(|w| capitalised(w) || SMALL.contains(w)) && caps * 2 > words.len()
}

/// "International Monetary Fund slashes prospect for U.S. growth." above "The International
/// Monetary Fund announced Tuesday that it is lowering its forecast for U.S. growth …": a
/// short first line in headline style (no article to open it) whose words the next
/// paragraph's opening says again is the headline, final period or not.
fn restated_headline(line: &str, next: &str) -> bool {
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if !(4..=14).contains(&words.len())
        || !line.trim_end().ends_with('.')
        || line.contains(['“', '"', ':', ';'])
        || matches!(
            words[0].as_str(),
            "the" | "a" | "an" | "this" | "these" | "it"
        )
        || next.len() < line.len() * 2
    {
        return false;
    }
    let opening: std::collections::HashSet<String> = next
        .split_whitespace()
        .take(45)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let content: Vec<&String> = words.iter().filter(|w| w.len() > 3).collect();
    let shared = content
        .iter()
        .filter(|w| opening.contains(w.as_str()))
        .count();
    // Headlines tell in the present ("slashes", "calls for"); a lead in the past.
    let past = words
        .iter()
        .skip(1)
        .any(|w| w.len() > 4 && w.ends_with("ed"));
    !past && content.len() >= 3 && shared * 2 >= content.len()
}

/// A short line without final punctuation that starts like a heading, or a Markdown
/// heading ("## Talks stall") pasted as text.
fn is_heading(line: &str) -> bool {
    if strip_markdown_heading(line).len() < line.len() {
        return true;
    }
    // "ABSTRACT.", "FULL TEXT.", "UPDATE:": a label in capitals, whatever its punctuation.
    if line.len() <= 40 && line.split_whitespace().count() <= 4 {
        let letters = line.chars().filter(|c| c.is_alphabetic());
        if letters.clone().count() >= 4
            && letters.clone().all(char::is_uppercase)
            && dates::parse_date_line(line).is_none()
        {
            return true;
        }
    }
    let words = line.split_whitespace().count();
    (1..=12).contains(&words)
        && line.chars().count() <= 100
        && starts_like_heading(line)
        && !ends_with_punctuation(line)
        && dates::parse_date_line(line).is_none()
        && !is_bullet(line)
}

fn starts_like_heading(line: &str) -> bool {
    let first = line
        .chars()
        .find(|c| !matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['));
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && line.chars().any(char::is_alphabetic)
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']')
}

/// Ends with punctuation that ends or continues a sentence (a closing quote counts when
/// punctuation stands before it, as in `.”`).
fn ends_with_punctuation(line: &str) -> bool {
    line.trim_end_matches(is_closing_quote)
        .ends_with(['.', '!', '?', '…', ':', ';', ',', '-', '–', '—'])
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(is_closing_quote)
        .ends_with(['.', '!', '?', '…', ':'])
}

fn starts_lowercase(line: &str) -> bool {
    line.chars()
        .find(|c| !matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['))
        .is_some_and(char::is_lowercase)
}

fn is_bullet(line: &str) -> bool {
    line.starts_with(['•', '·', '▪', '●']) || line.starts_with("- ") || line.starts_with("* ")
}

fn strip_bullet(line: &str) -> &str {
    if is_bullet(line) {
        line.trim_start_matches(['•', '·', '▪', '●', '-', '*'])
            .trim_start()
    } else {
        line
    }
}

fn push(blocks: &mut Vec<Block>, kind: BlockKind, text: String) {
    let text = if kind == BlockKind::Heading {
        strip_markdown_heading(&text).to_string()
    } else {
        text
    };
    if !text.trim().is_empty() {
        blocks.push(Block { kind, text });
    }
}

/// A blank-line-separated group: a heading, a paragraph, or a heading on the line just
/// above its paragraph.
fn blank_line_group(group: &[&str], blocks: &mut Vec<Block>) {
    if group.len() == 1 && is_heading(group[0]) {
        push(blocks, BlockKind::Heading, group[0].to_string());
        return;
    }
    let widest = group.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut rest = group;
    // A heading glued to its paragraph is clearly shorter than the wrapped lines below it,
    // and the paragraph does not continue it in lower case.
    if group.len() >= 2
        && is_heading(group[0])
        && !starts_lowercase(group[1])
        && group[0].chars().count() * 10 < widest * 7
    {
        push(blocks, BlockKind::Heading, group[0].to_string());
        rest = &group[1..];
    }
    if rest.iter().all(|l| is_bullet(l)) {
        for line in rest {
            push(blocks, BlockKind::Paragraph, strip_bullet(line).to_string());
        }
        return;
    }
    push(blocks, BlockKind::Paragraph, rest.join(" "));
}

/// No blank lines: every line is a paragraph or a subheading, except that a line cut off
/// mid-sentence (hard-wrapped text) continues on the next.
fn line_per_paragraph(lines: &[&str], blocks: &mut Vec<Block>) {
    let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut current: Vec<&str> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).copied();
        let continues_next = next.is_some_and(starts_lowercase);
        if current.is_empty() && is_heading(line) && !continues_next {
            push(blocks, BlockKind::Heading, line.to_string());
            continue;
        }
        if is_bullet(line) && !current.is_empty() {
            push(blocks, BlockKind::Paragraph, current.join(" "));
            current.clear();
        }
        current.push(strip_bullet(line));
        let wrapped = !ends_sentence(line)
            && next.is_some_and(|n| {
                !is_bullet(n) && (continues_next || line.chars().count() * 10 >= widest * 6)
            });
        if !wrapped {
            push(blocks, BlockKind::Paragraph, current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        push(blocks, BlockKind::Paragraph, current.join(" "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(doc: &Document) -> Vec<(BlockKind, &str)> {
        doc.blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect()
    }

    /// Caught on PolNeAr: a headline with a final period was the article's first sentence,
    /// and so its bottom line; "ABSTRACT." and "FULL TEXT." were sentences too.
    #[test]
    fn a_title_case_headline_with_a_period_is_the_title_and_capital_labels_are_headings() {
        let doc = parse(
            "Obama Sees 'Personal Insult' if Voters Stay Home.\n\nABSTRACT.\n\nMany Democrats are afraid.\n\nFULL TEXT.\n\nThe president spoke on Saturday.\n",
        );
        assert_eq!(
            doc.metadata.title.as_deref(),
            Some("Obama Sees 'Personal Insult' if Voters Stay Home")
        );
        let paragraphs: Vec<&str> = kinds(&doc)
            .into_iter()
            .filter(|(k, _)| *k == BlockKind::Paragraph)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(
            paragraphs,
            [
                "Many Democrats are afraid.",
                "The president spoke on Saturday."
            ]
        );
        // A sentence is not a headline: it does not capitalise every word.
        let doc = parse("The talks collapsed on Monday in Geneva.\n\nBoth sides left.\n");
        assert_eq!(doc.metadata.title, None);
        // A headline in sentence case, restated by the lead below it.
        let doc = parse(
            "Monetary fund slashes prospect for U.S. growth.\n\nThe International Monetary Fund \
             announced Tuesday that it is lowering its forecast for U.S. growth this year.\n",
        );
        assert_eq!(
            doc.metadata.title.as_deref(),
            Some("Monetary fund slashes prospect for U.S. growth")
        );
        // A short lead paragraph in the past tense stays the first sentence.
        let doc = parse(
            "Officials confirmed two deaths after the storm.\n\nOfficials said the storm \
             caused two deaths and left thousands without power across the region.\n",
        );
        assert_eq!(doc.metadata.title, None);
    }

    #[test]
    fn title_date_and_blank_line_paragraphs() {
        let doc = parse("A title here\n2019-01-07\n\nFirst para\nwraps here.\n\nSecond.\n");
        assert_eq!(doc.metadata.title.as_deref(), Some("A title here"));
        assert_eq!(
            doc.metadata.published.map(|d| d.to_string()).as_deref(),
            Some("2019-01-07")
        );
        assert_eq!(
            kinds(&doc),
            [
                (BlockKind::Paragraph, "First para wraps here."),
                (BlockKind::Paragraph, "Second.")
            ]
        );
    }

    #[test]
    fn line_per_paragraph_with_subheading_and_no_title() {
        let doc = parse("The first paragraph is a sentence.\nAnother one.\nTalks stall\nThe end.");
        assert_eq!(doc.metadata.title, None);
        assert_eq!(
            kinds(&doc),
            [
                (BlockKind::Paragraph, "The first paragraph is a sentence."),
                (BlockKind::Paragraph, "Another one."),
                (BlockKind::Heading, "Talks stall"),
                (BlockKind::Paragraph, "The end."),
            ]
        );
    }

    #[test]
    fn byline_and_written_date() {
        let doc = parse("Storm hits coast\nBy Jane Doe\nMonday, January 7, 2019\n\nIt rained.");
        assert_eq!(doc.metadata.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(doc.metadata.byline.as_deref(), Some("Jane Doe"));
        assert!(doc.metadata.published.is_some());
        assert_eq!(kinds(&doc), [(BlockKind::Paragraph, "It rained.")]);
    }

    #[test]
    fn hard_wrapped_lines_without_blank_lines_are_joined() {
        let doc = parse(
            "The minister said the plan would go ahead despite\nthe protests in the capital on Sunday.\nShort one.",
        );
        assert_eq!(
            kinds(&doc),
            [
                (
                    BlockKind::Paragraph,
                    "The minister said the plan would go ahead despite the protests in the capital on Sunday."
                ),
                (BlockKind::Paragraph, "Short one.")
            ]
        );
    }

    #[test]
    fn short_text_without_punctuation_is_a_paragraph() {
        let doc = parse("Hello world");
        assert_eq!(kinds(&doc), [(BlockKind::Paragraph, "Hello world")]);
    }

    #[test]
    fn markdown_headings_in_pasted_text() {
        let doc = parse("# Big title\n\nFirst paragraph.\n\n## Talks stall\n\nSecond one.");
        assert_eq!(doc.metadata.title.as_deref(), Some("Big title"));
        assert_eq!(
            kinds(&doc),
            [
                (BlockKind::Paragraph, "First paragraph."),
                (BlockKind::Heading, "Talks stall"),
                (BlockKind::Paragraph, "Second one.")
            ]
        );
    }

    #[test]
    fn crlf_line_endings() {
        let doc = parse("Title\r\n\r\nBody text here.\r\n");
        assert_eq!(doc.metadata.title.as_deref(), Some("Title"));
        assert_eq!(kinds(&doc), [(BlockKind::Paragraph, "Body text here.")]);
    }
}
