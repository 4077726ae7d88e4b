//! Developer tool: measure the engine against reference corpora given by path.
//! SKELETON: subcommands are added by the measurement work (rouge, attribution, gold, split).

fn main() {
    eprintln!("briefing-eval: no measurements yet");
    std::process::exit(2);
}
