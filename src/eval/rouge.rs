//! `briefing-eval rouge CNNDM.jsonl`: key points against the editors' highlights, next to
//! the LEAD-3 baseline from the same sentence splitter, with ROUGE-1/2 F1 and ROUGE-Lsum F1.
//!
//! Scoring follows Google's `rouge-score` package: lowercase, tokens `[a-z0-9]+`, Porter
//! stemming of tokens longer than three characters, F1 per article averaged over articles;
//! Lsum takes one summary sentence a line and unions the LCS hits of each reference line.

use std::collections::HashMap;

use crate::article::{Article, Block, BlockKind, Document};
use crate::extract::{bottom_line, key_points, standalone, stem::stem};

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    fn from_counts(hits: usize, predicted: usize, reference: usize) -> Score {
        if predicted == 0 || reference == 0 {
            return Score::default();
        }
        let precision = hits as f64 / predicted as f64;
        let recall = hits as f64 / reference as f64;
        let f1 = if hits == 0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Score {
            precision,
            recall,
            f1,
        }
    }
}

/// rouge-score's tokenizer with stemming on.
pub fn tokenize(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .map(|t| if t.len() > 3 { stem(t) } else { t.to_string() })
        .collect()
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut out = HashMap::new();
    if n > 0 && tokens.len() >= n {
        for w in tokens.windows(n) {
            *out.entry(w).or_insert(0) += 1;
        }
    }
    out
}

/// ROUGE-N between a predicted and a reference text.
pub fn rouge_n(predicted: &str, reference: &str, n: usize) -> Score {
    let p = tokenize(predicted);
    let r = tokenize(reference);
    let pn = ngrams(&p, n);
    let rn = ngrams(&r, n);
    let hits: usize = rn
        .iter()
        .map(|(g, c)| pn.get(g).map_or(0, |pc| (*pc).min(*c)))
        .sum();
    Score::from_counts(hits, pn.values().sum(), rn.values().sum())
}

/// Indices into `r` of one longest common subsequence of `r` and `c`
/// (rouge-score's table and non-recursive backtrack, so ties break the same way).
fn lcs_indices(r: &[String], c: &[String]) -> Vec<usize> {
    let cols = c.len() + 1;
    let mut t = vec![0usize; (r.len() + 1) * cols];
    for i in 1..=r.len() {
        for j in 1..=c.len() {
            t[i * cols + j] = if r[i - 1] == c[j - 1] {
                t[(i - 1) * cols + j - 1] + 1
            } else {
                t[(i - 1) * cols + j].max(t[i * cols + j - 1])
            };
        }
    }
    let (mut i, mut j) = (r.len(), c.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if r[i - 1] == c[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i * cols + j - 1] > t[(i - 1) * cols + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    out.reverse();
    out
}

fn lines(text: &str) -> Vec<Vec<String>> {
    text.split('\n')
        .filter(|l| !l.is_empty())
        .map(tokenize)
        .collect()
}

/// Summary-level ROUGE-L ("Lsum"): one sentence a line in both texts.
pub fn rouge_lsum(predicted: &str, reference: &str) -> Score {
    let p = lines(predicted);
    let r = lines(reference);
    let n: usize = p.iter().map(Vec::len).sum();
    let m: usize = r.iter().map(Vec::len).sum();
    if n == 0 || m == 0 {
        return Score::default();
    }
    let mut left_p: HashMap<&str, usize> = HashMap::new();
    let mut left_r: HashMap<&str, usize> = HashMap::new();
    for t in p.iter().flatten() {
        *left_p.entry(t).or_insert(0) += 1;
    }
    for t in r.iter().flatten() {
        *left_r.entry(t).or_insert(0) += 1;
    }
    let mut hits = 0;
    for line in &r {
        let mut union: Vec<usize> = p.iter().flat_map(|c| lcs_indices(line, c)).collect();
        union.sort_unstable();
        union.dedup();
        for i in union {
            let t = line[i].as_str();
            let (Some(cp), Some(cr)) = (left_p.get(t).copied(), left_r.get(t).copied()) else {
                continue;
            };
            if cp > 0 && cr > 0 {
                hits += 1;
                left_p.insert(t, cp - 1);
                left_r.insert(t, cr - 1);
            }
        }
    }
    Score::from_counts(hits, n, m)
}

/// A corpus article with one body paragraph per line: no title guessing, so sentence
/// indices and LEAD-3 come from the same splitter the engine uses.
pub fn article_from_plain(text: &str) -> Option<Article> {
    let blocks = text
        .split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(|l| Block {
            kind: BlockKind::Paragraph,
            text: l.to_string(),
        })
        .collect();
    Article::from_document(Document {
        metadata: Default::default(),
        blocks,
    })
    .ok()
}

#[derive(Default)]
struct Totals {
    r1: f64,
    r2: f64,
    rl: f64,
}

impl Totals {
    fn add(&mut self, predicted: &str, reference: &str) {
        self.r1 += rouge_n(predicted, reference, 1).f1;
        self.r2 += rouge_n(predicted, reference, 2).f1;
        self.rl += rouge_lsum(predicted, reference).f1;
    }

    fn line(&self, name: &str, n: usize) -> String {
        let k = 100.0 / n.max(1) as f64;
        format!(
            "{name:<24} R-1 {:5.2}  R-2 {:5.2}  R-Lsum {:5.2}",
            self.r1 * k,
            self.r2 * k,
            self.rl * k
        )
    }
}

pub fn main(args: &[String]) -> super::EvalResult {
    let Some(path) = args.first() else {
        return Err("usage: briefing-eval rouge CNNDM.jsonl [--verbose]".into());
    };
    let verbose = args.iter().any(|a| a == "--verbose");
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut system = Totals::default();
    let mut lead = Totals::default();
    let mut bottom = Totals::default();
    let mut articles = 0;
    let mut points = 0;
    let mut dangling = 0;
    let mut dangling_bottom = 0;
    let mut lead_dangling = 0;
    let mut extraction = std::time::Duration::ZERO;
    let mut questions_total = 0;
    for (lineno, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{path}:{}: not JSON: {e}", lineno + 1))?;
        let (Some(text), Some(highlights)) = (v["article"].as_str(), v["highlights"].as_array())
        else {
            return Err(format!(
                "{path}:{}: expected \"article\" and \"highlights\"",
                lineno + 1
            ));
        };
        let reference = highlights
            .iter()
            .filter_map(|h| h.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let Some(article) = article_from_plain(text) else {
            continue;
        };
        articles += 1;
        let started = std::time::Instant::now();
        // As `extract::generate` does: one analysis for the three extractors.
        let analysis = key_points::score::analyse(&article);
        let kp = key_points::select_with(&article, &analysis, None);
        let bl = bottom_line::compose_with(&article, &analysis, &kp);
        let qs = crate::extract::questions::extract_with(&article, &analysis);
        extraction += started.elapsed();
        questions_total += qs.len();
        let first3: Vec<&str> = kp.iter().take(3).map(|p| p.text.as_str()).collect();
        system.add(&first3.join("\n"), &reference);
        let lead3: Vec<&str> = (0..article.sentences.len().min(3))
            .map(|i| article.sentence_text(i))
            .collect();
        lead_dangling += lead3.iter().filter(|s| standalone::opens_badly(s)).count();
        lead.add(&lead3.join("\n"), &reference);
        if verbose {
            let sources: Vec<usize> = kp.iter().take(3).flat_map(|p| p.sources.clone()).collect();
            if sources != [0, 1, 2] {
                let d1 = rouge_n(&first3.join("\n"), &reference, 1).f1
                    - rouge_n(&lead3.join("\n"), &reference, 1).f1;
                let d2 = rouge_n(&first3.join("\n"), &reference, 2).f1
                    - rouge_n(&lead3.join("\n"), &reference, 2).f1;
                println!(
                    "line {}: points from {sources:?}: ΔR-1 {:+.1} ΔR-2 {:+.1}",
                    lineno + 1,
                    100.0 * d1,
                    100.0 * d2
                );
                for p in kp.iter().take(3) {
                    println!("    + {}", p.text);
                }
                for l in &lead3 {
                    println!("    L {l}");
                }
            }
        }
        bottom.add(&bl.text, &reference);
        points += kp.len();
        dangling += kp
            .iter()
            .filter(|p| standalone::opens_badly(&p.text))
            .count();
        dangling_bottom += usize::from(standalone::opens_badly(&bl.text));
    }
    println!("{articles} articles from {path} (F1, stemmed, mean over articles)");
    println!("{}", system.line("key points (first 3)", articles));
    println!("{}", lead.line("LEAD-3", articles));
    println!("{}", bottom.line("bottom line", articles));
    println!(
        "key points + bottom line + open questions ({questions_total} questions): {:.0} articles/s \
         (build with --release for a meaningful figure)",
        articles as f64 / extraction.as_secs_f64().max(1e-9)
    );
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "key points opening with a pronoun/connective: {dangling}/{points} ({:.1}%); \
         bottom lines: {dangling_bottom}/{articles} ({:.1}%); LEAD-3 sentences: {lead_dangling}/{} ({:.1}%)",
        pct(dangling, points),
        pct(dangling_bottom, articles),
        articles * 3,
        pct(lead_dangling, articles * 3)
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokenizer_lowercases_splits_and_stems_long_tokens() {
        assert_eq!(
            tokenize("The cats' talks-ran, in 2019!"),
            ["the", "cat", "talk", "ran", "in", "2019"]
        );
        // Short tokens are never stemmed ("was" stays, it would become "wa").
        assert_eq!(tokenize("was"), ["was"]);
    }

    /// pred "the cat sat on the mat" vs ref "the cat lay on the mat":
    /// unigrams hit the×2, cat, on, mat = 5 of 6 each way; bigrams hit "the cat", "on the",
    /// "the mat" = 3 of 5.
    #[test]
    fn rouge_n_hand_computed() {
        let s = rouge_n("the cat sat on the mat", "the cat lay on the mat", 1);
        assert!(close(s.precision, 5.0 / 6.0) && close(s.recall, 5.0 / 6.0));
        assert!(close(s.f1, 5.0 / 6.0));
        let s = rouge_n("the cat sat on the mat", "the cat lay on the mat", 2);
        assert!(close(s.f1, 3.0 / 5.0));
        // Different lengths: pred 2 tokens both hit, ref 4 tokens: P=1, R=0.5, F=2/3.
        let s = rouge_n("police arrested", "police arrested two men", 1);
        assert!(close(s.precision, 1.0) && close(s.recall, 0.5) && close(s.f1, 2.0 / 3.0));
        assert_eq!(rouge_n("", "x", 1).f1, 0.0);
    }

    /// Reference line "a b c d" against candidate lines "a b" and "c x d": LCS with each is
    /// {a,b} and {c,d}; the union hits 4 of 4 reference tokens and 4 of 5 candidate tokens:
    /// R=1, P=0.8, F=8/9. As one line, LCS("a b c d", "a b c x d") is the same 4.
    #[test]
    fn rouge_lsum_hand_computed() {
        let s = rouge_lsum("a b\nc x d", "a b c d");
        assert!(close(s.recall, 1.0) && close(s.precision, 0.8));
        assert!(close(s.f1, 8.0 / 9.0));
        // Order matters within a line: "d c b a" vs "a b c d" has LCS 1.
        let s = rouge_lsum("d c b a", "a b c d");
        assert!(close(s.f1, 0.25));
        // A candidate token is counted once even if two reference lines want it.
        let s = rouge_lsum("a", "a\na");
        assert!(close(s.precision, 1.0) && close(s.recall, 0.5));
    }
}
