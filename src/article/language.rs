//! Only English is supported today: refuse text that is confidently in another language,
//! and only when there is enough of it to be sure (names and short snippets fool any
//! detector).

use crate::error::{Error, Result};

/// Below this many characters the text is not judged.
const MIN_CHARS: usize = 200;
/// How much text is sampled: the start of an article is representative and this keeps
/// detection cheap on long inputs.
const SAMPLE_BYTES: usize = 4000;

pub fn check_english(text: &str) -> Result<()> {
    if text.len() < MIN_CHARS || text.chars().count() < MIN_CHARS {
        return Ok(());
    }
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let Some(info) = whatlang::detect(&text[..cut]) else {
        return Ok(());
    };
    if info.lang() == whatlang::Lang::Eng || !info.is_reliable() || info.confidence() < 0.9 {
        return Ok(());
    }
    Err(Error::NotEnglish {
        language: info.lang().eng_name().to_string(),
    })
}
