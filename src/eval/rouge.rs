//! SKELETON: `briefing-eval rouge` is added by the measurement work.

pub fn main(_args: &[String]) -> super::EvalResult {
    Err("not measured yet".into())
}
