//! The engine's one error type. Every message says what was wrong and what to do,
//! because it is shown to people as is (CLI stderr, the app's error banner).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("file not found: {0} (check the path)")]
    NotFound(PathBuf),
    #[error("{0} is a directory: give an article file (.txt, .md, .html, .pdf)")]
    IsDirectory(PathBuf),
    #[error("could not read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the article is empty: paste or open a news article with some text")]
    Empty,
    #[error("{0}")]
    BadInput(String),
    #[error("{path}: unsupported format {found}; supported are .txt, .md (Markdown), .html/.htm and .pdf, an http(s) URL, or - for standard input")]
    UnsupportedFormat { path: PathBuf, found: String },
    #[error("{what} is larger than the {limit_mb} MB limit for one article: give a single article, not a collection")]
    TooLarge { what: String, limit_mb: u64 },
    #[error("{0} looks like binary data, not text: give a text, Markdown, HTML or PDF article")]
    Binary(String),
    #[error("{0}: no article text found on this page (it may be an index, a login wall or built by JavaScript); save the article text and open that instead")]
    NoArticleContent(String),
    #[error("{0}: this PDF has no text layer (a scanned image?); run it through OCR or paste the text instead")]
    PdfNoText(String),
    #[error("{location}: could not read this PDF ({reason}); it may be damaged or encrypted, paste the text instead")]
    PdfUnreadable { location: String, reason: String },
    #[error("could not fetch {url}: {reason}; check the address and your connection, or save the page and open the file")]
    Fetch { url: String, reason: String },
    #[error("{url} answered HTTP {status}: the page could not be fetched; check the address, or save the page and open the file")]
    HttpStatus { url: String, status: u16 },
    #[error(
        "{url} is {content_type}, not an article: give a web page (HTML), plain text or a PDF"
    )]
    UnsupportedContentType { url: String, content_type: String },
    #[error("the article seems to be in {language}, not English: only English articles are supported today")]
    NotEnglish { language: String },
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// Whether the error is the user's input (CLI exit code 2) rather than ours (exit code 1).
    pub fn is_bad_input(&self) -> bool {
        !matches!(self, Error::Internal(_))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
