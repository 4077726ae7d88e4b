//! Brief → Markdown. SKELETON: the render work makes this the full document (metadata line,
//! sections, [sN] references, Sources, escaping).

use std::fmt::Write;

use crate::brief::Brief;

pub fn render(brief: &Brief) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", brief.title);
    let _ = writeln!(out, "**Bottom line:** {}\n", brief.bottom_line.text);
    out.push_str("## Key points\n\n");
    for p in &brief.key_points {
        let _ = writeln!(out, "- {}", p.text);
    }
    out
}
