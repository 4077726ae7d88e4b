//! Actors named in an article: people with their roles, organisations, governments and
//! their metonyms, collective actors, and sources. Later mentions ("Putin", "the president",
//! "he") resolve to the actor they refer to; variants of one name are one actor.

pub mod gender;
pub mod phrase;
pub mod tokens;
pub mod words;

use std::collections::HashMap;

use phrase::{Head, Np};
use tokens::Tokens;
use words::{is_acronym, is_capitalised, is_person_title, name_key};

use crate::extract::parties::lexicon::{lexicon, Place, PlaceKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organisation,
    /// A country, or its government through a seat or capital ("the Kremlin").
    Place,
    Collective,
    /// A medium, report or anonymous source: cited, not a party.
    Source,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: Kind,
    pub role: Option<String>,
    /// The party the text says the actor belongs to.
    pub party: Option<&'static str>,
    /// An organisation named in the actor's title ("Houthi military spokesperson").
    pub org_party: Option<String>,
    /// What else the text says of the actor in apposition ("who runs the campaign's
    /// outreach", "a super PAC backing her"): shown with the role, never used to resolve
    /// "the senator" or to pick a party.
    pub about: Option<String>,
    key: String,
    first_name: Option<String>,
}

impl Entity {
    /// The role with what else the text says of the actor, as a reader is shown it.
    pub fn description(&self) -> Option<String> {
        match (&self.role, &self.about) {
            (Some(r), Some(a)) => Some(format!("{r}, {a}")),
            (r, a) => r.clone().or_else(|| a.clone()),
        }
    }
}

/// A mention of an entity at a token, and whether it is the subject of its clause.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub entity: usize,
    pub tok: usize,
    pub sentence: usize,
    pub subject: bool,
    /// Named inside quotation marks: someone spoken of, never what "he" after the
    /// quotation refers to.
    pub quoted: bool,
}

pub struct Registry {
    pub entities: Vec<Entity>,
    by_key: HashMap<String, Vec<usize>>,
    /// Name mentions found in the text plus resolved speakers, in token order per sentence.
    pub mentions: Vec<Mention>,
    /// Per entity found while building, the gender the text gives it, if clear.
    genders: Vec<Option<gender::Gender>>,
}

impl Registry {
    /// Find the people and organisations named in full or with a title, then every later
    /// mention of them.
    pub fn build(t: &Tokens) -> Registry {
        let mut r = Registry {
            entities: Vec::new(),
            by_key: HashMap::new(),
            mentions: Vec::new(),
            genders: Vec::new(),
        };
        let runs = name_runs(t);
        for run in &runs {
            if let Some(np) = phrase::parse(t, run.mods, run.to, run.sentence_start) {
                if let Head::Name { from, to, org } = np.head {
                    let titled = np
                        .role
                        .is_some_and(|(a, b)| (a..b).any(|i| is_person_title(t.s(i))));
                    if org || to - from >= 2 || titled {
                        let e = r.name_entity(t, &np, from, to, org);
                        r.apposition(t, e, run.to, run.sentence_end);
                        // "the Syrian Democratic Forces (SDF)": the acronym names it too.
                        let k = run.to;
                        if org
                            && t.is_punct(k, "(")
                            && t.is_punct(k + 2, ")")
                            && is_acronym(t.s(k + 1))
                        {
                            let key = t.s(k + 1).to_lowercase();
                            r.by_key.entry(key).or_default().push(e);
                        }
                    }
                }
            }
        }
        // Inside quotation marks: from an opening mark to its closing one, when that comes
        // within a few sentences (a mark left open marks nothing).
        let mut quoted = vec![false; t.toks.len()];
        let mut k = 0;
        while k < t.toks.len() {
            if t.toks[k].kind == tokens::TokKind::Open {
                let close = (k + 1..t.toks.len())
                    .take_while(|&j| t.toks[j].sentence <= t.toks[k].sentence + 3)
                    .find(|&j| {
                        t.toks[j].kind != tokens::TokKind::Word
                            && t.toks[j].kind != tokens::TokKind::Punct
                    });
                if let Some(j) = close.filter(|&j| t.toks[j].kind == tokens::TokKind::Close) {
                    quoted[k..j].iter_mut().for_each(|q| *q = true);
                    k = j;
                }
            }
            k += 1;
        }
        for run in &runs {
            if let Some(np) = phrase::parse(t, run.mods, run.to, run.sentence_start) {
                let e = match np.head {
                    Head::Name { from, to, org } => {
                        let e = r.lookup_name(t, from, to, org);
                        // "Rendell, a stalwart Clinton supporter,": a later mention's apposition.
                        if let Some(e) = e.filter(|_| to - from == 1) {
                            r.apposition(t, e, run.to, run.sentence_end);
                        }
                        e
                    }
                    Head::Place(p) => Some(r.place_entity(t, &np, p)),
                    _ => None,
                };
                if let Some(e) = e {
                    // "Hillary Clinton's campaign manager said": the possessor is not
                    // the one speaking.
                    let possessor =
                        crate::extract::parties::lexicon::strip_possessive(t.s(run.to - 1)).1;
                    // "…, and Maria Lopez resigned": a coordinated clause's subject too.
                    let after_comma_and = run.mods >= run.sentence_start + 2
                        && matches!(t.s(run.mods - 1), "and" | "but")
                        && t.is_punct(run.mods - 2, ",");
                    let subject = !possessor
                        && (run.mods == run.sentence_start
                            || after_comma_and
                            || (run.mods > run.sentence_start && t.is_punct(run.mods - 1, ",")));
                    r.mentions.push(Mention {
                        entity: e,
                        tok: run.from,
                        sentence: t.toks[run.from].sentence,
                        subject,
                        quoted: quoted[run.from],
                    });
                }
            }
        }
        r.genders = gender::infer(t, &r.entities, &r.mentions);
        r
    }

    /// The group named `name` ("the coalition of the willing"), on `party`'s side.
    pub fn group(&mut self, name: &str, party: Option<&'static str>) -> usize {
        let key = format!("group:{}", name.to_lowercase());
        if let Some(&i) = self.by_key.get(&key).and_then(|l| l.first()) {
            return i;
        }
        self.add(Entity {
            name: name.to_string(),
            kind: Kind::Collective,
            role: None,
            party,
            key,
            first_name: None,
            org_party: None,
            about: None,
        })
    }

    fn add(&mut self, e: Entity) -> usize {
        let i = self.entities.len();
        self.by_key.entry(e.key.clone()).or_default().push(i);
        self.entities.push(e);
        i
    }

    fn name_entity(&mut self, t: &Tokens, np: &Np, from: usize, to: usize, org: bool) -> usize {
        let name = clean_name(t, from, to, org);
        let words: Vec<&str> = name.split(' ').collect();
        let key = if org {
            name.to_lowercase()
        } else {
            name_key(words.last().copied().unwrap_or_default())
        };
        // "Bill de Blasio" and "De Blasio" are one person: a particle is no first name.
        let first =
            (words.len() >= 2 && !org && !is_particle(words[0])).then(|| name_key(words[0]));
        let role = np.role.map(|(a, b)| expand_titles(t.span(a, b)));
        let party = np.place.map(|p| p.party);
        let org_party = np.role.and_then(|(a, b)| role_organisation(t, a, b));
        if let Some(list) = self.by_key.get(&key) {
            let same = list.iter().copied().find(|&i| {
                let e = &self.entities[i];
                e.first_name.is_none() || first.is_none() || e.first_name == first
            });
            if let Some(i) = same {
                let e = &mut self.entities[i];
                if e.first_name.is_none() && first.is_some() {
                    e.first_name = first;
                    e.name = name;
                }
                if e.role.is_none() {
                    e.role = role;
                }
                if e.party.is_none() {
                    e.party = party;
                }
                if e.org_party.is_none() {
                    e.org_party = org_party;
                }
                return i;
            }
        }
        let korean = !org && family_name_first(&name);
        let family = name.split(' ').next().map(name_key);
        let e = self.add(Entity {
            name,
            kind: if org {
                Kind::Organisation
            } else {
                Kind::Person
            },
            role,
            party,
            key,
            first_name: first,
            org_party,
            about: None,
        });
        // "Ban" alone later is Ban Ki-moon.
        if let Some(f) = family.filter(|_| korean) {
            self.by_key.entry(f).or_default().push(e);
        }
        e
    }

    /// "Dmitry Peskov, the Kremlin spokesman, said": the role and party in apposition.
    fn apposition(&mut self, t: &Tokens, e: usize, after: usize, sentence_end: usize) {
        if self.entities[e].kind != Kind::Person {
            return;
        }
        // "Rep. G.K. Butterfield (D-N.C.), head of the caucus": past a party tag.
        let mut after = after;
        if t.is_punct(after, "(") {
            if let Some(k) = (after + 1..sentence_end.min(after + 8)).find(|&k| t.is_punct(k, ")"))
            {
                after = k + 1;
            }
        }
        // "Joel Pollak of Breitbart California", "Sen. Ann Hale of Vermont": where the
        // person is from or works, told right after the name.
        let the = usize::from(t.is(after + 1, "the"));
        if t.is(after, "of")
            && t.is_word(after + 1 + the)
            && is_capitalised(t.s(after + 1 + the))
            && !words::is_function(t.s(after + 1 + the))
        {
            let mut k = after + 1 + the;
            while k < sentence_end && t.is_word(k) && is_capitalised(t.s(k)) && k < after + 7 {
                k += 1;
            }
            // "Crown Prince Mohammad bin Salman of Saudi Arabia": a head of state's or
            // minister's country.
            let national = self.entities[e]
                .role
                .as_deref()
                .is_some_and(|r| r.split([' ', '-']).any(words::is_national_title));
            let country = lexicon()
                .at(t, after + 1 + the, k)
                .filter(|(p, n, _)| after + 1 + the + n == k && p.kind == PlaceKind::Country);
            if let Some((p, _, _)) = country.filter(|_| national) {
                if self.entities[e].party.is_none() {
                    self.entities[e].party = Some(p.party);
                }
            }
            self.add_about(e, t.span(after, k));
            return;
        }
        if !t.is_punct(after, ",") {
            return;
        }
        let Some(close) = segment_end(t, after + 1, sentence_end) else {
            return;
        };
        let mut from = after + 1;
        // "the Rev. Peter Wherry, of Mayfield Baptist Church,": the same, set off by a comma.
        if t.is(from, "of") && is_capitalised(t.s((from + 1).min(close))) {
            self.add_about(e, t.span(from, close));
            return;
        }
        // "Erin Murphy, now a consultant on Burma": a role held now (or then) is a role.
        let mut then = false;
        if matches!(t.s(from), "now" | "then")
            && matches!(t.s((from + 1).min(close)), "a" | "an" | "the")
        {
            then = t.is(from, "then");
            from += 1;
        }
        // "Stuart Stevens, who was Mitt Romney's top adviser in 2012,": a past role names
        // no side the person speaks for now.
        let mut past = false;
        if t.is(from, "who") {
            if matches!(t.s(from + 1), "is" | "was") {
                past = t.is(from + 1, "was");
                from += 2;
            } else {
                // "Eric Woolson, who worked for the governor,": who the person is, told by
                // what they do or did; no role and no side.
                if t.is_word(from + 1) && !words::is_function(t.s(from + 1))
                    || t.is(from + 1, "has")
                {
                    let end = further_appositions(t, close, sentence_end);
                    self.add_about(e, t.span(from, end));
                }
                return;
            }
        }
        if looks_like_clause(t, from, close) {
            return;
        }
        let first = t.s(from).to_lowercase();
        // "his campaign manager", "Mr. Obama's deputy national security adviser".
        let possessive = (from..close.min(from + 3))
            .any(|i| crate::extract::parties::lexicon::strip_possessive(t.s(i)).1);
        let bare_role = words::is_role(t.s(from)) && !is_capitalised(t.s(from));
        // "David Wasserman, House editor for the Cook Political Report,": a capitalised
        // phrase is a role only when a lowercase role noun heads it.
        let titled_phrase = is_capitalised(t.s(from))
            && !is_person_title(t.s(from))
            && (from + 1..close).any(|i| words::is_role(t.s(i)) && !is_capitalised(t.s(i)));
        // "Chris Coons, Democrat of Delaware,": a party member from a state.
        let member_of = matches!(first.as_str(), "democrat" | "republican") && t.is(from + 1, "of");
        if !matches!(
            first.as_str(),
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        ) && !possessive
            && lexicon().at(t, from, close).is_none()
            && !bare_role
            && !titled_phrase
            && !member_of
        {
            return;
        }
        // "a close friend of the Israeli prime minister": who the person is to someone
        // else; the other's title is not the person's role, nor the other's side theirs.
        let relation = (from..close)
            .find(|&i| t.is(i, "of"))
            .is_some_and(|o| o > from && words::is_relation(t.s(o - 1)));
        if relation {
            let end = further_appositions(t, close, sentence_end);
            self.add_about(e, t.span(from, end));
            return;
        }
        if !(from..close).any(|i| words::is_role(t.s(i)) || words::is_collective(t.s(i))) {
            // "Vann Newkirk, a writer for The Atlantic,": who the person is, though no title
            // the lexicon knows; a description, never a role to resolve "the senator" by.
            if matches!(first.as_str(), "a" | "an") && close > from + 1 {
                let end = further_appositions(t, close, sentence_end);
                self.add_about(e, t.span(from, end));
            }
            return;
        }
        let role = t.span(from, close).to_string();
        // "working for Priorities USA": a place word inside an organisation's name is no side.
        let place = (after + 1..close)
            .filter(|&s| {
                let inside_before = s > from
                    && is_capitalised(t.s(s - 1))
                    && !words::is_role(t.s(s - 1))
                    && !words::is_function(t.s(s - 1));
                // "the Center for American Progress": a name goes on after the place word.
                let inside_after = s + 1 < close
                    && t.is_word(s + 1)
                    && is_capitalised(t.s(s + 1))
                    && !words::is_role(t.s(s + 1))
                    && !is_person_title(t.s(s + 1));
                // "a close friend of the Israeli prime minister", "an envoy to France":
                // someone else's side, or the one the person is sent to.
                let someone_elses = (from..s)
                    .any(|i| t.is(i, "to") || (t.is(i + 1, "of") && words::is_relation(t.s(i))));
                !inside_before && !inside_after && !someone_elses
            })
            .find_map(|s| lexicon().at(t, s, close).map(|(p, _, _)| p));
        // "a Democratic pollster working for Priorities USA, a super PAC backing her":
        // what follows describes the first apposition, not the person's side.
        let end = further_appositions(t, close, sentence_end);
        if end > close + 1 {
            self.add_about(e, t.span(close + 1, end));
        }
        let ent = &mut self.entities[e];
        let role = strip_article(&role);
        let past = past || then;
        let role = if past && !role.starts_with("former") {
            format!("formerly {role}")
        } else {
            role.to_string()
        };
        ent.role = match ent.role.take() {
            Some(r) if !r.contains(&role) => Some(format!("{r}, {role}")),
            Some(r) => Some(r),
            None => Some(role),
        };
        if ent.party.is_none() && !past {
            ent.party = place.map(|p| p.party);
        }
    }

    fn add_about(&mut self, e: usize, text: &str) {
        let ent = &mut self.entities[e];
        let text = text.trim();
        if text.is_empty() || ent.about.as_deref().is_some_and(|a| a.contains(text)) {
            return;
        }
        ent.about = Some(match ent.about.take() {
            Some(a) => format!("{a}; {text}"),
            None => text.to_string(),
        });
    }

    fn lookup_name(&self, t: &Tokens, from: usize, to: usize, org: bool) -> Option<usize> {
        if org {
            return self
                .by_key
                .get(&clean_name(t, from, to, true).to_lowercase())
                .and_then(|l| l.first().copied());
        }
        let last = name_key(t.s(to - 1));
        let list = self.by_key.get(&last)?;
        let first = (to - from >= 2 && !is_particle(t.s(from))).then(|| name_key(t.s(from)));
        list.iter().copied().find(|&i| {
            first.is_none()
                || self.entities[i].first_name.is_none()
                || self.entities[i].first_name == first
        })
    }

    fn place_entity(&mut self, t: &Tokens, np: &Np, p: Place) -> usize {
        let (from, to) = (np.from, np.to);
        let mut a = from;
        while a < to && matches!(t.s(a), "the" | "The") {
            a += 1;
        }
        let surface = crate::extract::parties::lexicon::strip_possessive(t.span(a, to)).0;
        let key = format!("place:{}", surface.to_lowercase());
        if let Some(&i) = self.by_key.get(&key).and_then(|l| l.first()) {
            return i;
        }
        let seat_with_article = p.kind == PlaceKind::Seat && a > from;
        let name = if seat_with_article {
            format!("the {surface}")
        } else if p.kind == PlaceKind::Body
            && is_acronym(surface)
            && p.party.len() > surface.len() + 4
        {
            p.party.to_string()
        } else {
            surface.to_string()
        };
        let kind = if p.kind == PlaceKind::Body {
            Kind::Organisation
        } else {
            Kind::Place
        };
        self.add(Entity {
            name,
            kind,
            role: None,
            party: Some(p.party),
            key,
            first_name: None,
            org_party: None,
            about: None,
        })
    }

    /// The entity a subject phrase refers to, creating it when it is new. `at` is the token
    /// the phrase starts at (pronouns resolve to what came before it).
    pub fn resolve(&mut self, t: &Tokens, np: &Np, at: usize, sentence: usize) -> Option<usize> {
        if let Head::Name { from, to, .. } = &np.head {
            if to - from == 1 && is_state_abbreviation(t.s(*from)) {
                return None;
            }
        }
        let e = match &np.head {
            Head::Name { from, to, org } => match self.lookup_name(t, *from, *to, *org) {
                Some(i) => {
                    let role = np.role.map(|(a, b)| expand_titles(t.span(a, b)));
                    let ent = &mut self.entities[i];
                    if ent.role.is_none() {
                        ent.role = role;
                    }
                    if ent.party.is_none() {
                        ent.party = np.place.map(|p| p.party);
                    }
                    Some(i)
                }
                None => Some(self.name_entity(t, np, *from, *to, *org)),
            },
            Head::Place(p) => Some(self.place_entity(t, np, *p)),
            Head::Pronoun(p) => self.pronoun(p, at, sentence, None),
            // "the senator", "the New York businessman": a named actor with that role, else
            // the person the passage is about.
            // Without an actor of that role, "the judge" stands as said: guessing the
            // person nearby put a judge's ruling in a party's mouth.
            Head::Definite(role) => {
                // "his lawyer" is the lawyer of the one "his" refers to, not any lawyer.
                let possessive = matches!(
                    t.s(np.from),
                    "His" | "his" | "Her" | "her" | "Their" | "their"
                );
                let found = if possessive {
                    None
                } else {
                    self.definite(t, role, np, at)
                };
                found.or_else(|| {
                    // "his lawyer": named after the one it works for, and on their side.
                    let owner = match t.s(np.from) {
                        "His" | "his" => self.pronoun("he", at, sentence, None),
                        "Her" | "her" => self.pronoun("she", at, sentence, None),
                        "Their" | "their" => self.pronoun("they", at, sentence, None),
                        _ => None,
                    };
                    if let Some(o) = owner {
                        let name =
                            format!("{}’s {}", self.short_name(o), t.span(np.from + 1, np.to));
                        let key = format!("described:{}", name.to_lowercase());
                        if let Some(&i) = self.by_key.get(&key).and_then(|l| l.first()) {
                            return Some(i);
                        }
                        let (party, org_party) =
                            (self.entities[o].party, self.entities[o].org_party.clone());
                        return Some(self.add(Entity {
                            name,
                            kind: Kind::Collective,
                            role: None,
                            party,
                            key,
                            first_name: None,
                            org_party,
                            about: None,
                        }));
                    }
                    if matches!(
                        t.s(np.from),
                        "His" | "his" | "Her" | "her" | "Their" | "their"
                    ) {
                        return None;
                    }
                    let name = t.span(np.from, np.to).to_string();
                    let key = format!("described:{}", name.to_lowercase());
                    match self.by_key.get(&key).and_then(|l| l.first()) {
                        Some(&i) => Some(i),
                        None => Some(self.add(Entity {
                            name: lowercase_article(&name),
                            kind: Kind::Collective,
                            role: None,
                            party: np.place.map(|p| p.party),
                            key,
                            first_name: None,
                            org_party: None,
                            about: None,
                        })),
                    }
                })
            }
            Head::Collective => {
                let mut a = np.from;
                while a + 1 < np.to
                    && (words::is_function(t.s(a))
                        || ["-led", "-based", "-backed"]
                            .iter()
                            .any(|x| t.s(a).ends_with(x)))
                {
                    a += 1;
                }
                let name = t.span(a, np.to).to_string();
                let key = format!("group:{}", name.to_lowercase());
                match self.by_key.get(&key).and_then(|l| l.first()) {
                    Some(&i) => Some(i),
                    None => Some(self.add(Entity {
                        name,
                        kind: Kind::Collective,
                        role: None,
                        party: np.place.map(|p| p.party),
                        key,
                        first_name: None,
                        org_party: None,
                        about: None,
                    })),
                }
            }
            Head::Source => {
                let span = t.span(np.from, np.to);
                let bare = strip_article(span);
                // "the statement", "state media": a common noun keeps "The" so a line reads
                // "The statement: …"; a named outlet stands alone ("the BBC" → "BBC").
                let common = bare.starts_with(char::is_lowercase);
                let name =
                    if common && bare.len() < span.len() && span[..1].eq_ignore_ascii_case("t") {
                        format!("The {bare}")
                    } else if common {
                        crate::extract::words::capitalise_first(bare)
                    } else {
                        bare.to_string()
                    };
                let key = format!("source:{}", name.to_lowercase());
                match self.by_key.get(&key).and_then(|l| l.first()) {
                    Some(&i) => Some(i),
                    None => Some(self.add(Entity {
                        name,
                        kind: Kind::Source,
                        role: None,
                        party: None,
                        key,
                        first_name: None,
                        org_party: None,
                        about: None,
                    })),
                }
            }
        };
        if let Some(e) = e {
            self.note_subject(e, at, sentence);
        }
        e
    }

    /// Record that an entity is the subject (speaker) of a clause at a token.
    pub fn note_subject(&mut self, e: usize, at: usize, sentence: usize) {
        let pos = self.mentions.partition_point(|m| m.tok < at);
        // The phrase's own name mention ("Russia’s deputy UN envoy Dmitry Polyanskiy").
        let same = self.mentions[pos..]
            .iter()
            .take_while(|m| m.sentence == sentence && m.tok < at + 12)
            .position(|m| m.entity == e);
        if let Some(k) = same {
            self.mentions[pos + k].subject = true;
        } else {
            self.mentions.insert(
                pos,
                Mention {
                    entity: e,
                    tok: at,
                    sentence,
                    subject: true,
                    quoted: false,
                },
            );
        }
    }

    fn recent(&self, at: usize, sentence: usize, window: usize) -> impl Iterator<Item = &Mention> {
        let pos = self.mentions.partition_point(|m| m.tok < at);
        self.mentions[..pos]
            .iter()
            .rev()
            .take_while(move |m| m.sentence + window >= sentence)
    }

    /// The entity a subject phrase refers to, never `except` (the one addressed: "“…,” he
    /// told Ortiz" is not Ortiz speaking).
    pub fn resolve_except(
        &mut self,
        t: &Tokens,
        np: &Np,
        at: usize,
        sentence: usize,
        except: usize,
    ) -> Option<usize> {
        match &np.head {
            Head::Pronoun(p) => {
                let e = self.pronoun(p, at, sentence, Some(except));
                if let Some(e) = e {
                    self.note_subject(e, at, sentence);
                }
                e
            }
            _ => self.resolve(t, np, at, sentence).filter(|&e| e != except),
        }
    }

    fn pronoun(&self, p: &str, at: usize, sentence: usize, except: Option<usize>) -> Option<usize> {
        match p {
            "he" | "she" | "him" | "her" => {
                let wrong = match p {
                    "he" | "him" => gender::Gender::Female,
                    _ => gender::Gender::Male,
                };
                let person = |m: &&Mention| {
                    self.entities[m.entity].kind == Kind::Person
                        && !m.quoted
                        && Some(m.entity) != except
                        && self.genders.get(m.entity).copied().flatten() != Some(wrong)
                };
                // A subject of the last three sentences ("Pagano refused, and Lopez
                // resigned. Her attorney …": Lopez), else anyone fitting named there.
                self.recent(at, sentence, 3)
                    .filter(person)
                    .find(|m| m.subject)
                    .or_else(|| self.recent(at, sentence, 3).find(person))
                    .map(|m| m.entity)
            }
            "they" | "we" => self
                .recent(at, sentence, 2)
                .find(|m| {
                    let e = &self.entities[m.entity];
                    m.subject
                        && matches!(e.kind, Kind::Collective | Kind::Organisation | Kind::Place)
                        && !is_bare_demonym(&e.name)
                })
                // "Foreign ministers denounced the deal. [two sentences on who attended]
                // They concluded …": a group stays the topic a little longer.
                .or_else(|| {
                    self.recent(at, sentence, 4)
                        .find(|m| m.subject && self.entities[m.entity].kind == Kind::Collective)
                })
                .map(|m| m.entity),
            "it" => self
                .recent(at, sentence, 1)
                .find(|m| {
                    m.subject
                        && matches!(
                            self.entities[m.entity].kind,
                            Kind::Organisation | Kind::Place
                        )
                })
                .map(|m| m.entity),
            _ => None,
        }
    }

    /// "the president" → the most recently mentioned actor with that role word.
    fn definite(&self, t: &Tokens, role: &str, np: &Np, at: usize) -> Option<usize> {
        // "the former Ohio governor" is not the governor in office.
        let former = (np.from..np.to).any(|k| {
            matches!(
                t.s(k).to_lowercase().as_str(),
                "former" | "ex" | "retired" | "then" | "late"
            )
        });
        // "the group" is the last group the text spoke of: not "Acme Health Group" when
        // "the trade group for …" came in between.
        // (Looked for within the last few hundred words: a long article stays linear.)
        let last_head = (np.from.saturating_sub(400)..np.from)
            .rev()
            .find(|&k| t.s(k).eq_ignore_ascii_case(role));
        let fits = |e: &Entity| {
            let by_role = e.role.as_deref().is_some_and(|r| {
                let r = r.to_lowercase();
                r.split([' ', '-']).any(|w| w == role)
                    && (!former || r.split([' ', '-']).any(|w| w == "former" || w == "ex"))
            });
            // "the bank" → "Deutsche Bank".
            let by_name = e.kind == Kind::Organisation
                && e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(role))
                && last_head.is_none_or(|k| is_capitalised(t.s(k)));
            (by_role || by_name) && np.place.is_none_or(|p| e.party == Some(p.party))
        };
        let pos = self.mentions.partition_point(|m| m.tok < at);
        self.mentions[..pos]
            .iter()
            .rev()
            .map(|m| m.entity)
            .find(|&e| fits(&self.entities[e]))
            .or_else(|| self.entities.iter().position(fits))
    }

    /// Short form for position lines: a person's surname, else the full name.
    pub fn short_name(&self, e: usize) -> &str {
        let ent = &self.entities[e];
        // "Ban Ki-moon", "Park Geun-hye": the family name comes first.
        if ent.kind == Kind::Person && family_name_first(&ent.name) {
            return ent.name.split(' ').next().unwrap_or(&ent.name);
        }
        // Ivanka and Donald Trump are both "Trump": each keeps the full name.
        let shared = ent.kind == Kind::Person
            && self.by_key.get(&ent.key).is_some_and(|l| {
                l.iter()
                    .any(|&o| o != e && self.entities[o].kind == Kind::Person)
            });
        if ent.kind == Kind::Person && !shared {
            // "Tom de Vries" → "de Vries", not "Vries".
            let words: Vec<&str> = ent.name.split(' ').collect();
            if words.len() >= 3 && is_particle(words[words.len() - 2]) {
                let cut = ent.name.len()
                    - words[words.len() - 1].len()
                    - words[words.len() - 2].len()
                    - 1;
                return &ent.name[cut..];
            }
            ent.name.rsplit(' ').next().unwrap_or(&ent.name)
        } else {
            &ent.name
        }
    }
}

/// "R-S.C.", "N.C.", "D-Va.": a party tag or state abbreviation, never a name.
fn is_state_abbreviation(w: &str) -> bool {
    w.len() <= 7
        && w.contains('.')
        && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && w.chars()
            .all(|c| c.is_ascii_alphabetic() || c == '.' || c == '-')
        && w.chars().filter(|c| c.is_ascii_lowercase()).count() <= 1
        && lexicon().get(w).is_none()
}

/// Lowercase name particles: "de", "van", "al" belong to the surname.
fn is_particle(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "de" | "van"
            | "von"
            | "da"
            | "di"
            | "del"
            | "della"
            | "al"
            | "el"
            | "bin"
            | "le"
            | "la"
            | "du"
            | "der"
            | "ter"
            | "dos"
    )
}

/// A given name written with a hyphen and a lowercase second part ("Ki-moon", "Jong-un")
/// follows the family name.
fn family_name_first(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.len() == 2
        && words[1]
            .split_once('-')
            .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(char::is_lowercase))
}

/// A nationality speaks only as a plural people ("Europeans", "the Russians"). A bare
/// adjective ("The Italian" cut from "The Italian foreign minister, …") names a place
/// mentioned, which helps place the people around it, but no actor: not a speaker, and no
/// group that "they" could refer to.
pub fn is_bare_demonym(name: &str) -> bool {
    let word = name.strip_prefix("the ").unwrap_or(name);
    !word.ends_with('s')
        && lexicon()
            .get(word)
            .is_some_and(|p| p.kind == PlaceKind::Demonym)
}

/// The end of an apposition starting at `from`: the comma, period, semicolon or bracket
/// that closes it, within a phrase's length and before any quotation.
fn segment_end(t: &Tokens, from: usize, sentence_end: usize) -> Option<usize> {
    (from..sentence_end.min(from + 27))
        .take_while(|&k| {
            !matches!(
                t.toks[k].kind,
                tokens::TokKind::Open | tokens::TokKind::Close
            )
        })
        .find(|&k| {
            // "$525,000": a comma inside a number closes nothing.
            let in_number = k > 0
                && k + 1 < t.toks.len()
                && t.s(k - 1).ends_with(|c: char| c.is_ascii_digit())
                && t.s(k + 1).starts_with(|c: char| c.is_ascii_digit());
            (t.is_punct(k, ",") && !in_number)
                || t.is_punct(k, ".")
                || t.is_punct(k, ";")
                || t.is_punct(k, ")")
        })
}

/// "Per request of Boris Johnson, the Queen suspended parliament": after the comma comes a
/// clause of its own (a verb after its subject), not an apposition.
fn looks_like_clause(t: &Tokens, from: usize, close: usize) -> bool {
    (from..close)
        .take_while(|&i| !matches!(t.s(i), "who" | "which" | "that" | "whose"))
        .any(|i| {
            let w = t.s(i);
            crate::extract::words::is_auxiliary(w)
                || matches!(w, "said" | "says")
                || (i > from
                    && w.len() > 4
                    && w.ends_with("ed")
                    && w.starts_with(char::is_lowercase)
                    && is_capitalised(t.s(i - 1)))
        })
}

/// Past an apposition closed by a comma, more appositions describing it ("…, a super PAC
/// supporting Hillary Clinton", "…, who advised the governor"): the token after the last.
fn further_appositions(t: &Tokens, close: usize, sentence_end: usize) -> usize {
    let mut end = close;
    for _ in 0..2 {
        if !t.is_punct(end, ",") {
            break;
        }
        let next = end + 1;
        let opens = matches!(
            words::lower(t.s(next.min(t.toks.len() - 1))).as_ref(),
            "a" | "an" | "the" | "who" | "which" | "one"
        ) && next < sentence_end;
        let Some(k) = opens.then(|| segment_end(t, next, sentence_end)).flatten() else {
            break;
        };
        // A clause of its own ("…, the group said") is not a description.
        let clause = (next..k).any(|i| {
            crate::extract::attribution::cues::at(t, i, k).is_some_and(|c| {
                c.class == crate::extract::attribution::cues::Class::Speech
                    && c.form != crate::extract::attribution::cues::Form::Gerund
            })
        });
        if clause {
            break;
        }
        end = k;
    }
    end
}

/// A capitalised word in a title that is neither a title nor a place names the
/// organisation the actor speaks for ("Houthi military spokesperson" → "Houthi").
fn role_organisation(t: &Tokens, a: usize, b: usize) -> Option<String> {
    let words: Vec<&str> = (a..b)
        .map(|i| t.s(i))
        .filter(|w| {
            is_capitalised(w)
                && !words::is_role(w)
                && !is_person_title(w)
                && !words::is_org_head(w)
                && !words::is_function(w)
                && lexicon()
                    .get(crate::extract::parties::lexicon::strip_possessive(w).0)
                    .is_none()
        })
        .collect();
    if words.len() != 1 || !(a..b).all(|i| t.is_word(i)) {
        return None;
    }
    // "former Obama adviser": no longer on that side.
    if (a..b).any(|i| matches!(t.s(i), "former" | "Former" | "ex" | "Ex")) {
        return None;
    }
    let w = words[0];
    let i = (a..b).find(|&i| t.s(i) == w)?;
    // "Hamas spokesman", "NAACP president": the name right before a lowercase role word, or
    // an acronym. Not "Wells Fargo CEO" → "Fargo", "Shadow chancellor", "Retired Lt. Gen.",
    // "Oversight Committee Chairman": a word cut from a longer name, or a title's adjective.
    const TITLE_ADJECTIVES: &[&str] = &[
        "Shadow", "Acting", "Interim", "Retired", "Former", "Deputy", "Senior", "Chief", "Top",
        "Then", "Now", "Outgoing", "Incoming", "Veteran", "Longtime",
    ];
    let before_role = i + 1 < b && words::is_role(t.s(i + 1)) && !is_capitalised(t.s(i + 1));
    let cut_from_name = i > a && is_capitalised(t.s(i - 1));
    let named = (is_acronym(w) || before_role) && !cut_from_name && !TITLE_ADJECTIVES.contains(&w);
    named.then(|| {
        crate::extract::parties::lexicon::strip_possessive(w)
            .0
            .to_string()
    })
}

/// Abbreviated titles written out ("Sen." → "Senator"), as a reader expects them.
fn expand_titles(role: &str) -> String {
    role.split(' ')
        .map(|w| match w {
            "Sen." => "Senator",
            "Del." => "Delegate",
            "Rep." => "Representative",
            "Gov." => "Governor",
            "Gen." => "General",
            "Lt." => "Lieutenant",
            "Col." => "Colonel",
            "Adm." => "Admiral",
            "Capt." => "Captain",
            "Sgt." => "Sergeant",
            "Prof." => "Professor",
            "Pres." => "President",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "The judge" at a sentence start is "the judge" mid-line.
fn lowercase_article(s: &str) -> String {
    match s.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => s.to_string(),
    }
}

fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(r) = s.strip_prefix(a) {
            return r;
        }
    }
    s
}

/// A name as displayed: possessive dropped, middle initials dropped for people
/// ("Donald J. Trump" → "Donald Trump").
fn clean_name(t: &Tokens, from: usize, to: usize, org: bool) -> String {
    let mut out: Vec<&str> = Vec::new();
    // "Kurdish-led", "Yemen-based": descriptions before the name, not part of it.
    let mut from = from;
    while from + 1 < to
        && ["-led", "-based", "-backed", "-run", "-owned"]
            .iter()
            .any(|x| t.s(from).ends_with(x))
    {
        from += 1;
    }
    for i in from..to {
        // The nickname and its marks are left out of the name.
        let mark = |k: usize| {
            matches!(
                t.toks[k].kind,
                tokens::TokKind::Open | tokens::TokKind::Close
            )
        };
        if mark(i) || (i > from && t.toks[i - 1].kind == tokens::TokKind::Open) {
            continue;
        }
        let w = crate::extract::parties::lexicon::strip_possessive(t.s(i)).0;
        let initial = w.len() <= 2 && w.ends_with('.');
        if !org && initial && i > from && i + 1 < to {
            continue;
        }
        out.push(w);
    }
    out.join(" ")
}

/// A run of capitalised name words with the modifiers before it.
struct Run {
    mods: usize,
    from: usize,
    to: usize,
    sentence_start: usize,
    sentence_end: usize,
}

/// A sentence in title case: at least five words, and every one capitalised but the
/// short words titles leave lowercase.
fn is_headline(t: &Tokens, a: usize, b: usize) -> bool {
    let words: Vec<&str> = (a..b)
        .filter(|&i| t.is_word(i))
        .map(|i| t.s(i).trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    words.len() >= 5 && crate::article::text::is_title_case(&words)
}

fn name_runs(t: &Tokens) -> Vec<Run> {
    let mut runs = Vec::new();
    for &(a, b) in &t.sentence_ranges {
        // "Chris Christie Calls Hillary Clinton ‘A Disgrace’": a headline's capitals do
        // not mark names.
        if is_headline(t, a, b) {
            continue;
        }
        let mut i = a;
        while i < b {
            let place = lexicon().at(t, i, b);
            if !phrase::is_name_word(t, i, a) && place.is_none() {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < b {
                // Robert C. "Bobby" Scott: a nickname in quotation marks inside a name.
                if j > i
                    && j + 3 < b
                    && t.toks[j].kind == tokens::TokKind::Open
                    && t.toks[j + 2].kind == tokens::TokKind::Close
                    && is_capitalised(t.s(j + 1))
                    && phrase::is_name_word(t, j + 3, a)
                {
                    j += 3;
                    continue;
                }
                let w = t.s(j);
                let poss = crate::extract::parties::lexicon::strip_possessive(w).1;
                if phrase::is_name_word(t, j, a)
                    || (j > i && is_capitalised(w) && t.is_word(j))
                    || (j > i && is_particle(w) && phrase::is_name_word(t, j + 1, a))
                {
                    j += 1;
                    if poss {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "R-S.C.", "N.C.-based": a state's abbreviation alone names no actor.
            let dotted = j == i + 1 && is_state_abbreviation(t.s(i));
            if dotted && place.is_none() {
                i += 1;
                continue;
            }
            if j == i {
                // A place on its own ("the Kremlin").
                if let Some((_, n, _)) = place {
                    j = i + n;
                } else {
                    i += 1;
                    continue;
                }
            }
            let mut mods = phrase::modifiers_start(t, i, a);
            if mods > a && matches!(t.s(mods - 1), "the" | "The") {
                mods -= 1;
            }
            runs.push(Run {
                mods,
                from: i,
                to: j,
                sentence_start: a,
                sentence_end: b,
            });
            i = j;
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    /// The entities of `text`, as the registry finds them.
    fn entities_of(text: &str) -> Vec<Entity> {
        let a = Article::from_text(text).expect("article");
        let t = Tokens::new(&a);
        Registry::build(&t).entities
    }

    fn entity(text: &str, name: &str) -> Option<Entity> {
        entities_of(text).into_iter().find(|e| e.name == name)
    }

    fn role_of(text: &str, name: &str) -> Option<String> {
        entity(text, name).and_then(|e| e.role)
    }

    #[test]
    fn long_apposition_is_the_role() {
        let role = role_of(
            "Polls close.\n\nMark Stone, a political scientist at the University of Springfield in Ohio, said the race was close.",
            "Mark Stone",
        );
        assert_eq!(
            role.as_deref(),
            Some("political scientist at the University of Springfield in Ohio")
        );
    }

    #[test]
    fn bare_role_apposition_is_the_role() {
        let role = role_of(
            "Rates rise.\n\nAnna Berg, chief economist at Northbank, said rates would rise.",
            "Anna Berg",
        );
        assert_eq!(role.as_deref(), Some("chief economist at Northbank"));
    }

    #[test]
    fn later_mention_apposition_adds_a_role() {
        let role = role_of(
            "Taxes rise.\n\nEd Marsh spoke first. Later, Marsh, a stalwart union supporter, said taxes would rise.",
            "Ed Marsh",
        );
        assert_eq!(role.as_deref(), Some("stalwart union supporter"));
    }

    fn description_of(text: &str, name: &str) -> Option<String> {
        entity(text, name).and_then(|e| e.description())
    }

    #[test]
    fn apposition_after_a_party_tag_is_the_role() {
        let d = description_of(
            "Vote\n\n“This is a sad day,” said Rep. Gil Barton (D-N.C.), head of the state caucus.",
            "Gil Barton",
        );
        assert!(d.is_some_and(|d| d.contains("head of the state caucus")));
    }

    #[test]
    fn nested_apposition_describes_the_actor() {
        let d = description_of(
            "Jobs\n\n“Good news for the country,” said Ada Kern, a pollster working for \
             Progress Fund, a group backing the senator.",
            "Ada Kern",
        )
        .expect("description");
        assert!(d.contains("pollster working for Progress Fund"), "{d}");
        assert!(d.contains("a group backing the senator"), "{d}");
    }

    #[test]
    fn who_clause_describes_without_a_role() {
        let e = entity(
            "Race\n\n“Some survive,” said Eli Moss, who worked for the governor before he quit.",
            "Eli Moss",
        )
        .expect("entity");
        assert!(e.role.is_none(), "{:?}", e.role);
        assert!(e
            .about
            .as_deref()
            .is_some_and(|x| x.starts_with("who worked for the governor")));
    }

    #[test]
    fn possessive_after_a_title_is_a_role() {
        // "Benjamin Rhodes, Mr. Obama's deputy national security adviser" had no role.
        let role = role_of(
            "Talks\n\n“We disagree,” Noah Finch, Mr. Hale's deputy security adviser, said.",
            "Noah Finch",
        );
        assert_eq!(role.as_deref(), Some("Mr. Hale's deputy security adviser"));
    }

    #[test]
    fn a_place_inside_an_organisation_name_is_no_party() {
        // "a pollster working for Priorities USA" put the pollster under the United States.
        let e = entity(
            "Jobs\n\n“Good news,” said Ada Kern, a pollster working for Priorities USA.",
            "Ada Kern",
        )
        .expect("entity");
        assert_eq!(e.party, None);
    }

    #[test]
    fn a_clause_after_the_comma_is_no_apposition() {
        // "Per request of Prime Minister Boris Johnson, the Queen suspended parliament" gave
        // Johnson the role "Queen suspended parliament for five weeks yesterday".
        let role = role_of(
            "Recess\n\nPer request of Prime Minister Tom Hale, the Queen suspended parliament \
             for five weeks yesterday.",
            "Tom Hale",
        );
        assert_eq!(role.as_deref(), Some("Prime Minister"));
    }

    #[test]
    fn of_and_a_noun_phrase_describe_the_actor() {
        let d = description_of(
            "Race\n\n“A clear winner,” said Joel Park of Breitbart California.",
            "Joel Park",
        );
        assert_eq!(d.as_deref(), Some("of Breitbart California"));
        let d = description_of(
            "Race\n\n“Absolutely wrong,” said Vann Newton, a writer for The Atlantic.",
            "Vann Newton",
        );
        assert_eq!(d.as_deref(), Some("a writer for The Atlantic"));
    }

    #[test]
    fn a_comma_inside_a_number_does_not_close_the_apposition() {
        let d = description_of(
            "Race\n\n“We will see,” said Ada Kern, who has never raised more than $525,000 in a race.",
            "Ada Kern",
        );
        assert_eq!(
            d.as_deref(),
            Some("who has never raised more than $525,000 in a race")
        );
    }

    #[test]
    fn a_demonym_inside_an_organisation_name_is_no_party() {
        // "the Center for American Progress" put its vice president under the United States.
        let e = entity(
            "Plan\n\n“It is unfair,” said Carla Moss, vice president for policy for the Center \
             for American Progress.",
            "Carla Moss",
        )
        .expect("entity");
        assert_eq!(e.party, None);
    }

    #[test]
    fn a_nickname_in_quotes_stays_inside_the_name() {
        // Rep. Robert C. "Bobby" Scott became an actor named "Robert C.".
        let entities = entities_of(
            "Race\n\nRep. Robert C. \"Bobby\" Scott (D-Va.) welcomed the guests. Scott said the \
             race would be close.",
        );
        let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Robert Scott"), "{names:?}");
        assert!(!names.iter().any(|n| n.ends_with("C.")), "{names:?}");
    }

    #[test]
    fn who_was_apposition_is_a_former_role() {
        let role = role_of(
            "Talks end.\n\nJohn Reed, who was the President's special envoy to the coalition until December, criticised the decision.",
            "John Reed",
        );
        assert!(role.is_some_and(|r| r.starts_with("former")));
    }
}
