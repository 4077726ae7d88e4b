//! The `Brief` data model and its JSON form (schema version 1).
//!
//! Field names and meanings are a contract with the app, tests and other tools: add
//! fields freely, never rename or repurpose one. `sources` are 0-based indices into
//! `sentences`; `start`/`end` are UTF-8 byte offsets into `text`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Brief {
    pub schema_version: u32,
    pub title: String,
    pub source: SourceInfo,
    pub generated_at: DateTime<Utc>,
    pub bottom_line: Item,
    pub key_points: Vec<Item>,
    pub parties: Vec<Party>,
    pub open_questions: Vec<Item>,
    pub timeline: Vec<TimelineEvent>,
    /// The normalised article text the sentence offsets point into.
    pub text: String,
    pub sentences: Vec<SentenceRef>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Where the article came from: a file path or URL, when known.
    pub location: Option<String>,
    pub site: Option<String>,
    pub published: Option<NaiveDate>,
    pub byline: Option<String>,
}

/// A line of the brief with the article sentences it came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub text: String,
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    pub actors: Vec<Actor>,
    pub positions: Vec<Position>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PositionKind {
    /// A direct quotation (possibly partial) in quotation marks.
    Quote,
    /// Reported speech: "X said that …", "according to X, …".
    Reported,
    /// A described stance or decision, not speech.
    Stance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub kind: PositionKind,
    /// The short line shown in the brief.
    pub text: String,
    /// Who holds the position: a name, never a pronoun.
    pub speaker: Option<String>,
    /// The quotation's words, verbatim from the article, when there is one.
    pub quote: Option<String>,
    /// The attributed content verbatim from the article (null for a stance).
    pub content: Option<String>,
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    Vague,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// The start of the span the event falls in, when it could be resolved.
    pub date: Option<NaiveDate>,
    pub precision: Precision,
    /// The expression as written in the article ("on Monday", "last week").
    pub when: String,
    /// Later than the article's date.
    pub upcoming: bool,
    pub text: String,
    pub sources: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceRef {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

impl Brief {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Brief always serialises")
    }
}
