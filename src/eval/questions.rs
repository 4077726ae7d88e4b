//! `briefing-eval questions FIXTURES_DIR`: open questions against hand-made gold.
//!
//! Gold files `FIXTURES_DIR/gold/questions/<stem>.json` name the open-question sentences of
//! `FIXTURES_DIR/<stem>.txt` or `FIXTURES_DIR/articles/<stem>.txt` by a verbatim substring,
//! so they survive changes to the sentence splitter. An extracted item is right when it
//! cites at most three sentences and one of them is a gold sentence; recall counts the gold
//! sentences cited by some right item.

use std::path::{Path, PathBuf};

use crate::article::Article;
use crate::extract::{bottom_line, key_points, questions, standalone};

#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub items: usize,
    pub right_items: usize,
    pub gold: usize,
    pub found_gold: usize,
    pub dangling: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        self.right_items as f64 / self.items.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.found_gold as f64 / self.gold.max(1) as f64
    }
    fn add(&mut self, o: Counts) {
        self.items += o.items;
        self.right_items += o.right_items;
        self.gold += o.gold;
        self.found_gold += o.found_gold;
        self.dangling += o.dangling;
    }
}

fn article_path(dir: &Path, stem: &str) -> Option<PathBuf> {
    [
        dir.join(format!("{stem}.txt")),
        dir.join("articles").join(format!("{stem}.txt")),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// Score one article against its gold substrings.
pub fn score_article(article: &Article, gold: &[String]) -> Result<Counts, String> {
    let mut gold_idx = Vec::new();
    for g in gold {
        let hits: Vec<usize> = (0..article.sentences.len())
            .filter(|&i| article.sentence_text(i).contains(g.as_str()))
            .collect();
        match hits.first() {
            Some(&i) => gold_idx.push(i),
            None => return Err(format!("gold substring not found in any sentence: {g:?}")),
        }
    }
    gold_idx.sort_unstable();
    gold_idx.dedup();
    let items = questions::extract(article);
    let mut found = vec![false; gold_idx.len()];
    let mut right = 0;
    for it in &items {
        if it.sources.len() > 3 {
            continue;
        }
        let mut ok = false;
        for s in &it.sources {
            if let Some(k) = gold_idx.iter().position(|g| g == s) {
                found[k] = true;
                ok = true;
            }
        }
        right += usize::from(ok);
    }
    Ok(Counts {
        items: items.len(),
        right_items: right,
        gold: gold_idx.len(),
        found_gold: found.iter().filter(|f| **f).count(),
        dangling: items
            .iter()
            .filter(|i| standalone::opens_badly(&i.text))
            .count(),
    })
}

/// Every gold file under `dir`, scored; per-article lines and the total.
pub fn run(dir: &Path) -> Result<(Vec<(String, Counts)>, Counts), String> {
    let gold_dir = dir.join("gold").join("questions");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&gold_dir)
        .map_err(|e| format!("cannot read {}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    let mut rows = Vec::new();
    let mut total = Counts::default();
    for path in entries {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let data = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let v: serde_json::Value = serde_json::from_str(&data)
            .map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
        let gold: Vec<String> = v["open_questions"]
            .as_array()
            .ok_or_else(|| format!("{}: expected \"open_questions\"", path.display()))?
            .iter()
            .filter_map(|q| q["sentence"].as_str().map(str::to_string))
            .collect();
        let article_file = article_path(dir, &stem)
            .ok_or_else(|| format!("no article {stem}.txt under {}", dir.display()))?;
        let text = std::fs::read_to_string(&article_file)
            .map_err(|e| format!("cannot read {}: {e}", article_file.display()))?;
        let article = Article::from_text(&text).map_err(|e| format!("{stem}: {e}"))?;
        let c = score_article(&article, &gold).map_err(|e| format!("{stem}: {e}"))?;
        total.add(c);
        rows.push((stem, c));
    }
    Ok((rows, total))
}

/// Key points and bottom lines of every fixture article that open with a checked pronoun
/// or connective: (dangling, total).
pub fn dangling_openers(dir: &Path) -> Result<(usize, usize), String> {
    let mut files: Vec<PathBuf> = Vec::new();
    for d in [dir.to_path_buf(), dir.join("articles")] {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        files.extend(
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        );
    }
    let (mut bad, mut total) = (0, 0);
    for f in files {
        let text =
            std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        let Ok(article) = Article::from_text(&text) else {
            continue;
        };
        let analysis = key_points::score::analyse(&article);
        let kp = key_points::select_with(&article, &analysis, None);
        let bl = bottom_line::compose_with(&article, &analysis, &kp);
        for t in kp.iter().map(|p| &p.text).chain(std::iter::once(&bl.text)) {
            total += 1;
            bad += usize::from(standalone::opens_badly(t));
        }
    }
    Ok((bad, total))
}

pub fn main(args: &[String]) -> super::EvalResult {
    let Some(dir) = args.first() else {
        return Err("usage: briefing-eval questions FIXTURES_DIR".into());
    };
    let (rows, total) = run(Path::new(dir))?;
    for (stem, c) in &rows {
        println!(
            "{:<70} items {:>2} right {:>2}  gold {:>2} found {:>2}",
            stem, c.items, c.right_items, c.gold, c.found_gold
        );
    }
    println!(
        "open questions: precision {:.1}% ({}/{}), recall {:.1}% ({}/{}), {} articles; \
         opening with a pronoun/connective: {}/{}",
        100.0 * total.precision(),
        total.right_items,
        total.items,
        100.0 * total.recall(),
        total.found_gold,
        total.gold,
        rows.len(),
        total.dangling,
        total.items
    );
    let (bad, all) = dangling_openers(Path::new(dir))?;
    println!(
        "fixture key points + bottom lines opening with a pronoun/connective: {bad}/{all} ({:.1}%)",
        100.0 * bad as f64 / all.max(1) as f64
    );
    Ok(())
}
