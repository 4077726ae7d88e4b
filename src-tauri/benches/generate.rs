//! The app's share of Generate → preview: article fields → engine → Markdown → HTML → read
//! view, on the bundled news article (target: well under 100 ms with the IPC and drawing).
//! Run: `cargo bench -p briefing-app --bench generate`.

use briefing_app::{article_input, generate, settings::Settings};
use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let input = article_input::sample().expect("the sample").input;
    let settings = Settings::default();
    c.bench_function("generate_brief_view(sample news article)", |b| {
        b.iter(|| generate::build(&input, &settings, Utc::now()).expect("a brief"))
    });
    c.bench_function("render_preview(brief markdown)", |b| {
        let md = generate::build(&input, &settings, Utc::now())
            .expect("a brief")
            .markdown;
        b.iter(|| briefing::render::html::fragment(&md))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
