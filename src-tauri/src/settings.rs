//! Settings, persisted as JSON in the app's config folder. A missing or unreadable file
//! gives the defaults: a broken settings file must never keep the app from starting.

use std::path::{Path, PathBuf};

use briefing::render::Paper;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::storage;

pub const FILE_NAME: &str = "settings.json";
pub const MAX_KEY_POINTS: usize = 12;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the system's light/dark preference.
    #[default]
    System,
    Light,
    Dark,
}

/// Which optional sections a brief includes (the bottom line and the source always are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sections {
    pub key_points: bool,
    pub parties: bool,
    pub open_questions: bool,
    pub timeline: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections {
            key_points: true,
            parties: true,
            open_questions: true,
            timeline: true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub paper: Paper,
    /// `None`: the engine chooses from the article's length.
    pub key_points: Option<usize>,
    pub sections: Sections,
    pub theme: Theme,
}

impl Settings {
    pub fn validate(&self) -> AppResult<()> {
        if let Some(n) = self.key_points {
            if n == 0 || n > MAX_KEY_POINTS {
                return Err(AppError::Invalid(format!(
                    "the number of key points must be between 1 and {MAX_KEY_POINTS}, or automatic"
                )));
            }
        }
        Ok(())
    }
}

pub fn path(config_dir: &Path) -> PathBuf {
    config_dir.join(FILE_NAME)
}

pub fn load(config_dir: &Path) -> Settings {
    storage::read_json::<Settings>(&path(config_dir))
        .filter(|s| s.validate().is_ok())
        .unwrap_or_default()
}

pub fn save(config_dir: &Path, settings: &Settings) -> AppResult<()> {
    settings.validate()?;
    storage::write_json(&path(config_dir), settings, "the settings")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_dir;

    #[test]
    fn round_trips_through_the_config_folder() {
        let dir = test_dir("settings-roundtrip");
        let s = Settings {
            paper: Paper::Letter,
            key_points: Some(4),
            sections: Sections {
                timeline: false,
                ..Sections::default()
            },
            theme: Theme::Dark,
        };
        save(&dir, &s).unwrap();
        assert_eq!(load(&dir), s);
    }

    #[test]
    fn missing_or_corrupt_file_gives_defaults() {
        let dir = test_dir("settings-corrupt");
        assert_eq!(load(&dir), Settings::default());
        std::fs::write(path(&dir), "{ not json").unwrap();
        assert_eq!(load(&dir), Settings::default());
    }

    #[test]
    fn partial_file_keeps_defaults_for_the_rest() {
        let dir = test_dir("settings-partial");
        std::fs::write(path(&dir), r#"{"paper":"letter"}"#).unwrap();
        let s = load(&dir);
        assert_eq!(s.paper, Paper::Letter);
        assert_eq!(s.sections, Sections::default());
    }

    #[test]
    fn out_of_range_key_points_are_refused() {
        let dir = test_dir("settings-range");
        let s = Settings {
            key_points: Some(0),
            ..Settings::default()
        };
        assert!(save(&dir, &s).is_err());
    }
}
