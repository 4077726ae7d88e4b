//! Measurement against reference corpora (developer tooling behind `briefing-eval`).
//! The corpora are read from paths given on the command line and never shipped.

pub mod attribution;
pub mod gold;
pub mod questions;
pub mod rouge;
pub mod split;

/// Result of an eval command: a report printed to stdout, or a message for stderr.
pub type EvalResult = Result<(), String>;

/// a / b, with 0 for an empty denominator (no predictions, no gold).
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}
