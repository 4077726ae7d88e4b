//! Regression guard: open questions against the hand-made gold in
//! tests/fixtures/gold/questions (sentences named by verbatim substrings).

use std::path::Path;

use briefing::eval::questions::run;

#[test]
fn open_questions_meet_gold_floors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (rows, total) = run(&dir).expect("gold files load and every gold substring is found");
    assert!(rows.len() >= 10, "gold covers at least 10 articles");
    // Measured 94.3% precision and 76.7% recall; floors leave room for splitter changes.
    assert!(
        total.precision() >= 0.85,
        "precision {:.3}",
        total.precision()
    );
    assert!(total.recall() >= 0.70, "recall {:.3}", total.recall());
}

#[test]
fn summit_showcase_asks_the_reader_s_questions() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/summit-talks.txt"),
    )
    .expect("showcase fixture");
    let article = briefing::Article::from_text(&text).expect("article");
    let qs = briefing::extract::questions::extract(&article);
    let all: Vec<&str> = qs.iter().map(|q| q.text.as_str()).collect();
    let has = |needle: &str| all.iter().any(|q| q.contains(needle));
    assert!(has("summit"), "whether a summit happens: {all:?}");
    assert!(has("air support"), "what air support means: {all:?}");
    assert!(
        has("rough situation"),
        "what the rough situation is: {all:?}"
    );
    assert!(
        has("how firmly") || has("How firmly"),
        "Trump's backing: {all:?}"
    );
    assert!(qs.len() <= 8 && qs.iter().all(|q| !q.sources.is_empty()));
}
