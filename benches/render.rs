//! Rendering speed: Brief → Markdown → HTML / PDF for the two-page showcase fixture.
//! Target: a two-page PDF in under 20 ms. Run: `cargo bench --bench render`.

use std::hint::black_box;

use briefing::render::{html, markdown, pdf};
use briefing::Brief;
use criterion::{criterion_group, criterion_main, Criterion};

fn fixture() -> Brief {
    let json = include_str!("../tests/fixtures/briefs/summit-talks.json");
    serde_json::from_str(json).expect("fixture is a Brief")
}

fn bench(c: &mut Criterion) {
    let brief = fixture();
    let md = markdown::render(&brief);
    let created = brief.generated_at;
    let opts = pdf::PdfOptions::default();
    // The first render in a process also parses the embedded fonts (cached afterwards).
    let cold = std::time::Instant::now();
    let first = pdf::render_report(&md, &opts, created).expect("renders");
    eprintln!(
        "PDF: {} pages, {} bytes, first render in this process {:?}",
        first.pages,
        first.bytes.len(),
        cold.elapsed()
    );

    c.bench_function("markdown", |b| {
        b.iter(|| markdown::render(black_box(&brief)))
    });
    c.bench_function("html_document", |b| {
        b.iter(|| html::document(black_box(&md)))
    });
    c.bench_function("pdf_layout", |b| {
        b.iter(|| pdf::layout(black_box(&md), &opts).expect("layout"))
    });
    c.bench_function("pdf_two_pages", |b| {
        b.iter(|| pdf::render_report(black_box(&md), &opts, created).expect("renders"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
