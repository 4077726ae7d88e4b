//! Briefing: turn a news article into a briefing document, fully offline.
//!
//! The pipeline is `article` (intake: formats, encodings, structure, sentences) →
//! `extract` (key points, parties, open questions, timeline) → [`Brief`] →
//! `render` (Markdown; Markdown → HTML and PDF).

pub mod article;
pub mod brief;
pub mod error;
pub mod eval;
pub mod extract;
pub mod render;

pub use article::Article;
pub use brief::Brief;
pub use error::{Error, Result};
