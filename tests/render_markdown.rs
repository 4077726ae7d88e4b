//! Golden Markdown: each hand-made Brief in tests/fixtures/briefs/*.json renders exactly to
//! tests/golden/<name>.md. `BLESS=1 cargo test --test render_markdown` rewrites the golden
//! files (review every change by eye before committing).

mod golden_support;

use std::path::{Path, PathBuf};

use briefing::render::markdown;
use briefing::Brief;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

fn fixtures() -> Vec<(String, Brief)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/briefs");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/briefs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "expected the hand-made brief fixtures");
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            let json = std::fs::read_to_string(&p).expect("fixture readable");
            let brief: Brief = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: not a Brief: {e}", p.display()));
            (name, brief)
        })
        .collect()
}

#[test]
fn markdown_matches_golden_files() {
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let failures: Vec<String> = fixtures()
        .into_iter()
        .filter_map(|(name, brief)| {
            let got = markdown::render(&brief);
            golden_support::check(&name, &golden_dir.join(format!("{name}.md")), &got)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The plain text of each list item / paragraph, as a Markdown parser sees it.
fn blocks_text(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Item)
            | Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Heading { .. }) => {
                depth += 1;
            }
            Event::End(TagEnd::Item)
            | Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Heading(_)) => {
                depth -= 1;
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            Event::Text(t) | Event::Code(t) if depth > 0 => cur.push_str(&t),
            Event::Html(_) | Event::InlineHtml(_) => {
                panic!("article text produced raw HTML in:\n{markdown}")
            }
            Event::SoftBreak | Event::HardBreak => cur.push(' '),
            Event::Start(Tag::Link { .. })
            | Event::Start(Tag::Emphasis)
            | Event::Start(Tag::Strong)
                if depth > 0 && cur.contains("javascript") =>
            {
                panic!("article text produced markup in:\n{markdown}")
            }
            _ => {}
        }
    }
    out
}

#[test]
fn article_text_survives_the_round_trip() {
    for (name, brief) in fixtures() {
        let md = markdown::render(&brief);
        let texts = blocks_text(&md);
        let mut expected: Vec<String> = brief.key_points.iter().map(|k| k.text.clone()).collect();
        expected.extend(brief.open_questions.iter().map(|q| q.text.clone()));
        expected.extend(brief.timeline.iter().map(|e| e.text.clone()));
        expected.extend(
            brief
                .parties
                .iter()
                .flat_map(|p| &p.positions)
                .filter_map(|p| p.quote.clone().or(Some(p.text.clone())))
                .filter(|t| !t.is_empty()),
        );
        expected.push(brief.title.clone());
        for want in expected {
            assert!(
                texts.iter().any(|t| t.contains(want.trim())),
                "{name}: {want:?} does not come back out of the Markdown parser"
            );
        }
    }
}

#[test]
fn every_cited_sentence_is_listed_with_its_number() {
    for (name, brief) in fixtures() {
        let md = markdown::render(&brief);
        let texts = blocks_text(&md);
        let cited = brief
            .key_points
            .iter()
            .flat_map(|k| k.sources.iter().copied());
        for index in cited {
            let sentence = brief.sentences[index].text.trim();
            let entry = format!("[s{}] {sentence}", index + 1);
            assert!(texts.contains(&entry), "{name}: Sources lacks {entry:?}");
        }
    }
}

#[test]
fn sections_with_nothing_to_say_are_left_out() {
    let (_, mut brief) = fixtures().into_iter().next().expect("a fixture");
    brief.open_questions.clear();
    brief.timeline.clear();
    brief.parties.clear();
    let md = markdown::render(&brief);
    assert!(!md.contains("## Open questions"), "{md}");
    assert!(!md.contains("## Timeline"), "{md}");
    assert!(!md.contains("## Positions"), "{md}");
    assert!(md.contains("## Key points"), "{md}");
}

#[test]
fn the_metadata_line_names_source_date_and_generation() {
    for (name, brief) in fixtures() {
        let md = markdown::render(&brief);
        let meta = md.lines().nth(2).unwrap_or_default();
        assert!(
            meta.starts_with('*') && meta.ends_with('*'),
            "{name}: {meta}"
        );
        assert!(
            meta.contains(&format!(
                "generated {}",
                brief.generated_at.format("%-d %B %Y")
            )),
            "{name}: {meta}"
        );
        if let Some(date) = brief.source.published {
            assert!(
                meta.contains(&date.format("%-d %B %Y").to_string()),
                "{name}: {meta}"
            );
        }
    }
}
