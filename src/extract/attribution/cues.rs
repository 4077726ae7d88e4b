//! Reporting verbs and stance verbs, in all their forms, built once.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::extract::entities::tokens::{TokKind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Speech or writing: the complement is what was said.
    Speech,
    /// A described stance or decision ("refuses", "backs"): no content is quoted.
    Stance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Base,
    Third,
    Past,
    Gerund,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub base: &'static str,
    pub class: Class,
    pub form: Form,
    /// Tokens the cue takes ("ruled out" = 2).
    pub len: usize,
    /// The verb takes a person object before its clause ("told Trump that", "urged him to").
    pub object: bool,
}

/// Reporting verbs; `+` marks verbs taking a person object first.
const SPEECH: &str = "say tell+ add warn+ urge+ insist stress argue claim deny admit suggest
    propose offer reject accuse+ praise+ criticise+ criticize+ doubt acknowledge confirm announce
    note explain write state declare report assert maintain contend predict believe think fear
    hope expect ask+ reply respond recall concede caution+ complain emphasise emphasize reiterate
    signal indicate vow pledge promise+ demand threaten allege estimate observe tweet agree
    disagree downplay dismiss describe blame+ condemn slam blast attack defend question reveal
    disclose mention comment conclude testify tout boast joke quip lament recommend advise+
    plead counter retort hint speculate wonder assure+ reassure+ inform+ remind+ announce
    welcome applaud decry denounce underline underscore highlight contend protest object
    charge insist point complain declare acknowledge admit muse quote cite order+ instruct+
    find show learn remark exclaim shout scoff snap interject recount speak";

const STANCE: &str = "want refuse back oppose support plan aim seek intend favour favor
    prefer resist push advocate endorse champion sign approve veto decide";

/// Verbs that double their last consonant ("admitted", "slammed").
const DOUBLING: &str = "admit regret commit slam quip plan permit submit omit refer prefer
    bar ban nod stop drop";

const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["said", "says", "saying"]),
    ("tell", &["told", "tells", "telling"]),
    ("write", &["wrote", "writes", "writing", "written"]),
    ("think", &["thought", "thinks", "thinking"]),
    ("find", &["found", "finds", "finding"]),
    ("show", &["showed", "shows", "showing", "shown"]),
    ("seek", &["sought", "seeks", "seeking"]),
    ("learn", &["learned", "learnt", "learns"]),
    ("hold", &["held", "holds"]),
    ("speak", &["spoke", "speaks", "speaking", "spoken"]),
];

/// Multi-word cues: (words, base, class, object).
const PHRASES: &[(&str, &str, Class, bool)] = &[
    ("ruled out", "rule out", Class::Speech, false),
    ("rules out", "rule out", Class::Speech, false),
    ("rule out", "rule out", Class::Speech, false),
    ("ruling out", "rule out", Class::Speech, false),
    ("called for", "call for", Class::Speech, false),
    ("calls for", "call for", Class::Speech, false),
    ("calling for", "call for", Class::Speech, false),
    ("call for", "call for", Class::Speech, false),
    ("called on", "call on", Class::Speech, false),
    ("calls on", "call on", Class::Speech, false),
    ("pointed out", "point out", Class::Speech, false),
    ("points out", "point out", Class::Speech, false),
    ("made clear", "make clear", Class::Speech, false),
    ("makes clear", "make clear", Class::Speech, false),
    ("according to", "according to", Class::Speech, false),
    ("put it", "put it", Class::Speech, false),
    (
        "has little interest in",
        "have little interest",
        Class::Stance,
        false,
    ),
    (
        "have little interest in",
        "have little interest",
        Class::Stance,
        false,
    ),
    (
        "has no interest in",
        "have no interest",
        Class::Stance,
        false,
    ),
    ("is open to", "be open to", Class::Stance, false),
    ("are open to", "be open to", Class::Stance, false),
    ("remain sceptical", "remain sceptical", Class::Stance, false),
    (
        "remains sceptical",
        "remain sceptical",
        Class::Stance,
        false,
    ),
    ("remain skeptical", "remain sceptical", Class::Stance, false),
    (
        "remains skeptical",
        "remain sceptical",
        Class::Stance,
        false,
    ),
    ("remains doubtful", "remain doubtful", Class::Stance, false),
    ("remain doubtful", "remain doubtful", Class::Stance, false),
    ("continue to back", "back", Class::Stance, false),
    ("continues to back", "back", Class::Stance, false),
    ("continue to support", "support", Class::Stance, false),
    ("continues to support", "support", Class::Stance, false),
    ("has long promoted", "promote", Class::Stance, false),
    ("drawing up plans", "draw up plans", Class::Stance, false),
    ("drew up plans", "draw up plans", Class::Stance, false),
    ("draw up plans", "draw up plans", Class::Stance, false),
    ("draws up plans", "draw up plans", Class::Stance, false),
];

/// Nouns after "expressed"/"voiced" that make it a statement of attitude.
const EXPRESSED: &str = "mistrust distrust doubt doubts concern concerns hope hopes confidence
    support regret scepticism skepticism frustration anger opposition optimism surprise
    disappointment fears fear alarm outrage sympathy condolences gratitude reservations";

struct Tables {
    /// Letters any cue can start with (a cheap first test).
    first_letters: [bool; 128],
    verbs: HashMap<String, (&'static str, Class, Form, bool)>,
    phrases: Vec<(Vec<&'static str>, &'static str, Class, bool)>,
    expressed: Vec<&'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let doubling: Vec<&str> = DOUBLING.split_whitespace().collect();
    let mut verbs = HashMap::new();
    let mut add = |list: &'static str, class: Class| {
        for raw in list.split_whitespace() {
            let object = raw.ends_with('+');
            let base: &'static str = raw.trim_end_matches('+');
            if let Some((_, forms)) = IRREGULAR.iter().find(|(b, _)| *b == base) {
                verbs.insert(base.to_string(), (base, class, Form::Base, object));
                for f in forms.iter() {
                    let form = if f.ends_with("ing") {
                        Form::Gerund
                    } else if f.ends_with('s') && !f.ends_with("ss") {
                        Form::Third
                    } else {
                        Form::Past
                    };
                    verbs.insert(f.to_string(), (base, class, form, object));
                }
                continue;
            }
            for (w, form) in regular_forms(base, doubling.contains(&base)) {
                verbs.entry(w).or_insert((base, class, form, object));
            }
        }
    };
    add(SPEECH, Class::Speech);
    add(STANCE, Class::Stance);
    let phrases = PHRASES
        .iter()
        .map(|(p, b, c, o)| (p.split(' ').collect(), *b, *c, *o))
        .collect();
    let mut first_letters = [false; 128];
    for k in verbs
        .keys()
        .map(String::as_str)
        .chain(PHRASES.iter().map(|p| p.0))
        .chain([
            "expressed",
            "voiced",
            "expresses",
            "voices",
            "raised",
            "called",
            "calls",
            "calling",
            "call",
        ])
    {
        if let Some(b) = k.bytes().next() {
            first_letters[usize::from(b)] = true;
        }
    }
    Tables {
        first_letters,
        verbs,
        phrases,
        expressed: EXPRESSED.split_whitespace().collect(),
    }
});

fn regular_forms(b: &str, double: bool) -> Vec<(String, Form)> {
    let last = b.chars().last().unwrap_or('x');
    let before_last = b.chars().rev().nth(1).unwrap_or('a');
    let vowel = |c: char| "aeiou".contains(c);
    let third = if b.ends_with('s')
        || b.ends_with("sh")
        || b.ends_with("ch")
        || b.ends_with('x')
        || b.ends_with('z')
    {
        format!("{b}es")
    } else if last == 'y' && !vowel(before_last) {
        format!("{}ies", &b[..b.len() - 1])
    } else {
        format!("{b}s")
    };
    let (past, gerund) = if double {
        (format!("{b}{last}ed"), format!("{b}{last}ing"))
    } else if b.ends_with("ee") {
        (format!("{b}d"), format!("{b}ing"))
    } else if last == 'e' {
        (format!("{b}d"), format!("{}ing", &b[..b.len() - 1]))
    } else if last == 'y' && !vowel(before_last) {
        (format!("{}ied", &b[..b.len() - 1]), format!("{b}ing"))
    } else {
        (format!("{b}ed"), format!("{b}ing"))
    };
    vec![
        (b.to_string(), Form::Base),
        (third, Form::Third),
        (past, Form::Past),
        (gerund, Form::Gerund),
    ]
}

/// The cue starting at token `i`, if any.
pub fn at(t: &Tokens, i: usize, end: usize) -> Option<Cue> {
    if !t.is_word(i) {
        return None;
    }
    let tables = &*TABLES;
    let raw = t.s(i);
    let first = raw.as_bytes()[0];
    if !first.is_ascii_alphabetic()
        || !tables.first_letters[usize::from(first.to_ascii_lowercase())]
    {
        return None;
    }
    // A capitalised word is a cue only where a sentence or quotation starts ("States" is not).
    let starts = i == 0
        || t.toks[i - 1].sentence != t.toks[i].sentence
        || t.toks[i - 1].kind == TokKind::Open;
    if t.s(i).starts_with(char::is_uppercase) && !starts {
        return None;
    }
    // "a written statement", "the stated aim": after a determiner, an adjective or noun.
    if !starts
        && matches!(
            t.s(i - 1),
            "a" | "an" | "the" | "this" | "that" | "his" | "her" | "their" | "its" | "our"
        )
    {
        return None;
    }
    let w = crate::extract::entities::words::lower(raw);
    let w = w.as_ref();
    for (words, base, class, object) in &tables.phrases {
        if words[0] == w
            && i + words.len() <= end
            && words.iter().enumerate().all(|(k, x)| t.is(i + k, x))
        {
            let form = if w.ends_with("ing") {
                Form::Gerund
            } else {
                Form::Past
            };
            return Some(Cue {
                base,
                class: *class,
                form,
                len: words.len(),
                object: *object,
            });
        }
    }
    if matches!(
        w,
        "expressed" | "voiced" | "expresses" | "voices" | "raised"
    ) && i + 1 < end
    {
        let mut k = i + 1;
        while k < end && k < i + 3 && !tables.expressed.contains(&t.s(k).to_lowercase().as_str()) {
            k += 1;
        }
        if k < end && tables.expressed.contains(&t.s(k).to_lowercase().as_str()) {
            return Some(Cue {
                base: "express",
                class: Class::Speech,
                form: Form::Past,
                len: k + 1 - i,
                object: false,
            });
        }
    }
    // "X called Y “…”": calling is a statement only when a quotation follows.
    if matches!(w, "called" | "calls" | "calling" | "call") {
        let quoted = (i + 1..end.min(i + 7)).any(|k| t.toks[k].kind == TokKind::Open);
        if quoted {
            return Some(Cue {
                base: "call",
                class: Class::Speech,
                form: if w == "call" {
                    Form::Base
                } else if w == "calls" {
                    Form::Third
                } else {
                    Form::Past
                },
                len: 1,
                object: true,
            });
        }
        return None;
    }
    let &(base, class, form, object) = tables.verbs.get(w)?;
    // "state media", "the states": nouns far more often than verbs.
    if base == "state" && matches!(form, Form::Base | Form::Third) {
        return None;
    }
    Some(Cue {
        base,
        class,
        form,
        len: 1,
        object,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_generated() {
        let f: Vec<String> = regular_forms("admit", true)
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(f, ["admit", "admits", "admitted", "admitting"]);
        let f: Vec<String> = regular_forms("deny", false)
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(f, ["deny", "denies", "denied", "denying"]);
        let f: Vec<String> = regular_forms("urge", false)
            .into_iter()
            .map(|x| x.0)
            .collect();
        assert_eq!(f, ["urge", "urges", "urged", "urging"]);
    }
}
