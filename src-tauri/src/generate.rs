//! Article → brief for the preview: the engine's brief, its Markdown and HTML, and the
//! article's read view (paragraphs split into numbered sentences) that source links point at.

use std::time::Instant;

use briefing::article::BlockKind;
use briefing::extract::{self, Options};
use briefing::render::{html, markdown};
use briefing::{Article, Brief};
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::article_input::ArticleInput;
use crate::error::AppResult;
use crate::settings::Settings;

/// A run of article text: a sentence (with its 0-based index) or the text between sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub text: String,
    pub sentence: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadParagraph {
    pub heading: bool,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BriefView {
    pub title: String,
    pub date: String,
    pub markdown: String,
    /// The preview: the engine's HTML for `markdown` (escaped, with source links).
    pub html: String,
    pub reading: Vec<ReadParagraph>,
    /// Sentence texts by index, for the source links' tooltips.
    pub sentences: Vec<String>,
    /// Time spent in the engine (load, extract, render), in milliseconds.
    pub engine_ms: f64,
}

/// Split the article into paragraphs of sentence and gap segments. The segments of a
/// paragraph concatenate back to its text exactly.
pub fn reading(article: &Article) -> Vec<ReadParagraph> {
    let mut sentences = article.sentences.iter().enumerate().peekable();
    article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(p_index, p)| {
            let mut segments = Vec::new();
            let mut at = p.start;
            while let Some((i, s)) = sentences.next_if(|(_, s)| s.paragraph == p_index) {
                if s.start > at {
                    segments.push(Segment {
                        text: article.text[at..s.start].to_string(),
                        sentence: None,
                    });
                }
                segments.push(Segment {
                    text: article.text[s.start..s.end].to_string(),
                    sentence: Some(i),
                });
                at = s.end;
            }
            if p.end > at {
                segments.push(Segment {
                    text: article.text[at..p.end].to_string(),
                    sentence: None,
                });
            }
            ReadParagraph {
                heading: p.kind == BlockKind::Heading,
                segments,
            }
        })
        .collect()
}

/// Drop the sections the settings leave out, before rendering.
pub fn apply_sections(brief: &mut Brief, settings: &Settings) {
    let s = settings.sections;
    if !s.key_points {
        brief.key_points.clear();
    }
    if !s.parties {
        brief.parties.clear();
    }
    if !s.open_questions {
        brief.open_questions.clear();
    }
    if !s.timeline {
        brief.timeline.clear();
    }
}

pub fn build(
    input: &ArticleInput,
    settings: &Settings,
    now: DateTime<Utc>,
) -> AppResult<BriefView> {
    let started = Instant::now();
    let article = input.to_article()?;
    let opts = Options {
        key_points: settings.key_points,
        generated_at: now,
    };
    let mut brief = extract::generate(&article, &opts);
    apply_sections(&mut brief, settings);
    let md = markdown::render(&brief);
    let html = html::fragment(&md);
    let engine_ms = started.elapsed().as_secs_f64() * 1000.0;
    Ok(BriefView {
        title: brief.title.clone(),
        date: article
            .metadata
            .published
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        markdown: md,
        html,
        reading: reading(&article),
        sentences: brief.sentences.iter().map(|s| s.text.clone()).collect(),
        engine_ms,
    })
}

/// The read view and sentences of an article without generating (restoring a draft).
pub fn restore(input: &ArticleInput, markdown: &str) -> AppResult<BriefView> {
    let article = input.to_article()?;
    Ok(BriefView {
        title: article.metadata.title.clone().unwrap_or_default(),
        date: input.date.clone(),
        markdown: markdown.to_string(),
        html: html::fragment(markdown),
        reading: reading(&article),
        sentences: (0..article.sentences.len())
            .map(|i| article.sentence_text(i).to_string())
            .collect(),
        engine_ms: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article_input;
    use crate::settings::Sections;

    fn sample() -> ArticleInput {
        article_input::sample().unwrap().input
    }

    #[test]
    fn reading_segments_rebuild_every_paragraph_and_number_every_sentence() {
        let article = sample().to_article().unwrap();
        let view = reading(&article);
        assert_eq!(view.len(), article.paragraphs.len());
        for (p, rp) in article.paragraphs.iter().zip(&view) {
            let joined: String = rp.segments.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(joined, &article.text[p.start..p.end]);
        }
        let numbered: Vec<usize> = view
            .iter()
            .flat_map(|p| p.segments.iter().filter_map(|s| s.sentence))
            .collect();
        assert_eq!(numbered, (0..article.sentences.len()).collect::<Vec<_>>());
    }

    #[test]
    fn build_gives_markdown_html_and_sentences() {
        let v = build(&sample(), &Settings::default(), Utc::now()).unwrap();
        assert!(v.markdown.starts_with("# "), "{}", v.markdown);
        assert!(
            v.html.contains("<h1>") || v.html.contains("<h1 "),
            "{}",
            v.html
        );
        assert!(!v.sentences.is_empty());
        assert_eq!(v.date, "2020-01-11");
    }

    #[test]
    fn article_html_is_never_rendered_as_html() {
        let input = ArticleInput {
            title: "<script>alert(1)</script>".into(),
            text: "The minister said <b>nothing</b> at all. <img src=x onerror=alert(1)> Then he left."
                .into(),
            ..ArticleInput::default()
        };
        let v = build(&input, &Settings::default(), Utc::now()).unwrap();
        assert!(!v.html.contains("<script"), "{}", v.html);
        assert!(!v.html.contains("<img"), "{}", v.html);
    }

    #[test]
    fn left_out_sections_are_emptied() {
        let settings = Settings {
            sections: Sections {
                key_points: false,
                parties: false,
                open_questions: false,
                timeline: false,
            },
            ..Settings::default()
        };
        let article = sample().to_article().unwrap();
        let mut brief = extract::generate(&article, &Options::default());
        apply_sections(&mut brief, &settings);
        assert!(brief.key_points.is_empty() && brief.parties.is_empty());
        assert!(brief.open_questions.is_empty() && brief.timeline.is_empty());
    }

    #[test]
    fn restore_rebuilds_the_read_view_for_an_edited_brief() {
        let v = restore(&sample(), "# Edited\n\nMine.").unwrap();
        assert!(v.html.contains("Mine."));
        assert!(!v.reading.is_empty());
    }
}
