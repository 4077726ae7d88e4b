//! Measurement against reference corpora (developer tooling behind `briefing-eval`).
//! The corpora are read from paths given on the command line and never shipped.
