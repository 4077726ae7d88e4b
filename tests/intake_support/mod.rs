//! Test helpers shared by the intake and CLI tests: scratch files, and a tiny HTTP server
//! on 127.0.0.1 that serves canned responses to a bounded number of requests and stops by
//! itself.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefing-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

#[derive(Clone)]
pub struct Route {
    pub path: &'static str,
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Route {
    pub fn ok(path: &'static str, content_type: &str, body: impl Into<Vec<u8>>) -> Route {
        Route {
            path,
            status: 200,
            headers: vec![("Content-Type", content_type.to_string())],
            body: body.into(),
        }
    }
    pub fn status(path: &'static str, status: u16) -> Route {
        Route {
            path,
            status,
            headers: vec![("Content-Type", "text/html".to_string())],
            body: b"<html><body><h1>Error</h1></body></html>".to_vec(),
        }
    }
    pub fn redirect(path: &'static str, to: &str) -> Route {
        Route {
            path,
            status: 302,
            headers: vec![("Location", to.to_string())],
            body: Vec::new(),
        }
    }
}

/// Serve `routes` on 127.0.0.1 for at most `max_requests` requests or 60 seconds,
/// whichever comes first. Returns the base URL, e.g. `http://127.0.0.1:40123`.
pub fn serve(routes: Vec<Route>, max_requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("local addr"));
    listener.set_nonblocking(true).expect("nonblocking");
    std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut served = 0;
        while served < max_requests && Instant::now() < deadline {
            match listener.accept() {
                Ok((stream, _)) => {
                    served += 1;
                    handle(stream, &routes);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    });
    base
}

fn handle(mut stream: TcpStream, routes: &[Route]) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 64 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let route = routes.iter().find(|r| r.path == path);
    let (status, headers, body) = match route {
        Some(r) => (r.status, r.headers.clone(), r.body.clone()),
        None => (
            404,
            vec![("Content-Type", "text/plain".to_string())],
            b"not found".to_vec(),
        ),
    };
    let mut response = format!(
        "HTTP/1.1 {status} Status\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        response.push_str(&format!("{k}: {v}\r\n"));
    }
    response.push_str("\r\n");
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
}

/// A 127.0.0.1 URL on which nothing listens (connection refused).
pub fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    format!("http://{addr}/article.html")
}
