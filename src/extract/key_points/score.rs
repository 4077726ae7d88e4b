//! Sentence importance: a position prior refined by centrality and entity salience, with
//! penalties for sentences that make poor points on their own (questions, bare quotes,
//! fragments, run-ons, page furniture).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::article::Article;
use crate::extract::key_points::trim;
use crate::extract::standalone;
use crate::extract::stem::stem;
use crate::extract::stopwords::is_stopword;
use crate::extract::words::words;

/// What the selectors need to know about one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceInfo {
    /// Stemmed content words as term ids (per article), sorted, each once.
    pub terms: Vec<u32>,
    pub word_count: usize,
    pub is_question: bool,
    /// Opens with a quotation mark: the speaker's words without the news.
    pub opens_with_quote: bool,
    pub furniture: bool,
    /// Opens a quotation it does not close (or closes one it did not open): a quote
    /// spread over sentences, which reads broken on its own.
    pub broken_quote: bool,
    /// Lies inside a quotation opened in an earlier sentence of its paragraph: someone's
    /// words without the speaker.
    pub continues_quote: bool,
    /// Position-free importance: centrality plus salience, in [0, 1].
    pub content: f64,
    /// The score for the first points, where the lead dominates.
    pub score: f64,
    /// The score for later points, which should cover the rest of the story.
    pub late_score: f64,
}

/// The sentence analysis of one article, shared by key points, bottom line, open questions
/// and pronoun resolution. [`crate::extract::generate`] computes it once per article and
/// passes it down; nothing caches it behind the callers' backs.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub sentences: Vec<SentenceInfo>,
    /// Surnames of people named in full, with the sentence that first names them.
    pub surnames: Vec<(usize, String)>,
}

/// Position prior: the lead sentence weighs most, decaying over the first paragraphs.
fn position_prior(index: usize) -> f64 {
    1.0 / (1.0 + index as f64 / 2.0)
}

const POSITION_WEIGHT: f64 = 0.85;

/// For points after the lead: a gentle decay, so the rest of the story can be covered.
fn late_position_prior(index: usize) -> f64 {
    1.0 / (1.0 + index as f64 / 8.0)
}
/// After the first three points the lead has been told; content decides more.
const LATE_POSITION_WEIGHT: f64 = 0.3;

/// FNV-1a: the vocabulary's keys are short words, where SipHash's setup dominates.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Content words as term ids: each distinct surface form is lowercased, checked against
/// the stopwords and stemmed once (`None`: not a content word).
#[derive(Default)]
struct Vocabulary<'a> {
    by_surface: FnvMap<&'a str, Option<u32>>,
    by_stem: FnvMap<String, u32>,
}

impl<'a> Vocabulary<'a> {
    fn term(&mut self, surface: &'a str) -> Option<u32> {
        if let Some(&id) = self.by_surface.get(surface) {
            return id;
        }
        let lower = surface.to_lowercase();
        let id = if is_stopword(&lower) || lower.chars().nth(1).is_none() {
            None
        } else {
            let next = self.by_stem.len() as u32;
            Some(*self.by_stem.entry(stem(&lower)).or_insert(next))
        };
        self.by_surface.insert(surface, id);
        id
    }

    fn len(&self) -> usize {
        self.by_stem.len()
    }
}

/// The analysis of `article`, computed afresh on every call: call it once per article and
/// pass the result to everything that needs it.
pub fn analyse(article: &Article) -> Analysis {
    let n = article.sentences.len();
    let mut sentences: Vec<SentenceInfo> = Vec::with_capacity(n);
    let mut vocab = Vocabulary::default();
    // Capitalised words inside a sentence are names: the article's actors and places.
    let mut sentence_entities: Vec<Vec<u32>> = Vec::with_capacity(n);
    let mut all_terms: Vec<Vec<u32>> = Vec::with_capacity(n);
    for i in 0..n {
        let raw = article.sentence_text(i);
        let text = trim::strip_dateline(raw);
        let ws = words(text);
        let mut terms: Vec<u32> = Vec::with_capacity(ws.len());
        let mut entities: Vec<u32> = Vec::new();
        for (k, w) in ws.iter().enumerate() {
            let Some(id) = vocab.term(w.text) else {
                continue;
            };
            if k > 0 && w.text.chars().next().is_some_and(char::is_uppercase) {
                entities.push(id);
            }
            terms.push(id);
        }
        entities.sort_unstable();
        entities.dedup();
        all_terms.push(terms);
        let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ')']);
        sentences.push(SentenceInfo {
            word_count: ws.len(),
            is_question: trimmed.ends_with('?'),
            opens_with_quote: text.starts_with(['"', '“', '‘', '\'']),
            furniture: trim::is_furniture(raw),
            broken_quote: !crate::extract::words::quotes_balanced(text),
            continues_quote: continues_quote(article, i),
            ..Default::default()
        });
        sentence_entities.push(entities);
    }
    let mut doc_tf = vec![0.0f64; vocab.len()];
    let mut entity_tf = vec![0.0f64; vocab.len()];
    for (terms, ents) in all_terms.iter().zip(&sentence_entities) {
        for &t in terms {
            doc_tf[t as usize] += 1.0;
        }
        for &e in ents {
            entity_tf[e as usize] += 1.0;
        }
    }
    for (s, mut terms) in sentences.iter_mut().zip(all_terms) {
        terms.sort_unstable();
        terms.dedup();
        s.terms = terms;
    }
    // Centrality: how much of the article's recurring vocabulary a sentence carries
    // (cosine with the document's term frequencies, a word's first use not counted).
    let mut raw_content = Vec::with_capacity(n);
    for (s, ents) in sentences.iter().zip(&sentence_entities) {
        let dot: f64 = s.terms.iter().map(|&t| doc_tf[t as usize] - 1.0).sum();
        let cos = if s.terms.is_empty() {
            0.0
        } else {
            dot / (s.terms.len() as f64).sqrt()
        };
        let salience: f64 = ents
            .iter()
            .map(|&e| entity_tf[e as usize] - 1.0)
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
        s.late_score = (LATE_POSITION_WEIGHT * late_position_prior(i)
            + (1.0 - LATE_POSITION_WEIGHT) * s.content)
            * form;
    }
    Analysis {
        sentences,
        surnames: standalone::surname_index(article),
    }
}

/// Whether sentence `i` lies inside a quotation opened earlier in its paragraph.
pub fn continues_quote(article: &Article, i: usize) -> bool {
    let s = &article.sentences[i];
    let Some(para) = article.paragraphs.get(s.paragraph) else {
        return false;
    };
    let before = &article.text[para.start.min(s.start)..s.start];
    before.matches('“').count() > before.matches('”').count()
        || !before.matches('"').count().is_multiple_of(2)
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
    if s.broken_quote {
        f *= 0.5;
    }
    // Someone's words without the speaker ("The oil companies give him a lot of money.")
    // read as the article's own claim: never a point.
    if s.continues_quote {
        return 0.0;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_inside_a_quote_are_recognised() {
        let a = Article::from_text(
            "The minister spoke on Monday. She said: “We will act. Nothing is ruled out.” \
             Officials agreed.",
        )
        .expect("article");
        let inside: Vec<bool> = (0..a.sentences.len())
            .map(|i| continues_quote(&a, i))
            .collect();
        assert_eq!(inside, [false, false, true, false]);
    }

    #[test]
    fn lead_scores_highest_and_furniture_scores_nothing() {
        let a = Article::from_text(
            "Floods forced thousands of families from their homes across the northern region. \
             Rescue teams reached the flooded villages by boat on Tuesday. \
             Click here to follow us on social media.",
        )
        .expect("article");
        let an = analyse(&a);
        assert!(an.sentences[0].score > an.sentences[1].score);
        assert_eq!(an.sentences[2].score, 0.0);
    }
}
