//! Word tokens for date matching, with byte offsets into the sentence.
//!
//! Unlike the shared tokenizer, numbers keep their inner separators ("2,000", "10:30",
//! "18/08/2025") so a count or a clock time never looks like a year, and a possessive
//! "’s" is split off so "Tuesday’s meeting" reads as "Tuesday".

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    /// The word without a possessive ending.
    pub text: &'a str,
    pub start: usize,
    /// End of the word including any possessive ending.
    pub end: usize,
    pub possessive: bool,
}

impl Tok<'_> {
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    #[inline]
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    #[inline]
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// A plain number of up to four digits.
    pub fn number(&self) -> Option<u32> {
        if self.text.is_empty()
            || self.text.len() > 4
            || !self.text.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        self.text.parse().ok()
    }

    /// A day of the month: "18", "18th", "1st".
    pub fn day_of_month(&self) -> Option<u32> {
        let digits = self
            .text
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &self.text[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !suffix.is_empty()
            && !["st", "nd", "rd", "th"]
                .iter()
                .any(|s| suffix.eq_ignore_ascii_case(s))
        {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

pub fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev = ' ';
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|x| x.1);
        if c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric()) {
            start.get_or_insert(i);
        } else if start.is_some() && joins(c, prev, next) {
            // Inside a word: "Russia’s", "mid-2026", "2,000", "10:30".
        } else if let Some(st) = start.take() {
            out.push(token(s, st, i));
        }
        prev = c;
    }
    if let Some(st) = start {
        out.push(token(s, st, s.len()));
    }
    out
}

fn joins(c: char, prev: char, next: Option<char>) -> bool {
    match c {
        '\'' | '’' | '-' | '‐' => next.is_some_and(char::is_alphanumeric),
        '.' | ',' | '/' | ':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
        _ => false,
    }
}

fn token(s: &str, start: usize, end: usize) -> Tok<'_> {
    let (text, possessive) = strip_possessive(&s[start..end]);
    Tok {
        text,
        start,
        end,
        possessive,
    }
}

fn strip_possessive(word: &str) -> (&str, bool) {
    let mut it = word.char_indices().rev();
    if let (Some((_, s)), Some((k, a))) = (it.next(), it.next()) {
        if (s == 's' || s == 'S') && is_apostrophe(a) && k > 0 {
            return (&word[..k], true);
        }
    }
    (word, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_number_separators_and_splits_possessives() {
        assert_eq!(
            texts("2,000 people at 10:30 on 18/08/2025"),
            ["2,000", "people", "at", "10:30", "on", "18/08/2025"]
        );
        assert_eq!(
            texts("Tuesday’s meeting, Aug. 18"),
            ["Tuesday", "meeting", "Aug", "18"]
        );
        assert_eq!(
            texts("mid-2026 and 2025-08-18"),
            ["mid-2026", "and", "2025-08-18"]
        );
        let t = tokenize("today's Russia");
        assert!(t[0].possessive);
        assert_eq!(t[0].end, "today's".len());
    }

    #[test]
    fn day_of_month_accepts_ordinals_only_in_range() {
        let t = tokenize("31st 32 1st 4th 18 3x");
        let d: Vec<_> = t.iter().map(|t| t.day_of_month()).collect();
        assert_eq!(d, [Some(31), None, Some(1), Some(4), Some(18), None]);
    }
}
