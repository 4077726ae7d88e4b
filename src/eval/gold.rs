//! `briefing-eval gold FIXTURES_DIR`: parties and their position sentences against gold
//! briefs written by hand (`gold/parties/*.json` under the fixtures folder).
//!
//! A predicted party matches a gold party when its name is the gold name or an alias
//! (case-insensitive); a gold party is found when a matching party has a position. A
//! predicted position is right when it cites at most three sentences and one of them is a
//! gold sentence of its party's gold match. Recall counts the gold (party, sentence) pairs
//! cited by a right position of that party.

use super::ratio;
use std::path::Path;

use serde::Deserialize;

use crate::article::{self, Article, Input, LoadOptions};
use crate::extract::parties;

#[derive(Debug, Deserialize)]
pub struct GoldBrief {
    /// The article's path, relative to the fixtures folder.
    pub article: String,
    pub parties: Vec<GoldParty>,
}

#[derive(Debug, Deserialize)]
pub struct GoldParty {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Distinctive verbatim substrings of the sentences carrying the party's positions.
    pub sentences: Vec<String>,
}

/// Scores over all gold briefs.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct GoldScore {
    pub articles: usize,
    pub gold_parties: usize,
    pub found_parties: usize,
    pub gold_sentences: usize,
    pub recalled_sentences: usize,
    pub positions: usize,
    pub right_positions: usize,
    /// Positions in the "Reports and other sources" group: what media and reports say is
    /// no party's position, so no gold party holds it.
    pub source_positions: usize,
    /// What was missed, for `--verbose`: gold parties not found, gold sentences not cited.
    pub missed: Vec<String>,
}

impl GoldScore {
    pub fn parties_found(&self) -> f64 {
        ratio(self.found_parties, self.gold_parties)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.recalled_sentences, self.gold_sentences)
    }
    /// Over every position shown, sources included.
    pub fn precision(&self) -> f64 {
        ratio(self.right_positions, self.positions)
    }
    /// Over the parties' positions, the sources group left out.
    pub fn party_precision(&self) -> f64 {
        ratio(self.right_positions, self.positions - self.source_positions)
    }
    fn add(&mut self, o: &GoldScore) {
        self.articles += o.articles;
        self.gold_parties += o.gold_parties;
        self.found_parties += o.found_parties;
        self.gold_sentences += o.gold_sentences;
        self.recalled_sentences += o.recalled_sentences;
        self.positions += o.positions;
        self.right_positions += o.right_positions;
        self.source_positions += o.source_positions;
        self.missed.extend(o.missed.iter().cloned());
    }
    fn line(&self) -> String {
        format!(
            "parties found {:5.1}% ({}/{})  position sentences R {:5.1}% ({}/{})  P {:5.1}% ({}/{}), parties only {:5.1}% ({}/{})",
            100.0 * self.parties_found(),
            self.found_parties,
            self.gold_parties,
            100.0 * self.recall(),
            self.recalled_sentences,
            self.gold_sentences,
            100.0 * self.precision(),
            self.right_positions,
            self.positions,
            100.0 * self.party_precision(),
            self.right_positions,
            self.positions - self.source_positions
        )
    }
}

pub fn main(args: &[String]) -> super::EvalResult {
    let dir = args
        .first()
        .ok_or("usage: briefing-eval gold FIXTURES_DIR [--verbose]")?;
    let verbose = args.iter().any(|a| a == "--verbose");
    let (total, per_article) = score_dir(Path::new(dir))?;
    for (name, s) in &per_article {
        println!("{name:<70} {}", s.line());
        if verbose {
            for m in &s.missed {
                println!("    {m}");
            }
        }
    }
    println!("TOTAL ({} articles) {}", total.articles, total.line());
    Ok(())
}

/// Score every gold brief under `dir/gold/parties`.
pub fn score_dir(dir: &Path) -> Result<(GoldScore, Vec<(String, GoldScore)>), String> {
    let gold_dir = dir.join("gold").join("parties");
    let mut files: Vec<_> = std::fs::read_dir(&gold_dir)
        .map_err(|e| format!("cannot read {}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut total = GoldScore::default();
    let mut per = Vec::new();
    for f in files {
        let data = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let gold: GoldBrief =
            serde_json::from_str(&data).map_err(|e| format!("{}: {e}", f.display()))?;
        let path = dir.join(&gold.article);
        let article = article::load(&Input::Path(path.clone()), &LoadOptions::default())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let s = score_article(&article, &gold).map_err(|e| format!("{}: {e}", f.display()))?;
        total.add(&s);
        let stem = f
            .file_stem()
            .map(|x| x.to_string_lossy().to_string())
            .unwrap_or_default();
        per.push((stem, s));
    }
    Ok((total, per))
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentence containing a verbatim substring.
fn sentence_of(article: &Article, needle: &str) -> Result<usize, String> {
    let needle = fold(needle);
    let at = article
        .text
        .find(&needle)
        .ok_or_else(|| format!("gold sentence not in the article: {needle:?}"))?;
    article
        .sentences
        .iter()
        .position(|s| s.start <= at && at < s.end)
        .ok_or_else(|| format!("gold text is not in a body sentence: {needle:?}"))
}

pub fn score_article(article: &Article, gold: &GoldBrief) -> Result<GoldScore, String> {
    let predicted = parties::extract(article);
    let gold_sentences: Vec<Vec<usize>> = gold
        .parties
        .iter()
        .map(|p| {
            p.sentences
                .iter()
                .map(|s| sentence_of(article, s))
                .collect()
        })
        .collect::<Result<_, _>>()?;
    let matches = |name: &str| {
        gold.parties.iter().position(|g| {
            g.name.eq_ignore_ascii_case(name)
                || g.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
        })
    };
    let mut s = GoldScore {
        articles: 1,
        gold_parties: gold.parties.len(),
        gold_sentences: gold_sentences
            .iter()
            .map(|v| {
                let mut v = v.clone();
                v.sort_unstable();
                v.dedup();
                v.len()
            })
            .sum(),
        ..GoldScore::default()
    };
    let mut found = vec![false; gold.parties.len()];
    let mut recalled: Vec<Vec<usize>> = vec![Vec::new(); gold.parties.len()];
    for p in &predicted {
        let g = matches(&p.name);
        if let Some(g) = g {
            if !p.positions.is_empty() {
                found[g] = true;
            }
        }
        for x in &p.positions {
            s.positions += 1;
            if p.name == crate::extract::parties::grouping::SOURCES {
                s.source_positions += 1;
            }
            let Some(g) = g else { continue };
            if x.sources.len() > 3 {
                continue;
            }
            let hits: Vec<usize> = x
                .sources
                .iter()
                .copied()
                .filter(|i| gold_sentences[g].contains(i))
                .collect();
            if !hits.is_empty() {
                s.right_positions += 1;
                recalled[g].extend(hits);
            }
        }
    }
    s.found_parties = found.iter().filter(|&&f| f).count();
    for (g, p) in gold.parties.iter().enumerate() {
        if !found[g] {
            s.missed.push(format!("party not found: {}", p.name));
        }
        for (k, &i) in gold_sentences[g].iter().enumerate() {
            if !recalled[g].contains(&i) {
                s.missed.push(format!(
                    "{}: sentence not cited: {:?}",
                    p.name, p.sentences[k]
                ));
            }
        }
    }
    for p in &predicted {
        let g = matches(&p.name);
        for x in &p.positions {
            let right = g.is_some_and(|g| {
                x.sources.len() <= 3 && x.sources.iter().any(|i| gold_sentences[g].contains(i))
            });
            if !right {
                s.missed
                    .push(format!("wrong position ({}): {}", p.name, x.text));
            }
        }
    }
    s.recalled_sentences = recalled
        .iter_mut()
        .map(|v| {
            v.sort_unstable();
            v.dedup();
            v.len()
        })
        .sum();
    Ok(s)
}
