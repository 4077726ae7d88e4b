//! Markdown → HTML, for the app's preview (`fragment`) and for saving or printing
//! (`document`).
//!
//! Contract with the desktop app: every source reference `[s4, s7]` / `[s1–s3]` becomes
//! `<a class="source-ref" href="#s4" data-sources="3,6">s4, s7</a>` (0-based indices, every
//! one of a range), and each entry of the Sources section is `<li id="s4">`. Raw HTML is
//! shown as text; links are kept only for web, mail and in-page addresses; images are
//! replaced by their description, so nothing remote is loaded and nothing runs.

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::markdown::SOURCES_HEADING;
use super::refs;
use super::text::{self, Piece};

/// The brief's body as an HTML fragment (for the app's preview).
pub fn fragment(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut out, events(markdown).into_iter());
    out
}

/// A standalone HTML document with its screen and print style sheets.
pub fn document(markdown: &str) -> String {
    let title = text::title(markdown).unwrap_or_else(|| "Brief".to_string());
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Briefing\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main class=\"brief\">\n{}</main>\n</body>\n</html>\n",
        escape_html(&title),
        fragment(markdown)
    )
}

/// The event stream `push_html` writes, after the brief-specific rewriting.
fn events(markdown: &str) -> Vec<Event<'_>> {
    let mut out = Vec::new();
    let mut in_sources = false;
    let mut heading: Option<(HeadingLevel, String)> = None;
    // A Sources entry's `<li>` gets its id once its first text shows its number.
    let mut item_slot: Option<usize> = None;
    let mut link_kept: Vec<bool> = Vec::new();
    for piece in text::pieces(markdown) {
        match piece {
            Piece::Text(t) => {
                if let Some((_, h)) = heading.as_mut() {
                    h.push_str(&t.text);
                }
                let mut offset = 0;
                if let Some(slot) = item_slot.take() {
                    if let Some((n, len)) = leading_label(&t) {
                        out[slot] = Event::Html(format!("<li id=\"s{n}\">").into());
                        out.push(Event::InlineHtml(
                            format!("<span class=\"source-id\">[s{n}]</span> ").into(),
                        ));
                        offset = len;
                    }
                }
                push_text_with_refs(&mut out, &t.text[offset..], &t.linkable[offset..]);
            }
            Piece::Event(e) => {
                if !matches!(e, Event::Start(Tag::Paragraph)) {
                    item_slot = None;
                }
                match e {
                    Event::Start(Tag::Heading { level, .. }) => {
                        heading = Some((level, String::new()));
                        out.push(e);
                    }
                    Event::End(TagEnd::Heading(level)) => {
                        if let Some((_, h)) = heading.take() {
                            if level == HeadingLevel::H2 {
                                in_sources = h.trim().eq_ignore_ascii_case(SOURCES_HEADING);
                            } else if level == HeadingLevel::H1 {
                                in_sources = false;
                            }
                        }
                        out.push(e);
                    }
                    Event::Start(Tag::Item) if in_sources => {
                        item_slot = Some(out.len());
                        out.push(Event::Html("<li>".into()));
                    }
                    Event::Html(s) | Event::InlineHtml(s) => out.push(Event::Text(s)),
                    Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }) => {
                        let keep = safe_url(&dest_url);
                        link_kept.push(keep);
                        if keep {
                            out.push(Event::Start(Tag::Link {
                                link_type,
                                dest_url,
                                title,
                                id,
                            }));
                        }
                    }
                    Event::End(TagEnd::Link) => {
                        if link_kept.pop().unwrap_or(false) {
                            out.push(e);
                        }
                    }
                    e => out.push(e),
                }
            }
        }
    }
    out
}

/// `[s4] …` at the start of a Sources entry: the 1-based number and the label's length.
fn leading_label(t: &text::Text) -> Option<(usize, usize)> {
    let found = refs::find(&t.text).into_iter().next()?;
    let clean = found.start == 0 && t.linkable[..found.end].iter().all(|&l| l);
    let single = found.sources.len() == 1 && !found.label.contains(',');
    if !(clean && single) {
        return None;
    }
    let len = found.end + t.text[found.end..].len() - t.text[found.end..].trim_start().len();
    Some((found.sources[0] + 1, len))
}

fn push_text_with_refs<'a>(out: &mut Vec<Event<'a>>, text: &str, linkable: &[bool]) {
    let mut at = 0;
    for found in refs::find(text) {
        // A reference written with escapes (`\[s4]`) is article text, not a reference.
        if !linkable[found.start..found.end].iter().all(|&l| l) {
            continue;
        }
        if found.start > at {
            out.push(Event::Text(CowStr::from(text[at..found.start].to_string())));
        }
        let ids: Vec<String> = found.sources.iter().map(usize::to_string).collect();
        let first = found.sources[0] + 1;
        out.push(Event::InlineHtml(
            format!(
                "<a class=\"source-ref\" href=\"#s{first}\" data-sources=\"{}\">{}</a>",
                ids.join(","),
                escape_html(found.label.trim())
            )
            .into(),
        ));
        at = found.end;
    }
    if at < text.len() {
        out.push(Event::Text(CowStr::from(text[at..].to_string())));
    }
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Links that cannot run code or reach anything but a web page, a mail client or the page
/// itself.
pub fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with('#')
}

/// Screen and print styles; the print styles follow the PDF's look (Noto Sans, grey source
/// references, rules under section headings).
const STYLE: &str = r#":root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; }
.brief { max-width: 44em; margin: 2em auto; padding: 0 1.5em;
  font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.45; }
.brief h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .3em; }
.brief h1 + p { color: #555; font-size: .9em; margin-top: 0; }
.brief h2 { font-size: 1.3em; margin: 1.6em 0 .5em; padding-bottom: .2em; border-bottom: 1px solid #ccc; }
.brief h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
.brief ul, .brief ol { padding-left: 1.6em; }
.brief li { margin: .3em 0; }
.brief blockquote { margin: .8em 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
.brief a { color: #1f4e8c; }
.brief a.source-ref { color: #777; font-size: .85em; text-decoration: none; white-space: nowrap; }
.brief a.source-ref::before { content: "["; }
.brief a.source-ref::after { content: "]"; }
.brief a.source-ref:hover { color: #1f4e8c; text-decoration: underline; }
.brief .source-id { color: #777; margin-right: .4em; }
.brief li[id]:target { background: #fff6d5; }
.brief code, .brief pre { font-family: "Noto Sans Mono", monospace; font-size: .92em; }
.brief pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.brief p, .brief li { overflow-wrap: break-word; }
@media print {
  @page { size: A4; margin: 20mm 18mm 22mm; }
  body { background: none; }
  .brief { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .brief h2, .brief h3 { break-after: avoid; page-break-after: avoid; }
  .brief li, .brief blockquote, .brief p { break-inside: avoid; page-break-inside: avoid; orphans: 2; widows: 2; }
  .brief a { color: inherit; text-decoration: none; }
  .brief a.source-ref { color: #777; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_becomes_a_link_with_zero_based_indices() {
        let html = fragment("- A point [s1–s3, s7]\n");
        assert!(
            html.contains(
                r##"<a class="source-ref" href="#s1" data-sources="0,1,2,6">s1–s3, s7</a>"##
            ),
            "{html}"
        );
    }

    #[test]
    fn escaped_brackets_stay_text() {
        let html = fragment("- He wrote \\[s4\\] himself [s2]\n");
        assert!(html.contains("[s4]"), "{html}");
        assert!(!html.contains("href=\"#s4\""), "{html}");
        assert!(html.contains("data-sources=\"1\""), "{html}");
    }

    #[test]
    fn sources_entries_get_ids() {
        let html = fragment("## Sources\n\n- [s4] The sentence.\n- [s12] Another.\n");
        assert!(html.contains("<li id=\"s4\">"), "{html}");
        assert!(html.contains("<li id=\"s12\">"), "{html}");
        assert!(!html.contains("source-ref"), "{html}");
    }

    #[test]
    fn unsafe_links_and_images_are_dropped() {
        let html = fragment("[x](javascript:alert(1)) ![pic](https://example.org/p.png)");
        assert!(!html.contains("javascript"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("pic"), "{html}");
    }
}
