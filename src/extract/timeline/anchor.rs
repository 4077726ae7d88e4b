//! Which earlier date an anaphoric expression counts from: "the following day", "two days
//! later", "the previous day", "later that day", "the same day".
//!
//! Counting from the last date in the text misfires when an article jumps back in time:
//! after "they concluded that the November 27 agreement is void", "a press release issued
//! the following day" is the day after the meeting, not November 28. The anchor is:
//! 1. the nearest date earlier in the same sentence ("on Monday …, and the next day …"),
//!    passing over one that names a thing if there is another;
//! 2. otherwise the narrated time: the last date that dates where the story is ("On
//!    Monday, X met Y"), not one that names a thing ("the November 27 agreement", "his
//!    January 2 remarks"), adds a detail to a sentence already dated ("…, which began on
//!    March 13") or is quoted beside a dated narration (events.rs decides which); when the
//!    sentence just before is dated more coarsely outside that day ("They had met in July
//!    2008. The day before, …") the day is unknown and the date stays unresolved;
//! 3. checked against the event the sentence refers to with a definite noun ("the
//!    summit", "the vote"), dated by its last dated mention ("an assembly of ministers …
//!    on Wednesday"). When they disagree: an event later than the narrated time means
//!    the story is back from a flashback, and the event wins; an earlier one leaves the
//!    narrated time, if the story has not been further ahead already ("On Monday … a
//!    rally. On Tuesday … The following day, the organisers of the rally …" is Wednesday);
//!    otherwise the anchor is ambiguous and the date stays unresolved: a wrong date is
//!    worse than none;
//! 4. with neither, the last date in the text, whatever it dates.

use chrono::{Datelike, NaiveDate};

use super::lexicon::{self, EventClass, Unit};
use super::resolve::Resolved;
use super::tokens::Tok;
use crate::brief::Precision;

/// A resolved date expression, kept as a possible anchor.
#[derive(Debug, Clone, Copy)]
struct Mark {
    sentence: usize,
    tok: usize,
    date: Option<NaiveDate>,
    precision: Precision,
    /// Dates where the story is, rather than a detail or a thing named by its date.
    narrated: bool,
    /// Names a thing by its date: "the November 27 agreement".
    names_thing: bool,
    /// After the article's date.
    upcoming: bool,
}

/// An event noun and where it was found.
#[derive(Debug, Clone, Copy)]
struct Mention {
    sentence: usize,
    tok: usize,
    class: EventClass,
}

/// The dates and event nouns of the sentences read so far.
#[derive(Debug, Default)]
pub struct Narrative {
    marks: Vec<Mark>,
    mentions: Vec<Mention>,
}

/// The candidate anchor of one rule: none found, a date, or found but itself undated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Candidate {
    None,
    Date(NaiveDate),
    Undated,
}

impl Candidate {
    fn of(date: Option<NaiveDate>) -> Candidate {
        date.map_or(Candidate::Undated, Candidate::Date)
    }
}

/// Whether the span of a coarser mark (a week, a month, a year) leaves out day `d`; a
/// vague one (a season, a decade) says too little to tell.
fn excludes(m: &Mark, d: NaiveDate) -> bool {
    let Some(start) = m.date else {
        return false;
    };
    match m.precision {
        Precision::Week => super::resolve::monday_of(d) != start,
        Precision::Month => (d.year(), d.month()) != (start.year(), start.month()),
        Precision::Year => d.year() != start.year(),
        Precision::Day | Precision::Vague => false,
    }
}

/// Day and week anaphors ("the next day", "a week later") count from a day; month and year
/// ones ("a year later") from a date of any precision.
fn fits(unit: Unit, p: Precision) -> bool {
    match unit {
        Unit::Day | Unit::Week => p == Precision::Day,
        Unit::Month | Unit::Year => true,
    }
}

impl Narrative {
    /// Records the event nouns of sentence `si`; call once per sentence, before its dates.
    pub fn read_sentence(&mut self, si: usize, toks: &[Tok]) {
        self.mentions.extend(
            toks.iter()
                .enumerate()
                .filter_map(|(tok, t)| lexicon::event_class(t).map(|class| (tok, class)))
                .map(|(tok, class)| Mention {
                    sentence: si,
                    tok,
                    class,
                }),
        );
    }

    /// Records a resolved expression at token `tok` of sentence `si`: whether it dates where
    /// the story is, and whether it names a thing by its date.
    pub fn mark(
        &mut self,
        si: usize,
        tok: usize,
        res: Resolved,
        narrated: bool,
        names_thing: bool,
    ) {
        self.marks.push(Mark {
            sentence: si,
            tok,
            date: res.date,
            precision: res.precision,
            narrated,
            names_thing,
            upcoming: res.upcoming,
        });
    }

    /// The date an anaphor of `unit` at token `tok` of sentence `si` counts from, or `None`
    /// when there is none or it is ambiguous. `s` is the sentence, `toks` its tokens;
    /// `ahead` says its clause points to the future.
    pub fn anchor(
        &self,
        si: usize,
        tok: usize,
        unit: Unit,
        s: &str,
        toks: &[Tok],
        ahead: bool,
    ) -> Option<NaiveDate> {
        let here = self.marks.partition_point(|m| m.sentence < si);
        // The nearest date before it in the sentence ("asked for it Monday night, and got it
        // the next morning"), passing over one that names a thing unless there is no other
        // ("after the November 27 agreement, Greece protested the following day").
        let earlier = |m: &&Mark| m.sentence == si && m.tok < tok && fits(unit, m.precision);
        let same_sentence = self.marks[here..]
            .iter()
            .rev()
            .filter(earlier)
            .find(|m| !m.names_thing)
            .or_else(|| self.marks[here..].iter().rev().find(earlier));
        if let Some(m) = same_sentence {
            return m.date;
        }
        let before = &self.marks[..here];
        let last_narrated = before
            .iter()
            .rev()
            .find(|m| m.narrated && fits(unit, m.precision));
        // "They met again in July 2008. The day before, …": a coarser date in the sentence
        // just before sets the time, and its day is unknown; a day told further back is not
        // where the story is.
        let moved_away = last_narrated.is_some_and(|t| {
            matches!(unit, Unit::Day | Unit::Week)
                && t.sentence + 1 < si
                && t.date.is_some_and(|d| {
                    before
                        .iter()
                        .rev()
                        .take_while(|m| m.sentence + 1 == si)
                        .any(|m| m.narrated && m.precision != Precision::Day && excludes(m, d))
                })
        });
        if moved_away {
            return None;
        }
        let narrated = last_narrated.map_or(Candidate::None, |m| Candidate::of(m.date));
        // An event still ahead is not what a clause about the past counts from.
        let referred = referred_class(s, toks, tok)
            .and_then(|c| self.referred(si, c, unit))
            .filter(|r| ahead || !r.upcoming);
        let (t, r) = match (narrated, referred) {
            (Candidate::Date(t), Some(r)) => (t, r),
            (Candidate::Date(t), None) => return Some(t),
            (Candidate::None, Some(r)) => return r.date,
            // No narrated date at all ("during an Oct. 22 hearing … But the next day"): the
            // last date in the text, whatever it dates.
            (Candidate::None, None) => {
                return before
                    .iter()
                    .rev()
                    .find(|m| fits(unit, m.precision))
                    .and_then(|m| m.date)
            }
            _ => return None,
        };
        // The referred event was itself left undated: nothing safe to count from.
        let r_date = r.date?;
        // How far the story has been told: a narrated time behind it is a flashback.
        let furthest = before
            .iter()
            .filter(|m| m.narrated && fits(unit, m.precision))
            .filter_map(|m| m.date)
            .max();
        if t <= r_date {
            Some(r_date)
        } else if furthest == Some(t) {
            Some(t)
        } else {
            None
        }
    }

    /// The date of the last earlier sentence that mentions an event of `class` and holds a
    /// date fit for `unit`: the one nearest the mention.
    fn referred(&self, si: usize, class: EventClass, unit: Unit) -> Option<Mark> {
        // Mentions and marks are recorded in sentence order: walk back one sentence at a time.
        let mut end = self.mentions.partition_point(|m| m.sentence < si);
        while end > 0 {
            let s = self.mentions[end - 1].sentence;
            let start = self.mentions[..end].partition_point(|m| m.sentence < s);
            let group = &self.mentions[start..end];
            end = start;
            let lo = self.marks.partition_point(|k| k.sentence < s);
            let hi = self.marks.partition_point(|k| k.sentence <= s);
            let marks = &self.marks[lo..hi];
            let nearest = group
                .iter()
                .filter(|m| m.class == class)
                .flat_map(|m| {
                    marks
                        .iter()
                        .filter(|k| fits(unit, k.precision))
                        .map(move |k| (k.tok.abs_diff(m.tok), *k))
                })
                .min_by_key(|&(d, _)| d);
            if let Some((_, mark)) = nearest {
                return Some(mark);
            }
        }
        None
    }
}

/// The class of the event noun nearest to token `at` of sentence `s` that refers back to a
/// known event: one with a definite determiner or a possessive before it ("the summit",
/// "Monday's vote", "the Cairo talks"), not one that introduces a new event ("a statement").
fn referred_class(s: &str, toks: &[Tok], at: usize) -> Option<EventClass> {
    toks.iter()
        .enumerate()
        .filter_map(|(k, t)| lexicon::event_class(t).map(|c| (k, c)))
        .filter(|&(k, _)| definite(s, toks, k))
        .min_by_key(|&(k, _)| k.abs_diff(at))
        .map(|(_, c)| c)
}

/// Determiners that point back to something already named.
const DEFINITE: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
];
const INDEFINITE: &[&str] = &["a", "an", "another", "any", "some", "no", "every", "each"];

/// Whether the noun at `k` is definite: a definite determiner or a possessive within the
/// three words before it, in the same phrase.
fn definite(s: &str, toks: &[Tok], k: usize) -> bool {
    for j in (k.saturating_sub(3)..k).rev() {
        let gap = s.get(toks[j].end..toks[j + 1].start).unwrap_or(",");
        // Punctuation between two words ends the noun phrase.
        if !gap.trim().is_empty() {
            return false;
        }
        let t = &toks[j];
        if t.is_any(DEFINITE) || t.possessive {
            return true;
        }
        if t.is_any(INDEFINITE) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::timeline::tokens::tokenize;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn class_in(s: &str) -> Option<EventClass> {
        referred_class(s, &tokenize(s), 0)
    }

    #[test]
    fn only_definite_nouns_refer_back() {
        assert_eq!(
            class_in("Turkey denounced the conclusions of the summit"),
            Some(EventClass::Meeting)
        );
        assert_eq!(class_in("after Monday's vote"), Some(EventClass::Vote));
        assert_eq!(class_in("the ministry issued a statement"), None);
        assert_eq!(class_in("at the UN General Assembly"), None);
        // A comma ends the noun phrase: "the," does not make "deal" definite.
        assert_eq!(class_in("unlike the, deal"), None);
    }

    fn day(date: &str) -> Resolved {
        Resolved {
            date: Some(d(date)),
            precision: Precision::Day,
            upcoming: false,
        }
    }

    /// Sentences with one narrated date each, at their first word.
    fn story(sentences: &[(&str, &str)]) -> Narrative {
        let mut n = Narrative::default();
        for (i, (s, date)) in sentences.iter().enumerate() {
            n.read_sentence(i, &tokenize(s));
            n.mark(i, 0, day(date), true, false);
        }
        n
    }

    fn anchor_of(n: &Narrative, si: usize, s: &str) -> Option<NaiveDate> {
        n.anchor(si, 0, Unit::Day, s, &tokenize(s), false)
    }

    #[test]
    fn the_referred_event_checks_the_narrated_time() {
        let n = story(&[
            ("On Monday leaders met at a summit.", "2020-01-06"),
            ("On Friday the ministers resigned.", "2020-01-10"),
            ("On Wednesday they had signed a pact.", "2020-01-08"),
        ]);
        // Back in a flashback (Wednesday, after Friday was told), and the summit was Monday.
        assert_eq!(
            anchor_of(&n, 3, "The following day, critics denounced the summit."),
            None
        );
        assert_eq!(
            anchor_of(&n, 3, "The following day, critics left."),
            Some(d("2020-01-08"))
        );
        assert_eq!(
            anchor_of(&n, 3, "The following day, critics denounced the pact."),
            Some(d("2020-01-08"))
        );
        let n = story(&[
            ("On Wednesday ministers met at a summit.", "2020-01-08"),
            ("On 27 November a deal was signed.", "2019-11-27"),
        ]);
        // The summit came after the flashback's date: the story is back at the summit.
        assert_eq!(
            anchor_of(&n, 2, "The following day, Ankara denounced the summit."),
            Some(d("2020-01-08"))
        );
        let n = story(&[
            ("On Monday students held a rally.", "2020-01-06"),
            ("On Tuesday police arrested twenty.", "2020-01-07"),
        ]);
        // The story moves forward: the next day follows its furthest point.
        assert_eq!(
            anchor_of(
                &n,
                2,
                "The following day, the organisers of the rally called for calm."
            ),
            Some(d("2020-01-07"))
        );
    }

    #[test]
    fn precision_decides_what_anchors_a_day_or_a_year() {
        let mut n = story(&[("On Wednesday ministers signed a pact.", "2020-01-08")]);
        n.mark(
            0,
            3,
            Resolved {
                date: Some(d("2019-11-01")),
                precision: Precision::Month,
                upcoming: false,
            },
            true,
            false,
        );
        let s = "The following day, critics left.";
        assert_eq!(
            n.anchor(1, 0, Unit::Day, s, &tokenize(s), false),
            Some(d("2020-01-08"))
        );
        assert_eq!(
            n.anchor(1, 0, Unit::Year, s, &tokenize(s), false),
            Some(d("2019-11-01"))
        );
    }
}
