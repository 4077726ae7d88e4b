//! Sentence segmentation for news text.
//!
//! A boundary candidate is a run of terminators (`.` `!` `?` `…`), then any closing quotes
//! or brackets, then whitespace. Whether it is a boundary depends on the word before the
//! terminators and the word after the space: news is full of abbreviations ("Gen.", "U.S.",
//! "Sept."), initials ("George W. Bush") and quotes that close after the full stop, and the
//! cheapest reliable signal for the ambiguous ones is whether the next word is one that
//! commonly opens a sentence ("The", "He", "But"…) rather than continues a name.

/// Split one paragraph into sentences, as byte ranges into `text`, trimmed.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut out = Vec::new();
    let mut start = 0usize; // char index where the current sentence starts
    let mut quotes = QuoteBalance::default();
    let mut i = 0;
    while i < n {
        if !is_terminator(chars[i].1) {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut j = i;
        while j < n && is_terminator(chars[j].1) {
            j += 1;
        }
        let mut k = j;
        while k < n && is_closer(chars[k].1) {
            k += 1;
        }
        if k == n {
            break;
        }
        if !chars[k].1.is_whitespace() {
            // "3.14", "U.S.", "example.com", "Yahoo!'s": not a boundary.
            i = k.max(i + 1);
            continue;
        }
        let mut m = k;
        let mut only_nbsp = true;
        while m < n && chars[m].1.is_whitespace() {
            only_nbsp &= !is_break_space(chars[m].1);
            m += 1;
        }
        if m == n {
            break;
        }
        quotes.advance(&chars, term_start);
        let cand = Candidate {
            text,
            chars: &chars,
            inside_quote: quotes.open(),
            only_nbsp,
            sentence_start: start,
            term_start,
            term_end: j,
            closers_end: k,
            next: m,
        };
        if cand.is_boundary() {
            push_trimmed(text, byte_at(start), byte_at(k), &mut out);
            start = m;
            quotes = QuoteBalance {
                counted_to: m,
                ..QuoteBalance::default()
            };
        }
        i = m;
    }
    push_trimmed(text, byte_at(start), text.len(), &mut out);
    out
}

/// Quotation marks seen since the sentence started, counted incrementally so that long
/// sentences cost linear time.
#[derive(Default)]
struct QuoteBalance {
    counted_to: usize,
    curly: i64,
    straight: u64,
}

impl QuoteBalance {
    fn advance(&mut self, chars: &[(usize, char)], to: usize) {
        for &(_, c) in &chars[self.counted_to.min(to)..to] {
            match c {
                '“' => self.curly += 1,
                '”' => self.curly -= 1,
                '"' => self.straight += 1,
                _ => {}
            }
        }
        self.counted_to = self.counted_to.max(to);
    }

    /// Whether a quotation opened in this sentence is still open.
    fn open(&self) -> bool {
        self.curly > 0 || self.straight % 2 == 1
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹' | '¿' | '¡'
    )
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '«' | '»')
}

/// Whitespace that separates tokens: a non-breaking space is written to keep two words
/// together ("Mr.\u{a0}Smith", "10\u{a0}km"). Scraped pages also put one after a full stop
/// now and then, so after a plain word it still ends a sentence, but never after an
/// abbreviation.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

struct Candidate<'a> {
    text: &'a str,
    chars: &'a [(usize, char)],
    /// Whether a quotation opened in this sentence is open at the terminators.
    inside_quote: bool,
    /// Whether only non-breaking spaces follow: they bind an abbreviation to the next word.
    only_nbsp: bool,
    /// Char indices: where the sentence started, the terminator run, the closers, and the
    /// first char after the whitespace.
    sentence_start: usize,
    term_start: usize,
    term_end: usize,
    closers_end: usize,
    next: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    Lower,
    Upper,
    Digit,
    /// Currency and similar symbols that can open a sentence ("$5m was spent").
    Symbol,
    /// Dashes, commas and other marks that continue a sentence.
    Other,
}

impl Candidate<'_> {
    fn slice(&self, from: usize, to: usize) -> &str {
        let b = |i: usize| {
            if i < self.chars.len() {
                self.chars[i].0
            } else {
                self.text.len()
            }
        };
        &self.text[b(from)..b(to)]
    }

    /// The next whitespace-delimited token after the candidate, starting at char `from`.
    fn token_at(&self, from: usize) -> (&str, usize) {
        let mut e = from;
        while e < self.chars.len() && !is_break_space(self.chars[e].1) {
            e += 1;
        }
        let mut next = e;
        while next < self.chars.len() && is_break_space(self.chars[next].1) {
            next += 1;
        }
        (self.slice(from, e), next)
    }

    fn next_opening(&self) -> Opening {
        let (tok, _) = self.token_at(self.next);
        let first = tok.chars().find(|c| !is_opener(*c));
        match first {
            None => Opening::Other,
            Some(c) if c.is_lowercase() => Opening::Lower,
            Some(c) if c.is_uppercase() => Opening::Upper,
            Some(c) if c.is_ascii_digit() => Opening::Digit,
            Some('$' | '£' | '€' | '¥' | '#' | '@') => Opening::Symbol,
            Some(c) if c.is_alphabetic() => Opening::Upper,
            Some(_) => Opening::Other,
        }
    }

    /// The next word without opening quotes or trailing punctuation.
    fn next_word(&self) -> &str {
        let (tok, _) = self.token_at(self.next);
        tok.trim_start_matches(is_opener)
            .trim_end_matches(|c: char| !c.is_alphanumeric())
    }

    fn next_is_initial(&self) -> bool {
        let (tok, _) = self.token_at(self.next);
        let mut cs = tok.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    }

    /// The word the terminators are attached to, without leading openers: "U.S" for
    /// `(the U.S.`, "Mr" for `Mr.`.
    fn prev_word(&self) -> &str {
        let mut s = self.term_start;
        while s > self.sentence_start && !self.chars[s - 1].1.is_whitespace() {
            s -= 1;
        }
        self.slice(s, self.term_start).trim_start_matches(is_opener)
    }

    fn terminators(&self) -> &str {
        self.slice(self.term_start, self.term_end)
    }

    fn closers(&self) -> &str {
        self.slice(self.term_end, self.closers_end)
    }

    fn is_boundary(&self) -> bool {
        let opening = self.next_opening();
        if matches!(opening, Opening::Lower | Opening::Other) {
            return false;
        }
        let terms = self.terminators();
        let ellipsis = terms.contains('…') || terms.matches('.').count() >= 2;
        if ellipsis {
            // An ellipsis inside a quotation marks an omission, not the end of a sentence;
            // one followed by the closing quote ends the quotation.
            return !self.closers().is_empty() || !self.inside_quote;
        }
        if terms.contains(['!', '?']) {
            // `"Why?" Smith asked.`: the question belongs to the attribution that follows.
            return !(self.closers().contains(is_quote) && self.attribution_follows());
        }
        if !self.closers().is_empty() {
            return true;
        }
        self.period_ends_sentence(opening)
    }

    fn period_ends_sentence(&self, opening: Opening) -> bool {
        let word = self.prev_word();
        // "Ex-Gov.", "then-Sen.": the abbreviation is the last part.
        let word = match word.rsplit_once('-') {
            Some((_, last)) if !last.is_empty() => last,
            _ => word,
        };
        if word.is_empty() {
            return true;
        }
        let starter = is_sentence_starter(self.next_word());
        if self.only_nbsp {
            return !(NEVER_ENDS.contains(&word)
                || BEFORE_NUMBER.contains(&word)
                || MONTHS.contains(&word)
                || AMBIGUOUS.contains(&word)
                || is_dotted_abbreviation(word)
                || is_initial(word));
        }
        if word.chars().all(|c| c.is_ascii_digit()) {
            // "1. The first point": a list number opening the sentence.
            return self.slice(self.sentence_start, self.term_start).trim() != word;
        }
        if NEVER_ENDS.contains(&word) {
            return false;
        }
        if BEFORE_NUMBER.contains(&word) {
            return opening != Opening::Digit;
        }
        if MONTHS.contains(&word) {
            return opening != Opening::Digit && starter;
        }
        if AMBIGUOUS.contains(&word) || is_dotted_abbreviation(word) {
            return starter;
        }
        if is_initial(word) {
            return !self.next_is_initial() && starter;
        }
        true
    }

    /// Capitalised words (a name, a title) then a reporting verb, within a few words.
    fn attribution_follows(&self) -> bool {
        let mut at = self.next;
        for step in 0..5 {
            if at >= self.chars.len() {
                return false;
            }
            let (tok, next) = self.token_at(at);
            let word = tok
                .trim_start_matches(is_opener)
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            if step > 0 && REPORTING_VERBS.contains(&word.to_lowercase().as_str()) {
                return true;
            }
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            if !capitalised || (step == 0 && PRONOUNS.contains(&word)) {
                return false;
            }
            at = next;
        }
        false
    }
}

fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// "U.S", "F.B.I", "Ph.D", "a.m", "J.K": letters in groups of one or two between dots.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word)
}

/// Abbreviations that precede a name or a word and so never end a sentence.
const NEVER_ENDS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt", "Col",
    "Capt", "Cpt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Spec", "Ens", "Maj", "Adm",
    "Brig", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Rev", "Hon", "Supt", "Det",
    "Insp", "Fr", "Mt", "Ft", "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "Amb", "Atty",
];

/// Abbreviations that are followed by a number ("No. 10", "Vol. 2") but are words otherwise.
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "no", "Vol", "vol", "Art", "art", "Fig", "fig", "pp", "p", "Ch", "ch", "Sec",
    "sec", "Para", "para", "Ex", "Nr", "Op",
];

const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Abbreviations that can end a sentence as well as continue one.
const AMBIGUOUS: &[&str] = &[
    "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "LLC", "Plc", "plc", "Dept", "Univ",
    "Assn", "Ave", "Blvd", "Rd", "Hwy", "etc", "al", "esp", "est", "Est", "min", "mins", "hr",
    "hrs", "ft", "km", "oz", "lb", "lbs", "Mass", "Calif", "Fla", "Ill", "Pa", "Va", "Wash",
    "Mich", "Ariz", "Colo", "Conn", "Tenn", "Tex", "Ky", "La", "Md", "Minn", "Mo", "Nev", "Okla",
    "Ore", "Wis", "Ga", "Ala", "Ark", "Del", "Kan", "Neb", "Miss",
];

/// Words that commonly open a sentence in news, as opposed to continuing a name after an
/// abbreviation ("U.S. The" vs "U.S. Senate").
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "Nor",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "Without",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "As",
    "Although",
    "Though",
    "Because",
    "Since",
    "Until",
    "Unless",
    "Meanwhile",
    "However",
    "Still",
    "Then",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Each",
    "Every",
    "One",
    "Two",
    "Three",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Which",
    "Whether",
    "Such",
    "Other",
    "Others",
    "Another",
    "No",
    "Not",
    "Only",
    "Also",
    "Even",
    "Instead",
    "Later",
    "Earlier",
    "Last",
    "Next",
    "Despite",
    "During",
    "Over",
    "Under",
    "According",
    "Asked",
    "Officials",
    "Police",
    "Authorities",
    "Critics",
    "Experts",
    "Analysts",
    "Residents",
    "Witnesses",
    "Yes",
    "Indeed",
    "Nevertheless",
    "Thus",
    "Therefore",
    "Overall",
    "Already",
    "By",
    "To",
    "Of",
    "About",
    "Among",
    "Around",
    "More",
    "Few",
    "Several",
    "Just",
    "Once",
    "Twice",
    "Nobody",
    "Everyone",
    "Someone",
    "Nothing",
];

const PRONOUNS: &[&str] = &["He", "She", "They", "We", "I", "You", "It"];

const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "tells",
    "added",
    "adds",
    "replied",
    "replies",
    "wrote",
    "writes",
    "shouted",
    "yelled",
    "cried",
    "tweeted",
    "posted",
    "insisted",
    "explained",
    "demanded",
    "wondered",
    "continued",
    "recalled",
    "noted",
    "declared",
    "exclaimed",
    "answered",
    "responded",
    "joked",
    "laughed",
    "warned",
    "argued",
    "quipped",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("One here. Two here! Three?"),
            ["One here.", "Two here!", "Three?"]
        );
    }

    #[test]
    fn keeps_titles_and_initials_with_names() {
        assert_eq!(
            sentences("Mr. Smith met George W. Bush and J.K. Rowling. They talked."),
            [
                "Mr. Smith met George W. Bush and J.K. Rowling.",
                "They talked."
            ]
        );
    }

    #[test]
    fn acronym_ends_sentence_only_before_a_sentence_opener() {
        assert_eq!(
            sentences("He flew to the U.S. The U.S. Senate agreed."),
            ["He flew to the U.S.", "The U.S. Senate agreed."]
        );
    }

    #[test]
    fn non_breaking_space_binds_abbreviations_only() {
        assert_eq!(
            sentences("The U.S.\u{a0}Army left. Gen.\u{a0}Smith stayed.\u{a0}The end."),
            [
                "The U.S.\u{a0}Army left.",
                "Gen.\u{a0}Smith stayed.",
                "The end."
            ]
        );
    }

    #[test]
    fn question_in_quote_before_named_attribution() {
        assert_eq!(
            sentences("\"Why now?\" Senator Jones asked. Nobody knew."),
            ["\"Why now?\" Senator Jones asked.", "Nobody knew."]
        );
    }
}
