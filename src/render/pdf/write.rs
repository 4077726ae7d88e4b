//! The laid-out pages → PDF bytes: printpdf writes pages, subset fonts, links and the
//! document information; lopdf then adds what printpdf 0.12 cannot express (the document
//! language, and an outline in reading order that points at the headings themselves:
//! printpdf's own bookmarks sort by page and name and open at the page top).

use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, FontId, HighlightingMode, Line,
    LinePoint, LinkAnnotation, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use super::blocks::{Target, Tint};
use super::fonts::Face;
use super::layout::{Layout, OutlineEntry, Spot};
use crate::error::{Error, Result};

/// A face parsed for embedding, once per process and only when a brief uses it (parsing is
/// the slow part of a first render).
fn parsed_face(face: Face) -> Option<&'static ParsedFont> {
    static PARSED: [OnceLock<Option<ParsedFont>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    PARSED[face.index()]
        .get_or_init(|| ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new()))
        .as_ref()
}

fn rgb(tint: Tint) -> Color {
    let (r, g, b) = match tint {
        Tint::Body => (0.1, 0.1, 0.1),
        Tint::Muted => (0.42, 0.42, 0.42),
        Tint::Link => (0.12, 0.31, 0.55),
    };
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

pub fn write(
    layout: &Layout,
    created: DateTime<Utc>,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>> {
    let g = layout.geometry;
    let mut doc = PdfDocument::new(&layout.title);
    let used: BTreeSet<Face> = layout
        .pages
        .iter()
        .flat_map(|p| p.placed.iter().map(|t| t.face))
        .collect();
    let mut ids: Vec<Option<FontId>> = vec![None; Face::ALL.len()];
    for face in used {
        let parsed = parsed_face(face).ok_or_else(|| {
            Error::Internal(format!("the embedded {face:?} font could not be parsed"))
        })?;
        ids[face.index()] = Some(doc.add_font(parsed));
    }

    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let mut ops = Vec::new();
        for s in &page.strokes {
            ops.push(Op::SetOutlineColor {
                col: Color::Rgb(Rgb {
                    r: s.grey,
                    g: s.grey,
                    b: s.grey,
                    icc_profile: None,
                }),
            });
            ops.push(Op::SetOutlineThickness {
                pt: Pt(s.thickness),
            });
            let point = |x: f32, y: f32| LinePoint {
                p: Point {
                    x: Pt(x),
                    y: Pt(g.height - y),
                },
                bezier: false,
            };
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![point(s.x1, s.y1), point(s.x2, s.y2)],
                    is_closed: false,
                },
            });
        }
        ops.push(Op::StartTextSection);
        let mut font: Option<(Face, f32)> = None;
        let mut tint: Option<Tint> = None;
        for t in &page.placed {
            let Some(id) = ids[t.face.index()].clone() else {
                continue;
            };
            if font != Some((t.face, t.size)) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(id),
                    size: Pt(t.size),
                });
                font = Some((t.face, t.size));
            }
            if tint != Some(t.tint) {
                ops.push(Op::SetFillColor { col: rgb(t.tint) });
                tint = Some(t.tint);
            }
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(t.x), Pt(g.height - t.baseline)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(t.text.clone())],
            });
        }
        ops.push(Op::EndTextSection);
        for t in &page.placed {
            let action = match &t.target {
                None => continue,
                Some(Target::Uri(uri)) => Actions::uri(uri.clone()),
                Some(Target::Source(n)) => match layout.anchors.get(n) {
                    Some(spot) => Actions::go_to(Destination::Xyz {
                        page: spot.page + 1,
                        left: Some(0.0),
                        top: Some(g.height - spot.y + 6.0),
                        zoom: None,
                    }),
                    None => continue,
                },
            };
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect::from_xywh(
                        Pt(t.x),
                        Pt(g.height - t.baseline - t.size * 0.3),
                        Pt(t.width),
                        Pt(t.size * 1.25),
                    ),
                    action,
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::Invert),
                ),
            });
        }
        // Exact point sizes (A4 595.276 × 841.89, Letter 612 × 792): a round trip through
        // millimetres would leave Letter at 792.001.
        let mut pdf_page = PdfPage::new(
            printpdf::Mm::from(Pt(g.width)),
            printpdf::Mm::from(Pt(g.height)),
            ops,
        );
        let exact = Rect::from_wh(Pt(g.width), Pt(g.height));
        pdf_page.media_box = exact.clone();
        pdf_page.trim_box = exact.clone();
        pdf_page.crop_box = exact;
        pages.push(pdf_page);
    }

    let when = printpdf::OffsetDateTime::from_unix_timestamp(created.timestamp())
        .map_err(|e| Error::Internal(format!("PDF creation date: {e}")))?;
    let info = &mut doc.metadata.info;
    info.document_title = layout.title.clone();
    info.subject = layout
        .summary
        .clone()
        .unwrap_or_else(|| "News brief".to_string());
    info.creator = format!("Briefing {}", env!("CARGO_PKG_VERSION"));
    info.producer = "Briefing (printpdf 0.12)".to_string();
    info.keywords = vec!["brief".to_string(), "news".to_string()];
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
    doc.with_pages(pages);

    let mut pdf_warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut pdf_warnings);
    for w in pdf_warnings {
        let text = format!("{w:?}");
        if text.contains("Error") {
            warnings.push(text);
        }
    }
    finish(&mut lo, layout).map_err(|e| Error::Internal(format!("writing the PDF: {e}")))?;
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| Error::Internal(format!("writing the PDF: {e}")))?;
    Ok(bytes)
}

fn utf16(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// One outline entry among its siblings `ids`, the `i`th.
fn outline_item(
    title: &str,
    parent: lopdf::ObjectId,
    dest: Option<Object>,
    ids: &[lopdf::ObjectId],
    i: usize,
) -> Dictionary {
    let mut item = Dictionary::new();
    item.set("Title", utf16(title));
    item.set("Parent", Object::Reference(parent));
    if let Some(dest) = dest {
        item.set("Dest", dest);
    }
    if i > 0 {
        item.set("Prev", Object::Reference(ids[i - 1]));
    }
    if let Some(next) = ids.get(i + 1) {
        item.set("Next", Object::Reference(*next));
    }
    item
}

/// Language, outline and a stable document ID.
fn finish(doc: &mut lopdf::Document, layout: &Layout) -> lopdf::Result<()> {
    let page_ids: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let h = layout.geometry.height;
    // Sections, each with its subsections (the parties under Positions).
    let mut tree: Vec<(&OutlineEntry, Vec<&OutlineEntry>)> = Vec::new();
    for entry in &layout.outline {
        match tree.last_mut() {
            Some((parent, children)) if entry.level > parent.level => children.push(entry),
            _ => tree.push((entry, Vec::new())),
        }
    }
    let dest = |spot: Spot| -> Option<Object> {
        Some(Object::Array(vec![
            Object::Reference(*page_ids.get(spot.page)?),
            Object::Name(b"XYZ".to_vec()),
            Object::Real(0.0),
            Object::Real(h - spot.y + 6.0),
            Object::Null,
        ]))
    };
    let outline_root = if tree.is_empty() {
        None
    } else {
        let root = doc.new_object_id();
        let ids: Vec<lopdf::ObjectId> = tree.iter().map(|_| doc.new_object_id()).collect();
        let mut total = ids.len();
        for (i, (entry, children)) in tree.iter().enumerate() {
            let mut item = outline_item(&entry.title, root, dest(entry.spot), &ids, i);
            if !children.is_empty() {
                let kids: Vec<lopdf::ObjectId> =
                    children.iter().map(|_| doc.new_object_id()).collect();
                for (k, child) in children.iter().enumerate() {
                    let kid = outline_item(&child.title, ids[i], dest(child.spot), &kids, k);
                    doc.set_object(kids[k], kid);
                }
                item.set("First", Object::Reference(kids[0]));
                item.set("Last", Object::Reference(kids[kids.len() - 1]));
                item.set("Count", Object::Integer(kids.len() as i64));
                total += kids.len();
            }
            doc.set_object(ids[i], item);
        }
        let mut outlines = Dictionary::new();
        outlines.set("Type", Object::Name(b"Outlines".to_vec()));
        outlines.set("First", Object::Reference(ids[0]));
        outlines.set("Last", Object::Reference(ids[ids.len() - 1]));
        outlines.set("Count", Object::Integer(total as i64));
        doc.set_object(root, outlines);
        Some(root)
    };
    let catalog = doc.catalog_mut()?;
    catalog.set("Lang", Object::string_literal("en"));
    catalog.set(
        "ViewerPreferences",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "DisplayDocTitle",
            Object::Boolean(true),
        )])),
    );
    if let Some(root) = outline_root {
        catalog.set("Outlines", Object::Reference(root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    // printpdf labels every file PDF/X-3 and writes empty fields; the brief makes no
    // PDF/X claim.
    if let Ok(info_id) = doc.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(info) = doc.get_dictionary_mut(info_id) {
            info.remove(b"GTS_PDFXVersion");
            for key in [b"Author".as_slice(), b"Identifier".as_slice()] {
                let empty = match info.get(key) {
                    Ok(Object::String(bytes, _)) => bytes.is_empty() || bytes == &[0xFE, 0xFF],
                    _ => false,
                };
                if empty {
                    info.remove(key);
                }
            }
        }
    }
    // A stable ID: the same brief renders to the same file.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    layout.title.hash(&mut hasher);
    for page in &layout.pages {
        for t in &page.placed {
            t.text.hash(&mut hasher);
        }
    }
    let id = format!("{:016x}{:016x}", hasher.finish(), layout.pages.len());
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone().into_bytes(), StringFormat::Literal),
            Object::String(id.into_bytes(), StringFormat::Literal),
        ]),
    );
    Ok(())
}
