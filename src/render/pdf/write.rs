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
use super::layout::Layout;
use crate::error::{Error, Result};

/// The faces parsed for embedding, once per process (parsing is the slow part).
fn parsed_faces() -> Option<&'static Vec<ParsedFont>> {
    static PARSED: OnceLock<Option<Vec<ParsedFont>>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            Face::ALL
                .iter()
                .map(|f| ParsedFont::from_bytes(f.bytes(), 0, &mut Vec::new()))
                .collect()
        })
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
    let faces = parsed_faces()
        .ok_or_else(|| Error::Internal("the embedded PDF font could not be parsed".into()))?;
    let g = layout.geometry;
    let mut doc = PdfDocument::new(&layout.title);
    let used: BTreeSet<Face> = layout
        .pages
        .iter()
        .flat_map(|p| p.placed.iter().map(|t| t.face))
        .collect();
    let mut ids: Vec<Option<FontId>> = vec![None; Face::ALL.len()];
    for face in used {
        ids[face.index()] = Some(doc.add_font(&faces[face.index()]));
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
        pages.push(PdfPage::new(
            printpdf::Mm::from(Pt(g.width)),
            printpdf::Mm::from(Pt(g.height)),
            ops,
        ));
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

/// Language, outline and a stable document ID.
fn finish(doc: &mut lopdf::Document, layout: &Layout) -> lopdf::Result<()> {
    let page_ids: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let h = layout.geometry.height;
    let entries: Vec<(String, lopdf::ObjectId, f32)> = layout
        .outline
        .iter()
        .filter_map(|(title, spot)| Some((title.clone(), *page_ids.get(spot.page)?, spot.y)))
        .collect();
    let outline_root = if entries.is_empty() {
        None
    } else {
        let root = doc.new_object_id();
        let ids: Vec<lopdf::ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
        for (i, (title, page, y)) in entries.iter().enumerate() {
            let mut item = Dictionary::new();
            item.set("Title", utf16(title));
            item.set("Parent", Object::Reference(root));
            item.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Real(0.0),
                    Object::Real(h - y + 6.0),
                    Object::Null,
                ]),
            );
            if i > 0 {
                item.set("Prev", Object::Reference(ids[i - 1]));
            }
            if let Some(next) = ids.get(i + 1) {
                item.set("Next", Object::Reference(*next));
            }
            doc.set_object(ids[i], item);
        }
        let mut outlines = Dictionary::new();
        outlines.set("Type", Object::Name(b"Outlines".to_vec()));
        outlines.set("First", Object::Reference(ids[0]));
        outlines.set("Last", Object::Reference(ids[ids.len() - 1]));
        outlines.set("Count", Object::Integer(ids.len() as i64));
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
