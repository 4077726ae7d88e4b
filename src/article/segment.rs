//! Sentence segmentation for news text.
//!
//! PLACEHOLDER (skeleton): a naive splitter on ". ", "! ", "? ". The intake work replaces it
//! with one that handles abbreviations, initials, decimals, ellipses and quotes.

/// Split one paragraph into sentences, as byte ranges into `text`, trimmed.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') && i + 1 < bytes.len() && bytes[i + 1] == b' ' {
            out.push((start, i + 1));
            start = i + 2;
            i += 2;
            continue;
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out.retain(|(s, e)| !text[*s..*e].trim().is_empty());
    out
}
