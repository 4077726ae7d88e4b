//! The `briefing` command-line tool.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use briefing::article::{self, Input, LoadOptions};
use briefing::extract::{self, Options};
use briefing::render::{self, pdf::PdfOptions, Paper};
use briefing::{Brief, Error};
use chrono::{DateTime, NaiveDate, Utc};
use clap::{Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Inputs: .txt, .md, .html/.htm and .pdf files (with a text layer), http(s) URLs, or - for
standard input; English news articles of up to 5 MB of text.

Examples:
  briefing generate article.txt
  briefing generate article.txt --date 2019-01-07 --title \"Summit talks\"
  briefing generate https://example.org/news.html -o brief.pdf
  pbpaste | briefing generate - --format json
  briefing generate a.txt b.html c.pdf -o briefs/ --format md
  briefing render edited-brief.md -o brief.pdf

Exit codes: 0 done, 2 bad input (the message says what to fix), 1 internal error.";

#[derive(Parser)]
#[command(
    name = "briefing",
    version,
    about = "Turn a news article into a briefing document, offline",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a brief from one article (file, URL or - for standard input), or from many
    /// files into a folder (5 MB of text at most per article).
    #[command(after_help = AFTER_HELP)]
    Generate(GenerateArgs),
    /// Render a Markdown brief (e.g. one you edited) to PDF or HTML.
    Render(RenderArgs),
}

#[derive(clap::Args)]
struct GenerateArgs {
    /// Article file (.txt, .md, .html, .pdf; up to 5 MB of text), http(s) URL, or - for
    /// standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output file (format from its extension), or a folder (existing, or ending in /) that
    /// receives one brief per input, named after it.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format; defaults to the extension of -o, else Markdown.
    #[arg(short, long, value_enum)]
    format: Option<Format>,
    /// The article's publication date (YYYY-MM-DD), overriding what the article says.
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// The article's title, overriding what the article says.
    #[arg(long)]
    title: Option<String>,
    /// Number of key points (default: 3–7 from the article's length).
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=12))]
    key_points: Option<u8>,
    /// Fix the generation timestamp (RFC 3339) for reproducible output; SOURCE_DATE_EPOCH
    /// is honoured too.
    #[arg(long, value_parser = parse_timestamp)]
    generated_at: Option<DateTime<Utc>>,
    /// Paper size for PDF output.
    #[arg(long, value_enum, default_value = "a4")]
    paper: PaperArg,
}

#[derive(clap::Args)]
struct RenderArgs {
    /// The Markdown brief.
    input: PathBuf,
    /// Output file: .pdf or .html.
    #[arg(short, long)]
    output: PathBuf,
    /// Paper size for PDF output.
    #[arg(long, value_enum, default_value = "a4")]
    paper: PaperArg,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Md,
    Json,
    Pdf,
    Html,
}

impl Format {
    fn from_path(p: &Path) -> Option<Format> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Md),
            "json" => Some(Format::Json),
            "pdf" => Some(Format::Pdf),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
    fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Json => "json",
            Format::Pdf => "pdf",
            Format::Html => "html",
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("expected YYYY-MM-DD, got {s:?}"))
}

fn parse_timestamp(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| format!("expected an RFC 3339 timestamp like 2025-08-20T12:00:00Z, got {s:?}"))
}

/// Exit codes: 0 ok, 2 bad input, 1 internal error.
fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Generate(args) => generate(args),
        Command::Render(args) => render_cmd(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("briefing: {e}");
            if e.is_bad_input() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

fn generated_at(args: &GenerateArgs) -> DateTime<Utc> {
    if let Some(t) = args.generated_at {
        return t;
    }
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(Utc::now)
}

fn generate(args: GenerateArgs) -> Result<(), Error> {
    let load_opts = LoadOptions {
        title: args.title.clone(),
        date: args.date,
    };
    let opts = Options {
        key_points: args.key_points.map(usize::from),
        generated_at: generated_at(&args),
    };
    let pdf_opts = PdfOptions {
        paper: args.paper.into(),
    };
    let to_folder = args.output.as_ref().is_some_and(|o| {
        o.is_dir()
            || o.as_os_str()
                .to_string_lossy()
                .ends_with(std::path::MAIN_SEPARATOR)
    });
    if args.inputs.len() == 1 && !to_folder {
        let format = args
            .format
            .or_else(|| args.output.as_deref().and_then(Format::from_path))
            .unwrap_or(Format::Md);
        let article = article::load(&Input::from_arg(&args.inputs[0]), &load_opts)?;
        let brief = generate_brief(&article, &opts)?;
        let bytes = output_bytes(&brief, format, &pdf_opts)?;
        return write_output(args.output.as_deref(), &bytes);
    }
    batch(&args, &load_opts, &opts, &pdf_opts)
}

/// Many inputs into a folder, in parallel: every file that can be processed is, each
/// failure is named on stderr, and the run fails if any input did.
fn batch(
    args: &GenerateArgs,
    load_opts: &LoadOptions,
    opts: &Options,
    pdf_opts: &PdfOptions,
) -> Result<(), Error> {
    let Some(dir) = args.output.as_deref() else {
        return Err(Error::BadInput(
            "several inputs need an output folder: add -o FOLDER".into(),
        ));
    };
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let format = args.format.unwrap_or(Format::Md);
    let names = output_names(&args.inputs, format);
    let jobs: Vec<(&String, &String)> = args.inputs.iter().zip(&names).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = jobs.len().div_ceil(threads).max(1);
    let failures: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|jobs| {
                scope.spawn(move || {
                    let mut failed = 0;
                    for (input, name) in jobs {
                        let result = article::load(&Input::from_arg(input), load_opts)
                            .and_then(|a| generate_brief(&a, opts))
                            .and_then(|b| output_bytes(&b, format, pdf_opts))
                            .and_then(|bytes| write_output(Some(&dir.join(name)), &bytes));
                        if let Err(e) = result {
                            eprintln!("briefing: {input}: {e}");
                            failed += 1;
                        }
                    }
                    failed
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(1)).sum()
    });
    if failures > 0 {
        return Err(Error::BadInput(format!(
            "{failures} of {} inputs failed",
            args.inputs.len()
        )));
    }
    Ok(())
}

/// Extraction is rules over arbitrary text: should a rule ever panic, report it as an
/// internal error (exit 1) for this input rather than abort a whole batch.
fn generate_brief(article: &briefing::Article, opts: &Options) -> Result<Brief, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract::generate(article, opts)
    }))
    .map_err(|_| Error::Internal("generating the brief failed; please report this article".into()))
}

/// One output file name per input, named after it: `a.txt` → `a.json`. Inputs sharing a
/// stem (`a.txt`, `a.html`) keep their extension (`a.txt.json`), and any clash left gets a
/// number.
fn output_names(inputs: &[String], format: Format) -> Vec<String> {
    let ext = format.extension();
    let stems: Vec<String> = inputs.iter().map(|i| input_stem(i, false)).collect();
    let mut names: Vec<String> = inputs
        .iter()
        .zip(&stems)
        .map(|(input, stem)| {
            let shared = stems.iter().filter(|s| *s == stem).count() > 1;
            let base = if shared {
                input_stem(input, true)
            } else {
                stem.clone()
            };
            format!("{base}.{ext}")
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    for name in names.iter_mut() {
        let mut candidate = name.clone();
        let mut n = 2;
        while !seen.insert(candidate.clone()) {
            candidate = format!("{}-{n}.{ext}", name.trim_end_matches(&format!(".{ext}")));
            n += 1;
        }
        *name = candidate;
    }
    names
}

/// The file name an input is known by: a path's stem (or full name), a URL's last path
/// segment or host, `stdin` for standard input.
fn input_stem(input: &str, keep_extension: bool) -> String {
    if input == "-" {
        return "stdin".into();
    }
    let path = match input.split_once("://") {
        Some((_, rest)) => rest.split(['?', '#']).next().unwrap_or(rest),
        None => input,
    };
    let path = Path::new(path.trim_end_matches('/'));
    let name = if keep_extension {
        path.file_name()
    } else {
        path.file_stem()
    };
    let name: String = name
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() || name.starts_with('.') {
        "brief".into()
    } else {
        name
    }
}

fn output_bytes(brief: &Brief, format: Format, pdf_opts: &PdfOptions) -> Result<Vec<u8>, Error> {
    Ok(match format {
        Format::Json => (brief.to_json() + "\n").into_bytes(),
        Format::Md => render::markdown::render(brief).into_bytes(),
        Format::Html => render::html::document(&render::markdown::render(brief)).into_bytes(),
        Format::Pdf => render::pdf::render(&render::markdown::render(brief), pdf_opts)?,
    })
}

fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    match path {
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .and_then(|_| out.flush())
                .map_err(|source| Error::Io {
                    path: PathBuf::from("-"),
                    source,
                })
        }
        Some(p) => std::fs::write(p, bytes).map_err(|source| Error::Io {
            path: p.to_path_buf(),
            source,
        }),
    }
}

fn render_cmd(args: RenderArgs) -> Result<(), Error> {
    let markdown = std::fs::read_to_string(&args.input).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(args.input.clone())
        } else {
            Error::Io {
                path: args.input.clone(),
                source,
            }
        }
    })?;
    let bytes = match Format::from_path(&args.output) {
        Some(Format::Pdf) => render::pdf::render(
            &markdown,
            &PdfOptions {
                paper: args.paper.into(),
            },
        )?,
        Some(Format::Html) => render::html::document(&markdown).into_bytes(),
        _ => {
            return Err(Error::BadInput(format!(
                "{}: the output must end in .pdf or .html",
                args.output.display()
            )))
        }
    };
    write_output(Some(&args.output), &bytes)
}
