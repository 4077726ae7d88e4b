//! Building timeline events: every dated clause becomes an event with the article's own
//! words, its resolved date and the sentence it came from, in date order.

use chrono::NaiveDate;

use super::anchor::Narrative;
use super::expressions::{self, Kind};
use super::lexicon::{self, Unit};
use super::resolve::{self, Context, Resolved};
use super::tense;
use super::tokens::{tokenize, Tok};
use crate::article::Article;
use crate::brief::{Precision, TimelineEvent};

/// Sentences longer than this are trimmed to the clause around the date.
const LONG_SENTENCE: usize = 200;
/// A sentence with events on different dates is trimmed sooner, so each event reads as its own.
const SHARED_LONG_SENTENCE: usize = 140;
/// A trimmed clause keeps at least this many words besides the date expression.
const MIN_CLAUSE_WORDS: usize = 6;

/// A resolved expression and where it was found.
#[derive(Debug, Clone)]
struct Found {
    sentence: usize,
    start: usize,
    end: usize,
    res: Resolved,
    text: String,
}

pub fn build(article: &Article) -> Vec<TimelineEvent> {
    let mut cx = Context {
        article: article.metadata.published,
        ..Context::default()
    };
    let mut narrative = Narrative::default();
    let mut found: Vec<Found> = Vec::new();
    for si in 0..article.sentences.len() {
        found.extend(sentence_events(
            article.sentence_text(si),
            si,
            &mut cx,
            &mut narrative,
        ));
    }
    order(article, found)
}

/// The events of one sentence, resolved in text order; `cx` carries the previous narrated
/// date from sentence to sentence, `narrative` the dates and events anaphors count from.
fn sentence_events(s: &str, si: usize, cx: &mut Context, narrative: &mut Narrative) -> Vec<Found> {
    let toks = tokenize(s);
    narrative.read_sentence(si, &toks);
    let exprs = expressions::find_in(s, &toks);
    if exprs.is_empty() {
        return Vec::new();
    }
    let cues = tense::cues(&toks);
    let quoted = quoted_ranges(s);
    let mut here: Vec<Found> = Vec::new();
    // The sentence's narrated date so far: (first token, end byte, inside a quotation).
    let mut told: Option<(usize, usize, bool)> = None;
    for e in exprs {
        if quote_of(&quoted, e.start).is_some() && counts_from_speech(e.kind) {
            continue;
        }
        // Words inside a quotation take their tense from the quotation, words outside
        // from the narration: "“It expires on September 30,” they wrote" is ahead.
        let scope = quote_of(&quoted, e.start);
        let same_scope = cues
            .iter()
            .filter(|c| quote_of(&quoted, toks[c.index].start) == scope);
        // A date used as a noun modifier ("the November border agreement", "October
        // elections") names the event; the clause's verb tells nothing about its side.
        let modifier = is_modifier(&toks, e.first_tok, e.end_tok);
        cx.tense = if modifier {
            None
        } else {
            tense::near(same_scope, e.first_tok, e.end_tok)
        };
        cx.since = toks[e.first_tok].is("since");
        let future = cx
            .tense
            .is_some_and(|n| n.tense == tense::Tense::Future && !n.weak);
        // "the first race in 24 years" is a duration, "back within days" a span in the
        // narrated past: ahead only when the clause says so.
        let within = toks[e.first_tok].is("within");
        if (matches!(e.kind, Kind::Shift { n, .. } if n > 0) || within) && !future {
            continue;
        }
        // "Today the government focuses on…", "the best candidate in the field today":
        // "today" in a present-tense clause means nowadays, not the article's date.
        let nowadays = toks[e.first_tok..e.end_tok].iter().any(|t| t.is("today"))
            && matches!(e.kind, Kind::Day { offset: 0 })
            && cx.tense.is_none_or(|n| n.weak);
        if nowadays {
            continue;
        }
        let res = match e.kind {
            Kind::Anaphor { unit, .. } => {
                let from = narrative.anchor(si, e.first_tok, unit, s, &toks, future);
                let acx = Context {
                    day_anchor: from,
                    anchor: from,
                    ..*cx
                };
                let res = resolve::resolve(e.kind, &acx);
                // "A week later, the senator said…" cannot be after the article: the anchor was
                // stale, and no date is better than a wrong one.
                let told_past = cx.tense.is_some_and(|n| {
                    n.tense == tense::Tense::Past && !n.weak && n.distance <= resolve::TENSE_REACH
                });
                if told_past && res.upcoming {
                    let unanchored = Context {
                        day_anchor: None,
                        anchor: None,
                        ..*cx
                    };
                    resolve::resolve(e.kind, &unanchored)
                } else {
                    res
                }
            }
            _ => resolve::resolve(e.kind, cx),
        };
        // "The November 27 agreement" names a thing by its date, "which began on March 13"
        // adds a detail to a sentence already dated: the story stays where it was.
        // "He said on Monday: “We met on Friday.”": the quotation tells of another time.
        let narrated = !modifier
            && !told.is_some_and(|(first, end, told_quoted)| {
                (scope.is_some() && !told_quoted) || detail(s, first, end, e.start)
            });
        if narrated {
            told = Some((e.first_tok, e.end, scope.is_some()));
        }
        narrative.mark(si, e.first_tok, res, narrated, modifier);
        if let Some(d) = res.date.filter(|_| narrated) {
            if res.precision == Precision::Day {
                cx.day_anchor = Some(d);
            }
            cx.anchor = Some(d);
        }
        here.push(Found {
            sentence: si,
            start: e.start,
            end: e.end,
            res,
            text: String::new(),
        });
    }
    dedupe(&mut here);
    let verbs: Vec<usize> = cues.iter().map(|c| toks[c.index].start).collect();
    let spans: Vec<_> = here.iter().map(|f| (f.res.date, f.res.precision)).collect();
    let breaks = (s.len() > SHARED_LONG_SENTENCE).then(|| Breaks::of(s));
    for f in &mut here {
        let shared = spans.iter().any(|&sp| sp != (f.res.date, f.res.precision));
        let limit = if shared {
            SHARED_LONG_SENTENCE
        } else {
            LONG_SENTENCE
        };
        f.text = match &breaks {
            Some(b) if s.len() > limit => clause_around(s, f.start, f.end, &verbs, b).to_string(),
            _ => s.trim().to_string(),
        };
    }
    // A year or a vague span in passing ("Our smallest rally this year was larger than
    // those of the 2008 and 2012 cycles") does not repeat a sentence already shown for
    // the past: that was three entries with the same words. Dates to the day, week or
    // month are events of their own ("resigned on Monday, and the following day …"), and
    // what lies ahead stays ("to build the pipeline by 2025").
    let mut kept: Vec<Found> = Vec::with_capacity(here.len());
    for f in here {
        let coarse = fine(f.res.precision) <= fine(Precision::Year);
        let repeats = kept
            .iter()
            .any(|k| !k.res.upcoming && (k.text.contains(&f.text) || f.text.contains(&k.text)));
        if coarse && !f.res.upcoming && repeats {
            continue;
        }
        kept.push(f);
    }
    kept
}

/// How finely a precision places an event (a vague span least).
fn fine(p: Precision) -> u8 {
    match p {
        Precision::Vague => 0,
        Precision::Year => 1,
        Precision::Month => 2,
        Precision::Week => 3,
        Precision::Day => 4,
    }
}

/// Events in date order; undated ones stay after the dated event before them in the text,
/// vague upcoming ones go last, and without an article date the text order is kept.
fn order(article: &Article, found: Vec<Found>) -> Vec<TimelineEvent> {
    let mut events: Vec<(SortKey, TimelineEvent)> = Vec::with_capacity(found.len());
    let mut last_key: Option<(NaiveDate, u8)> = None;
    for f in found {
        let s = article.sentence_text(f.sentence);
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
                text: f.text,
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

/// Words that open a clause hanging on what came before: a date after one of them, in a
/// sentence already dated, dates a detail ("after Turkey began its offensive on Wednesday").
const SUBORDINATORS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "when", "that", "after", "before", "since",
    "because", "until", "while",
];
/// Breaks that start a clause of their own: "…on Monday, and on Wednesday the government fell".
const COORDINATIONS: &[&str] = &["; ", ", and ", ", but ", ", then ", " and then "];

/// Whether a date starting at byte `start` only adds a detail to a sentence whose narrated
/// date is at token `first` and ends at byte `end`: a fronted date ("On Monday, …", "Also
/// on Sunday, …") frames the whole sentence, another one the clause it opens, up to a
/// subordinate word; a coordinated clause has its own time.
fn detail(s: &str, first: usize, end: usize, start: usize) -> bool {
    let Some(between) = s.get(end..start) else {
        return false;
    };
    if COORDINATIONS.iter().any(|c| between.contains(c)) {
        return false;
    }
    first <= 1 || tokenize(between).iter().any(|t| t.is_any(SUBORDINATORS))
}

/// A month or day of the year written before a noun, with no preposition: "the November
/// border agreement", "his January 2 remarks", "October elections".
fn is_modifier(toks: &[Tok], first: usize, end: usize) -> bool {
    let starts_with_month = toks.get(first).is_some_and(|t| lexicon::month(t).is_some());
    let noun_follows = toks.get(end).is_some_and(|t| {
        t.text.chars().next().is_some_and(char::is_lowercase)
            && !t.is_any(&["and", "or", "to", "that", "when"])
    });
    starts_with_month && noun_follows && toks.get(end - 1).is_some_and(|t| !t.possessive)
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
/// were spoken, not from the article's date ("today" there often means "nowadays"), and
/// "two days later" from the speaker's story, not from the article's last date.
fn counts_from_speech(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Day { .. }
            | Kind::Anaphor { .. }
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
/// means the sentence began inside a quotation (the splitter may cut inside a quote). A
/// straight quote opens after a space or at the start, and closes otherwise.
pub(super) fn quoted_ranges(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut seen_any = false;
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let opens = match c {
            '“' | '«' | '„' => Some(true),
            '”' | '»' => Some(false),
            '"' => {
                Some(prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–')))
            }
            _ => None,
        };
        prev = Some(c);
        let Some(opens) = opens else { continue };
        if opens {
            if open.is_none() {
                open = Some(i);
            }
        } else {
            match open.take() {
                Some(o) => out.push((o, i)),
                None if !seen_any => out.push((0, i)),
                None => {}
            }
        }
        seen_any = true;
    }
    if let Some(o) = open {
        out.push((o, s.len()));
    }
    out
}

/// Which quotation (index into `quoted`) holds byte `at`, if any.
fn quote_of(quoted: &[(usize, usize)], at: usize) -> Option<usize> {
    quoted.iter().position(|&(a, b)| at >= a && at < b)
}

/// Clause breaks: a strong one may start a clause, any may end one.
const STRONG_BREAKS: &[&str] = &[
    "; ",
    ": ",
    ", and ",
    ", but ",
    ", while ",
    ", although ",
    ", though ",
    ", whereas ",
];
const WEAK_BREAKS: &[&str] = &[", ", " (", " - ", " — ", " – "];

/// Where a sentence's clauses may start (after a strong break) and end (at any break).
pub(super) struct Breaks {
    /// (position of the break, where the clause after it starts).
    starts: Vec<(usize, usize)>,
    /// Positions of all breaks, in order.
    ends: Vec<usize>,
}

impl Breaks {
    pub(super) fn of(s: &str) -> Breaks {
        // A clause never starts or ends inside a quotation: cut there, it read as
        // ‘but our progress is on the ballot," Mr. Obama said …’.
        let quoted = quoted_ranges(s);
        let inside = |i: usize| quoted.iter().any(|&(a, b)| a < i && i < b);
        let mut starts = Vec::new();
        for sep in STRONG_BREAKS {
            for (i, _) in s.match_indices(sep).filter(|&(i, _)| !inside(i)) {
                // The conjunction stays ("but he said"), except a bare "and".
                let from = if sep.starts_with(", ") && *sep != ", and " {
                    i + 2
                } else {
                    i + sep.len()
                };
                starts.push((i + sep.len(), from));
            }
        }
        let digit_at = |i: usize| {
            s.get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c.is_ascii_digit())
        };
        let mut ends: Vec<usize> = STRONG_BREAKS
            .iter()
            .chain(WEAK_BREAKS)
            .flat_map(|sep| s.match_indices(sep).map(move |(i, _)| (i, sep.len())))
            .filter(|&(i, _)| !inside(i))
            // "0 – 1%" is a range, not a break.
            .filter(|&(i, len)| {
                !(i > 0 && s[..i].ends_with(|c: char| c.is_ascii_digit()) && digit_at(i + len))
            })
            .map(|(i, _)| i)
            .collect();
        ends.sort_unstable();
        Breaks { starts, ends }
    }
}

/// The clause of a long sentence that holds the expression at `start..end`: from the last
/// strong break before it (when what follows has a verb) to the first break after it once
/// the clause has a verb and a few words besides the date. `verbs` are byte offsets of
/// tense cues; a clause without one ("On Monday, as part of his campaign") says nothing.
pub(super) fn clause_around<'a>(
    s: &'a str,
    start: usize,
    end: usize,
    verbs: &[usize],
    breaks: &Breaks,
) -> &'a str {
    let has_verb = |a: usize, b: usize| {
        verbs
            .iter()
            .any(|&v| v >= a && v < b && !(v >= start && v < end))
    };
    let words = |a: usize, b: usize| {
        s[a..start.max(a)].split_whitespace().count() + s[end.min(b)..b].split_whitespace().count()
    };
    let mut left = 0;
    for &(after, from) in &breaks.starts {
        if after <= start && from > left && has_verb(from, s.len()) {
            left = from;
        }
    }
    // "In December, the prince accepted…": a date set off by a comma dates what follows.
    let fronted = s[end..].starts_with(", ");
    let right = breaks
        .ends
        .iter()
        .copied()
        .filter(|&i| i >= end)
        .find(|&i| {
            let verb = if fronted {
                has_verb(end, i)
            } else {
                has_verb(left, i)
            };
            verb && words(left, i) >= MIN_CLAUSE_WORDS
        })
        .unwrap_or(s.len());
    if left == 0 && right == s.len() {
        return s.trim();
    }
    s[left..right].trim().trim_end_matches([',', ';', ':'])
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
        assert_eq!(quoted_ranges("in two days!\" Macron said"), vec![(0, 12)]);
    }

    #[test]
    fn a_later_date_in_a_dated_sentence_may_be_a_detail() {
        let at = |s: &str, w: &str| s.find(w).unwrap();
        let s = "On Monday, he said the deal signed on 3 January was void.";
        assert!(detail(s, 0, at(s, ","), at(s, "on 3")));
        let s = "It expired on Monday, after a break which began on March 13.";
        assert!(detail(s, 2, at(s, ","), at(s, "on March")));
        let s = "He resigned on Monday, and on Wednesday the cabinet fell.";
        assert!(!detail(s, 2, at(s, ","), at(s, "on Wed")));
        let s = "He resigned on Monday and the cabinet fell on Wednesday.";
        assert!(!detail(s, 2, at(s, " and"), at(s, "on Wed")));
    }

    #[test]
    fn a_long_sentence_is_trimmed_to_the_dated_clause() {
        let s = "The court, which sat for three days and heard many witnesses from both sides, ruled on Tuesday that the suspension was unlawful, a decision the government said it would appeal.";
        let start = s.find("on Tuesday").unwrap();
        let verbs: Vec<usize> = ["sat", "heard", "ruled", "said"]
            .iter()
            .filter_map(|v| s.find(v))
            .collect();
        let c = clause_around(s, start, start + "on Tuesday".len(), &verbs, &Breaks::of(s));
        assert_eq!(c, "The court, which sat for three days and heard many witnesses from both sides, ruled on Tuesday that the suspension was unlawful");
    }
}
