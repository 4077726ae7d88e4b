//! Saving the brief: Markdown as edited, or the engine's PDF of that Markdown.

use std::path::Path;

use briefing::render::pdf::{self, PdfOptions};
use briefing::render::Paper;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Pdf,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Pdf => "pdf",
        }
    }

    pub fn filter_name(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Pdf => "PDF",
        }
    }
}

/// `title-words-2024-05-31.md`: lower-case ASCII words of the title, then the date.
pub fn default_file_name(title: &str, date: &str, format: Format) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    // Keep names short enough for every file system, cut at a word boundary.
    if slug.chars().count() > 60 {
        let cut: String = slug.chars().take(60).collect();
        slug = match cut.rfind('-') {
            Some(i) if i > 20 => cut[..i].to_string(),
            _ => cut,
        };
    }
    let slug = slug.trim_matches('-');
    let mut name = if slug.is_empty() {
        "brief".to_string()
    } else {
        slug.to_string()
    };
    let date = date.trim();
    if !date.is_empty() && date.chars().all(|c| c.is_ascii_digit() || c == '-') {
        name.push('-');
        name.push_str(date);
    }
    format!("{name}.{}", format.extension())
}

/// Write the brief to `path`. On failure nothing is changed at `path` and the message says why.
pub fn write(path: &Path, format: Format, markdown: &str, paper: Paper) -> AppResult<()> {
    if path.as_os_str().is_empty() {
        return Err(AppError::Invalid("no file name was given".into()));
    }
    if path.is_dir() {
        return Err(AppError::save(path, "it is a folder"));
    }
    let bytes = match format {
        Format::Markdown => markdown.as_bytes().to_vec(),
        Format::Pdf => pdf::render(markdown, &PdfOptions { paper })
            .map_err(|e| AppError::save(path, format!("the PDF could not be made ({e})")))?,
    };
    storage::write_atomic(path, &bytes).map_err(|e| AppError::save(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_dir;

    #[test]
    fn default_name_from_title_and_date() {
        assert_eq!(
            default_file_name(
                "Cairo summit: Turkey's deal \"void\"",
                "2020-01-11",
                Format::Markdown
            ),
            "cairo-summit-turkey-s-deal-void-2020-01-11.md"
        );
        assert_eq!(default_file_name("", "", Format::Pdf), "brief.pdf");
        assert_eq!(
            default_file_name("Ünïcode Straße", "", Format::Pdf),
            "ünïcode-straße.pdf"
        );
        let long = default_file_name(&"word ".repeat(40), "2020-01-01", Format::Markdown);
        assert!(long.len() < 80, "{long}");
        assert!(!default_file_name("a/b\\c", "../x", Format::Markdown).contains('/'));
    }

    #[test]
    fn markdown_is_saved_as_edited() {
        let dir = test_dir("save-md");
        let path = dir.join("brief.md");
        write(&path, Format::Markdown, "# Edited\n", Paper::A4).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# Edited\n");
    }

    #[test]
    fn failed_save_says_why() {
        let dir = test_dir("save-fail");
        let e = write(&dir, Format::Markdown, "x", Paper::A4).unwrap_err();
        assert_eq!(e.kind(), "save");
        assert!(e.to_string().contains("folder"), "{e}");
        let blocked = dir.join("file");
        std::fs::write(&blocked, "x").unwrap();
        let e = write(&blocked.join("brief.md"), Format::Markdown, "x", Paper::A4).unwrap_err();
        assert_eq!(e.kind(), "save");
    }

    #[test]
    fn pdf_is_the_engines_document_or_a_clear_error() {
        let dir = test_dir("save-pdf");
        let path = dir.join("brief.pdf");
        match write(&path, Format::Pdf, "# Title\n\nBody.", Paper::A4) {
            Ok(()) => assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF")),
            Err(e) => {
                assert_eq!(e.kind(), "save");
                assert!(!path.exists());
            }
        }
    }
}
