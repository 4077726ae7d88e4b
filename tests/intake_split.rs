//! The sentence splitter against hand-written hard cases from news writing
//! (tests/fixtures/intake/split-cases.tsv).

use briefing::article::segment;

#[test]
fn split_cases_from_fixture() {
    let data = include_str!("fixtures/intake/split-cases.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (input, expected) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("line {}: no tab", n + 1));
        let expected: Vec<&str> = expected.split(" || ").collect();
        let got: Vec<&str> = segment::split(input)
            .into_iter()
            .map(|(s, e)| &input[s..e])
            .collect();
        count += 1;
        if got != expected {
            failures.push(format!(
                "line {}: {input}\n  expected {expected:?}\n  got      {got:?}",
                n + 1
            ));
        }
    }
    assert!(count >= 60, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
