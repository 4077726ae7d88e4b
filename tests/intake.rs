//! Intake end to end: every input format, encodings, metadata, structure, URLs served on
//! 127.0.0.1, and every kind of bad input as a typed error.

mod intake_support;

use briefing::article::{load, Article, BlockKind, Input, LoadOptions};
use briefing::Error;
use chrono::NaiveDate;
use intake_support::{closed_port_url, fixture, scratch, serve, Route};

fn load_path(p: impl Into<std::path::PathBuf>) -> Result<Article, Error> {
    load(&Input::Path(p.into()), &LoadOptions::default())
}

fn sentences(a: &Article) -> Vec<&str> {
    (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect()
}

fn headings(a: &Article) -> Vec<&str> {
    a.paragraphs
        .iter()
        .filter(|p| p.kind == BlockKind::Heading)
        .map(|p| &a.text[p.start..p.end])
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

// ---- plain text -------------------------------------------------------------------------

#[test]
fn wikinews_text_has_title_date_and_body() {
    let a = load_path(fixture(
        "articles/wn01-president-trump-says-he-can-and-may-put-us-into-state-of-eme.txt",
    ))
    .unwrap();
    assert_eq!(
        a.title(),
        Some("President Trump says he 'can' and 'may' put US into state of emergency to build border wall")
    );
    assert_eq!(a.metadata.published, date(2019, 1, 7));
    assert!(a.sentences.len() > 5);
    assert!(sentences(&a)[0].starts_with("United States President Donald Trump said on Friday"));
    assert!(!a.text.contains("2019-01-07\n"));
}

#[test]
fn every_wikinews_fixture_has_title_and_date() {
    let dir = fixture("articles");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let a = load_path(&path).unwrap();
            let first_line = std::fs::read_to_string(&path).unwrap();
            let first_line = first_line.lines().next().unwrap().trim();
            assert_eq!(a.title(), Some(first_line), "{}", path.display());
            assert!(a.metadata.published.is_some(), "{}", path.display());
            assert!(!a.text.starts_with(first_line), "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 20);
}

#[test]
fn summit_talks_has_no_title_and_five_subheadings() {
    let a = load_path(fixture("summit-talks.txt")).unwrap();
    assert_eq!(a.title(), None);
    assert_eq!(
        headings(&a),
        [
            "Trump keeps role limited",
            "Nato reviews military options",
            "US support remains vague",
            "Historic animosity weighs on peace efforts",
            "Europe remains doubtful"
        ]
    );
    // Every other line is its own paragraph.
    assert_eq!(a.paragraphs.len(), 29);
    let s = sentences(&a);
    assert!(s.contains(&"“It’s possible that he doesn’t want to make a deal.”"));
    assert!(s.contains(&"He warned that Putin might not be willing to pursue peace."));
    assert!(!s.iter().any(|x| x.contains("Trump keeps role limited")));
}

#[test]
fn text_without_line_breaks_splits_like_paragraphed_text() {
    let path = fixture("articles/wn13-oil-facilities-in-saudi-arabia-hit-by-drone-attacks.txt");
    let paragraphed = load_path(&path).unwrap();
    let body: Vec<&str> = paragraphed
        .paragraphs
        .iter()
        .filter(|p| p.kind == BlockKind::Paragraph)
        .map(|p| &paragraphed.text[p.start..p.end])
        .collect();
    let one_line = body.join(" ");
    let flat = Article::from_text(&one_line).unwrap();
    assert_eq!(flat.paragraphs.len(), 1);
    assert_eq!(sentences(&flat), sentences(&paragraphed));
}

#[test]
fn byline_and_written_date_forms_in_text() {
    for (line, expected) in [
        ("7 January 2019", date(2019, 1, 7)),
        ("January 7, 2019", date(2019, 1, 7)),
        ("Monday, January 7, 2019", date(2019, 1, 7)),
        ("2019-01-07", date(2019, 1, 7)),
    ] {
        let text = format!(
            "Storm closes the coast road\n{line}\nBy Jane Doe\n\nThe coast road was closed on Monday after a storm. Police said it would reopen soon."
        );
        let a = Article::from_text(&text).unwrap();
        assert_eq!(a.title(), Some("Storm closes the coast road"), "{line}");
        assert_eq!(a.metadata.published, expected, "{line}");
        assert_eq!(a.metadata.byline.as_deref(), Some("Jane Doe"), "{line}");
        assert_eq!(a.sentences.len(), 2, "{line}");
    }
}

#[test]
fn overrides_replace_found_metadata() {
    let opts = LoadOptions {
        title: Some("Given title".into()),
        date: date(2021, 5, 6),
    };
    let a = load(&Input::Path(fixture("summit-talks.txt")), &opts).unwrap();
    assert_eq!(a.title(), Some("Given title"));
    assert_eq!(a.metadata.published, date(2021, 5, 6));
}

#[test]
fn typographic_characters_are_kept_as_written() {
    let text = "Prices rose \u{2014} sharply \u{2013} in the year\u{2019}s \u{201c}worst\u{201d} month. It cost 10\u{a0}km of road.";
    let a = load(&Input::Text(text.into()), &LoadOptions::default()).unwrap();
    assert_eq!(a.text, text);
}

// ---- Markdown, HTML, PDF ----------------------------------------------------------------

#[test]
fn markdown_article() {
    let a = load_path(fixture("intake/article.md")).unwrap();
    assert_eq!(a.title(), Some("Wind farm approved despite objections"));
    assert_eq!(a.metadata.published, date(2023, 11, 2));
    assert_eq!(a.metadata.byline.as_deref(), Some("John Roe"));
    assert_eq!(headings(&a), ["What the objectors said"]);
    assert!(a.text.contains("approved a forty-turbine wind farm"));
    assert!(a.text.contains("The developer, Northsea Power, said"));
    for junk in [
        "**",
        "](",
        "http",
        "CODE-MUST-NOT-APPEAR",
        "RAW-HTML",
        "turbine.jpg",
        "A turbine at sea",
        "# ",
    ] {
        assert!(!a.text.contains(junk), "{junk:?} in {:?}", a.text);
    }
    assert!(sentences(&a).contains(&"It will cost £1.2bn to build."));
}

#[test]
fn html_article_without_page_furniture() {
    let a = load_path(fixture("intake/article.html")).unwrap();
    assert_eq!(
        a.title(),
        Some("Harbour bridge reopens after two years of repairs")
    );
    assert_eq!(a.metadata.published, date(2024, 3, 18));
    assert_eq!(a.metadata.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(a.metadata.site.as_deref(), Some("The Coastal Ledger"));
    for junk in [
        "SCRIPT-MUST-NOT-APPEAR",
        "COOKIE-BANNER-TEXT",
        "NAV-MENU-TEXT",
        "RELATED-LINK-TEXT",
        "FOOTER-TEXT",
        "trackingPixel",
        "color:red",
    ] {
        assert!(!a.text.contains(junk), "{junk} in {:?}", a.text);
    }
    assert_eq!(headings(&a), ["Costs rose during the works"]);
    let s = sentences(&a);
    assert_eq!(
        s[1],
        "The mayor, Dr. Ana Ruiz, cut the ribbon at 7 a.m. as a small crowd watched from the pavement."
    );
    assert!(s.contains(&"“Today we give it back to them.”"));
    assert_eq!(s.last(), Some(&"Shop owners on the north bank said their takings had fallen by a third while the bridge was closed, and several asked the council for help with rent."));
}

#[test]
fn html_page_without_article_is_an_error() {
    let e = load_path(fixture("intake/no-article.html")).unwrap_err();
    assert!(matches!(e, Error::NoArticleContent(_)), "{e:?}");
    assert!(e.to_string().contains("no article text"));
}

#[test]
fn pdf_with_text_layer() {
    let a = load_path(fixture("intake/article.pdf")).unwrap();
    assert_eq!(a.title(), Some("Library reopens after flood repairs"));
    assert_eq!(
        sentences(&a),
        [
            "The central library reopened on Saturday after a flood closed it for six months.",
            "Volunteers helped move forty thousand books back onto the shelves.",
            "The head librarian said the building was now better protected.",
            "New pumps were installed in the basement at a cost of $250,000."
        ]
    );
}

#[test]
fn scanned_pdf_is_a_clear_error() {
    let e = load_path(fixture("intake/scanned.pdf")).unwrap_err();
    assert!(matches!(e, Error::PdfNoText(_)), "{e:?}");
    assert!(e.to_string().contains("no text layer"));
}

#[test]
fn damaged_pdfs_are_errors_not_panics() {
    for name in ["intake/broken.pdf", "intake/panics-reader.pdf"] {
        let e = load_path(fixture(name)).unwrap_err();
        assert!(matches!(e, Error::PdfUnreadable { .. }), "{name}: {e:?}");
        assert!(e.is_bad_input());
    }
}

// ---- encodings --------------------------------------------------------------------------

const ENCODED: &str = "Café owners protest\n\nThe café owners said the new tax was “unfair” and would cost jobs. Officials disagreed.\n";

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn check_encoded(a: &Article) {
    assert_eq!(a.title(), Some("Café owners protest"));
    assert_eq!(
        sentences(a),
        [
            "The café owners said the new tax was “unfair” and would cost jobs.",
            "Officials disagreed."
        ]
    );
}

#[test]
fn encodings_utf8_utf16_windows1252() {
    let dir = scratch("encodings");
    let mut utf8_bom = b"\xEF\xBB\xBF".to_vec();
    utf8_bom.extend_from_slice(ENCODED.as_bytes());
    let mut le = vec![0xFF, 0xFE];
    le.extend(ENCODED.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(ENCODED.encode_utf16().flat_map(u16::to_be_bytes));
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(ENCODED);
    assert!(!unmappable);
    for (name, bytes) in [
        ("utf8.txt", ENCODED.as_bytes().to_vec()),
        ("utf8-bom.txt", utf8_bom),
        ("utf16le.txt", le),
        ("utf16be.txt", be),
        ("cp1252.txt", cp1252.into_owned()),
    ] {
        let a = load_path(write(&dir, name, &bytes)).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_encoded(&a);
    }
    // Latin-1 proper (no curly quotes in Latin-1).
    let latin1 = b"Caf\xE9 owners protest\n\nThe caf\xE9 owners said the tax was unfair. Officials disagreed.\n";
    let a = load_path(write(&dir, "latin1.txt", latin1)).unwrap();
    assert_eq!(a.title(), Some("Café owners protest"));
}

#[test]
fn html_charset_from_meta() {
    let dir = scratch("html-charset");
    let page = std::fs::read_to_string(fixture("intake/article.html"))
        .unwrap()
        .replace(
            "<meta charset=\"utf-8\">",
            "<meta charset=\"windows-1252\">",
        );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let a = load_path(write(&dir, "page.htm", &bytes)).unwrap();
    assert!(a
        .text
        .contains("“This bridge carries forty thousand people a day,”"));
}

// ---- bad input --------------------------------------------------------------------------

#[test]
fn missing_file_and_directory() {
    let e = load_path("/no/such/article.txt").unwrap_err();
    assert!(matches!(e, Error::NotFound(_)), "{e:?}");
    let e = load_path(fixture("intake")).unwrap_err();
    assert!(matches!(e, Error::IsDirectory(_)), "{e:?}");
    assert!(e.is_bad_input());
}

#[test]
fn empty_and_whitespace_only() {
    let dir = scratch("empty");
    for (name, body) in [
        ("empty.txt", ""),
        ("blank.txt", " \n\t\n  \r\n"),
        ("blank.md", "\n\n"),
    ] {
        let e = load_path(write(&dir, name, body.as_bytes())).unwrap_err();
        assert!(matches!(e, Error::Empty), "{name}: {e:?}");
    }
    let e = load(&Input::Text("   \n ".into()), &LoadOptions::default()).unwrap_err();
    assert!(matches!(e, Error::Empty), "{e:?}");
}

#[test]
fn binary_data_is_refused() {
    let dir = scratch("binary");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend((0..2000u32).map(|i| (i * 7 % 256) as u8));
    let e = load_path(write(&dir, "photo.txt", &bytes)).unwrap_err();
    assert!(matches!(e, Error::Binary(_)), "{e:?}");
    assert!(e.to_string().contains("binary"));
    let e = load(&Input::Text("some\0text".into()), &LoadOptions::default()).unwrap_err();
    assert!(matches!(e, Error::Binary(_)), "{e:?}");
}

#[test]
fn unknown_extension_names_the_supported_ones() {
    let dir = scratch("unknown-ext");
    let e = load_path(write(&dir, "article.docx", b"PK\x03\x04")).unwrap_err();
    assert!(matches!(e, Error::UnsupportedFormat { .. }), "{e:?}");
    let msg = e.to_string();
    for ext in [".docx", ".txt", ".md", ".html", ".pdf"] {
        assert!(msg.contains(ext), "{msg}");
    }
}

#[test]
fn text_over_five_megabytes_is_refused() {
    let dir = scratch("too-large");
    let paragraph = "The council met on Monday and agreed the budget. ".repeat(20) + "\n\n";
    let big = paragraph.repeat(5 * 1024 * 1024 / paragraph.len() + 10);
    let e = load_path(write(&dir, "big.txt", big.as_bytes())).unwrap_err();
    assert!(matches!(e, Error::TooLarge { .. }), "{e:?}");
    assert!(e.to_string().contains("5 MB"));
    let e = load(&Input::Text(big), &LoadOptions::default()).unwrap_err();
    assert!(matches!(e, Error::TooLarge { .. }), "{e:?}");
}

#[test]
fn non_english_text_is_refused_but_short_text_is_not_judged() {
    let e = load_path(fixture("intake/french.txt")).unwrap_err();
    assert!(matches!(e, Error::NotEnglish { .. }), "{e:?}");
    assert!(e.to_string().contains("only English"));
    let short = load(
        &Input::Text("Le ministre a parlé.".into()),
        &LoadOptions::default(),
    );
    assert!(short.is_ok());
}

#[test]
fn english_fixtures_pass_the_language_check() {
    for entry in std::fs::read_dir(fixture("articles")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            load_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

// ---- URLs -------------------------------------------------------------------------------

fn load_url(url: &str) -> Result<Article, Error> {
    load(&Input::Url(url.to_string()), &LoadOptions::default())
}

#[test]
fn url_html_after_redirect() {
    let html = std::fs::read(fixture("intake/article.html")).unwrap();
    let base = serve(
        vec![
            Route::redirect("/old", "/news/bridge"),
            Route::ok("/news/bridge", "text/html; charset=utf-8", html),
        ],
        2,
    );
    let a = load_url(&format!("{base}/old")).unwrap();
    assert_eq!(
        a.title(),
        Some("Harbour bridge reopens after two years of repairs")
    );
    assert!(!a.text.contains("COOKIE-BANNER-TEXT"));
    assert_eq!(a.metadata.location, Some(format!("{base}/old")));
}

#[test]
fn url_plain_text_with_header_charset_and_pdf() {
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(ENCODED);
    let pdf = std::fs::read(fixture("intake/article.pdf")).unwrap();
    let base = serve(
        vec![
            Route::ok(
                "/story.txt",
                "text/plain; charset=windows-1252",
                latin1.into_owned(),
            ),
            Route::ok("/story", "application/pdf", pdf),
        ],
        2,
    );
    check_encoded(&load_url(&format!("{base}/story.txt")).unwrap());
    let a = load_url(&format!("{base}/story")).unwrap();
    assert_eq!(a.title(), Some("Library reopens after flood repairs"));
}

#[test]
fn url_html_charset_from_meta_when_header_has_none() {
    let page = std::fs::read_to_string(fixture("intake/article.html"))
        .unwrap()
        .replace(
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
        );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let base = serve(vec![Route::ok("/p", "text/html", bytes.into_owned())], 1);
    let a = load_url(&format!("{base}/p")).unwrap();
    assert!(a.text.contains("“Today we give it back to them.”"));
}

#[test]
fn url_errors() {
    let base = serve(
        vec![
            Route::status("/gone", 404),
            Route::status("/broken", 500),
            Route::ok("/logo.png", "image/png", b"\x89PNG\r\n\x1a\n".to_vec()),
            Route::ok("/files.zip", "application/zip", b"PK\x03\x04".to_vec()),
        ],
        4,
    );
    for (path, status) in [("/gone", 404), ("/broken", 500)] {
        let e = load_url(&format!("{base}{path}")).unwrap_err();
        assert!(
            matches!(e, Error::HttpStatus { status: s, .. } if s == status),
            "{e:?}"
        );
        assert!(e.to_string().contains(&status.to_string()));
    }
    for (path, ct) in [
        ("/logo.png", "image/png"),
        ("/files.zip", "application/zip"),
    ] {
        let e = load_url(&format!("{base}{path}")).unwrap_err();
        assert!(matches!(e, Error::UnsupportedContentType { .. }), "{e:?}");
        assert!(e.to_string().contains(ct), "{e}");
    }
}

#[test]
fn unreachable_url_is_an_error() {
    let e = load_url(&closed_port_url()).unwrap_err();
    assert!(matches!(e, Error::Fetch { .. }), "{e:?}");
    assert!(e.is_bad_input());
    assert!(e.to_string().contains("could not fetch"), "{e}");
}

// ---- HTML metadata sources ---------------------------------------------------------------

fn page_with_head(head: &str, body_extra: &str) -> String {
    let body = std::fs::read_to_string(fixture("intake/article.html")).unwrap();
    let article = &body[body.find("<article>").unwrap()..body.find("</article>").unwrap() + 10];
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body_extra}{article}</body></html>")
}

#[test]
fn html_date_and_author_from_json_ld_alone() {
    let dir = scratch("json-ld");
    let page = page_with_head(
        r#"<title>Bridge</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2022-06-30T08:00:00+01:00","author":{"@type":"Person","name":"Sam Lee"},"publisher":{"@type":"Organization","name":"Ledger"}}</script>"#,
        "",
    )
    .replace("<p class=\"byline\">By Jane Doe</p>", "")
    .replace(r#"<time datetime="2024-03-18T09:30:00Z">18 March 2024</time>"#, "");
    let a = load_path(write(&dir, "page.html", page.as_bytes())).unwrap();
    assert_eq!(a.metadata.published, date(2022, 6, 30));
    assert_eq!(a.metadata.byline.as_deref(), Some("Sam Lee"));
}

#[test]
fn html_date_from_time_element_alone() {
    let dir = scratch("time-element");
    let page = page_with_head("<title>Bridge reopens</title>", "");
    let a = load_path(write(&dir, "page.html", page.as_bytes())).unwrap();
    assert_eq!(a.metadata.published, date(2024, 3, 18));
}

#[test]
fn url_text_over_the_cap_is_refused() {
    let big = "Officials met on Monday to agree a plan. ".repeat(140_000);
    let base = serve(vec![Route::ok("/big.txt", "text/plain", big)], 1);
    let e = load_url(&format!("{base}/big.txt")).unwrap_err();
    assert!(matches!(e, Error::TooLarge { .. }), "{e:?}");
}
