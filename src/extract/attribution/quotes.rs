//! Quotation spans: top-level quotes of a paragraph, which may run over several sentences.

use crate::extract::entities::tokens::{TokKind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, or one past the paragraph's last token when unclosed.
    pub close: usize,
    pub closed: bool,
}

impl QuoteSpan {
    /// Byte range of the words between the marks.
    pub fn inner(&self, t: &Tokens) -> (usize, usize) {
        let start = t.toks[self.open].end;
        let end = if self.closed {
            t.toks[self.close].start
        } else {
            t.toks[self.close - 1].end
        };
        (start, end.max(start))
    }

    pub fn contains(&self, tok: usize) -> bool {
        tok > self.open && tok < self.close
    }
}

/// Top-level quotation spans in reading order. `paragraph_of[s]` is sentence s's paragraph.
pub fn spans(t: &Tokens, paragraph_of: &[usize]) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut para = usize::MAX;
    for (i, tok) in t.toks.iter().enumerate() {
        let p = paragraph_of[tok.sentence];
        if p != para {
            if depth > 0 && i > start + 1 {
                // A quotation left open runs on into the next paragraph only when that one
                // opens a quote again (the print convention); otherwise the closing mark is
                // missing and the quote ends with its sentence, not with the article.
                let close = if tok.kind == TokKind::Open {
                    i
                } else {
                    own_sentence_end(t, start).min(i)
                };
                out.push(QuoteSpan {
                    open: start,
                    close,
                    closed: false,
                });
            }
            depth = 0;
            para = p;
        }
        match tok.kind {
            // 'It is an honour. 'Our inn will …: a sentence reopening the same mark while
            // the quote is open goes on with it (the print convention, in text whose
            // paragraphs were run together). Each sentence is its own passage.
            TokKind::Open
                if depth == 1
                    && t.s(i) == t.s(start)
                    && t.sentence_ranges[tok.sentence].0 == i
                    && i > start + 1 =>
            {
                out.push(QuoteSpan {
                    open: start,
                    close: i,
                    closed: false,
                });
                start = i;
            }
            TokKind::Open => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            TokKind::Close if depth > 0 => {
                depth -= 1;
                // The mark that pairs with the opening one ends the quotation even when a
                // quote inside it was left open (“… ‘dog whistles … not whistles.” Trump …).
                if depth > 0 && pairs(t.s(start), t.s(i)) {
                    depth = 0;
                }
                if depth == 0 {
                    out.push(QuoteSpan {
                        open: start,
                        close: i,
                        closed: true,
                    });
                }
            }
            _ => {}
        }
    }
    if depth > 0 && t.toks.len() > start + 1 {
        out.push(QuoteSpan {
            open: start,
            close: own_sentence_end(t, start).min(t.toks.len()),
            closed: false,
        });
    }
    out.retain(|q| q.close > q.open + 1);
    out
}

/// One past the last token of the sentence holding token `k`.
fn own_sentence_end(t: &Tokens, k: usize) -> usize {
    t.sentence_ranges
        .get(t.toks[k].sentence)
        .map_or(t.toks.len(), |r| r.1)
}

/// Whether `close` is the closing mark of a quotation opened by `open`.
fn pairs(open: &str, close: &str) -> bool {
    matches!(
        (open, close),
        ("“", "”") | ("«", "»") | ("„", "“") | ("„", "”") | ("‘", "’")
    )
}

/// Whether quoted words are a statement rather than a scare quote or a title: at least four
/// words, or fewer when a reporting verb is right next to them; never all Title Case.
pub fn is_statement(inner: &str, has_cue: bool) -> bool {
    let words: Vec<&str> = inner
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    // Headline style: every word capitalised but the small ones ("Make Your Kid a
    // Millionaire", "Legend in the Coal Fields").
    let title_case = words.len() >= 2
        && words[0].starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        && crate::article::text::is_title_case(&words);
    if title_case && words.len() < 8 {
        return false;
    }
    words.len() >= 4 || (has_cue && words.len() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_closes_at_its_own_mark_past_an_unclosed_inner_quote() {
        let a = crate::article::Article::from_text(
            "Case\n\n“We are used to ‘dog whistles. These are not whistles.” Trump has low support. “Next one here.”",
        )
        .expect("article");
        let t = Tokens::new(&a);
        let paragraph_of: Vec<usize> = a.sentences.iter().map(|s| s.paragraph).collect();
        let found = spans(&t, &paragraph_of);
        let texts: Vec<&str> = found
            .iter()
            .map(|q| {
                let (x, y) = q.inner(&t);
                &t.text[x..y]
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                "We are used to ‘dog whistles. These are not whistles.",
                "Next one here."
            ]
        );
    }

    #[test]
    fn a_quote_never_closed_ends_with_its_sentence() {
        // An unclosed mark in a one-paragraph article made one speaker say the rest of it.
        let a = crate::article::Article::from_text(
            "Case\n\n“This is a major victory. ‘For sure, he said. The group controls a large \
             area. Officials said the rebels lost ground.",
        )
        .expect("article");
        let t = Tokens::new(&a);
        let paragraph_of: Vec<usize> = a.sentences.iter().map(|s| s.paragraph).collect();
        let found = spans(&t, &paragraph_of);
        let last = t.sentence_ranges[1].1;
        assert!(found.iter().all(|q| q.close <= last), "{found:?}");
    }

    #[test]
    fn scare_quotes_and_titles_are_not_statements() {
        assert!(!is_statement("woke", false));
        assert!(!is_statement("Coalition Of The Willing", false));
        // Headlines and titles with their small words lowercase were taken for quotes.
        assert!(!is_statement("Make Your Kid a Millionaire", true));
        assert!(!is_statement("Legend in the Coal Fields.", true));
        assert!(is_statement("Trump is the President", true));
        assert!(is_statement("We are going to find out", false));
        assert!(is_statement("rarely to be trusted", true));
    }
}
