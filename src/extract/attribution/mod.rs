//! Who said what: direct quotes, partial quotes, reported speech and described stances,
//! each tied to the actor who holds it.

pub mod cues;
pub mod quotes;

use crate::article::Article;
use crate::brief::PositionKind;
use crate::extract::entities::phrase::{self, Head};
use crate::extract::entities::tokens::{TokKind, Tokens};
use crate::extract::entities::words::{self, is_capitalised, is_pronoun, lower};
use crate::extract::entities::{Kind, Registry};
use cues::{Class, Cue, Form};
use quotes::QuoteSpan;

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub speaker: usize,
    pub kind: PositionKind,
    /// Byte range of the attributed content (None for a stance).
    pub content: Option<(usize, usize)>,
    /// Byte range of the quoted words, when there are any.
    pub quote: Option<(usize, usize)>,
    /// Byte range of the clause from the speaker to its end (for stance lines).
    pub clause: (usize, usize),
    pub sentences: Vec<usize>,
    pub cue: &'static str,
    /// Byte offset where the reporting verb starts (for lines like "Trump ruled out …").
    pub cue_start: usize,
    /// The quoted passages of a direct quote, in order (several when a quote goes on after
    /// "he said"); empty for other kinds.
    pub pieces: Vec<(usize, usize)>,
}

pub struct Analysis<'a> {
    pub tokens: Tokens<'a>,
    pub registry: Registry,
    pub attributions: Vec<Attribution>,
}

/// Words skipped between a speaker and its verb ("Trump also said", "he has long argued").
const BETWEEN: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "later",
    "then",
    "now",
    "again",
    "repeatedly",
    "previously",
    "reportedly",
    "publicly",
    "privately",
    "already",
    "once",
    "recently",
    "earlier",
    "further",
    "separately",
    "initially",
    "immediately",
    "firmly",
    "strongly",
    "flatly",
    "clearly",
    "explicitly",
    "officially",
    "openly",
    "long",
    "since",
    "subsequently",
    "quickly",
    "last",
    "week",
    "yesterday",
    "today",
    "allegedly",
    "angrily",
    "bluntly",
    "simply",
    "just",
    "even",
    "still",
    "both",
    "all",
    "himself",
    "herself",
    "themselves",
    "too",
    "however",
    "only",
];

/// The cue of a quote that continues the speaker of the quote before it.
const CONTINUED: &str = "(continued)";

/// Verbs that put their speaker after them ("…, said the minister").
const SAYS: &[&str] = &[
    "say", "tell", "add", "write", "continue", "explain", "reply", "note",
];

const SUBORDINATORS: &[&str] = &[
    "if", "unless", "whether", "when", "because", "although", "though", "before", "until", "once",
    "whenever",
];

const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "while",
    "from",
    "to",
    "by",
    "after",
    "before",
    "with",
    "of",
    "for",
    "via",
    "through",
    "about",
    "as",
    "when",
    "afterward",
    "afterwards",
    "recently",
    "earlier",
    "later",
    "yesterday",
    "today",
    "last",
    "this",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "repeatedly",
    "privately",
    "publicly",
    "again",
    "too",
    "so",
    "then",
];

const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "can", "must", "shall",
];

/// Reporting verbs that are also nouns ("Republican claims", "news reports").
const NOUN_TOO: &[&str] = &[
    "claim", "report", "comment", "question", "attack", "charge", "promise", "demand", "doubt",
    "hope", "fear", "estimate", "offer", "protest", "remark", "quote", "tweet", "reply", "order",
    "pledge", "vow", "threat", "warning", "state", "note", "signal", "point", "cite", "show",
    "find", "call",
];

const PASSIVE: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];
const NEGATION: &[&str] = &[
    "not", "n't", "never", "no", "didn't", "doesn't", "don't", "won't",
];

pub fn analyse(article: &Article) -> Analysis<'_> {
    let t = Tokens::new(article);
    let mut registry = Registry::build(&t);
    let paragraph_of: Vec<usize> = article.sentences.iter().map(|s| s.paragraph).collect();
    let spans = quotes::spans(&t, &paragraph_of);
    let mut in_quote = vec![false; t.toks.len()];
    for q in &spans {
        for flag in in_quote
            .iter_mut()
            .take(q.close.min(t.toks.len()))
            .skip(q.open)
        {
            *flag = true;
        }
    }
    let mut claimed = vec![false; t.toks.len()];
    let mut out: Vec<Attribution> = Vec::new();
    let mut qi = 0;
    for (s, &(a, b)) in t.sentence_ranges.iter().enumerate() {
        while qi < spans.len() && last_token(&spans[qi]) < b {
            if let Some(at) = direct(
                &t,
                &mut registry,
                &spans,
                qi,
                &paragraph_of,
                &out,
                &mut claimed,
            ) {
                // A quote continuing the one just before it, by the same speaker, is one
                // statement: “…,” he said. “…”
                match out.last_mut() {
                    Some(prev)
                        if at.cue == CONTINUED
                            && prev.kind == PositionKind::Quote
                            && !prev.pieces.is_empty() =>
                    {
                        if let (Some(p), Some(q)) = (prev.content, at.content) {
                            prev.content = Some((p.0, q.1));
                            prev.pieces.push(q);
                            prev.clause = (prev.clause.0.min(q.0), q.1);
                            prev.sentences.extend(at.sentences);
                            prev.sentences.sort_unstable();
                            prev.sentences.dedup();
                        }
                    }
                    _ => out.push(at),
                }
            }
            qi += 1;
        }
        let mut v = a;
        while v < b {
            if in_quote[v] || claimed[v] {
                v += 1;
                continue;
            }
            let Some(cue) = cues::at(&t, v, b) else {
                v += 1;
                continue;
            };
            // "Initial reports suggested …": a verb form right before another verb is a noun.
            if cue.len == 1
                && matches!(cue.form, cues::Form::Third | cues::Form::Base)
                && cues::at(&t, v + 1, b).is_some_and(|next| next.form == cues::Form::Past)
            {
                v += 1;
                continue;
            }
            let mut found = reported(&t, &mut registry, &spans, (a, b), s, v, cue, &out);
            // "Trump announced he had asked for …": the inner verb repeats the same speaker.
            let at = t.toks[v].start;
            // "He said the United States and its allies will seek sanctions": a stance
            // inside someone's reported words is part of what they said.
            found.retain(|x| {
                !out.iter().any(|y| {
                    (y.speaker == x.speaker || x.kind == PositionKind::Stance)
                        && y.sentences.contains(&s)
                        && y.content.is_some_and(|(c0, c1)| c0 <= at && at < c1)
                })
            });
            if !found.is_empty() {
                for c in claimed.iter_mut().skip(v).take(cue.len) {
                    *c = true;
                }
                out.extend(found);
            }
            v += cue.len;
        }
        out.extend(unacceptable_to(&t, &mut registry, &in_quote, (a, b), s));
    }
    Analysis {
        tokens: t,
        registry,
        attributions: out,
    }
}

/// "Such an idea was seen as unrealistic and unacceptable to Kyiv": a side's stance told
/// from the other end of the sentence, the whole sentence as its line.
fn unacceptable_to(
    t: &Tokens,
    reg: &mut Registry,
    in_quote: &[bool],
    (a, b): (usize, usize),
    s: usize,
) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (k, &quoted) in in_quote
        .iter()
        .enumerate()
        .take(b.saturating_sub(2))
        .skip(a)
    {
        if quoted || !matches!(t.s(k), "unacceptable" | "acceptable") || !t.is(k + 1, "to") {
            continue;
        }
        let np_end = forward_np_end(t, k + 2, b);
        let Some(np) = phrase::parse(t, k + 2, np_end, a) else {
            continue;
        };
        if matches!(np.head, Head::Pronoun(_)) {
            continue;
        }
        if let Some(sp) = reg.resolve(t, &np, k + 2, s) {
            let start = t.toks[a].start;
            out.push(Attribution {
                speaker: sp,
                kind: PositionKind::Stance,
                content: None,
                quote: None,
                clause: (start, t.toks[b - 1].end),
                sentences: vec![s],
                cue: "find",
                cue_start: start,
                pieces: Vec::new(),
            });
        }
    }
    out
}

fn last_token(q: &QuoteSpan) -> usize {
    if q.closed {
        q.close
    } else {
        q.close - 1
    }
}

fn sentence_range(t: &Tokens, tok: usize) -> (usize, usize) {
    t.sentence_ranges[t.toks[tok].sentence]
}

/// A direct quote with its speaker from the words right after it (“…,” X said), right
/// before it (X said: “…”), or the quote just before it in the same passage.
fn direct(
    t: &Tokens,
    reg: &mut Registry,
    spans: &[QuoteSpan],
    qi: usize,
    paragraph_of: &[usize],
    done: &[Attribution],
    claimed: &mut [bool],
) -> Option<Attribution> {
    let q = spans[qi];
    let inner = q.inner(t);
    let raw_inner = t.text[inner.0..inner.1].trim_end();
    let inner_text = raw_inner.trim_end_matches([',', ' ']);
    let inner = (inner.0, inner.0 + inner_text.len());
    let last = last_token(&q).min(t.toks.len() - 1);
    let (sa, _) = sentence_range(t, q.open);
    let (_, sb) = sentence_range(t, last);
    let s_open = t.toks[q.open].sentence;
    let s_close = t.toks[last].sentence;
    let mut sentences: Vec<usize> = (s_open..=s_close).collect();
    // X said, “…?” — a quote after "said," is the leader's; what follows it is not its
    // trailer unless the quote ends with a comma (“…,” said X).
    let led = q.open >= 2
        && (t.is_punct(q.open - 1, ",") || t.is_punct(q.open - 1, ":"))
        && cues::at(t, q.open - 2, q.open - 1).is_some_and(|c| c.class == Class::Speech);
    // Trailer: “…,” he said / “…,” said X / “…”, Graham continued. A quote in the middle
    // of a clause is no trailer's: "the advertisement “unmistakably and wrongfully”
    // suggests that …".
    let ends_a_passage = raw_inner.ends_with([',', '?', '!', '—', '–', '.'])
        || (q.closed && t.is_punct(q.close + 1, ","))
        || q.open == sa;
    if q.closed && ends_a_passage && (!led || raw_inner.ends_with(',')) {
        let mut k = q.close + 1;
        while k < sb && t.is_punct(k, ",") {
            k += 1;
        }
        let stop = (k..sb)
            .find(|&i| t.toks[i].kind == TokKind::Open)
            .unwrap_or(sb);
        // “… .” He voiced … starts a new sentence; “…,” he said / “…”, X added continues.
        let continues = raw_inner.ends_with([',', '?', '!', '—', '–'])
            || k > q.close + 1
            || (k < sb && t.is_word(k) && !t.s(k).starts_with(char::is_uppercase))
            || (k < sb && trailer_cue(t, k, sb).is_some());
        let stop = if continues { stop } else { k };
        if let Some((v, cue)) =
            (k..stop.min(k + 25)).find_map(|i| trailer_cue(t, i, stop).map(|c| (i, c)))
        {
            let speaker = if v == k {
                let np_end = forward_np_end(t, v + cue.len, stop);
                phrase::parse(t, v + cue.len, np_end, sa)
                    .and_then(|np| reg.resolve(t, &np, v + cue.len, s_close))
            } else {
                let e = skip_between(t, v, k);
                // "Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said".
                let range = subject_range(t, v, k)
                    .filter(|r| r.0 == k)
                    .unwrap_or((k, e));
                let addressed = addressee(t, reg, v + cue.len);
                phrase::parse(t, range.0, range.1, k).and_then(|np| match addressed {
                    Some(o) => reg.resolve_except(t, &np, range.0, s_close, o),
                    None => reg.resolve(t, &np, range.0, s_close),
                })
            };
            if let Some(sp) = speaker {
                if quotes::is_statement(inner_text, true) {
                    for c in claimed.iter_mut().skip(v).take(cue.len) {
                        *c = true;
                    }
                    return Some(quote_attr(sp, inner, sentences, cue.base, t));
                }
                return None;
            }
        }
    }
    // “…” ― Sonya Herridge: a quotation signed with a dash (readers' voices, epigraphs).
    if q.closed && q.close + 2 < t.toks.len() && matches!(t.s(q.close + 1), "―" | "—" | "–") {
        let from = q.close + 2;
        let (_, e) = sentence_range(t, from);
        let mut end = from;
        while end < e && t.is_word(end) && end < from + 6 {
            end += 1;
        }
        // The name ends its line; the next signed quotation may follow on the same one.
        let rest_is_name = (end..e)
            .take_while(|&k| t.toks[k].kind != TokKind::Open)
            .all(|k| t.is_punct(k, ".") || t.is_punct(k, ","));
        let named = phrase::parse(t, from, end, from)
            .filter(|np| rest_is_name && end > from && matches!(np.head, Head::Name { .. }));
        if let Some(sp) = named.and_then(|np| reg.resolve(t, &np, from, t.toks[from].sentence)) {
            if quotes::is_statement(inner_text, true) {
                sentences.push(t.toks[from].sentence);
                sentences.dedup();
                return Some(quote_attr(sp, inner, sentences, "say", t));
            }
        }
    }
    // Leader: X said: “…” / X wrote on Twitter, “…”.
    let leader_start = spans[..qi]
        .iter()
        .rev()
        .find(|p| p.closed && p.close >= sa && p.close < q.open)
        .map_or(sa, |p| p.close + 1);
    if leader_start < q.open {
        let before = q.open - 1;
        let ends_with_punct = t.is_punct(before, ":") || t.is_punct(before, ",");
        let capital = t.text[inner.0..].starts_with(char::is_uppercase);
        let cue_before = capital
            && (before.saturating_sub(4).max(leader_start)..q.open).any(|k| {
                cues::at(t, k, q.open).is_some_and(|c| {
                    c.class == Class::Speech
                        && c.len == 1
                        && (k == before || skip_setting(t, k + 1, q.open) == q.open)
                })
            });
        if !ends_with_punct && !cue_before {
            return None; // a partial quote inside a clause: reported speech handles it.
        }
        let from = before.saturating_sub(20).max(leader_start);
        let scan_end = if cue_before { q.open } else { before };
        if let Some((v, cue)) = (from..scan_end)
            .rev()
            .find_map(|i| cues::at(t, i, scan_end).map(|c| (i, c)))
        {
            // “…,” he said, “…”: the verb already speaks for the quote before; one statement.
            if claimed[v] {
                if let Some(prev) = done.last().filter(|p| p.kind == PositionKind::Quote) {
                    if quotes::is_statement(inner_text, false) {
                        return Some(quote_attr(prev.speaker, inner, sentences, CONTINUED, t));
                    }
                }
            }
            if cue.class == Class::Speech && !t.is(v, "according") {
                let subj: Vec<usize> = if cue.form == Form::Gerund {
                    reg.mentions
                        .iter()
                        .find(|m| m.sentence == s_open && m.subject)
                        .map(|m| m.entity)
                        .into_iter()
                        .collect()
                } else {
                    let mut sp = subject(t, reg, v, leader_start, s_open);
                    // “…,” wrote Trump on Twitter, “…”: the speaker after the verb. ("told the
                    // Herald in a statement, “…”": after "told" comes the one told.)
                    if sp.is_empty() && SAYS.contains(&cue.base) && cue.base != "tell" {
                        let np_end = forward_np_end(t, v + cue.len, before);
                        if let Some(np) = phrase::parse(t, v + cue.len, np_end, sa) {
                            sp.extend(reg.resolve(t, &np, v + cue.len, s_open));
                        }
                    }
                    sp
                };
                if let Some(&sp) = subj.first() {
                    for c in claimed.iter_mut().skip(v).take(cue.len) {
                        *c = true;
                    }
                    if quotes::is_statement(inner_text, true) {
                        sentences.insert(0, t.toks[v].sentence);
                        sentences.dedup();
                        return Some(quote_attr(sp, inner, sentences, cue.base, t));
                    }
                }
            }
        }
        // "Bush: “The mission is to destroy ISIS.”": a name and a colon, nothing else.
        if t.is_punct(before, ":") && capital {
            if let Some((f, e)) = phrase::ending_at(t, before, leader_start) {
                let named = phrase::parse(t, f, e, sa)
                    .filter(|np| f == leader_start && matches!(np.head, Head::Name { .. }));
                if let Some(sp) = named.and_then(|np| reg.resolve(t, &np, f, s_open)) {
                    if reg.entities[sp].kind == Kind::Person
                        && quotes::is_statement(inner_text, true)
                    {
                        return Some(quote_attr(sp, inner, sentences, "say", t));
                    }
                }
            }
        }
        return None;
    }
    // “…” after a paragraph ending "Cruz continued:" or "as Ridge put it:".
    if s_open > 0 && q.open == sa {
        let (pa, pb) = t.sentence_ranges[s_open - 1];
        if pb > pa + 1 && t.is_punct(pb - 1, ":") {
            let v = (pa..pb - 1).find(|&i| trailer_cue(t, i, pb - 1).is_some() || t.is(i, "put"));
            if let Some(v) = v {
                if let Some(&sp) = subject(t, reg, v, pa, s_open - 1).first() {
                    if quotes::is_statement(inner_text, true) {
                        sentences.insert(0, s_open - 1);
                        return Some(quote_attr(sp, inner, sentences, "say", t));
                    }
                }
            }
        }
    }
    // A quote standing alone continues the speaker of the passage just before it, unless
    // its own sentence goes on to name someone else.
    if q.closed && q.close + 1 < sb && (q.close + 1..sb).any(|k| t.is_word(k)) {
        return None;
    }
    let prev = done.last()?;
    let prev_last = *prev.sentences.last()?;
    let para_gap = paragraph_of[s_open].saturating_sub(paragraph_of[prev_last]);
    if prev_last + 2 >= s_open && para_gap <= 1 && quotes::is_statement(inner_text, false) {
        let kind = reg.entities[prev.speaker].kind;
        if kind != Kind::Source || prev.kind == PositionKind::Quote {
            return Some(quote_attr(prev.speaker, inner, sentences, CONTINUED, t));
        }
    }
    None
}

fn quote_attr(
    speaker: usize,
    inner: (usize, usize),
    sentences: Vec<usize>,
    cue: &'static str,
    _t: &Tokens,
) -> Attribution {
    Attribution {
        speaker,
        kind: PositionKind::Quote,
        content: Some(inner),
        quote: Some(inner),
        clause: inner,
        sentences,
        cue,
        cue_start: inner.0,
        pieces: vec![inner],
    }
}

/// A reporting verb after a quote; "continued" counts only here.
fn trailer_cue(t: &Tokens, i: usize, end: usize) -> Option<Cue> {
    if t.is(i, "continued") || t.is(i, "added") {
        return Some(Cue {
            base: "continue",
            class: Class::Speech,
            form: Form::Past,
            len: 1,
            object: false,
        });
    }
    cues::at(t, i, end).filter(|c| c.class == Class::Speech && c.form != Form::Gerund)
}

/// Skip adverbs and auxiliaries between a subject and its verb at `v`.
fn skip_between(t: &Tokens, v: usize, limit: usize) -> usize {
    // "They are drawing up plans", "Trump is calling for": a progressive verb's auxiliary.
    let progressive = t.s(v).ends_with("ing");
    let mut e = v;
    while e > limit
        && t.is_word(e - 1)
        // Case matters: "may" is a modal, "May" a name ("Theresa May said").
        && (BETWEEN.iter().any(|w| t.s(e - 1) == *w)
            || (progressive && matches!(t.s(e - 1), "is" | "are" | "was" | "were")))
    {
        e -= 1;
    }
    e
}

/// End of a noun phrase starting at `from` ("said Mr. X, the minister" → after "X").
fn forward_np_end(t: &Tokens, from: usize, end: usize) -> usize {
    // "said in a press conference": a setting, not a speaker.
    if matches!(
        t.s(from.min(t.toks.len() - 1)),
        "in" | "on" | "at" | "during" | "after" | "before" | "to" | "with"
    ) {
        return from;
    }
    let mut k = from;
    while k < end && t.is_word(k) {
        let w = t.s(k);
        // "said Del. Stacey Plaskett of the Virgin Islands": the name ends before "of".
        let after_full_name = k >= from + 2
            && w == "of"
            && is_capitalised(t.s(k - 1))
            && is_capitalised(t.s(k - 2))
            && !crate::extract::entities::words::is_role(t.s(k - 1));
        if after_full_name {
            break;
        }
        if k > from
            && (matches!(
                w,
                "on" | "in"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "that"
                    | "while"
                    | "as"
            ))
        {
            break;
        }
        k += 1;
        if k - from > 8 {
            break;
        }
    }
    k
}

/// The speakers of a verb at `v`: the noun phrase before it, through an apposition
/// ("Peskov, the Kremlin spokesman, said") or a relative ("Stubb, who … , said"), and
/// both conjuncts of "X and Y".
fn subject(t: &Tokens, reg: &mut Registry, v: usize, a: usize, s: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let np_range = subject_range(t, v, a);
    let Some((from, to)) = np_range else {
        return out;
    };
    if let Some(np) = phrase::parse(t, from, to, a) {
        let resolved = match addressee(t, reg, v + 1) {
            Some(o) => reg.resolve_except(t, &np, from, s, o),
            None => reg.resolve(t, &np, from, s),
        };
        if let Some(x) = resolved {
            // "France and the UK lead a coalition. They are drawing up plans": "they" is
            // both of them.
            if matches!(&np.head, Head::Pronoun(p) if p == "they") {
                if let Some(other) = conjunct_before(t, reg, x, from, s) {
                    // "France and the UK lead a “coalition of the willing.” They are …":
                    // the group they lead speaks.
                    if let Some(g) = group_led_by(t, reg, (other, x), from, s) {
                        return vec![g];
                    }
                    out.push(other);
                }
            }
            out.push(x);
        }
        // "Zelensky and European leaders": the other conjunct speaks too.
        if from >= a + 2 && t.is(from - 1, "and") {
            if let Some((f2, t2)) = phrase::ending_at(t, from - 1, a) {
                if let Some(np2) = phrase::parse(t, f2, t2, a) {
                    if !matches!(np2.head, Head::Pronoun(_)) {
                        if let Some(x) = reg.resolve(t, &np2, f2, s) {
                            out.insert(0, x);
                        }
                    }
                }
            }
        }
    }
    out
}

/// The person named right after a verb ("told Ortiz", "told the mayor"): the one spoken
/// to, who is not the one speaking.
fn addressee(t: &Tokens, reg: &Registry, k: usize) -> Option<usize> {
    let k = if k < t.toks.len() && t.is(k, "the") {
        k + 1
    } else {
        k
    };
    let from = reg.mentions.partition_point(|m| m.tok < k);
    reg.mentions
        .get(from)
        .filter(|m| m.tok == k && reg.entities[m.entity].kind == Kind::Person)
        .map(|m| m.entity)
}

/// The group that `e` and the one joined to it lead, named right after the verb in the
/// sentence of `e`'s latest mention: "lead a “coalition of the willing”", "formed an
/// alliance of …". Returned as an actor on `e`'s side.
fn group_led_by(
    t: &Tokens,
    reg: &mut Registry,
    (first, e): (usize, usize),
    at: usize,
    s: usize,
) -> Option<usize> {
    const GROUP_NOUNS: &[&str] = &["coalition", "alliance", "bloc", "group", "quartet", "club"];
    let pos = reg.mentions.partition_point(|m| m.tok < at);
    let m = reg.mentions[..pos]
        .iter()
        .rev()
        .find(|m| m.entity == e && m.sentence + 2 >= s)?;
    let (_, end) = t.sentence_ranges[m.sentence];
    let v = (m.tok + 1..end.min(m.tok + 8)).find(|&k| {
        matches!(
            t.s(k),
            "lead" | "leads" | "led" | "head" | "heads" | "headed" | "form" | "forms" | "formed"
        )
    })?;
    let mut k = v + 1;
    if !matches!(t.s(k.min(end - 1)), "a" | "an" | "the") {
        return None;
    }
    k += 1;
    let quoted = k < end && t.toks[k].kind == TokKind::Open;
    if quoted {
        k += 1;
    }
    let from = k;
    while k < end && t.is_word(k) && k < from + 6 {
        k += 1;
    }
    if k == from || !GROUP_NOUNS.contains(&t.s(from).to_lowercase().as_str()) {
        return None;
    }
    let name = t.span(from, k).trim_end_matches(['.', ',']);
    // Both members' side, or the region they share ("France and the UK": Europe).
    let (pa, pb) = (reg.entities[first].party, reg.entities[e].party);
    let lex = crate::extract::parties::lexicon::lexicon();
    let party = match (pa, pb) {
        (Some(a), Some(b)) if a == b => Some(a),
        (Some(a), Some(b)) if lex.region(a) == "europe" && lex.region(b) == "europe" => {
            Some("Europe")
        }
        _ => None,
    };
    // Named in the order the text names them.
    let order = |x: usize| {
        reg.mentions
            .iter()
            .find(|mm| mm.entity == x && mm.sentence == m.sentence)
            .map_or(usize::MAX, |mm| mm.tok)
    };
    let (a, b) = if order(first) <= order(e) {
        (first, e)
    } else {
        (e, first)
    };
    let led_by = format!("led by {} and {}", reg.short_name(a), reg.short_name(b));
    let g = reg.group(&format!("the {name}"), party);
    if reg.entities[g].about.is_none() {
        reg.entities[g].about = Some(led_by);
    }
    Some(g)
}

/// The entity joined by "and" to the latest mention of `e` before token `at` in the last
/// two sentences ("France and the UK" → France, for the UK).
fn conjunct_before(t: &Tokens, reg: &Registry, e: usize, at: usize, s: usize) -> Option<usize> {
    let pos = reg.mentions.partition_point(|m| m.tok < at);
    let before = &reg.mentions[..pos];
    let k = before
        .iter()
        .rposition(|m| m.entity == e && m.sentence + 2 >= s && m.sentence <= s)?;
    let m = before[k];
    let mut j = m.tok;
    while j > 0 && matches!(t.s(j - 1), "the" | "The") {
        j -= 1;
    }
    if j > 0 && t.is(j - 1, "and") {
        let prev = before[..k].last()?;
        return (prev.sentence == m.sentence && prev.entity != e && prev.tok + 4 >= j - 1)
            .then_some(prev.entity);
    }
    // "France and the UK": France was found; the UK joins it.
    let next = before.get(k + 1)?;
    let between = m.tok + 1..next.tok;
    let joined = next.sentence == m.sentence
        && next.entity != e
        && between.len() <= 4
        && between.clone().any(|i| t.is(i, "and"))
        && between
            .clone()
            .all(|i| t.is(i, "and") || t.is(i, "the") || t.is_word(i));
    joined.then_some(next.entity)
}

/// Token range of the subject of the verb at `v`: the phrase right before it, or through
/// an apposition either way round ("Lavrov, Russia's foreign minister, said"; "the head of
/// the league, Jamel Msallem, said") or a relative clause ("Stubb, who …, said").
fn subject_range(t: &Tokens, v: usize, a: usize) -> Option<(usize, usize)> {
    let e = skip_between(t, v, a);
    if let Some(r) = np_before(t, e, a) {
        return Some(r);
    }
    if e > a && t.is_punct(e - 1, ",") {
        // "Westmacott, who will retire after serving in Iran, Turkey and France, praised":
        // commas inside the relative clause are not the apposition's; the speaker is the
        // phrase before ", who".
        let who = (e.saturating_sub(32).max(a + 1)..e - 1)
            .find(|&k| t.is(k, "who") && t.is_punct(k - 1, ","));
        if let Some(k) = who {
            if let Some(r) = np_before(t, k - 1, a) {
                return Some(r);
            }
        }
        let c0 = (e.saturating_sub(24).max(a)..e - 1)
            .rev()
            .find(|&k| t.is_punct(k, ","))?;
        // A name in the commas is the speaker; the phrase before it is its role.
        let enclosed = c0 + 1..e - 1;
        if !enclosed.is_empty()
            && (t.s(c0 + 1).starts_with(char::is_uppercase)
                || (t.is(c0 + 1, "the") && t.s(c0 + 2).starts_with(char::is_uppercase)))
            && !t.is(c0 + 1, "who")
        {
            if let Some(np) = phrase::parse(t, c0 + 1, e - 1, a) {
                // "Steve Cohen, Democrat of Tennessee, said": a party word is no name.
                // "The militant organisation, the Islamic State of Iraq and the Levant,
                // claimed": a named body in the commas speaks too.
                if let Head::Place(p) = np.head {
                    if p.kind == crate::extract::parties::lexicon::PlaceKind::Body {
                        return Some((c0 + 1, e - 1));
                    }
                }
                if let Head::Name {
                    org: false,
                    from,
                    to,
                } = np.head
                {
                    // "Scott Pruitt, the Republican attorney general of Oklahoma, said":
                    // a name after "of" is where the role is held, not the speaker.
                    let object_of =
                        from > c0 + 1 && matches!(t.s(from - 1), "of" | "for" | "in" | "at");
                    if (to - from >= 2 || !crate::extract::entities::words::is_role(t.s(from)))
                        && !object_of
                    {
                        return Some((c0 + 1, e - 1));
                    }
                }
            }
        }
        // "Anna Berg, 60, a doctor, said": past an age in commas.
        let age = |k: usize| k >= a + 2 && t.s(k - 1).chars().all(|c| c.is_ascii_digit());
        if age(c0) && t.is_punct(c0 - 2, ",") && np_before(t, c0, a).is_none() {
            return np_before(t, c0 - 2, a);
        }
        return np_before(t, c0, a);
    }
    None
}

/// The noun phrase ending at `end`, past a parenthesis ("Sen. Rand Paul (R-Ky.)") and past
/// a place it is in ("foreign ministers in Cairo denounced": the ministers speak, not Cairo).
fn np_before(t: &Tokens, end: usize, a: usize) -> Option<(usize, usize)> {
    if end > a + 1 && t.is_punct(end - 1, ")") {
        let open = (end.saturating_sub(10).max(a)..end - 1)
            .rev()
            .find(|&k| t.is_punct(k, "("))?;
        return phrase::ending_at(t, open, a);
    }
    let found = phrase::ending_at(t, end, a)?;
    let (f, _) = found;
    if f > a + 1 && matches!(t.s(f - 1), "in" | "at" | "from") {
        let place = phrase::parse(t, found.0, found.1, a)
            .is_some_and(|np| matches!(np.head, Head::Place(_)));
        if place {
            if let Some(head) = phrase::ending_at(t, f - 1, a) {
                let people = phrase::parse(t, head.0, head.1, a)
                    .is_some_and(|np| matches!(np.head, Head::Collective | Head::Name { .. }));
                if people {
                    return Some(head);
                }
            }
        }
        // "A passenger in Leeds revealed": someone the text does not name, not Leeds.
        let k = f - 2;
        if t.is_word(k) && t.s(k).starts_with(char::is_lowercase) && !is_pronoun(t.s(k)) {
            return None;
        }
    }
    Some(found)
}

/// Reported speech or a stance at cue `v` in sentence `s` = tokens [a, b).
#[allow(clippy::too_many_arguments)]
fn reported(
    t: &Tokens,
    reg: &mut Registry,
    spans: &[QuoteSpan],
    (a, b): (usize, usize),
    s: usize,
    v: usize,
    cue: Cue,
    done: &[Attribution],
) -> Vec<Attribution> {
    let mut out = Vec::new();
    let prev = |k: usize| (k > a).then(|| t.s(k - 1).to_lowercase());
    // "people believed to have been involved", "is said to": not a statement.
    if cue.form == Form::Past && cue.len == 1 && t.is(v + 1, "to") && !cue.object {
        return out;
    }
    if let Some(p) = prev(v) {
        if p == "to" || NEGATION.contains(&p.as_str()) {
            return out;
        }
        // "was urged" is passive; "is urging" is the progressive of a statement.
        if PASSIVE.contains(&p.as_str()) && cue.len == 1 && cue.form != Form::Gerund {
            return out;
        }
        if v >= a + 2
            && NEGATION.contains(&t.s(v - 2).to_lowercase().as_str())
            && BETWEEN.iter().any(|w| t.is(v - 1, w))
        {
            return out;
        }
    }
    // "X said, “…”": the direct-quote path attributes it.
    let mut k = v + cue.len;
    while k < b && (t.is_punct(k, ",") || t.is_punct(k, ":")) {
        k += 1;
    }
    if k < b && t.toks[k].kind == TokKind::Open && cue.base != "call" {
        let full = spans.iter().find(|q| q.open == k).is_some_and(|q| {
            t.text[q.inner(t).0..].starts_with(char::is_uppercase) || !q.closed || q.close + 2 >= b
        });
        if full {
            return out;
        }
    }
    let end = content_end(t, a, b, v);
    if cue.base == "according to" {
        return according_to(t, reg, (a, b), s, v, end);
    }
    // Participle after a comma: "…, saying that …" speaks for the clause's subject.
    // "X admitted that …, but said …": the second verb shares the first one's subject.
    let e0 = skip_between(t, v, a);
    let coordinated = e0 > a && (t.is(e0 - 1, "and") || t.is(e0 - 1, "but"));
    let progressive = cue.form == Form::Gerund
        && (e0..v).any(|k| matches!(t.s(k), "is" | "are" | "was" | "were"));
    let speakers: Vec<usize> = if (cue.form == Form::Gerund && !progressive) || coordinated {
        if !(coordinated || v > a && t.is_punct(v - 1, ",")) {
            return out;
        }
        match done.iter().rev().find(|x| x.sentences.contains(&s)) {
            Some(x) => vec![x.speaker],
            None => reg
                .mentions
                .iter()
                .find(|m| m.sentence == s && m.subject)
                .map(|m| m.entity)
                .into_iter()
                .collect(),
        }
    } else {
        subject(t, reg, v, a, s)
    };
    let np_start = subject_range(t, v, a).map_or(skip_between(t, v, a), |r| r.0);
    // "the teenager told Leo Marsh she wanted her parents dead": "she wanted" is part of
    // what was told, not a stance of whoever "she" would resolve to.
    let pronoun_subject = e0 == np_start + 1 && is_pronoun(&lower(t.s(np_start)));
    if pronoun_subject
        && (a..np_start).rev().take_while(|&k| t.is_word(k)).any(|k| {
            cues::at(t, k, b).is_some_and(|c| c.class == Class::Speech && c.form != Form::Gerund)
        })
    {
        return out;
    }
    // "Trump will say", "the endorsements may highlight": nothing has been said yet.
    if cue.form == Form::Base
        && cue.class == Class::Speech
        && (e0..v).any(|k| MODALS.contains(&t.s(k)))
    {
        return out;
    }
    // "rated 32% of Republican claims as “false”", "Clinton’s comments Tuesday came …": a
    // noun, not a verb.
    if matches!(cue.form, Form::Base | Form::Third)
        && NOUN_TOO.contains(&cue.base)
        && ((v > a && crate::extract::parties::lexicon::strip_possessive(t.s(v - 1)).1)
            || np_start > a && PREPOSITIONS.contains(&lower(t.s(np_start - 1)).as_ref())
            || (e0 == np_start + 1 && is_capitalised(t.s(np_start)) && {
                let w = t.s(np_start);
                w.ends_with("an") || w.ends_with("ic") || w.ends_with("al")
            }))
    {
        return out;
    }
    if cue.form == Form::Base {
        // "Officials say", "Police say", "Mr. Grassley and Mr. Leahy say": the subject is
        // plural whatever its head parses as (a capitalised first word reads as a name).
        let plural = phrase::ending_at(t, skip_between(t, v, a), a)
            .and_then(|(f, to)| phrase::parse(t, f, to, a).map(|np| (np, f, to)))
            .is_some_and(|(np, f, to)| {
                let last = lower(t.s(to - 1));
                let plural_word = words::is_collective(&last)
                    || phrase::is_plural_noun(&last)
                    || last == "police";
                let joined = (f..to).any(|k| t.is(k, "and"));
                match np.head {
                    Head::Collective | Head::Source => true,
                    Head::Pronoun(p) => matches!(p.as_str(), "they" | "we" | "i" | "you"),
                    Head::Place(p) => {
                        p.kind == crate::extract::parties::lexicon::PlaceKind::Demonym
                    }
                    Head::Name { .. } => joined || words::is_collective(&last) || last == "police",
                    _ => plural_word,
                }
            });
        if !plural && speakers.len() < 2 {
            return out;
        }
    }
    // Inverted: "…, said X." / "…, X said."
    let mut speakers = speakers;
    let mut content = None;
    let after = v + cue.len;
    let clause_ends_here = after >= end || t.is_punct(after, ",") || is_time_tail(t, after, end);
    if speakers.is_empty() && v > a && t.is_punct(v - 1, ",") && SAYS.contains(&cue.base) {
        let np_end = forward_np_end(t, after, end);
        // "X, 60, a doctor, said she was elated": a clause after the verb, not its speaker.
        let clause = (after..np_end).any(|k| PASSIVE.contains(&t.s(k)))
            || (np_end > after + 1 && is_pronoun(t.s(after)));
        if let Some(np) = phrase::parse(t, after, np_end, a).filter(|_| !clause) {
            if let Some(x) = reg.resolve(t, &np, after, s) {
                speakers.push(x);
                content = Some((a, v - 1));
            }
        }
    } else if !speakers.is_empty() && clause_ends_here && np_start > a + 2 {
        // "…, experts say." / "…, labor-policy experts say, …": the words before the
        // comma are what was said (a modifier or two may precede the speaker's noun).
        let comma = (np_start.saturating_sub(3).max(a + 2)..np_start)
            .rev()
            .find(|&k| t.is_punct(k, ","))
            .filter(|&k| (k + 1..np_start).all(|i| t.is_word(i)));
        if let Some(k) = comma {
            // "Six months ago, the senator said, the media considered him a fringe
            // candidate": a short opening before a mid-sentence tag is not what was said.
            let words_before = (a..k).filter(|&i| t.is_word(i)).count();
            if words_before < 5 && t.is_punct(after, ",") && after + 3 < end {
                content = Some((after + 1, end));
            } else {
                content = Some((a, k));
            }
        }
    }
    if speakers.is_empty() {
        return out;
    }
    // Polls show, studies find: only documents and media report with these verbs.
    if matches!(cue.base, "show" | "find" | "learn")
        && speakers
            .iter()
            .any(|&x| reg.entities[x].kind != Kind::Source)
    {
        return out;
    }
    // "if Putin resists compromise": a condition, not a stance.
    if np_start > a && SUBORDINATORS.iter().any(|w| t.is(np_start - 1, w)) {
        return out;
    }
    // "a path to citizenship, which liberals and moderate Republicans champion": the
    // verb's object is what came before; the line "Republicans champion" says nothing.
    // "not as many people signed up": the line would say the opposite.
    let before: Vec<String> = (np_start.saturating_sub(6).max(a)..np_start)
        .rev()
        .take_while(|&k| t.is_word(k))
        .map(|k| lower(t.s(k)).into_owned())
        .collect();
    // ("in which Turkey and Libya agreed on …" has a clause of its own.)
    let relative = before.iter().enumerate().any(|(i, w)| {
        (w == "which" || w == "whom")
            && before
                .get(i + 1)
                .is_none_or(|p| !PREPOSITIONS.contains(&p.as_str()))
    });
    let denied = before.iter().take(3).any(|w| {
        matches!(
            w.as_str(),
            "not" | "no" | "few" | "fewer" | "nor" | "neither"
        )
    });
    if relative || denied {
        return out;
    }
    // "Zelensky and European leaders continue to back …": the line shows both.
    let cue_start = if speakers.len() > 1 {
        let first = phrase::ending_at(t, np_start.saturating_sub(1), a).map_or(np_start, |r| r.0);
        t.toks[first.min(v)].start
    } else if progressive {
        // The line keeps the auxiliary: "France is drawing up plans …".
        let aux = (e0..v)
            .find(|&k| matches!(t.s(k), "is" | "are" | "was" | "were"))
            .unwrap_or(v);
        t.toks[aux].start
    } else {
        t.toks[v].start
    };
    let stance_cue =
        cue.class == Class::Stance || (cue.base == "insist" && cue.form == Form::Third);
    // "Stubb also expressed mistrust.": an attitude with nothing said after it.
    let bare_attitude =
        cue.base == "express" && content.is_none() && complement_start(t, after, end, cue) >= end;
    let clause = (t.toks[np_start.min(v)].start, t.toks[end - 1].end);
    let stances = |speakers: Vec<usize>| -> Vec<Attribution> {
        speakers
            .into_iter()
            .map(|sp| Attribution {
                speaker: sp,
                kind: PositionKind::Stance,
                content: None,
                quote: None,
                clause,
                sentences: vec![s],
                cue: cue.base,
                cue_start,
                pieces: Vec::new(),
            })
            .collect()
    };
    if stance_cue || bare_attitude {
        return stances(speakers);
    }
    let (cf, mut ct) = match content {
        Some(c) => c,
        None => (complement_start(t, after, end, cue), end),
    };
    // "defended his decision, “As I have stated …”": the quotation is its own position.
    if let Some(q) = spans.iter().find(|q| {
        q.open > cf && q.open < ct && (t.is_punct(q.open - 1, ",") || t.is_punct(q.open - 1, ":"))
    }) {
        ct = q.open - 1;
    }
    if ct <= cf || ct - cf < 2 || !(cf..ct).any(|k| t.is_word(k)) {
        return out;
    }
    // "reported that, in a phone call, …": past "that", a setting opens what was said.
    let after_that = content.is_none() && (after..cf).any(|k| t.is(k, "that"));
    // "testified before the committee on Thursday", "spoke at a news conference": a short
    // phrase of place or time is where it was said, not what.
    if content.is_none()
        && !after_that
        && ct - cf <= 6
        && matches!(
            t.s(cf),
            "before" | "at" | "in" | "on" | "during" | "after" | "with" | "by"
        )
        && !(cf..ct).any(|k| t.toks[k].kind == TokKind::Open)
    {
        return out;
    }
    // "said in an interview": a setting, not what was said.
    if content.is_none()
        && !after_that
        && matches!(
            cue.base,
            "say"
                | "tell"
                | "add"
                | "write"
                | "note"
                | "state"
                | "explain"
                | "report"
                | "tweet"
                | "speak"
        )
        && PREPOSITIONS.iter().any(|w| t.is(cf, w))
        // "told lawmakers this includes …": "this"/"last" set a time only before a day word.
        && !(matches!(t.s(cf), "this" | "last")
            && !(cf + 1 < ct && DAYS.contains(&t.s(cf + 1).to_lowercase().as_str())))
        && !(cue.base == "speak" && (t.is(cf, "about") || t.is(cf, "of")))
    {
        return out;
    }
    // A reported clause that is wholly a quotation belongs to the direct-quote path.
    // "X said that “…”" is left to this path: the quote there is the reported clause.
    if t.toks[cf].kind == TokKind::Open
        && !(cf > after && t.is(cf - 1, "that"))
        && spans.iter().any(|q| q.open == cf && q.close + 1 >= ct)
    {
        return out;
    }
    let bytes = (t.toks[cf].start, t.toks[ct - 1].end);
    let quote = spans
        .iter()
        .filter(|q| q.open >= cf && q.close < ct && q.closed)
        .map(|q| q.inner(t))
        .find(|&(x, y)| y > x);
    if quote.is_none() {
        // Reported content must read on its own. "fighters which, the statement said, …":
        // cut before the tag, it ends mid-clause.
        if matches!(
            t.s(ct - 1),
            "which" | "that" | "who" | "whom" | "and" | "but" | "or" | "the" | "a" | "of"
        ) {
            return out;
        }
        // "fires, which state media said were under control": what was said lacks its
        // subject. In "agreed on a line … that would make …" the "that" was a relative
        // pronoun: the clause stays, as a described stance.
        if crate::extract::words::is_auxiliary(t.s(cf)) {
            return if cf > 0 && t.s(cf - 1) == "that" {
                stances(speakers)
            } else {
                out
            };
        }
    }
    for sp in speakers {
        out.push(Attribution {
            speaker: sp,
            kind: if quote.is_some() {
                PositionKind::Quote
            } else {
                PositionKind::Reported
            },
            content: Some(bytes),
            quote,
            clause,
            sentences: vec![s],
            cue: cue.base,
            cue_start,
            pieces: Vec::new(),
        });
    }
    out
}

/// "on Tuesday", "in an interview", "last week": a time or setting after the verb.
fn is_time_tail(t: &Tokens, k: usize, end: usize) -> bool {
    k < end
        && matches!(
            t.s(k),
            "on" | "in" | "at" | "last" | "late" | "earlier" | "yesterday" | "today" | "during"
        )
        && !(k..end).any(|i| t.is(i, "that"))
        && (k..end).all(|i| t.toks[i].kind != TokKind::Open)
        && end - k <= 6
}

/// Where the said content starts after a cue: past an object ("told Trump"), "that", or a
/// setting ("said on Tuesday that").
fn complement_start(t: &Tokens, after: usize, end: usize, cue: Cue) -> usize {
    let mut c = skip_setting(t, after, end);
    while c < end && (t.is_punct(c, ",") || t.is_punct(c, ":")) {
        c += 1;
    }
    // "told reporters that …"; but in "said the coverage would resemble that of …" the
    // "that" is a pronoun inside the content.
    let reach = if cue.object { 5 } else { 1 };
    if let Some(that) = (c..end.min(c + reach)).find(|&k| t.is(k, "that")) {
        if (c..that).all(|k| t.is_word(k)) {
            // "reported that, in a phone call, …": the content starts past the comma.
            let mut k = that + 1;
            while k < end && t.is_punct(k, ",") {
                k += 1;
            }
            return k;
        }
    }
    if cue.object && c < end && !matches!(cue.base, "urge" | "call on" | "call") {
        let the_name = t.s(c) == "the" && c + 1 < end && t.s(c + 1).starts_with(char::is_uppercase);
        if is_pronoun(t.s(c)) || t.s(c).starts_with(char::is_uppercase) || the_name {
            c += 1;
            while c < end && t.is_word(c) && t.s(c).starts_with(char::is_uppercase) {
                c += 1;
            }
            // "told the Daily Courier's weekly podcast series it is clear …": the object
            // goes on after a possessive, up to the clause.
            let possessive =
                c > 0 && crate::extract::parties::lexicon::strip_possessive(t.s(c - 1)).1;
            if possessive {
                if let Some(k) = (c..end.min(c + 6)).find(|&k| {
                    matches!(
                        t.s(k),
                        "it" | "he" | "she" | "they" | "we" | "i" | "the" | "that" | "there" | "a"
                    )
                }) {
                    if (c..k).all(|i| t.is_word(i) && !t.s(i).starts_with(char::is_uppercase)) {
                        c = if t.is(k, "that") { k + 1 } else { k };
                    }
                }
            }
        } else if matches!(
            t.s(c),
            "reporters" | "journalists" | "lawmakers" | "parliament"
        ) {
            c += 1;
        } else if t.s(c) == "the"
            && matches!(
                t.s(c + 1),
                "newspaper"
                    | "paper"
                    | "magazine"
                    | "station"
                    | "broadcaster"
                    | "committee"
                    | "court"
                    | "panel"
                    | "audience"
                    | "crowd"
            )
        {
            // "told the newspaper Garcia booted Barrientos out": the object, then the clause.
            c += 2;
        }
    }
    c
}

const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
];

/// Past a time or setting right after a verb: "said on Friday", "said last week",
/// "said in an interview with X," — to where the said content starts.
fn skip_setting(t: &Tokens, mut c: usize, end: usize) -> usize {
    loop {
        let w = if c < end {
            t.s(c).to_lowercase()
        } else {
            return c;
        };
        let next_is_day = c + 1 < end && DAYS.contains(&t.s(c + 1).to_lowercase().as_str());
        if matches!(
            w.as_str(),
            "yesterday"
                | "today"
                | "tonight"
                | "recently"
                | "earlier"
                | "later"
                | "again"
                | "repeatedly"
                | "publicly"
                | "privately"
                | "previously"
                | "also"
        ) || DAYS.contains(&w.as_str())
        {
            c += 1;
        } else if matches!(w.as_str(), "on" | "last" | "this" | "late" | "early") && next_is_day {
            c += 2;
        } else if matches!(
            w.as_str(),
            "in" | "during" | "at" | "via" | "through" | "on"
        ) && c + 1 < end
            && matches!(
                t.s(c + 1),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "Twitter"
                    | "Facebook"
                    | "television"
                    | "radio"
            )
        {
            // "in an interview with CNN," / "on Twitter": up to the comma, or a short phrase.
            match (c + 1..end.min(c + 12)).find(|&k| t.is_punct(k, ",") || t.is(k, "that")) {
                Some(k) => c = k + usize::from(t.is_punct(k, ",")),
                None => return c,
            }
        } else {
            return c;
        }
    }
}

/// The end of the clause a cue governs: the sentence end, a semicolon, or a contrast.
fn content_end(t: &Tokens, a: usize, b: usize, v: usize) -> usize {
    let mut end = b;
    for k in v + 1..b {
        if t.is_punct(k, ";") {
            end = k;
            break;
        }
        if t.is_punct(k, ",")
            && k + 1 < b
            && matches!(
                t.s(k + 1),
                "but" | "though" | "although" | "while" | "whereas"
            )
        {
            end = k;
            break;
        }
        if t.is_punct(k, ",") && k + 1 < b && t.is(k + 1, "according") {
            end = k;
            break;
        }
        // "…, telling Stephanopoulos that …" / "… but added …": another statement begins.
        let next_cue = |i: usize| {
            cues::at(t, i, b).is_some_and(|c| c.class == Class::Speech && c.base != "according to")
        };
        if (t.is_punct(k, ",") || t.is(k, "and") || t.is(k, "but")) && k + 1 < b && next_cue(k + 1)
        {
            end = k;
            break;
        }
    }
    while end > a
        && end > v + 1
        && t.toks[end - 1].kind == TokKind::Punct
        && matches!(t.s(end - 1), "." | "," | ":" | "!" | "?" | "…")
    {
        end -= 1;
    }
    end
}

fn according_to(
    t: &Tokens,
    reg: &mut Registry,
    (a, b): (usize, usize),
    s: usize,
    v: usize,
    end: usize,
) -> Vec<Attribution> {
    let np_from = v + 2;
    let np_end = (np_from..b)
        .find(|&k| t.toks[k].kind != TokKind::Word)
        .unwrap_or(b);
    let np_end = np_end.min(np_from + 10);
    // "a statement released by Erdogan's office": the office's holder speaks.
    let by = (np_from..np_end).find(|&k| t.is(k, "by"));
    let parsed = by
        .and_then(|k| {
            let poss = (k + 1..np_end)
                .find(|&i| crate::extract::parties::lexicon::strip_possessive(t.s(i)).1);
            phrase::parse(t, k + 1, poss.map_or(np_end, |p| p + 1), a)
        })
        .filter(|np| matches!(np.head, Head::Name { .. } | Head::Place(_)));
    let Some(np) = parsed.or_else(|| phrase::parse(t, np_from, np_end, a)) else {
        return Vec::new();
    };
    let Some(sp) = reg.resolve(t, &np, np_from, s) else {
        return Vec::new();
    };
    let own_cue = |r: (usize, usize)| {
        (r.0..r.1).any(|k| cues::at(t, k, r.1).is_some_and(|c| c.class == Class::Speech))
    };
    let range = if t.is_punct(np_end, ",") && np_end + 1 < end && !own_cue((np_end + 1, b)) {
        (np_end + 1, end)
    } else if v > a + 1 && t.is_punct(v - 1, ",") {
        (a, v - 1)
    } else {
        return Vec::new();
    };
    if range.1 <= range.0 {
        return Vec::new();
    }
    let bytes = (t.toks[range.0].start, t.toks[range.1 - 1].end);
    vec![Attribution {
        speaker: sp,
        kind: PositionKind::Reported,
        content: Some(bytes),
        quote: None,
        clause: bytes,
        sentences: vec![s],
        cue: "according to",
        cue_start: bytes.0,
        pieces: Vec::new(),
    }]
}
