//! Making a sentence stand on its own outside the article: a leading connective ("But",
//! "Still,") is dropped and a leading pronoun ("He warned…") is replaced by the name it
//! refers to, when that is unambiguous. Extracts that skip this read as broken: in human
//! judgements of extractive summaries, 15% had a pronoun whose referent was cut and 11% a
//! discourse link without its antecedent.
//!
//! Coreference is a cheap centering heuristic: "he"/"she" refers to the most recent person
//! named as the subject of a preceding sentence, following chains of subject pronouns;
//! "they" to a plural subject of the sentence just before. Anything else is left alone
//! and the caller picks another sentence or keeps the clause as written.
//!
//! The functions that resolve pronouns take the article's surname index ([`surname_index`],
//! held in [`crate::extract::key_points::score::Analysis::surnames`]) from the caller, so it
//! is built once per article rather than once per sentence.

use crate::article::Article;

/// Openers a reader cannot follow without the sentence before (the measured list).
const DANGLING_OPENERS: &[&str] = &[
    "he",
    "she",
    "they",
    "him",
    "them",
    "his",
    "her",
    "their",
    "but",
    "however",
    "still",
    "also",
    "meanwhile",
    "instead",
    "yet",
    "and",
    "so",
    "thus",
    "nevertheless",
    "moreover",
];

/// Connectives that may be dropped when followed by a comma ("Still, he admitted").
const COMMA_CONNECTIVES: &[&str] = &[
    "but",
    "however",
    "still",
    "also",
    "meanwhile",
    "instead",
    "yet",
    "and",
    "so",
    "thus",
    "nevertheless",
    "nonetheless",
    "moreover",
    "furthermore",
    "besides",
    "therefore",
    "additionally",
];

/// Connectives that may be dropped without a comma ("But he stressed…").
const BARE_CONNECTIVES: &[&str] = &["but", "and", "yet"];

/// Words after a bare connective that make it part of the phrase ("Yet another…").
const BARE_BLOCKERS: &[&str] = &["another", "more", "again", "so", "then", "not"];

/// Titles and roles that precede a person's name.
const TITLES: &[&str] = &[
    "admiral",
    "ambassador",
    "attorney",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "deputy",
    "director",
    "dr",
    "envoy",
    "general",
    "gen",
    "governor",
    "judge",
    "justice",
    "king",
    "leader",
    "lord",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "queen",
    "rep",
    "representative",
    "secretary",
    "sen",
    "senator",
    "sheikh",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sir",
    "vice",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "former",
    "coach",
    "professor",
    "prof",
];

/// Capitalised words that make a name an organisation, place or event, not a person.
const NOT_PERSON: &[&str] = &[
    "academy",
    "agency",
    "airlines",
    "airport",
    "alliance",
    "army",
    "assembly",
    "association",
    "avenue",
    "bank",
    "board",
    "bridge",
    "center",
    "centre",
    "church",
    "city",
    "club",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "county",
    "court",
    "cup",
    "day",
    "department",
    "east",
    "european",
    "federation",
    "forces",
    "foundation",
    "front",
    "fund",
    "government",
    "group",
    "guard",
    "gulf",
    "hall",
    "hong",
    "hospital",
    "house",
    "inc",
    "institute",
    "island",
    "islands",
    "kingdom",
    "kremlin",
    "league",
    "los",
    "ministry",
    "mosque",
    "movement",
    "museum",
    "nations",
    "navy",
    "new",
    "news",
    "north",
    "ocean",
    "office",
    "organisation",
    "organization",
    "palace",
    "park",
    "parliament",
    "party",
    "police",
    "post",
    "province",
    "republic",
    "river",
    "road",
    "san",
    "saudi",
    "school",
    "sea",
    "senate",
    "south",
    "square",
    "state",
    "states",
    "street",
    "supreme",
    "the",
    "this",
    "times",
    "tower",
    "union",
    "united",
    "university",
    "valley",
    "west",
    "white",
];

/// Words that open a scene-setting phrase ended by a comma before the subject
/// ("On Monday, Trump hosted…", "Later, he suggested…").
const INTRO_WORDS: &[&str] = &[
    "after",
    "also",
    "and",
    "as",
    "at",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "earlier",
    "following",
    "however",
    "in",
    "last",
    "later",
    "meanwhile",
    "moreover",
    "now",
    "on",
    "since",
    "so",
    "still",
    "then",
    "this",
    "thus",
    "today",
    "when",
    "while",
    "yesterday",
    "yet",
    "nevertheless",
    "instead",
    "afterwards",
    "separately",
    "speaking",
    "asked",
    "until",
    "within",
    "over",
    "from",
];

fn first_word(text: &str) -> &str {
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(t.len());
    &t[..end]
}

/// True when `text` opens with a pronoun or connective from the checked list.
pub fn opens_badly(text: &str) -> bool {
    let w = first_word(text).to_lowercase();
    DANGLING_OPENERS.contains(&w.as_str())
}

use crate::extract::words::capitalise_first;

/// Drop one leading connective when what follows can stand as a sentence.
pub fn strip_connective(text: &str) -> Option<String> {
    let t = text.trim_start();
    let w = first_word(t);
    if w.is_empty() || !t.starts_with(w) {
        return None;
    }
    let lw = w.to_lowercase();
    let rest = &t[w.len()..];
    if let Some(after) = rest.strip_prefix(',') {
        if COMMA_CONNECTIVES.contains(&lw.as_str()) {
            let after = after.trim_start();
            return (after.split_whitespace().count() >= 3).then(|| capitalise_first(after));
        }
        return None;
    }
    if BARE_CONNECTIVES.contains(&lw.as_str()) && rest.starts_with(' ') {
        let after = rest.trim_start();
        let next = first_word(after).to_lowercase();
        if BARE_BLOCKERS.contains(&next.as_str()) || after.split_whitespace().count() < 3 {
            return None;
        }
        return Some(capitalise_first(after));
    }
    None
}

#[derive(Debug, Clone, PartialEq)]
enum Subject {
    /// A person's name as the article writes it (title dropped).
    Person(String),
    /// A plural noun phrase ("European leaders", "France and the UK").
    Plural(String),
    SingularPronoun,
    PluralPronoun,
    Other,
}

/// Whitespace tokens with trailing punctuation split off (kept as a separate flag).
fn tokens(text: &str) -> Vec<(&str, bool)> {
    text.split_whitespace()
        .map(|t| {
            let trimmed = t.trim_start_matches(['“', '"', '‘', '(']);
            let core = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
            let punct = core.len() < trimmed.len();
            (core, punct)
        })
        .collect()
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
}

fn possessive_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

fn is_plural_noun(w: &str) -> bool {
    let l = w.to_lowercase();
    l.len() > 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("is")
        && !l.ends_with("'s")
        && !l.ends_with("’s")
}

/// The subject of sentence `text`, after an introductory phrase.
fn subject_of(text: &str, surnames: &[String]) -> Subject {
    let toks = tokens(text);
    let mut i = 0;
    // Skip a scene-setting phrase closed by a comma within the first ten words.
    if let Some((w, _)) = toks.first() {
        if INTRO_WORDS.contains(&w.to_lowercase().as_str()) {
            if let Some(c) = toks.iter().take(10).position(|(_, p)| *p) {
                i = c + 1;
            } else if BARE_CONNECTIVES.contains(&w.to_lowercase().as_str()) {
                i = 1;
            }
        }
    }
    let Some(&(w, _)) = toks.get(i) else {
        return Subject::Other;
    };
    match w.to_lowercase().as_str() {
        "he" | "she" => return Subject::SingularPronoun,
        "they" => return Subject::PluralPronoun,
        _ => {}
    }
    // A capitalised run, restarting after a possessive ("Britain's Admiral Tony Radakin").
    let mut run: Vec<&str> = Vec::new();
    let mut j = i;
    let mut had_title = false;
    while let Some(&(w, punct)) = toks.get(j) {
        let lw = w.to_lowercase();
        if let Some(stem) = possessive_stem(w).filter(|_| is_capitalised(w) && !punct) {
            let _ = stem;
            run.clear();
            had_title = false;
            j += 1;
            continue;
        }
        if TITLES.contains(&lw.trim_end_matches('.')) {
            had_title = true;
            run.clear();
        } else if is_capitalised(w) && !is_acronym(w) {
            run.push(w);
        } else if is_acronym(w) && run.is_empty() {
            // "UN envoy", "US President": an acronym before a title is a qualifier.
        } else if had_title && run.is_empty() && lw == "of" && !punct {
            // "Director of Public Prosecutions Alison Saunders": the office, then the name.
        } else {
            break;
        }
        j += 1;
        if punct {
            break;
        }
    }
    if had_title && run.len() > 3 {
        // The office's own capitalised words come first; the name is the last two.
        run.drain(..run.len() - 2);
    }
    let next = toks
        .get(j)
        .map(|(w, _)| w.to_lowercase())
        .unwrap_or_default();
    let names_person = !run.is_empty()
        && run.len() <= 3
        && !run
            .iter()
            .any(|w| NOT_PERSON.contains(&w.to_lowercase().as_str()))
        && (had_title || run.len() >= 2 || surnames.iter().any(|s| s == run[0]));
    if names_person && next != "and" && (next != "of" || had_title) && next != "&" {
        return Subject::Person(run.join(" "));
    }
    if let Some(np) = plural_phrase(&toks[i..]) {
        return Subject::Plural(np);
    }
    Subject::Other
}

/// A plural subject: "X and Y" of names, or a short phrase ending in a plural noun.
fn plural_phrase(toks: &[(&str, bool)]) -> Option<String> {
    let mut words = Vec::new();
    let mut k = 0;
    let mut saw_and = false;
    while let Some(&(w, punct)) = toks.get(k) {
        let lw = w.to_lowercase();
        let ok = is_capitalised(w) || (saw_and && lw == "the") || (k == 0 && lw == "the");
        if lw == "and" && !words.is_empty() && !saw_and {
            saw_and = true;
        } else if !ok {
            break;
        }
        words.push(w);
        k += 1;
        if punct || words.len() > 6 {
            break;
        }
    }
    let next = toks.get(k).map(|(w, _)| *w).unwrap_or("");
    if saw_and
        && words.last().is_some_and(|w| is_capitalised(w))
        && !is_capitalised(next)
        && next != "and"
        && !next.is_empty()
    {
        return Some(words.join(" "));
    }
    // "European leaders", "Analysts", "The protesters": up to two modifiers then a plural.
    let mut words = Vec::new();
    for (k, &(w, punct)) in toks.iter().enumerate().take(4) {
        words.push(w);
        if is_plural_noun(w) && !is_capitalised(w) || (k == 0 && is_plural_noun(w)) {
            let next = toks
                .get(k + 1)
                .map(|(w, _)| w.to_lowercase())
                .unwrap_or_default();
            let continues = matches!(
                next.as_str(),
                "of" | "who" | "and" | "in" | "from" | "at" | "for" | "with" | "that" | ""
            );
            if punct || continues {
                return None;
            }
            return Some(words.join(" "));
        }
        if punct || (!is_capitalised(w) && k > 0 && !w.chars().all(char::is_lowercase)) {
            return None;
        }
    }
    None
}

/// Last words of multi-word person names with the sentence that first names them, so
/// "Trump" counts as a person once "Donald Trump" has been named. Build it once per
/// article (the key-point analysis holds it) and pass it to [`standalone`] and
/// [`resolve_pronoun`].
pub fn surname_index(article: &Article) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for i in 0..article.sentences.len() {
        let toks = tokens(article.sentence_text(i));
        let mut run: Vec<&str> = Vec::new();
        for &(w, punct) in toks.iter().chain(std::iter::once(&("", true))) {
            if is_capitalised(w) && TITLES.contains(&w.to_lowercase().trim_end_matches('.')) {
                run.clear();
                continue;
            }
            if is_capitalised(w) && !is_acronym(w) && possessive_stem(w).is_none() {
                run.push(w);
                if !punct {
                    continue;
                }
            }
            let run_ok = run.len() >= 2
                && run.len() <= 3
                && !run
                    .iter()
                    .any(|r| NOT_PERSON.contains(&r.to_lowercase().as_str()));
            if run_ok {
                let last = run[run.len() - 1];
                if !out.iter().any(|(_, s)| s == last) {
                    out.push((i, last.to_string()));
                }
            }
            run.clear();
        }
    }
    out
}

fn known_surnames(surnames: &[(usize, String)], before: usize) -> Vec<String> {
    surnames
        .iter()
        .filter(|(i, _)| *i < before)
        .map(|(_, s)| s.clone())
        .collect()
}

/// The short form of a name: the surname when the article uses it alone.
fn short_name(name: &str, surnames: &[String]) -> String {
    match name.rsplit_once(' ') {
        Some((_, last)) if surnames.iter().any(|s| s == last) => last.to_string(),
        _ => name.to_string(),
    }
}

/// The name a leading pronoun of sentence `idx` refers to, when unambiguous.
fn antecedent(
    article: &Article,
    surnames: &[(usize, String)],
    idx: usize,
    plural: bool,
) -> Option<String> {
    let surnames = known_surnames(surnames, idx);
    let lowest = idx.saturating_sub(if plural { 1 } else { 4 });
    for j in (lowest..idx).rev() {
        let text = article.sentence_text(j);
        match subject_of(text, &surnames) {
            Subject::Person(name) if !plural => return Some(short_name(&name, &surnames)),
            Subject::Plural(np) if plural => return Some(np),
            Subject::SingularPronoun if !plural => continue,
            _ => return None,
        }
    }
    None
}

/// The name a subject pronoun ("he", "they") in sentence `idx` most likely refers to.
/// `surnames` is the article's [`surname_index`].
pub fn resolve_pronoun(
    article: &Article,
    surnames: &[(usize, String)],
    idx: usize,
    pronoun: &str,
) -> Option<String> {
    match pronoun.to_lowercase().as_str() {
        "he" | "she" | "him" | "her" => antecedent(article, surnames, idx, false),
        "they" | "them" => antecedent(article, surnames, idx, true),
        _ => None,
    }
}

/// `text` (sentence `idx` of the article, possibly trimmed) made to stand alone, or `None`
/// when a leading pronoun or connective cannot be resolved. `surnames` is the article's
/// [`surname_index`].
pub fn standalone(
    article: &Article,
    surnames: &[(usize, String)],
    idx: usize,
    text: &str,
) -> Option<String> {
    let mut t = text.trim().to_string();
    for _ in 0..2 {
        let w = first_word(&t).to_lowercase();
        if opens_badly(&t) && !PRONOUNS.contains(&w.as_str()) {
            t = strip_connective(&t)?;
        }
    }
    if let Some(rest) = strip_phrase_connective(&t) {
        t = rest;
    }
    if let Some(start) = subject_pronoun_start(&t) {
        let w = first_word(&t[start..]).to_lowercase();
        let (plural, possessive) = match w.as_str() {
            "he" | "she" | "him" => (false, false),
            "them" => (true, false),
            "his" | "her" => (false, true),
            "they" => (true, false),
            "their" => (true, true),
            _ => return None,
        };
        // After "according to", "her" is the source, not a possessive.
        let possessive = possessive && !t[..start].to_lowercase().ends_with("according to ");
        let name = antecedent(article, surnames, idx, plural)?;
        let end = start + w.len();
        let replacement = if possessive {
            if name.ends_with('s') {
                format!("{name}’")
            } else {
                format!("{name}’s")
            }
        } else {
            name
        };
        t = format!("{}{}{}", &t[..start], replacement, &t[end..]);
    }
    (!opens_badly(&t)).then_some(t)
}

const PRONOUNS: &[&str] = &["he", "she", "they", "him", "them", "his", "her", "their"];

/// Multi-word connectives that point back ("At the same time, …"), dropped with their comma.
const PHRASE_CONNECTIVES: &[&str] = &[
    "in fact,",
    "indeed,",
    "at the same time,",
    "in addition,",
    "as a result,",
    "by contrast,",
    "in contrast,",
    "on the other hand,",
    "in turn,",
    "that said,",
    "even so,",
    "for his part,",
    "for her part,",
    "for their part,",
];

fn strip_phrase_connective(t: &str) -> Option<String> {
    let lower = t.to_lowercase();
    let p = PHRASE_CONNECTIVES.iter().find(|p| lower.starts_with(*p))?;
    let rest = t[p.len()..].trim_start();
    (rest.split_whitespace().count() >= 3).then(|| capitalise_first(rest))
}

/// Byte offset of a subject pronoun that opens the sentence or follows a short
/// scene-setting phrase ("Later, he suggested…").
fn subject_pronoun_start(t: &str) -> Option<usize> {
    let found = pronoun_start(t)?;
    // Quoted words are never rewritten: "“She is right,” he said." stays as said (and the
    // sentence, opening badly, is not used as a point).
    (!inside_quote(&t[..found])).then_some(found)
}

/// Whether a quotation opened in `before` is still open at its end.
fn inside_quote(before: &str) -> bool {
    before.matches('“').count() > before.matches('”').count()
        || before.matches('‘').count() > before.matches('’').count()
        || !before.matches('"').count().is_multiple_of(2)
        || before.trim_start().starts_with('\'')
}

fn pronoun_start(t: &str) -> Option<usize> {
    let start = t.find(|c: char| c.is_alphabetic())?;
    let w = first_word(&t[start..]).to_lowercase();
    if PRONOUNS.contains(&w.as_str()) {
        return Some(start);
    }
    // "According to him, …": the source is a pronoun too.
    let lead = "according to ";
    if t.get(start..start + lead.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(lead))
    {
        let at = start + lead.len();
        let next = first_word(&t[at..]).to_lowercase();
        if matches!(next.as_str(), "him" | "her" | "them")
            && t[at..].starts_with(|c: char| c.is_alphabetic())
        {
            return Some(at);
        }
    }
    if !INTRO_WORDS.contains(&w.as_str()) {
        return None;
    }
    let comma = t.find(',')?;
    if t[..comma].split_whitespace().count() > 10 {
        return None;
    }
    let after = comma + 1 + (t[comma + 1..].len() - t[comma + 1..].trim_start().len());
    let next = first_word(&t[after..]).to_lowercase();
    (t[after..].starts_with(|c: char| c.is_alphabetic()) && PRONOUNS.contains(&next.as_str()))
        .then_some(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(text: &str) -> Article {
        Article::from_text(text).expect("test article")
    }

    /// Sentence `i` of `a` made to stand alone, with the article's own surname index.
    fn standalone_at(a: &Article, i: usize) -> Option<String> {
        standalone(a, &surname_index(a), i, a.sentence_text(i))
    }

    #[test]
    fn a_pronoun_inside_a_quotation_is_never_rewritten() {
        // "“She is completely right,” he said." became "“Kamp is completely right,” he said."
        let a = art(
            "Mayor Lena Kamp proposed a new budget on Monday. Councillor Ole Brandt backed \
             it. “She is completely right,” he said.",
        );
        assert_eq!(standalone_at(&a, 2), None);
    }

    /// Caught on unseen news: "In fact, the new fares would be …" was a key point.
    #[test]
    fn linking_phrases_are_dropped() {
        let a = art(
            "The mayor unveiled a transit plan on Monday. In fact, the new fares would be \
             the lowest in the region. Indeed, the council backed the plan on Tuesday.",
        );
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("The new fares would be the lowest in the region.")
        );
        assert_eq!(
            standalone_at(&a, 2).as_deref(),
            Some("The council backed the plan on Tuesday.")
        );
    }

    #[test]
    fn checked_openers() {
        assert!(opens_badly("He warned that…"));
        assert!(opens_badly("“But this is wrong,” he said."));
        assert!(opens_badly("Still, he admitted it."));
        assert!(!opens_badly("Helen warned that…"));
        assert!(!opens_badly("Trump warned that…"));
    }

    #[test]
    fn resolves_he_through_a_pronoun_chain() {
        let a = art(
            "Donald Trump met the leaders on Monday in Washington. Trump said the talks went \
             well. Later, he suggested another meeting soon. He warned that time was short.",
        );
        assert_eq!(
            standalone_at(&a, 3).as_deref(),
            Some("Trump warned that time was short.")
        );
    }

    #[test]
    fn strips_connective_then_resolves() {
        let a = art(
            "French President Emmanuel Macron spoke first at the summit. Still, he admitted \
             deep doubts about the plan.",
        );
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("Macron admitted deep doubts about the plan.")
        );
    }

    #[test]
    fn ambiguous_or_non_person_antecedents_are_refused() {
        let a = art("The ministry issued a statement late on Friday night. He said it was wrong.");
        assert_eq!(standalone_at(&a, 1), None);
        let a = art("Maria Lopez and John Smith met in Paris on Friday. He said it went well.");
        assert_eq!(standalone_at(&a, 1), None);
    }

    #[test]
    fn resolves_pronoun_after_scene_setting_phrase() {
        let a =
            art("Donald Trump spoke to reporters in Washington. Later, he suggested a new date.");
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("Later, Trump suggested a new date.")
        );
    }

    #[test]
    fn name_of_country_is_not_part_of_the_name() {
        let a = art(
            "Yesterday, President Hassan Rouhani of Iran said foreign powers should leave. \
             He also announced a new plan.",
        );
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("Rouhani also announced a new plan.")
        );
    }

    #[test]
    fn title_with_office_before_the_name() {
        let a = art(
            "Director of Public Prosecutions Alison Saunders was forced into a climbdown. She \
             abandoned the trials of nine reporters.",
        );
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("Alison Saunders abandoned the trials of nine reporters.")
        );
    }

    #[test]
    fn according_to_him_names_the_source() {
        let a = art(
            "Military spokesman Yahya Sarea said ten drones were used. According to him, \
             it was the largest operation.",
        );
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("According to Sarea, it was the largest operation.")
        );
    }

    #[test]
    fn they_resolves_to_a_plural_subject() {
        let a = art(
            "Meanwhile, France and the UK lead a coalition of the willing. They are drawing \
             up plans for a force.",
        );
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("France and the UK are drawing up plans for a force.")
        );
    }

    #[test]
    fn possessive_pronoun_becomes_possessive_name() {
        let a = art("Donald Trump met Vladimir Putin in Alaska. His push for dialogue followed.");
        assert_eq!(
            standalone_at(&a, 1).as_deref(),
            Some("Trump’s push for dialogue followed.")
        );
    }
}
