//! The native menu bar. Every item sends its id to the page as a `menu` event; the page owns
//! the action (so the menu, the keyboard and the buttons do the same thing).

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Runtime};

/// One menu entry: (id, label, accelerator). An empty id is a separator.
pub type Entry = (&'static str, &'static str, Option<&'static str>);

pub const MENUS: &[(&str, &[Entry])] = &[
    (
        "File",
        &[
            ("open", "Open Article…", Some("CmdOrCtrl+O")),
            ("open-url", "Open Web Address…", Some("CmdOrCtrl+L")),
            ("sample", "Try the Sample", None),
            ("", "", None),
            ("save-markdown", "Save as Markdown…", Some("CmdOrCtrl+S")),
            ("save-pdf", "Save as PDF…", Some("CmdOrCtrl+Shift+S")),
            ("print", "Print…", Some("CmdOrCtrl+P")),
            ("", "", None),
            ("quit", "Quit", Some("CmdOrCtrl+Q")),
        ],
    ),
    (
        "Brief",
        &[
            ("generate", "Generate", Some("CmdOrCtrl+Enter")),
            (
                "toggle-edit",
                "Edit Markdown / Preview",
                Some("CmdOrCtrl+E"),
            ),
            (
                "copy-markdown",
                "Copy as Markdown",
                Some("CmdOrCtrl+Shift+C"),
            ),
        ],
    ),
    (
        "Settings",
        &[("settings", "Preferences…", Some("CmdOrCtrl+,"))],
    ),
    ("Help", &[("about", "About Briefing", None)]),
];

/// Every action id the menu can send, for checking that the page handles each one.
pub fn action_ids() -> Vec<&'static str> {
    MENUS
        .iter()
        .flat_map(|(_, entries)| entries.iter().map(|e| e.0))
        .filter(|id| !id.is_empty())
        .collect()
}

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let menu = Menu::new(app)?;
    for (title, entries) in MENUS {
        let submenu = Submenu::new(app, *title, true)?;
        for (id, label, accel) in entries.iter() {
            if id.is_empty() {
                submenu.append(&PredefinedMenuItem::separator(app)?)?;
            } else {
                submenu.append(&MenuItem::with_id(app, *id, *label, true, *accel)?)?;
            }
        }
        menu.append(&submenu)?;
    }
    Ok(menu)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_shortcuts_are_in_the_menu() {
        let accel = |id: &str| {
            MENUS
                .iter()
                .flat_map(|(_, e)| e.iter())
                .find(|e| e.0 == id)
                .and_then(|e| e.2)
        };
        assert_eq!(accel("open"), Some("CmdOrCtrl+O"));
        assert_eq!(accel("generate"), Some("CmdOrCtrl+Enter"));
        assert_eq!(accel("save-markdown"), Some("CmdOrCtrl+S"));
        assert_eq!(accel("print"), Some("CmdOrCtrl+P"));
    }

    #[test]
    fn ids_and_shortcuts_are_unique() {
        let mut ids = action_ids();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
        let mut accels: Vec<_> = MENUS
            .iter()
            .flat_map(|(_, e)| e.iter().filter_map(|e| e.2))
            .collect();
        let n = accels.len();
        accels.sort();
        accels.dedup();
        assert_eq!(accels.len(), n);
    }
}
