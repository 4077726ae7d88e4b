//! Timelines of real Wikinews articles: their weekdays and relative dates resolve to the
//! dates the events happened (tests/fixtures/dates/wikinews.tsv).

use std::path::{Path, PathBuf};

use briefing::article::{self, Input, LoadOptions};
use briefing::brief::{Precision, TimelineEvent};
use briefing::extract::timeline;
use chrono::NaiveDate;

fn fixture(prefix: &str) -> PathBuf {
    let dir = Path::new("tests/fixtures/articles");
    std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no fixture {prefix}"))
}

/// The article's timeline, dated by its date line (line 2) whatever the text parser makes
/// of the title above it.
fn events(prefix: &str) -> Vec<TimelineEvent> {
    let path = fixture(prefix);
    let raw = std::fs::read_to_string(&path).expect("readable");
    let date = raw
        .lines()
        .nth(1)
        .and_then(|l| NaiveDate::parse_from_str(l.trim(), "%Y-%m-%d").ok());
    assert!(date.is_some(), "{} has no date line", path.display());
    let a = article::load(&Input::Path(path), &LoadOptions { title: None, date }).expect("loads");
    timeline::extract(&a)
}

fn precision(s: &str) -> Precision {
    match s {
        "day" => Precision::Day,
        "week" => Precision::Week,
        "month" => Precision::Month,
        "year" => Precision::Year,
        _ => Precision::Vague,
    }
}

#[test]
fn wikinews_events_resolve_to_real_dates() {
    let data = include_str!("fixtures/dates/wikinews.tsv");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        cases += 1;
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 6, "line {} needs 6 fields", n + 1);
        let evs = events(f[0]);
        if let Some(absent) = f[1].strip_prefix('!') {
            if let Some(e) = evs
                .iter()
                .find(|e| e.when.contains(absent) && e.text.contains(f[2]))
            {
                failures.push(format!("line {}: unexpected {e:?}", n + 1));
            }
            continue;
        }
        let Some(e) = evs.iter().find(|e| e.when == f[1] && e.text.contains(f[2])) else {
            let got: Vec<_> = evs.iter().map(|e| (&e.when, e.date)).collect();
            failures.push(format!(
                "line {}: no {:?} with {:?}; got {got:?}",
                n + 1,
                f[1],
                f[2]
            ));
            continue;
        };
        let want = (
            NaiveDate::parse_from_str(f[3], "%Y-%m-%d").ok(),
            precision(f[4]),
            f[5] == "yes",
        );
        if (e.date, e.precision, e.upcoming) != want {
            failures.push(format!(
                "line {}: {:?} → {:?}, expected {want:?}",
                n + 1,
                f[1],
                (e.date, e.precision, e.upcoming)
            ));
        }
    }
    assert!(cases >= 30, "only {cases} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every event quotes its sentence and cites it; dated events come in date order.
#[test]
fn wikinews_events_are_faithful_and_ordered() {
    for n in [
        1, 3, 4, 5, 7, 8, 10, 11, 13, 14, 15, 16, 17, 19, 20, 22, 23, 24, 26, 27, 28, 29, 30,
    ] {
        let prefix = format!("wn{n:02}");
        let path = fixture(&prefix);
        let a = article::load(&Input::Path(path), &LoadOptions::default()).expect("loads");
        for e in timeline::extract(&a) {
            let s = a.sentence_text(e.sources[0]);
            assert!(s.contains(&e.text), "{prefix}: {:?} not in {s:?}", e.text);
            assert!(
                e.text.contains(&e.when),
                "{prefix}: {:?} not in {:?}",
                e.when,
                e.text
            );
        }
        let evs = events(&prefix);
        let dated: Vec<_> = evs.iter().filter_map(|e| e.date).collect();
        assert!(
            dated.windows(2).all(|w| w[0] <= w[1]),
            "{prefix}: {dated:?}"
        );
    }
}
