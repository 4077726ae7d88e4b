//! Whether a sentence can tell the news on its own, and its trimmed form.

use crate::extract::key_points::score::SentenceInfo;
use crate::extract::key_points::trim::{self, cut_aside};

const MIN_WORDS: usize = 8;

fn quoted_share(text: &str) -> f64 {
    let mut inside = false;
    let mut quoted = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        match c {
            '“' => inside = true,
            '”' => inside = false,
            '"' => inside = !inside,
            _ => {
                total += 1;
                if inside {
                    quoted += 1;
                }
            }
        }
    }
    quoted as f64 / total.max(1) as f64
}

/// A name or number after the first word: the lead says who or how much, not only a scene.
fn names_something(text: &str) -> bool {
    text.split_whitespace().skip(1).any(|w| {
        let w = w.trim_start_matches(['“', '"', '‘', '(']);
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// The sentence trimmed for a bottom line, or `None` when it cannot tell the news.
pub fn usable(raw: &str, info: &SentenceInfo) -> Option<String> {
    // Inside someone's quotation the words are theirs, not the news.
    if info.furniture || info.is_question || info.opens_with_quote || info.continues_quote {
        return None;
    }
    let text = trim::strip_dateline(raw).trim();
    if text.split_whitespace().count() < MIN_WORDS || quoted_share(text) > 0.4 {
        return None;
    }
    if !names_something(text) || counts_from_before(text) {
        return None;
    }
    Some(cut_aside(text))
}

/// "A day later, the teenager told …", "The next morning, …": a time counted from an
/// event the reader of one line has not been told.
fn counts_from_before(text: &str) -> bool {
    use crate::extract::timeline::{expressions, tokens};
    // The timeline knows the dates counted from another ("a day later", "the next
    // morning"); a bare "Later," or "Then," opens the same way.
    let toks = tokens::tokenize(text);
    let anaphor = expressions::find_in(text, &toks)
        .first()
        .is_some_and(|e| e.first_tok == 0 && matches!(e.kind, expressions::Kind::Anaphor { .. }));
    let bare = text.split_once(',').is_some_and(|(opening, _)| {
        matches!(
            opening.to_lowercase().as_str(),
            "later" | "then" | "afterwards" | "afterward" | "hours later" | "days later"
        )
    });
    anaphor || bare
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> SentenceInfo {
        SentenceInfo::default()
    }

    #[test]
    fn rejects_questions_quotes_and_scenes() {
        let q = SentenceInfo {
            is_question: true,
            ..info()
        };
        assert!(usable("Who will pay for the new bridge over the river Thames?", &q).is_none());
        assert!(usable(
            "The coach said “we will win and we will win it all this year”.",
            &info()
        )
        .is_none());
        assert!(usable(
            "It was a cold and quiet morning in the small village square.",
            &info()
        )
        .is_none());
        assert!(usable("LONDON (Reuters) -", &info()).is_none());
        // Caught on unseen news: the bottom line began "A day later, the teenager told …".
        assert!(usable(
            "A day later, the teenager told Leo Marsh she wanted her parents dead.",
            &info()
        )
        .is_none());
        assert!(usable(
            "The next morning, police arrived at the house on Elm Street.",
            &info()
        )
        .is_none());
        assert!(usable(
            "Later, the minister raised the offer to the union.",
            &info()
        )
        .is_none());
        assert_eq!(
            usable(
                "(CNN)Police arrested two men in Paris on Friday after the attack.",
                &info()
            )
            .as_deref(),
            Some("Police arrested two men in Paris on Friday after the attack.")
        );
    }
}
