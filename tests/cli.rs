//! The `briefing` command line: formats, overrides, reproducible timestamps, batches,
//! exit codes and error messages. (PDF output is tested by the renderer's own tests.)

mod intake_support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use intake_support::{closed_port_url, fixture, scratch, serve, Route};

const FIXED: &str = "2025-08-20T12:00:00Z";

fn briefing(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run briefing")
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run briefing");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", stdout(o), stderr(o)))
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn markdown_to_stdout_by_default() {
    let o = briefing(&["generate", path(&fixture("summit-talks.txt"))]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("Kremlin"));
}

#[test]
fn json_with_overrides_and_fixed_timestamp() {
    let o = briefing(&[
        "generate",
        path(&fixture("summit-talks.txt")),
        "--format",
        "json",
        "--title",
        "Summit talks",
        "--date",
        "2025-08-19",
        "--generated-at",
        FIXED,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["title"], "Summit talks");
    assert_eq!(v["source"]["published"], "2025-08-19");
    assert_eq!(v["generated_at"], "2025-08-20T12:00:00Z");
    assert!(v["text"]
        .as_str()
        .unwrap()
        .starts_with("The Kremlin has downplayed"));
    assert!(v["sentences"].as_array().unwrap().len() > 20);
}

#[test]
fn same_input_same_output_with_source_date_epoch() {
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_briefing"))
            .args(["generate", path(&fixture("summit-talks.txt")), "-f", "json"])
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .output()
            .unwrap()
    };
    let (a, b) = (run(), run());
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(json(&a)["generated_at"], "2023-11-14T22:13:20Z");
}

#[test]
fn format_follows_the_output_extension() {
    let dir = scratch("cli-ext");
    for (name, check) in [("brief.json", "{"), ("brief.html", "<"), ("brief.md", "# ")] {
        let out = dir.join(name);
        let o = briefing(&[
            "generate",
            path(&fixture("intake/article.md")),
            "-o",
            path(&out),
        ]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.trim_start().starts_with(check), "{name}: {written}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn standard_input() {
    let text = std::fs::read(fixture(
        "articles/wn01-president-trump-says-he-can-and-may-put-us-into-state-of-eme.txt",
    ))
    .unwrap();
    let o = with_stdin(&["generate", "-", "--format", "json"], &text);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert!(v["title"]
        .as_str()
        .unwrap()
        .starts_with("President Trump says"));
    assert_eq!(v["source"]["published"], "2019-01-07");
}

#[test]
fn help_shows_examples_formats_and_size_cap() {
    let o = briefing(&["generate", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    for needle in [
        "Examples:",
        "briefing generate",
        "5 MB",
        ".pdf",
        "--format",
        "Exit codes",
    ] {
        assert!(help.contains(needle), "{needle} missing from help:\n{help}");
    }
}

#[test]
fn url_input() {
    let html = std::fs::read(fixture("intake/article.html")).unwrap();
    let base = serve(vec![Route::ok("/news", "text/html", html)], 1);
    let o = briefing(&["generate", &format!("{base}/news"), "-f", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["source"]["site"], "The Coastal Ledger");
    assert_eq!(v["source"]["location"], format!("{base}/news"));
}

/// Every kind of bad input: exit 2, one clear line on stderr, nothing on stdout, no panic.
#[test]
fn bad_inputs_exit_2_with_a_message() {
    let dir = scratch("cli-bad");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    let empty = write("empty.txt", b"");
    let blank = write("blank.txt", b"  \n\n\t ");
    let binary = write("data.txt", b"\0\x01\x02\x03binary\0\0\xff\xfe");
    let docx = write("report.docx", b"PK\x03\x04");
    let big = write(
        "big.txt",
        "Officials met on Monday to agree a plan. "
            .repeat(140_000)
            .as_bytes(),
    );
    let base = serve(
        vec![
            Route::status("/gone", 404),
            Route::status("/down", 500),
            Route::ok("/logo.png", "image/png", b"\x89PNG\r\n".to_vec()),
        ],
        3,
    );
    let cases: Vec<(String, &str)> = vec![
        ("/no/such/file.txt".into(), "not found"),
        (path(&fixture("intake")).into(), "is a directory"),
        (empty, "empty"),
        (blank, "empty"),
        (binary, "binary"),
        (docx, "supported"),
        (big, "5 MB"),
        (
            path(&fixture("intake/no-article.html")).into(),
            "no article text",
        ),
        (path(&fixture("intake/scanned.pdf")).into(), "no text layer"),
        (
            path(&fixture("intake/panics-reader.pdf")).into(),
            "could not read this PDF",
        ),
        (
            path(&fixture("intake/broken.pdf")).into(),
            "could not read this PDF",
        ),
        (path(&fixture("intake/french.txt")).into(), "only English"),
        (closed_port_url(), "could not fetch"),
        (format!("{base}/gone"), "404"),
        (format!("{base}/down"), "500"),
        (format!("{base}/logo.png"), "image/png"),
    ];
    for (input, needle) in cases {
        let o = briefing(&["generate", &input]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{input}: {err}");
        assert!(
            err.contains(needle),
            "{input}: expected {needle:?} in {err:?}"
        );
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{input}: {err}"
        );
        assert_eq!(err.trim().lines().count(), 1, "{input}: {err}");
        assert!(o.stdout.is_empty(), "{input}");
    }
}

#[test]
fn bad_arguments_exit_2() {
    let o = briefing(&["generate", "x.txt", "--date", "7 Jan"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD"));
}

#[test]
fn batch_writes_one_output_per_input() {
    let dir = scratch("cli-batch");
    let out = dir.join("briefs");
    let out_arg = format!("{}/", out.display());
    let o = briefing(&[
        "generate",
        path(&fixture("summit-talks.txt")),
        path(&fixture("intake/article.html")),
        path(&fixture("intake/article.md")),
        "-o",
        &out_arg,
        "--format",
        "json",
        "--generated-at",
        FIXED,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // article.html and article.md share a stem, so they keep their extensions.
    assert_eq!(
        names,
        ["article.html.json", "article.md.json", "summit-talks.json"]
    );
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("article.html.json")).unwrap()).unwrap();
    assert_eq!(
        v["title"],
        "Harbour bridge reopens after two years of repairs"
    );
}

#[test]
fn batch_processes_what_it_can_and_names_failures() {
    let dir = scratch("cli-batch-fail");
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let o = briefing(&[
        "generate",
        path(&fixture("summit-talks.txt")),
        "/no/such/missing.txt",
        path(&fixture("intake/scanned.pdf")),
        path(&fixture("intake/article.md")),
        "-o",
        path(&out),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("/no/such/missing.txt"), "{err}");
    assert!(err.contains("scanned.pdf"), "{err}");
    assert!(err.contains("2 of 4 inputs failed"), "{err}");
    assert!(out.join("summit-talks.md").exists());
    assert!(out.join("article.md").exists());
    assert!(!out.join("missing.md").exists());
}

#[test]
fn several_inputs_need_a_folder() {
    let o = briefing(&[
        "generate",
        path(&fixture("summit-talks.txt")),
        path(&fixture("intake/article.md")),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-o FOLDER"));
}
