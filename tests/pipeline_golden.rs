//! Golden briefs for whole articles: each fixture article listed below, read and extracted
//! by the real pipeline, renders exactly to tests/golden/pipeline/<name>.md. These catch any
//! change in what a reader sees, from the splitter to the renderer.
//! `BLESS=1 cargo test --test pipeline_golden` rewrites them: read every diff by eye before
//! committing, as a reader of the brief would.

mod golden_support;

use std::path::Path;

use briefing::article::{self, Input, LoadOptions};
use briefing::extract::{self, Options};
use briefing::render::markdown;
use chrono::{DateTime, NaiveDate};

/// (golden name, fixture path, article date when the fixture has no date line)
const CASES: &[(&str, &str, Option<&str>)] = &[
    ("summit-talks", "tests/fixtures/summit-talks.txt", Some("2025-08-20")),
    (
        "wn20-syria-withdrawal",
        "tests/fixtures/articles/wn20-us-president-trump-announces-troop-withdrawal-from-syria.txt",
        None,
    ),
    (
        "wn27-cairo-summit",
        "tests/fixtures/articles/wn27-cairo-summit-denounces-turkish-libyan-maritime-border-agreem.txt",
        None,
    ),
    (
        "wn15-prorogation-unlawful",
        "tests/fixtures/articles/wn15-uk-supreme-court-rules-prorogation-of-parliament-unlawful.txt",
        None,
    ),
];

fn brief_markdown(path: &str, date: Option<&str>) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let opts = LoadOptions {
        title: None,
        date: date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("valid date")),
    };
    let mut article = article::load(&Input::Path(root.join(path)), &opts).expect("fixture loads");
    // The location is the checkout's absolute path: keep goldens independent of it.
    article.metadata.location = Some(path.to_string());
    let generated_at = DateTime::parse_from_rfc3339("2026-11-26T09:00:00Z")
        .expect("valid timestamp")
        .to_utc();
    let brief = extract::generate(
        &article,
        &Options {
            key_points: None,
            generated_at,
        },
    );
    markdown::render(&brief)
}

#[test]
fn whole_article_briefs_match_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/pipeline");
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|(name, path, date)| {
            let got = brief_markdown(path, *date);
            golden_support::check(name, &dir.join(format!("{name}.md")), &got)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_quote_in_a_golden_brief_is_verbatim_in_its_article() {
    // The product's promise, checked on what a reader actually gets: every position's
    // quote and content appear word for word in the article text.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (_, path, date) in CASES {
        let opts = LoadOptions {
            title: None,
            date: date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("valid date")),
        };
        let article = article::load(&Input::Path(root.join(path)), &opts).expect("loads");
        let brief = extract::generate(&article, &Options::default());
        for party in &brief.parties {
            for p in &party.positions {
                for s in [&p.quote, &p.content].into_iter().flatten() {
                    assert!(
                        brief.text.contains(s.as_str()),
                        "{path}: not verbatim in the article: {s:?}"
                    );
                }
            }
        }
    }
}
