//! Who is speaking in a quotation that spans sentences: the name next to a reporting verb
//! in the same paragraph ("…,” wrote Trump", "Pompeo told the press"). A cheap local
//! rule for labelling a quoted open question; attribution proper lives in `parties`.

use crate::article::Article;

const REPORTING: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "told",
    "added",
    "tweeted",
    "stated",
    "insisted",
    "warned",
    "asked",
    "explained",
    "argued",
];

fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .skip(1)
            .all(|c| c.is_alphabetic() || c == '-' || c == '.')
}

/// Words of a paragraph with surrounding punctuation trimmed, and whether each ends a
/// sentence ("said." — the name after it belongs to the next sentence).
fn words(text: &str) -> Vec<(&str, bool)> {
    raw_words(text)
        .into_iter()
        .map(|(w, ends, _)| (w, ends))
        .collect()
}

/// As [`words`], with whether each word is followed by a comma.
fn raw_words(text: &str) -> Vec<(&str, bool, bool)> {
    text.split_whitespace()
        .map(|raw| {
            let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let bare = raw.trim_end_matches(['"', '”', '’', '\'']);
            (w, bare.ends_with(['.', '!', '?']), bare.ends_with(','))
        })
        .filter(|(w, _, _)| !w.is_empty())
        .collect()
}

/// Capitalised words that open a sentence or clause but name no one.
const NOT_NAMES: &[&str] = &[
    "If", "But", "And", "The", "A", "An", "In", "On", "At", "As", "When", "While", "So", "Yet",
    "This", "That", "There", "Then", "Now", "Still", "However", "We", "I", "You", "It", "He",
    "She", "They",
];

/// The speaker of the quotation sentence `i` belongs to, when its paragraph names one.
pub fn of_quote(article: &Article, i: usize) -> Option<String> {
    let s = article.sentences.get(i)?;
    let para = article.paragraphs.get(s.paragraph)?;
    let ws = words(&article.text[para.start..para.end]);
    for (k, &(w, ends)) in ws.iter().enumerate() {
        if !REPORTING.contains(&w) {
            continue;
        }
        // "wrote Trump", "said Foreign Minister Sergei Lavrov": the name follows, in the
        // same sentence.
        let after: Vec<&str> = if ends {
            Vec::new()
        } else {
            ws[k + 1..]
                .iter()
                .map(|(w, _)| *w)
                .take_while(|w| is_name_word(w) && !NOT_NAMES.contains(w))
                .take(4)
                .collect()
        };
        if let Some(last) = after.last() {
            return Some((*last).to_string());
        }
        // "Pompeo told the press": the name precedes.
        let before: Vec<&str> = ws[..k]
            .iter()
            .rev()
            .map(|(w, _)| *w)
            .take_while(|w| is_name_word(w))
            .take(3)
            .collect();
        // "Souhail Alouini, a member of Parliament, said": a word after "of" is no speaker;
        // the name before the apposition is.
        let after_of = k > before.len()
            && matches!(
                ws[k - before.len() - 1].0,
                "of" | "the" | "a" | "an" | "for"
            );
        if after_of {
            let rw = raw_words(&article.text[para.start..para.end]);
            let named = (k.saturating_sub(12)..k)
                .rev()
                .find(|&j| rw[j].2 && j > 0 && is_name_word(rw[j].0) && is_name_word(rw[j - 1].0));
            if let Some(j) = named {
                return Some(rw[j].0.to_string());
            }
        }
        if let Some(first) = before.first().filter(|_| !after_of) {
            if !matches!(*first, "He" | "She" | "They" | "It" | "I" | "We") {
                return Some((*first).to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_speaker_before_or_after_the_verb() {
        let a = Article::from_text(
            "“We will act. Nothing is ruled out,” wrote Smith on Twitter.\n\n\
             “It will pass. I am sure,” Jones told reporters.",
        )
        .expect("article");
        assert_eq!(of_quote(&a, 1).as_deref(), Some("Smith"));
        assert_eq!(of_quote(&a, 3).as_deref(), Some("Jones"));
    }
}
