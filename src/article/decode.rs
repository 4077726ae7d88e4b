//! From bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), a declared charset (HTTP
//! header or HTML `<meta>`), else UTF-8 when the bytes are valid UTF-8 and Windows-1252
//! (the superset of Latin-1 that old pages and Word exports use) when they are not.
//! Binary data is refused here so that no reader has to cope with it.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use crate::error::{Error, Result};

/// Decode `bytes`, named `what` in error messages.
pub fn decode(bytes: &[u8], charset: Option<&str>, what: &str) -> Result<String> {
    let encoding = if let Some((enc, _)) = Encoding::for_bom(bytes) {
        enc
    } else if let Some(enc) = charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())) {
        // UTF-16 declared without a BOM is decoded as declared; "utf-16" alone means LE.
        enc
    } else if let Some(enc) = utf16_without_bom(bytes) {
        enc
    } else if std::str::from_utf8(bytes).is_ok() {
        UTF_8
    } else {
        WINDOWS_1252
    };
    let (text, _, _) = encoding.decode(bytes);
    if looks_binary(&text) {
        return Err(Error::Binary(what.to_string()));
    }
    Ok(text.into_owned())
}

/// Text saved as UTF-16 without a BOM: every other byte of ASCII text is zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 16 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= half * 9 && even == 0 {
        Some(UTF_16LE)
    } else if even * 10 >= half * 9 && odd == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// NULs, or more than a few control characters other than tab, line and page breaks.
fn looks_binary(text: &str) -> bool {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            controls += 1;
        }
        if c == '\u{fffd}' {
            controls += 1;
        }
    }
    controls > 0 && controls * 100 > total
}

/// The charset an HTML page declares in its first bytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
pub fn html_meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let value: String = lower[at..]
        .iter()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .map(|b| *b as char)
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The `charset` parameter of a Content-Type header value.
pub fn header_charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_and_fallbacks() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFcaf\xC3\xA9", None, "t").unwrap(),
            "café"
        );
        assert_eq!(decode(b"\xFF\xFEh\0i\0", None, "t").unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i", None, "t").unwrap(), "hi");
        assert_eq!(
            decode(b"\x93quoted\x94 caf\xE9", None, "t").unwrap(),
            "“quoted” café"
        );
        assert_eq!(decode(b"caf\xE9", Some("iso-8859-1"), "t").unwrap(), "café");
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let bytes: Vec<u8> = "plain text here"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&bytes, None, "t").unwrap(), "plain text here");
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"PK\x03\x04\0\0\x01\x02", None, "x.zip"),
            Err(Error::Binary(_))
        ));
    }

    #[test]
    fn charsets_from_meta_and_header() {
        assert_eq!(
            html_meta_charset(b"<html><head><meta charset=\"windows-1252\">").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            header_charset("text/html; charset=ISO-8859-1").as_deref(),
            Some("ISO-8859-1")
        );
    }
}
