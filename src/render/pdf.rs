//! Markdown → PDF. SKELETON: the render work typesets with printpdf.

use super::Paper;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    pub paper: Paper,
}

pub fn render(_markdown: &str, _opts: &PdfOptions) -> Result<Vec<u8>> {
    Err(Error::Internal("PDF output is not built yet".into()))
}
