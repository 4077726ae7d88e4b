//! End-to-end tests: the real app binary in a real window, driven through tauri-driver and
//! WebKitWebDriver. Run under X (scripts/test.sh uses `xvfb-run -a cargo test --workspace`).
//!
//! Each test starts its own tauri-driver on free ports and one app instance with private
//! config and data folders; tests run one at a time (one X display, two cores). Every wait is
//! bounded. Native dialogs, print and menus cannot be driven by WebDriver: they are covered by
//! the command-level tests in the crate; saving goes through `BRIEFING_TEST_SAVE_DIR`.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const APP: &str = env!("CARGO_BIN_EXE_briefing-app");
const IDENTIFIER: &str = "org.briefing.desktop";
/// Generous bounds: CI shares two cores, and the first start of WebKit reads a lot from disk.
const WAIT: Duration = Duration::from_secs(30);
const SESSION_START: Duration = Duration::from_secs(120);

/// One app at a time: they share the X display and two cores.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn find_tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let mut candidates: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("tauri-driver"))
                .collect()
        })
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(Path::new(&home).join(".cargo/bin/tauri-driver"));
    }
    candidates.into_iter().find(|p| p.is_file()).unwrap_or_else(|| {
        panic!(
            "tauri-driver is not installed, so the desktop end-to-end tests cannot run. \
             Install it with `bash scripts/setup.sh` (or `cargo install tauri-driver --version ^2 --locked`)."
        )
    })
}

fn check_environment() {
    assert!(
        Command::new("WebKitWebDriver")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok(),
        "WebKitWebDriver is missing: install the webkit2gtk-driver package (`bash scripts/setup.sh`)."
    );
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "no X display: run the desktop tests under Xvfb, e.g. `xvfb-run -a cargo test -p briefing-app`."
    );
}

fn free_port() -> (TcpListener, u16) {
    let l = TcpListener::bind("127.0.0.1:0").expect("a free local port");
    let port = l.local_addr().expect("a bound port").port();
    (l, port)
}

/// A private home for one app instance: config, data and save folders.
struct Dirs {
    root: PathBuf,
}

impl Dirs {
    fn new(test: &str) -> Dirs {
        let root = std::env::temp_dir().join(format!("briefing-e2e-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("saved")).expect("test folders");
        Dirs { root }
    }
    fn config(&self) -> PathBuf {
        self.root.join("config")
    }
    fn data(&self) -> PathBuf {
        self.root.join("data")
    }
    fn app_data(&self) -> PathBuf {
        self.data().join(IDENTIFIER)
    }
    fn saved(&self) -> PathBuf {
        self.root.join("saved")
    }
}

/// tauri-driver, killed (with the WebKitWebDriver and app it started) when dropped.
struct Driver {
    child: Child,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The driver runs in its own process group: end the group, then reap it.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.wait();
    }
}

struct App {
    client: Client,
    dirs: Dirs,
    _driver: Driver,
}

impl App {
    async fn start(dirs: Dirs) -> App {
        check_environment();
        let driver_bin = find_tauri_driver();
        let (l1, port) = free_port();
        let (l2, native_port) = free_port();
        drop((l1, l2));
        let mut cmd = Command::new(&driver_bin);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("XDG_CONFIG_HOME", dirs.config())
        .env("XDG_DATA_HOME", dirs.data())
        .env("BRIEFING_TEST_SAVE_DIR", dirs.saved())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", driver_bin.display()));
        let driver = Driver { child };

        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not listen on port {port} within 30 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": APP }));
        let client = tokio::time::timeout(
            SESSION_START,
            ClientBuilder::native()
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{port}")),
        )
        .await
        .unwrap_or_else(|_| panic!("the app did not start within {SESSION_START:?}"))
        .expect("a WebDriver session with the app");
        let app = App {
            client,
            dirs,
            _driver: driver,
        };
        app.wait_for("document.body.dataset.ready === 'true'").await;
        app
    }

    async fn finish(self) {
        let _ = tokio::time::timeout(Duration::from_secs(5), self.client.close()).await;
        let _ = std::fs::remove_dir_all(&self.dirs.root);
    }

    async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Wait (bounded) until a JavaScript expression is truthy.
    async fn wait_for(&self, expr: &str) {
        let script = format!("return !!({expr});");
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(Value::Bool(true)) = self.client.execute(&script, vec![]).await {
                return;
            }
            if Instant::now() > deadline {
                let page = self
                    .client
                    .execute(
                        "return [document.getElementById('status')?.textContent, \
                         document.getElementById('error-message')?.textContent];",
                        vec![],
                    )
                    .await
                    .unwrap_or(Value::Null);
                panic!("timed out after {WAIT:?} waiting for `{expr}`; status and error: {page}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn click(&self, id: &str) {
        self.client
            .find(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("no #{id}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("could not click #{id}: {e}"));
    }

    async fn value(&self, id: &str) -> String {
        let v = self
            .js(&format!("return document.getElementById('{id}').value;"))
            .await;
        v.as_str().unwrap_or_default().to_string()
    }

    async fn visible(&self, id: &str) -> bool {
        self.js(&format!(
            "const e = document.getElementById('{id}'); return !!e && !e.hidden && e.offsetParent !== null;"
        ))
        .await
            == Value::Bool(true)
    }

    /// Type at the end of the brief's Markdown editor, as a person would.
    async fn type_at_end_of_editor(&self, text: &str) {
        self.js("const t = document.getElementById('brief-editor'); t.focus(); t.setSelectionRange(t.value.length, t.value.length);")
            .await;
        self.client
            .find(Locator::Id("brief-editor"))
            .await
            .expect("the Markdown editor")
            .send_keys(text)
            .await
            .expect("typing in the editor");
    }
}

fn run(test: &str, body: impl AsyncFnOnce(&App)) {
    run_in(Dirs::new(test), body)
}

fn run_in(dirs: Dirs, body: impl AsyncFnOnce(&App)) {
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    rt.block_on(async {
        let app = App::start(dirs).await;
        body(&app).await;
        app.finish().await;
    });
}

#[test]
fn sample_generate_trace_edit_and_save() {
    run("main-flow", async |app: &App| {
        // First run: the sample with its attribution.
        assert!(
            app.visible("welcome").await,
            "the first run shows the welcome"
        );
        app.click("try-sample").await;
        app.wait_for("document.getElementById('article-title').value !== ''")
            .await;
        let title = app.value("article-title").await;
        assert!(title.contains("Cairo summit"), "sample title: {title}");
        assert_eq!(app.value("article-date").await, "2020-01-11");
        let attribution = app
            .js("return document.getElementById('attribution').textContent;")
            .await;
        assert!(
            attribution.as_str().unwrap_or("").contains("CC BY 2.5"),
            "attribution: {attribution}"
        );

        // Generate: the brief's sections appear in the preview.
        app.click("generate").await;
        app.wait_for(
            "!document.getElementById('preview').hidden && document.querySelector('#preview h1')",
        )
        .await;
        let h1 = app
            .js("return document.querySelector('#preview h1').textContent;")
            .await;
        assert_eq!(
            h1.as_str().unwrap_or(""),
            title,
            "the brief is titled as the article"
        );
        let h2s = app
            .js("return [...document.querySelectorAll('#preview h2')].map(h => h.textContent.toLowerCase());")
            .await;
        assert!(
            h2s.as_array().is_some_and(|a| a
                .iter()
                .any(|h| h.as_str().unwrap_or("").contains("key points"))),
            "sections: {h2s}"
        );
        assert!(
            h2s.as_array()
                .is_some_and(|a| a.iter().any(|h| h.as_str() == Some("sources"))),
            "the brief lists its source sentences: {h2s}"
        );
        // The article pane is now a read view of numbered sentences.
        assert!(app.visible("article-read").await);
        assert!(!app.visible("article-text").await);
        let counts = app
            .js("return [document.querySelectorAll('#article-read span.sentence').length, window.briefing.state.brief.sentences.length];")
            .await;
        assert_eq!(counts[0], counts[1], "one span per sentence: {counts}");
        assert!(counts[0].as_u64().unwrap_or(0) > 5);

        // Every menu action has a handler in the page.
        let unhandled = app
            .js("return window.briefing.menuActions.filter(a => !window.briefing.actions[a]);")
            .await;
        assert_eq!(unhandled, json!([]), "menu actions without a handler");

        // Trace: a source link shows its sentence on hover and marks it on click.
        let link = app
            .js("const a = document.querySelector('#preview a.source-ref'); \
                 return a && {sources: a.dataset.sources, title: a.title, href: a.getAttribute('href')};")
            .await;
        assert!(link.is_object(), "the brief links its items to sources");
        let sources: Vec<u64> = link["sources"]
            .as_str()
            .unwrap_or("")
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect();
        assert!(!sources.is_empty(), "link: {link}");
        let first_sentence = app
            .js(&format!(
                "return document.querySelector('#article-read span.sentence[data-index=\"{}\"]').textContent;",
                sources[0]
            ))
            .await;
        assert!(
            link["title"]
                .as_str()
                .unwrap_or("")
                .contains(first_sentence.as_str().unwrap_or("?")),
            "the tooltip shows the sentence: {link} vs {first_sentence}"
        );
        app.client
            .find(Locator::Css("#preview a.source-ref"))
            .await
            .expect("a source link")
            .click()
            .await
            .expect("clicking the source link");
        app.wait_for("document.querySelector('#article-read mark')")
            .await;
        let marks = app
            .js("return [...document.querySelectorAll('#article-read mark')].map(m => [Number(m.dataset.index), m.textContent, m.parentElement.dataset.index]);")
            .await;
        let marks = marks.as_array().expect("marks");
        assert_eq!(marks.len(), sources.len(), "one mark per source sentence");
        for (m, s) in marks.iter().zip(&sources) {
            assert_eq!(m[0].as_u64(), Some(*s));
            assert_eq!(m[2].as_str(), Some(s.to_string().as_str()));
        }
        assert_eq!(
            marks[0][1], first_sentence,
            "the marked text is the sentence"
        );

        // Edit: the edited Markdown is what is previewed (raw HTML shown as text) and saved.
        app.click("toggle-edit").await;
        assert!(app.visible("brief-editor").await);
        assert!(app.value("brief-editor").await.starts_with("# "));
        app.type_at_end_of_editor("\n\nChecked by the desk <img src=x>.\n")
            .await;
        app.wait_for("!document.getElementById('brief-badge').hidden")
            .await;
        app.click("toggle-edit").await;
        app.wait_for("!document.getElementById('preview').hidden")
            .await;
        let preview = app
            .js("return [document.getElementById('preview').textContent, document.querySelectorAll('#preview img').length];")
            .await;
        assert!(
            preview[0]
                .as_str()
                .unwrap_or("")
                .contains("Checked by the desk <img src=x>."),
            "edited preview: {preview}"
        );
        assert_eq!(preview[1], json!(0), "raw HTML is never rendered");

        // The edits were autosaved to the data folder.
        let draft = app.dirs.app_data().join("draft.json");
        let deadline = Instant::now() + WAIT;
        while !std::fs::read_to_string(&draft).is_ok_and(|s| s.contains("Checked by the desk")) {
            assert!(
                Instant::now() < deadline,
                "no autosave at {}",
                draft.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        // Save as Markdown through the test save folder; the file holds the edited brief.
        app.click("save-markdown").await;
        app.wait_for("document.getElementById('status').textContent.startsWith('Saved to')")
            .await;
        let saved = app
            .dirs
            .saved()
            .join("cairo-summit-denounces-turkish-libyan-maritime-border-2020-01-11.md");
        let text = std::fs::read_to_string(&saved)
            .unwrap_or_else(|e| panic!("saved file {}: {e}", saved.display()));
        assert!(text.starts_with(&format!("# {title}")), "{text}");
        assert!(text.contains("Checked by the desk <img src=x>."), "{text}");
        assert!(
            !app.visible("brief-badge").await,
            "saved edits are not marked unsaved"
        );
        assert!(!draft.exists(), "the autosave is dropped once saved");

        // Save as PDF: the engine's document of the edited brief.
        app.js("document.getElementById('status').textContent = '';")
            .await;
        app.click("save-pdf").await;
        app.wait_for("document.getElementById('status').textContent.startsWith('Saved to')")
            .await;
        let pdf = std::fs::read(saved.with_extension("pdf")).expect("the saved PDF");
        assert!(pdf.starts_with(b"%PDF"), "a PDF file");
    });
}

#[test]
fn regenerating_over_edits_asks_first() {
    run("regenerate", async |app: &App| {
        app.click("try-sample").await;
        app.wait_for("document.getElementById('article-title').value !== ''")
            .await;
        // Ctrl+Enter generates (WebDriver keys: Control, Enter, then release all).
        app.client
            .find(Locator::Id("article-text"))
            .await
            .expect("the article field")
            .send_keys("\u{E009}\u{E007}\u{E000}")
            .await
            .expect("pressing Ctrl+Enter");
        app.wait_for(
            "!document.getElementById('preview').hidden && document.querySelector('#preview h1')",
        )
        .await;
        app.click("toggle-edit").await;
        app.type_at_end_of_editor("\nMy own note.\n").await;
        app.wait_for("!document.getElementById('brief-badge').hidden")
            .await;

        // Keep editing: nothing is lost.
        app.click("generate").await;
        app.wait_for("document.getElementById('confirm-dialog').open")
            .await;
        app.click("confirm-cancel").await;
        app.wait_for("!document.getElementById('confirm-dialog').open")
            .await;
        assert!(app.value("brief-editor").await.contains("My own note."));

        // Discard: a fresh brief replaces the edits.
        app.click("generate").await;
        app.wait_for("document.getElementById('confirm-dialog').open")
            .await;
        app.click("confirm-ok").await;
        app.wait_for("!document.getElementById('preview').hidden && document.getElementById('brief-badge').hidden")
            .await;
        let text = app
            .js("return document.getElementById('preview').textContent;")
            .await;
        assert!(!text.as_str().unwrap_or("").contains("My own note."));

        // Loading another article over edits asks too.
        app.click("toggle-edit").await;
        app.type_at_end_of_editor("\nAnother note.\n").await;
        app.wait_for("!document.getElementById('brief-badge').hidden")
            .await;
        app.click("try-sample-toolbar").await;
        app.wait_for("document.getElementById('confirm-dialog').open")
            .await;
        app.click("confirm-cancel").await;
        assert!(app.value("brief-editor").await.contains("Another note."));

        // Closing the window (File › Quit, or the window's close button, which the app turns
        // into the same action while edits are unsaved) asks too; keeping the edits keeps
        // the app open.
        app.js("window.briefing.actions.quit();").await;
        app.wait_for("document.getElementById('confirm-dialog').open")
            .await;
        app.click("confirm-cancel").await;
        app.wait_for("!document.getElementById('confirm-dialog').open")
            .await;
        assert!(app.value("brief-editor").await.contains("Another note."));
    });
}

#[test]
fn a_bad_article_gets_a_plain_message_and_stays_as_it_was() {
    run("bad-input", async |app: &App| {
        let text = "Officials met on Monday. They talked for an hour and agreed on nothing.";
        let field = app
            .client
            .find(Locator::Id("article-text"))
            .await
            .expect("the article field");
        field.send_keys(text).await.expect("typing the article");
        app.client
            .find(Locator::Id("article-date"))
            .await
            .expect("the date field")
            .send_keys("31/05/2024")
            .await
            .expect("typing the date");
        app.click("generate").await;
        app.wait_for("!document.getElementById('error-banner').hidden")
            .await;
        let message = app
            .js("return document.getElementById('error-message').textContent;")
            .await;
        assert!(
            message.as_str().unwrap_or("").contains("2024-05-31"),
            "the message says how to write the date: {message}"
        );
        assert_eq!(app.value("article-text").await, text, "the article is kept");
        assert!(app.visible("article-text").await);
        assert!(!app.visible("preview").await, "no brief appeared");

        // An empty article: the engine's own message.
        app.js("document.getElementById('article-date').value = ''; document.getElementById('article-text').value = '   ';")
            .await;
        app.click("error-dismiss").await;
        app.click("generate").await;
        app.wait_for("!document.getElementById('error-banner').hidden")
            .await;
        let message = app
            .js("return document.getElementById('error-message').textContent;")
            .await;
        assert!(
            message.as_str().unwrap_or("").contains("empty"),
            "message: {message}"
        );

        // Settings are kept in the app's config folder as JSON.
        app.click("open-settings").await;
        app.wait_for("document.getElementById('settings-dialog').open")
            .await;
        app.client
            .find(Locator::Id("set-paper"))
            .await
            .expect("the paper size")
            .select_by_value("letter")
            .await
            .expect("choosing Letter");
        app.click("set-sec-timeline").await;
        app.click("settings-ok").await;
        let file = app.dirs.config().join(IDENTIFIER).join("settings.json");
        let deadline = Instant::now() + WAIT;
        let saved = loop {
            if let Some(v) = std::fs::read(&file)
                .ok()
                .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            {
                break v;
            }
            assert!(
                Instant::now() < deadline,
                "no settings at {}",
                file.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        assert_eq!(saved["paper"], "letter", "{saved}");
        assert_eq!(saved["sections"]["timeline"], false, "{saved}");
    });
}

#[test]
fn an_unsaved_brief_is_offered_back_after_a_restart() {
    let dirs = Dirs::new("restore");
    // What an earlier run that crashed left behind.
    let sample = briefing_app::article_input::sample().expect("the sample");
    let draft = briefing_app::draft::Draft {
        article: sample.input.clone(),
        markdown: format!(
            "# {}\n\nRestored words from last time.\n",
            sample.input.title
        ),
        saved_at: chrono::Utc::now(),
    };
    briefing_app::draft::save(&dirs.app_data(), &draft).expect("writing the draft");
    run_in(dirs, async |app: &App| {
        app.wait_for("!document.getElementById('restore-banner').hidden")
            .await;
        app.click("restore-draft").await;
        app.wait_for("!document.getElementById('preview').hidden")
            .await;
        let preview = app
            .js("return document.getElementById('preview').textContent;")
            .await;
        assert!(preview
            .as_str()
            .unwrap_or("")
            .contains("Restored words from last time."));
        assert_eq!(app.value("article-title").await, sample.input.title);
        assert!(
            app.visible("article-read").await,
            "the read view is rebuilt"
        );
        assert!(
            app.visible("brief-badge").await,
            "a restored brief is unsaved until saved"
        );
    });
}

#[test]
fn opening_a_file_fills_the_article_pane_and_the_recent_list() {
    let dirs = Dirs::new("open-file");
    let file = dirs.root.join("ministers.html");
    std::fs::write(
        &file,
        "<!DOCTYPE html><html><head><title>Ministers meet in Oslo</title>\
         <script>alert('never run')</script></head><body><article>\
         <h1>Ministers meet in Oslo</h1>\
         <p>Foreign ministers from five countries met in Oslo on Tuesday to discuss fishing rights \
         in the Barents Sea, a dispute that has strained relations between the neighbours for years.</p>\
         <p>The talks ended without an agreement, officials said, although both sides described the \
         meeting as constructive and promised to return to the table before the end of the year.</p>\
         <p>Norway's foreign minister told reporters that the quotas proposed by the other delegations \
         would not protect the cod stock, which scientists say has fallen sharply since 2015.</p>\
         <p>A second round of talks is planned for March in Reykjavik, where the ministers are expected \
         to discuss enforcement and the sharing of catch data between the coast guards.</p>\
         </article></body></html>",
    )
    .expect("writing the article file");
    let path = file.display().to_string();
    run_in(dirs, async |app: &App| {
        app.js(&format!(
            "window.briefing.openPath({});",
            serde_json::to_string(&path).expect("a JSON string")
        ))
        .await;
        app.wait_for("document.getElementById('article-title').value !== ''")
            .await;
        assert_eq!(app.value("article-title").await, "Ministers meet in Oslo");
        let text = app.value("article-text").await;
        assert!(text.contains("met in Oslo on Tuesday"), "{text}");
        assert!(
            !text.contains("never run"),
            "scripts are not article text: {text}"
        );
        assert_eq!(app.value("article-source").await, path);
        app.wait_for("!document.getElementById('recent').hidden")
            .await;
        let recent = app
            .js("return document.getElementById('recent-list').textContent;")
            .await;
        assert!(recent
            .as_str()
            .unwrap_or("")
            .contains("Ministers meet in Oslo"));

        // A file that is not there: a plain message naming it, the article kept.
        app.js("window.briefing.openPath('/no/such/article.txt');")
            .await;
        app.wait_for("!document.getElementById('error-banner').hidden")
            .await;
        let message = app
            .js("return document.getElementById('error-message').textContent;")
            .await;
        assert!(
            message
                .as_str()
                .unwrap_or("")
                .contains("/no/such/article.txt"),
            "{message}"
        );
        assert_eq!(app.value("article-title").await, "Ministers meet in Oslo");
    });
}

#[test]
fn cancel_frees_the_page_and_discards_the_result() {
    run("cancel", async |app: &App| {
        app.click("try-sample").await;
        app.wait_for("document.getElementById('article-title').value !== ''")
            .await;
        // Press Cancel the moment the busy state shows (a mutation observer runs before the
        // engine's answer can arrive, which comes as a later task).
        let cancelled = app
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const busy = document.getElementById('busy');
                 new MutationObserver((_, obs) => {
                   if (!busy.hidden) {
                     obs.disconnect();
                     document.getElementById('cancel-generate').click();
                     done(busy.hidden);
                   }
                 }).observe(busy, { attributes: true });
                 document.getElementById('generate').click();",
                vec![],
            )
            .await
            .expect("generate, then cancel");
        assert_eq!(cancelled, json!(true), "Cancel ends the busy state at once");
        let status = app
            .js("return document.getElementById('status').textContent;")
            .await;
        assert!(
            status.as_str().unwrap_or("").contains("cancelled"),
            "{status}"
        );
        // Give the engine time to finish in the background: its result must not show.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(
            !app.visible("preview").await,
            "a cancelled brief is discarded"
        );
        assert!(
            app.visible("article-text").await,
            "the article is as it was"
        );
        // And the page is free: Generate works again.
        app.click("generate").await;
        app.wait_for("!document.getElementById('preview').hidden")
            .await;
    });
}
