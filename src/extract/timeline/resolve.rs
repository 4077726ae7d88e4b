//! Resolving a date expression against the article's date, the clause's tense and the
//! date it counts from, to the start of the span it names and that span's precision.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::expressions::{Kind, Rel};
use super::lexicon::Unit;
use super::tense::{Near, Tense};
use crate::brief::Precision;

/// What a date expression is resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The article's publication date.
    pub article: Option<NaiveDate>,
    /// The day "a day later" or "the following week" counts from (see `anchor`).
    pub day_anchor: Option<NaiveDate>,
    /// The date "a year later" counts from, and the last narrated date of any precision
    /// ("by the end of the week he had quit").
    pub anchor: Option<NaiveDate>,
    /// The nearest tense cue.
    pub tense: Option<Near>,
    /// "since May": the date is behind, whatever the tense.
    pub since: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub date: Option<NaiveDate>,
    pub precision: Precision,
    pub upcoming: bool,
}

/// Which way a date without a year (or a bare weekday) goes from the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Back,
    Forward,
    Nearest,
}

/// Tense decides for a month or a day of the year only when its cue is close; a far
/// "said" says little about "by October 31", the nearest occurrence says more.
pub(super) const TENSE_REACH: usize = 8;

impl Context {
    fn future(&self) -> bool {
        self.tense.is_some_and(|n| n.tense == Tense::Future)
    }

    fn strong_future(&self) -> bool {
        self.tense
            .is_some_and(|n| n.tense == Tense::Future && !n.weak)
    }

    fn direction(&self) -> Direction {
        if self.since {
            return Direction::Back;
        }
        match self.tense {
            Some(n) if n.distance <= TENSE_REACH && !n.weak && n.tense == Tense::Future => {
                Direction::Forward
            }
            Some(n) if n.distance <= TENSE_REACH && !n.weak => Direction::Back,
            _ => Direction::Nearest,
        }
    }
}

pub fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn first_of_month(d: NaiveDate) -> Option<NaiveDate> {
    ymd(d.year(), d.month(), 1)
}

/// The start of the span of `precision` that holds `d`.
fn span_start(d: NaiveDate, precision: Precision) -> Option<NaiveDate> {
    match precision {
        Precision::Day | Precision::Vague => Some(d),
        Precision::Week => Some(monday_of(d)),
        Precision::Month => first_of_month(d),
        Precision::Year => ymd(d.year(), 1, 1),
    }
}

/// Of the candidates, the one the direction picks relative to `a`.
fn pick(candidates: &[NaiveDate], a: NaiveDate, dir: Direction) -> Option<NaiveDate> {
    let back = candidates.iter().copied().filter(|&c| c <= a).max();
    let fwd = candidates.iter().copied().filter(|&c| c >= a).min();
    match dir {
        Direction::Back => back.or(fwd),
        Direction::Forward => fwd.or(back),
        Direction::Nearest => match (back, fwd) {
            (Some(b), Some(f)) => Some(if (f - a) < (a - b) { f } else { b }),
            (b, f) => b.or(f),
        },
    }
}

fn weekday_date(
    a: NaiveDate,
    day: Weekday,
    rel: Option<Rel>,
    week_offset: Option<i32>,
    cx: &Context,
) -> Option<NaiveDate> {
    let into_week = i64::from(day.num_days_from_monday());
    let week = |offset: i64| add_days(monday_of(a), 7 * offset + into_week);
    if let Some(off) = week_offset {
        return week(i64::from(off));
    }
    match rel {
        // "Last Friday" is the previous week's, "next Monday" the coming week's.
        Some(Rel::Last) => week(-1),
        Some(Rel::Next) => week(1),
        Some(Rel::This) => {
            let d = week(0)?;
            if d < a && cx.future() {
                week(1)
            } else {
                Some(d)
            }
        }
        None => {
            let today = i64::from(a.weekday().num_days_from_monday());
            if cx.future() {
                add_days(a, (into_week - today).rem_euclid(7))
            } else {
                add_days(a, -(today - into_week).rem_euclid(7))
            }
        }
    }
}

/// The Saturday of the weekend meant. "This weekend" on a Monday is the one just past
/// unless the clause points ahead; on a Thursday it is the coming one.
fn weekend_date(a: NaiveDate, offset: i32, cx: &Context) -> Option<NaiveDate> {
    let this_sat = add_days(monday_of(a), 5)?;
    let in_weekend = matches!(a.weekday(), Weekday::Sat | Weekday::Sun);
    let early_week = matches!(a.weekday(), Weekday::Mon | Weekday::Tue | Weekday::Wed);
    match offset {
        0 if in_weekend => Some(this_sat),
        0 => match cx.tense.map(|n| n.tense) {
            Some(Tense::Future) => Some(this_sat),
            Some(Tense::Past) => add_days(this_sat, -7),
            None if early_week => add_days(this_sat, -7),
            None => Some(this_sat),
        },
        o if o < 0 => add_days(this_sat, -7),
        _ if in_weekend => add_days(this_sat, 7),
        _ => Some(this_sat),
    }
}

fn season_start(season: u32, year: i32) -> Option<NaiveDate> {
    ymd(year, 3 + 3 * season, 1)
}

fn season_date(
    a: NaiveDate,
    season: u32,
    rel: Option<Rel>,
    year: Option<i32>,
    cx: &Context,
) -> Option<NaiveDate> {
    if let Some(y) = year {
        return season_start(season, y);
    }
    let starts: Vec<NaiveDate> = (a.year() - 2..=a.year() + 1)
        .filter_map(|y| season_start(season, y))
        .collect();
    let containing = starts
        .iter()
        .copied()
        .find(|&s| s <= a && add_months(s, 3).is_some_and(|e| a < e));
    match rel {
        Some(Rel::Next) => starts.iter().copied().find(|&s| s > a),
        Some(Rel::Last) => starts
            .iter()
            .copied()
            .filter(|&s| add_months(s, 3).is_some_and(|e| e <= a))
            .max(),
        Some(Rel::This) => containing.or_else(|| pick(&starts, a, Direction::Nearest)),
        None => containing.or_else(|| pick(&starts, a, cx.direction())),
    }
}

/// The date and precision of an expression, or `None` for the date when it cannot be
/// placed (no article date, no previous event).
fn place(kind: Kind, cx: &Context) -> (Option<NaiveDate>, Precision) {
    use Precision as P;
    let a = cx.article;
    match kind {
        Kind::Date {
            year: Some(y),
            month,
            day,
            ..
        } => (ymd(y, month, day), P::Day),
        Kind::Date {
            year: None,
            month,
            day,
            year_offset,
        } => {
            let date = a.and_then(|a| match year_offset {
                Some(off) => ymd(a.year() + off, month, day),
                None => {
                    let c: Vec<_> = (a.year() - 1..=a.year() + 1)
                        .filter_map(|y| ymd(y, month, day))
                        .collect();
                    pick(&c, a, cx.direction())
                }
            });
            (date, P::Day)
        }
        Kind::Month {
            year: Some(y),
            month,
            ..
        } => (ymd(y, month, 1), P::Month),
        Kind::Month {
            year: None,
            month,
            rel,
            year_offset,
        } => {
            let date = a.and_then(|a| {
                let this = first_of_month(a)?;
                let c: Vec<_> = (a.year() - 1..=a.year() + 1)
                    .filter_map(|y| ymd(y, month, 1))
                    .collect();
                match (year_offset, rel) {
                    (Some(off), _) => ymd(a.year() + off, month, 1),
                    (None, Some(Rel::Last)) => c.iter().copied().filter(|&d| d < this).max(),
                    (None, Some(Rel::Next)) => c.iter().copied().find(|&d| d > this),
                    (None, Some(Rel::This)) => ymd(a.year(), month, 1),
                    (None, None) => pick(&c, this, cx.direction()),
                }
            });
            (date, P::Month)
        }
        Kind::Year { year } => (ymd(year, 1, 1), P::Year),
        Kind::Decade { year } => (ymd(year, 1, 1), P::Vague),
        Kind::Weekday {
            day,
            rel,
            week_offset,
        } => (
            a.and_then(|a| weekday_date(a, day, rel, week_offset, cx)),
            P::Day,
        ),
        Kind::Day { offset } => (a.and_then(|a| add_days(a, offset)), P::Day),
        Kind::ThePeriod { unit, .. } => {
            let narrated = matches!(cx.tense, Some(n) if n.tense == Tense::Past && !n.weak && n.distance <= TENSE_REACH);
            let from = if narrated { cx.anchor } else { a };
            let date = from.and_then(|d| match unit {
                Unit::Week => Some(monday_of(d)),
                Unit::Month => first_of_month(d),
                Unit::Year | Unit::Day => ymd(d.year(), 1, 1),
            });
            let p = match unit {
                Unit::Week => P::Week,
                Unit::Month => P::Month,
                Unit::Year | Unit::Day => P::Year,
            };
            (date, p)
        }
        Kind::Period { unit, offset, .. } => {
            let off = i64::from(offset);
            match unit {
                Unit::Week => (a.and_then(|a| add_days(monday_of(a), 7 * off)), P::Week),
                Unit::Month => (
                    a.and_then(first_of_month).and_then(|m| add_months(m, off)),
                    P::Month,
                ),
                Unit::Year | Unit::Day => (a.and_then(|a| ymd(a.year() + offset, 1, 1)), P::Year),
            }
        }
        Kind::Weekend { offset } => (a.and_then(|a| weekend_date(a, offset, cx)), P::Vague),
        Kind::Shift { n, unit } => shifted(a, n, unit, false),
        Kind::Anaphor { n, unit, span } => {
            let from = if matches!(unit, Unit::Day | Unit::Week) {
                cx.day_anchor
            } else {
                cx.anchor
            };
            shifted(from, n, unit, span)
        }
        Kind::Season { season, rel, year } => (
            match year {
                Some(y) => season_start(season, y),
                None => a.and_then(|a| season_date(a, season, rel, None, cx)),
            },
            P::Vague,
        ),
        Kind::Upcoming => (None, P::Vague),
        Kind::WeekOf { year, month, day } => {
            let date = match year {
                Some(y) => ymd(y, month, day),
                None => a.and_then(|a| {
                    let c: Vec<_> = (a.year() - 1..=a.year() + 1)
                        .filter_map(|y| ymd(y, month, day))
                        .collect();
                    pick(&c, a, cx.direction())
                }),
            };
            (date.map(monday_of), P::Week)
        }
    }
}

/// `from` moved by `n` units; weeks, months and years keep their coarser precision
/// ("two weeks ago" is a week, not a day) unless the count is of days.
fn shifted(
    from: Option<NaiveDate>,
    n: i64,
    unit: Unit,
    span: bool,
) -> (Option<NaiveDate>, Precision) {
    let Some(from) = from else {
        let p = match unit {
            Unit::Day => Precision::Day,
            Unit::Week => Precision::Week,
            Unit::Month => Precision::Month,
            Unit::Year => Precision::Year,
        };
        return (None, p);
    };
    match unit {
        Unit::Day => (add_days(from, n), Precision::Day),
        Unit::Week if span => (add_days(monday_of(from), 7 * n), Precision::Week),
        Unit::Week => (add_days(from, 7 * n), Precision::Week),
        Unit::Month => (
            add_months(from, n).and_then(first_of_month),
            Precision::Month,
        ),
        Unit::Year => (
            ymd(from.year() + i32::try_from(n).unwrap_or(0), 1, 1),
            Precision::Year,
        ),
    }
}

/// Whether the expression points ahead of the article by its words alone, for articles
/// without a date.
fn ahead_by_words(kind: Kind) -> bool {
    match kind {
        Kind::Day { offset } => offset > 0,
        Kind::Period { offset, later, .. } => offset > 0 || later == Some(true),
        Kind::ThePeriod { later, .. } => later == Some(true),
        Kind::Weekend { offset } => offset > 0,
        Kind::Shift { n, .. } => n > 0,
        Kind::Weekday { rel, .. } | Kind::Season { rel, .. } | Kind::Month { rel, .. } => {
            rel == Some(Rel::Next)
        }
        Kind::Upcoming => true,
        _ => false,
    }
}

pub fn resolve(kind: Kind, cx: &Context) -> Resolved {
    let (date, precision) = place(kind, cx);
    // A week expression resolved to a day ("a week later") is a point in time.
    let (date, precision) = match (kind, date, precision) {
        (
            Kind::Anaphor {
                span: false,
                unit: Unit::Week,
                ..
            },
            d,
            _,
        ) => (d, Precision::Day),
        (_, d, Precision::Week) => (d.map(monday_of), Precision::Week),
        other => (other.1, other.2),
    };
    let later = match kind {
        Kind::Period { later, .. } | Kind::ThePeriod { later, .. } => later,
        _ => None,
    };
    let upcoming = match (date, cx.article) {
        (Some(d), Some(a)) => {
            let here = span_start(a, precision);
            match here {
                Some(h) if d > h => true,
                Some(h) if d == h && precision != Precision::Day => {
                    later == Some(true)
                        || (cx.strong_future() && later.is_none() && precision != Precision::Vague)
                }
                _ => false,
            }
        }
        _ => ahead_by_words(kind) || (date.is_none() && cx.future()),
    };
    Resolved {
        date,
        precision,
        upcoming,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(article: &str, tense: Option<Tense>) -> Context {
        Context {
            article: Some(d(article)),
            tense: tense.map(|tense| Near {
                tense,
                distance: 1,
                weak: false,
            }),
            ..Context::default()
        }
    }

    #[test]
    fn bare_weekday_follows_tense() {
        let wed = "2025-08-20";
        let mon = Kind::Weekday {
            day: Weekday::Mon,
            rel: None,
            week_offset: None,
        };
        let same = Kind::Weekday {
            day: Weekday::Wed,
            rel: None,
            week_offset: None,
        };
        assert_eq!(
            resolve(mon, &at(wed, Some(Tense::Past))).date,
            Some(d("2025-08-18"))
        );
        assert_eq!(
            resolve(mon, &at(wed, Some(Tense::Future))).date,
            Some(d("2025-08-25"))
        );
        let r = resolve(same, &at(wed, Some(Tense::Future)));
        assert_eq!((r.date, r.upcoming), (Some(d(wed)), false));
    }

    #[test]
    fn last_week_is_the_monday_of_the_week_before() {
        let k = Kind::Period {
            unit: Unit::Week,
            offset: -1,
            later: None,
        };
        let r = resolve(k, &at("2025-08-20", Some(Tense::Past)));
        assert_eq!(
            (r.date, r.precision),
            (Some(d("2025-08-11")), Precision::Week)
        );
    }

    #[test]
    fn day_of_year_without_year_goes_to_the_nearest_occurrence() {
        let k = Kind::Date {
            year: None,
            month: 10,
            day: 31,
            year_offset: None,
        };
        assert_eq!(
            resolve(k, &at("2019-08-29", None)).date,
            Some(d("2019-10-31"))
        );
        let k = Kind::Date {
            year: None,
            month: 11,
            day: 27,
            year_offset: None,
        };
        assert_eq!(
            resolve(k, &at("2020-01-10", None)).date,
            Some(d("2019-11-27"))
        );
    }
}
