//! Building timeline events: every dated clause becomes an event with the article's own
//! words, its resolved date and the sentence it came from, in date order.

use chrono::NaiveDate;

use super::expressions::{self, Kind};
use super::lexicon::Unit;
use super::resolve::{self, Context, Resolved};
use super::tense;
use super::tokens::tokenize;
use crate::article::Article;
use crate::brief::{Precision, TimelineEvent};

/// Sentences longer than this are trimmed to the clause around the date.
const LONG_SENTENCE: usize = 200;
/// A trimmed clause keeps at least this many words besides the date expression.
const MIN_CLAUSE_WORDS: usize = 6;

/// A resolved expression and where it was found.
#[derive(Debug, Clone)]
struct Found {
    sentence: usize,
    start: usize,
    end: usize,
    res: Resolved,
}

pub fn build(article: &Article) -> Vec<TimelineEvent> {
    let mut found = Vec::new();
    let mut cx = Context {
        article: article.metadata.published,
        ..Context::default()
    };
    for si in 0..article.sentences.len() {
        let s = article.sentence_text(si);
        let toks = tokenize(s);
        let exprs = expressions::find_in(s, &toks);
        if exprs.is_empty() {
            continue;
        }
        let cues = tense::cues(&toks);
        let quoted = quoted_ranges(s);
        for e in exprs {
            let in_quote = quoted.iter().any(|&(a, b)| e.start >= a && e.start < b);
            if in_quote && counts_from_speech(e.kind) {
                continue;
            }
            cx.tense = tense::near(&cues, e.first_tok, e.end_tok);
            let res = resolve::resolve(e.kind, &cx);
            if let Some(d) = res.date {
                if res.precision == Precision::Day {
                    cx.day_anchor = Some(d);
                }
                cx.anchor = Some(d);
            }
            found.push(Found {
                sentence: si,
                start: e.start,
                end: e.end,
                res,
            });
        }
    }
    dedupe(&mut found);
    let mut events: Vec<(SortKey, TimelineEvent)> = Vec::with_capacity(found.len());
    let mut last_key: Option<(NaiveDate, u8)> = None;
    for (k, f) in found.iter().enumerate() {
        let s = article.sentence_text(f.sentence);
        let shares_sentence = found.iter().enumerate().any(|(j, g)| {
            j != k
                && g.sentence == f.sentence
                && (g.res.date, g.res.precision) != (f.res.date, f.res.precision)
        });
        let text = if s.len() > LONG_SENTENCE || shares_sentence {
            clause_around(s, f.start, f.end)
        } else {
            s.trim()
        };
        let key = match (article.metadata.published, f.res.date) {
            (None, _) => SortKey::Text,
            (Some(_), Some(d)) => {
                last_key = Some((d, rank(f.res.precision)));
                SortKey::Dated(d, rank(f.res.precision))
            }
            (Some(_), None) if f.res.upcoming => SortKey::Ahead,
            // An undated event stays next to the dated one before it in the text.
            (Some(_), None) => last_key.map_or(SortKey::Text, |(d, r)| SortKey::Dated(d, r)),
        };
        events.push((
            key,
            TimelineEvent {
                date: f.res.date,
                precision: f.res.precision,
                when: s[f.start..f.end].to_string(),
                upcoming: f.res.upcoming,
                text: text.to_string(),
                sources: vec![f.sentence],
            },
        ));
    }
    // The sort is stable: equal keys keep text order.
    events.sort_by_key(|e| e.0);
    events.into_iter().map(|(_, e)| e).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    /// Before everything: no article date, or nothing dated before it.
    Text,
    Dated(NaiveDate, u8),
    /// Vague and ahead ("in the coming days"): last.
    Ahead,
}

/// Coarser spans first when they start on the same day: 2019, January 2019, 1 January.
fn rank(p: Precision) -> u8 {
    match p {
        Precision::Year => 0,
        Precision::Month => 1,
        Precision::Week => 2,
        Precision::Day => 3,
        Precision::Vague => 4,
    }
}

/// Inside a quotation, "today", "yesterday" and "in two days" count from when the words
/// were spoken, not from the article's date; "today" there often means "nowadays".
fn counts_from_speech(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Day { .. }
            | Kind::Shift {
                unit: Unit::Day,
                ..
            }
    )
}

/// One event per date per sentence.
fn dedupe(found: &mut Vec<Found>) {
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        let dup = kept.iter().any(|k| {
            k.sentence == f.sentence
                && k.res.date == f.res.date
                && k.res.precision == f.res.precision
                && (f.res.date.is_some() || k.res.upcoming == f.res.upcoming)
        });
        if !dup {
            kept.push(f);
        }
    }
    *found = kept;
}

/// Byte ranges of a sentence inside quotation marks. A closing mark with no opening one
/// means the sentence began inside a quotation.
pub(super) fn quoted_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut seen_any = false;
    for (i, c) in s.char_indices() {
        match c {
            '“' | '«' | '„' => {
                if open.is_none() {
                    open = Some(i);
                }
            }
            '”' | '»' => match open.take() {
                Some(o) => out.push((o, i)),
                None if !seen_any => out.push((0, i)),
                None => {}
            },
            '"' => match open.take() {
                Some(o) => out.push((o, i)),
                None => open = Some(i),
            },
            _ => continue,
        }
        seen_any = true;
    }
    if let Some(o) = open {
        out.push((o, s.len()));
    }
    out
}

/// The clause of a long sentence that holds the expression at `start..end`, widened to
/// neighbouring clauses until it says something ("On Monday," alone does not).
pub(super) fn clause_around(s: &str, start: usize, end: usize) -> &str {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for sep in [", ", "; ", ": ", " — ", " – ", " - ", " ("] {
        for (i, _) in s.match_indices(sep) {
            if i + sep.len() <= start || i >= end {
                cuts.push((i, i + sep.len()));
            }
        }
    }
    cuts.sort_unstable();
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for (a, b) in cuts {
        if a >= from {
            segs.push((from, a));
            from = b;
        }
    }
    segs.push((from, s.len()));
    let Some(mut lo) = segs.iter().position(|&(_, b)| b > start) else {
        return s.trim();
    };
    let mut hi = segs
        .iter()
        .rposition(|&(a, _)| a < end)
        .unwrap_or(lo)
        .max(lo);
    let words_outside = |lo: usize, hi: usize| {
        let (a, b) = (segs[lo].0, segs[hi].1);
        s[a..start].split_whitespace().count() + s[end.min(b)..b].split_whitespace().count()
    };
    while words_outside(lo, hi) < MIN_CLAUSE_WORDS {
        if hi + 1 < segs.len() {
            hi += 1;
        } else if lo > 0 {
            lo -= 1;
        } else {
            break;
        }
    }
    let clause = s[segs[lo].0..segs[hi].1].trim();
    if hi + 1 == segs.len() && lo == 0 {
        return s.trim();
    }
    clause
        .trim_end_matches([',', ';', ':', ' ', '('])
        .trim_end_matches(['—', '–'])
        .trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found_even_when_opened_before_the_sentence() {
        assert_eq!(
            quoted_ranges("“It is today,” he said."),
            vec![(0, "“It is today,".len())]
        );
        assert_eq!(
            quoted_ranges("not today.” He left."),
            vec![(0, "not today.".len())]
        );
        assert_eq!(quoted_ranges("He said \"today\" twice."), vec![(8, 14)]);
    }

    #[test]
    fn a_long_sentence_is_trimmed_to_the_dated_clause() {
        let s = "The court, which sat for three days and heard many witnesses from both sides, ruled on Tuesday that the suspension was unlawful, a decision the government said it would appeal.";
        let start = s.find("on Tuesday").unwrap();
        let c = clause_around(s, start, start + "on Tuesday".len());
        assert_eq!(c, "ruled on Tuesday that the suspension was unlawful");
    }
}
