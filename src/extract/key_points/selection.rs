//! Greedy selection with a redundancy penalty (maximal marginal relevance): each next point
//! is the best-scoring sentence that does not repeat one already chosen.

use crate::article::Article;
use crate::brief::Item;
use crate::extract::key_points::score::{similarity, Analysis};
use crate::extract::key_points::trim;
use crate::extract::standalone;

/// Weight of redundancy against importance.
const REDUNDANCY: f64 = 0.3;
/// Later points should add new matters, not more on the lead's.
const LATE_REDUNDANCY: f64 = 0.8;
/// Above this overlap with a chosen point a sentence says the same thing.
const DUPLICATE: f64 = 0.6;
/// Points ranked by the lead-heavy score before content takes over.
const LEAD_POINTS: usize = 3;

/// The text of sentence `i` ready to stand as a point, or `None` when it cannot.
/// The text of sentence `i` ready to stand as a point, with the sentences it cites (more
/// than one when a quotation it opens goes on), or `None` when it cannot stand.
pub fn point_text(
    article: &Article,
    analysis: &Analysis,
    i: usize,
) -> Option<(String, Vec<usize>)> {
    let (raw, last) = trim::with_whole_quote(article, i);
    let text = trim::cut_aside(trim::strip_dateline(raw));
    standalone::standalone(article, &analysis.surnames, i, &text)
        .filter(|t| !points_back(t))
        .map(|t| (t, (i..=last).collect()))
}

/// "It is the biggest decline …", "These employees …", "Such an idea …": a point opening
/// with a word that refers to the sentence before cannot stand alone. (Open questions may:
/// "It is unclear whether …" is their typical form.)
fn points_back(text: &str) -> bool {
    let first = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(first, "These" | "Those" | "Such")
}

pub fn select_ranked(article: &Article, analysis: &Analysis, n: usize) -> Vec<Item> {
    let infos = &analysis.sentences;
    let mut chosen: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    let mut rejected = vec![false; infos.len()];
    while out.len() < n {
        let mut best: Option<(usize, f64)> = None;
        for (i, s) in infos.iter().enumerate() {
            if rejected[i] || chosen.contains(&i) || s.score <= 0.0 {
                continue;
            }
            let redundancy = chosen
                .iter()
                .map(|&c| similarity(s, &infos[c]))
                .fold(0.0, f64::max);
            if redundancy > DUPLICATE {
                continue;
            }
            let base = if out.len() < LEAD_POINTS {
                s.score
            } else {
                s.late_score
            };
            if base <= 0.0 {
                continue;
            }
            let weight = if out.len() < LEAD_POINTS {
                REDUNDANCY
            } else {
                LATE_REDUNDANCY
            };
            let value = base - weight * redundancy * base;
            if best.is_none_or(|(_, v)| value > v) {
                best = Some((i, value));
            }
        }
        let Some((i, _)) = best else { break };
        match point_text(article, analysis, i) {
            Some((text, sources)) => {
                chosen.extend(sources.iter().copied());
                out.push(Item { text, sources });
            }
            None => rejected[i] = true,
        }
    }
    out
}
