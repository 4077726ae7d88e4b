//! From attributions to parties: which party each actor speaks for, which positions to
//! show, and in what order.

use std::collections::{HashMap, HashSet};

use crate::article::Article;
use crate::brief::{Actor, Party, Position, PositionKind};
use crate::extract::attribution::{Analysis, Attribution};
use crate::extract::entities::{Kind, Registry};
use crate::extract::parties::lexicon::lexicon;
use crate::extract::parties::wording;

/// The camp European countries join when the article speaks of Europe as one side.
const EUROPE: &str = "Europe";
/// Media, polls, reports and unnamed sources: cited, not sides; shown last, together.
pub const SOURCES: &str = "Reports and other sources";

pub fn group(article: &Article, an: &Analysis) -> Vec<Party> {
    let reg = &an.registry;
    let text = article.text.as_str();
    let atts: Vec<&Attribution> = dedupe(text, &an.attributions)
        .into_iter()
        .filter(|x| !crate::extract::entities::is_bare_demonym(&reg.entities[x.speaker].name))
        .filter(|x| verbatim(text, x))
        .collect();
    let speakers: Vec<usize> = {
        let mut v: Vec<usize> = atts.iter().map(|x| x.speaker).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let unstated: Vec<usize> = speakers
        .iter()
        .copied()
        .filter(|&e| reg.entities[e].kind == Kind::Person && reg.entities[e].party.is_none())
        .collect();
    let inferred = infer_parties(an, &unstated);
    let mut party_of: HashMap<usize, String> = HashMap::new();
    for &e in &speakers {
        let ent = &reg.entities[e];
        // A former official speaks for themself, not for the government they served.
        let former = ent.role.as_deref().is_some_and(|r| {
            let r = r.to_lowercase();
            r.starts_with("former") || r.starts_with("ex-") || r.contains(" former ")
        });
        if ent.kind == Kind::Source {
            party_of.insert(e, SOURCES.to_string());
            continue;
        }
        let p = ent
            .party
            .filter(|_| !former)
            .map(str::to_string)
            .or_else(|| ent.org_party.clone())
            .or_else(|| inferred.get(&e).cloned().filter(|_| !former))
            .unwrap_or_else(|| match ent.kind {
                // "foreign ministers" heads its section as "Foreign ministers".
                Kind::Collective => crate::extract::words::capitalise_first(&ent.name),
                _ => ent.name.clone(),
            });
        party_of.insert(e, p);
    }
    // "Houthi" (from a spokesperson's title) and "Houthi movement" are one party.
    let names: Vec<String> = party_of.values().cloned().collect();
    let person_names: HashSet<&str> = speakers
        .iter()
        .filter(|&&e| reg.entities[e].kind == Kind::Person)
        .map(|&e| reg.entities[e].name.as_str())
        .collect();
    for p in party_of.values_mut() {
        if let Some(longer) = names.iter().find(|n| n.starts_with(&format!("{p} "))) {
            *p = longer.clone();
        } else {
            // "Trump campaign spokesman Jason Miller" speaks for Donald Trump's side, when
            // only one person of the article is called Trump.
            let mut people: Vec<&String> = names
                .iter()
                .filter(|n| person_names.contains(n.as_str()) && n.ends_with(&format!(" {p}")))
                .collect();
            people.sort_unstable();
            people.dedup();
            if let [person] = people[..] {
                *p = person.clone();
            }
        }
    }
    let national = party_of.clone();
    merge_europe(&atts, reg, &mut party_of);

    struct Acc {
        name: String,
        actors: Vec<usize>,
        positions: Vec<(Position, f64)>,
        score: f64,
        first: usize,
    }
    // "France and the UK … They are drawing up plans": one clause, several speakers.
    let mut joint_speakers: HashMap<((usize, usize), usize), Vec<usize>> = HashMap::new();
    for x in atts.iter().filter(|x| x.kind != PositionKind::Quote) {
        let list = joint_speakers.entry((x.clause, x.cue_start)).or_default();
        if !list.contains(&x.speaker) {
            list.push(x.speaker);
        }
    }
    // Named in the order the article first names them.
    let first_named = |e: usize| reg.mentions.iter().position(|m| m.entity == e);
    let joint: HashMap<((usize, usize), usize), Vec<&str>> = joint_speakers
        .into_iter()
        .map(|(k, mut list)| {
            list.sort_by_key(|&e| first_named(e));
            (k, list.into_iter().map(|e| reg.short_name(e)).collect())
        })
        .collect();
    let mut parties: Vec<Acc> = Vec::new();
    for x in &atts {
        let pname = &party_of[&x.speaker];
        let idx = match parties.iter().position(|p| &p.name == pname) {
            Some(i) => i,
            None => {
                parties.push(Acc {
                    name: pname.clone(),
                    actors: Vec::new(),
                    positions: Vec::new(),
                    score: 0.0,
                    first: x.sentences.first().copied().unwrap_or(0),
                });
                parties.len() - 1
            }
        };
        let p = &mut parties[idx];
        if !p.actors.contains(&x.speaker) {
            p.actors.push(x.speaker);
        }
        let weight = match x.kind {
            PositionKind::Quote => 3.0,
            PositionKind::Reported => 2.0,
            PositionKind::Stance => 1.5,
        };
        let first = x.sentences.first().copied().unwrap_or(0) as f64;
        let early = 1.0 / (1.0 + first / 4.0);
        p.score += weight + early;
        let label = joint
            .get(&(x.clause, x.cue_start))
            .filter(|names| names.len() > 1)
            .map(|names| names.join(" and "));
        for pos in positions(article, reg, x, label.as_deref()) {
            // One line for a clause two speakers of the same party share.
            let repeated = p
                .positions
                .iter()
                .any(|(q, _)| q.text == pos.text && q.sources == pos.sources);
            if !repeated {
                p.positions.push((pos, first));
            }
        }
    }
    let mention_count = |e: usize| reg.mentions.iter().filter(|m| m.entity == e).count() as f64;
    for p in &mut parties {
        p.score += 0.3 * p.actors.iter().map(|&e| mention_count(e)).sum::<f64>();
    }
    parties.sort_by(|a, b| {
        (a.name == SOURCES)
            .cmp(&(b.name == SOURCES))
            .then(b.score.total_cmp(&a.score))
            .then(a.first.cmp(&b.first))
    });
    parties
        .into_iter()
        .map(|p| {
            let mut actors = p.actors.clone();
            // People first, then governments and groups, each in order of first appearance.
            actors.sort_by_key(|&e| match reg.entities[e].kind {
                Kind::Person => 0,
                Kind::Organisation => 1,
                Kind::Place => 2,
                _ => 3,
            });
            let mut positions: Vec<(Position, f64)> = p.positions;
            positions.sort_by(|a, b| a.1.total_cmp(&b.1));
            let actors = actors
                .into_iter()
                .map(|e| Actor {
                    name: reg.entities[e].name.clone(),
                    role: camp_role(reg, e, &p.name, national.get(&e)),
                })
                .collect();
            Party {
                name: p.name,
                actors,
                positions: positions.into_iter().map(|x| x.0).collect(),
            }
        })
        .collect()
}

/// One position per speaker and content; a stance in a sentence already quoted or
/// reported for the same speaker adds nothing, and neither does a bare-phrase paraphrase
/// ("Trump defended his decision, “…”") beside that speaker's quotation of the same
/// sentences. A full reported clause beside a partial quote ("He said Putin was “rarely to
/// be trusted” and doubted a meeting …") is a statement of its own and stays.
fn dedupe<'a>(text: &str, atts: &'a [Attribution]) -> Vec<&'a Attribution> {
    const BARE_PHRASE_WORDS: usize = 3;
    let bare = |x: &Attribution| {
        x.content.is_some_and(|(a, b)| {
            text.get(a..b)
                .is_some_and(|c| c.split_whitespace().count() <= BARE_PHRASE_WORDS)
        })
    };
    // Hash sets keep this linear: a long document has thousands of attributions.
    let quoted: HashSet<(usize, usize)> = atts
        .iter()
        .filter(|y| y.kind == PositionKind::Quote)
        .flat_map(|y| y.sentences.iter().map(move |&s| (y.speaker, s)))
        .collect();
    let mut kept_contents: HashSet<(usize, (usize, usize))> = HashSet::new();
    let mut kept_sentences: HashSet<(usize, &[usize])> = HashSet::new();
    let mut out: Vec<&Attribution> = Vec::new();
    for x in atts {
        let dup = x
            .content
            .is_some_and(|c| kept_contents.contains(&(x.speaker, c)))
            || (x.kind == PositionKind::Stance
                && kept_sentences.contains(&(x.speaker, x.sentences.as_slice())))
            || (x.kind != PositionKind::Quote
                && bare(x)
                && !x.sentences.is_empty()
                && x.sentences
                    .iter()
                    .all(|&s| quoted.contains(&(x.speaker, s))));
        if !dup {
            if let Some(c) = x.content {
                kept_contents.insert((x.speaker, c));
            }
            kept_sentences.insert((x.speaker, x.sentences.as_slice()));
            out.push(x);
        }
    }
    out
}

/// Nothing is shown that is not in the article word for word.
fn verbatim(text: &str, x: &Attribution) -> bool {
    let ok = |r: Option<(usize, usize)>| {
        r.is_none_or(|(a, b)| {
            a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
        })
    };
    ok(x.content) && ok(x.quote) && ok(Some(x.clause))
}

/// A position per attribution; a long quotation is cut into passages of at most three
/// sentences, so each line cites what it shows.
fn positions(
    article: &Article,
    reg: &Registry,
    x: &Attribution,
    label: Option<&str>,
) -> Vec<Position> {
    const MAX_SENTENCES: usize = 3;
    let whole = !x.pieces.is_empty();
    let Some((q0, q1)) = x
        .content
        .filter(|_| whole && x.sentences.len() > MAX_SENTENCES)
    else {
        return vec![position(&article.text, reg, x, label)];
    };
    let mut out = Vec::new();
    for chunk in x.sentences.chunks(MAX_SENTENCES) {
        let (Some(&first), Some(&last)) = (chunk.first(), chunk.last()) else {
            continue;
        };
        let a = q0.max(article.sentences[first].start);
        let b = q1.min(article.sentences[last].end);
        let piece = article.text[a..b.max(a)].trim_end_matches(['"', '”', '’', '\'', ' ', ',']);
        let piece = piece.trim_start_matches(['"', '“', '‘', '\'', ' ']);
        if piece.split_whitespace().count() < 3 {
            continue;
        }
        let start = a + article.text[a..].find(piece).unwrap_or(0);
        let range = Some((start, start + piece.len()));
        let pieces: Vec<(usize, usize)> = x
            .pieces
            .iter()
            .map(|&(p0, p1)| (p0.max(start), p1.min(start + piece.len())))
            .filter(|(p0, p1)| p1 > p0 && article.text[*p0..*p1].chars().any(char::is_alphanumeric))
            .collect();
        let part = Attribution {
            content: range,
            quote: range,
            clause: (start, start + piece.len()),
            sentences: chunk.to_vec(),
            pieces,
            ..x.clone()
        };
        out.push(position(&article.text, reg, &part, label));
    }
    out
}

/// `label` names the speakers of a clause said by several ("France and UK"), else the
/// speaker's short name heads the line.
fn position(text: &str, reg: &Registry, x: &Attribution, label: Option<&str>) -> Position {
    let speaker = reg.entities[x.speaker].name.clone();
    let short = label.unwrap_or_else(|| reg.short_name(x.speaker));
    let content = x.content.map(|(a, b)| text[a..b].to_string());
    // A quote going on after "he said" shows its passages, not the words between them.
    let passage = |r: &(usize, usize)| {
        let p = text[r.0..r.1].trim().trim_end_matches([',', ' ']);
        let p = p
            .trim_start_matches(['"', '“', '‘', '\''])
            .trim_end_matches(['"', '”', '’', '\'']);
        format!("“{}”", p.trim_end_matches([',', ' ']))
    };
    let quote = match x.pieces.first() {
        Some(&(a, b)) => Some(text[a..b].to_string()),
        None => x.quote.map(|(a, b)| text[a..b].to_string()),
    };
    let line = match (&content, x.kind) {
        (Some(_), PositionKind::Quote) if !x.pieces.is_empty() => {
            let shown: Vec<String> = x.pieces.iter().map(passage).collect();
            format!("{short}: {}", shown.join(" … "))
        }
        // "…, Islamic State has claimed": what was said comes before the verb.
        (Some(c), _) if wording::says(x.cue) || x.content.is_some_and(|r| r.1 <= x.cue_start) => {
            wording::line(short, c)
        }
        _ => {
            let from = x.cue_start.min(x.clause.1);
            let clause = &text[from..x.clause.1];
            // "They aim to …": the line keeps the pronoun for the wording to replace, so
            // the verb can agree with the speaker put in its place.
            let they = text[..from]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w == "They" || w == "they");
            // "the United States and its allies will seek …": the clause of several
            // speakers starts with them; it is shown as written.
            // (The clause of several named speakers starts at the first of them.)
            let names_them = label.is_some()
                && !matches!(clause.split_whitespace().next(), Some("They" | "they"));
            if they {
                wording::stance(short, &format!("They {clause}"))
            } else if names_them {
                wording::as_written(clause)
            } else {
                wording::stance(short, clause)
            }
        }
    };
    // A line opens with a capital even when its speaker is "the agency".
    let line = crate::extract::words::capitalise_first(&name_the_object(reg, x, line));
    Position {
        kind: x.kind,
        text: line,
        speaker: Some(speaker),
        quote,
        content,
        sources: x.sentences.clone(),
    }
}

/// "Putin refuses to recognise Zelensky's legitimacy and blames him for …": in a line of
/// its own, "him" names the one other person of the sentence. Quoted words never change,
/// and with two candidates the pronoun stays as written.
fn name_the_object(reg: &Registry, x: &Attribution, line: String) -> String {
    if x.kind == PositionKind::Quote || line.contains(['“', '”', '"']) || !line.contains(" him")
    {
        return line;
    }
    let Some(&s) = x.sentences.first() else {
        return line;
    };
    // Mentions are in reading order: the sentence's ones are a slice.
    let from = reg.mentions.partition_point(|m| m.sentence < s);
    let to = reg.mentions.partition_point(|m| m.sentence <= s);
    let mut others: Vec<usize> = reg.mentions[from..to]
        .iter()
        .filter(|m| m.entity != x.speaker)
        .map(|m| m.entity)
        .filter(|&e| reg.entities[e].kind == Kind::Person)
        .collect();
    others.sort_unstable();
    others.dedup();
    let [other] = others[..] else {
        return line;
    };
    let name = reg.short_name(other);
    let mut out = String::with_capacity(line.len());
    let mut rest = line.as_str();
    while let Some(i) = rest.find(" him") {
        let after = &rest[i + 4..];
        let word_ends = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..i + 1]);
        if word_ends {
            out.push_str(name);
        } else {
            out.push_str("him");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// People whose country the article does not state are placed with the country the text
/// ties them to: its seat where they act ("hosted … at the White House"), its government
/// speaking right after them ("Putin insists … Moscow also has …"), its name around their
/// mentions. Two people named as the two sides ("between Putin and Zelensky") are not put
/// in the same country. Only a clear lead counts.
fn infer_parties(an: &Analysis, persons: &[usize]) -> HashMap<usize, String> {
    let reg = &an.registry;
    let t = &an.tokens;
    let n_sent = t.sentence_ranges.len();
    let subject_of = |s: usize| {
        reg.mentions
            .iter()
            .find(|m| m.sentence == s && m.subject)
            .map(|m| m.entity)
    };
    let places: Vec<(&crate::extract::entities::Mention, &'static str, bool, bool)> = reg
        .mentions
        .iter()
        .filter_map(|m| {
            let ent = &reg.entities[m.entity];
            let p = ent.party.filter(|_| ent.kind == Kind::Place)?;
            // Only places named in the text, not pronouns resolved to them.
            if crate::extract::entities::words::is_pronoun(t.s(m.tok))
                && !crate::extract::entities::words::is_acronym(t.s(m.tok))
            {
                return None;
            }
            if lexicon().region(p) == "camp" {
                return None;
            }
            let mut before = m.tok;
            while before > 0 && t.is(before - 1, "the") {
                before -= 1;
            }
            let prep = before > 0
                && matches!(
                    t.s(before - 1).to_lowercase().as_str(),
                    "to" | "with"
                        | "in"
                        | "into"
                        | "against"
                        | "from"
                        | "on"
                        | "for"
                        | "between"
                        | "toward"
                        | "towards"
                        | "at"
                        | "about"
                        | "of"
                );
            let seat_at = before > 0
                && matches!(t.s(before - 1), "at" | "in")
                && !ent.name.chars().all(|c| c.is_alphabetic());
            Some((m, p, prep, seat_at))
        })
        .collect();
    let mut scores: HashMap<usize, HashMap<&'static str, f64>> = HashMap::new();
    for &e in persons {
        let mut sc: HashMap<&'static str, f64> = HashMap::new();
        let mut own: Vec<usize> = reg
            .mentions
            .iter()
            .filter(|m| m.entity == e)
            .map(|m| m.sentence)
            .collect();
        own.dedup();
        let subject_sentences: Vec<usize> = own
            .iter()
            .copied()
            .filter(|&s| subject_of(s) == Some(e))
            .collect();
        for (m, p, prep, seat_at) in &places {
            let s = m.sentence;
            let w = if *prep { 0.3 } else { 1.0 };
            if own.contains(&s) {
                let host = *seat_at && subject_sentences.contains(&s);
                *sc.entry(p).or_default() += if host { 2.0 } else { w };
            } else if own.iter().any(|&o| o + 1 == s || s + 1 == o) {
                *sc.entry(p).or_default() += 0.5 * w;
            }
            if m.subject && s > 0 && subject_sentences.contains(&(s - 1)) && s < n_sent {
                *sc.entry(p).or_default() += 1.5;
            }
        }
        scores.insert(e, sc);
    }
    let pick = |sc: &HashMap<&'static str, f64>, barred: &[&str], min: f64| {
        let mut ranked: Vec<(&str, f64)> = sc
            .iter()
            .filter(|(p, _)| !barred.contains(p))
            .map(|(p, v)| (*p, *v))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        let best = *ranked.first()?;
        let second = ranked.get(1).map_or(0.0, |x| x.1);
        (best.1 >= min && best.1 >= 1.5 * second && best.1 > second).then(|| best.0.to_string())
    };
    let governmental = |e: usize| {
        reg.entities[e].role.as_deref().is_some_and(|r| {
            let r = r.to_lowercase();
            [
                "minister",
                "envoy",
                "ambassador",
                "spokes",
                "secretary",
                "president",
                "chancellor",
            ]
            .iter()
            .any(|w| r.contains(w))
        })
    };
    // "Obama said after meeting Russian President Vladimir Putin": a country whose own
    // president the article names has no second president; its offices are taken.
    const OFFICES: &[&str] = &[
        "president",
        "prime",
        "chancellor",
        "premier",
        "king",
        "queen",
        "emir",
        "foreign",
        "defence",
        "defense",
    ];
    let offices = |e: usize| -> Vec<&'static str> {
        let role = reg.entities[e].role.as_deref().unwrap_or("").to_lowercase();
        OFFICES
            .iter()
            .copied()
            .filter(|o| role.split([' ', '-', ',']).any(|w| w == *o))
            .collect()
    };
    // The offices of people whose country the text states, computed once.
    let held: Vec<(usize, &'static str, Vec<&'static str>)> = reg
        .entities
        .iter()
        .enumerate()
        .filter(|(_, ent)| ent.kind == Kind::Person)
        .filter_map(|(o, ent)| Some((o, ent.party?, offices(o))))
        .filter(|(_, _, held)| !held.is_empty())
        .collect();
    let mut out: HashMap<usize, String> = HashMap::new();
    for &e in persons {
        let min = if governmental(e) { 0.5 } else { 3.0 };
        let mine = offices(e);
        let taken: Vec<&str> = held
            .iter()
            .filter(|(o, _, theirs)| *o != e && theirs.iter().any(|x| mine.contains(x)))
            .map(|(_, p, _)| *p)
            .collect();
        if let Some(p) = scores.get(&e).and_then(|sc| pick(sc, &taken, min)) {
            out.insert(e, p);
        }
    }
    // The two sides: a person coordinated with someone placed in a country is not of it.
    let partners = coordinated(an);
    let score_of = |e: usize, p: &str| {
        scores
            .get(&e)
            .and_then(|sc| sc.iter().find(|(k, _)| **k == p).map(|(_, v)| *v))
            .unwrap_or(0.0)
    };
    let first_pass = out.clone();
    for &e in persons {
        // A partner placed in a country with a stronger tie to it than this person's.
        let barred: Vec<&str> = partners
            .iter()
            .filter_map(|&(a, b)| {
                if a == e {
                    Some(b)
                } else if b == e {
                    Some(a)
                } else {
                    None
                }
            })
            .filter_map(|o| first_pass.get(&o).map(|p| (o, p.as_str())))
            .filter(|&(o, p)| score_of(o, p) > score_of(e, p))
            .map(|(_, p)| p)
            .collect();
        if barred.is_empty() || out.get(&e).is_some_and(|p| !barred.contains(&p.as_str())) {
            continue;
        }
        let barred: Vec<&str> = barred
            .iter()
            .map(|s| lexicon().get(s).map_or(*s, |p| p.party))
            .collect();
        let choice = scores.get(&e).and_then(|sc| pick(sc, &barred, 0.8));
        match choice {
            Some(p) => out.insert(e, p),
            None => out.remove(&e),
        };
    }
    out
}

/// Pairs of people named together as "X and Y" (both orders), from mentions a few words apart.
fn coordinated(an: &Analysis) -> Vec<(usize, usize)> {
    let reg = &an.registry;
    let t = &an.tokens;
    let mut out = Vec::new();
    for w in reg.mentions.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a.sentence == b.sentence
            && a.entity != b.entity
            && b.tok > a.tok
            && b.tok - a.tok <= 5
            && (a.tok..b.tok).any(|k| t.is(k, "and"))
            && reg.entities[a.entity].kind == Kind::Person
            && reg.entities[b.entity].kind == Kind::Person
        {
            out.push((a.entity, b.entity));
        }
    }
    out
}

/// In a camp, an actor's role says which country it speaks for ("President, France").
fn camp_role(reg: &Registry, e: usize, party: &str, country: Option<&String>) -> Option<String> {
    let role = reg.entities[e].description();
    match country {
        // "France (France)" says nothing.
        Some(c) if reg.entities[e].name == *c => role,
        Some(c) if c != party && lexicon().get(c).is_some() => Some(match role {
            Some(r) => format!("{r}, {c}"),
            None => c.clone(),
        }),
        _ => role,
    }
}

/// When Europe speaks as one side ("European leaders"), European countries' actors join it.
fn merge_europe(atts: &[&Attribution], reg: &Registry, party_of: &mut HashMap<usize, String>) {
    let europe_speaks = atts
        .iter()
        .any(|x| party_of.get(&x.speaker).is_some_and(|p| p == EUROPE));
    if !europe_speaks {
        return;
    }
    let lex = lexicon();
    for (e, p) in party_of.iter_mut() {
        if lex.region(p) == "europe" && reg.entities[*e].kind != Kind::Source {
            *p = EUROPE.to_string();
        }
    }
}
