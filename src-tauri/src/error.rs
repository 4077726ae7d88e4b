//! The one error type at the IPC boundary. It serialises to `{kind, message}`: `message` is
//! shown to people as is, `kind` lets the page tell a cancelled job from a failure.

use std::path::{Path, PathBuf};

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The engine's own message (bad article, unreadable file, failed fetch, PDF error).
    #[error(transparent)]
    Engine(#[from] briefing::Error),
    /// Something the person gave the app that it cannot use (a bad date, an unknown format).
    #[error("{0}")]
    Invalid(String),
    #[error("could not save to {}: {reason}. Your brief is kept; try another folder or name.", path.display())]
    Save { path: PathBuf, reason: String },
    #[error("could not store {what} in {}: {reason}", path.display())]
    Storage {
        what: &'static str,
        path: PathBuf,
        reason: String,
    },
    #[error("generation was cancelled")]
    Cancelled,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn kind(&self) -> &'static str {
        match self {
            AppError::Engine(e) if e.is_bad_input() => "bad_input",
            AppError::Engine(_) => "engine",
            AppError::Invalid(_) => "bad_input",
            AppError::Save { .. } => "save",
            AppError::Storage { .. } => "storage",
            AppError::Cancelled => "cancelled",
            AppError::Internal(_) => "internal",
        }
    }

    pub fn save(path: &Path, reason: impl ToString) -> AppError {
        AppError::Save {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }

    pub fn storage(what: &'static str, path: &Path, reason: impl ToString) -> AppError {
        AppError::Storage {
            what,
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("AppError", 2)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_to_kind_and_person_readable_message() {
        let e = AppError::from(briefing::Error::Empty);
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["kind"], "bad_input");
        assert_eq!(v["message"], briefing::Error::Empty.to_string());
    }

    #[test]
    fn save_error_names_the_path_and_keeps_the_brief() {
        let e = AppError::save(Path::new("/nope/brief.md"), "permission denied");
        let msg = e.to_string();
        assert!(msg.contains("/nope/brief.md"), "{msg}");
        assert!(msg.contains("permission denied"), "{msg}");
        assert!(msg.contains("kept"), "{msg}");
        assert_eq!(serde_json::to_value(&e).unwrap()["kind"], "save");
    }
}
