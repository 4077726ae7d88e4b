//! Engine throughput: intake + generation.
//!
//! BRIEFING_BENCH_CORPUS=/path/to/cnndm-dev.jsonl cargo bench --bench engine
//!
//! - `corpus`: every article of a JSONL corpus (`{"article": "..."}` a line) through intake
//!   and generation; criterion's throughput line is articles per second (floor: 1,000 on
//!   one core). Skipped with a message when the variable is not set.
//! - `synthetic`: one article of 10 KB and one of 1 MB, built by repeating the test
//!   fixtures, through intake alone and through intake + generation; throughput in bytes
//!   per second should be about the same at both sizes if cost is linear.
//!
//! Not part of CI: run it by hand, in release (cargo bench does).

use std::hint::black_box;
use std::path::Path;

use briefing::article::{load, Input, LoadOptions};
use briefing::extract::{self, Options};
use chrono::DateTime;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn options() -> Options {
    Options {
        key_points: None,
        generated_at: DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default(),
    }
}

fn run(text: &str, generate: bool) {
    let Ok(article) = load(&Input::Text(text.to_string()), &LoadOptions::default()) else {
        return;
    };
    if generate {
        black_box(extract::generate(&article, &options()));
    } else {
        black_box(article);
    }
}

fn corpus(c: &mut Criterion) {
    let Ok(path) = std::env::var("BRIEFING_BENCH_CORPUS") else {
        eprintln!(
            "engine bench: BRIEFING_BENCH_CORPUS is not set; skipping the corpus benchmark \
             (set it to a JSONL file with an \"article\" field a line)"
        );
        return;
    };
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("engine bench: cannot read {path}: {e}; skipping the corpus benchmark");
            return;
        }
    };
    let articles: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("article")?.as_str().map(str::to_string))
        .collect();
    if articles.is_empty() {
        eprintln!("engine bench: no articles in {path}; skipping the corpus benchmark");
        return;
    }
    let bytes: usize = articles.iter().map(String::len).sum();
    eprintln!(
        "engine bench: {} articles, {:.1} KB on average",
        articles.len(),
        bytes as f64 / articles.len() as f64 / 1024.0
    );
    let mut group = c.benchmark_group("corpus");
    group.sample_size(20);
    group.throughput(Throughput::Elements(articles.len() as u64));
    group.bench_function("intake", |b| {
        b.iter(|| articles.iter().for_each(|a| run(a, false)))
    });
    group.bench_function("intake+generate", |b| {
        b.iter(|| articles.iter().for_each(|a| run(a, true)))
    });
    group.finish();
}

/// An article of about `size` bytes made of the fixture articles' paragraphs, repeated.
fn synthetic_article(size: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut source = std::fs::read_to_string(dir.join("summit-talks.txt")).unwrap_or_default();
    if let Ok(entries) = std::fs::read_dir(dir.join("articles")) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            // Skip each file's title and date lines: the body only.
            let text = std::fs::read_to_string(p).unwrap_or_default();
            source.push_str("\n\n");
            source.push_str(&text.lines().skip(2).collect::<Vec<_>>().join("\n"));
        }
    }
    let paragraphs: Vec<&str> = source
        .split('\n')
        .map(str::trim)
        .filter(|l| l.len() > 40)
        .collect();
    let mut out = String::with_capacity(size + 1024);
    let mut i = 0;
    while out.len() < size && !paragraphs.is_empty() {
        out.push_str(paragraphs[i % paragraphs.len()]);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    group.sample_size(10);
    for (name, size) in [("10KB", 10 * 1024), ("1MB", 1024 * 1024)] {
        let article = synthetic_article(size);
        group.throughput(Throughput::Bytes(article.len() as u64));
        group.bench_function(format!("intake/{name}"), |b| {
            b.iter(|| run(&article, false))
        });
        group.bench_function(format!("intake+generate/{name}"), |b| {
            b.iter(|| run(&article, true))
        });
    }
    group.finish();
}

criterion_group!(benches, corpus, synthetic);
criterion_main!(benches);
