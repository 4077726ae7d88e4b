//! Forms counted from the article's date or from the event before: yesterday, tonight,
//! last week, earlier this year, two weeks ago, in three days, a day later, the next day,
//! in the coming days, next spring.

use super::{Cursor, Kind, Match, Rel};
use crate::extract::timeline::lexicon::{self, Unit};

impl Cursor<'_> {
    /// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
    /// "the day before yesterday". "Today" meaning "nowadays" is not a date.
    pub(super) fn day_word(&self, i: usize) -> Match {
        let t = self.tok(i)?;
        if t.is("the") && self.is(i + 1, "day") && self.is_any(i + 2, &["before", "after"]) {
            let (n, word) = if self.is(i + 2, "before") {
                (-2, "yesterday")
            } else {
                (2, "tomorrow")
            };
            return self
                .is(i + 3, word)
                .then_some((i + 4, Kind::Day { offset: n }));
        }
        if t.is("last")
            && self.is(i + 1, "night")
            && !self.prev_joined(i).is_some_and(|p| p.is_any(&["the", "a"]))
        {
            return Some((i + 2, Kind::Day { offset: -1 }));
        }
        if t.is("this") && self.is_any(i + 1, &["morning", "afternoon", "evening"]) {
            return Some((i + 2, Kind::Day { offset: 0 }));
        }
        let (start, word) = if t.is_any(&["earlier", "later"]) && self.is(i + 1, "today") {
            (i + 1, self.tok(i + 1)?)
        } else {
            (i, t)
        };
        let offset = if word.is("yesterday") {
            -1
        } else if word.is_any(&["today", "tonight"]) {
            0
        } else if word.is("tomorrow") {
            1
        } else {
            return None;
        };
        // Mid-sentence capitals are names: "USA Today", "the Today programme".
        if word.capitalized() && start > 0 {
            return None;
        }
        if word.possessive {
            let dated =
                self.joined(start + 1) && self.tok(start + 1).is_some_and(lexicon::is_event_noun);
            if !dated {
                return None;
            }
        }
        if let Some(p) = self.prev_joined(start) {
            let nowadays = word.is("today")
                && p.is_any(&[
                    "world",
                    "society",
                    "people",
                    "even",
                    "still",
                    "youth",
                    "generation",
                    "children",
                    "country",
                    "nation",
                    "politics",
                    "until",
                    "till",
                    "life",
                    "business",
                    "media",
                ])
                || (word.is("today") && p.capitalized() && start > 1 && p.text != "And")
                || (p.is("of") && !(start >= 2 && self.is(start - 2, "as")));
            if nowadays {
                return None;
            }
        }
        let mut end = start + 1;
        if !word.possessive
            && self.joined(end)
            && self.tok(end).is_some_and(lexicon::is_time_of_day)
        {
            end += 1;
        }
        Some((end, Kind::Day { offset }))
    }

    /// "last week", "this year", "next month", "earlier this year", "later this month",
    /// "next weekend". Not "the last week" (a duration).
    pub(super) fn period(&self, i: usize) -> Match {
        let mut j = i;
        let mut later = None;
        if self.is_any(j, &["earlier", "later"]) && self.is(j + 1, "this") {
            later = Some(self.is(j, "later"));
            j += 1;
        }
        let offset = if self.is(j, "last") {
            -1
        } else if self.is(j, "this") {
            0
        } else if self.is(j, "next") {
            1
        } else {
            return None;
        };
        if self
            .prev_joined(i)
            .is_some_and(|p| p.is_any(&["the", "a", "that", "every", "each"]))
            || !self.joined(j + 1)
        {
            return None;
        }
        let u = self.tok(j + 1)?;
        if u.capitalized() && i > 0 {
            // ABC's "This Week", "Next Year" as a title.
            return None;
        }
        if u.is("weekend") {
            return Some((j + 2, Kind::Weekend { offset }));
        }
        if u.text.ends_with('s') {
            return None;
        }
        let unit = match lexicon::unit(u)? {
            Unit::Day => return None,
            unit => unit,
        };
        Some((
            j + 2,
            Kind::Period {
                unit,
                offset,
                later,
            },
        ))
    }

    /// "two weeks ago", "in three days", "in two years’ time", "a month from now".
    pub(super) fn shift(&self, i: usize) -> Match {
        let forward = self.is(i, "in");
        let (n, j) = self.count_at(if forward { i + 1 } else { i })?;
        let u = self.tok(j)?;
        if !u.is_any(&[
            "day", "days", "week", "weeks", "month", "months", "year", "years",
        ]) {
            return None;
        }
        let unit = lexicon::unit(u)?;
        if forward {
            if self.is(j + 1, "of") {
                // "in two days of talks" is a duration.
                return None;
            }
            let end = if self.is(j + 1, "time") { j + 2 } else { j + 1 };
            return Some((end, Kind::Shift { n, unit }));
        }
        if self.is(j + 1, "ago") {
            return Some((j + 2, Kind::Shift { n: -n, unit }));
        }
        if self.is(j + 1, "from") && self.is(j + 2, "now") {
            return Some((j + 3, Kind::Shift { n, unit }));
        }
        None
    }

    /// "a day later", "three days earlier", "the next day", "the previous day",
    /// "the following week", "later that day", "the same day".
    pub(super) fn anaphor(&self, i: usize) -> Match {
        if self.is(i, "the") {
            let n = if self.is_any(i + 1, &["next", "following"]) {
                1
            } else if self.is_any(i + 1, &["previous", "preceding"]) {
                -1
            } else if self.is(i + 1, "same") {
                0
            } else if self.is(i + 1, "day")
                && self.is_any(i + 2, &["before", "after"])
                && self.phrase_ends_before(i + 3)
            {
                let n = if self.is(i + 2, "before") { -1 } else { 1 };
                return Some((
                    i + 3,
                    Kind::Anaphor {
                        n,
                        unit: Unit::Day,
                        span: false,
                    },
                ));
            } else {
                return None;
            };
            let u = self.tok(i + 2)?;
            if u.text.ends_with('s') {
                return None;
            }
            let unit = lexicon::unit(u)?;
            return Some((
                i + 3,
                Kind::Anaphor {
                    n,
                    unit,
                    span: unit != Unit::Day,
                },
            ));
        }
        if self.is_any(i, &["later", "earlier"]) && self.is(i + 1, "that") {
            let u = self.tok(i + 2)?;
            let unit = lexicon::unit(u).filter(|_| !u.text.ends_with('s'))?;
            return Some((
                i + 3,
                Kind::Anaphor {
                    n: 0,
                    unit,
                    span: unit != Unit::Day,
                },
            ));
        }
        let (n, j) = self.count_at(i)?;
        let u = self.tok(j)?;
        if !u.is_any(&[
            "day", "days", "week", "weeks", "month", "months", "year", "years",
        ]) {
            return None;
        }
        let unit = lexicon::unit(u)?;
        let sign = if self.is_any(j + 1, &["later", "after"]) {
            1
        } else if self.is_any(j + 1, &["earlier", "before", "prior"]) {
            -1
        } else {
            return None;
        };
        // "two weeks before the deadline" counts from something named, not the last date.
        if self.is_any(j + 1, &["after", "before", "prior"])
            && !self.phrase_ends_before(j + 2)
            && !self.is(j + 2, "on")
        {
            return None;
        }
        Some((
            j + 2,
            Kind::Anaphor {
                n: sign * n,
                unit,
                span: false,
            },
        ))
    }

    /// "in the coming days", "over the next few weeks", "in the next couple of weeks",
    /// "within ten days", "in the weeks ahead", "in the near future".
    pub(super) fn upcoming(&self, i: usize) -> Match {
        let mut j = i;
        let lead = self.is_any(j, &["in", "over", "within", "during"]);
        if lead {
            j += 1;
        }
        let within = self.is(i, "within");
        let plural = |k: usize| {
            self.tok(k)
                .is_some_and(|u| u.is_any(&["days", "weeks", "months", "years", "hours"]))
        };
        if self.is(j, "the") {
            if self.is(j + 1, "coming") && plural(j + 2) {
                return Some((j + 3, Kind::Upcoming));
            }
            if self.is(j + 1, "near") && self.is(j + 2, "future") {
                return Some((j + 3, Kind::Upcoming));
            }
            if plural(j + 1) && self.is(j + 2, "ahead") {
                return Some((j + 3, Kind::Upcoming));
            }
            if self.is(j + 1, "next") {
                let k = j + 2;
                if plural(k) {
                    return Some((k + 1, Kind::Upcoming));
                }
                if self.is_any(k, &["few", "several"]) && plural(k + 1) {
                    return Some((k + 2, Kind::Upcoming));
                }
                if self.is(k, "couple") && self.is(k + 1, "of") && plural(k + 2) {
                    return Some((k + 3, Kind::Upcoming));
                }
                if let Some((_, k2)) = self.count_at(k).filter(|(n, _)| *n > 1) {
                    if plural(k2) {
                        return Some((k2 + 1, Kind::Upcoming));
                    }
                }
            }
            return None;
        }
        if lead && self.is(j, "coming") && plural(j + 1) {
            return Some((j + 2, Kind::Upcoming));
        }
        if within {
            // "within hours of the quake" counts from an event, not from now.
            let end = if plural(j) {
                j + 1
            } else {
                let (_, k) = self.count_at(j)?;
                if self.tok(k).and_then(lexicon::unit).is_none() && !plural(k) {
                    return None;
                }
                k + 1
            };
            return (!self.is(end, "of")).then_some((end, Kind::Upcoming));
        }
        None
    }

    /// "next spring", "this summer", "last winter", "spring 2026", "the summer of 2019",
    /// "in the autumn". "The fall of Kabul" is not a season.
    pub(super) fn season(&self, i: usize) -> Match {
        let mut j = i;
        let mut rel = None;
        let mut the = false;
        if self.is(j, "last") {
            rel = Some(Rel::Last);
        } else if self.is(j, "next") {
            rel = Some(Rel::Next);
        } else if self.is(j, "this") {
            rel = Some(Rel::This);
        } else if self.is(j, "the") {
            the = true;
        }
        if rel.is_some() || the {
            j += 1;
        }
        let t = self.tok(j)?;
        let season = lexicon::season(t)?;
        let (year, end) = if let Some(y) = self.year_at(j + 1, false) {
            (Some(y), j + 2)
        } else if self.is(j + 1, "of") {
            match self.year_at(j + 2, false) {
                Some(y) => (Some(y), j + 3),
                None => (None, j + 1),
            }
        } else {
            (None, j + 1)
        };
        if rel.is_none() && year.is_none() {
            let prev_in = self.prev_joined(i).is_some_and(|p| {
                p.is_any(&["in", "during", "by", "until", "since", "this", "over"])
            });
            let named = self.is(j + 1, "of");
            if !prev_in || named || t.is("fall") && !the {
                return None;
            }
        }
        Some((end, Kind::Season { season, rel, year }))
    }

    /// "the week of October 21".
    pub(super) fn week_of(&self, i: usize) -> Match {
        if !(self.is(i, "the") && self.is(i + 1, "week") && self.is(i + 2, "of")) {
            return None;
        }
        let (end, kind) = self.month_day(i + 3).or_else(|| self.day_month(i + 3))?;
        match kind {
            Kind::Date {
                year, month, day, ..
            } => Some((end, Kind::WeekOf { year, month, day })),
            _ => None,
        }
    }
}
