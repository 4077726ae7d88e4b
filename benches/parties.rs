//! Speed of actors, attribution and parties on the fixture articles (target: well over
//! 1,000 news articles per second per core for the whole engine).

use briefing::article::{self, Input, LoadOptions};
use briefing::extract::parties;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn fixtures() -> Vec<briefing::Article> {
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures/articles")
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.push("tests/fixtures/summit-talks.txt".into());
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| article::load(&Input::Path(p), &LoadOptions::default()).ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = fixtures();
    let mut g = c.benchmark_group("parties");
    g.throughput(Throughput::Elements(articles.len() as u64));
    g.bench_function("extract all fixtures", |b| {
        b.iter(|| {
            for a in &articles {
                std::hint::black_box(parties::extract(a));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
