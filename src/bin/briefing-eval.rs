//! Developer tool: measure the engine against reference corpora given by path.
//!
//! briefing-eval split CNNDM.jsonl         sentence splits inside highlighted names/abbreviations
//! briefing-eval rouge CNNDM.jsonl         key points vs LEAD-3 (ROUGE-1/2/Lsum F1)
//! briefing-eval attribution POLNEAR.jsonl who-said-what precision/recall/F1
//! briefing-eval questions FIXTURES_DIR   open questions vs gold sentences (precision/recall)
//! briefing-eval gold FIXTURES_DIR         parties, positions and open questions vs gold briefs

use briefing::eval;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("usage: briefing-eval split|rouge|attribution|gold|questions PATH [options]");
        std::process::exit(2);
    };
    let result = match command.as_str() {
        "split" => eval::split::main(rest),
        "rouge" => eval::rouge::main(rest),
        "attribution" => eval::attribution::main(rest),
        "gold" => eval::gold::main(rest),
        "questions" => eval::questions::main(rest),
        other => Err(format!(
            "unknown measurement {other:?}: split, rouge, attribution, gold or questions"
        )),
    };
    if let Err(e) = result {
        eprintln!("briefing-eval: {e}");
        std::process::exit(2);
    }
}
