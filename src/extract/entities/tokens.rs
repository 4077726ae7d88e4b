//! Tokens for attribution: words, punctuation and quotation marks (opening or closing),
//! with byte offsets into the article text and the sentence each falls in.

use crate::article::Article;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
    /// An opening quotation mark.
    Open,
    /// A closing quotation mark.
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub sentence: usize,
}

/// Abbreviations whose final period belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "Lt", "Col", "Sgt",
    "Capt", "Prof", "Adm", "Maj", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp", "No", "Del", "Spc",
    "Pfc", "Pvt", "Cpl",
];

/// The tokens of all sentences, in reading order, and for each sentence its token range.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    pub sentence_ranges: Vec<(usize, usize)>,
}

impl<'a> Tokens<'a> {
    pub fn new(article: &'a Article) -> Tokens<'a> {
        let text = article.text.as_str();
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut sentence_ranges = Vec::with_capacity(article.sentences.len());
        // Quotation state runs over a paragraph, so a quote may span sentences.
        let mut paragraph = usize::MAX;
        let mut state = QuoteState::default();
        for (si, s) in article.sentences.iter().enumerate() {
            if s.paragraph != paragraph {
                paragraph = s.paragraph;
                state = QuoteState::default();
            }
            let first = toks.len();
            tokenize(text, s.start, s.end, si, &mut state, &mut toks);
            sentence_ranges.push((first, toks.len()));
        }
        Tokens {
            text,
            toks,
            sentence_ranges,
        }
    }

    pub fn s(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.s(i).eq_ignore_ascii_case(w)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && &self.text[t.start..t.end] == p)
    }

    pub fn span(&self, from: usize, to: usize) -> &'a str {
        if from >= to {
            return "";
        }
        &self.text[self.toks[from].start..self.toks[to - 1].end]
    }
}

#[derive(Default)]
struct QuoteState {
    /// Opening marks not yet closed, innermost last.
    open: Vec<char>,
}

fn closes(open: char, c: char) -> bool {
    matches!(
        (open, c),
        ('“', '”')
            | ('„', '“')
            | ('„', '”')
            | ('"', '"')
            | ('‘', '’')
            | ('‚', '‘')
            | ('‚', '’')
            | ('\'', '\'')
            | ('«', '»')
            | ('‹', '›')
            | ('»', '«')
    )
}

fn tokenize(
    text: &str,
    from: usize,
    to: usize,
    sentence: usize,
    state: &mut QuoteState,
    out: &mut Vec<Tok>,
) {
    let s = &text[from..to];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    let push = |out: &mut Vec<Tok>, a: usize, b: usize, kind: TokKind| {
        out.push(Tok {
            start: from + a,
            end: from + b,
            kind,
            sentence,
        })
    };
    while i < chars.len() {
        let (pos, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|x| x.1);
        let end_of = |k: usize| chars.get(k).map_or(s.len(), |x| x.0);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                let nj = chars.get(j + 1).map(|x| x.1);
                if cj.is_alphanumeric()
                    || (matches!(cj, '\'' | '’' | '-' | '.' | '‐' | '‑')
                        && nj.is_some_and(char::is_alphanumeric))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let word = &s[pos..end_of(j)];
            // Keep the period of abbreviations, initials and dotted acronyms ("U.S.").
            if chars.get(j).is_some_and(|x| x.1 == '.') {
                let single_cap = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
                if single_cap || word.contains('.') || ABBREVIATIONS.contains(&word) {
                    j += 1;
                }
            }
            push(out, pos, end_of(j), TokKind::Word);
            i = j;
            continue;
        }
        // Two apostrophes or backticks stand for a double quotation mark (''so'', ``so'').
        if (c == '\'' || c == '`') && next == Some(c) {
            let opening = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
                && chars.get(i + 2).is_some_and(|x| !x.1.is_whitespace());
            let kind = if opening || c == '`' {
                state.open.push('"');
                TokKind::Open
            } else {
                if let Some(k) = state.open.iter().rposition(|&o| o == '"') {
                    state.open.truncate(k);
                }
                TokKind::Close
            };
            push(out, pos, end_of(i + 2), kind);
            i += 2;
            continue;
        }
        let kind = match c {
            '“' | '«' | '„' | '‹' | '‚' => {
                if state.open.last().is_some_and(|&o| closes(o, c)) {
                    state.open.pop();
                    TokKind::Close
                } else {
                    state.open.push(c);
                    TokKind::Open
                }
            }
            '”' | '»' | '›' => {
                if let Some(k) = state.open.iter().rposition(|&o| closes(o, c)) {
                    state.open.truncate(k);
                }
                TokKind::Close
            }
            '"' => {
                let opening = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
                    && next.is_some_and(|n| !n.is_whitespace());
                if opening {
                    state.open.push('"');
                    TokKind::Open
                } else {
                    if let Some(k) = state.open.iter().rposition(|&o| o == '"') {
                        state.open.truncate(k);
                    }
                    TokKind::Close
                }
            }
            '‘' | '\'' => {
                let opening = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/\"“".contains(p))
                    && next.is_some_and(char::is_alphanumeric);
                if opening {
                    state.open.push(c);
                    TokKind::Open
                } else if let Some(k) = state.open.iter().rposition(|&o| closes(o, c)) {
                    state.open.truncate(k);
                    TokKind::Close
                } else {
                    TokKind::Punct
                }
            }
            '’' => {
                if let Some(k) = state.open.iter().rposition(|&o| closes(o, c)) {
                    state.open.truncate(k);
                    TokKind::Close
                } else {
                    TokKind::Punct
                }
            }
            _ => TokKind::Punct,
        };
        push(out, pos, end_of(i + 1), kind);
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, TokKind)> {
        let a = Article::from_text(text).unwrap();
        let t = Tokens::new(&a);
        (0..t.toks.len())
            .map(|i| (t.s(i).to_string(), t.toks[i].kind))
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes_open_and_close() {
        let k = kinds("He said: “We’re here,” and \"we stay\" for Mr. Smith's sake in the U.S.");
        assert!(k.contains(&("“".into(), TokKind::Open)));
        assert!(k.contains(&("”".into(), TokKind::Close)));
        assert!(k.contains(&("We’re".into(), TokKind::Word)));
        assert!(k.contains(&("Mr.".into(), TokKind::Word)));
        assert!(k.contains(&("U.S.".into(), TokKind::Word)));
        let straight: Vec<_> = k.iter().filter(|x| x.0 == "\"").map(|x| x.1).collect();
        assert_eq!(straight, [TokKind::Open, TokKind::Close]);
    }

    #[test]
    fn apostrophe_after_plural_is_not_a_quote() {
        let k = kinds("The leaders’ summit ended. ‘Never,’ she said.");
        let marks: Vec<_> = k.iter().filter(|x| x.1 != TokKind::Word).collect();
        assert_eq!(marks[0].1, TokKind::Punct);
        assert!(marks.iter().any(|x| x.0 == "‘" && x.1 == TokKind::Open));
        assert!(marks.iter().any(|x| x.0 == "’" && x.1 == TokKind::Close));
    }
}
