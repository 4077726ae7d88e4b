//! `briefing-eval attribution POLNEAR.jsonl [--errors]`: who-said-what against PolNeAr.
//!
//! Predictions are the brief's positions of kind quote or reported. A prediction matches a
//! gold attribution when their contents overlap with token F1 ≥ 0.5 (one-to-one, greedy by
//! best F1), and is correct when the gold speaker's last word is a word of the predicted
//! speaker, of that actor's role, or of the party's name. Gold attributions whose speaker is
//! missing or a pronoun are left out; a prediction matched to one counts neither way.
//! Reported overall and for direct quotes (predictions of kind quote; gold whose content
//! starts with a quotation mark).

use super::ratio;
use std::collections::HashSet;

use serde_json::Value;

use crate::article::Article;
use crate::brief::{Party, PositionKind};
use crate::extract::parties;

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "us",
    "me", "who", "which", "that", "this",
];
const QUOTE_MARKS: &[char] = &['"', '“', '”', '‘', '’', '\'', '«', '»', '„'];

#[derive(Clone)]
struct Pred {
    content: String,
    /// The content is the quotation itself (not a clause with a partial quote).
    whole: bool,
    /// Words of the speaker, the actor's role and the party's name.
    names: HashSet<String>,
    speaker: String,
}

struct Gold {
    content: String,
    cue: String,
    speaker: Option<String>,
    /// Counted: the speaker is given and not a pronoun.
    counted: bool,
    direct: bool,
}

#[derive(Default)]
struct Tally {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Tally {
    fn report(&self, label: &str) -> String {
        let p = ratio(self.tp, self.pred);
        let r = ratio(self.tp, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{label:<10} P {:5.1}  R {:5.1}  F1 {:5.1}   (correct {}, predicted {}, gold {})",
            100.0 * p,
            100.0 * r,
            100.0 * f,
            self.tp,
            self.pred,
            self.gold
        )
    }
}

pub fn main(args: &[String]) -> super::EvalResult {
    let path = args
        .first()
        .ok_or("usage: briefing-eval attribution POLNEAR.jsonl [--errors | --errors-direct]")?;
    let errors = args.iter().any(|a| a == "--errors");
    let errors_direct = args.iter().any(|a| a == "--errors-direct");
    let data = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let (mut all, mut direct, mut full) = (Tally::default(), Tally::default(), Tally::default());
    let mut with_sources = Tally::default();
    let mut articles = 0;
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: Value =
            serde_json::from_str(line).map_err(|e| format!("{path} line {}: {e}", n + 1))?;
        let text = v["article"].as_str().unwrap_or_default();
        let Ok(article) = Article::from_text(text) else {
            continue;
        };
        articles += 1;
        let golds = gold(&v);
        let preds = predictions(&parties::extract(&article));
        if errors || errors_direct {
            println!("=== {}", v["id"].as_str().unwrap_or("?"));
        }
        score(&preds, &golds, None, &mut all, errors);
        score(&preds, &golds, Some(()), &mut direct, errors_direct);
        let whole: Vec<(Pred, bool)> = preds
            .iter()
            .filter(|(p, q)| *q && p.whole)
            .map(|(p, q)| (p.clone(), *q))
            .collect();
        score(&whole, &golds, Some(()), &mut full, false);
        score(
            &all_attributions(&article),
            &golds,
            None,
            &mut with_sources,
            false,
        );
    }
    println!("PolNeAr attribution, {articles} articles ({path})");
    println!("{}", all.report("overall"));
    println!("{}", direct.report("direct"));
    println!("{}", full.report("whole"));
    println!(
        "(whole: direct quotes whose content is the quotation itself, partial quotes left out)"
    );
    println!("{}", with_sources.report("found"));
    println!("(found: every quote/reported attribution the analysis finds, before the brief's checks on what it shows: verbatim, a subject, no duplicate)");
    Ok(())
}

fn gold(v: &Value) -> Vec<Gold> {
    let empty = Vec::new();
    v["quotes"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|q| {
            let content = q["content"].as_str().unwrap_or_default().to_string();
            let speaker = q["speaker"].as_str().map(str::to_string);
            let counted = speaker.as_deref().is_some_and(|s| {
                let s = s.trim().to_lowercase();
                !s.is_empty() && !PRONOUNS.contains(&s.as_str())
            });
            let direct = content.trim_start().starts_with(QUOTE_MARKS);
            Gold {
                content,
                cue: q["cue"].as_str().unwrap_or_default().to_string(),
                speaker,
                counted,
                direct,
            }
        })
        .collect()
}

fn predictions(parties: &[Party]) -> Vec<(Pred, bool)> {
    let mut out = Vec::new();
    for p in parties {
        for x in &p.positions {
            if x.kind == PositionKind::Stance {
                continue;
            }
            let Some(content) = &x.content else { continue };
            let speaker = x.speaker.clone().unwrap_or_default();
            let role = p
                .actors
                .iter()
                .find(|a| a.name == speaker)
                .and_then(|a| a.role.clone())
                .unwrap_or_default();
            let names = words(&format!("{speaker} {role} {}", p.name))
                .into_iter()
                .collect();
            out.push((
                Pred {
                    content: content.clone(),
                    whole: x
                        .quote
                        .as_ref()
                        .is_some_and(|q| content.starts_with(q.as_str())),
                    names,
                    speaker,
                },
                x.kind == PositionKind::Quote,
            ));
        }
    }
    out
}

/// Every quote or reported attribution the analysis finds, before the brief's checks.
fn all_attributions(article: &Article) -> Vec<(Pred, bool)> {
    let an = crate::extract::attribution::analyse(article);
    an.attributions
        .iter()
        .filter(|x| x.kind != PositionKind::Stance)
        .filter_map(|x| {
            let (a, b) = x.content?;
            let e = &an.registry.entities[x.speaker];
            let names = words(&format!(
                "{} {} {}",
                e.name,
                e.role.as_deref().unwrap_or(""),
                e.party.unwrap_or("")
            ))
            .into_iter()
            .collect();
            let content = article.text[a..b].to_string();
            Some((
                Pred {
                    whole: !x.pieces.is_empty(),
                    content,
                    names,
                    speaker: e.name.clone(),
                },
                x.kind == PositionKind::Quote,
            ))
        })
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn f1(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut pool: Vec<&String> = b.iter().collect();
    let mut common = 0;
    for w in a {
        if let Some(k) = pool.iter().position(|x| *x == w) {
            pool.swap_remove(k);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / a.len() as f64;
    let r = common as f64 / b.len() as f64;
    2.0 * p * r / (p + r)
}

/// The gold speaker's last word, lowercase, possessive dropped; a trailing party tag in
/// parentheses ("Sen. Claire McCaskill (D-Mo.)") is not part of the name. Words are cut as
/// for predictions, so "Holtz-Eakin" ends in "eakin" on both sides.
fn speaker_key(s: &str) -> String {
    let s = s.trim().trim_end_matches([',', '.', ' ']);
    let s = match s.rfind('(') {
        Some(i) if s.ends_with(')') && i > 0 => s[..i].trim_end(),
        _ => s,
    };
    let s = s
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    words(s).pop().unwrap_or_default()
}

/// Match and count; `direct` restricts both sides to direct quotes.
fn score(
    preds: &[(Pred, bool)],
    golds: &[Gold],
    direct: Option<()>,
    tally: &mut Tally,
    show: bool,
) {
    let preds: Vec<&Pred> = preds
        .iter()
        .filter(|(_, q)| direct.is_none() || *q)
        .map(|(p, _)| p)
        .collect();
    let golds: Vec<&Gold> = golds
        .iter()
        .filter(|g| direct.is_none() || g.direct)
        .collect();
    let pw: Vec<Vec<String>> = preds.iter().map(|p| words(&p.content)).collect();
    let gw: Vec<Vec<String>> = golds.iter().map(|g| words(&g.content)).collect();
    let mut pairs = Vec::new();
    for (i, p) in pw.iter().enumerate() {
        for (j, g) in gw.iter().enumerate() {
            let f = f1(p, g);
            if f >= 0.5 {
                pairs.push((f, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut pm = vec![None; preds.len()];
    let mut gm = vec![None; golds.len()];
    for (_, i, j) in pairs {
        if pm[i].is_none() && gm[j].is_none() {
            pm[i] = Some(j);
            gm[j] = Some(i);
        }
    }
    for (i, p) in preds.iter().enumerate() {
        match pm[i] {
            Some(j) if !golds[j].counted => {}
            Some(j) => {
                tally.pred += 1;
                let key = speaker_key(golds[j].speaker.as_deref().unwrap_or(""));
                if p.names.contains(&key) {
                    tally.tp += 1;
                } else if show {
                    println!(
                        "WRONG SPEAKER  pred {:?}  gold {:?}: {}",
                        p.speaker,
                        golds[j].speaker,
                        short(&p.content)
                    );
                }
            }
            None => {
                tally.pred += 1;
                if show {
                    println!("FALSE          {:?}: {}", p.speaker, short(&p.content));
                }
            }
        }
    }
    for (j, g) in golds.iter().enumerate() {
        if g.counted {
            tally.gold += 1;
            if show && gm[j].is_none() {
                println!(
                    "MISSED         {:?} [{}]: {}",
                    g.speaker,
                    g.cue,
                    short(&g.content)
                );
                // A boundary miss: some prediction overlaps, but below the match threshold.
                let near = pw
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (f1(p, &gw[j]), i))
                    .filter(|(f, _)| *f > 0.0)
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                if let Some((f, i)) = near {
                    println!("  NEAR {f:.2}      {}", short(&preds[i].content));
                }
            }
        }
    }
}

fn short(s: &str) -> String {
    s.chars().take(110).collect()
}
