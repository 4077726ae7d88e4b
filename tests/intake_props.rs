//! Properties of intake over arbitrary input (bounded runs): nothing panics, and sentence
//! offsets are char boundaries, sorted, non-overlapping, inside their paragraph, with
//! trimmed, non-empty text.

use briefing::article::{html, load, markdown, segment, Article, BlockKind, Input, LoadOptions};
use proptest::prelude::*;

/// Text that looks like news: words, abbreviations, initials, numbers, quotes,
/// terminators and line breaks in any order, plus arbitrary characters.
fn newsy() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("The".to_string()),
        Just("said".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("W.".to_string()),
        Just("Sept.".to_string()),
        Just("etc.".to_string()),
        Just("$3.5bn".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(".".to_string()),
        Just("?".to_string()),
        Just("!".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("2019-01-07".to_string()),
        Just("By".to_string()),
        Just("#".to_string()),
        "[A-Za-z]{1,8}",
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec((token, prop_oneof![Just(" "), Just(""), Just("\n")]), 0..80)
        .prop_map(|parts| parts.into_iter().map(|(t, s)| t + s).collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsy(), any::<String>()]
}

fn check_article(a: &Article) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        prop_assert!(s.start < s.end, "empty sentence {i}");
        prop_assert!(
            s.start >= previous_end,
            "sentence {i} overlaps or is out of order"
        );
        prop_assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
        let p = a.paragraphs[s.paragraph];
        prop_assert_eq!(p.kind, BlockKind::Paragraph);
        prop_assert!(
            p.start <= s.start && s.end <= p.end,
            "sentence {} outside its paragraph",
            i
        );
        let t = &a.text[s.start..s.end];
        prop_assert_eq!(t.trim(), t);
        prop_assert!(!t.is_empty());
        previous_end = s.end;
    }
    for w in a.paragraphs.windows(2) {
        prop_assert!(w[0].end < w[1].start);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn split_ranges_are_trimmed_sorted_char_boundaries(text in any_text()) {
        let mut previous_end = 0;
        for (s, e) in segment::split(&text) {
            prop_assert!(s < e && s >= previous_end);
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            prop_assert_eq!(text[s..e].trim(), &text[s..e]);
            previous_end = e;
        }
    }

    #[test]
    fn from_text_never_panics_and_offsets_hold(text in any_text()) {
        if let Ok(a) = Article::from_text(&text) {
            check_article(&a)?;
        }
    }

    #[test]
    fn load_pasted_text_never_panics(text in any_text()) {
        if let Ok(a) = load(&Input::Text(text), &LoadOptions::default()) {
            check_article(&a)?;
        }
    }

    #[test]
    fn markdown_never_panics(text in any_text()) {
        if let Ok(a) = Article::from_document(markdown::parse(&text)) {
            check_article(&a)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn html_never_panics(body in any_text(), tag in "(p|div|h1|h2|li|article|nav|script)") {
        let page = format!("<html><head><title>T</title></head><body><{tag}>{body}</{tag}><p>{body}</p></body></html>");
        if let Ok(doc) = html::parse(&page, None, "page") {
            if let Ok(a) = Article::from_document(doc) {
                check_article(&a)?;
            }
        }
    }
}
