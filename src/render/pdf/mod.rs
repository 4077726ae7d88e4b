//! Markdown → PDF: our own typesetting over pulldown-cmark events, written with printpdf.
//!
//! `blocks` turns events into styled blocks, `wrap` breaks them into lines measured with the
//! embedded font's glyph widths (`fonts`), `layout` paginates (headings kept with what
//! follows, no widows or orphans, running header and footer), and `write` produces the PDF
//! (subset fonts, links, metadata, outline).

pub mod blocks;
pub mod fonts;
pub mod layout;
pub mod wrap;
mod write;

use chrono::{DateTime, Utc};

use super::Paper;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    pub paper: Paper,
}

/// A rendered PDF and what could not be rendered faithfully.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters the embedded font has no glyph for; each was drawn as U+FFFD.
    pub missing_chars: Vec<char>,
    /// Human-readable warnings (missing characters, PDF writer notes).
    pub warnings: Vec<String>,
}

/// The PDF for a Markdown brief. Characters the font cannot draw are replaced visibly and
/// reported on stderr; use [`render_report`] to get them as data.
pub fn render(markdown: &str, opts: &PdfOptions) -> Result<Vec<u8>> {
    let rendered = render_report(markdown, opts, creation_time())?;
    for w in &rendered.warnings {
        eprintln!("briefing: PDF: {w}");
    }
    Ok(rendered.bytes)
}

/// Like [`render`], with the creation timestamp given and the warnings returned.
pub fn render_report(
    markdown: &str,
    opts: &PdfOptions,
    created: DateTime<Utc>,
) -> Result<Rendered> {
    let fonts = fonts::Fonts::get().ok_or_else(|| {
        Error::Internal("the embedded PDF font could not be read (rebuild Briefing)".into())
    })?;
    let fallback_date = created.format("%-d %B %Y").to_string();
    let layout = layout::layout(markdown, opts.paper, fonts, &fallback_date);
    let mut warnings = Vec::new();
    if !layout.missing.is_empty() {
        let list: Vec<String> = layout
            .missing
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect();
        warnings.push(format!(
            "the font has no glyph for {}; shown as \u{FFFD}",
            list.join(", ")
        ));
    }
    let bytes = write::write(&layout, created, &mut warnings)?;
    Ok(Rendered {
        bytes,
        pages: layout.pages.len(),
        missing_chars: layout.missing.clone(),
        warnings,
    })
}

/// The layout model alone (for tests and tools that check geometry).
pub fn layout(markdown: &str, opts: &PdfOptions) -> Result<layout::Layout> {
    let fonts = fonts::Fonts::get().ok_or_else(|| {
        Error::Internal("the embedded PDF font could not be read (rebuild Briefing)".into())
    })?;
    Ok(layout::layout(markdown, opts.paper, fonts, ""))
}

/// Now, or SOURCE_DATE_EPOCH for reproducible output.
fn creation_time() -> DateTime<Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(Utc::now)
}
