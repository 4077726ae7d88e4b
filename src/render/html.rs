//! Markdown → HTML. SKELETON: the render work adds the style sheets, source links and
//! raw-HTML escaping.

use pulldown_cmark::{html, Event, Parser};

/// The brief's body as an HTML fragment (for the app's preview).
pub fn fragment(markdown: &str) -> String {
    // Raw HTML from the article or an edited brief is shown as text, never rendered.
    let events = Parser::new(markdown).map(|e| match e {
        Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
        e => e,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// A standalone HTML document with its style sheet.
pub fn document(markdown: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Brief</title></head><body>{}</body></html>\n",
        fragment(markdown)
    )
}
