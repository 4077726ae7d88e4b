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
    if plainly_english(text) {
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

/// English function words make up a third or more of English prose and almost none of any
/// other language's: a cheap first look that spares the trigram detector on English text.
fn plainly_english(text: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it",
        "as", "said", "by", "at", "from", "his", "has", "have", "be", "are", "were", "an", "they",
        "this", "which", "not", "but", "who", "their", "had", "will", "would",
    ];
    let mut words = 0usize;
    let mut function = 0usize;
    for w in text.split_whitespace().take(300) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        words += 1;
        if w.len() <= 5 && FUNCTION_WORDS.contains(&w.to_ascii_lowercase().as_str()) {
            function += 1;
        }
    }
    words >= 30 && function * 100 >= words * 20
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_prose_is_recognised_cheaply() {
        let en = "The minister said on Monday that the plan would go ahead, and that the \
                  government was confident it had the support of a majority in parliament. \
                  Critics of the plan have said it is rushed and that it will hurt the poor.";
        assert!(plainly_english(&en.repeat(3)));
        let fr = "Le ministre a déclaré lundi que le projet serait mené à bien et que le \
                  gouvernement était convaincu d'avoir le soutien d'une majorité au parlement. \
                  Les critiques du projet ont dit qu'il était précipité et nuirait aux pauvres.";
        assert!(!plainly_english(&fr.repeat(3)));
        assert!(check_english(&fr.repeat(3)).is_err());
        assert!(check_english(&en.repeat(3)).is_ok());
    }
}
