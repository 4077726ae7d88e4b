//! Who the text calls "he" and who "she": titles and role words first ("Mrs. Clinton", "the
//! congresswoman"), then the pronouns that follow a sentence about one person. Without it,
//! "she said" went to the last man named.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::{TokKind, Tokens};
use super::words::{lower, name_key};
use super::{Entity, Kind, Mention};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

const MALE: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "congressman",
    "spokesman",
    "chairman",
    "businessman",
    "councilman",
    "assemblyman",
    "alderman",
    "husband",
    "father",
    "son",
    "brother",
    "widower",
    "grandfather",
    "uncle",
    "nephew",
    "boyfriend",
    "man",
    "boy",
    "he",
    "him",
    "his",
    "himself",
];

const FEMALE: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "councilwoman",
    "assemblywoman",
    "wife",
    "mother",
    "daughter",
    "sister",
    "widow",
    "grandmother",
    "aunt",
    "niece",
    "girlfriend",
    "actress",
    "woman",
    "girl",
    "fiancée",
    "fiancee",
    "she",
    "her",
    "hers",
    "herself",
];

/// Given names, keyed as first names are (`name_key`).
static GIVEN_NAMES: LazyLock<HashMap<String, Gender>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in include_str!("data/given_names.txt").lines() {
        let mut words = line.split_whitespace();
        let gender = match words.next() {
            Some("male") => Gender::Male,
            Some("female") => Gender::Female,
            _ => continue,
        };
        for w in words {
            map.insert(name_key(w), gender);
        }
    }
    map
});

/// The gender a word marks, if any ("Mrs.", "spokeswoman", "his").
pub fn of_word(w: &str) -> Option<Gender> {
    let w = lower(w);
    let w = w.trim_end_matches('.');
    if MALE.contains(&w) {
        Some(Gender::Male)
    } else if FEMALE.contains(&w) {
        Some(Gender::Female)
    } else {
        None
    }
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself"
    )
}

/// Weight of a title, role word or given name; a pronoun weighs 1. A strong mark is worth
/// more than any article's pronouns about one person.
const STRONG: u32 = 1000;
const WEAK: u32 = 1;

/// A gender for each person the text marks clearly; `None` when it does not (or is split).
pub fn infer(t: &Tokens, entities: &[Entity], mentions: &[Mention]) -> Vec<Option<Gender>> {
    let mut votes = vec![(0u32, 0u32); entities.len()];
    let mut vote = |e: usize, g: Option<Gender>, n: u32| match g {
        Some(Gender::Male) => votes[e].0 += n,
        Some(Gender::Female) => votes[e].1 += n,
        None => {}
    };
    for (e, ent) in entities.iter().enumerate() {
        if ent.kind != Kind::Person {
            continue;
        }
        for w in ent.role.as_deref().unwrap_or("").split([' ', '-']) {
            vote(e, of_word(w), STRONG);
        }
        if let Some(first) = &ent.first_name {
            vote(e, GIVEN_NAMES.get(first).copied(), STRONG);
        }
    }
    for m in mentions {
        if entities[m.entity].kind == Kind::Person && m.tok > 0 && t.is_word(m.tok - 1) {
            let w = t.s(m.tok - 1);
            if !is_pronoun(&lower(w)) {
                vote(m.entity, of_word(w), STRONG);
            }
        }
    }
    // A sentence about one person, and the next one if it names nobody: the pronouns
    // outside quotation marks refer to that person.
    let n = t.sentence_ranges.len();
    let mut persons_in: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for m in mentions {
        if entities[m.entity].kind == Kind::Person && m.sentence < n {
            persons_in[m.sentence].push((m.entity, m.tok));
        }
    }
    for s in 0..n {
        let Some(&(p, first)) = persons_in[s].first() else {
            continue;
        };
        if persons_in[s].iter().any(|&(e, _)| e != p) {
            continue;
        }
        let (_, end) = t.sentence_ranges[s];
        let next = (s + 1 < n && persons_in[s + 1].is_empty()).then(|| t.sentence_ranges[s + 1]);
        let to = next.map_or(end, |r| r.1);
        let mut quoted = false;
        for k in first + 1..to {
            match t.toks[k].kind {
                TokKind::Open => quoted = true,
                TokKind::Close => quoted = false,
                TokKind::Word if !quoted => {
                    let w = lower(t.s(k));
                    if is_pronoun(&w) {
                        vote(p, of_word(&w), WEAK);
                    }
                }
                _ => {}
            }
        }
    }
    // A title or given name outweighs any number of pronouns, which may refer elsewhere
    // ("Rusk's future is uncertain, but she said …").
    votes
        .into_iter()
        .map(|(m, f)| {
            let (m, f) = if m >= STRONG || f >= STRONG {
                (m / STRONG, f / STRONG)
            } else {
                (m, f)
            };
            if m > 2 * f {
                Some(Gender::Male)
            } else if f > 2 * m {
                Some(Gender::Female)
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_roles_and_given_names_mark_gender() {
        assert_eq!(of_word("Mrs."), Some(Gender::Female));
        assert_eq!(of_word("congressman"), Some(Gender::Male));
        assert_eq!(of_word("senator"), None);
        assert_eq!(GIVEN_NAMES.get(&name_key("Maria")), Some(&Gender::Female));
        // Keyed like first names, whose doubled final letter is dropped ("Bill" → "bil").
        assert_eq!(GIVEN_NAMES.get(&name_key("Bill")), Some(&Gender::Male));
    }
}
