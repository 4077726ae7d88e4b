//! The embedded typeface (Noto Sans, SIL OFL: assets/fonts/OFL.txt) and its metrics.
//!
//! Line breaking measures text with the advance widths of the very font program that is
//! embedded, so what the layout computes is what a viewer draws (printpdf writes the same
//! `hmtx` advances into the PDF's `/W` array and applies no kerning).

use std::sync::OnceLock;

/// The four faces the brief uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    pub fn new(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (false, false) => Face::Regular,
            (true, false) => Face::Bold,
            (false, true) => Face::Italic,
            (true, true) => Face::BoldItalic,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            Face::Bold => include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
            Face::BoldItalic => include_bytes!("../../../assets/fonts/NotoSans-BoldItalic.ttf"),
        }
    }
}

/// Shown in place of a character the font has no glyph for, so nothing disappears
/// silently (the character is also reported as a warning).
pub const REPLACEMENT: char = '\u{FFFD}';
const LAST_RESORT: char = '?';

/// Advance widths for one face, in font units, with a fast path for the common range.
pub struct Metrics {
    units_per_em: f32,
    face: ttf_parser::Face<'static>,
    /// Advances for U+0000–U+05FF (Latin, Greek, Cyrillic …); None = no glyph.
    table: Vec<Option<u16>>,
    replacement: char,
}

const TABLE_LEN: usize = 0x600;

impl Metrics {
    fn load(face: Face) -> Option<Metrics> {
        let parsed = ttf_parser::Face::parse(face.bytes(), 0).ok()?;
        let mut m = Metrics {
            units_per_em: f32::from(parsed.units_per_em()),
            face: parsed,
            table: Vec::new(),
            replacement: REPLACEMENT,
        };
        m.table = (0..TABLE_LEN as u32)
            .map(|cp| char::from_u32(cp).and_then(|c| m.lookup(c)))
            .collect();
        if m.lookup(REPLACEMENT).is_none() {
            m.replacement = LAST_RESORT;
        }
        Some(m)
    }

    fn lookup(&self, c: char) -> Option<u16> {
        let gid = self.face.glyph_index(c)?;
        if gid.0 == 0 {
            return None;
        }
        self.face.glyph_hor_advance(gid)
    }

    fn advance(&self, c: char) -> Option<u16> {
        match self.table.get(c as usize) {
            Some(a) => *a,
            None => self.lookup(c),
        }
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.advance(c).is_some()
    }

    /// What to draw for `c`: itself, or the visible replacement mark.
    pub fn drawable(&self, c: char) -> char {
        if self.has_glyph(c) {
            c
        } else {
            self.replacement
        }
    }

    /// Width of `text` at `size` points, for text already made drawable.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance(c).unwrap_or(0)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    pub fn char_width(&self, c: char, size: f32) -> f32 {
        f32::from(self.advance(c).unwrap_or(0)) * size / self.units_per_em
    }
}

/// The four faces' metrics, parsed once per process.
pub struct Fonts {
    faces: Vec<Metrics>,
}

impl Fonts {
    pub fn get() -> Option<&'static Fonts> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                let faces: Option<Vec<Metrics>> =
                    Face::ALL.iter().map(|&f| Metrics::load(f)).collect();
                faces.map(|faces| Fonts { faces })
            })
            .as_ref()
    }

    pub fn face(&self, face: Face) -> &Metrics {
        &self.faces[face.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_cover_the_names_briefs_are_full_of() {
        let fonts = Fonts::get().expect("embedded fonts parse");
        for face in Face::ALL {
            let m = fonts.face(face);
            for c in
                "Erdoğan Fernández Zelenskyy Łukaszenka Медведев Τσίπρας “ ” ‘ ’ — – … €".chars()
            {
                assert!(m.has_glyph(c) || c == ' ', "{face:?} lacks {c:?}");
            }
        }
    }

    #[test]
    fn missing_glyphs_are_replaced_visibly() {
        let fonts = Fonts::get().expect("embedded fonts parse");
        let m = fonts.face(Face::Regular);
        let cjk = '漢';
        assert!(!m.has_glyph(cjk));
        let shown = m.drawable(cjk);
        assert_ne!(shown, cjk);
        assert!(m.has_glyph(shown));
    }

    #[test]
    fn wider_text_measures_wider() {
        let fonts = Fonts::get().expect("embedded fonts parse");
        let m = fonts.face(Face::Regular);
        assert!(m.width("WWW", 10.0) > m.width("iii", 10.0));
        assert!((m.width("ab", 20.0) - 2.0 * m.width("ab", 10.0)).abs() < 1e-3);
    }
}
