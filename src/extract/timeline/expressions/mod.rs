//! Finding date expressions in a sentence: what was written and what kind of date it is,
//! before anything is resolved against the article's date.
//!
//! Matchers for calendar forms live in `absolute`, those counted from "now" or from the
//! previous event in `relative`. Each matcher starts at a token and returns the token after
//! its end; the longest match wins, then adjacent expressions that name one date ("Monday,
//! August 18", "December 22, last year", "earlier this week on Wednesday") are merged.

mod absolute;
mod relative;

use chrono::Weekday;

use super::lexicon::{self, Unit};
use super::tokens::{tokenize, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    Last,
    This,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A calendar day; without a year, the year comes from the article's date.
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
        /// "December 22, last year": −1.
        year_offset: Option<i32>,
    },
    Month {
        year: Option<i32>,
        month: u32,
        rel: Option<Rel>,
        year_offset: Option<i32>,
    },
    Year {
        year: i32,
    },
    /// "the 1990s".
    Decade {
        year: i32,
    },
    Weekday {
        day: Weekday,
        rel: Option<Rel>,
        /// Set by a week expression next to it: "last week on Wednesday": −1.
        week_offset: Option<i32>,
    },
    /// yesterday (−1), today and tonight (0), tomorrow (+1).
    Day {
        offset: i64,
    },
    /// last/this/next week, month or year; `later` is Some(true) for "later this month",
    /// Some(false) for "earlier this year".
    Period {
        unit: Unit,
        offset: i32,
        later: Option<bool>,
    },
    /// "the end of the week", "by the middle of the month": this period, unless the
    /// clause narrates the past ("by the end of the week he had quit"), when it is the
    /// period of the event before.
    ThePeriod {
        unit: Unit,
        later: Option<bool>,
    },
    Weekend {
        offset: i32,
    },
    /// Counted from the article's date: "two weeks ago" (−2 weeks), "in three days" (+3).
    Shift {
        n: i64,
        unit: Unit,
    },
    /// Counted from the event before it: "a day later" (+1), "the previous day" (−1).
    /// `span` marks a whole unit ("the following week") rather than a point.
    Anaphor {
        n: i64,
        unit: Unit,
        span: bool,
    },
    /// Spring = 0 … winter = 3.
    Season {
        season: u32,
        rel: Option<Rel>,
        year: Option<i32>,
    },
    /// "in the coming days", "in the next couple of weeks": ahead, no date.
    Upcoming,
    /// "the week of October 21".
    WeekOf {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
}

/// A date expression: byte range in the sentence, token range, and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expr {
    pub start: usize,
    pub end: usize,
    pub first_tok: usize,
    pub end_tok: usize,
    pub kind: Kind,
}

/// All date expressions in a sentence, in text order.
pub fn find(sentence: &str) -> Vec<Expr> {
    let toks = tokenize(sentence);
    find_in(sentence, &toks)
}

pub fn find_in(sentence: &str, toks: &[Tok]) -> Vec<Expr> {
    let c = Cursor {
        s: sentence,
        t: toks,
    };
    // Each word's own match, computed once: a preposition looks at the next word's.
    let cores: Vec<Match> = (0..toks.len()).map(|i| c.core(i)).collect();
    let mut out: Vec<Expr> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match c.at(i, &cores) {
            Some((first, end, kind)) => {
                out.push(Expr {
                    start: toks[first].start,
                    end: toks[end - 1].end,
                    first_tok: first,
                    end_tok: end,
                    kind,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    merge_adjacent(sentence, out)
}

/// The tokens of a sentence and the helpers the matchers share.
pub(super) struct Cursor<'a> {
    pub s: &'a str,
    pub t: &'a [Tok<'a>],
}

pub(super) type Match = Option<(usize, Kind)>;

impl<'a> Cursor<'a> {
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.is(word))
    }

    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.t.get(i).is_some_and(|t| t.is_any(words))
    }

    /// The text between token `i - 1` and token `i`.
    pub fn gap_before(&self, i: usize) -> &'a str {
        match (i.checked_sub(1).and_then(|p| self.t.get(p)), self.t.get(i)) {
            (Some(p), Some(t)) => &self.s[p.end..t.start],
            (None, Some(t)) => &self.s[..t.start],
            (Some(p), None) => &self.s[p.end..],
            (None, None) => "",
        }
    }

    /// Token `i` follows token `i - 1` with only spaces between.
    pub fn joined(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.gap_before(i).trim().is_empty()
    }

    /// Token `i - 1` ends a phrase: punctuation or the end of the sentence follows it.
    pub fn phrase_ends_before(&self, i: usize) -> bool {
        i >= self.t.len() || !self.gap_before(i).trim().is_empty()
    }

    /// The token before `i`, when no punctuation separates them.
    pub fn prev_joined(&self, i: usize) -> Option<&Tok<'a>> {
        if i == 0 || !self.joined(i) {
            return None;
        }
        self.t.get(i - 1)
    }

    /// A four-digit year at `i`, after a space or a comma ("August 18, 2025").
    pub fn year_at(&self, i: usize, allow_comma: bool) -> Option<i32> {
        let t = self.t.get(i)?;
        let gap = self.gap_before(i).trim();
        // "Feb 24, '90": a two-digit year after an apostrophe.
        if allow_comma && matches!(gap, ",'" | ", '" | ",’" | ", ’") && t.text.len() == 2 {
            let yy: i32 = t.text.parse().ok()?;
            return Some(if yy > 30 { 1900 + yy } else { 2000 + yy });
        }
        if !(gap.is_empty() || (allow_comma && gap == ",")) || t.text.len() != 4 {
            return None;
        }
        let y = t.number()?;
        if !(1000..=2100).contains(&y) {
            return None;
        }
        if self
            .t
            .get(i + 1)
            .is_some_and(|n| lexicon::is_count_noun(n) && self.joined(i + 1))
            || self.gap_before(i + 1).trim_start().starts_with('%')
        {
            return None;
        }
        Some(y as i32)
    }

    /// A small count at `i`: "a", "two", "3", "a couple of", "a few" is not a count.
    pub fn count_at(&self, i: usize) -> Option<(i64, usize)> {
        if self.is_any(i, &["a", "an"]) && self.is(i + 1, "couple") && self.is(i + 2, "of") {
            return Some((2, i + 3));
        }
        let n = lexicon::count(self.tok(i)?)?;
        Some((n, i + 1))
    }

    /// The longest match starting at word `i`. Only the matchers that can start with
    /// this kind of word are tried.
    fn core(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        if !may_start(t) {
            return None;
        }
        let mut best: Match = None;
        let mut take = |m: Match| {
            if let Some((end, kind)) = m {
                if best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, kind));
                }
            }
        };
        if t.text.as_bytes()[0].is_ascii_digit() {
            take(self.iso(i));
            take(self.slash(i));
            take(self.day_month(i));
            take(self.decade(i));
            take(self.year(i));
            take(self.shift(i));
            take(self.anaphor(i));
        } else if lexicon::month(t).is_some() {
            take(self.month_day(i));
            take(self.month_year(i));
            take(self.bare_month(i));
        } else if lexicon::weekday(t).is_some() {
            take(self.weekday(i));
        } else {
            take(self.week_of(i));
            take(self.part_of(i));
            take(self.rel_month(i));
            take(self.decade(i));
            take(self.weekday(i));
            take(self.day_word(i));
            take(self.period(i));
            take(self.shift(i));
            take(self.anaphor(i));
            take(self.upcoming(i));
            take(self.season(i));
        }
        best
    }

    /// A match at `i`, taking in a leading preposition ("on Monday", "since 2017") or
    /// "late on"/"early on" before a day.
    fn at(&self, i: usize, cores: &[Match]) -> Option<(usize, usize, Kind)> {
        let core = |k: usize| cores.get(k).copied().flatten();
        if let Some((end, kind)) = core(i) {
            return Some((i, end, kind));
        }
        let t = self.tok(i)?;
        if !may_start(t) {
            return None;
        }
        if lexicon::is_preposition(t) && self.joined(i + 1) {
            if let Some((end, kind)) = core(i + 1) {
                return Some((i, end, kind));
            }
        }
        if t.is_any(&["late", "early", "later", "earlier"])
            && self.is(i + 1, "on")
            && self.joined(i + 2)
        {
            if let Some((
                end,
                kind @ (Kind::Weekday { .. } | Kind::Date { .. } | Kind::Day { .. }),
            )) = core(i + 2)
            {
                return Some((i, end, kind));
            }
        }
        None
    }
}

/// Whether a date expression can start at this word: a number, or a word a matcher
/// begins with. Most words cannot, and skipping them keeps matching cheap.
fn may_start(t: &Tok) -> bool {
    let first = t.text.as_bytes().first().copied().unwrap_or(b' ');
    if first.is_ascii_digit() {
        return true;
    }
    let mut buf = [0u8; 12];
    if t.text.len() > buf.len() || !t.text.is_ascii() {
        return false;
    }
    for (d, b) in buf.iter_mut().zip(t.text.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    let lower = &buf[..t.text.len()];
    if lower.starts_with(b"mid-") {
        return true;
    }
    matches!(
        lower,
        b"on"
            | b"in"
            | b"since"
            | b"by"
            | b"until"
            | b"till"
            | b"through"
            | b"from"
            | b"during"
            | b"before"
            | b"after"
            | b"around"
            | b"late"
            | b"early"
            | b"mid"
            | b"later"
            | b"earlier"
            | b"the"
            | b"last"
            | b"next"
            | b"this"
            | b"coming"
            | b"yesterday"
            | b"today"
            | b"tomorrow"
            | b"tonight"
            | b"a"
            | b"an"
            | b"zero"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"fifteen"
            | b"twenty"
            | b"thirty"
            | b"within"
            | b"over"
            | b"end"
            | b"beginning"
            | b"start"
            | b"spring"
            | b"summer"
            | b"autumn"
            | b"fall"
            | b"winter"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
    )
}

/// Two expressions that name one date: only spaces or a comma between them.
fn merge_adjacent(s: &str, exprs: Vec<Expr>) -> Vec<Expr> {
    let mut out: Vec<Expr> = Vec::with_capacity(exprs.len());
    for cur in exprs {
        if let Some(prev) = out.last_mut() {
            let gap = &s[prev.end..cur.start];
            if gap.chars().all(|c| c.is_whitespace() || c == ',') {
                if let Some(kind) = merged(prev.kind, cur.kind) {
                    prev.end = cur.end;
                    prev.end_tok = cur.end_tok;
                    prev.kind = kind;
                    continue;
                }
            }
        }
        out.push(cur);
    }
    out
}

fn merged(a: Kind, b: Kind) -> Option<Kind> {
    use Kind::*;
    match (a, b) {
        (Weekday { .. }, d @ Date { .. }) | (d @ Date { .. }, Weekday { .. }) => Some(d),
        (Anaphor { .. }, k @ (Date { .. } | Weekday { .. } | Month { .. } | Year { .. })) => {
            Some(k)
        }
        (k @ (Date { .. } | Weekday { .. }), Anaphor { n: 0, .. }) => Some(k),
        (
            Period {
                unit: Unit::Week,
                offset,
                ..
            },
            Weekday { day, rel: None, .. },
        )
        | (
            Weekday { day, rel: None, .. },
            Period {
                unit: Unit::Week,
                offset,
                later: None,
            },
        ) => Some(Weekday {
            day,
            rel: None,
            week_offset: Some(offset),
        }),
        (
            Date {
                year: None,
                month,
                day,
                ..
            },
            Period {
                unit: Unit::Year,
                offset,
                later: None,
            },
        ) => Some(Date {
            year: None,
            month,
            day,
            year_offset: Some(offset),
        }),
        (
            Month {
                year: None,
                month,
                rel: None,
                ..
            },
            Period {
                unit: Unit::Year,
                offset,
                later: None,
            },
        ) => Some(Month {
            year: None,
            month,
            rel: None,
            year_offset: Some(offset),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whens(s: &str) -> Vec<&str> {
        find(s).iter().map(|e| &s[e.start..e.end]).collect()
    }

    #[test]
    fn finds_news_forms() {
        assert_eq!(whens("On Monday, Trump hosted Zelensky."), ["On Monday"]);
        assert_eq!(whens("They last met in 2019."), ["in 2019"]);
        assert_eq!(
            whens("It happened on Aug. 18, 2025 and on 2025-08-19."),
            ["on Aug. 18, 2025", "on 2025-08-19"]
        );
        assert_eq!(
            whens("This lockdown started on December 22, last year."),
            ["on December 22, last year"]
        );
        assert_eq!(
            whens("Earlier this week on Wednesday, he spoke."),
            ["Earlier this week on Wednesday"]
        );
        assert_eq!(
            whens("A day later, Lavrov softened that stance."),
            ["A day later"]
        );
    }

    #[test]
    fn ignores_names_counts_and_titles() {
        assert!(whens("Theresa May said 2,000 people came.").is_empty());
        assert!(whens("The Sunday Times reported a Black Friday sale of $2019.").is_empty());
        assert!(whens("Protesters march in today's Russia.").is_empty());
        assert!(whens("The 2000 km long pipeline will carry gas.").is_empty());
    }

    #[test]
    fn merges_weekday_with_its_date() {
        let e = find("on Monday, August 18, 2025");
        assert_eq!(e.len(), 1);
        assert!(matches!(
            e[0].kind,
            Kind::Date {
                year: Some(2025),
                month: 8,
                day: 18,
                ..
            }
        ));
    }
}
