//! Web pages: the main content is found with `dom_smoothie` (a port of Mozilla's
//! Readability), which drops menus, footers, banners, related-link lists and scripts; its
//! Markdown rendering keeps headings and paragraphs, and is read like a Markdown article.
//! Title, byline, site and publication date come from the page metadata (`og:`,
//! `article:published_time`, JSON-LD, `<time datetime>`).

use dom_smoothie::{Config, Readability, TextMode};

use super::{dates, markdown, BlockKind, Document};
use crate::error::{Error, Result};

/// Less body text than this is not an article (an index page, a login wall).
const MIN_ARTICLE_CHARS: usize = 200;
/// Pages with more elements are refused rather than scored, which would be slow.
const MAX_ELEMENTS: usize = 400_000;

/// Extract the article from `html`. `url` (absolute) resolves relative links; `location`
/// names the page in error messages.
pub fn parse(html: &str, url: Option<&str>, location: &str) -> Result<Document> {
    let config = Config {
        text_mode: TextMode::Markdown,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut reader = Readability::new(html, url, Some(config.clone()))
        .or_else(|_| Readability::new(html, None, Some(config)))
        .map_err(|e| Error::Internal(format!("HTML reader: {e}")))?;
    let article = match reader.parse() {
        Ok(a) => a,
        Err(dom_smoothie::ReadabilityError::TooManyElements(found, max)) => {
            return Err(Error::BadInput(format!(
                "{location}: the page has {found} HTML elements, more than the {max} an article page has; save the article text and open that instead"
            )))
        }
        Err(_) => return Err(Error::NoArticleContent(location.to_string())),
    };
    let mut doc = markdown::parse(&article.text_content);
    let body_chars: usize = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.chars().count())
        .sum();
    if body_chars < MIN_ARTICLE_CHARS {
        return Err(Error::NoArticleContent(location.to_string()));
    }
    let title = article.title.trim();
    if !title.is_empty() {
        doc.metadata.title = Some(title.to_string());
    }
    // The title often opens the body again as a heading.
    if doc.blocks.first().is_some_and(|b| {
        b.kind == BlockKind::Heading && Some(b.text.as_str()) == doc.metadata.title.as_deref()
    }) {
        doc.blocks.remove(0);
    }
    if let Some(byline) = article.byline.as_deref().map(clean_byline) {
        if !byline.is_empty() {
            doc.metadata.byline = Some(byline);
        }
    }
    if let Some(site) = article.site_name.as_deref().map(str::trim) {
        if !site.is_empty() {
            doc.metadata.site = Some(site.to_string());
        }
    }
    doc.metadata.published = article
        .published_time
        .as_deref()
        .and_then(dates::parse_any)
        .or_else(|| time_element_date(html))
        .or(doc.metadata.published);
    Ok(doc)
}

fn clean_byline(b: &str) -> String {
    let b = b.split_whitespace().collect::<Vec<_>>().join(" ");
    b.strip_prefix("By ")
        .or_else(|| b.strip_prefix("by "))
        .unwrap_or(&b)
        .to_string()
}

/// The first `<time datetime="…">` on the page.
fn time_element_date(html: &str) -> Option<chrono::NaiveDate> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<time") {
        let tag_start = from + at;
        let tag_end = tag_start + lower[tag_start..].find('>')?;
        let tag = &html[tag_start..tag_end];
        if let Some(p) = tag.to_ascii_lowercase().find("datetime=") {
            let value = tag[p + 9..]
                .trim_start_matches(['"', '\''])
                .split(['"', '\''])
                .next()
                .unwrap_or("");
            if let Some(d) = dates::parse_any(value) {
                return Some(d);
            }
        }
        from = tag_end;
    }
    None
}
