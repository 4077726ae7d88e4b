//! Golden files shared by the golden tests: compare output with its golden file, or
//! rewrite the file when BLESS is set (then review every change by eye before committing).

use std::path::Path;

/// `None` when `got` matches the golden file at `path` (or BLESS rewrote it), else a
/// message naming the first differing line.
pub fn check(name: &str, path: &Path, got: &str) -> Option<String> {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, got).expect("golden file writable");
        return None;
    }
    let want = std::fs::read_to_string(path)
        .unwrap_or_else(|_| panic!("{} missing: run with BLESS=1", path.display()));
    if got == want {
        return None;
    }
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(got.lines().count().min(want.lines().count()));
    Some(format!(
        "{name}: differs at line {}:\n  got:  {:?}\n  want: {:?}",
        line + 1,
        got.lines().nth(line),
        want.lines().nth(line)
    ))
}
