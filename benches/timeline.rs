//! Timeline extraction speed: the engine must handle 1,000+ articles a second per core, so
//! the timeline must take a small fraction of a millisecond per article.
//!
//! `cargo bench --bench timeline` — throughput is reported in articles per second.

use std::hint::black_box;
use std::path::Path;

use briefing::article::{self, Article, Input, LoadOptions};
use briefing::extract::timeline;
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// The test fixtures, each dated by its date line (or the showcase's date).
fn articles() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir.join("articles"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.push(dir.join("summit-talks.txt"));
    paths
        .into_iter()
        .filter_map(|p| {
            let raw = std::fs::read_to_string(&p).ok()?;
            let date = raw
                .lines()
                .nth(1)
                .and_then(|l| NaiveDate::parse_from_str(l.trim(), "%Y-%m-%d").ok())
                .or(NaiveDate::from_ymd_opt(2025, 8, 20));
            article::load(&Input::Path(p), &LoadOptions { title: None, date }).ok()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let arts = articles();
    assert!(!arts.is_empty(), "no fixtures found");
    let mut g = c.benchmark_group("timeline");
    g.throughput(Throughput::Elements(arts.len() as u64));
    g.bench_function("extract_fixture_articles", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(timeline::extract(black_box(a)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
