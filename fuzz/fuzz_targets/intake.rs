//! Fuzz intake: arbitrary bytes read as plain text, Markdown or HTML (chosen by the first
//! byte), decoded, parsed, normalised and segmented. Any panic is a bug; so is a sentence
//! whose offsets do not hold.
//!
//! cargo install cargo-fuzz
//! cargo fuzz run intake -s none -- -max_total_time=600

#![no_main]

use briefing::article::{decode, html, markdown, segment, text, Article, BlockKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let Ok(input) = decode::decode(bytes, None, "fuzz") else {
        return;
    };
    let doc = match selector % 3 {
        0 => text::parse(&input),
        1 => markdown::parse(&input),
        _ => match html::parse(&input, None, "fuzz") {
            Ok(doc) => doc,
            Err(_) => return,
        },
    };
    for (s, e) in segment::split(&input) {
        assert!(s < e && input.is_char_boundary(s) && input.is_char_boundary(e));
    }
    if let Ok(article) = Article::from_document(doc) {
        let mut previous_end = 0;
        for s in &article.sentences {
            let p = article.paragraphs[s.paragraph];
            assert_eq!(p.kind, BlockKind::Paragraph);
            assert!(p.start <= s.start && s.start < s.end && s.end <= p.end);
            assert!(s.start >= previous_end);
            let t = &article.text[s.start..s.end];
            assert_eq!(t.trim(), t);
            previous_end = s.end;
        }
    }
});
