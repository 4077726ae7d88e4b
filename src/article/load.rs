//! Where an article comes from: a file, a URL, standard input or pasted text. Picks the
//! reader by extension (files) or content type (URLs), decodes the bytes, applies the size
//! cap, the caller's overrides and the language check.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{decode, fetch, html, language, markdown, pdf, text, Article, Document};
use crate::error::{Error, Result};

/// The most article text accepted (5 MB): far above any news article, low enough to keep
/// a mistaken input (a book, a log file) from tying the machine up.
pub const MAX_TEXT_BYTES: u64 = 5 * 1024 * 1024;
const MAX_TEXT_MB: u64 = MAX_TEXT_BYTES / (1024 * 1024);
/// HTML and PDF files carry markup, fonts and images around the text.
const MAX_DOCUMENT_BYTES: u64 = fetch::MAX_DOWNLOAD_BYTES;

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
        let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
        if arg == "-" {
            Input::Stdin
        } else if lower.starts_with("http://") || lower.starts_with("https://") {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Pdf,
}

impl From<fetch::Kind> for Format {
    fn from(k: fetch::Kind) -> Format {
        match k {
            fetch::Kind::Html => Format::Html,
            fetch::Kind::Text => Format::Text,
            fetch::Kind::Markdown => Format::Markdown,
            fetch::Kind::Pdf => Format::Pdf,
        }
    }
}

pub fn load(input: &Input, opts: &LoadOptions) -> Result<Article> {
    let mut doc = read(input)?;
    let size: usize = doc.blocks.iter().map(|b| b.text.len()).sum();
    if size as u64 > MAX_TEXT_BYTES {
        return Err(too_large(input));
    }
    if let Some(t) = opts
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        doc.metadata.title = Some(t.to_string());
    }
    if let Some(d) = opts.date {
        doc.metadata.published = Some(d);
    }
    let article = Article::from_document(doc)?;
    language::check_english(&article.text)?;
    Ok(article)
}

fn describe(input: &Input) -> String {
    match input {
        Input::Path(p) => p.display().to_string(),
        Input::Url(u) => u.clone(),
        Input::Stdin => "standard input".into(),
        Input::Text(_) => "the text".into(),
    }
}

fn too_large(input: &Input) -> Error {
    Error::TooLarge {
        what: describe(input),
        limit_mb: MAX_TEXT_MB,
    }
}

fn read(input: &Input) -> Result<Document> {
    match input {
        Input::Path(path) => read_file(path),
        Input::Url(url) => {
            let fetched = fetch::fetch(url)?;
            let mut doc = parse_bytes(
                &fetched.bytes,
                fetched.kind.into(),
                fetched.charset.as_deref(),
                url,
                Some(url),
            )?;
            doc.metadata.location = Some(url.clone());
            Ok(doc)
        }
        Input::Stdin => {
            let bytes = read_capped(std::io::stdin().lock(), MAX_TEXT_BYTES * 2, input, "-")?;
            let text = decode::decode(&bytes, None, "standard input")?;
            check_text_size(&text, input)?;
            Ok(parse_text_guessing_markup(&text))
        }
        Input::Text(s) => {
            check_text_size(s, input)?;
            if s.contains('\0') {
                return Err(Error::Binary("the pasted text".into()));
            }
            Ok(text::parse(s))
        }
    }
}

fn check_text_size(text: &str, input: &Input) -> Result<()> {
    if text.len() as u64 > MAX_TEXT_BYTES {
        return Err(too_large(input));
    }
    Ok(())
}

/// Piped input has no extension: an HTML page or PDF piped in is still read as one.
fn parse_text_guessing_markup(text: &str) -> Document {
    let head = text
        .trim_start()
        .get(..64)
        .unwrap_or(text.trim_start())
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        if let Ok(doc) = html::parse(text, None, "standard input") {
            return doc;
        }
    }
    text::parse(text)
}

fn read_capped(reader: impl Read, cap: u64, input: &Input, path: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: PathBuf::from(path),
            source,
        })?;
    if bytes.len() as u64 > cap {
        return Err(too_large(input));
    }
    Ok(bytes)
}

fn read_file(path: &Path) -> Result<Document> {
    let meta = std::fs::metadata(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(path.to_path_buf())
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    if meta.is_dir() {
        return Err(Error::IsDirectory(path.to_path_buf()));
    }
    let format = format_of(path)?;
    let cap = match format {
        // UTF-16 text takes two bytes a character.
        Some(Format::Text | Format::Markdown) => MAX_TEXT_BYTES * 2,
        Some(Format::Html | Format::Pdf) | None => MAX_DOCUMENT_BYTES,
    };
    let input = Input::Path(path.to_path_buf());
    if meta.len() > cap {
        return Err(too_large(&input));
    }
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let bytes = read_capped(file, cap, &input, &path.display().to_string())?;
    let format = format.unwrap_or_else(|| sniff(&bytes));
    let location = path.display().to_string();
    let mut doc = parse_bytes(&bytes, format, None, &location, None)?;
    doc.metadata.location = Some(location);
    Ok(doc)
}

fn parse_bytes(
    bytes: &[u8],
    format: Format,
    charset: Option<&str>,
    location: &str,
    url: Option<&str>,
) -> Result<Document> {
    match format {
        Format::Pdf => pdf::parse(bytes, location),
        Format::Html => {
            let charset = charset
                .map(str::to_string)
                .or_else(|| decode::html_meta_charset(bytes));
            let page = decode::decode(bytes, charset.as_deref(), location)?;
            html::parse(&page, url, location)
        }
        Format::Text | Format::Markdown => {
            let s = decode::decode(bytes, charset, location)?;
            if s.len() as u64 > MAX_TEXT_BYTES {
                return Err(Error::TooLarge {
                    what: location.to_string(),
                    limit_mb: MAX_TEXT_MB,
                });
            }
            Ok(if format == Format::Markdown {
                markdown::parse(&s)
            } else {
                text::parse(&s)
            })
        }
    }
}

/// The reader for a file, by extension; `None` when it has none (then the content decides).
fn format_of(path: &Path) -> Result<Option<Format>> {
    let Some(ext) = path.extension() else {
        return Ok(None);
    };
    let ext = ext.to_string_lossy().to_ascii_lowercase();
    Ok(Some(match ext.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "pdf" => Format::Pdf,
        _ => {
            return Err(Error::UnsupportedFormat {
                path: path.to_path_buf(),
                found: format!(".{ext}"),
            })
        }
    }))
}

fn sniff(bytes: &[u8]) -> Format {
    match fetch::sniff(bytes) {
        fetch::Kind::Pdf => Format::Pdf,
        fetch::Kind::Html => Format::Html,
        _ => Format::Text,
    }
}
