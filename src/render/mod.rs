//! Rendering. The Markdown brief is the one source of truth: HTML and PDF are rendered from
//! Markdown through pulldown-cmark events, so an edited brief exports exactly as edited.

pub mod html;
pub mod markdown;
pub mod pdf;
pub mod refs;
pub mod text;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}
