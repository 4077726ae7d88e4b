//! Autosave of an edited brief, so edits survive a crash or a forced close. The draft holds
//! the article too: restoring it rebuilds the article's read view and source links.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::article_input::ArticleInput;
use crate::error::AppResult;
use crate::storage;

pub const FILE_NAME: &str = "draft.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub article: ArticleInput,
    pub markdown: String,
    pub saved_at: DateTime<Utc>,
}

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

pub fn save(data_dir: &Path, draft: &Draft) -> AppResult<()> {
    storage::write_json(&path(data_dir), draft, "the autosaved brief")
}

/// The draft left by an earlier run, if any (an unreadable one is ignored, not fatal).
pub fn load(data_dir: &Path) -> Option<Draft> {
    storage::read_json(&path(data_dir)).filter(|d: &Draft| !d.markdown.trim().is_empty())
}

pub fn discard(data_dir: &Path) {
    storage::remove(&path(data_dir));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_dir;

    fn draft() -> Draft {
        Draft {
            article: ArticleInput {
                title: "T".into(),
                date: "2024-01-02".into(),
                text: "Some text here.".into(),
                source: String::new(),
            },
            markdown: "# T\n\nEdited.".into(),
            saved_at: Utc::now(),
        }
    }

    #[test]
    fn saved_draft_is_offered_back_until_discarded() {
        let dir = test_dir("draft");
        assert!(load(&dir).is_none());
        let d = draft();
        save(&dir, &d).unwrap();
        assert_eq!(load(&dir), Some(d));
        discard(&dir);
        assert!(load(&dir).is_none());
    }

    #[test]
    fn empty_draft_is_not_offered() {
        let dir = test_dir("draft-empty");
        let mut d = draft();
        d.markdown = "  \n".into();
        save(&dir, &d).unwrap();
        assert!(load(&dir).is_none());
    }
}
