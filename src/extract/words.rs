//! Word tokens with byte offsets, shared by the extractors.

/// A word (letters, digits, inner apostrophes and hyphens) and its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

/// The text with its first letter upper-case ("foreign ministers" → "Foreign ministers").
pub fn capitalise_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Auxiliary and modal verbs: a clause that starts with one lacks its subject
/// ("… which state media said were under control").
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
    )
}

/// Whether every quotation opened in `text` is closed there.
pub fn quotes_balanced(text: &str) -> bool {
    text.matches('“').count() == text.matches('”').count()
        && text.matches('"').count().is_multiple_of(2)
}

pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let joiner = matches!(c, '\'' | '’' | '-' | '.')
            && start.is_some()
            && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joiner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                text: &text[s..i],
                start: s,
                end: i,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            text: &text[s..],
            start: s,
            end: text.len(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_inner_apostrophes_and_hyphens() {
        let w: Vec<_> = words("Russia’s deputy UN-envoy said: “no.”")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["Russia’s", "deputy", "UN-envoy", "said", "no"]);
    }
}
