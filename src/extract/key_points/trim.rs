//! Cleaning a sentence for use outside the article: datelines and wire-service tags go,
//! and page furniture (bylines, timestamps, "click here") is recognised so it is never
//! chosen.

/// The sentence without a leading dateline ("LONDON, England (CNN) -- ", "(CNN)",
/// "PARIS (Reuters) - ", "WASHINGTON — ").
pub fn strip_dateline(text: &str) -> &str {
    let t = text.trim_start();
    let head_end = t.char_indices().nth(70).map_or(t.len(), |(i, _)| i);
    let head = &t[..head_end];
    // A wire tag in parentheses: "(CNN)", "(Reuters)", "(AP)", after an upper-case place.
    if let Some(open) = head.find('(') {
        if let Some(close_rel) = head[open..].find(')') {
            let tag = &head[open + 1..open + close_rel];
            let place = &head[..open];
            let tag_ok = (2..=20).contains(&tag.len())
                && tag
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
                && tag.chars().next().is_some_and(char::is_uppercase);
            let place_ok = place.chars().all(|c| !c.is_lowercase())
                || place.split(',').next().is_some_and(|p| {
                    p.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && p.chars().all(|c| !c.is_lowercase())
                });
            if tag_ok && place_ok {
                let rest = &t[open + close_rel + 1..];
                let rest = rest.trim_start_matches([' ', '-', '—', '–', ':']);
                if rest.split_whitespace().count() >= 3 {
                    return rest;
                }
            }
        }
    }
    // "WASHINGTON — ", "RANGOON, Burma - ": an upper-case place (and its country) and a dash.
    for dash in [" -- ", " — ", " – ", " - "] {
        if let Some(pos) = head.find(dash) {
            let place = &head[..pos];
            let city = place.split(',').next().unwrap_or(place);
            let country_ok = place[city.len()..]
                .trim_start_matches(',')
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
            let letters = city.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 3 && city.chars().all(|c| !c.is_lowercase()) && country_ok {
                let rest = &t[pos + dash.len()..];
                if rest.split_whitespace().count() >= 3 {
                    return rest;
                }
            }
        }
    }
    t
}

/// Bylines, timestamps, share prompts and picture credits: text around an article, not in it.
pub fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    // Furniture is short; long sentences are article text even if they mention a photo.
    if t.len() > 240 {
        return false;
    }
    let lower = t.to_lowercase();
    const MARKERS: &[&str] = &[
        "published:",
        "updated:",
        "last updated at",
        "click here",
        "scroll down for",
        "follow us on",
        "share this article",
        "all rights reserved",
        "sign up for",
        "read more:",
        "photo credit",
        "getty images",
        "subscribe to",
    ];
    if MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    if lower.starts_with("by ") && t.split_whitespace().count() <= 8 {
        return true;
    }
    // Fragments: a lone "." or "|" left between byline parts.
    t.chars().filter(|c| c.is_alphabetic()).count() < 3 || t.starts_with('|')
}

/// Sentence `i` with the sentences that finish a quotation it opens (`said that farmers
/// "do a fantastic job. It's another form of …"`), up to two more in its paragraph, and
/// the index of the last one. A point or bottom line never shows half a quotation.
pub fn with_whole_quote(article: &crate::article::Article, i: usize) -> (&str, usize) {
    let balanced = crate::extract::words::quotes_balanced;
    let first = &article.sentences[i];
    let own = article.sentence_text(i);
    if balanced(own) {
        return (own, i);
    }
    for j in i + 1..article.sentences.len().min(i + 3) {
        let s = &article.sentences[j];
        if s.paragraph != first.paragraph {
            break;
        }
        let span = &article.text[first.start..s.end];
        if balanced(span) {
            return (span, j);
        }
    }
    (own, i)
}

/// Longer sentences are cut at a trailing aside to stay one readable line.
const MAX_WORDS: usize = 40;
const MIN_WORDS: usize = 8;

/// Cut a long sentence at its last trailing aside (", which…", " — …", "; …") that leaves
/// a complete main clause of at least `MIN_WORDS + 4` words.
pub fn cut_aside(text: &str) -> String {
    if text.split_whitespace().count() <= MAX_WORDS {
        return text.to_string();
    }
    let mut cut: Option<usize> = None;
    for sep in [
        "; ", " — ", " – ", ", which ", ", who ", ", while ", ", as ", ", after ",
    ] {
        for (i, _) in text.match_indices(sep) {
            let head = &text[..i];
            let words = head.split_whitespace().count();
            if (MIN_WORDS + 4..=MAX_WORDS).contains(&words) && cut.is_none_or(|c| i > c) {
                cut = Some(i);
            }
        }
    }
    match cut {
        Some(i) => {
            let head = text[..i].trim_end_matches([',', ';', ' ']);
            // A quote opened in the head must close there, or the cut would break it.
            if !crate::extract::words::quotes_balanced(head) {
                return text.to_string();
            }
            format!("{head}.")
        }
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_leads_lose_their_trailing_aside() {
        let long = "The Kremlin downplayed the possibility of an early summit between the two \
                    presidents on Tuesday, days after the White House meeting, which was \
                    attended by seven European leaders who had flown in from across the \
                    continent at short notice to discuss security guarantees and more.";
        let out = cut_aside(long);
        assert!(out.ends_with("White House meeting."), "{out}");
    }

    #[test]
    fn strips_wire_datelines() {
        assert_eq!(
            strip_dateline("(CNN)The storm hit the coast on Monday."),
            "The storm hit the coast on Monday."
        );
        assert_eq!(
            strip_dateline("LONDON, England (CNN) -- Police arrested two men on Friday."),
            "Police arrested two men on Friday."
        );
        assert_eq!(
            strip_dateline("WASHINGTON — The Senate voted on the bill today."),
            "The Senate voted on the bill today."
        );
        assert_eq!(
            strip_dateline("RANGOON, Burma - The opposition won a landslide on Sunday."),
            "The opposition won a landslide on Sunday."
        );
        // Parentheses inside a sentence are not a dateline.
        let s = "The group (which formed in 2010) met again.";
        assert_eq!(strip_dateline(s), s);
        let s = "Officials - including the mayor - met again.";
        assert_eq!(strip_dateline(s), s);
    }

    #[test]
    fn recognises_page_furniture() {
        assert!(is_furniture("By Daily Mail Reporter"));
        assert!(is_furniture("PUBLISHED: 12:01 EST, 3 April 2014"));
        assert!(is_furniture("Scroll down for video"));
        assert!(!is_furniture(
            "By Monday the floods had receded across the whole region, officials said."
        ));
    }
}
