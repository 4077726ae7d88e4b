//! Turning an open-question sentence into the question a reader would ask, by a few
//! syntactic rewrites of the article's own words: an embedded "whether" clause becomes a
//! yes/no question ("did not clarify whether air support meant drones" → "Did air support
//! mean drones?"), a doubted clause likewise, a "questions persist over how…" clause a
//! wh-question, "the possibility of X" → "Will there be X?". When no rewrite applies
//! cleanly the caller keeps the faithful sentence instead of an ungrammatical question.

use crate::article::Article;
use crate::extract::questions::cues::Kind;
use crate::extract::standalone;

const MODALS: &[&str] = &[
    "would", "will", "could", "can", "should", "might", "may", "must", "was", "were", "is", "are",
];

/// "has"/"have"/"had" invert only as auxiliaries ("had been", "has signed").
const PERFECT: &[&str] = &["has", "have", "had"];

/// Irregular past tenses common in news, with their base forms.
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("arose", "arise"),
    ("began", "begin"),
    ("bought", "buy"),
    ("broke", "break"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("drove", "drive"),
    ("fell", "fall"),
    ("felt", "feel"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("grew", "grow"),
    ("heard", "hear"),
    ("rose", "rise"),
    ("sat", "sit"),
    ("shot", "shoot"),
    ("sought", "seek"),
    ("spoke", "speak"),
    ("stole", "steal"),
    ("taught", "teach"),
    ("threw", "throw"),
    ("tore", "tear"),
    ("understood", "understand"),
    ("withdrew", "withdraw"),
    ("wore", "wear"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("fought", "fight"),
    ("found", "find"),
    ("gave", "give"),
    ("got", "get"),
    ("held", "hold"),
    ("kept", "keep"),
    ("knew", "know"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("said", "say"),
    ("sent", "send"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("took", "take"),
    ("told", "tell"),
    ("thought", "think"),
    ("went", "go"),
    ("won", "win"),
    ("wrote", "write"),
];

/// Words that cannot be inside a subject noun phrase.
const NP_BREAKERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "what", "to", "not", "but", "or", "if", "because",
    "as", "than", "would", "will", "did", "does", "do", "though", "although", "when", "while",
    "where", "since", "unless", "until", "however", "yet", "so", "are", "is", "was", "were", "i",
    "we", "you", "he", "she", "they",
];

/// A subject that can open a question: a short phrase without clause words, pronouns
/// (other than a resolved one) or quotation marks.
fn valid_np(np: &str) -> bool {
    let words: Vec<&str> = np.split_whitespace().collect();
    (1..=10).contains(&words.len())
        && !np.contains(['“', '”', '"', '‘', '’', '\'', '(', ')'])
        && !words.iter().any(|w| {
            NP_BREAKERS.contains(
                &w.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
            )
        })
}

const PRONOUN_SUBJECTS: &[&str] = &["he", "she", "they", "it"];

fn base_form(past: &str) -> Option<String> {
    let l = past.to_lowercase();
    if let Some((_, base)) = IRREGULAR_PAST.iter().find(|(p, _)| *p == l) {
        return Some(base.to_string());
    }
    let stem = l.strip_suffix("ed")?;
    if stem.len() < 2 {
        return None;
    }
    if let Some(s) = l.strip_suffix("ied") {
        return Some(format!("{s}y"));
    }
    let b = stem.as_bytes();
    let last = b[b.len() - 1];
    if b.len() >= 2 && last == b[b.len() - 2] && !matches!(last, b'l' | b's' | b'z' | b'e') {
        return Some(stem[..stem.len() - 1].to_string());
    }
    if l.ends_with("ssed") {
        return Some(stem.to_string());
    }
    let needs_e = matches!(last, b'v' | b'c' | b'z' | b'u')
        || l.ends_with("ated")
        || l.ends_with("ised")
        || l.ends_with("ized")
        || l.ends_with("osed")
        || l.ends_with("used")
        || l.ends_with("nged")
        || l.ends_with("aged")
        || l.ends_with("ured")
        || l.ends_with("dged")
        || l.ends_with("rged")
        // "conspired", "declared", "ignored", "included", "decided", "voted", "disputed",
        // "described", "filed", "invoked", "liked", "released", "declined", "invaded".
        || ["ired", "ared", "ored", "uded", "ided", "oted", "uted", "ibed", "iked", "ased"]
            .iter()
            .any(|e| l.ends_with(e))
        || (l.ends_with("iled") && !l.ends_with("ailed") && !l.ends_with("oiled"))
        || (l.ends_with("oked") && !l.ends_with("ooked"))
        || (l.ends_with("ined") && !["oined", "ained", "eined"].iter().any(|e| l.ends_with(e)))
        || (l.ends_with("aded") && !l.ends_with("oaded"));
    Some(if needs_e {
        format!("{stem}e")
    } else {
        stem.to_string()
    })
}

use crate::extract::words::capitalise_first;

/// Lower-case the first word unless it looks like a name (capitalised mid-sentence words
/// are kept; sentence-initial function words are lowered).
fn demote_first(np: &str) -> String {
    let first = np.split_whitespace().next().unwrap_or("");
    let common = first != "I"
        && np
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        && crate::extract::stopwords::is_stopword(&first.to_lowercase());
    // "Authorities", "Officials", "Police": a group's noun capitalised only because it
    // opened the sentence.
    let group = np.split_whitespace().count() == 1
        && crate::extract::entities::words::is_collective(&first.to_lowercase());
    let lowered = common
        || group
        || matches!(
            first,
            "The"
                | "A"
                | "An"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "Some"
                | "Any"
                | "There"
                | "Its"
                | "Such"
                | "Two"
                | "Three"
                | "Several"
                | "Many"
        );
    if lowered {
        let mut c = np.chars();
        match c.next() {
            Some(f) => f.to_lowercase().chain(c).collect(),
            None => String::new(),
        }
    } else {
        np.to_string()
    }
}

/// Cut a clause at the first point where a second clause joins ("…, but said…").
fn first_clause(clause: &str) -> &str {
    let mut end = clause.len();
    for sep in [
        ", but ",
        "; ",
        ", while ",
        ", though ",
        ", although ",
        ", and said",
        ", who ",
        ", which ",
        " — ",
    ] {
        if let Some(i) = clause.find(sep) {
            end = end.min(i);
        }
    }
    // A participial tail (", protesting…", ", forcing…") is an aside to the question.
    for (i, _) in clause.match_indices(", ") {
        let next = clause[i + 2..].split_whitespace().next().unwrap_or("");
        if i < end
            && next.len() > 4
            && next.ends_with("ing")
            && next.chars().all(|c| c.is_lowercase())
        {
            end = i;
            break;
        }
    }
    clause[..end].trim_end_matches(['.', ',', ';', ':', ' ', '!'])
}

/// "air support meant drones" → "Did air support mean drones?"; "a meeting would take
/// place" → "Would a meeting take place?". `subject` replaces a pronoun subject.
pub fn yes_no(clause: &str, subject: Option<&str>) -> Option<String> {
    let clause = first_clause(clause.trim());
    let toks: Vec<&str> = clause.split_whitespace().collect();
    let balanced = clause.matches('“').count() == clause.matches('”').count()
        && clause.matches('"').count().is_multiple_of(2);
    if toks.len() < 3 || !balanced {
        return None;
    }
    for k in 1..toks.len().min(8) {
        let w = toks[k].to_lowercase();
        let np_words = &toks[..k];
        if np_words.iter().any(|t| {
            t.ends_with([',', ';', ':']) || NP_BREAKERS.contains(&t.to_lowercase().as_str())
        }) {
            return None;
        }
        let mut np = np_words.join(" ");
        if k == 1 && PRONOUN_SUBJECTS.contains(&np.to_lowercase().as_str()) {
            np = subject?.to_string();
        } else if !valid_np(&np) {
            return None;
        }
        let rest = toks[k + 1..].join(" ");
        if MODALS.contains(&w.as_str()) {
            // "might not be willing" asks whether it will be.
            let (aux, rest) = match rest.strip_prefix("not ") {
                Some(r) if matches!(w.as_str(), "might" | "may") => {
                    ("will".to_string(), r.to_string())
                }
                _ => (w.clone(), rest),
            };
            if rest.is_empty() {
                return None;
            }
            let rest = drop_repeated_aux(&rest, &aux);
            return Some(format!(
                "{} {} {}?",
                capitalise_first(&aux),
                demote_first(&np),
                rest
            ));
        }
        if PERFECT.contains(&w.as_str()) {
            let next = toks
                .get(k + 1)
                .map(|n| n.to_lowercase())
                .unwrap_or_default();
            if rest.is_empty() {
                return None;
            }
            if next == "been" || next.ends_with("ed") || next.ends_with("en") {
                return Some(format!(
                    "{} {} {}?",
                    capitalise_first(&w),
                    demote_first(&np),
                    rest
                ));
            }
            if w == "had" {
                return Some(format!("Did {} have {}?", demote_first(&np), rest));
            }
            return None;
        }
        if let Some(base) = base_form(&w)
            .filter(|_| w.ends_with("ed") || IRREGULAR_PAST.iter().any(|(p, _)| *p == w))
        {
            if rest.is_empty() {
                return None;
            }
            return Some(format!("Did {} {} {}?", demote_first(&np), base, rest));
        }
    }
    None
}

/// "killed and eight people were injured" → "killed and eight people injured" once the
/// first "were" has moved to the front of the question.
fn drop_repeated_aux(rest: &str, aux: &str) -> String {
    if !matches!(aux, "was" | "were" | "is" | "are") {
        return rest.to_string();
    }
    if let Some(and) = rest.find(" and ") {
        let tail = &rest[and..];
        let needle = format!(" {aux} ");
        if let Some(j) = tail.find(&needle) {
            if tail[..j].split_whitespace().count() <= 6 {
                return format!(
                    "{}{} {}",
                    &rest[..and],
                    &tail[..j],
                    &tail[j + needle.len()..]
                );
            }
        }
    }
    rest.to_string()
}

/// "how firmly Trump will align with X" → "How firmly will Trump align with X?"
fn wh_question(clause: &str, subject: Option<&str>) -> Option<String> {
    let clause = first_clause(clause.trim());
    let toks: Vec<&str> = clause.split_whitespace().collect();
    let wh = toks.first()?.to_lowercase();
    match wh.as_str() {
        "whether" | "if" => yes_no(&toks[1..].join(" "), subject),
        "how" if toks.get(1).is_some_and(|w| matches!(*w, "much" | "many")) => {
            Some(format!("{}?", capitalise_first(clause)))
        }
        "who" | "which" => Some(format!("{}?", capitalise_first(clause))),
        "how" | "what" | "when" | "where" | "why" => {
            let head = if wh == "how" { 2 } else { 1 };
            if toks.len() <= head + 1 {
                return None;
            }
            let inner = yes_no(&toks[head..].join(" "), subject)?;
            let inner = inner.trim_end_matches('?');
            let (aux, rest) = inner.split_once(' ')?;
            Some(format!(
                "{} {} {}?",
                capitalise_first(&toks[..head].join(" ")),
                aux.to_lowercase(),
                rest
            ))
        }
        _ => None,
    }
}

fn after_phrase<'a>(text: &'a str, lower: &str, phrases: &[&str]) -> Option<&'a str> {
    phrases
        .iter()
        .filter_map(|p| lower.find(p).map(|i| i + p.len()))
        .max()
        .map(|i| text[i..].trim_start())
}

/// The capitalised name just before `at` (the subject of "Interpol didn't disclose").
fn name_before(text: &str, at: usize) -> Option<String> {
    let words: Vec<&str> = text[..at].split_whitespace().collect();
    let mut name: Vec<&str> = Vec::new();
    for w in words.iter().rev() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().next().is_some_and(char::is_uppercase) && name.len() < 3 {
            name.push(w);
        } else {
            break;
        }
    }
    if name.is_empty() {
        return None;
    }
    name.reverse();
    Some(name.join(" "))
}

/// The subject just before a verb phrase: back to a comma, "that" or a reporting verb.
fn subject_before(head: &str) -> String {
    let mut np_words: Vec<&str> = Vec::new();
    for w in head.split_whitespace().rev() {
        let lw = w.to_lowercase();
        if w.ends_with([',', ';', ':'])
            || matches!(
                lw.as_str(),
                "that"
                    | "said"
                    | "says"
                    | "say"
                    | "reported"
                    | "claimed"
                    | "believe"
                    | "believes"
                    | "believed"
                    | "told"
                    | "suggested"
                    | "suspect"
            )
        {
            break;
        }
        np_words.push(w);
    }
    np_words.reverse();
    np_words.join(" ")
}

/// The question for sentence `idx`, whose standalone form is `text`. `surnames` is the
/// article's [`standalone::surname_index`], to name the subject of an unresolved "he".
pub fn ask(
    article: &Article,
    surnames: &[(usize, String)],
    idx: usize,
    text: &str,
    kind: Kind,
) -> Option<String> {
    let t = text.to_string();
    let lower_t = t.to_lowercase();
    // Offsets found in the lowercase text index the original only when lengths agree.
    let same_widths = lower_t.chars().count() == t.chars().count()
        && t.chars()
            .zip(lower_t.chars())
            .all(|(a, b)| a.len_utf8() == b.len_utf8());
    if !same_widths {
        return None;
    }
    let subject_for = |pron_at: Option<usize>| -> Option<String> {
        pron_at
            .and_then(|at| name_before(&t, at))
            .or_else(|| standalone::resolve_pronoun(article, surnames, idx, "he"))
    };
    // Something left unsaid: the embedded question.
    const UNSAID: &[&str] = &[
        "did not clarify",
        "didn't clarify",
        "did not say",
        "didn't say",
        "did not specify",
        "didn't specify",
        "did not mention",
        "did not disclose",
        "didn't disclose",
        "would not say",
        "refused to say",
        "declined to say",
    ];
    for cue in UNSAID {
        if let Some(i) = lower_t.find(cue) {
            let rest = &t[i + cue.len()..];
            let rest_lower = rest.to_lowercase();
            if let Some(w) = [
                "whether ", "if ", "how ", "what ", "when ", "where ", "why ", "who ",
            ]
            .iter()
            .filter_map(|w| rest_lower.find(w))
            .min()
            {
                let subject = subject_for(Some(i));
                if let Some(q) = wh_question(&rest[w..], subject.as_deref()) {
                    return Some(restore_quotes(&q));
                }
            }
        }
    }
    // "The minister did not reveal her plans for the tax" → "What are the minister's plans
    // for the tax?": what was kept back, asked for.
    for cue in [
        "did not reveal ",
        "didn't reveal ",
        "would not reveal ",
        "declined to reveal ",
        "refused to reveal ",
        "did not disclose ",
        "didn't disclose ",
        "declined to disclose ",
        "would not disclose ",
    ] {
        let Some(i) = lower_t.find(cue) else { continue };
        let subject = t[..i].trim();
        let object = t[i + cue.len()..]
            .split([',', '.', ';', '—'])
            .next()
            .unwrap_or("")
            .trim();
        let words: Vec<&str> = object.split_whitespace().collect();
        let determined = matches!(
            words.first().map(|w| w.to_lowercase()).as_deref(),
            Some("the" | "his" | "her" | "their" | "its")
        );
        let plain = words.iter().all(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "that" | "whether" | "if" | "how" | "what" | "who" | "to" | "was" | "were" | "is"
            )
        });
        let short_subject = !subject.is_empty()
            && subject.split_whitespace().count() <= 4
            && !subject.contains([',', '“', '"'])
            && subject.starts_with(char::is_uppercase);
        // ("the amount" alone asks nothing a reader can place: the clause says more.)
        if !(determined && plain && (3..=8).contains(&words.len()) && short_subject) {
            continue;
        }
        let owner = format!("{}’s", demote_first(subject));
        let object = match words[0].to_lowercase().as_str() {
            "his" | "her" | "their" | "its" => format!("{owner} {}", words[1..].join(" ")),
            _ => object.to_string(),
        };
        // The head noun comes before any preposition: "the terms of the deal" are.
        let head = words
            .iter()
            .take_while(|w| {
                !matches!(
                    w.to_lowercase().as_str(),
                    "of" | "for" | "in" | "on" | "at" | "with" | "from" | "about" | "behind"
                )
            })
            .last()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        let verb = if head.ends_with('s') && !head.ends_with("ss") {
            "are"
        } else {
            "is"
        };
        return Some(restore_quotes(&format!("What {verb} {object}?")));
    }
    // "Questions persist over how…", "it is unclear whether…", "remains to be seen if…".
    if let Some(rest) = after_phrase(
        &t,
        &lower_t,
        &[
            "questions persist over ",
            "questions persist about ",
            "questions remain over ",
            "questions remain about ",
            "questions remain ",
            "questions persist ",
            "it is unclear ",
            "it remains unclear ",
            "remains unclear ",
            "it is not clear ",
            "it was unclear ",
            "it is not known ",
            "remains to be seen ",
        ],
    ) {
        if let Some(q) = wh_question(rest, None) {
            return Some(restore_quotes(&q));
        }
    }
    // Doubt about a clause: "doubted a meeting would ever take place".
    if let Some(rest) = after_phrase(
        &t,
        &lower_t,
        &[
            "doubted that ",
            "doubted ",
            "doubts that ",
            "doubt that ",
            "doubtful that ",
            "sceptical that ",
            "skeptical that ",
        ],
    ) {
        if let Some(q) = yes_no(rest, subject_for(None).as_deref()) {
            return Some(restore_quotes(&q));
        }
    }
    // "the possibility of an early summit" → "Will there be an early summit?"
    if let Some(rest) = after_phrase(
        &t,
        &lower_t,
        &[
            "possibility of ",
            "prospect of ",
            "prospects of ",
            "likelihood of ",
            "chances of ",
        ],
    ) {
        let np = first_clause(rest);
        let first = np.split_whitespace().next().unwrap_or("");
        if !first.ends_with("ing") && np.split_whitespace().count() <= 14 {
            return Some(restore_quotes(&format!("Will there be {np}?")));
        }
    }
    // "proposed potential venues" → where the event named nearby would take place.
    if lower_t.contains("venue") {
        const EVENTS: &[&str] = &[
            "summit",
            "meeting",
            "talks",
            "conference",
            "match",
            "ceremony",
            "hearing",
            "trial",
            "games",
        ];
        let context: String = (idx.saturating_sub(2)..=idx)
            .map(|j| article.sentence_text(j).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(event) = EVENTS
            .iter()
            .filter_map(|e| context.rfind(e).map(|p| (p, *e)))
            .max()
            .map(|(_, e)| e)
        {
            return Some(format!("Where would the {event} take place?"));
        }
    }
    // "The promise of a quick ceasefire has not been realised" → "Will there be a quick ceasefire?"
    if [
        "not been realised",
        "not been realized",
        "yet to materialise",
        "yet to materialize",
        "not materialised",
        "not materialized",
    ]
    .iter()
    .any(|c| lower_t.contains(c))
    {
        if let Some(rest) = after_phrase(&t, &lower_t, &["promise of ", "hopes of ", "hope of "]) {
            let np = rest
                .split(" has ")
                .next()
                .unwrap_or(rest)
                .split(" have ")
                .next()
                .unwrap_or(rest);
            if np.split_whitespace().count() <= 8 && !np.contains(',') {
                return Some(format!("Will there be {np}?"));
            }
        }
    }
    // "an impeachment inquiry into X" → "What will the impeachment inquiry into X find?"
    for noun in ["inquiry into ", "investigation into ", "probe into "] {
        if let Some(at) = lower_t.find(noun) {
            let before: Vec<&str> = t[..at].split_whitespace().collect();
            let modifier = before
                .last()
                .filter(|w| {
                    w.chars().all(|c| c.is_lowercase())
                        && !matches!(
                            **w,
                            "an" | "a"
                                | "the"
                                | "its"
                                | "his"
                                | "her"
                                | "their"
                                | "launch"
                                | "launching"
                                | "open"
                                | "opened"
                        )
                })
                .map(|w| format!("{w} "))
                .unwrap_or_default();
            let object = first_clause(&t[at + noun.len()..]);
            let object = [" after ", " before ", " following ", " amid "]
                .iter()
                .filter_map(|p| object.find(p))
                .min()
                .map_or(object, |i| &object[..i]);
            if (1..=12).contains(&object.split_whitespace().count()) {
                return Some(format!("What will the {modifier}{noun}{object} find?"));
            }
        }
    }
    // "X might have encouraged Y" → "Did X encourage Y?"
    for cue in [" might have ", " may have "] {
        if let Some(at) = lower_t.find(cue) {
            let head = &t[..at];
            let np = subject_before(head);
            let np = np.as_str();
            let rest: Vec<&str> = t[at + cue.len()..].split_whitespace().collect();
            let words = np.split_whitespace().count();
            if let (Some(participle), true) =
                (rest.first(), (1..=5).contains(&words) && valid_np(np))
            {
                if participle != &"been" && participle.ends_with("ed") {
                    if let Some(base) = base_form(participle) {
                        let tail = first_clause(&rest[1..].join(" ")).to_string();
                        if !tail.is_empty() {
                            return Some(format!("Did {} {base} {tail}?", demote_first(np)));
                        }
                    }
                }
            }
        }
    }
    // "X's stated intent for the UK to leave with or without a deal" → "Will the UK leave…?"
    if let Some(rest) = after_phrase(
        &t,
        &lower_t,
        &["intent for ", "intention for ", "plan for ", "aim for "],
    ) {
        if let Some(to) = rest.find(" to ") {
            let np = &rest[..to];
            let vp = first_clause(&rest[to + 4..]);
            let vp = vp.split(" and not ").next().unwrap_or(vp);
            if (1..=5).contains(&np.split_whitespace().count())
                && valid_np(np)
                && vp.split_whitespace().count() >= 2
            {
                return Some(format!("Will {} {vp}?", demote_first(np)));
            }
        }
    }
    // "X is set to open tomorrow" → "Will X open tomorrow?"
    for cue in [
        " is set to ",
        " are set to ",
        " is expected to ",
        " are expected to ",
        " is due to ",
        " are due to ",
    ] {
        if let Some(at) = lower_t.find(cue) {
            let np = subject_before(&t[..at]);
            let vp = first_clause(&t[at + cue.len()..]);
            let vp = [" where ", " after ", " because "]
                .iter()
                .filter_map(|p| vp.find(p))
                .min()
                .map_or(vp, |i| &vp[..i]);
            if valid_np(&np) && !vp.is_empty() && !vp.contains(['“', '"']) {
                return Some(format!("Will {} {vp}?", demote_first(&np)));
            }
        }
    }
    // Hope about an outcome: "cautiously optimistic a deal would be reached".
    if let Some(rest) = after_phrase(
        &t,
        &lower_t,
        &[
            "optimistic\" ",
            "optimistic” ",
            "optimistic that ",
            "hopeful that ",
        ],
    ) {
        if let Some(q) = yes_no(rest, None) {
            return Some(q);
        }
    }
    // "X might not be willing to…" → "Will X be willing to…?"
    for cue in [" might not ", " may not "] {
        if let Some(i) = lower_t.find(cue) {
            let start = lower_t[..i].rfind(" that ").map_or(0, |j| j + 6);
            if let Some(q) = yes_no(&t[start..], subject_for(None).as_deref()) {
                return Some(restore_quotes(&q));
            }
        }
    }
    // "X claimed responsibility for Y" → "Was X behind Y?"
    if let Some(at) = lower_t.find(" claimed responsibility for ") {
        let np = t[..at].rsplit(", ").next().unwrap_or("").trim();
        let np = np
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches([',', ' ']);
        let what = first_clause(&t[at + " claimed responsibility for ".len()..]);
        let words = np.split_whitespace().count();
        if (1..=8).contains(&words) && !what.is_empty() {
            let verb = if np.ends_with('s') && !np.ends_with("ss") {
                "Were"
            } else {
                "Was"
            };
            return Some(format!("{verb} {} behind {what}?", demote_first(np)));
        }
    }
    // Estimates: "Estimates by organisers indicate X marched" → "Did X march?"
    if lower_t.contains("estimate") {
        if let Some(rest) = after_phrase(
            &t,
            &lower_t,
            &["indicate ", "indicates ", "suggest ", "suggests ", "state "],
        ) {
            if let Some(q) = yes_no(rest, None) {
                return Some(q);
            }
        }
    }
    // A claim someone reported or believes: ask whether it is so.
    if kind == Kind::Unverified {
        if let Some(rest) = after_phrase(
            &t,
            &lower_t,
            &[
                "reportedly believe ",
                "believe that ",
                "reported that ",
                "reported ",
                "said that ",
                "claimed that ",
            ],
        )
        .or_else(|| {
            // "The SDF said hundreds of fighters escaped": only the first "said".
            lower_t.find(" said ").map(|i| t[i + 6..].trim_start())
        }) {
            if let Some(q) = yes_no(rest, None) {
                return Some(q);
            }
        }
    }
    // "A clerk was allegedly paid to lose the files" → "Was a clerk paid to lose the files?"
    for adverb in [
        " allegedly ",
        " reportedly ",
        " purportedly ",
        " supposedly ",
    ] {
        if let Some(i) = lower_t.find(adverb) {
            // Only in a plain main clause: "an UberX driver was arrested after he dropped
            // … before allegedly driving back" has no question to turn round.
            let before = &lower_t[..i];
            let plain = before.split_whitespace().count() <= 10
                && !before.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "after"
                            | "before"
                            | "when"
                            | "while"
                            | "because"
                            | "as"
                            | "that"
                            | "who"
                            | "which"
                            | "where"
                            | "since"
                            | "until"
                            | "if"
                    )
                });
            if plain && !t[..i].contains([',', '“', '"']) {
                let claim = format!("{} {}", &t[..i], &t[i + adverb.len()..]);
                if let Some(q) = yes_no(&claim, None) {
                    return Some(restore_quotes(&q));
                }
            }
        }
    }
    // Unverified: "Reports claimed X did Y" → "Did X do Y?"
    if let Some(rest) = after_phrase(
        &t,
        &lower_t,
        &[
            "reports claimed ",
            "reports said ",
            "reportedly, ",
            "reportedly also, ",
            "allegedly, ",
        ],
    ) {
        if let Some(q) = yes_no(rest, None) {
            return Some(restore_quotes(&q));
        }
    }
    if lower_t.starts_with("according to ") {
        if let Some(c) = t.find(", ") {
            if let Some(q) = yes_no(&t[c + 2..], None) {
                return Some(restore_quotes(&q));
            }
        }
    }
    // "…“a rough situation”…, though he offered no details" → what was meant.
    if [
        "offered no details",
        "gave no details",
        "did not elaborate",
        "without elaborating",
        "provided no details",
    ]
    .iter()
    .any(|c| lower_t.contains(c))
    {
        if let (Some(open), Some(close)) = (t.find('“'), t.find('”')) {
            let inner_start = open + '“'.len_utf8();
            let phrase = t.get(inner_start..close).unwrap_or("");
            let words = phrase.split_whitespace().count();
            if close > inner_start && (1..=6).contains(&words) {
                let speaker = name_before(&t, lower_t.find(" said").map_or(0, |i| i + 1))
                    .filter(|n| !n.is_empty());
                if let Some(s) = speaker {
                    return Some(restore_quotes(&format!("What did {s} mean by “{phrase}”?")));
                }
            }
        }
    }
    None
}

/// The article's typographic apostrophes were folded for matching; put them back when the
/// article used them, so quoted words stay verbatim.
fn restore_quotes(q: &str) -> String {
    q.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_forms() {
        for (past, base) in [
            ("meant", "mean"),
            ("received", "receive"),
            ("suggested", "suggest"),
            ("planned", "plan"),
            ("passed", "pass"),
            ("carried", "carry"),
            ("disclosed", "disclose"),
            ("encouraged", "encourage"),
            ("judged", "judge"),
            ("secured", "secure"),
        ] {
            assert_eq!(base_form(past).as_deref(), Some(base), "{past}");
        }
    }

    #[test]
    fn yes_no_questions() {
        assert_eq!(
            yes_no(
                "air support meant drones, intelligence, or fighter aircraft.",
                None
            )
            .as_deref(),
            Some("Did air support mean drones, intelligence, or fighter aircraft?")
        );
        assert_eq!(
            yes_no("a meeting with the rebels would ever take place.", None).as_deref(),
            Some("Would a meeting with the rebels ever take place?")
        );
        assert_eq!(
            yes_no(
                "it received any warrants, but said more.",
                Some("The agency")
            )
            .as_deref(),
            Some("Did the agency receive any warrants?")
        );
        assert_eq!(yes_no("he ran.", None), None);
    }

    #[test]
    fn wh_questions_invert_the_auxiliary() {
        assert_eq!(
            wh_question("how firmly the minister will back the plan.", None).as_deref(),
            Some("How firmly will the minister back the plan?")
        );
        assert_eq!(
            wh_question("how much money is received by the rebels.", None).as_deref(),
            Some("How much money is received by the rebels?")
        );
    }

    fn ask_text(text: &str, kind: Kind) -> Option<String> {
        let a = Article::from_text(text).expect("article");
        let last = a.sentences.len() - 1;
        let surnames = standalone::surname_index(&a);
        ask(&a, &surnames, last, a.sentence_text(last), kind)
    }

    #[test]
    fn scheduled_events_become_will_questions() {
        assert_eq!(
            ask_text(
                "The annual meeting of the assembly is set to open tomorrow.",
                Kind::Pending
            )
            .as_deref(),
            Some("Will the annual meeting of the assembly open tomorrow?")
        );
    }

    #[test]
    fn stated_intent_becomes_will_question() {
        assert_eq!(
            ask_text(
                "It is the premier's stated intent for the province to leave the union by May.",
                Kind::Pending
            )
            .as_deref(),
            Some("Will the province leave the union by May?")
        );
    }

    #[test]
    fn claims_reports_and_inquiries_become_questions() {
        assert_eq!(
            ask_text(
                "A rebel group claimed responsibility for the bombing.",
                Kind::Unverified
            )
            .as_deref(),
            Some("Was a rebel group behind the bombing?")
        );
        assert_eq!(
            ask_text(
                "Reports claimed the minister offered his resignation.",
                Kind::Unverified
            )
            .as_deref(),
            Some("Did the minister offer his resignation?")
        );
        assert_eq!(
            ask_text(
                "The council opened an inquiry into the fire at the tower.",
                Kind::Pending
            )
            .as_deref(),
            Some("What will the inquiry into the fire at the tower find?")
        );
        assert_eq!(
            ask_text(
                "Officials said the pilot might have missed the warnings.",
                Kind::Unverified
            )
            .as_deref(),
            Some("Did the pilot miss the warnings?")
        );
        assert_eq!(
            ask_text(
                "The agency did not say whether the suspects were armed, but said more.",
                Kind::Unresolved
            )
            .as_deref(),
            Some("Were the suspects armed?")
        );
    }
}
