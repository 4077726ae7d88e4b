//! HTML from the Markdown brief: the source-link contract with the app, raw HTML shown as
//! text, nothing remote or executable.

use std::path::Path;

use briefing::render::{html, markdown};
use briefing::Brief;

fn brief(name: &str) -> Brief {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/briefs")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(&path).expect("fixture readable");
    serde_json::from_str(&json).expect("fixture is a Brief")
}

/// (href target, data-sources) of every source link in `html`.
fn source_links(html: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<a class=\"source-ref\" href=\"#") {
        rest = &rest[at + "<a class=\"source-ref\" href=\"#".len()..];
        let href = rest[..rest.find('"').unwrap_or(0)].to_string();
        let ds_at = rest
            .find("data-sources=\"")
            .map_or(0, |i| i + "data-sources=\"".len());
        let ds = rest[ds_at..ds_at + rest[ds_at..].find('"').unwrap_or(0)].to_string();
        let label_at = rest.find('>').map_or(0, |i| i + 1);
        let label =
            rest[label_at..label_at + rest[label_at..].find("</a>").unwrap_or(0)].to_string();
        out.push((href, ds, label));
    }
    out
}

#[test]
fn every_reference_links_to_a_listed_source() {
    for name in ["syria-withdrawal", "summit-talks", "edge-cases"] {
        let b = brief(name);
        let md = markdown::render(&b);
        let html = html::fragment(&md);
        let links = source_links(&html);
        // One link per item with sources: bottom line, key points, positions, questions, timeline.
        let items = 1
            + b.key_points.len()
            + b.parties.iter().map(|p| p.positions.len()).sum::<usize>()
            + b.open_questions.len()
            + b.timeline.len();
        assert_eq!(links.len(), items, "{name}");
        for (href, ds, label) in &links {
            assert!(
                html.contains(&format!("<li id=\"{href}\">")),
                "{name}: no entry {href}"
            );
            let first: usize = ds
                .split(',')
                .next()
                .and_then(|s| s.parse().ok())
                .expect("index");
            assert_eq!(href, &format!("s{}", first + 1), "{name}");
            for index in ds.split(',') {
                let index: usize = index.parse().expect("0-based index");
                assert!(index < b.sentences.len(), "{name}: {index}");
                assert!(
                    html.contains(&format!("<li id=\"s{}\">", index + 1)),
                    "{name}: s{}",
                    index + 1
                );
            }
            assert!(label.starts_with('s'), "{label}");
        }
    }
}

#[test]
fn ranges_list_every_sentence_in_data_sources() {
    let html = html::fragment("- Point [s2–s4, s9]\n\n## Sources\n\n- [s2] a\n");
    assert!(
        html.contains(r##"<a class="source-ref" href="#s2" data-sources="1,2,3,8">s2–s4, s9</a>"##),
        "{html}"
    );
}

#[test]
fn raw_html_in_an_article_or_an_edited_brief_is_text() {
    let md = markdown::render(&brief("edge-cases"));
    let html = html::document(&md);
    assert!(!html.contains("<script>"), "article script rendered");
    assert!(
        html.contains("&lt;script&gt;alert('x')&lt;/script&gt;")
            || html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
    );
    assert!(!html.contains("<b>bold</b>"));
    assert!(!html.contains("href=\"javascript"), "unsafe link kept");

    let edited = "# Brief\n\n<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b\n\n<div onclick=\"x()\">block</div>\n";
    let out = html::fragment(edited);
    assert!(!out.contains("<script"), "{out}");
    assert!(!out.contains("<img"), "{out}");
    assert!(!out.contains("<div"), "{out}");
    assert!(out.contains("&lt;script&gt;"), "{out}");
}

#[test]
fn markdown_characters_from_the_article_come_out_as_written() {
    let md = markdown::render(&brief("edge-cases"));
    let html = html::fragment(&md);
    for text in [
        "*not*",
        "[the memo](javascript:alert(1))",
        "# Not a heading, and not a closing hash #",
        "1. Not a numbered list",
        "plan_of_record",
        "Łukaszenka, Медведев, Erdoğan, Fernández and Zelenskyy met Τσίπρας in Δελφοί.",
    ] {
        let escaped = text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(html.contains(&escaped), "{text:?} not in the HTML");
    }
    assert!(!html.contains("<em>not</em>"));
    assert!(!html.contains("<ol start=\"1\">\n<li>Not"));
}

#[test]
fn the_document_is_standalone_with_print_styles() {
    let md = markdown::render(&brief("syria-withdrawal"));
    let doc = html::document(&md);
    assert!(doc.starts_with("<!DOCTYPE html>"));
    assert!(doc.contains("<title>US President Trump announces troop withdrawal from Syria</title>"));
    assert!(doc.contains("@media print"));
    assert!(doc.contains("break-inside: avoid"));
    assert!(!doc.contains("<script"));
    assert!(!doc.contains("src=\"http"), "remote content");
    assert!(!doc.contains("@import"), "remote content");
}

#[test]
fn unsafe_links_in_an_edited_brief_lose_their_address() {
    let out = html::fragment(
        "[click](javascript:alert(1)) [file](file:///etc/passwd) [ok](https://example.org/)",
    );
    assert!(!out.contains("href=\"javascript"), "{out}");
    assert!(!out.contains("href=\"file:"), "{out}");
    assert!(out.contains("href=\"https://example.org/\""), "{out}");
}
