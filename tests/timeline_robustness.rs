//! Any text: the timeline never panics, every event quotes its sentence and holds its
//! expression, and dated events come in date order.

use briefing::article::Article;
use briefing::extract::timeline;
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

/// Words that make date matchers fire, so random text reaches the edge cases.
const WORDS: &[&str] = &[
    "on",
    "Monday",
    "last",
    "next",
    "week",
    "year",
    "May",
    "March",
    "2019",
    "0000",
    "9999",
    "31",
    "February",
    "29",
    "30",
    "Aug.",
    "18,",
    "2025-02-30",
    "31/02/2020",
    "13/13/2020",
    "the",
    "day",
    "later",
    "earlier",
    "ago",
    "in",
    "coming",
    "days",
    "a",
    "couple",
    "of",
    "weeks",
    "mid-",
    "mid-2100",
    "1990s",
    "today's",
    "“",
    "”",
    "\"",
    ",",
    "—",
    "yesterday",
    "tomorrow",
    "will",
    "said",
    "spring",
    "next",
    "400",
    "years",
    "from",
    "now",
    "$",
    "%",
    "’s",
    "Tuesday’s",
    "late",
    "on",
    "Sunday",
    "this",
    "within",
    "ten",
    "the week of",
    "October 21",
    ".",
    "é",
    "日本",
];

fn text_from(picks: &[usize]) -> String {
    let mut out = String::new();
    for &p in picks {
        let w = WORDS[p % WORDS.len()];
        if !out.is_empty() && !matches!(w, "," | "." | "%" | "’s" | "”") {
            out.push(' ');
        }
        out.push_str(w);
        if w == "." {
            out.push('\n');
        }
    }
    out
}

proptest! {
    #[test]
    fn any_text_gives_faithful_ordered_events(
        picks in proptest::collection::vec(0usize..1000, 1..60),
        day in 0u32..20000,
        dated in any::<bool>(),
    ) {
        let text = format!("{}.", text_from(&picks));
        let Ok(mut article) = Article::from_text(&text) else { return Ok(()) };
        let date = NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(day))));
        article.metadata.published = if dated { date } else { None };
        let events = timeline::extract(&article);
        for e in &events {
            prop_assert_eq!(e.sources.len(), 1);
            let s = article.sentence_text(e.sources[0]);
            prop_assert!(s.contains(&e.text), "{:?} not in {:?}", e.text, s);
            prop_assert!(e.text.contains(&e.when), "{:?} not in {:?}", e.when, e.text);
        }
        if dated {
            let dates: Vec<_> = events.iter().filter_map(|e| e.date).collect();
            prop_assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{:?}", dates);
        }
    }
}

#[test]
fn impossible_dates_are_not_dates() {
    for s in [
        "It happened on 31/02/2020.",
        "It happened on 2025-02-30.",
        "It happened on February 30, 2021.",
        "It happened on 13/13/2020.",
    ] {
        let mut a = Article::from_text(s).expect("text");
        a.metadata.published = NaiveDate::from_ymd_opt(2025, 8, 20);
        let events = timeline::extract(&a);
        assert!(
            events
                .iter()
                .all(|e| e.date.is_none_or(|d| d.year_ce().1 < 2100)),
            "{s}: {events:?}"
        );
        assert!(
            !events
                .iter()
                .any(|e| e.precision == briefing::brief::Precision::Day && e.date.is_some()),
            "{s}: {events:?}"
        );
    }
}

/// The expressions ("when") of the timeline of `text`, published on `published`.
fn whens(text: &str, published: (i32, u32, u32)) -> Vec<String> {
    let mut a = Article::from_text(text).expect("text");
    a.metadata.published = NaiveDate::from_ymd_opt(published.0, published.1, published.2);
    timeline::extract(&a).into_iter().map(|e| e.when).collect()
}

/// Caught on PolNeAr: "… this weekend … the coalition that delivered him victories in 2008
/// and 2012" gave three entries with the same sentence, under "this weekend", 2008 and 2012.
#[test]
fn years_in_passing_do_not_repeat_a_dated_sentence() {
    let whens = whens(
        "Title\n\nThe president told voters this weekend he would consider it an insult if they stayed home, as his party struggles to rebuild the coalition that delivered him victories in 2008 and 2012.",
        (2016, 9, 19),
    );
    assert_eq!(whens, ["this weekend"]);
}

/// Caught on unseen news: "rallies in the 2008 and 2012 cycles" repeated a sentence dated
/// "this year" twice more, and "on Saturday nights" (every week) became next Saturday.
#[test]
fn years_beside_a_year_and_weekly_days_add_no_entries() {
    let whens = whens(
        "Title\n\nOur smallest rally this year was larger than 40 of 50 rallies in the 2008 and 2012 cycles. The remaining town halls are on Saturday nights, just like ours.",
        (2015, 12, 20),
    );
    assert_eq!(whens, ["this year"]);
}
