//! Line breaking: styled spans → lines no wider than the measure, ragged right.
//!
//! Breaks at spaces; a word wider than the whole line (a long URL, a pasted hash) is broken
//! after a URL-ish separator when one is near the end of what fits, else between any two
//! characters, so nothing ever runs past the margin.

use super::blocks::{Span, Target};
use super::fonts::Fonts;

/// A piece of one line in one span's style; `x` from the line's left edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub span: usize,
    pub text: String,
    pub x: f32,
    pub width: f32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

struct Glyph {
    span: usize,
    c: char,
    w: f32,
}

enum Token {
    Word(Vec<Glyph>),
    Space(usize, f32),
    Break,
}

fn is_break_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{A0}' && c != '\u{202F}'
}

fn tokens(spans: &[Span], size: f32, fonts: &Fonts) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word: Vec<Glyph> = Vec::new();
    for (i, span) in spans.iter().enumerate() {
        if span.text == "\n" {
            if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
            out.push(Token::Break);
            continue;
        }
        let m = fonts.face(span.face);
        // A source reference `[s1, s2]` is never broken across lines.
        let unbreakable = matches!(span.target, Some(Target::Source(_)));
        for c in span.text.chars() {
            if is_break_space(c) && !unbreakable {
                if !word.is_empty() {
                    out.push(Token::Word(std::mem::take(&mut word)));
                }
                if !matches!(out.last(), Some(Token::Space(..))) {
                    out.push(Token::Space(i, m.char_width(' ', size)));
                }
            } else {
                word.push(Glyph {
                    span: i,
                    c,
                    w: m.char_width(c, size),
                });
            }
        }
    }
    if !word.is_empty() {
        out.push(Token::Word(word));
    }
    out
}

struct Builder {
    lines: Vec<Line>,
    cur: Line,
    max: f32,
}

impl Builder {
    fn push(&mut self, span: usize, c: char, w: f32) {
        let x = self.cur.width;
        match self.cur.runs.last_mut() {
            Some(run) if run.span == span => {
                run.text.push(c);
                run.width += w;
            }
            _ => self.cur.runs.push(Run {
                span,
                text: c.to_string(),
                x,
                width: w,
            }),
        }
        self.cur.width += w;
    }

    fn flush(&mut self) {
        self.lines.push(std::mem::take(&mut self.cur));
    }
}

/// Characters after which a long word (usually a URL) may be broken.
fn is_soft_break(c: char) -> bool {
    matches!(
        c,
        '/' | '-' | '?' | '&' | '=' | '.' | '_' | ',' | ';' | ':' | '#' | '–' | '—'
    )
}

/// Break `spans` (already made drawable) into lines at most `max` points wide.
pub fn wrap(spans: &[Span], max: f32, size: f32, fonts: &Fonts) -> Vec<Line> {
    let mut b = Builder {
        lines: Vec::new(),
        cur: Line::default(),
        max: max.max(size),
    };
    let mut space: Option<(usize, f32)> = None;
    for token in tokens(spans, size, fonts) {
        match token {
            Token::Space(span, w) => space = Some((span, w)),
            Token::Break => {
                b.flush();
                space = None;
            }
            Token::Word(glyphs) => {
                let ww: f32 = glyphs.iter().map(|g| g.w).sum();
                let sp = match space.take() {
                    Some(s) if !b.cur.runs.is_empty() => Some(s),
                    _ => None,
                };
                let sw = sp.map_or(0.0, |s| s.1);
                if b.cur.width + sw + ww <= b.max {
                    if let Some((span, w)) = sp {
                        b.push(span, ' ', w);
                    }
                    glyphs.iter().for_each(|g| b.push(g.span, g.c, g.w));
                } else if ww <= b.max {
                    b.flush();
                    glyphs.iter().for_each(|g| b.push(g.span, g.c, g.w));
                } else {
                    long_word(&mut b, &glyphs, sp);
                }
            }
        }
    }
    if !b.cur.runs.is_empty() || b.lines.is_empty() {
        b.flush();
    }
    b.lines
}

/// A word wider than the line: fill the rest of the current line if a fair part of it is
/// free, then break the word line by line.
fn long_word(b: &mut Builder, glyphs: &[Glyph], mut sp: Option<(usize, f32)>) {
    let mut rest = glyphs;
    while !rest.is_empty() {
        let sw = sp.map_or(0.0, |s| s.1);
        let room = b.max - b.cur.width - sw;
        let total: f32 = rest.iter().map(|g| g.w).sum();
        if total <= room {
            if let Some((span, w)) = sp.take() {
                b.push(span, ' ', w);
            }
            rest.iter().for_each(|g| b.push(g.span, g.c, g.w));
            return;
        }
        if !b.cur.runs.is_empty() && room < b.max * 0.3 {
            b.flush();
            sp = None;
            continue;
        }
        let mut fit = 0;
        let mut acc = 0.0;
        while fit < rest.len() && acc + rest[fit].w <= room {
            acc += rest[fit].w;
            fit += 1;
        }
        if fit == 0 {
            if b.cur.runs.is_empty() {
                fit = 1; // a single glyph wider than the line: place it anyway
            } else {
                b.flush();
                sp = None;
                continue;
            }
        }
        if let Some(i) = (fit / 2..fit).rev().find(|&i| is_soft_break(rest[i].c)) {
            fit = i + 1;
        }
        if let Some((span, w)) = sp.take() {
            b.push(span, ' ', w);
        }
        rest[..fit].iter().for_each(|g| b.push(g.span, g.c, g.w));
        b.flush();
        rest = &rest[fit..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::blocks::Tint;
    use crate::render::pdf::fonts::Face;

    fn span(text: &str) -> Span {
        Span {
            text: text.into(),
            face: Face::Regular,
            tint: Tint::Body,
            target: None,
        }
    }

    fn text_of(line: &Line) -> String {
        line.runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let fonts = Fonts::get().expect("fonts");
        let text = "The quick brown fox jumps over the lazy dog again and again until the line must break somewhere sensible.";
        let lines = wrap(&[span(text)], 150.0, 10.0, fonts);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(l.width <= 150.0 + 1e-3, "{}", l.width);
        }
        let joined: Vec<String> = lines.iter().map(text_of).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn long_urls_break_inside_the_measure() {
        let fonts = Fonts::get().expect("fonts");
        let url = "https://example.org/a/very/long/path/that/never/ends/with-words-and-more-words/index.html?query=1&other=2";
        let lines = wrap(&[span("See "), span(url)], 100.0, 10.0, fonts);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(l.width <= 100.0 + 1e-3);
        }
        let joined: String = lines.iter().map(text_of).collect();
        assert_eq!(joined, format!("See{url}").replace("See", "See "));
    }

    #[test]
    fn hard_breaks_start_new_lines() {
        let fonts = Fonts::get().expect("fonts");
        let lines = wrap(&[span("one"), span("\n"), span("two")], 500.0, 10.0, fonts);
        assert_eq!(lines.len(), 2);
    }
}
