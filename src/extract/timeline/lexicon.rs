//! Word lists for dates: month and weekday names, number words, units, and the words that
//! tell a date apart from a count, a title or a name.

use chrono::Weekday;

use super::tokens::Tok;

/// A month name as written: full ("August") or abbreviated ("Aug", "Sept").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthName {
    pub month: u32,
    pub abbreviated: bool,
    /// "May" and "March" are also a name, a modal and a verb: they need a date context.
    pub ambiguous: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Month names must be capitalised: "august" and "march" in lower case are other words.
pub fn month(t: &Tok) -> Option<MonthName> {
    if !t.capitalized() {
        return None;
    }
    if let Some(i) = MONTHS.iter().position(|m| t.is(m)) {
        let month = i as u32 + 1;
        return Some(MonthName {
            month,
            abbreviated: false,
            ambiguous: month == 3 || month == 5,
        });
    }
    MONTH_ABBREVIATIONS
        .iter()
        .find(|(a, _)| t.text == *a)
        .map(|&(_, month)| MonthName {
            month,
            abbreviated: true,
            ambiguous: false,
        })
}

pub fn weekday(t: &Tok) -> Option<Weekday> {
    if !t.capitalized() {
        return None;
    }
    const DAYS: [(&str, Weekday); 7] = [
        ("Monday", Weekday::Mon),
        ("Tuesday", Weekday::Tue),
        ("Wednesday", Weekday::Wed),
        ("Thursday", Weekday::Thu),
        ("Friday", Weekday::Fri),
        ("Saturday", Weekday::Sat),
        ("Sunday", Weekday::Sun),
    ];
    DAYS.iter().find(|(d, _)| t.is(d)).map(|&(_, w)| w)
}

/// A small count written as a word or digits: "a", "two", "3".
pub fn count(t: &Tok) -> Option<i64> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if t.is("a") || t.is("an") {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|w| t.is(w)) {
        return Some(i as i64);
    }
    if t.is("fifteen") {
        return Some(15);
    }
    if t.is("twenty") {
        return Some(20);
    }
    if t.is("thirty") {
        return Some(30);
    }
    t.number().filter(|&n| n <= 400).map(i64::from)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// "day", "days", "week", …; `morning`/`night` count as a day ("the next morning").
pub fn unit(t: &Tok) -> Option<Unit> {
    let w = t.text;
    let base = w.strip_suffix('s').unwrap_or(w);
    if base.eq_ignore_ascii_case("day") || t.is_any(&["morning", "night", "evening", "afternoon"]) {
        Some(Unit::Day)
    } else if base.eq_ignore_ascii_case("week") {
        Some(Unit::Week)
    } else if base.eq_ignore_ascii_case("month") {
        Some(Unit::Month)
    } else if base.eq_ignore_ascii_case("year") {
        Some(Unit::Year)
    } else {
        None
    }
}

pub fn is_time_of_day(t: &Tok) -> bool {
    t.is_any(&[
        "morning",
        "afternoon",
        "evening",
        "night",
        "midday",
        "noon",
        "overnight",
    ])
}

/// Spring = 0 … winter = 3; northern-hemisphere meteorological seasons.
pub fn season(t: &Tok) -> Option<u32> {
    if t.is("spring") {
        Some(0)
    } else if t.is("summer") {
        Some(1)
    } else if t.is_any(&["autumn", "fall"]) {
        Some(2)
    } else if t.is("winter") {
        Some(3)
    } else {
        None
    }
}

/// Words that may lead a date expression and belong to it ("on Monday", "since 2017").
pub fn is_preposition(t: &Tok) -> bool {
    t.is_any(&[
        "on", "in", "since", "by", "until", "till", "through", "from", "during", "before", "after",
        "around",
    ])
}

/// What may stand right before a bare "May"/"March" for it to be a month.
pub fn is_month_context(t: &Tok) -> bool {
    t.is_any(&[
        "in", "since", "until", "till", "through", "during", "early", "late", "mid", "last",
        "next", "this", "of", "before", "after",
    ])
}

/// Words after a number that make it a count or a measure, not a year.
pub fn is_count_noun(t: &Tok) -> bool {
    const NOUNS: &[&str] = &[
        "people",
        "persons",
        "troops",
        "soldiers",
        "officers",
        "police",
        "protesters",
        "workers",
        "residents",
        "members",
        "employees",
        "votes",
        "voters",
        "seats",
        "jobs",
        "cases",
        "deaths",
        "dead",
        "homes",
        "houses",
        "units",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "metres",
        "meters",
        "feet",
        "ft",
        "tons",
        "tonnes",
        "kg",
        "megawatt",
        "megawatts",
        "mw",
        "gw",
        "barrels",
        "pounds",
        "dollars",
        "euros",
        "yuan",
        "rubles",
        "roubles",
        "hectares",
        "acres",
        "percent",
        "per",
        "utc",
        "gmt",
        "bst",
        "hours",
        "hrs",
    ];
    t.is_any(NOUNS) || t.is_any(&["cet", "est", "edt", "pst", "local", "children", "refugees"])
}

/// Nouns that make "today’s …" a dated event rather than "nowadays".
pub fn is_event_noun(t: &Tok) -> bool {
    t.is_any(&[
        "meeting",
        "meetings",
        "vote",
        "ruling",
        "judgment",
        "judgement",
        "decision",
        "announcement",
        "talks",
        "summit",
        "session",
        "election",
        "elections",
        "deadline",
        "hearing",
        "attack",
        "attacks",
        "speech",
        "statement",
        "march",
        "protest",
        "protests",
        "rally",
        "visit",
        "debate",
        "match",
        "game",
        "report",
        "agreement",
        "deal",
        "strike",
        "strikes",
        "launch",
        "referendum",
        "address",
        "opening",
        "ceremony",
        "event",
        "conference",
        "call",
        "interview",
        "verdict",
        "briefing",
        "trial",
        "funeral",
        "parade",
        "race",
        "final",
        "sitting",
        "poll",
        "polls",
        "announcements",
        "talk",
        "news",
        "release",
        "raid",
        "bombing",
        "explosion",
    ])
}

/// Kinds of events a later sentence may refer back to: "the summit" names the same event
/// as "an assembly of ministers", "the accord" the same as "a deal".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventClass {
    Meeting,
    Vote,
    Violence,
    Agreement,
    Statement,
    Ruling,
    Protest,
    Disaster,
    Visit,
    Ceremony,
    Arrest,
    Resignation,
}

/// The class of an event noun, in lower case only: "General Assembly" and "the Summit
/// Series" are names, not events. Called on every word of an article: no allocation.
pub fn event_class(t: &Tok) -> Option<EventClass> {
    use EventClass as C;
    if !t.text.starts_with(|c: char| c.is_ascii_lowercase()) || t.text.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, b) in buf.iter_mut().zip(t.text.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    Some(match &buf[..t.text.len()] {
        b"summit" | b"summits" | b"meeting" | b"meetings" | b"talks" | b"conference"
        | b"assembly" | b"gathering" | b"session" | b"forum" | b"negotiations"
        | b"consultations" => C::Meeting,
        b"vote" | b"votes" | b"voting" | b"election" | b"elections" | b"ballot" | b"referendum"
        | b"runoff" | b"plebiscite" => C::Vote,
        b"attack" | b"attacks" | b"bombing" | b"bombings" | b"explosion" | b"blast"
        | b"shooting" | b"raid" | b"assault" | b"airstrike" | b"airstrikes" | b"shelling"
        | b"massacre" | b"murder" | b"killing" | b"assassination" | b"invasion" => C::Violence,
        b"agreement" | b"agreements" | b"deal" | b"accord" | b"accords" | b"treaty" | b"pact"
        | b"memorandum" | b"memoranda" | b"ceasefire" | b"truce" => C::Agreement,
        b"speech" | b"statement" | b"announcement" | b"remarks" | b"interview" | b"briefing" => {
            C::Statement
        }
        b"ruling" | b"verdict" | b"judgment" | b"judgement" | b"hearing" | b"trial"
        | b"sentencing" => C::Ruling,
        b"protest" | b"protests" | b"demonstration" | b"demonstrations" | b"rally" | b"march" => {
            C::Protest
        }
        b"earthquake" | b"quake" | b"storm" | b"hurricane" | b"typhoon" | b"cyclone" | b"flood"
        | b"floods" | b"flooding" | b"wildfire" | b"crash" | b"eruption" => C::Disaster,
        b"visit" | b"trip" | b"tour" => C::Visit,
        b"ceremony" | b"signing" | b"inauguration" | b"funeral" | b"parade" => C::Ceremony,
        b"arrest" | b"arrests" | b"detention" => C::Arrest,
        b"resignation" | b"dismissal" | b"ouster" => C::Resignation,
        _ => return None,
    })
}
