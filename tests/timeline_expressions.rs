//! Every line of tests/fixtures/dates/expressions.tsv and anchors.tsv: a short text, its
//! article date, and the one timeline event a date expression in it must produce (or none
//! at all).

use briefing::article::{Article, BlockKind, Metadata, Paragraph, Sentence};
use briefing::brief::{Precision, TimelineEvent};
use briefing::extract::timeline;
use chrono::NaiveDate;

/// An article whose sentences are exactly the given ones, so the case does not depend on
/// the sentence splitter.
fn article(date: Option<NaiveDate>, sentences: &[&str]) -> Article {
    let text = sentences.join(" ");
    let mut spans = Vec::new();
    let mut at = 0;
    for s in sentences {
        spans.push(Sentence {
            start: at,
            end: at + s.len(),
            paragraph: 0,
        });
        at += s.len() + 1;
    }
    Article {
        metadata: Metadata {
            published: date,
            ..Metadata::default()
        },
        paragraphs: vec![Paragraph {
            start: 0,
            end: text.len(),
            kind: BlockKind::Paragraph,
        }],
        text,
        sentences: spans,
    }
}

fn precision(s: &str) -> Option<Precision> {
    Some(match s {
        "day" => Precision::Day,
        "week" => Precision::Week,
        "month" => Precision::Month,
        "year" => Precision::Year,
        "vague" => Precision::Vague,
        _ => return None,
    })
}

fn describe(events: &[TimelineEvent]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "[{:?} {:?} {:?} up={}]",
                e.when, e.date, e.precision, e.upcoming
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn expressions_resolve_as_listed() {
    check_cases(include_str!("fixtures/dates/expressions.tsv"), 80);
}

/// Anaphoric dates count from the right earlier date, or stay null when it is ambiguous.
#[test]
fn anaphors_count_from_the_narrated_or_referred_date() {
    check_cases(include_str!("fixtures/dates/anchors.tsv"), 10);
}

/// Every case of a TSV in the format of expressions.tsv; `min` guards against a file that
/// silently lost its cases.
fn check_cases(data: &str, min: usize) {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        cases += 1;
        let f: Vec<&str> = line.split('\t').collect();
        let date = NaiveDate::parse_from_str(f[0], "%Y-%m-%d").ok();
        let sentences: Vec<&str> = f[1].split(" || ").collect();
        let events = timeline::extract(&article(date, &sentences));
        let lineno = n + 1;
        if f[2] == "-" {
            if !events.is_empty() {
                failures.push(format!(
                    "line {lineno}: expected no event, got {}",
                    describe(&events)
                ));
            }
            continue;
        }
        assert_eq!(f.len(), 6, "line {lineno} needs 6 fields");
        let Some(e) = events.iter().find(|e| e.when == f[2]) else {
            failures.push(format!(
                "line {lineno}: no event {:?}; got {}",
                f[2],
                describe(&events)
            ));
            continue;
        };
        let want_date = NaiveDate::parse_from_str(f[3], "%Y-%m-%d").ok();
        let want_precision = precision(f[4]);
        assert!(
            want_precision.is_some(),
            "line {lineno}: bad precision {:?}",
            f[4]
        );
        let want_upcoming = f[5] == "yes";
        if e.date != want_date || Some(e.precision) != want_precision || e.upcoming != want_upcoming
        {
            failures.push(format!(
                "line {lineno}: {:?} → {:?} {:?} up={}, expected {:?} {} up={}",
                f[2], e.date, e.precision, e.upcoming, want_date, f[4], want_upcoming
            ));
        }
    }
    assert!(cases >= min, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
