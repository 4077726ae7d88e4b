//! Which earlier date an anaphoric expression counts from: "the following day", "two days
//! later", "the previous day", "later that day", "the same day".
//!
//! Counting from the last date in the text misfires when an article jumps back in time:
//! after "they concluded that the November 27 agreement is void", "a press release issued
//! the following day" is the day after the meeting, not November 28. The anchor is, in
//! order:
//! 1. a date earlier in the same sentence ("on Monday …, and the next day …");
//! 2. otherwise the narrated time, the last date that dates what a clause tells ("On
//!    Monday, X met Y"), not one that names a thing ("the November 27 agreement",
//!    "his January 2 remarks"); checked against
//! 3. the event the sentence refers to by a definite noun ("the summit", "the vote"): the
//!    date of its last dated mention ("an assembly of ministers … on Wednesday").
//!
//! When the narrated time and the referred event disagree the anchor is ambiguous and the
//! date stays unresolved: a wrong date is worse than none.

use chrono::NaiveDate;

use super::lexicon::{self, EventClass, Unit};
use super::tokens::Tok;
use crate::brief::Precision;

/// A resolved date expression, kept as a possible anchor.
#[derive(Debug, Clone, Copy)]
struct Mark {
    sentence: usize,
    tok: usize,
    date: Option<NaiveDate>,
    precision: Precision,
    /// Dates what the clause tells, rather than naming a thing by its date.
    narrated: bool,
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

    /// Records a resolved expression at token `tok` of sentence `si`.
    pub fn mark(
        &mut self,
        si: usize,
        tok: usize,
        date: Option<NaiveDate>,
        precision: Precision,
        narrated: bool,
    ) {
        self.marks.push(Mark {
            sentence: si,
            tok,
            date,
            precision,
            narrated,
        });
    }

    /// The date an anaphor of `unit` at token `tok` of sentence `si` counts from, or `None`
    /// when there is none or it is ambiguous. `s` is the sentence, `toks` its tokens.
    pub fn anchor(
        &self,
        si: usize,
        tok: usize,
        unit: Unit,
        s: &str,
        toks: &[Tok],
    ) -> Option<NaiveDate> {
        let here = self.marks.partition_point(|m| m.sentence < si);
        let same_sentence = self.marks[here..]
            .iter()
            .rev()
            .find(|m| m.sentence == si && m.tok < tok && fits(unit, m.precision));
        if let Some(m) = same_sentence {
            return m.date;
        }
        let narrated = self.marks[..here]
            .iter()
            .rev()
            .find(|m| m.narrated && fits(unit, m.precision))
            .map_or(Candidate::None, |m| Candidate::of(m.date));
        let referred = referred_class(s, toks, tok)
            .map_or(Candidate::None, |class| self.referred(si, class, unit));
        match (narrated, referred) {
            (Candidate::Date(a), Candidate::Date(b)) if a == b => Some(a),
            (Candidate::Date(d), Candidate::None) | (Candidate::None, Candidate::Date(d)) => {
                Some(d)
            }
            _ => None,
        }
    }

    /// The date of the last earlier sentence that mentions an event of `class` and holds a
    /// date fit for `unit`: the one nearest the mention.
    fn referred(&self, si: usize, class: EventClass, unit: Unit) -> Candidate {
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
                        .map(move |k| (k.tok.abs_diff(m.tok), k.date))
                })
                .min_by_key(|&(d, _)| d);
            if let Some((_, date)) = nearest {
                return Candidate::of(date);
            }
        }
        Candidate::None
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

    #[test]
    fn ambiguous_anchor_gives_no_date() {
        let mut n = Narrative::default();
        let s0 = "Leaders met at a summit on Monday.";
        n.read_sentence(0, &tokenize(s0));
        n.mark(0, 5, Some(d("2020-01-06")), Precision::Day, true);
        let s1 = "On Wednesday, ministers signed a pact.";
        n.read_sentence(1, &tokenize(s1));
        n.mark(1, 0, Some(d("2020-01-08")), Precision::Day, true);
        let s2 = "The following day, critics denounced the summit.";
        let t2 = tokenize(s2);
        assert_eq!(n.anchor(2, 0, Unit::Day, s2, &t2), None);
        let s3 = "The following day, critics left.";
        let t3 = tokenize(s3);
        assert_eq!(n.anchor(2, 0, Unit::Day, s3, &t3), Some(d("2020-01-08")));
        // A month-precise date does not anchor a day, but does a year.
        n.mark(1, 3, Some(d("2019-11-01")), Precision::Month, true);
        assert_eq!(n.anchor(2, 0, Unit::Day, s3, &t3), Some(d("2020-01-08")));
        assert_eq!(n.anchor(2, 0, Unit::Year, s3, &t3), Some(d("2019-11-01")));
    }
}
