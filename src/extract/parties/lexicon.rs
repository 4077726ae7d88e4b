//! Places and bodies an actor can speak for: countries (names, demonyms, capitals, seats
//! of government) and international bodies. Data lives in `data/*.txt`, parsed once.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::extract::entities::tokens::Tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// The country's own name ("Russia", "the UK").
    Country,
    /// An adjective or plural noun of nationality ("French", "Europeans").
    Demonym,
    /// A capital or seat of government standing for the government ("the Kremlin").
    Seat,
    /// An international body ("Nato", "the UN").
    Body,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The party name the phrase stands for.
    pub party: &'static str,
    pub kind: PlaceKind,
    /// "europe" for EU/EFTA/UK members, "camp" for Europe itself, else a broad region.
    pub region: &'static str,
}

pub struct Lexicon {
    phrases: HashMap<&'static str, Place>,
    /// First words of all phrases: most tokens are rejected with one lookup.
    first_words: std::collections::HashSet<&'static str>,
    regions: HashMap<&'static str, &'static str>,
    max_words: usize,
}

static COUNTRIES: &str = include_str!("data/countries.txt");
static BODIES: &str = include_str!("data/bodies.txt");

static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

fn build() -> Lexicon {
    let mut phrases = HashMap::new();
    let mut regions = HashMap::new();
    let lines = |data: &'static str| {
        data.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('|').collect::<Vec<_>>())
    };
    for f in lines(COUNTRIES) {
        let (name, region) = (f[0], f.get(4).copied().unwrap_or(""));
        regions.insert(name, region);
        let mut add = |phrase: &'static str, kind| {
            if !phrase.is_empty() {
                phrases.entry(phrase).or_insert(Place {
                    party: name,
                    kind,
                    region,
                });
            }
        };
        add(name, PlaceKind::Country);
        for p in f.get(1).unwrap_or(&"").split(';') {
            add(p, PlaceKind::Country);
        }
        for p in f.get(2).unwrap_or(&"").split(';') {
            add(p, PlaceKind::Demonym);
        }
        for p in f.get(3).unwrap_or(&"").split(';') {
            add(p, PlaceKind::Seat);
        }
    }
    for f in lines(BODIES) {
        let (name, region) = (f[0], f.get(3).copied().unwrap_or(""));
        regions.insert(name, region);
        let place = Place {
            party: name,
            kind: PlaceKind::Body,
            region,
        };
        phrases.insert(name, place);
        for p in f
            .get(1)
            .unwrap_or(&"")
            .split(';')
            .chain(f.get(2).unwrap_or(&"").split(';'))
        {
            if !p.is_empty() {
                phrases.insert(p, place);
            }
        }
    }
    let max_words = phrases
        .keys()
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    let first_words = phrases
        .keys()
        .map(|k| k.split(' ').next().unwrap_or(k))
        .collect();
    Lexicon {
        phrases,
        first_words,
        regions,
        max_words,
    }
}

/// Strip a possessive ending ("Russia’s" → "Russia").
pub fn strip_possessive(w: &str) -> (&str, bool) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (w, false)
}

impl Lexicon {
    /// The longest place phrase starting at token `i` and ending before `end`, with its
    /// length in tokens and whether it is possessive ("Russia’s").
    pub fn at(&self, t: &Tokens, i: usize, end: usize) -> Option<(Place, usize, bool)> {
        if i >= end || !t.is_word(i) || !self.first_words.contains(strip_possessive(t.s(i)).0) {
            return None;
        }
        let mut best = None;
        let mut phrase = String::new();
        for n in 0..self.max_words.min(end.saturating_sub(i)) {
            if !t.is_word(i + n) {
                break;
            }
            let (w, poss) = strip_possessive(t.s(i + n));
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
            if let Some(p) = self.phrases.get(phrase.as_str()) {
                best = Some((*p, n + 1, poss));
            }
            if poss {
                break;
            }
        }
        best
    }

    pub fn get(&self, phrase: &str) -> Option<Place> {
        self.phrases.get(phrase).copied()
    }

    pub fn region(&self, party: &str) -> &'static str {
        self.regions.get(party).copied().unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_and_demonyms_map_to_countries() {
        let l = lexicon();
        assert_eq!(l.get("Kremlin").map(|p| p.party), Some("Russia"));
        assert_eq!(
            l.get("Downing Street").map(|p| p.party),
            Some("United Kingdom")
        );
        assert_eq!(l.get("Finnish").map(|p| p.kind), Some(PlaceKind::Demonym));
        assert_eq!(l.get("Nato").map(|p| p.kind), Some(PlaceKind::Body));
        assert_eq!(l.region("France"), "europe");
    }
}
