//! `briefing-eval split CNNDM.jsonl [--show N]`: how often the sentence splitter cuts
//! through a name or abbreviation.
//!
//! The highlights of each article name the people, places and bodies that matter; every
//! multi-word capitalised name ("George W. Bush", "U.S. Senate", "Mr. Smith") and every
//! dotted abbreviation ("U.S.", "Gen.") in the highlights that also occurs in the article
//! is looked up in the segmented article. A name is split when a sentence boundary falls
//! strictly inside one of its occurrences. An abbreviation can legitimately end a sentence
//! ("moved to the U.S."), so for abbreviations the report counts boundaries right after
//! them, split by whether the next word is a common sentence opener, and shows examples
//! to read. Sentence statistics flag the other failure modes: very long sentences (missed
//! boundaries) and very short ones (spurious boundaries).

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::article::{language, Article};

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: String,
    article: String,
    #[serde(default)]
    highlights: Vec<String>,
}

#[derive(Default)]
struct Counts {
    articles: usize,
    unreadable: usize,
    not_english: usize,
    sentences: Vec<usize>,
    words_per_sentence: Vec<usize>,
    names: usize,
    name_occurrences: usize,
    names_split: usize,
    abbreviations: usize,
    abbreviation_occurrences: usize,
    abbreviation_ends: usize,
    titles_and_initials: usize,
    titles_and_initials_split: usize,
    examples: Vec<String>,
    long_examples: Vec<String>,
}

pub fn main(args: &[String]) -> super::EvalResult {
    let mut path = None;
    let mut show = 10usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--show" => {
                show = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--show needs a number")?
            }
            _ if path.is_none() => path = Some(a.clone()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let path = path.ok_or("usage: briefing-eval split CNNDM.jsonl [--show N]")?;
    let data = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut c = Counts::default();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        measure(&rec, &mut c, show);
    }
    report(&c);
    Ok(())
}

fn measure(rec: &Record, c: &mut Counts, show: usize) {
    let article = match Article::from_text(&rec.article) {
        Ok(a) => a,
        Err(_) => {
            c.unreadable += 1;
            return;
        }
    };
    c.articles += 1;
    if language::check_english(&article.text).is_err() {
        c.not_english += 1;
    }
    c.sentences.push(article.sentences.len());
    for s in &article.sentences {
        let sentence = &article.text[s.start..s.end];
        let words = sentence.split_whitespace().count();
        c.words_per_sentence.push(words);
        if !(3..=60).contains(&words) && c.long_examples.len() < show {
            c.long_examples.push(format!(
                "[{}] {words} words: {sentence:?}",
                short_id(&rec.id)
            ));
        }
    }
    let starts: BTreeSet<usize> = article.sentences.iter().map(|s| s.start).collect();
    let ends: BTreeSet<usize> = article.sentences.iter().map(|s| s.end).collect();
    let inside = |a: usize, b: usize| {
        starts.range(a + 1..b).next().is_some() || ends.range(a + 1..b).next().is_some()
    };
    // Anywhere in the article: a title or an initial ("Gen.", "W.") before a capitalised
    // word never ends a sentence.
    for (at, _) in article.text.match_indices(". ") {
        let word_start = article.text[..at]
            .char_indices()
            .rev()
            .find(|(_, ch)| ch.is_whitespace() || matches!(ch, '(' | '"' | '“'))
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        let word = &article.text[word_start..at];
        let next_capital = article.text[at + 2..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let title = TITLES.contains(&word);
        let initial = word.len() == 1 && word.chars().all(|ch| ch.is_ascii_uppercase());
        if next_capital && (title || initial) {
            c.titles_and_initials += 1;
            if ends.contains(&(at + 1)) {
                c.titles_and_initials_split += 1;
                if c.examples.len() < show {
                    c.examples.push(format!(
                        "[{}] sentence ends after {:?}: {:?}",
                        short_id(&rec.id),
                        word,
                        context(&article.text, word_start, at + 1)
                    ));
                }
            }
        }
    }
    let (names, abbreviations) = candidates(&rec.highlights);
    for name in names.iter().filter(|n| article.text.contains(n.as_str())) {
        c.names += 1;
        for (at, _) in article.text.match_indices(name.as_str()) {
            c.name_occurrences += 1;
            if inside(at, at + name.len()) {
                c.names_split += 1;
                if c.examples.len() < show {
                    c.examples.push(format!(
                        "[{}] name split: {:?} in {:?}",
                        short_id(&rec.id),
                        name,
                        context(&article.text, at, at + name.len())
                    ));
                }
            }
        }
    }
    for abbr in abbreviations
        .iter()
        .filter(|a| article.text.contains(a.as_str()))
    {
        c.abbreviations += 1;
        for (at, _) in article.text.match_indices(abbr.as_str()) {
            let end = at + abbr.len();
            // Whole words only: "U.S." inside "U.S.A." is another abbreviation.
            let before_ok = article.text[..at]
                .chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric() && ch != '.');
            let after_ok = article.text[end..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric());
            if !(before_ok && after_ok) {
                continue;
            }
            c.abbreviation_occurrences += 1;
            if inside(at, end) {
                c.names_split += 1;
            }
            if ends.contains(&end) && starts.range(end..).next().is_some() {
                c.abbreviation_ends += 1;
                if c.examples.len() < show {
                    c.examples.push(format!(
                        "[{}] sentence ends after {:?}: {:?}",
                        short_id(&rec.id),
                        abbr,
                        context(&article.text, at, end)
                    ));
                }
            }
        }
    }
}

/// Multi-word capitalised names and dotted abbreviations written in the highlights.
fn candidates(highlights: &[String]) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut names = BTreeSet::new();
    let mut abbreviations = BTreeSet::new();
    for h in highlights {
        let mut run: Vec<&str> = Vec::new();
        let tokens: Vec<&str> = h.split_whitespace().collect();
        for (i, raw) in tokens.iter().enumerate() {
            let token = raw.trim_start_matches(['"', '\'', '“', '‘', '(']);
            let stripped =
                token.trim_end_matches(['"', '\'', '”', '’', ')', ',', ';', ':', '?', '!']);
            if is_dotted(stripped) {
                abbreviations.insert(stripped.to_string());
            }
            let capitalised = stripped.chars().next().is_some_and(char::is_uppercase);
            let keeps_dot = is_dotted(stripped) || is_initial(stripped);
            // A token ending a clause (comma, closing quote, full stop after a word) closes
            // the run after it.
            let closes = stripped.len() < token.len()
                || (stripped.ends_with('.') && !keeps_dot)
                || i + 1 == tokens.len();
            if capitalised && !(run.is_empty() && is_opener(stripped)) {
                let word = if stripped.ends_with('.') && !keeps_dot {
                    stripped.trim_end_matches('.')
                } else {
                    stripped
                };
                run.push(word.strip_suffix("'s").unwrap_or(word));
                if closes || word.len() < stripped.len() || word.ends_with("'s") {
                    flush(&mut run, &mut names);
                }
            } else {
                flush(&mut run, &mut names);
            }
        }
        flush(&mut run, &mut names);
    }
    (names, abbreviations)
}

/// "W.": an initial inside a name.
fn is_initial(token: &str) -> bool {
    let mut cs = token.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

fn flush(run: &mut Vec<&str>, names: &mut BTreeSet<String>) {
    if run.len() >= 2 {
        names.insert(run.join(" "));
    }
    run.clear();
}

/// "U.S.", "F.B.I.", "Mr.", "Gen.", "a.m.": letters in short groups, each ending in a dot.
fn is_dotted(token: &str) -> bool {
    token.ends_with('.')
        && token.len() >= 2
        && token
            .trim_end_matches('.')
            .split('.')
            .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && (token.matches('.').count() >= 2 || ABBREVIATIONS.contains(&token))
}

const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Prof.", "St.",
    "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Inc.", "Corp.", "Ltd.", "Co.",
    "vs.", "Jr.", "Sr.", "Capt.", "Sgt.", "Adm.", "Rev.", "Mt.",
];

const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Prof", "Capt", "Sgt", "Adm",
    "Rev", "Maj", "Cmdr",
];

fn is_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "His"
            | "Her"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "This"
            | "That"
            | "Their"
            | "Its"
            | "After"
            | "New"
    )
}

fn short_id(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}

fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace("\n\n", " ¶ ")
}

fn report(c: &Counts) {
    let rate = |n: usize, d: usize| {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    };
    let mut sentences = c.sentences.clone();
    sentences.sort_unstable();
    let total: usize = sentences.iter().sum();
    let median = sentences.get(sentences.len() / 2).copied().unwrap_or(0);
    let words_total: usize = c.words_per_sentence.iter().sum();
    let long = c.words_per_sentence.iter().filter(|w| **w > 60).count();
    let short = c.words_per_sentence.iter().filter(|w| **w < 3).count();
    println!(
        "articles: {} read, {} unreadable, {} judged not English",
        c.articles, c.unreadable, c.not_english
    );
    println!(
        "sentences: {total} total, {:.1} per article (median {median}, min {}, max {}), {:.1} words per sentence",
        total as f64 / c.articles.max(1) as f64,
        sentences.first().copied().unwrap_or(0),
        sentences.last().copied().unwrap_or(0),
        words_total as f64 / c.words_per_sentence.len().max(1) as f64,
    );
    println!(
        "  over 60 words (missed boundary?): {long} ({:.2}%); under 3 words (spurious boundary?): {short} ({:.2}%)",
        rate(long, c.words_per_sentence.len()),
        rate(short, c.words_per_sentence.len())
    );
    println!(
        "highlighted names found in articles: {} names, {} occurrences; split inside: {} ({:.2}%)",
        c.names,
        c.name_occurrences,
        c.names_split,
        rate(c.names_split, c.name_occurrences)
    );
    println!(
        "highlighted abbreviations found in articles: {} abbreviations, {} occurrences; sentence ends right after: {} ({:.2}%, some legitimately end a sentence: read the examples)",
        c.abbreviations,
        c.abbreviation_occurrences,
        c.abbreviation_ends,
        rate(c.abbreviation_ends, c.abbreviation_occurrences)
    );
    println!(
        "titles and initials before a capitalised word, anywhere in the articles: {} occurrences; sentence ends right after: {} ({:.2}%)",
        c.titles_and_initials,
        c.titles_and_initials_split,
        rate(c.titles_and_initials_split, c.titles_and_initials)
    );
    for e in &c.examples {
        println!("  {e}");
    }
    if !c.long_examples.is_empty() {
        println!("sentences over 60 or under 3 words:");
    }
    for e in &c.long_examples {
        println!("  {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations_from_highlights() {
        let (names, abbrs) = candidates(&[
            "George W. Bush met U.S. Senate leaders on Monday.".to_string(),
            "The Mr. Smith's plan was backed by the F.B.I.".to_string(),
        ]);
        assert!(names.contains("George W. Bush"), "{names:?}");
        assert!(names.contains("U.S. Senate"), "{names:?}");
        assert!(names.contains("Mr. Smith"), "{names:?}");
        assert!(abbrs.contains("U.S."), "{abbrs:?}");
        assert!(abbrs.contains("F.B.I."), "{abbrs:?}");
        assert!(abbrs.contains("Mr."), "{abbrs:?}");
    }
}
