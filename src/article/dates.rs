//! Publication dates as articles and pages write them: "2019-01-07", "7 January 2019",
//! "January 7, 2019", "Monday, January 7, 2019", "Jan. 7, 2019 10:30 a.m. ET",
//! "2019-01-07T10:00:00Z".

use chrono::NaiveDate;

/// Parse a line that holds a date and nothing else (a weekday, a "Published" label and a
/// time of day may come with it). Lines that say more than a date give `None`.
pub fn parse_date_line(line: &str) -> Option<NaiveDate> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 64 {
        return None;
    }
    if let Some(d) = parse_iso(line) {
        return Some(d);
    }
    let mut month = None;
    let mut day = None;
    let mut year = None;
    for raw in line.split(|c: char| c.is_whitespace() || c == ',') {
        let token =
            raw.trim_matches(|c: char| matches!(c, '.' | ':' | '|' | '(' | ')' | '–' | '-'));
        if token.is_empty() {
            continue;
        }
        let lower = token.to_lowercase();
        if let Some(m) = month_number(&lower) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if let Some(n) = day_number(&lower) {
            if day.replace(n).is_some() {
                return None;
            }
        } else if lower.len() == 4 && lower.chars().all(|c| c.is_ascii_digit()) {
            let y: i32 = lower.parse().ok()?;
            if !(1900..=2100).contains(&y) || year.replace(y).is_some() {
                return None;
            }
        } else if year.is_some() && is_time_token(&lower) {
            // "January 7, 2019 10:30 a.m. EST"
        } else if year.is_none() && (is_weekday(&lower) || LABELS.contains(&lower.as_str())) {
        } else {
            return None;
        }
    }
    NaiveDate::from_ymd_opt(year?, month?, day?)
}

/// "2019-01-07" or an ISO 8601 / RFC 3339 timestamp starting with one.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(head, "%Y/%m/%d"))
        .ok()
}

/// A date from page metadata: ISO first, then the written forms (RFC 2822 included).
pub fn parse_any(s: &str) -> Option<NaiveDate> {
    parse_iso(s).or_else(|| parse_date_line(s))
}

const LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "on",
    "date",
    "dated",
    "last",
    "first",
    "modified",
];

fn month_number(token: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if token == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|name| token == *name || (token.len() == 3 && name.starts_with(token)))
        .map(|i| i as u32 + 1)
}

fn day_number(token: &str) -> Option<u32> {
    let digits = token
        .strip_suffix("st")
        .or_else(|| token.strip_suffix("nd"))
        .or_else(|| token.strip_suffix("rd"))
        .or_else(|| token.strip_suffix("th"))
        .unwrap_or(token);
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn is_weekday(token: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter()
        .any(|d| token == *d || (token.len() >= 3 && d.starts_with(token)))
}

fn is_time_token(token: &str) -> bool {
    token.contains(':')
        || matches!(
            token,
            "am" | "pm"
                | "a.m"
                | "p.m"
                | "at"
                | "gmt"
                | "utc"
                | "bst"
                | "cet"
                | "cest"
                | "et"
                | "est"
                | "edt"
                | "pt"
                | "pst"
                | "pdt"
                | "ct"
                | "cst"
                | "cdt"
        )
        || token.starts_with(['+', '-']) && token[1..].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn accepts_the_usual_forms() {
        for line in [
            "2019-01-07",
            "7 January 2019",
            "January 7, 2019",
            "Monday, January 7, 2019",
            "Mon 7 Jan 2019",
            "Jan. 7, 2019",
            "Published: January 7th, 2019 10:30 a.m. ET",
            "2019-01-07T10:00:00Z",
        ] {
            assert_eq!(parse_date_line(line), d(2019, 1, 7), "{line}");
        }
        assert_eq!(parse_date_line("Sept. 11, 2001"), d(2001, 9, 11));
        assert_eq!(parse_date_line("1 Mar 2020"), d(2020, 3, 1));
        assert_eq!(parse_any("Mon, 07 Jan 2019 10:00:00 GMT"), d(2019, 1, 7));
    }

    #[test]
    fn rejects_sentences_and_impossible_dates() {
        assert_eq!(parse_date_line("On January 7, 2019 the talks began."), None);
        assert_eq!(parse_date_line("May 2019"), None);
        assert_eq!(parse_date_line("February 30, 2019"), None);
        assert_eq!(parse_date_line("March on Washington"), None);
    }
}
