//! Articles from http(s) URLs, with a timeout, a size cap and redirects followed. The
//! response's content type decides how it is read; the charset comes from the header, else
//! from the page.

use std::time::Duration;

use crate::error::{Error, Result};

/// Largest response read: pages carry a lot of markup around the article.
pub const MAX_DOWNLOAD_BYTES: u64 = 20 * 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_REDIRECTS: u32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Html,
    Text,
    Markdown,
    Pdf,
}

pub struct Fetched {
    pub kind: Kind,
    pub bytes: Vec<u8>,
    pub charset: Option<String>,
}

pub fn fetch(url: &str) -> Result<Fetched> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("briefing/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let fail = |reason: String| Error::Fetch {
        url: url.to_string(),
        reason,
    };
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5",
        )
        .call()
        .map_err(|e| fail(describe(&e)))?;
    let status = response.status().as_u16();
    if status >= 400 {
        return Err(Error::HttpStatus {
            url: url.to_string(),
            status,
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_DOWNLOAD_BYTES)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => fail(format!(
                "the response is larger than {} MB",
                MAX_DOWNLOAD_BYTES / (1024 * 1024)
            )),
            e => fail(describe(&e)),
        })?;
    let mime = content_type.as_deref().map(|c| {
        c.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    let kind = match mime.as_deref() {
        Some("text/html" | "application/xhtml+xml") => Kind::Html,
        Some("text/plain") => Kind::Text,
        Some("text/markdown" | "text/x-markdown") => Kind::Markdown,
        Some("application/pdf" | "application/x-pdf") => Kind::Pdf,
        None | Some("" | "application/octet-stream") => sniff(&bytes),
        Some(other) => {
            return Err(Error::UnsupportedContentType {
                url: url.to_string(),
                content_type: other.to_string(),
            })
        }
    };
    Ok(Fetched {
        kind,
        charset: content_type
            .as_deref()
            .and_then(super::decode::header_charset),
        bytes,
    })
}

/// A response without a useful content type: look at its first bytes.
pub(crate) fn sniff(bytes: &[u8]) -> Kind {
    let head: Vec<u8> = bytes[..bytes.len().min(1024)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    if head.starts_with(b"%pdf") {
        Kind::Pdf
    } else if head
        .windows(5)
        .any(|w| w == b"<html" || w == b"<!doc" || w == b"<body")
    {
        Kind::Html
    } else {
        Kind::Text
    }
}

fn describe(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(_) => format!("no answer within {} seconds", TIMEOUT.as_secs()),
        ureq::Error::HostNotFound => "the host name was not found".into(),
        ureq::Error::ConnectionFailed => "the connection failed".into(),
        ureq::Error::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "the connection was refused".into()
        }
        ureq::Error::BadUri(u) => format!("not a valid address ({u})"),
        other => other.to_string(),
    }
}
