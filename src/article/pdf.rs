//! PDF articles with a text layer, read with `pdf-extract`. A scanned PDF (no text) is a
//! clear error. The PDF library can panic on damaged files: the panic is caught and
//! reported as an error, and its message is kept off stderr.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use super::{text, Document};
use crate::error::{Error, Result};

/// Fewer letters than this in the whole file means there is no text layer.
const MIN_LETTERS: usize = 20;

pub fn parse(bytes: &[u8], location: &str) -> Result<Document> {
    if !bytes.starts_with(b"%PDF")
        && !bytes[..bytes.len().min(1024)]
            .windows(4)
            .any(|w| w == b"%PDF")
    {
        return Err(Error::PdfUnreadable {
            location: location.to_string(),
            reason: "it does not start like a PDF file".into(),
        });
    }
    let extracted = quietly(|| pdf_extract::extract_text_from_mem(bytes));
    let raw = match extracted {
        Some(Ok(t)) => t,
        Some(Err(e)) => {
            return Err(Error::PdfUnreadable {
                location: location.to_string(),
                reason: e.to_string(),
            })
        }
        None => {
            return Err(Error::PdfUnreadable {
                location: location.to_string(),
                reason: "the PDF reader failed on it".into(),
            })
        }
    };
    if raw.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return Err(Error::PdfNoText(location.to_string()));
    }
    Ok(text::parse(&join_hyphenated(&raw.replace('\x0c', "\n\n"))))
}

/// "govern-\nment" → "government": words broken across lines by the layout.
fn join_hyphenated(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("-\n") {
        let (before, after) = rest.split_at(at);
        let after = &after[2..];
        let word_before = before.chars().next_back().is_some_and(char::is_alphabetic);
        let word_after = after.chars().next().is_some_and(char::is_lowercase);
        out.push_str(before);
        if !(word_before && word_after) {
            out.push_str("-\n");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Run `f`, turning a panic into `None` without printing it. The panic hook is global, so
/// one hook is installed once and stays silent only on threads inside `quietly`.
pub(crate) fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_line_breaks_are_joined() {
        assert_eq!(
            join_hyphenated("the govern-\nment and left-\nRight"),
            "the government and left-\nRight"
        );
    }

    #[test]
    fn panics_are_caught() {
        assert_eq!(quietly(|| -> u8 { panic!("boom") }), None);
        assert_eq!(quietly(|| 3), Some(3));
    }

    #[test]
    fn not_a_pdf() {
        assert!(matches!(
            parse(b"hello", "x.pdf"),
            Err(Error::PdfUnreadable { .. })
        ));
    }
}
