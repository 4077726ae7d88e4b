//! The IPC commands: thin wrappers that take the page's arguments and the app state and call
//! the plain functions in the other modules (which are tested without a window).

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use chrono::Utc;
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::article_input::{self, ArticleInput, ArticleView, Source};
use crate::draft::{self, Draft};
use crate::error::{AppError, AppResult};
use crate::generate::{self, BriefView};
use crate::jobs::Jobs;
use crate::menu;
use crate::recent;
use crate::sample::{Attribution, SAMPLE_ATTRIBUTION};
use crate::save::{self, Format};
use crate::settings::{self, Settings};

pub struct AppState {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
    pub settings: Mutex<Settings>,
    pub jobs: Jobs,
    /// The brief has edits that are not saved: closing the window asks first.
    pub dirty: AtomicBool,
    /// Set by `BRIEFING_TEST_SAVE_DIR`: the save dialog is skipped and files go there, so
    /// end-to-end tests can save (native dialogs cannot be driven by WebDriver).
    pub test_save_dir: Option<PathBuf>,
    pub started: Instant,
}

impl AppState {
    pub fn new(config_dir: PathBuf, data_dir: PathBuf, started: Instant) -> AppState {
        let settings = settings::load(&config_dir);
        AppState {
            config_dir,
            data_dir,
            settings: Mutex::new(settings),
            jobs: Jobs::default(),
            dirty: AtomicBool::new(false),
            test_save_dir: std::env::var_os("BRIEFING_TEST_SAVE_DIR").map(PathBuf::from),
            started,
        }
    }

    pub fn settings(&self) -> Settings {
        self.settings.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| AppError::Internal(format!("a background task failed: {e}")))?
}

#[derive(Serialize)]
pub struct Startup {
    pub settings: Settings,
    pub recent: Vec<recent::Entry>,
    /// An autosaved brief from an earlier run that was not saved, to offer back.
    pub draft: Option<Draft>,
    pub sample: Attribution,
    pub menu_actions: Vec<&'static str>,
    /// Milliseconds from the process start to the page asking for this.
    pub startup_ms: f64,
}

#[tauri::command]
pub fn app_ready(state: State<'_, AppState>) -> Startup {
    let startup_ms = state.started.elapsed().as_secs_f64() * 1000.0;
    if std::env::var_os("BRIEFING_TIMING").is_some() {
        eprintln!("briefing-app: page ready {startup_ms:.0} ms after start");
    }
    Startup {
        settings: state.settings(),
        recent: recent::load(&state.data_dir),
        draft: draft::load(&state.data_dir),
        sample: SAMPLE_ATTRIBUTION,
        menu_actions: menu::action_ids(),
        startup_ms,
    }
}

#[tauri::command]
pub fn load_sample() -> AppResult<ArticleView> {
    article_input::sample()
}

#[derive(Serialize)]
pub struct Loaded {
    pub article: ArticleView,
    pub recent: Vec<recent::Entry>,
}

#[tauri::command]
pub async fn load_article(state: State<'_, AppState>, source: Source) -> AppResult<Loaded> {
    let src = source.clone();
    let article = blocking(move || article_input::load(&src)).await?;
    // A recent list that cannot be written is not worth failing the load for.
    let recent = recent::record(&state.data_dir, &source, &article.input.title)
        .unwrap_or_else(|_| recent::load(&state.data_dir));
    Ok(Loaded { article, recent })
}

#[tauri::command]
pub async fn pick_article_file(app: AppHandle) -> AppResult<Option<String>> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("Open an article")
        .add_filter("Articles", &["txt", "md", "markdown", "html", "htm", "pdf"])
        .pick_file(move |path| {
            let _ = tx.send(path);
        });
    let path = rx.await.ok().flatten();
    Ok(path
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

#[tauri::command]
pub async fn generate_brief(
    state: State<'_, AppState>,
    job: u64,
    article: ArticleInput,
) -> AppResult<BriefView> {
    let settings = state.settings();
    let view = blocking(move || generate::build(&article, &settings, Utc::now())).await?;
    if state.jobs.is_cancelled(job) {
        return Err(AppError::Cancelled);
    }
    Ok(view)
}

#[tauri::command]
pub fn cancel_generation(state: State<'_, AppState>, job: u64) {
    state.jobs.cancel(job);
}

#[tauri::command]
pub async fn render_preview(markdown: String) -> String {
    briefing::render::html::fragment(&markdown)
}

#[tauri::command]
pub async fn choose_save_path(
    app: AppHandle,
    state: State<'_, AppState>,
    title: String,
    date: String,
    format: Format,
) -> AppResult<Option<String>> {
    let name = save::default_file_name(&title, &date, format);
    if let Some(dir) = &state.test_save_dir {
        return Ok(Some(dir.join(name).display().to_string()));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(format!("Save the brief as {}", format.filter_name()))
        .set_file_name(name)
        .add_filter(format.filter_name(), &[format.extension()])
        .save_file(move |path| {
            let _ = tx.send(path);
        });
    let path = rx.await.ok().flatten();
    Ok(path
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

#[tauri::command]
pub async fn save_brief(
    state: State<'_, AppState>,
    path: String,
    format: Format,
    markdown: String,
) -> AppResult<String> {
    let paper = state.settings().paper;
    let target = PathBuf::from(&path);
    blocking(move || save::write(&target, format, &markdown, paper)).await?;
    draft::discard(&state.data_dir);
    state.dirty.store(false, Ordering::SeqCst);
    Ok(path)
}

#[tauri::command]
pub fn save_settings(state: State<'_, AppState>, settings: Settings) -> AppResult<Settings> {
    settings::save(&state.config_dir, &settings)?;
    if let Ok(mut s) = state.settings.lock() {
        *s = settings.clone();
    }
    Ok(settings)
}

#[tauri::command]
pub fn autosave_draft(
    state: State<'_, AppState>,
    article: ArticleInput,
    markdown: String,
) -> AppResult<()> {
    draft::save(
        &state.data_dir,
        &Draft {
            article,
            markdown,
            saved_at: Utc::now(),
        },
    )
}

#[tauri::command]
pub fn discard_draft(state: State<'_, AppState>) {
    draft::discard(&state.data_dir);
}

#[tauri::command]
pub async fn restore_draft(article: ArticleInput, markdown: String) -> AppResult<BriefView> {
    blocking(move || generate::restore(&article, &markdown)).await
}

#[tauri::command]
pub fn set_dirty(state: State<'_, AppState>, dirty: bool) {
    state.dirty.store(dirty, Ordering::SeqCst);
}

#[tauri::command]
pub fn quit_app(app: AppHandle) {
    app.exit(0);
}
