//! Sentence importance: a position prior refined by centrality and entity salience, with
//! penalties for sentences that make poor points on their own (questions, bare quotes,
//! fragments, run-ons, page furniture).

use std::collections::HashMap;

use crate::article::Article;
use crate::extract::key_points::trim;
use crate::extract::stem::stem;
use crate::extract::stopwords::is_stopword;
use crate::extract::words::words;

/// What the selectors need to know about one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceInfo {
    /// Stemmed content words, each once.
    pub terms: Vec<String>,
    pub word_count: usize,
    pub is_question: bool,
    /// Opens with a quotation mark: the speaker's words without the news.
    pub opens_with_quote: bool,
    pub furniture: bool,
    /// Position-free importance: centrality plus salience, in [0, 1].
    pub content: f64,
    /// The score for the first points, where the lead dominates.
    pub score: f64,
    /// The score for later points, which should cover the rest of the story.
    pub late_score: f64,
}

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub sentences: Vec<SentenceInfo>,
}

/// Position prior: the lead sentence weighs most, decaying over the first paragraphs.
fn position_prior(index: usize) -> f64 {
    1.0 / (1.0 + index as f64 / 2.0)
}

const POSITION_WEIGHT: f64 = 0.85;
/// After the first three points the lead has been told; content decides more.
const LATE_POSITION_WEIGHT: f64 = 0.3;

pub fn analyse(article: &Article) -> Analysis {
    let n = article.sentences.len();
    let mut sentences: Vec<SentenceInfo> = Vec::with_capacity(n);
    let mut doc_tf: HashMap<String, f64> = HashMap::new();
    // Capitalised words inside a sentence are names: the article's actors and places.
    let mut entity_tf: HashMap<String, f64> = HashMap::new();
    let mut sentence_entities: Vec<Vec<String>> = Vec::with_capacity(n);
    for i in 0..n {
        let raw = article.sentence_text(i);
        let text = trim::strip_dateline(raw);
        let ws = words(text);
        let mut terms: Vec<String> = Vec::new();
        let mut entities: Vec<String> = Vec::new();
        for (k, w) in ws.iter().enumerate() {
            let lower = w.text.to_lowercase();
            if is_stopword(&lower) || lower.chars().count() < 2 {
                continue;
            }
            let st = stem(&lower);
            if k > 0 && w.text.chars().next().is_some_and(char::is_uppercase) {
                entities.push(st.clone());
            }
            terms.push(st);
        }
        for t in &terms {
            *doc_tf.entry(t.clone()).or_insert(0.0) += 1.0;
        }
        entities.sort();
        entities.dedup();
        for e in &entities {
            *entity_tf.entry(e.clone()).or_insert(0.0) += 1.0;
        }
        terms.sort();
        terms.dedup();
        let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ')']);
        sentences.push(SentenceInfo {
            terms,
            word_count: ws.len(),
            is_question: trimmed.ends_with('?'),
            opens_with_quote: text.starts_with(['"', '“', '‘', '\'']),
            furniture: trim::is_furniture(raw),
            ..Default::default()
        });
        sentence_entities.push(entities);
    }
    // Centrality: how much of the article's recurring vocabulary a sentence carries
    // (cosine with the document's term frequencies, the sentence's own counts removed).
    let mut raw_content = Vec::with_capacity(n);
    for (s, ents) in sentences.iter().zip(&sentence_entities) {
        let mut dot = 0.0;
        let mut norm = 0.0;
        for t in &s.terms {
            let w = doc_tf.get(t).copied().unwrap_or(1.0) - 1.0;
            dot += w;
            norm += w * w;
        }
        let cos = if s.terms.is_empty() || norm == 0.0 {
            0.0
        } else {
            dot / ((s.terms.len() as f64).sqrt() * doc_norm(&doc_tf))
        };
        let salience: f64 = ents
            .iter()
            .map(|e| entity_tf.get(e).copied().unwrap_or(1.0) - 1.0)
            .filter(|&v| v > 0.0)
            .map(|v| (1.0 + v).ln())
            .sum();
        raw_content.push((cos, salience));
    }
    let max_cos = raw_content.iter().map(|c| c.0).fold(0.0, f64::max);
    let max_sal = raw_content.iter().map(|c| c.1).fold(0.0, f64::max);
    for (i, (s, (cos, sal))) in sentences.iter_mut().zip(raw_content).enumerate() {
        let c = if max_cos > 0.0 { cos / max_cos } else { 0.0 };
        let e = if max_sal > 0.0 { sal / max_sal } else { 0.0 };
        s.content = 0.7 * c + 0.3 * e;
        let mut score = POSITION_WEIGHT * position_prior(i) + (1.0 - POSITION_WEIGHT) * s.content;
        let form = form_factor(s);
        score *= form;
        s.score = score;
        s.late_score = (LATE_POSITION_WEIGHT * position_prior(i)
            + (1.0 - LATE_POSITION_WEIGHT) * s.content)
            * form;
    }
    Analysis { sentences }
}

fn doc_norm(tf: &HashMap<String, f64>) -> f64 {
    tf.values()
        .map(|v| (v - 1.0).max(0.0).powi(2))
        .sum::<f64>()
        .sqrt()
        .max(1.0)
}

/// How well a sentence works as a point on its own, as a multiplier.
fn form_factor(s: &SentenceInfo) -> f64 {
    if s.furniture {
        return 0.0;
    }
    let mut f = 1.0;
    if s.is_question {
        f *= 0.3;
    }
    if s.opens_with_quote {
        f *= 0.7;
    }
    if s.word_count < 6 {
        f *= 0.3;
    } else if s.word_count < 10 {
        f *= 0.8;
    } else if s.word_count > 55 {
        f *= 0.7;
    }
    f
}

/// Word overlap between two sentences (cosine over their term sets).
pub fn similarity(a: &SentenceInfo, b: &SentenceInfo) -> f64 {
    if a.terms.is_empty() || b.terms.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].cmp(&b.terms[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / ((a.terms.len() * b.terms.len()) as f64).sqrt()
}
