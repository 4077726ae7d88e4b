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
        format!("{speaker} {rest}")
    } else {
        clause.to_string()
    };
    capitalise(shorten(&text))
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
