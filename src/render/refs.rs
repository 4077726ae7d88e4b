//! Source references: the compact `[s4, s7]` / `[s1–s3]` tags that tie a line of the brief
//! to the article sentences it came from. Written by the Markdown renderer and read back by
//! the HTML and PDF renderers, so both directions live here.

/// The label for 0-based sentence indices: `s1–s3, s7` (1-based; runs of three or more are
/// compressed with an en dash). Empty when there are no sources.
pub fn label(sources: &[usize]) -> String {
    let mut ids: Vec<usize> = sources.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < ids.len() {
        let mut j = i;
        while j + 1 < ids.len() && ids[j + 1] == ids[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("s{}–s{}", ids[i] + 1, ids[j] + 1));
        } else {
            for id in &ids[i..=j] {
                parts.push(format!("s{}", id + 1));
            }
        }
        i = j + 1;
    }
    parts.join(", ")
}

/// ` [s1–s3, s7]`, with its leading space, or nothing when there are no sources.
pub fn suffix(sources: &[usize]) -> String {
    if sources.is_empty() {
        String::new()
    } else {
        format!(" [{}]", label(sources))
    }
}

/// A reference found in text: its byte span (brackets included), the label between the
/// brackets, and the 0-based sentence indices it stands for (every one of a range).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub sources: Vec<usize>,
}

/// Upper bound on the sentences one range may expand to, so a hand-edited `[s1–s999999999]`
/// cannot make a renderer allocate without limit.
const MAX_RANGE: usize = 10_000;

/// Every well-formed reference in `text`, in order. Anything else in brackets is left alone.
pub fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find('[') {
        let start = from + rel;
        let Some(close_rel) = text[start + 1..].find(']') else {
            break;
        };
        let end = start + 1 + close_rel + 1;
        let inner = &text[start + 1..end - 1];
        match parse_label(inner) {
            Some(sources) => {
                out.push(Found {
                    start,
                    end,
                    label: inner.to_string(),
                    sources,
                });
                from = end;
            }
            None => from = start + 1,
        }
    }
    out
}

/// `s4, s7` / `s1–s3` / `s1-s3` → 0-based indices; None if it is not a reference label.
pub fn parse_label(inner: &str) -> Option<Vec<usize>> {
    let mut sources = Vec::new();
    for part in inner.split(',') {
        let part = part.trim();
        let (a, b) = match part.split_once(['–', '-', '—']) {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (part, None),
        };
        let first = number(a)?;
        match b {
            None => sources.push(first - 1),
            Some(b) => {
                let last = number(b)?;
                if last < first || last - first > MAX_RANGE {
                    return None;
                }
                sources.extend((first..=last).map(|n| n - 1));
            }
        }
    }
    (!sources.is_empty()).then_some(sources)
}

/// `s12` → 12 (1-based, so never 0).
fn number(s: &str) -> Option<usize> {
    let digits = s.strip_prefix('s')?;
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_compresses_runs_of_three_or_more() {
        assert_eq!(label(&[0, 1, 2, 6]), "s1–s3, s7");
        assert_eq!(label(&[3, 6]), "s4, s7");
        assert_eq!(label(&[1, 0]), "s1, s2");
        assert_eq!(label(&[4, 4]), "s5");
        assert_eq!(suffix(&[]), "");
    }

    #[test]
    fn find_reads_back_what_label_writes() {
        let text = format!("A claim{} and more", suffix(&[0, 1, 2, 6]));
        let found = find(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].sources, vec![0, 1, 2, 6]);
        assert_eq!(&text[found[0].start..found[0].end], "[s1–s3, s7]");
    }

    #[test]
    fn find_ignores_other_brackets() {
        assert!(find("[sic] [s0] [s] [x1] [s1–] [s3–s1]").is_empty());
        let found = find("[note [s2]");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].sources, vec![1]);
    }

    #[test]
    fn huge_ranges_are_not_references() {
        assert!(find("[s1–s999999999]").is_empty());
    }
}
