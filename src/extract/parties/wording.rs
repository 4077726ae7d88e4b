//! The short line shown for a position: "Lavrov: any summit must begin with …".

const MAX_CHARS: usize = 220;

/// "Speaker: content", cut at a word boundary when long.
pub fn line(speaker: &str, content: &str) -> String {
    let content = content.trim().trim_end_matches(['.', ',', ';', ':']);
    let mut c = content.to_string();
    if let Some(first) = c.chars().next() {
        // Lowercase a sentence-initial capital unless the first word is a name or acronym.
        let first_word = c.split(' ').next().unwrap_or("");
        let common = matches!(
            first_word,
            "The"
                | "A"
                | "An"
                | "It"
                | "This"
                | "That"
                | "There"
                | "We"
                | "They"
                | "He"
                | "She"
                | "Any"
                | "All"
                | "No"
                | "Such"
                | "Our"
                | "Their"
                | "His"
                | "Her"
                | "If"
                | "In"
        );
        if first.is_uppercase() && common && first_word != "I" {
            c = first.to_lowercase().collect::<String>() + &c[first.len_utf8()..];
        }
    }
    capitalise(format!("{speaker}: {}", shorten(&c)))
}

/// Verbs whose content reads well after "Speaker:"; other verbs keep their verb
/// ("Trump ruled out sending American soldiers").
pub fn says(cue: &str) -> bool {
    matches!(
        cue,
        "say"
            | "tell"
            | "add"
            | "write"
            | "continue"
            | "according to"
            | "state"
            | "declare"
            | "explain"
            | "tweet"
            | "report"
            | "reply"
            | "respond"
    )
}

/// A line made of the speaker and the clause from its verb on, or the clause as written
/// with its leading pronoun replaced by the speaker's name.
pub fn stance(speaker: &str, clause: &str) -> String {
    let clause = clause.trim().trim_end_matches(['.', ',', ';', ':']);
    let first = clause.split(' ').next().unwrap_or("");
    if first.starts_with(char::is_lowercase) {
        return capitalise(shorten(&format!("{speaker} {clause}")));
    }
    let mut words = clause.splitn(2, ' ');
    let first = words.next().unwrap_or("");
    let rest = words.next().unwrap_or("");
    let pronoun = matches!(
        first,
        "He" | "She" | "They" | "he" | "she" | "they" | "It" | "it"
    );
    let text = if pronoun {
        let plural_pronoun = matches!(first, "They" | "they");
        let singular_speaker = !speaker.ends_with('s') && !speaker.contains(" and ");
        if plural_pronoun && singular_speaker {
            format!("{speaker} {}", agree_singular(rest))
        } else {
            format!("{speaker} {rest}")
        }
    } else {
        clause.to_string()
    };
    capitalise(shorten(&text))
}

/// "They aim to …" said of Downing Street reads "Downing Street aims to …": the verb after
/// the replaced "they" agrees with its new, singular subject. Past and modal verbs stay.
fn agree_singular(rest: &str) -> String {
    const ADVERBS: &[&str] = &[
        "also", "still", "now", "often", "already", "never", "always",
    ];
    let mut words: Vec<String> = rest.split(' ').map(str::to_string).collect();
    let Some(k) = words.iter().position(|w| !ADVERBS.contains(&w.as_str())) else {
        return rest.to_string();
    };
    let w = words[k].as_str();
    let agreed = match w {
        "are" => "is".to_string(),
        "have" => "has".to_string(),
        "were" => "was".to_string(),
        "do" => "does".to_string(),
        "don’t" | "don't" => w.replacen("do", "does", 1),
        _ if !w.chars().all(|c| c.is_ascii_lowercase())
            || w.ends_with("ed")
            || matches!(
                w,
                "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "had"
                    | "did"
                    | "was"
                    | "is"
                    | "has"
            ) =>
        {
            return rest.to_string();
        }
        _ if w.ends_with(['s', 'x', 'z', 'o']) || w.ends_with("sh") || w.ends_with("ch") => {
            format!("{w}es")
        }
        _ if w.len() > 2
            && w.ends_with('y')
            && !matches!(w.as_bytes()[w.len() - 2], b'a' | b'e' | b'o' | b'u') =>
        {
            format!("{}ies", &w[..w.len() - 1])
        }
        _ => format!("{w}s"),
    };
    words[k] = agreed;
    words.join(" ")
}

/// The clause as written, when it already names its speakers ("the United States and its
/// allies will seek new sanctions").
pub fn as_written(clause: &str) -> String {
    capitalise(shorten(
        clause.trim().trim_end_matches(['.', ',', ';', ':']),
    ))
}

/// A line in a list reads as a sentence: "The Kremlin downplayed …", even when the speaker
/// is written "the Kremlin" mid-sentence. Only the shown line changes, never `content`.
fn capitalise(line: String) -> String {
    match line.chars().next() {
        Some(first) if first.is_lowercase() => {
            first.to_uppercase().collect::<String>() + &line[first.len_utf8()..]
        }
        _ => line,
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= MAX_CHARS {
        return s.to_string();
    }
    let mut out = String::new();
    for w in s.split(' ') {
        if out.chars().count() + w.chars().count() + 1 > MAX_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_after_a_replaced_they_agrees_with_a_singular_speaker() {
        // "They aim to finalise …" of Downing Street read "Downing Street aim to finalise".
        assert_eq!(
            stance("Downing Street", "They aim to finalise guarantees."),
            "Downing Street aims to finalise guarantees"
        );
        assert_eq!(
            stance("The council", "They also are drawing up plans"),
            "The council also is drawing up plans"
        );
        assert_eq!(
            stance("The council", "They will vote"),
            "The council will vote"
        );
        assert_eq!(
            stance("Europeans", "They hope to win"),
            "Europeans hope to win"
        );
        assert_eq!(
            stance("The envoy", "They try again"),
            "The envoy tries again"
        );
    }

    #[test]
    fn a_speaker_written_in_lowercase_still_opens_a_capitalised_line() {
        assert_eq!(
            stance("the Kremlin", "downplayed the possibility of a summit"),
            "The Kremlin downplayed the possibility of a summit"
        );
        assert_eq!(
            line("the Kremlin", "talks are possible"),
            "The Kremlin: talks are possible"
        );
    }

    #[test]
    fn lines_name_the_speaker() {
        assert_eq!(
            line("Lavrov", "any summit must begin with expert-level talks."),
            "Lavrov: any summit must begin with expert-level talks"
        );
        assert_eq!(stance("Putin", "He insists on it."), "Putin insists on it");
        assert_eq!(stance("Putin", "insists on it."), "Putin insists on it");
    }
}
