//! Pagination: blocks → lines placed on pages, with the running header and footer.
//!
//! Rules: headings are kept with the first two lines of what follows them; a paragraph is
//! split across pages only if at least two lines stay on each side (no widows or orphans);
//! anything shorter moves to the next page whole.

use std::collections::{BTreeMap, BTreeSet};

use super::blocks::{self, Block, Role, Span, Target, Tint};
use super::fonts::{Face, Fonts};
use super::wrap::{self, Line};
use crate::render::Paper;

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Geometry {
    pub fn for_paper(paper: Paper) -> Geometry {
        let (width, height) = match paper {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        };
        Geometry {
            width,
            height,
            left: 62.0,
            right: 62.0,
            top: 66.0,
            bottom: 66.0,
        }
    }

    /// The width of the text column.
    pub fn measure(&self) -> f32 {
        self.width - self.left - self.right
    }

    fn body_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}

/// Text placed on a page: `x` from the page's left edge, `baseline` from its top.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub x: f32,
    pub baseline: f32,
    pub width: f32,
    pub text: String,
    pub face: Face,
    pub size: f32,
    pub tint: Tint,
    pub target: Option<Target>,
    /// Which block and which of its lines this is (None for the running header/footer and
    /// list markers), so tests can check page breaks.
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub block: usize,
    pub line: usize,
    pub heading: bool,
}

/// A straight line from (x1, y1) to (x2, y2), y from the page's top.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub thickness: f32,
    pub grey: f32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub placed: Vec<Placed>,
    pub strokes: Vec<Stroke>,
}

/// A point a reader can jump to: page index (0-based) and y from the page's top.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub page: usize,
    pub y: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub geometry: Geometry,
    pub pages: Vec<Page>,
    /// Level-2 headings, in order, for the PDF outline.
    pub outline: Vec<(String, Spot)>,
    /// Where each Sources entry (0-based sentence) starts.
    pub anchors: BTreeMap<usize, Spot>,
    pub title: String,
    /// The bottom line, when the brief has one (the PDF's subject).
    pub summary: Option<String>,
    /// Characters the font cannot draw, shown as a replacement mark.
    pub missing: Vec<char>,
}

#[derive(Debug, Clone, Copy)]
struct Style {
    size: f32,
    leading: f32,
    before: f32,
    after: f32,
}

fn style(b: &Block) -> Style {
    let s = |size: f32, leading: f32, before: f32, after: f32| Style {
        size,
        leading,
        before,
        after,
    };
    match b.role {
        Role::Title => s(20.0, 25.0, 0.0, 5.0),
        Role::Meta => s(9.0, 12.5, 0.0, 14.0),
        Role::Heading(2) => s(13.5, 17.0, 20.0, 9.0),
        Role::Heading(3) => s(11.0, 14.5, 12.0, 3.0),
        Role::Heading(_) => s(10.5, 14.0, 10.0, 2.0),
        Role::Rule => s(10.0, 10.0, 6.0, 6.0),
        Role::Code => s(9.5, 13.0, 6.0, 6.0),
        Role::Body if b.small => {
            if b.marker.is_some() || b.item_start {
                s(8.8, 12.0, 3.0, 0.0)
            } else {
                s(8.8, 12.0, 7.0, 5.0)
            }
        }
        Role::Body => {
            if b.item_start {
                s(10.5, 14.5, 4.5, 0.0)
            } else {
                s(10.5, 14.5, 7.0, 7.0)
            }
        }
    }
}

/// Baseline below the top of a line box (Noto Sans: ascender 1.069 em, descender 0.293).
fn baseline_in(style: &Style) -> f32 {
    (style.leading - 1.362 * style.size) / 2.0 + 1.069 * style.size
}

struct Prepared {
    block: Block,
    style: Style,
    lines: Vec<Line>,
    /// Extra space under the block (the rule under a section heading).
    tail: f32,
}

impl Prepared {
    fn is_heading(&self) -> bool {
        matches!(self.block.role, Role::Heading(_))
    }
}

/// Replace what the font cannot draw, drop control characters, and note the missing ones.
fn drawable(spans: &[Span], fonts: &Fonts, missing: &mut BTreeSet<char>) -> Vec<Span> {
    spans
        .iter()
        .map(|s| {
            if s.text == "\n" {
                return s.clone();
            }
            let m = fonts.face(s.face);
            let text = s
                .text
                .chars()
                .filter_map(|c| {
                    if c == '\t' {
                        Some(' ')
                    } else if c.is_control()
                        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}' | '\u{AD}')
                    {
                        None
                    } else if m.has_glyph(c) || c.is_whitespace() {
                        Some(c)
                    } else {
                        missing.insert(c);
                        Some(m.drawable(c))
                    }
                })
                .collect();
            Span { text, ..s.clone() }
        })
        .collect()
}

pub fn layout(markdown: &str, paper: Paper, fonts: &Fonts, fallback_date: &str) -> Layout {
    let g = Geometry::for_paper(paper);
    let mut missing = BTreeSet::new();
    let blocks = blocks::blocks(markdown);
    let title = blocks
        .iter()
        .find(|b| b.role == Role::Title)
        .map(Block::plain_text)
        .unwrap_or_else(|| "Brief".to_string());
    let summary = blocks.iter().map(Block::plain_text).find_map(|t| {
        t.strip_prefix("Bottom line:")
            .map(|s| without_references(s).trim().to_string())
    });
    let generated = blocks
        .iter()
        .find(|b| b.role == Role::Meta)
        .and_then(|b| generated_date(&b.plain_text()))
        .unwrap_or_else(|| fallback_date.to_string());

    let prepared: Vec<Prepared> = blocks
        .into_iter()
        .map(|block| {
            let style = style(&block);
            let spans = drawable(&block.spans, fonts, &mut missing);
            let width = g.measure() - block.indent;
            let lines = if block.role == Role::Rule {
                vec![Line::default()]
            } else {
                wrap::wrap(&spans, width, style.size, fonts)
            };
            let tail = if block.role == Role::Heading(2) {
                4.0
            } else {
                0.0
            };
            Prepared {
                block: Block { spans, ..block },
                style,
                lines,
                tail,
            }
        })
        .collect();

    let mut p = Paginator {
        g,
        pages: vec![Page::default()],
        y: 0.0,
        prev_after: 0.0,
        outline: Vec::new(),
        anchors: BTreeMap::new(),
    };
    for i in 0..prepared.len() {
        p.place(&prepared, i, fonts);
    }
    let mut layout = Layout {
        geometry: g,
        pages: p.pages,
        outline: p.outline,
        anchors: p.anchors,
        title,
        summary,
        missing: Vec::new(),
    };
    running_header_and_footer(&mut layout, &generated, fonts, &mut missing);
    layout.missing = missing.into_iter().collect();
    layout
}

fn without_references(text: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for found in crate::render::refs::find(text) {
        out.push_str(text[at..found.start].trim_end());
        at = found.end;
    }
    out.push_str(&text[at..]);
    out
}

/// `generated 26 November 2026` in the metadata line → `26 November 2026`.
fn generated_date(meta: &str) -> Option<String> {
    let at = meta.to_lowercase().find("generated ")?;
    let rest = meta.get(at + "generated ".len()..)?;
    let date = rest.split(" · ").next()?.trim();
    (!date.is_empty()).then(|| date.to_string())
}

struct Paginator {
    g: Geometry,
    pages: Vec<Page>,
    /// Distance below the top margin on the current page.
    y: f32,
    prev_after: f32,
    outline: Vec<(String, Spot)>,
    anchors: BTreeMap<usize, Spot>,
}

impl Paginator {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = 0.0;
        self.prev_after = 0.0;
    }

    fn gap(&self, style: &Style) -> f32 {
        if self.y == 0.0 {
            0.0
        } else {
            self.prev_after.max(style.before)
        }
    }

    fn room(&self) -> f32 {
        self.g.body_height() - self.y
    }

    /// Height a heading needs at the bottom of a page: itself, any headings straight after
    /// it, and the first two lines of the block they introduce.
    fn keep_with_next(&self, all: &[Prepared], i: usize) -> f32 {
        let mut need = 0.0;
        let mut after = self.prev_after;
        for (k, p) in all.iter().enumerate().skip(i) {
            let gap = if k == i && self.y == 0.0 {
                0.0
            } else {
                after.max(p.style.before)
            };
            if p.is_heading() {
                need += gap + p.lines.len() as f32 * p.style.leading + p.tail;
                after = p.style.after;
            } else {
                need += gap + p.lines.len().min(2) as f32 * p.style.leading;
                break;
            }
        }
        need
    }

    fn place(&mut self, all: &[Prepared], i: usize, fonts: &Fonts) {
        let p = &all[i];
        let n = p.lines.len();
        let lh = p.style.leading;
        if p.is_heading() && self.y > 0.0 && self.keep_with_next(all, i) > self.room() {
            self.new_page();
        }
        let gap = self.gap(&p.style);
        self.y += gap;
        let mut k = 0;
        while k < n {
            let fit = ((self.room() / lh) + 1e-3).floor().max(0.0) as usize;
            let left = n - k;
            let take = if fit >= left {
                left
            } else if p.is_heading() {
                0
            } else {
                // At least two lines on this page and two on the next.
                let t = fit.min(left.saturating_sub(2));
                if t >= 2 {
                    t
                } else {
                    0
                }
            };
            let take = match take {
                0 if self.y == 0.0 => fit.max(1).min(left), // taller than a page
                0 => {
                    self.new_page();
                    continue;
                }
                t => t,
            };
            if k == 0 {
                let spot = Spot {
                    page: self.pages.len() - 1,
                    y: self.g.top + self.y,
                };
                if p.block.role == Role::Heading(2) {
                    self.outline.push((p.block.plain_text(), spot));
                }
                if let Some(a) = p.block.anchor {
                    self.anchors.entry(a).or_insert(spot);
                }
            }
            self.draw_lines(p, i, k, take, fonts);
            k += take;
            if k < n {
                self.new_page();
            }
        }
        if p.block.role == Role::Heading(2) {
            let y = self.g.top + self.y + 1.5;
            let g = self.g;
            self.current().strokes.push(Stroke {
                x1: g.left,
                y1: y,
                x2: g.width - g.right,
                y2: y,
                thickness: 0.6,
                grey: 0.72,
            });
            self.y += p.tail;
        }
        self.prev_after = p.style.after;
    }

    fn current(&mut self) -> &mut Page {
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn draw_lines(&mut self, p: &Prepared, index: usize, from: usize, count: usize, fonts: &Fonts) {
        let g = self.g;
        let st = p.style;
        let x0 = g.left + p.block.indent;
        for (k, line) in p.lines[from..from + count].iter().enumerate() {
            let top = g.top + self.y;
            let baseline = top + baseline_in(&st);
            let page = self.current();
            if p.block.role == Role::Rule {
                page.strokes.push(Stroke {
                    x1: x0,
                    y1: top + st.leading / 2.0,
                    x2: g.width - g.right,
                    y2: top + st.leading / 2.0,
                    thickness: 0.5,
                    grey: 0.7,
                });
            }
            if from + k == 0 {
                if let Some(marker) = &p.block.marker {
                    // Numbers and Sources labels are right-aligned against the text;
                    // bullets sit at a fixed distance.
                    let right_aligned = marker.ends_with('.') || p.block.anchor.is_some();
                    let face = if right_aligned {
                        Face::Regular
                    } else {
                        Face::Bold
                    };
                    let m = fonts.face(face);
                    let w = m.width(marker, st.size);
                    let x = if right_aligned {
                        x0 - 4.5 - w
                    } else {
                        x0 - 10.0
                    };
                    page.placed.push(Placed {
                        x,
                        baseline,
                        width: w,
                        text: marker.clone(),
                        face,
                        size: st.size,
                        tint: if p.block.small || p.block.anchor.is_some() {
                            Tint::Muted
                        } else {
                            Tint::Body
                        },
                        target: None,
                        origin: None,
                    });
                }
            }
            for run in &line.runs {
                let span = &p.block.spans[run.span];
                if run.text.trim().is_empty() {
                    continue;
                }
                let tint = match (p.block.role, span.tint) {
                    (Role::Meta, Tint::Body) => Tint::Muted,
                    (_, t) => t,
                };
                page.placed.push(Placed {
                    x: x0 + run.x,
                    baseline,
                    width: run.width,
                    text: run.text.clone(),
                    face: span.face,
                    size: st.size,
                    tint,
                    target: span.target.clone(),
                    origin: Some(Origin {
                        block: index,
                        line: from + k,
                        heading: p.is_heading(),
                    }),
                });
            }
            for depth in 0..p.block.quote_depth {
                let x = g.left + depth as f32 * blocks::QUOTE_INDENT + 2.0;
                page.strokes.push(Stroke {
                    x1: x,
                    y1: top,
                    x2: x,
                    y2: top + st.leading,
                    thickness: 1.5,
                    grey: 0.75,
                });
            }
            self.y += st.leading;
        }
    }
}

/// Title at the top of every page after the first; date and "page N of M" at the foot of
/// every page.
fn running_header_and_footer(
    layout: &mut Layout,
    generated: &str,
    fonts: &Fonts,
    missing: &mut BTreeSet<char>,
) {
    let g = layout.geometry;
    let size = 8.0;
    let m = fonts.face(Face::Regular);
    let total = layout.pages.len();
    let mut title: String = layout
        .title
        .chars()
        .map(|c| {
            if m.has_glyph(c) || c.is_whitespace() {
                c
            } else {
                missing.insert(c);
                m.drawable(c)
            }
        })
        .collect();
    let max = g.measure();
    if m.width(&title, size) > max {
        while !title.is_empty() && m.width(&title, size) + m.width("…", size) > max {
            title.pop();
        }
        title = format!("{}…", title.trim_end());
    }
    let date: String = generated.chars().map(|c| m.drawable(c)).collect();
    for (i, page) in layout.pages.iter_mut().enumerate() {
        let mut text = |x: f32, baseline: f32, text: String| {
            let width = m.width(&text, size);
            page.placed.push(Placed {
                x,
                baseline,
                width,
                text,
                face: Face::Regular,
                size,
                tint: Tint::Muted,
                target: None,
                origin: None,
            });
        };
        if i > 0 {
            text(g.left, g.top - 22.0, title.clone());
        }
        let foot = g.height - g.bottom + 30.0;
        text(g.left, foot, format!("Generated {date}"));
        let number = format!("page {} of {total}", i + 1);
        let w = m.width(&number, size);
        text(g.width - g.right - w, foot, number);
        if i > 0 {
            page.strokes.push(Stroke {
                x1: g.left,
                y1: g.top - 16.0,
                x2: g.width - g.right,
                y2: g.top - 16.0,
                thickness: 0.4,
                grey: 0.8,
            });
        }
        page.strokes.push(Stroke {
            x1: g.left,
            y1: foot - 11.0,
            x2: g.width - g.right,
            y2: foot - 11.0,
            thickness: 0.4,
            grey: 0.8,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_date_is_read_from_the_metadata_line() {
        assert_eq!(
            generated_date("Wikinews · 8 October 2019 · generated 26 November 2026").as_deref(),
            Some("26 November 2026")
        );
        assert_eq!(generated_date("no date here"), None);
    }
}
