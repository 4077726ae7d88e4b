//! Calendar forms: 18 August 2025, Aug. 18, 2025-08-18, 18/08/2025, September 2019,
//! mid-2026, early September, last October, 2019, the 1990s, on Tuesday, Tuesday's meeting.

use chrono::NaiveDate;

use super::{Cursor, Kind, Match, Rel};
use crate::extract::timeline::lexicon::{self, MonthName, Unit};
use crate::extract::timeline::tokens::Tok;

fn valid(year: i32, month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(year, month, day).is_some()
}

/// Day and month are checked against a leap year when the year is unknown, so "29 February"
/// is accepted and resolved later.
fn valid_day(year: Option<i32>, month: u32, day: u32) -> bool {
    valid(year.unwrap_or(2000), month, day)
}

fn rel_word(t: &Tok) -> Option<Rel> {
    if t.is("last") {
        Some(Rel::Last)
    } else if t.is("next") {
        Some(Rel::Next)
    } else if t.is("this") {
        Some(Rel::This)
    } else {
        None
    }
}

impl Cursor<'_> {
    pub(super) fn iso(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        let b = t.text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y: i32 = t.text[..4].parse().ok()?;
        let m: u32 = t.text[5..7].parse().ok()?;
        let d: u32 = t.text[8..].parse().ok()?;
        valid(y, m, d).then_some((
            i + 1,
            Kind::Date {
                year: Some(y),
                month: m,
                day: d,
                year_offset: None,
            },
        ))
    }

    /// 18/08/2025 or 08/18/2025, only when the day cannot be mistaken for the month.
    pub(super) fn slash(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        let mut parts = t.text.split('/');
        let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || a.len() > 2 || b.len() > 2 || c.len() != 4 {
            return None;
        }
        let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
        let (day, month) = if a == b || (a > 12 && b <= 12) {
            (a, b)
        } else if b > 12 && a <= 12 {
            (b, a)
        } else {
            return None;
        };
        valid(y, month, day).then_some((
            i + 1,
            Kind::Date {
                year: Some(y),
                month,
                day,
                year_offset: None,
            },
        ))
    }

    /// "18 August 2025", "18th of August", "5 May".
    pub(super) fn day_month(&self, i: usize) -> Match {
        let day = self.tok(i)?.day_of_month()?;
        let mut j = i + 1;
        if self.is(j, "of") && self.joined(j) {
            j += 1;
        }
        if !self.joined(j) {
            return None;
        }
        let m = lexicon::month(self.tok(j)?)?;
        // "30 December, 2006": a comma may stand before the year.
        let year = self.year_at(j + 1, true);
        if !valid_day(year, m.month, day) {
            return None;
        }
        Some((
            j + 1 + usize::from(year.is_some()),
            Kind::Date {
                year,
                month: m.month,
                day,
                year_offset: None,
            },
        ))
    }

    /// "August 18", "Aug. 18, 2025", "October 2 2018", "October 31st".
    pub(super) fn month_day(&self, i: usize) -> Match {
        let m = lexicon::month(self.tok(i)?)?;
        let gap = self.gap_before(i + 1).trim();
        if !(gap.is_empty() || (m.abbreviated && gap == ".")) {
            return None;
        }
        let day = self.tok(i + 1)?.day_of_month()?;
        if self
            .tok(i + 2)
            .is_some_and(|n| lexicon::is_count_noun(n) && self.joined(i + 2))
        {
            return None;
        }
        let year = self.year_at(i + 2, true);
        if !valid_day(year, m.month, day) {
            return None;
        }
        Some((
            i + 2 + usize::from(year.is_some()),
            Kind::Date {
                year,
                month: m.month,
                day,
                year_offset: None,
            },
        ))
    }

    /// "September 2019", "May of 2019".
    pub(super) fn month_year(&self, i: usize) -> Match {
        let m = lexicon::month(self.tok(i)?)?;
        let (year, end) = if let Some(y) = self.year_at(i + 1, true) {
            (y, i + 2)
        } else if self.is(i + 1, "of") && self.joined(i + 1) {
            (self.year_at(i + 2, false)?, i + 3)
        } else {
            return None;
        };
        Some((
            end,
            Kind::Month {
                year: Some(year),
                month: m.month,
                rel: None,
                year_offset: None,
            },
        ))
    }

    /// "early September", "mid-2026", "late last year", "the end of the month".
    pub(super) fn part_of(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        if i > 0 && self.is(i - 1, "as") {
            // "as early as July 2019": the date is July 2019.
            return None;
        }
        // "mid-August", "mid-2026", "mid-1990s" are one token.
        if let Some(rest) = t
            .text
            .get(..4)
            .filter(|p| p.eq_ignore_ascii_case("mid-"))
            .map(|_| &t.text[4..])
        {
            let inner = Tok {
                text: rest,
                start: t.start + 4,
                end: t.end,
                possessive: t.possessive,
            };
            if let Some(m) = lexicon::month(&inner) {
                let year = self.year_at(i + 1, false);
                return Some((
                    i + 1 + usize::from(year.is_some()),
                    Kind::Month {
                        year,
                        month: m.month,
                        rel: None,
                        year_offset: None,
                    },
                ));
            }
            if let Some(y) = inner
                .number()
                .filter(|y| rest.len() == 4 && (1000..=2100).contains(y))
            {
                return Some((i + 1, Kind::Year { year: y as i32 }));
            }
            if let Some(y) = decade_of(rest) {
                return Some((i + 1, Kind::Decade { year: y }));
            }
            return None;
        }
        // Which part of the span: the end (Some(true)), the start (Some(false)), the middle.
        let part = |w: &str| match w.to_ascii_lowercase().as_str() {
            "late" | "end" => Some(true),
            "early" | "beginning" | "start" => Some(false),
            _ => None,
        };
        let (j, late) = if t.is_any(&["early", "mid", "late"]) {
            (i + 1, part(t.text))
        } else if t.is("the")
            && self.is_any(i + 1, &["end", "beginning", "start", "middle"])
            && self.is(i + 2, "of")
        {
            (i + 3, part(self.tok(i + 1)?.text))
        } else if self.is_any(i, &["end", "beginning", "start"]) && self.is(i + 1, "of") {
            (i + 2, part(t.text))
        } else {
            return None;
        };
        if !self.joined(j) {
            return None;
        }
        let n = self.tok(j)?;
        if let Some(m) = lexicon::month(n).filter(|m| !m.abbreviated) {
            let year = self.year_at(j + 1, false);
            return Some((
                j + 1 + usize::from(year.is_some()),
                Kind::Month {
                    year,
                    month: m.month,
                    rel: None,
                    year_offset: None,
                },
            ));
        }
        if let Some(y) = self.year_at(j, false) {
            return Some((j + 1, Kind::Year { year: y }));
        }
        if let Some(y) = decade_of(n.text) {
            return Some((j + 1, Kind::Decade { year: y }));
        }
        // "late last year", "by the end of the month", "early next week".
        let offset = if n.is("last") {
            -1
        } else if n.is("next") {
            1
        } else if n.is_any(&["this", "the"]) {
            0
        } else {
            return None;
        };
        let unit = match lexicon::unit(self.tok(j + 1)?)? {
            u @ (Unit::Week | Unit::Month | Unit::Year)
                if !self.tok(j + 1)?.text.ends_with('s') =>
            {
                u
            }
            _ => return None,
        };
        if n.is("the") {
            return Some((j + 2, Kind::ThePeriod { unit, later: late }));
        }
        Some((
            j + 2,
            Kind::Period {
                unit,
                offset,
                later: if offset == 0 { late } else { None },
            },
        ))
    }

    /// "last October", "next March", "this June".
    pub(super) fn rel_month(&self, i: usize) -> Match {
        let rel = rel_word(self.tok(i)?)?;
        if !self.joined(i + 1) {
            return None;
        }
        let m = lexicon::month(self.tok(i + 1)?).filter(|m| !m.abbreviated)?;
        if self.tok(i + 2).is_some_and(|t| t.day_of_month().is_some()) && self.joined(i + 2) {
            return None;
        }
        Some((
            i + 2,
            Kind::Month {
                year: None,
                month: m.month,
                rel: Some(rel),
                year_offset: None,
            },
        ))
    }

    /// A month name alone: "in December", "the November border agreement". "May" and
    /// "March" need a preposition before them ("in May", never "Theresa May").
    pub(super) fn bare_month(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        let MonthName {
            month,
            abbreviated,
            ambiguous,
        } = lexicon::month(t)?;
        if abbreviated {
            return None;
        }
        let prev = self.prev_joined(i);
        if prev.is_some_and(|p| p.is_any(&["every", "each"])) {
            return None;
        }
        let prev_ctx = prev.is_some_and(lexicon::is_month_context);
        let next_cap = self.joined(i + 1) && self.tok(i + 1).is_some_and(|n| n.capitalized());
        if ambiguous {
            let ok = prev_ctx && !prev.is_some_and(|p| p.is("of")) && !t.possessive && !next_cap;
            if !ok {
                return None;
            }
        } else if !prev_ctx {
            let named = prev.is_some_and(|p| p.capitalized() && i > 1) || next_cap;
            if named {
                return None;
            }
        }
        Some((
            i + 1,
            Kind::Month {
                year: None,
                month,
                rel: None,
                year_offset: None,
            },
        ))
    }

    /// "the 1990s", "1980s".
    pub(super) fn decade(&self, i: usize) -> Match {
        let j = if self.is(i, "the") && self.joined(i + 1) {
            i + 1
        } else {
            i
        };
        let y = decade_of(self.tok(j)?.text)?;
        Some((j + 1, Kind::Decade { year: y }))
    }

    /// A four-digit year, unless it is a count ("2000 km"), money ("$2019"), a clock time
    /// ("1800 UTC") or part of a name ("Directive 2000", "the Act of 1867").
    pub(super) fn year(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        if t.text.len() != 4 {
            return None;
        }
        let y = t.number()? as i32;
        let prev = self.prev_joined(i);
        let prev_prep =
            prev.is_some_and(|p| lexicon::is_preposition(p) || p.is_any(&["of", "circa", "c"]));
        if !(1000..=2100).contains(&y) || (y < 1900 && !prev_prep) {
            return None;
        }
        let before = self.gap_before(i);
        if before.ends_with(['$', '£', '€', '¥', '#', '№']) || before.trim_end().ends_with("No.")
        {
            return None;
        }
        if self
            .tok(i + 1)
            .is_some_and(|n| lexicon::is_count_noun(n) && self.joined(i + 1))
            || self.gap_before(i + 1).trim_start().starts_with(['%', ':'])
        {
            return None;
        }
        if let Some(p) = prev {
            let named = p.capitalized()
                && i > 1
                && !lexicon::is_preposition(p)
                && lexicon::month(p).is_none()
                && !p.is_any(&["the", "of"]);
            let counted = p.is_any(&[
                "page", "pages", "number", "flight", "route", "room", "code", "at", "about",
                "nearly", "almost", "over", "than", "some",
            ]);
            let act_of = p.is("of")
                && i >= 2
                && self
                    .tok(i - 2)
                    .is_some_and(|pp| pp.capitalized() && lexicon::month(pp).is_none())
                && i - 2 > 0;
            if named || counted || act_of {
                return None;
            }
        }
        Some((i + 1, Kind::Year { year: y }))
    }

    /// "on Tuesday", "Tuesday's meeting", "late Sunday", "last Friday", "Monday night".
    /// A weekday inside a name is not a date: "Black Friday", "the Sunday Times".
    pub(super) fn weekday(&self, i: usize) -> Match {
        let mut j = i;
        let led = self.is_any(j, &["late", "early"]);
        if led {
            j += 1;
        }
        let mut rel = None;
        if let Some(r) = self.tok(j).and_then(rel_word) {
            rel = Some(r);
            j += 1;
            if self.is(j, "coming") {
                rel = Some(Rel::Next);
                j += 1;
            }
        } else if self.is(j, "coming") {
            rel = Some(Rel::Next);
            j += 1;
        }
        if j > i && !self.joined(j) {
            return None;
        }
        let t = self.tok(j)?;
        let day = lexicon::weekday(t)?;
        if rel.is_none() && !led {
            let prev = self.prev_joined(i);
            let prev_ok = prev.is_some_and(|p| {
                lexicon::is_preposition(p)
                    || p.is_any(&[
                        "late", "early", "later", "earlier", "also", "and", "or", "the", "a",
                    ])
            });
            if prev.is_some_and(|p| p.capitalized() && !prev_ok) {
                return None;
            }
            // "on a Monday", "every Friday": no particular day.
            if i > 0 && self.is_any(i - 1, &["a", "every", "each", "any"]) {
                return None;
            }
            if prev.is_some_and(|p| p.is("on")) && i >= 2 && self.is(i - 2, "Mail") {
                return None;
            }
            let next_cap = !t.possessive
                && self.joined(j + 1)
                && self.tok(j + 1).is_some_and(|n| n.capitalized());
            let prep = prev.is_some_and(|p| {
                lexicon::is_preposition(p) || p.is_any(&["late", "early", "later", "earlier"])
            });
            if next_cap && !prep {
                return None;
            }
        }
        let mut end = j + 1;
        // "on Saturday nights", "on Sunday mornings": every week, no particular day.
        if self.joined(end)
            && self.tok(end).is_some_and(|n| {
                n.is_any(&["nights", "mornings", "evenings", "afternoons", "nites"])
            })
        {
            return None;
        }
        if !t.possessive && self.joined(end) && self.tok(end).is_some_and(lexicon::is_time_of_day) {
            end += 1;
        }
        Some((
            end,
            Kind::Weekday {
                day,
                rel,
                week_offset: None,
            },
        ))
    }
}

/// "1990s" → 1990.
fn decade_of(text: &str) -> Option<i32> {
    let digits = text.strip_suffix('s')?;
    if digits.len() != 4 || !digits.ends_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = digits.parse().ok()?;
    (1000..=2100).contains(&y).then_some(y)
}
