//! The PDF checked as a PDF: structure with a parser (lopdf), text with pdftotext (poppler,
//! installed by scripts/setup.sh), geometry with the layout model.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use briefing::render::pdf::{self, layout::Layout, PdfOptions};
use briefing::render::{markdown, Paper};
use briefing::Brief;
use chrono::{DateTime, Utc};
use lopdf::{Document, Object};

fn brief(name: &str) -> Brief {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/briefs")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(&path).expect("fixture readable");
    serde_json::from_str(&json).expect("fixture is a Brief")
}

fn created() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-08-20T12:00:00Z")
        .expect("valid timestamp")
        .with_timezone(&Utc)
}

fn render(md: &str, paper: Paper) -> pdf::Rendered {
    pdf::render_report(md, &PdfOptions { paper }, created()).expect("PDF renders")
}

fn pdftotext(bytes: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed: run scripts/setup.sh");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(bytes)
        .expect("pdf written to pdftotext");
    let out = child.wait_with_output().expect("pdftotext ran");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn info_string(doc: &Document, key: &[u8]) -> String {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("Info dictionary");
    match info.get(key) {
        Ok(Object::String(bytes, _)) => {
            if bytes.starts_with(&[0xFE, 0xFF]) {
                let units: Vec<u16> = bytes[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                String::from_utf16_lossy(&units)
            } else {
                String::from_utf8_lossy(bytes).into_owned()
            }
        }
        _ => String::new(),
    }
}

#[test]
fn structure_fonts_metadata_and_outline() {
    let b = brief("syria-withdrawal");
    let md = markdown::render(&b);
    let r = render(&md, Paper::A4);
    let doc = Document::load_mem(&r.bytes).expect("lopdf parses the PDF");
    assert_eq!(doc.get_pages().len(), r.pages);
    assert!(r.pages >= 2);

    // Every font is a real embedded font program (subset), none of the base 14.
    let mut embedded = 0;
    for (_, object) in doc.objects.iter() {
        if let Ok(dict) = object.as_dict() {
            if dict.get(b"Type").and_then(Object::as_name).ok()
                == Some(b"FontDescriptor".as_slice())
            {
                assert!(
                    dict.has(b"FontFile2") || dict.has(b"FontFile3"),
                    "font not embedded"
                );
                embedded += 1;
            }
            if dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type1".as_slice()) {
                panic!("a base-14 font is used");
            }
        }
    }
    assert!(
        embedded >= 3,
        "regular, bold and italic embedded: {embedded}"
    );

    assert_eq!(info_string(&doc, b"Title"), b.title);
    assert!(info_string(&doc, b"Subject").starts_with("Trump announced"));
    assert!(!info_string(&doc, b"Subject").contains("[s"));
    assert!(info_string(&doc, b"Creator").starts_with("Briefing"));
    assert!(info_string(&doc, b"CreationDate").starts_with("D:20250820"));

    let catalog = doc.catalog().expect("catalog");
    match catalog.get(b"Lang") {
        Ok(Object::String(lang, _)) => assert_eq!(lang, b"en"),
        other => panic!("no /Lang: {other:?}"),
    }
    // Outline: the level-2 sections, in reading order.
    let outlines = catalog
        .get(b"Outlines")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("outline");
    let mut titles = Vec::new();
    let mut next = outlines.get(b"First").and_then(Object::as_reference).ok();
    while let Some(id) = next {
        let item = doc.get_dictionary(id).expect("outline item");
        if let Ok(Object::String(bytes, _)) = item.get(b"Title") {
            let units: Vec<u16> = bytes[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            titles.push(String::from_utf16_lossy(&units));
        }
        assert!(item.has(b"Dest"));
        if titles.last().map(String::as_str) == Some("Positions") {
            let first = item
                .get(b"First")
                .and_then(Object::as_reference)
                .expect("parties nested");
            let party = doc.get_dictionary(first).expect("party entry");
            assert!(party.has(b"Dest"));
            assert_eq!(
                item.get(b"Count").and_then(Object::as_i64).ok(),
                Some(b.parties.len() as i64)
            );
        }
        next = item.get(b"Next").and_then(Object::as_reference).ok();
    }
    assert_eq!(
        titles,
        [
            "Key points",
            "Positions",
            "Open questions",
            "Timeline",
            "Sources"
        ]
    );
}

#[test]
fn pdfinfo_and_qpdf_find_no_error() {
    let md = markdown::render(&brief("summit-talks"));
    let r = render(&md, Paper::Letter);
    let path =
        std::env::temp_dir().join(format!("briefing-render-test-{}.pdf", std::process::id()));
    std::fs::write(&path, &r.bytes).expect("temp file");
    let info = Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo installed");
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("qpdf installed");
    let _ = std::fs::remove_file(&path);
    assert!(
        info.status.success() && info.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&info.stderr)
    );
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("Page size:       612 x 792 pts (letter)"),
        "{info}"
    );
    assert!(
        qpdf.status.success(),
        "{}",
        String::from_utf8_lossy(&qpdf.stdout)
    );
}

#[test]
fn text_is_extractable_word_for_word_in_reading_order() {
    for name in ["syria-withdrawal", "summit-talks", "edge-cases"] {
        let b = brief(name);
        let md = markdown::render(&b);
        let text = squash(&pdftotext(&render(&md, Paper::A4).bytes));
        let mut expected: Vec<String> = Vec::new();
        expected.extend(b.key_points.iter().map(|k| k.text.clone()));
        for party in &b.parties {
            expected.push(party.name.clone());
            for p in &party.positions {
                expected.push(
                    p.quote
                        .clone()
                        .filter(|_| p.text.is_empty())
                        .unwrap_or(p.text.clone()),
                );
            }
        }
        expected.extend(b.open_questions.iter().map(|q| q.text.clone()));
        // Reading order is checked without whitespace, since a word too long for a line
        // (a URL, a long compound) is broken across lines; items made of ordinary words
        // must also come out with their spacing intact.
        let dense: String = text.split_whitespace().collect();
        let mut at = 0;
        for want in expected {
            let want: String = squash(&want)
                .chars()
                .map(|c| {
                    if "漢字🙂".contains(c) {
                        '\u{FFFD}'
                    } else {
                        c
                    }
                })
                .collect();
            if want.split_whitespace().all(|w| w.chars().count() < 40) {
                assert!(text.contains(&want), "{name}: {want:?} not in:\n{text}");
            }
            let dense_want: String = want.split_whitespace().collect();
            let Some(found) = dense[at..].find(&dense_want) else {
                panic!("{name}: {want:?} missing or out of order in:\n{text}");
            };
            at += found + dense_want.len();
        }
    }
}

fn check_within_margins(layout: &Layout, name: &str) {
    let g = layout.geometry;
    for (i, page) in layout.pages.iter().enumerate() {
        for t in &page.placed {
            assert!(
                t.x >= g.left - 40.0 && t.x + t.width <= g.width - g.right + 0.01,
                "{name} page {}: {:?} at x {} width {} runs past the margin",
                i + 1,
                t.text,
                t.x,
                t.width
            );
            if t.origin.is_some() {
                assert!(
                    t.x >= g.left - 0.01,
                    "{name}: body text left of the margin: {:?}",
                    t.text
                );
                assert!(
                    t.baseline > g.top && t.baseline < g.height - g.bottom + 0.01,
                    "{name}: {:?} outside the text block (baseline {})",
                    t.text,
                    t.baseline
                );
            }
        }
    }
}

#[test]
fn long_words_and_urls_wrap_inside_the_margins() {
    let stress = format!(
        "# {}\n\n- {}\n- {}\n\n> {}\n\n1. {}\n",
        "Ü".repeat(80),
        "x".repeat(600),
        "https://example.org/".to_string() + &"path/segment-".repeat(40),
        "Quoted ".repeat(50) + &"y".repeat(300),
        "Nested:\n   - ".to_string() + &"z".repeat(400)
    ) + &"> ".repeat(60)
        + "deeply quoted text that still has to fit\n\n"
        + &(0..40)
            .map(|d| format!("{}- level {d}\n", "  ".repeat(d)))
            .collect::<String>();
    for paper in [Paper::A4, Paper::Letter] {
        for (name, md) in [
            (
                "edge-cases".to_string(),
                markdown::render(&brief("edge-cases")),
            ),
            ("stress".to_string(), stress.clone()),
        ] {
            let layout = pdf::layout(&md, &PdfOptions { paper }).expect("layout");
            check_within_margins(&layout, &name);
        }
    }
}

/// A brief long enough for several pages.
fn long_markdown() -> String {
    let b = brief("syria-withdrawal");
    let md = markdown::render(&b);
    let mut long = String::new();
    for (i, section) in md.split("\n## ").enumerate() {
        if i == 0 {
            long.push_str(section);
            continue;
        }
        for copy in 0..3 {
            long.push_str(&format!(
                "\n## {}",
                section.replacen('\n', &format!(" {}\n", copy + 1), 1)
            ));
        }
    }
    long
}

#[test]
fn pages_break_without_stranded_headings_widows_or_orphans() {
    let md = long_markdown();
    let layout = pdf::layout(&md, &PdfOptions::default()).expect("layout");
    assert!(layout.pages.len() >= 4, "{} pages", layout.pages.len());
    check_within_margins(&layout, "long");
    for (i, page) in layout.pages.iter().enumerate() {
        let body: Vec<_> = page.placed.iter().filter_map(|t| t.origin).collect();
        let Some(last) = body.last() else { continue };
        assert!(
            !last.heading || i + 1 == layout.pages.len(),
            "heading stranded at the foot of page {}",
            i + 1
        );
    }
    // Lines of each block per page: a split block leaves at least two lines on each page.
    let mut per_block: std::collections::BTreeMap<usize, Vec<(usize, usize)>> = Default::default();
    for (i, page) in layout.pages.iter().enumerate() {
        let mut lines: std::collections::BTreeMap<usize, std::collections::BTreeSet<usize>> =
            Default::default();
        for o in page.placed.iter().filter_map(|t| t.origin) {
            lines.entry(o.block).or_default().insert(o.line);
        }
        for (block, l) in lines {
            per_block.entry(block).or_default().push((i, l.len()));
        }
    }
    let mut split = 0;
    for (block, pages) in per_block {
        if pages.len() > 1 {
            split += 1;
            assert!(
                pages.iter().all(|&(_, n)| n >= 2),
                "block {block} leaves a single line: {pages:?}"
            );
        }
    }
    let _ = split;
    // The page numbers count every page.
    let r = render(&md, Paper::A4);
    let text = pdftotext(&r.bytes);
    let n = r.pages;
    assert!(text.contains(&format!("page 1 of {n}")) && text.contains(&format!("page {n} of {n}")));
}

#[test]
fn a_long_paragraph_splits_with_two_lines_on_each_side() {
    let para = "Word ".repeat(2000);
    let md = format!("# T\n\n{para}\n");
    let layout = pdf::layout(&md, &PdfOptions::default()).expect("layout");
    assert!(layout.pages.len() >= 2);
    for page in &layout.pages {
        let n = page
            .placed
            .iter()
            .filter(|t| t.origin.is_some_and(|o| o.block == 1))
            .count();
        assert!(n == 0 || n >= 2);
    }
}

#[test]
fn characters_outside_the_font_are_replaced_and_reported() {
    let md = markdown::render(&brief("edge-cases"));
    let r = render(&md, Paper::A4);
    for c in ['漢', '字', '🙂'] {
        assert!(
            r.missing_chars.contains(&c),
            "{c} not reported: {:?}",
            r.missing_chars
        );
    }
    assert!(
        r.warnings.iter().any(|w| w.contains("U+6F22")),
        "{:?}",
        r.warnings
    );
    let text = pdftotext(&r.bytes);
    assert!(text.contains('\u{FFFD}'), "replacement not visible");
    for name in [
        "Erdoğan",
        "Fernández",
        "Zelenskyy",
        "Łukaszenka",
        "Медведев",
        "Τσίπρας",
    ] {
        assert!(text.contains(name), "{name} lost");
    }
}

#[test]
fn a_two_page_brief_stays_small() {
    let md = markdown::render(&brief("syria-withdrawal"));
    let r = render(&md, Paper::A4);
    assert!(r.pages <= 3);
    assert!(r.bytes.len() < 150 * 1024, "{} bytes", r.bytes.len());
}

#[test]
fn links_become_annotations() {
    let md = markdown::render(&brief("syria-withdrawal"));
    let r = render(&md, Paper::A4);
    let doc = Document::load_mem(&r.bytes).expect("parses");
    let mut uri = 0;
    let mut goto = 0;
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).expect("page");
        let annots = match page.get(b"Annots") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(Object::Reference(id)) => doc
                .get_object(*id)
                .and_then(Object::as_array)
                .cloned()
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        for annot in annots {
            let dict = match &annot {
                Object::Reference(id) => doc.get_dictionary(*id).expect("annotation"),
                Object::Dictionary(d) => d,
                _ => continue,
            };
            assert_eq!(
                dict.get(b"Subtype").and_then(Object::as_name).ok(),
                Some(b"Link".as_slice())
            );
            let action = dict.get(b"A").and_then(Object::as_dict).expect("action");
            match action.get(b"S").and_then(Object::as_name).ok() {
                Some(b"URI") => uri += 1,
                Some(b"GoTo") => goto += 1,
                other => panic!("unexpected action {other:?}"),
            }
        }
    }
    assert!(uri >= 1, "the article's address is clickable");
    assert!(
        goto >= 10,
        "source references jump to their sentence: {goto}"
    );
}

#[test]
fn garbage_markdown_renders_without_panic() {
    for md in [
        "",
        "\u{0}\u{1}\t\r\n",
        "#",
        "- \n- \n",
        "> > > > deep",
        "```\ncode\n```",
        "<div>\n\n---\n\n***x**",
    ] {
        let r = render(md, Paper::A4);
        assert!(r.pages >= 1);
    }
}

#[test]
fn a_heading_near_the_foot_of_a_page_moves_to_the_next() {
    // Push a heading through every position near the page foot (filler 32 strands it
    // without keep-with-next).
    for filler in 20..60 {
        let mut md = String::from("# T\n\n");
        for i in 0..filler {
            md.push_str(&format!("- item {i}\n"));
        }
        md.push_str("\n## Section\n\nFirst line of a paragraph long enough to need a second line when set in the measure of an A4 page, and then some more words.\n");
        let layout = pdf::layout(&md, &PdfOptions::default()).expect("layout");
        for (i, page) in layout.pages.iter().enumerate() {
            let body: Vec<_> = page.placed.iter().filter_map(|t| t.origin).collect();
            if let Some(last) = body.last() {
                assert!(
                    !last.heading,
                    "filler {filler}: heading stranded on page {}",
                    i + 1
                );
            }
        }
    }
}
