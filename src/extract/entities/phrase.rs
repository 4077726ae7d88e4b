//! Noun phrases that name an actor: "Russia’s deputy UN envoy Dmitry Polyanskiy",
//! "the Kremlin", "European leaders", "he", "the president".

use crate::extract::entities::tokens::{TokKind, Tokens};
use crate::extract::entities::words::{
    is_acronym, is_capitalised, is_collective, is_function, is_media, is_org_head, is_person_title,
    is_pronoun, is_role,
};
use crate::extract::parties::lexicon::{lexicon, Place, PlaceKind};

/// Words naming a news outlet ("The New York Times", "news agency ISNA").
const MEDIA_HEADS: &[&str] = &[
    "times",
    "post",
    "news",
    "journal",
    "telegraph",
    "guardian",
    "herald",
    "tribune",
    "agency",
    "radio",
    "television",
    "tv",
    "broadcaster",
    "channel",
    "newspaper",
    "daily",
    "magazine",
    "outlet",
    "network",
    "gazette",
    "wire",
];

/// Connectors inside personal names ("Ursula von der Leyen", "Mohammed bin Salman").
const NAME_CONNECTORS: &[&str] = &[
    "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le",
    "ter", "dos", "del",
];

#[derive(Debug, Clone, PartialEq)]
pub enum Head {
    /// Capitalised name words (token range), e.g. "Emmanuel Macron", "Syrian Democratic Forces".
    Name {
        from: usize,
        to: usize,
        org: bool,
    },
    /// A place or body standing for its government or members ("the Kremlin", "Nato").
    Place(Place),
    Pronoun(String),
    /// "the president": a role word after a definite article, to resolve to a named actor.
    Definite(String),
    /// A group of people or institutions ("European leaders", "analysts", "officials").
    Collective,
    /// A medium or document ("the BBC", "reports", "a statement"): a source, not a party.
    Source,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Np {
    pub head: Head,
    /// Token range of the whole phrase.
    pub from: usize,
    pub to: usize,
    /// Title or role words ("deputy UN envoy", "Foreign Minister").
    pub role: Option<(usize, usize)>,
    /// The country or body the phrase says the actor belongs to.
    pub place: Option<Place>,
}

pub fn is_name_word(t: &Tokens, i: usize, sentence_start: usize) -> bool {
    if !t.is_word(i) {
        return false;
    }
    let w = t.s(i);
    if !is_capitalised(w) {
        return false;
    }
    // After "Mr." comes a name, even one that is also a title ("Mr. King").
    if i > sentence_start
        && matches!(
            t.s(i - 1),
            "Mr." | "Mrs." | "Ms." | "Dr." | "Mr" | "Mrs" | "Ms"
        )
    {
        return true;
    }
    let (stem, _) = crate::extract::parties::lexicon::strip_possessive(w);
    // "Theresa May", "Brian June": a month after a first name is a surname, unless a day
    // number follows ("Paris May 3").
    if matches!(stem, "May" | "June" | "April" | "August")
        && i > sentence_start
        && is_capitalised(t.s(i - 1))
        && !is_function(t.s(i - 1))
        && !is_person_title(t.s(i - 1))
        && lexicon().get(t.s(i - 1)).is_none()
        && !t.s(i + 1).starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    if is_function(stem) && (i == sentence_start || !is_acronym(stem)) {
        return false;
    }
    !is_person_title(stem) || is_acronym(stem)
}

/// Extend a name leftwards over its modifiers: titles, roles, places and "of/to/the" inside
/// them. Returns the first token of the modifiers.
pub fn modifiers_start(t: &Tokens, name_from: usize, sentence_start: usize) -> usize {
    let lex = lexicon();
    let mut j = name_from;
    while j > sentence_start {
        let k = j - 1;
        if !t.is_word(k) {
            break;
        }
        let w = t.s(k);
        let (stem, _) = crate::extract::parties::lexicon::strip_possessive(w);
        let place = lex.at(t, k, name_from).is_some();
        if is_role(stem)
            || place
            || is_person_title(stem)
            || (is_org_head(stem) && is_capitalised(stem))
        {
            j = k;
            continue;
        }
        // "Houthi military spokesperson": an organisation's name before its title.
        if is_capitalised(w) && j < name_from && is_role(t.s(j)) && !is_function(w) {
            j = k;
            continue;
        }
        // A place phrase of several words ending here ("United States", "Downing Street").
        if let Some(start) = (k.saturating_sub(3).max(sentence_start)..k)
            .find(|&s| lex.at(t, s, j).is_some_and(|(_, n, _)| s + n == j))
        {
            j = start;
            continue;
        }
        if matches!(w, "of" | "to" | "for") && k > sentence_start {
            let before = t.s(k - 1);
            if is_role(before) || is_capitalised(before) {
                j = k;
                continue;
            }
        }
        if w == "the" && k > sentence_start && t.is(k - 1, "to") {
            j = k;
            continue;
        }
        break;
    }
    // Never start on a connector.
    while j < name_from && matches!(t.s(j), "of" | "to" | "for" | "the") {
        j += 1;
    }
    j
}

/// Parse tokens [from, to) as an actor phrase; `to` is exclusive. None when the phrase names
/// no actor ("the idea", "the move").
pub fn parse(t: &Tokens, from: usize, to: usize, sentence_start: usize) -> Option<Np> {
    if from >= to {
        return None;
    }
    let lex = lexicon();
    // "Hassan Rouhani of Iran", "Jerrold Nadler of New York": the name before "of"; a
    // country after it is a head of state's or minister's country.
    if let Some(o) = (from + 1..to.saturating_sub(1)).rev().find(|&o| {
        t.is(o, "of") && is_name_word(t, o - 1, sentence_start) && is_capitalised(t.s(o + 1))
    }) {
        if let Some(mut np) = parse(t, from, o, sentence_start) {
            if let Head::Name { org: false, .. } = np.head {
                let national = np.role.is_some_and(|(a, b)| {
                    (a..b).any(|i| crate::extract::entities::words::is_national_title(t.s(i)))
                });
                if np.place.is_none() && national {
                    np.place = lex
                        .at(t, o + 1, to)
                        .filter(|(p, n, _)| o + 1 + n == to && p.kind == PlaceKind::Country)
                        .map(|(p, _, _)| p);
                }
                np.to = to;
                return Some(np);
            }
        }
    }
    let last = to - 1;
    let lw = t.s(last);
    if to - from == 1 && is_pronoun(lw) {
        return Some(Np {
            head: Head::Pronoun(lw.to_lowercase()),
            from,
            to,
            role: None,
            place: None,
        });
    }
    // "the Turkish statement": a government's statement speaks for the government.
    if matches!(
        lw.to_lowercase().as_str(),
        "statement" | "announcement" | "communique" | "decree"
    ) {
        if let Some((p, _, _)) = (from..last).find_map(|i| lex.at(t, i, last)) {
            if p.kind != PlaceKind::Body || p.party.len() > 2 {
                return Some(np(Head::Place(p), from, to, None, Some(p)));
            }
        }
    }
    // "press secretary Josh Earnest", "media adviser": a media word naming a role's field
    // (capitalised only as the phrase's first word; "Associated Press reporter" is a source).
    let field_of_role =
        |i: usize| i + 1 < to && is_role(t.s(i + 1)) && (i == from || !is_capitalised(t.s(i)));
    if (from..to).any(|i| t.is_word(i) && is_media(t.s(i)) && !field_of_role(i)) {
        return Some(np(Head::Source, from, to, None, None));
    }
    // "Her granddaughter, Paris, 19, said": a place's name given an age is a person's.
    let aged = to < t.toks.len().saturating_sub(2)
        && t.is_punct(to, ",")
        && t.s(to + 1).chars().all(|c| c.is_ascii_digit())
        && t.is_punct(to + 2, ",");
    // Name core: trailing capitalised words.
    let mut name_from = to;
    while name_from > from {
        let k = name_from - 1;
        // Robert C. "Bobby" Scott: past a nickname in quotation marks.
        if name_from < to
            && k >= from + 3
            && t.toks[k].kind == TokKind::Close
            && t.toks[k - 2].kind == TokKind::Open
            && is_capitalised(t.s(k - 1))
        {
            name_from = k - 2;
            continue;
        }
        let w = t.s(k);
        let connector = NAME_CONNECTORS.contains(&w) && name_from < to;
        if name_from < to && crate::extract::parties::lexicon::strip_possessive(w).1 {
            break;
        }
        if (is_name_word(t, k, sentence_start)
            && lex
                .at(t, k, to)
                .is_none_or(|(_, n, _)| k + n != to || name_from < to || aged))
            || connector
        {
            name_from = k;
        } else {
            break;
        }
    }
    // A place ending the phrase ("the Kremlin", "Downing Street", "Britain").
    if let Some(p) = (from..to)
        .find_map(|s| lex.at(t, s, to).filter(|(_, n, _)| s + n == to))
        .filter(|_| !aged)
    {
        let start = to - p.1;
        if name_from >= start || name_from == to {
            let (place, _, _) = p;
            if place.kind == PlaceKind::Demonym && !is_capitalised(t.s(start)) {
                return None;
            }
            let own = if start > from && t.is(start - 1, "the") {
                start - 1
            } else {
                start
            };
            return Some(np(Head::Place(place), own, to, None, Some(place)));
        }
    }
    let mods_place = |a: usize, b: usize| -> Option<Place> {
        (a..b).find_map(|s| lex.at(t, s, b).map(|(p, _, _)| p))
    };
    if name_from < to {
        while name_from < to && NAME_CONNECTORS.contains(&t.s(name_from)) {
            name_from += 1;
        }
        let mut org = is_org_head(lw) || (to - name_from == 1 && is_acronym(lw));
        // "Ministry of Foreign Affairs", "National Institute for Space Research": one name.
        let mut k = name_from;
        while k >= from + 2
            && matches!(t.s(k - 1), "of" | "for" | "on")
            && is_capitalised(t.s(k - 2))
        {
            let mut j = k - 2;
            while j > from && is_capitalised(t.s(j - 1)) && t.is_word(j - 1) {
                j -= 1;
            }
            if (j..k - 1).any(|i| is_org_head(t.s(i))) {
                k = j;
                org = true;
            } else {
                break;
            }
        }
        if org && k < name_from {
            return Some(np(
                Head::Name {
                    from: k,
                    to,
                    org: true,
                },
                from,
                to,
                None,
                org_affiliation(t, k, to),
            ));
        }
        // News outlets and agencies are sources: "The New York Times", "news agency Fars".
        let outlet = (org && MEDIA_HEADS.contains(&lw.to_lowercase().as_str()))
            || (from..name_from).any(|i| MEDIA_HEADS.contains(&t.s(i).to_lowercase().as_str()));
        if outlet {
            return Some(np(Head::Source, from, to, None, None));
        }
        if !org {
            // A person's name starts after any place or title inside the capitalised run
            // ("United Nations Nikki Haley", "Senate Minority Whip Dick Durbin").
            let mut p = name_from;
            while p + 1 < to {
                if let Some((place, n, _)) = lex.at(t, p, to - 1) {
                    // "Lima Cole", "Jordan Peterson": a place's name as a given name, when
                    // a surname alone follows it at the start of the name.
                    let given_name = n == 1
                        && p == name_from
                        && p + 2 == to
                        && matches!(place.kind, PlaceKind::Country | PlaceKind::Seat)
                        && !is_role(t.s(p + 1))
                        && !is_org_head(t.s(p + 1))
                        && !is_acronym(t.s(p + 1));
                    if given_name {
                        break;
                    }
                    p += n;
                    name_from = p;
                } else if is_role(t.s(p)) || is_org_head(t.s(p)) {
                    p += 1;
                    name_from = p;
                } else {
                    p += 1;
                }
            }
        }
        // "BBC’s Jonathan Marcus": a journalist of an outlet is a source.
        if !org
            && name_from > from
            && crate::extract::parties::lexicon::strip_possessive(t.s(name_from - 1)).1
            && is_media(crate::extract::parties::lexicon::strip_possessive(t.s(name_from - 1)).0)
        {
            return Some(np(Head::Source, from, to, None, None));
        }
        let mut mstart = modifiers_start(t, name_from, from.max(sentence_start));
        if mstart < from {
            mstart = from;
        }
        let mut place = mods_place(mstart, name_from);
        let mut role_from = mstart;
        // A leading place is the affiliation, not part of the role.
        if let Some((_, n, _)) = lex.at(t, mstart, name_from) {
            role_from = mstart + n;
        }
        let role = (role_from < name_from).then_some((role_from, name_from));
        let mut name_start = name_from;
        if org {
            // Organisation names keep their adjectives ("Syrian Democratic Forces").
            name_start = mstart.max(from);
            while name_start < to && !is_capitalised(t.s(name_start)) {
                name_start += 1;
            }
            place = org_affiliation(t, name_start, to);
        }
        return Some(np(
            Head::Name {
                from: name_start,
                to,
                org,
            },
            from,
            to,
            if org { None } else { role },
            place,
        ));
    }
    let lower = lw.to_lowercase();
    let det = t.s(from).to_lowercase();
    let common = lw.starts_with(char::is_lowercase);
    // "the bank", "the network", "the committee": the organisation the article named with
    // that word, else one standing as written.
    if to - from == 2
        && det == "the"
        && common
        && is_org_head(&lower)
        && !is_media(&lower)
        && !matches!(
            lower.as_str(),
            "government" | "administration" | "police" | "military" | "army" | "party"
        )
    {
        return Some(np(Head::Definite(lower), from, to, None, None));
    }
    if is_collective(&lower) || (is_plural_noun(&lower) && to - from >= 2) {
        let place = mods_place(from, last);
        return Some(np(Head::Collective, from, to, None, place));
    }
    // "a government official", "a spokeswoman": an unnamed speaker.
    if is_role(&lower) && matches!(det.as_str(), "a" | "an" | "one" | "another") {
        let place = mods_place(from, last);
        return Some(np(Head::Collective, from, to, Some((from + 1, to)), place));
    }
    // "the president", and "his lawyer": someone's own representative.
    let definite = matches!(det.as_str(), "the" | "this")
        || (common && matches!(det.as_str(), "his" | "her" | "their"));
    if is_role(&lower) && definite {
        let place = mods_place(from, last);
        return Some(np(
            Head::Definite(lower),
            from,
            to,
            Some((from + 1, to)),
            place,
        ));
    }
    if is_role(&lower)
        && (lower.ends_with("man") || lower.ends_with("person") || lower.ends_with("woman"))
    {
        let place = mods_place(from, last);
        return Some(np(Head::Collective, from, to, Some((from, to)), place));
    }
    None
}

/// An organisation named by a nationality and generic words ("Turkish Foreign Ministry")
/// belongs to that country; one with a name of its own ("Syrian Democratic Forces") does not.
fn org_affiliation(t: &Tokens, from: usize, to: usize) -> Option<Place> {
    const GENERIC: &[&str] = &[
        "foreign",
        "interior",
        "defence",
        "defense",
        "finance",
        "justice",
        "health",
        "state",
        "national",
        "armed",
        "security",
        "military",
        "presidential",
        "federal",
        "royal",
        "air",
        "naval",
        "home",
        "trade",
        "economy",
        "prime",
        "minister's",
        "press",
        "of",
        "affairs",
        "the",
        "and",
        "external",
        "general",
        "public",
    ];
    let (place, n, _) = lexicon().at(t, from, to)?;
    let generic = (from + n..to)
        .all(|i| is_org_head(t.s(i)) || GENERIC.contains(&t.s(i).to_lowercase().as_str()));
    (generic && place.kind != PlaceKind::Body).then_some(place)
}

fn np(
    head: Head,
    from: usize,
    to: usize,
    role: Option<(usize, usize)>,
    place: Option<Place>,
) -> Np {
    Np {
        head,
        from,
        to,
        role,
        place,
    }
}

/// Token range of the noun phrase that ends just before `end` (exclusive), scanning left
/// no further than `limit`. Covers determiners, roles, places and capitalised names.
pub fn ending_at(t: &Tokens, end: usize, limit: usize) -> Option<(usize, usize)> {
    let mut j = end;
    while j > limit {
        let k = j - 1;
        let tok = t.toks[k];
        if tok.kind != TokKind::Word {
            break;
        }
        let w = t.s(k);
        let lower = w.to_lowercase();
        let ok = is_capitalised(w)
            || is_role(&lower)
            || is_collective(&lower)
            || is_media(&lower)
            || NAME_CONNECTORS.contains(&w)
            || (matches!(lower.as_str(), "of" | "to" | "for") && j < end && k > limit && {
                let b = t.s(k - 1);
                is_role(b) || is_capitalised(b)
            })
            || (j == end && is_pronoun(&lower))
            || (j == end && is_plural_noun(&lower))
            || (j == end && is_org_head(&lower))
            || lexicon().at(t, k, end).is_some()
            || (j < end && is_adjective_like(&lower));
        if matches!(
            lower.as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "his"
                | "her"
                | "their"
                | "its"
                | "another"
                | "one"
                | "two"
                | "three"
                | "some"
                | "many"
                | "several"
                | "other"
                | "senior"
                | "top"
        ) && j < end
        {
            j = k;
            break;
        }
        if !ok {
            break;
        }
        if is_pronoun(&lower) && j == end {
            j = k;
            break;
        }
        j = k;
    }
    // A capitalised function word at the sentence start is not part of the phrase.
    while j < end
        && is_function(t.s(j))
        && !is_pronoun(t.s(j))
        && !matches!(
            t.s(j).to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "this"
                | "his"
                | "her"
                | "their"
                | "its"
                | "another"
                | "one"
                | "two"
                | "three"
                | "some"
                | "many"
                | "several"
                | "other"
        )
    {
        j += 1;
    }
    (j < end).then_some((j, end))
}

/// A lowercase plural noun that can head a group of speakers ("voters", "economists").
pub fn is_plural_noun(w: &str) -> bool {
    w.len() > 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.chars().all(|c| c.is_lowercase())
        && !matches!(
            w,
            "talks"
                | "results"
                | "remarks"
                | "comments"
                | "numbers"
                | "figures"
                | "things"
                | "years"
                | "months"
                | "weeks"
                | "days"
                | "hours"
                | "times"
                | "words"
                | "others"
                | "reports"
                | "documents"
                | "records"
                | "emails"
                | "polls"
                | "surveys"
                | "news"
        )
}

/// Adjectives that commonly modify speaker nouns ("European leaders", "senior officials").
fn is_adjective_like(w: &str) -> bool {
    matches!(
        w,
        "senior"
            | "top"
            | "local"
            | "foreign"
            | "western"
            | "military"
            | "government"
            | "independent"
            | "leading"
            | "many"
            | "some"
            | "other"
            | "several"
            | "political"
            | "security"
            | "intelligence"
            | "defence"
            | "defense"
            | "health"
            | "state"
            | "federal"
            | "administration"
            | "campaign"
            | "white"
            | "press"
            | "anonymous"
            | "unnamed"
            | "two"
            | "three"
            | "four"
            | "former"
            | "current"
            | "legal"
            | "u.s."
            | "us"
    )
}
