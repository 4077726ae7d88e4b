//! Briefing's desktop app: a Tauri 2 shell around the `briefing` engine. The page (ui/) is
//! static HTML/CSS/JS; everything that reads files, fetches, generates or saves runs here.

pub mod article_input;
pub mod commands;
pub mod draft;
pub mod error;
pub mod generate;
pub mod jobs;
pub mod menu;
pub mod recent;
pub mod sample;
pub mod save;
pub mod settings;
pub mod storage;

use std::sync::atomic::Ordering;
use std::time::Instant;

use tauri::{DragDropEvent, Emitter, Manager, WindowEvent};

use commands::AppState;

pub fn run() {
    let started = Instant::now();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let config_dir = app.path().app_config_dir()?;
            let data_dir = app.path().app_data_dir()?;
            app.manage(AppState::new(config_dir, data_dir, started));
            let menu = menu::build(app.handle())?;
            app.set_menu(menu)?;
            Ok(())
        })
        .on_menu_event(|app, event| {
            let _ = app.emit("menu", event.id().0.as_str());
        })
        .on_window_event(|window, event| match event {
            WindowEvent::CloseRequested { api, .. } => {
                let dirty = window
                    .try_state::<AppState>()
                    .is_some_and(|s| s.dirty.load(Ordering::SeqCst));
                if dirty {
                    // The page asks whether to drop the unsaved edits, then quits itself.
                    api.prevent_close();
                    let _ = window.emit("close-requested", ());
                }
            }
            WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) => {
                if let Some(path) = paths.first() {
                    let _ = window.emit("file-dropped", path.display().to_string());
                }
            }
            _ => {}
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_ready,
            commands::load_sample,
            commands::load_article,
            commands::pick_article_file,
            commands::generate_brief,
            commands::cancel_generation,
            commands::render_preview,
            commands::choose_save_path,
            commands::save_brief,
            commands::save_settings,
            commands::autosave_draft,
            commands::discard_draft,
            commands::restore_draft,
            commands::set_dirty,
            commands::quit_app,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("briefing-app: could not start: {e}");
        std::process::exit(1);
    }
}
