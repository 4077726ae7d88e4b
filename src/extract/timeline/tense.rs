//! The tense of the clause around a date expression, from the nearest verb cue: "will",
//! "is to", "is expected", "plans to", "scheduled" point ahead; "said", "-ed" verbs,
//! "was", "had" point back. It decides which way a bare "on Monday" or "in May" goes.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::tokens::Tok;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub index: usize,
    pub tense: Tense,
    /// Added to the distance: weak cues ("would", "could", "is") lose to strong ones
    /// at the same distance.
    pub penalty: usize,
}

#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "was", "were", "had", "did", "met", "held", "took", "gave", "made", "went", "came", "saw",
    "left", "began", "spoke", "wrote", "won", "lost", "sent", "became", "brought", "bought", "sold",
    "thought", "found", "kept", "paid", "fell", "rose", "struck", "led", "fled", "flew", "drew", "grew",
    "knew", "threw", "ran", "shot", "fought", "caught", "sought", "stood", "felt", "meant", "built", "spent",
    "broke", "chose", "drove", "froze", "hung", "sank", "shook", "got", "heard", "hid", "laid", "withdrew",
    "undertook", "arose", "upheld", "oversaw", "underwent", "stole", "swept", "swore", "wore", "tore", "ate",
    "forgot", "rang", "sang", "overtook", "beat", "understood", "began", "stuck", "dealt", "lit", "taught",
    "bore",
];

/// Words ending in "-ed" that are not past verbs.
#[rustfmt::skip]
const NOT_PAST_ED: &[&str] = &[
    "need", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "embed", "breed", "seed", "feed",
    "shed", "bed", "red", "bred", "wed", "weed", "greed", "creed", "deed", "reed", "steed", "tweed",
    "expected", "scheduled", "planned", "slated", "poised", "based", "related", "united", "limited",
    "detailed", "advanced", "alleged", "so-called", "armed", "concerned", "interested", "supposed",
    "proposed", "required", "needed", "used",
];

/// Both lists as sets, built once: cue detection looks at every word of a dated sentence.
static PAST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| IRREGULAR_PAST.iter().copied().collect());
static NOT_PAST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| NOT_PAST_ED.iter().copied().collect());

/// The tense cues of a sentence, in token order.
pub fn cues(t: &[Tok]) -> Vec<Cue> {
    let lower: Vec<String> = t.iter().map(|x| x.text.to_ascii_lowercase()).collect();
    let word = |k: usize| lower.get(k).map_or("", String::as_str);
    let mut out = Vec::new();
    for (k, tok) in t.iter().enumerate() {
        let l = word(k);
        let lower_initial = tok.text.chars().next().is_some_and(char::is_lowercase);
        let next_to = word(k + 1) == "to";
        let prev = if k > 0 { word(k - 1) } else { "" };
        let after_be = matches!(prev, "is" | "are" | "am" | "be" | "being");
        // "could be heard", "has been held": a passive participle, not a past verb.
        let after_be_or_been = after_be || prev == "been";
        let modal = lower_initial
            && matches!(
                l,
                "would" | "could" | "might" | "may" | "should" | "must" | "will"
            );
        let found = if modal && word(k + 1) == "have" {
            // "might have encouraged", "will have left": done before now.
            Some((Tense::Past, 0))
        } else if (lower_initial
            && matches!(
                l,
                "will"
                    | "shall"
                    | "won't"
                    | "won’t"
                    | "upcoming"
                    | "forthcoming"
                    | "tomorrow"
                    | "scheduled"
                    | "slated"
                    | "poised"
            ))
            || l.ends_with("'ll")
            || l.ends_with("’ll")
            || (l == "going" && next_to)
            || (matches!(l, "expected" | "set" | "due" | "planned")
                && (after_be || next_to)
                && !due_to_cause(t, k))
            || (matches!(
                l,
                "plans"
                    | "plan"
                    | "planning"
                    | "intends"
                    | "intend"
                    | "aims"
                    | "aim"
                    | "hopes"
                    | "hope"
                    | "wants"
                    | "vows"
                    | "pledges"
            ) && next_to)
            || (matches!(l, "is" | "are" | "am") && next_to)
        {
            Some((Tense::Future, 0))
        } else if matches!(l, "would" | "wouldn't" | "wouldn’t") {
            // Mostly reported speech ("said he would"): no stronger than the verb it hangs on.
            Some((Tense::Future, 2))
        } else if lower_initial
            && matches!(l, "could" | "might" | "may" | "should" | "can" | "must")
        {
            Some((Tense::Future, 2))
        } else if matches!(l, "is" | "are" | "am") {
            Some((Tense::Future, 3))
        } else if matches!(l, "has" | "have") {
            Some((Tense::Past, 1))
        } else if (lower_initial && !after_be_or_been && PAST.contains(l))
            || matches!(l, "yesterday" | "ago")
            || (lower_initial
                && l.len() >= 5
                && l.ends_with("ed")
                && !NOT_PAST.contains(l)
                && !after_be_or_been
                // "a designated day", "the planned summit": an adjective after a determiner
                // ("a shooting that occurred Thursday": "that" is a relative, the verb past).
                && !matches!(prev, "a" | "an" | "the" | "this" | "his" | "her" | "its" | "their" | "our" | "newly")
                && !matches!(prev, "will" | "to" | "would" | "could" | "might"))
        {
            Some((Tense::Past, 0))
        } else {
            None
        };
        if let Some((tense, penalty)) = found {
            out.push(Cue {
                index: k,
                tense,
                penalty,
            });
        }
    }
    out
}

/// "due to the weather" gives a cause, not a schedule.
fn due_to_cause(t: &[Tok], k: usize) -> bool {
    t[k].is("due")
        && t.get(k + 2).is_some_and(|x| {
            x.is_any(&[
                "the", "a", "an", "its", "his", "her", "their", "this", "that", "lack", "concerns",
            ])
        })
}

/// The nearest tense cue to a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Near {
    pub tense: Tense,
    /// Words away, plus the cue's penalty.
    pub distance: usize,
    /// A modal or a bare "is": enough to point a weekday ahead, not to make "this year"
    /// upcoming.
    pub weak: bool,
}

/// The nearest cue to tokens `first..end`, among `cues`.
pub fn near<'a>(cues: impl IntoIterator<Item = &'a Cue>, first: usize, end: usize) -> Option<Near> {
    let mut best: Option<(usize, bool, &Cue)> = None;
    for c in cues {
        if c.index >= first && c.index < end {
            continue;
        }
        let (d, before) = if c.index < first {
            (first - c.index, true)
        } else {
            (c.index + 1 - end, false)
        };
        let score = d + c.penalty;
        let better = match best {
            None => true,
            Some((s, b, _)) => score < s || (score == s && before && !b),
        };
        if better {
            best = Some((score, before, c));
        }
    }
    best.map(|(distance, _, c)| Near {
        tense: c.tense,
        distance,
        weak: c.penalty >= 2,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::timeline::tokens::tokenize;

    fn tense_of(s: &str, word: &str) -> Option<Tense> {
        let t = tokenize(s);
        let k = t.iter().position(|x| x.text == word).unwrap();
        near(&cues(&t), k, k + 1).map(|x| x.tense)
    }

    #[test]
    fn nearest_cue_decides() {
        assert_eq!(
            tense_of("Trump hosted Zelensky on Monday.", "Monday"),
            Some(Tense::Past)
        );
        assert_eq!(
            tense_of(
                "Nato’s chiefs will hold a virtual meeting on Wednesday.",
                "Wednesday"
            ),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of("he said on Tuesday he would go", "Tuesday"),
            Some(Tense::Past)
        );
        assert_eq!(
            tense_of("The vote is scheduled for Friday.", "Friday"),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of("He is to present it on Friday.", "Friday"),
            Some(Tense::Future)
        );
        assert_eq!(
            tense_of(
                "Flights were cancelled due to the storm on Friday.",
                "Friday"
            ),
            Some(Tense::Past)
        );
        assert_eq!(tense_of("Friday.", "Friday"), None);
    }
}
