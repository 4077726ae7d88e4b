//! Brief → Markdown: the one source of truth every other format is rendered from.
//!
//! The output is CommonMark that reads well as plain text. Text taken from the article is
//! escaped ([`escape`]) so that Markdown or HTML characters in a quote come back out of a
//! Markdown parser exactly as written, and never turn into markup.

use std::collections::BTreeSet;
use std::fmt::Write;

use chrono::NaiveDate;

use crate::brief::{Brief, Item, Party, Position, PositionKind, Precision, TimelineEvent};

use super::refs;

/// The heading of the Sources section; the HTML and PDF renderers look for it.
pub const SOURCES_HEADING: &str = "Sources";

pub fn render(brief: &Brief) -> String {
    let mut out = String::new();
    let title = brief.title.trim();
    let title = if title.is_empty() {
        "Untitled article"
    } else {
        title
    };
    let _ = writeln!(out, "# {}\n", escape(title));
    let _ = writeln!(out, "*{}*\n", metadata_line(brief));

    if !brief.bottom_line.text.trim().is_empty() {
        let _ = writeln!(
            out,
            "**Bottom line:** {}{}\n",
            escape(&brief.bottom_line.text),
            refs::suffix(&brief.bottom_line.sources)
        );
    }
    key_points(&mut out, &brief.key_points);
    positions(&mut out, &brief.parties);
    open_questions(&mut out, &brief.open_questions);
    timeline(&mut out, &brief.timeline);
    sources(&mut out, brief);
    out
}

/// `Site · 8 October 2019 · By Jane Doe · generated 26 November 2026`
fn metadata_line(brief: &Brief) -> String {
    let mut parts = Vec::new();
    if let Some(site) = nonempty(&brief.source.site) {
        parts.push(escape(site));
    }
    if let Some(date) = brief.source.published {
        parts.push(long_date(date));
    }
    if let Some(byline) = nonempty(&brief.source.byline) {
        parts.push(escape(byline));
    }
    parts.push(format!(
        "generated {}",
        long_date(brief.generated_at.date_naive())
    ));
    parts.join(" · ")
}

fn key_points(out: &mut String, items: &[Item]) {
    let items: Vec<&Item> = items.iter().filter(|i| !i.text.trim().is_empty()).collect();
    if items.is_empty() {
        return;
    }
    out.push_str("## Key points\n\n");
    for item in items {
        let _ = writeln!(
            out,
            "- {}{}",
            escape(&item.text),
            refs::suffix(&item.sources)
        );
    }
    out.push('\n');
}

fn positions(out: &mut String, parties: &[Party]) {
    let parties: Vec<&Party> = parties
        .iter()
        .filter(|p| !p.positions.is_empty() || !p.actors.is_empty())
        .filter(|p| !p.name.trim().is_empty())
        .collect();
    if parties.is_empty() {
        return;
    }
    out.push_str("## Positions\n\n");
    for party in parties {
        let _ = writeln!(out, "### {}\n", party_heading(party));
        for position in &party.positions {
            let line = position_line(position, party.actors.len() > 1);
            if line.is_empty() {
                continue;
            }
            let _ = writeln!(out, "- {}{}", line, refs::suffix(&position.sources));
        }
        if !party.positions.is_empty() {
            out.push('\n');
        }
    }
}

/// `United States — Donald Trump (President), Marco Rubio (Secretary of State)`; the
/// actors are left out when the only one is the party itself.
fn party_heading(party: &Party) -> String {
    let party_name = party.name.trim();
    // A party that is one person: `Sergei Lavrov (Foreign Minister)`.
    let own_role = party
        .actors
        .iter()
        .find(|a| a.name.trim().eq_ignore_ascii_case(party_name))
        .and_then(|a| nonempty(&a.role));
    let actors: Vec<String> = party
        .actors
        .iter()
        .filter(|a| !a.name.trim().is_empty() && !a.name.trim().eq_ignore_ascii_case(party_name))
        .map(|a| match nonempty(&a.role) {
            Some(role) => format!(
                "{} ({})",
                escape(a.name.trim()),
                escape(&heading_role(role))
            ),
            None => escape(a.name.trim()),
        })
        .collect();
    let mut heading = escape(party_name);
    if let Some(role) = own_role {
        heading = format!("{heading} ({})", escape(&heading_role(role)));
    }
    if !actors.is_empty() {
        heading = format!("{heading} — {}", actors.join(", "));
    }
    heading
}

/// A role as a heading shows it: a long description ("who has never faced a competitive
/// race in 24 years …") is cut at a word, whole in the brief's data.
fn heading_role(role: &str) -> String {
    const MAX_CHARS: usize = 90;
    if role.chars().count() <= MAX_CHARS {
        return role.to_string();
    }
    let mut out = String::new();
    for w in role.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > MAX_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    format!("{}…", out.trim_end_matches([',', ';', ' ']))
}

/// Whether `text` already names `speaker` (in full, or by a surname or other name part).
fn mentions(text: &str, speaker: &str) -> bool {
    // "Foreign ministers concluded …" names the speaker "foreign ministers".
    if text.contains(speaker) || text.to_lowercase().contains(&speaker.to_lowercase()) {
        return true;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .collect();
    speaker
        .split_whitespace()
        .filter(|part| {
            part.chars().count() >= 3 && part.chars().next().is_some_and(char::is_uppercase)
        })
        .any(|part| words.contains(&part))
}

/// A quotation is shown in quotation marks with its speaker: `“…” — Speaker`. Other
/// positions show their line, prefixed with the speaker when the party has several actors
/// and the line does not already name them.
fn position_line(position: &Position, several_actors: bool) -> String {
    let text = position.text.trim();
    let speaker = nonempty(&position.speaker);
    let quote = nonempty(&position.quote);
    if position.kind == PositionKind::Quote {
        if let Some(quote) = quote {
            let (body, named) = if text.contains(quote) {
                (escape(text), speaker.is_some_and(|s| mentions(text, s)))
            } else {
                (
                    format!("“{}”", escape(quote.trim_matches(is_quote_mark))),
                    false,
                )
            };
            return match speaker {
                Some(s) if !named => format!("{body} — {}", escape(s)),
                _ => body,
            };
        }
    }
    if text.is_empty() {
        return String::new();
    }
    match speaker {
        Some(s) if several_actors && !mentions(text, s) => {
            format!("{}: {}", escape(s), escape(text))
        }
        _ => escape(text),
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’') || c.is_whitespace()
}

fn open_questions(out: &mut String, items: &[Item]) {
    let items: Vec<&Item> = items.iter().filter(|i| !i.text.trim().is_empty()).collect();
    if items.is_empty() {
        return;
    }
    out.push_str("## Open questions\n\n");
    for (n, item) in items.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. {}{}",
            n + 1,
            escape(&item.text),
            refs::suffix(&item.sources)
        );
    }
    out.push('\n');
}

fn timeline(out: &mut String, events: &[TimelineEvent]) {
    let events: Vec<&TimelineEvent> = events
        .iter()
        .filter(|e| !e.text.trim().is_empty())
        .collect();
    if events.is_empty() {
        return;
    }
    out.push_str("## Timeline\n\n");
    for event in events {
        let upcoming = if event.upcoming { " (upcoming)" } else { "" };
        let _ = writeln!(
            out,
            "- **{}**{upcoming} — {}{}",
            escape(&when(event)),
            escape(&event.text),
            refs::suffix(&event.sources)
        );
    }
    out.push('\n');
}

/// The date at the precision known: `18 Aug 2025`, `week of 11 Aug 2025`, `Aug 2025`,
/// `2019`; the article's own words when it is vague or unresolved.
pub fn when(event: &TimelineEvent) -> String {
    let vague = || {
        let w = event.when.trim();
        if w.is_empty() {
            "undated".to_string()
        } else {
            w.to_string()
        }
    };
    match (event.date, event.precision) {
        (Some(d), Precision::Day) => d.format("%-d %b %Y").to_string(),
        (Some(d), Precision::Week) => format!("week of {}", d.format("%-d %b %Y")),
        (Some(d), Precision::Month) => d.format("%b %Y").to_string(),
        (Some(d), Precision::Year) => d.format("%Y").to_string(),
        (_, _) => vague(),
    }
}

/// Every cited sentence with its number, so a saved or printed brief can be checked without
/// the app; then where the article came from.
fn sources(out: &mut String, brief: &Brief) {
    let mut cited = BTreeSet::new();
    let mut cite = |sources: &[usize]| cited.extend(sources.iter().copied());
    cite(&brief.bottom_line.sources);
    brief.key_points.iter().for_each(|i| cite(&i.sources));
    brief
        .parties
        .iter()
        .flat_map(|p| &p.positions)
        .for_each(|p| cite(&p.sources));
    brief.open_questions.iter().for_each(|i| cite(&i.sources));
    brief.timeline.iter().for_each(|e| cite(&e.sources));

    let _ = writeln!(out, "## {SOURCES_HEADING}\n");
    let mut listed = false;
    for index in cited {
        let Some(sentence) = brief.sentences.get(index) else {
            continue;
        };
        let _ = writeln!(out, "- [s{}] {}", index + 1, escape(sentence.text.trim()));
        listed = true;
    }
    if listed {
        out.push('\n');
    }

    let title = brief.title.trim();
    let mut about = Vec::new();
    if !title.is_empty() {
        about.push(format!("*{}*", escape(title)));
    }
    if let Some(site) = nonempty(&brief.source.site) {
        about.push(escape(site));
    }
    if let Some(date) = brief.source.published {
        about.push(long_date(date));
    }
    if let Some(location) = nonempty(&brief.source.location) {
        about.push(location_markdown(location));
    }
    let mut note = String::new();
    if !about.is_empty() {
        let _ = write!(note, "{}. ", about.join(", "));
    }
    let _ = writeln!(
        note,
        "Generated automatically from the article by Briefing on {}; every item cites the \
         numbered article sentences it came from.",
        long_date(brief.generated_at.date_naive())
    );
    out.push_str(&note);
}

/// A web address becomes an autolink (clickable in HTML and PDF); anything else, such as a
/// file path, is plain text.
fn location_markdown(location: &str) -> String {
    let is_web = location.starts_with("https://") || location.starts_with("http://");
    let autolinkable = !location
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'));
    if is_web && autolinkable {
        format!("<{location}>")
    } else {
        escape(location)
    }
}

fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Escape article text for one line of Markdown: inline markup characters anywhere, block
/// markers at the start, and line breaks flattened, so a CommonMark parser gives back
/// exactly `text` (apart from the line breaks) as plain text.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.trim();
    let all: Vec<char> = flat.chars().collect();
    let mut chars = flat.char_indices().enumerate().peekable();
    while let Some((n, (i, c))) = chars.next() {
        let prev = n.checked_sub(1).and_then(|p| all.get(p)).copied();
        let next = all.get(n + 1).copied();
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // An underscore inside a word (snake_case, URLs) can never be emphasis.
            '_' if !(alnum(prev) && alnum(next)) => {
                out.push('\\');
                out.push(c);
            }
            // `&` only matters where it could start an entity (`&amp;`, `&#91;`).
            '&' if alnum(next) || next == Some('#') => {
                out.push('\\');
                out.push(c);
            }
            // Block markers only mean something at the start of the line.
            '-' | '+' | '=' | '>' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '0'..='9' if i == 0 => {
                // `1. ` / `1) ` would start an ordered list.
                let digits: String = flat.chars().take_while(|c| c.is_ascii_digit()).collect();
                out.push_str(&digits);
                for _ in 1..digits.len() {
                    chars.next();
                }
                if let Some(&(_, (_, next))) = chars.peek() {
                    if next == '.' || next == ')' {
                        out.push('\\');
                        out.push(next);
                        chars.next();
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod heading_tests {
    use super::heading_role;

    #[test]
    fn a_long_role_is_cut_in_the_heading() {
        let long = "who has never faced a competitive reelection race in 24 years in Congress \
                    or raised more than $525,000 for any of the campaigns he ran";
        let shown = heading_role(long);
        assert!(
            shown.ends_with('…') && shown.chars().count() <= 91,
            "{shown}"
        );
        assert_eq!(heading_role("Foreign Minister"), "Foreign Minister");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Parser};

    fn plain(markdown: &str) -> String {
        Parser::new(markdown)
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn escaped_text_round_trips_through_a_parser() {
        for text in [
            "*bold* and _under_ [link](x) `code` <b>tag</b> & &amp; # hash",
            "# not a heading",
            "1. not a list",
            "2019) not a list either",
            "- not a bullet",
            "+ nor this",
            "> not a quote",
            "back\\slash ~tilde~ ![img](y) a|b",
            "snake_case_name and _emphasis_ and __strong__ and x_ _y",
            "AT&T &amp; &#91; & &copy; R&D",
            "Erdoğan said “no” — Медведев…",
        ] {
            let md = format!("- {}", escape(text));
            assert_eq!(plain(&md), text, "{md}");
            let md = format!("## {}", escape(text));
            assert_eq!(plain(&md), text, "{md}");
        }
    }

    #[test]
    fn speakers_already_named_are_not_repeated() {
        assert!(mentions("Putin refuses to recognise him", "Vladimir Putin"));
        assert!(mentions("Zelensky: he was open", "Volodymyr Zelensky"));
        assert!(!mentions("He said no", "Vladimir Putin"));
        assert!(!mentions("the van is late", "Ann van Dyke"));
        let party = Party {
            name: "Sergei Lavrov".into(),
            actors: vec![crate::brief::Actor {
                name: "Sergei Lavrov".into(),
                role: Some("Foreign Minister".into()),
            }],
            positions: vec![],
        };
        assert_eq!(party_heading(&party), "Sergei Lavrov (Foreign Minister)");
    }

    #[test]
    fn dates_follow_their_precision() {
        let ev = |date: Option<&str>, precision| TimelineEvent {
            date: date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            precision,
            when: "last spring".into(),
            upcoming: false,
            text: "x".into(),
            sources: vec![],
        };
        assert_eq!(when(&ev(Some("2025-08-18"), Precision::Day)), "18 Aug 2025");
        assert_eq!(
            when(&ev(Some("2025-08-11"), Precision::Week)),
            "week of 11 Aug 2025"
        );
        assert_eq!(when(&ev(Some("2025-08-01"), Precision::Month)), "Aug 2025");
        assert_eq!(when(&ev(Some("2019-01-01"), Precision::Year)), "2019");
        assert_eq!(
            when(&ev(Some("2019-01-01"), Precision::Vague)),
            "last spring"
        );
        assert_eq!(when(&ev(None, Precision::Day)), "last spring");
    }
}
