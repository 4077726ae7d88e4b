//! What makes a sentence an open question: an explicit question, something left unsaid
//! ("did not clarify whether", "offered no details"), doubt or scepticism, an outcome still
//! pending, or a claim nobody has verified. Cue lexicons alone are precise but miss much,
//! so each kind carries its own weight for ranking.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The sentence asks a question.
    Explicit,
    /// Someone left something unsaid or the article says it is unknown.
    Unresolved,
    /// Doubt, scepticism, a prospect played down.
    Doubt,
    /// A claim attributed to reports, one side or anonymous sources.
    Unverified,
    /// A decision, vote, ruling, meeting or plan whose outcome is not known yet.
    Pending,
}

impl Kind {
    pub fn weight(self) -> f64 {
        match self {
            Kind::Unresolved => 1.0,
            Kind::Explicit => 0.9,
            Kind::Doubt => 0.8,
            Kind::Pending => 0.6,
            Kind::Unverified => 0.55,
        }
    }
}

const UNRESOLVED: &[&str] = &[
    "did not clarify",
    "didn't clarify",
    "did not say whether",
    "did not say if",
    "didn't say whether",
    "did not specify",
    "didn't specify",
    "did not mention if",
    "did not mention whether",
    "did not disclose",
    "didn't disclose",
    "declined to disclose",
    "would not disclose",
    "refused to disclose",
    "did not reveal",
    "didn't reveal",
    "would not reveal",
    "declined to reveal",
    "refused to reveal",
    "did not explain",
    "didn't explain",
    "has not explained",
    "did not identify",
    "declined to identify",
    "did not give details",
    "gave no indication",
    "did not elaborate",
    "without elaborating",
    "declined to comment",
    "would not say whether",
    "would not say if",
    "would not say how",
    "would not say what",
    "would not say when",
    "would not say who",
    "would not say why",
    "would not say where",
    "wouldn't say whether",
    "wouldn't say if",
    "wouldn't say how",
    "wouldn't say what",
    "wouldn't say when",
    "wouldn't say who",
    "wouldn't say why",
    "wouldn't say where",
    "refused to say whether",
    "refused to say if",
    "refused to say how",
    "refused to say what",
    "refused to say when",
    "refused to say who",
    "refused to say why",
    "refused to say where",
    "declined to say whether",
    "declined to say if",
    "declined to say how",
    "declined to say what",
    "declined to say when",
    "declined to say who",
    "declined to say why",
    "declined to say where",
    "declined to elaborate",
    "offered no details",
    "gave no details",
    "provided no details",
    "no further details",
    "offered no explanation",
    "gave no timeline",
    "it is unclear",
    "it was unclear",
    "it remains unclear",
    "remains unclear",
    "remain unclear",
    "is not clear",
    "was not clear",
    "it is not known",
    "it was not known",
    "remains to be seen",
    "remain to be seen",
    "has yet to",
    "have yet to",
    "is yet to",
    "are yet to",
    "questions persist",
    "questions remain",
    "question remains",
    "questions linger",
    "raises questions",
    "raised questions",
    "raises critical questions",
    "raises serious questions",
    "raised serious questions",
    "raises new questions",
    "has not been realised",
    "has not been realized",
    "still not been",
    "not yet been",
    "unanswered",
    "potential venue",
    "potential venues",
    "possible venue",
    "possible venues",
    "proposed venue",
    "proposed venues",
    "undecided",
    "under investigation",
];

const DOUBT: &[&str] = &[
    "doubt",
    "doubts",
    "doubted",
    "doubtful",
    "remain sceptical",
    "remains sceptical",
    "remained sceptical",
    "is sceptical",
    "are sceptical",
    "was sceptical",
    "were sceptical",
    "be sceptical",
    "remain skeptical",
    "remains skeptical",
    "remained skeptical",
    "is skeptical",
    "are skeptical",
    "was skeptical",
    "were skeptical",
    "be skeptical",
    "sceptical of",
    "sceptical about",
    "sceptical that",
    "sceptical whether",
    "skeptical of",
    "skeptical about",
    "skeptical that",
    "skeptical whether",
    "scepticism",
    "expressed mistrust",
    "voiced mistrust",
    "deep mistrust",
    "skepticism",
    "downplayed the possibility",
    "played down the possibility",
    "downplayed the prospect",
    "might not be willing",
    "may not be willing",
    "might not want",
    "may not want",
    "doesn't want to",
    "does not want to",
    "wait and see",
    "cautiously optimistic",
    "uncertain",
    "uncertainty",
    "unlikely",
    "not been ruled out",
];

const UNVERIFIED: &[&str] = &[
    "reportedly",
    "might have",
    "may have been",
    "reports claimed",
    "reports said",
    "reports suggested",
    "allegedly",
    "alleged that",
    "have alleged",
    "has alleged",
    "had alleged",
    "was alleged",
    "were alleged",
    "is alleged",
    "could not be independently verified",
    "could not be verified",
    "unverified",
    "unconfirmed",
    "citing anonymous sources",
    "anonymous sources",
    "according to eyewitness",
    "claimed responsibility",
    "claimed that",
    "estimates by",
    "a different account",
    "blaming",
    "controversial",
    "disputed",
];

const PENDING: &[&str] = &[
    "will hold",
    "inquiry into",
    "investigation into",
    "probe into",
    "is investigating",
    "are investigating",
    "is set to",
    "are set to",
    "to be unveiled",
    "will be naming",
    "will name",
    "will decide",
    "will vote",
    "will rule",
    "will present",
    "are expected",
    "is expected to",
    "stated intent",
    "pending",
    "will meet",
    "would meet",
    "next week",
    "in the coming days",
    "in the coming weeks",
    "within the next",
    "in the next",
];

/// The cue phrases as word sequences, indexed by their first word, built once.
struct Lexicon {
    by_first: HashMap<&'static str, Vec<(Kind, Vec<&'static str>)>>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut by_first: HashMap<&'static str, Vec<(Kind, Vec<&'static str>)>> = HashMap::new();
        for (kind, list) in [
            (Kind::Unresolved, UNRESOLVED),
            (Kind::Doubt, DOUBT),
            (Kind::Pending, PENDING),
            (Kind::Unverified, UNVERIFIED),
        ] {
            for phrase in list {
                let words: Vec<&'static str> = phrase.split_whitespace().collect();
                if let Some(first) = words.first() {
                    by_first.entry(first).or_default().push((kind, words));
                }
            }
        }
        Lexicon { by_first }
    })
}

/// Which kind wins when a sentence has several cues.
fn priority(kind: Kind) -> u8 {
    match kind {
        Kind::Unresolved => 0,
        Kind::Explicit => 1,
        Kind::Doubt => 2,
        Kind::Pending => 3,
        Kind::Unverified => 4,
    }
}

/// "no doubt", "without doubt", "the benefit of the doubt": certainty, not doubt.
fn negated_doubt(tokens: &[&str], at: usize) -> bool {
    tokens[at].starts_with("doubt")
        && at > 0
        && matches!(
            tokens[at - 1],
            "no" | "without" | "little" | "beyond" | "the"
        )
}

/// The strongest kind of open question a sentence raises, if any.
pub fn detect(text: &str) -> Option<Kind> {
    let lower = text.to_lowercase().replace('’', "'");
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|t| t.trim_matches('\''))
        .filter(|t| !t.is_empty())
        .collect();
    let lex = lexicon();
    let mut best: Option<Kind> = None;
    let mut consider = |k: Kind| {
        if best.is_none_or(|b| priority(k) < priority(b)) {
            best = Some(k);
        }
    };
    let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    if trimmed.ends_with('?') {
        consider(Kind::Explicit);
    }
    let mut according_to = false;
    let mut state_media = false;
    for p in 0..tokens.len() {
        let rest = &tokens[p..];
        according_to |= rest.starts_with(&["according", "to"]);
        state_media |= rest.starts_with(&["state", "media"]);
        if let Some(list) = lex.by_first.get(tokens[p]) {
            for (kind, words) in list {
                if rest.starts_with(words) && !negated_doubt(&tokens, p) {
                    consider(*kind);
                }
            }
        }
    }
    if according_to && state_media {
        consider(Kind::Unverified);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_cues() {
        assert_eq!(
            detect("He did not clarify whether air support meant drones."),
            Some(Kind::Unresolved)
        );
        assert_eq!(detect("Who will pay for it?"), Some(Kind::Explicit));
        assert_eq!(
            detect("He doubted a meeting would ever take place."),
            Some(Kind::Doubt)
        );
        assert_eq!(
            detect("Reports claimed the minister resigned."),
            Some(Kind::Unverified)
        );
        assert_eq!(
            detect("The council will vote on Friday."),
            Some(Kind::Pending)
        );
        assert_eq!(detect("The king proclaimed a holiday."), None);
        assert_eq!(detect("There is no doubt that he won."), None);
        assert_eq!(detect("I give him the benefit of the doubt."), None);
    }
}
