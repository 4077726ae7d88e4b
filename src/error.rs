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
