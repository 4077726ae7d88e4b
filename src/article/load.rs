//! Where an article comes from: a file, a URL, standard input or pasted text.
//!
//! SKELETON: only UTF-8 plain text files and pasted text are read so far; the intake work
//! adds formats (.md, .html, .pdf), encodings, URLs, size caps and language detection.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::{text, Article};
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Path(PathBuf),
    Url(String),
    Stdin,
    /// Pasted text.
    Text(String),
}

impl Input {
    /// Interpret a command-line argument: `-` is standard input, `http(s)://` a URL,
    /// anything else a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else if arg.starts_with("http://") || arg.starts_with("https://") {
            Input::Url(arg.to_string())
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// Caller overrides for metadata found in the article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadOptions {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
}

pub fn load(input: &Input, opts: &LoadOptions) -> Result<Article> {
    let mut doc = match input {
        Input::Path(path) => {
            if !path.exists() {
                return Err(Error::NotFound(path.clone()));
            }
            if path.is_dir() {
                return Err(Error::IsDirectory(path.clone()));
            }
            let bytes = std::fs::read(path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let s = String::from_utf8(bytes)
                .map_err(|_| Error::BadInput(format!("{} is not UTF-8 text", path.display())))?;
            let mut doc = text::parse(&s);
            doc.metadata.location = Some(path.display().to_string());
            doc
        }
        Input::Text(s) => text::parse(s),
        Input::Stdin => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|source| {
                Error::Io {
                    path: PathBuf::from("-"),
                    source,
                }
            })?;
            text::parse(&s)
        }
        Input::Url(u) => return Err(Error::BadInput(format!("cannot fetch {u} yet"))),
    };
    if let Some(t) = &opts.title {
        doc.metadata.title = Some(t.clone());
    }
    if let Some(d) = opts.date {
        doc.metadata.published = Some(d);
    }
    Article::from_document(doc)
}
