//! Recently opened articles (files and web addresses), newest first, in the data folder.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::article_input::Source;
use crate::error::AppResult;
use crate::storage;

pub const FILE_NAME: &str = "recent.json";
pub const MAX_ENTRIES: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub title: String,
    /// `"path"` or `"url"`.
    pub kind: String,
    pub location: String,
    pub opened_at: DateTime<Utc>,
}

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

pub fn load(data_dir: &Path) -> Vec<Entry> {
    storage::read_json(&path(data_dir)).unwrap_or_default()
}

/// Put `source` first, dropping an older entry for the same place, and keep the list short.
pub fn add(list: &mut Vec<Entry>, source: &Source, title: &str, now: DateTime<Utc>) {
    let (kind, location) = match source {
        Source::Path(p) => ("path", p.as_str()),
        Source::Url(u) => ("url", u.as_str()),
    };
    list.retain(|e| e.location != location);
    list.insert(
        0,
        Entry {
            title: title.to_string(),
            kind: kind.to_string(),
            location: location.to_string(),
            opened_at: now,
        },
    );
    list.truncate(MAX_ENTRIES);
}

pub fn record(data_dir: &Path, source: &Source, title: &str) -> AppResult<Vec<Entry>> {
    let mut list = load(data_dir);
    add(&mut list, source, title, Utc::now());
    storage::write_json(&path(data_dir), &list, "the recent articles list")?;
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_bounded() {
        let mut list = Vec::new();
        let now = Utc::now();
        for i in 0..10 {
            add(&mut list, &Source::Path(format!("/a/{i}.txt")), "t", now);
        }
        add(&mut list, &Source::Path("/a/5.txt".into()), "again", now);
        assert_eq!(list.len(), MAX_ENTRIES);
        assert_eq!(list[0].location, "/a/5.txt");
        assert_eq!(list[0].title, "again");
        assert_eq!(list.iter().filter(|e| e.location == "/a/5.txt").count(), 1);
    }
}
