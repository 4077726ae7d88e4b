//! The article as the page holds it (title, date, text and source fields the person can
//! edit), and its conversion to and from the engine's [`Article`].

use std::path::PathBuf;

use briefing::article::{self, Input, LoadOptions};
use briefing::Article;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::sample::{Attribution, SAMPLE_ATTRIBUTION, SAMPLE_TEXT};

/// The article pane's fields. Empty strings mean "not given".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleInput {
    pub title: String,
    /// `YYYY-MM-DD`; feeds the timeline (the CLI's `--date`).
    pub date: String,
    pub text: String,
    /// Where the article came from (path or URL), shown and kept in the brief.
    pub source: String,
}

/// What the page shows after an article was loaded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleView {
    #[serde(flatten)]
    pub input: ArticleInput,
    /// Set for the bundled sample: its licence and credit, shown with it.
    pub attribution: Option<Attribution>,
}

/// Where to load an article from, as the page asks for it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Source {
    Path(String),
    Url(String),
}

impl Source {
    pub fn location(&self) -> &str {
        match self {
            Source::Path(s) | Source::Url(s) => s,
        }
    }
}

/// Parse the date field: empty is "unknown", anything else must be a calendar date.
pub fn parse_date(date: &str) -> AppResult<Option<NaiveDate>> {
    let date = date.trim();
    if date.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            AppError::Invalid(format!(
                "the date \"{date}\" is not a date: write it as year-month-day, e.g. 2024-05-31, or leave it empty"
            ))
        })
}

impl ArticleInput {
    /// The engine's article for these fields: the title and date fields override what the
    /// text itself says, as `--title`/`--date` do on the command line.
    pub fn to_article(&self) -> AppResult<Article> {
        let title = Some(self.title.trim())
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        let opts = LoadOptions {
            title,
            date: parse_date(&self.date)?,
        };
        let mut article = article::load(&Input::Text(self.text.clone()), &opts)?;
        let source = self.source.trim();
        if !source.is_empty() {
            article.metadata.location = Some(source.to_string());
        }
        Ok(article)
    }

    pub fn from_article(article: &Article) -> ArticleInput {
        ArticleInput {
            title: article.metadata.title.clone().unwrap_or_default(),
            date: article
                .metadata
                .published
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            text: article.text.clone(),
            source: article
                .metadata
                .location
                .clone()
                .or_else(|| article.metadata.site.clone())
                .unwrap_or_default(),
        }
    }
}

/// Read an article from a file or URL with the engine (which does the fetching: the web
/// view never touches the network).
pub fn load(source: &Source) -> AppResult<ArticleView> {
    let input = match source {
        Source::Path(p) => Input::Path(PathBuf::from(p)),
        Source::Url(u) => {
            let u = u.trim();
            if !(u.starts_with("http://") || u.starts_with("https://")) {
                return Err(AppError::Invalid(format!(
                    "\"{u}\" is not a web address: it must start with http:// or https://"
                )));
            }
            Input::Url(u.to_string())
        }
    };
    let article = article::load(&input, &LoadOptions::default())?;
    let mut view = ArticleInput::from_article(&article);
    if view.source.is_empty() {
        view.source = source.location().to_string();
    }
    Ok(ArticleView {
        input: view,
        attribution: None,
    })
}

pub fn sample() -> AppResult<ArticleView> {
    let article = Article::from_text(SAMPLE_TEXT)?;
    let mut input = ArticleInput::from_article(&article);
    input.source = format!("Wikinews ({})", SAMPLE_ATTRIBUTION.license);
    Ok(ArticleView {
        input,
        attribution: Some(SAMPLE_ATTRIBUTION),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_has_title_date_and_attribution() {
        let v = sample().unwrap();
        assert!(!v.input.title.is_empty());
        assert!(parse_date(&v.input.date).unwrap().is_some());
        assert!(v.input.text.len() > 1000);
        assert_eq!(v.attribution.unwrap().license, "CC BY 2.5");
    }

    #[test]
    fn fields_override_the_text() {
        let input = ArticleInput {
            title: "Given title".into(),
            date: "2024-05-31".into(),
            text: "First sentence here. Second sentence here.".into(),
            source: "/tmp/a.txt".into(),
        };
        let a = input.to_article().unwrap();
        assert_eq!(a.metadata.title.as_deref(), Some("Given title"));
        assert_eq!(a.metadata.published, NaiveDate::from_ymd_opt(2024, 5, 31));
        assert_eq!(a.metadata.location.as_deref(), Some("/tmp/a.txt"));
    }

    #[test]
    fn bad_date_says_how_to_write_it() {
        let e = parse_date("31/05/2024").unwrap_err().to_string();
        assert!(e.contains("2024-05-31"), "{e}");
        assert_eq!(parse_date("  ").unwrap(), None);
    }

    #[test]
    fn empty_article_is_a_bad_input_error() {
        let e = ArticleInput::default().to_article().unwrap_err();
        assert_eq!(e.kind(), "bad_input");
    }

    #[test]
    fn missing_file_is_an_error_not_a_panic() {
        let e = load(&Source::Path("/definitely/not/here.txt".into())).unwrap_err();
        assert!(e.to_string().contains("/definitely/not/here.txt"));
    }

    #[test]
    fn url_must_be_a_web_address() {
        let e = load(&Source::Url("ftp://example.org/x".into())).unwrap_err();
        assert_eq!(e.kind(), "bad_input");
    }

    #[test]
    fn source_deserialises_from_tagged_json() {
        let s: Source = serde_json::from_str(r#"{"kind":"url","value":"https://a.b/c"}"#).unwrap();
        assert_eq!(s, Source::Url("https://a.b/c".into()));
    }
}
