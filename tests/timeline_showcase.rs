//! The customer's showcase: `briefing generate tests/fixtures/summit-talks.txt --date
//! 2025-08-20 --format json` must date every event the article mentions, from general
//! rules (tense, weekdays, "a day later" from the event before, vague spans).

use std::process::Command;

use serde_json::Value;

fn timeline() -> (Vec<Value>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args([
            "generate",
            "tests/fixtures/summit-talks.txt",
            "--date",
            "2025-08-20",
            "--format",
            "json",
            "--generated-at",
            "2026-01-01T00:00:00Z",
        ])
        .output()
        .expect("the briefing binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let brief: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let text = brief["text"].as_str().expect("text").to_string();
    (
        brief["timeline"].as_array().expect("timeline").clone(),
        text,
    )
}

/// The event whose text contains `words`.
fn event<'a>(events: &'a [Value], words: &str) -> &'a Value {
    events
        .iter()
        .find(|e| e["text"].as_str().is_some_and(|t| t.contains(words)))
        .unwrap_or_else(|| panic!("no event with {words:?} in {events:#?}"))
}

fn check(e: &Value, date: Option<&str>, precision: &str, upcoming: bool) {
    assert_eq!(e["date"].as_str(), date, "{e:#}");
    assert_eq!(e["precision"], precision, "{e:#}");
    assert_eq!(e["upcoming"], upcoming, "{e:#}");
}

#[test]
fn showcase_events_are_dated() {
    let (events, _) = timeline();
    check(
        event(&events, "last met in 2019"),
        Some("2019-01-01"),
        "year",
        false,
    );
    let alaska = event(&events, "Alaska");
    check(alaska, Some("2025-08-11"), "week", false);
    assert_eq!(alaska["when"], "last week");
    check(
        event(&events, "Trump hosted Zelensky"),
        Some("2025-08-18"),
        "day",
        false,
    );
    check(
        event(&events, "he said on Tuesday"),
        Some("2025-08-19"),
        "day",
        false,
    );
    let lavrov = event(&events, "Lavrov softened");
    check(lavrov, Some("2025-08-19"), "day", false);
    assert_eq!(lavrov["when"], "A day later");
    check(
        event(&events, "After a virtual meeting on Tuesday"),
        Some("2025-08-19"),
        "day",
        false,
    );
    // Same day as the article: not upcoming.
    check(
        event(&events, "Nato’s chiefs will hold"),
        Some("2025-08-20"),
        "day",
        false,
    );
    let coming = event(&events, "in the coming days");
    check(coming, None, "vague", true);
}

#[test]
fn showcase_timeline_is_in_date_order_with_vague_upcoming_last() {
    let (events, _) = timeline();
    let dates: Vec<&str> = events.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let last = events.last().expect("events");
    assert_eq!(last["when"], "in the coming days");
}

#[test]
fn showcase_events_quote_the_article() {
    let (events, text) = timeline();
    for e in &events {
        let t = e["text"].as_str().expect("text");
        let when = e["when"].as_str().expect("when");
        assert!(text.contains(t), "not in the article: {t:?}");
        assert!(t.contains(when), "{when:?} not in {t:?}");
        assert_eq!(e["sources"].as_array().map(Vec::len), Some(1));
    }
}
