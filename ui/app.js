// Briefing's page. Everything that reads files, fetches, generates or saves is a Rust
// command; this file only keeps the page's state and draws it. Article text and anything the
// person typed is put into the page with textContent, never innerHTML: the only HTML ever
// inserted is the engine's escaped rendering of the brief's Markdown.
"use strict";

const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
const listen = (name, fn) => window.__TAURI__.event.listen(name, fn);
const $ = (id) => document.getElementById(id);

const state = {
  settings: null,
  sample: null,
  /** The brief as shown: {markdown, sentences, title, date} or null. */
  brief: null,
  /** The Markdown last generated or saved: edits are what differs from it. */
  cleanMarkdown: "",
  editing: false,
  /** The generation job in flight (null when idle). */
  job: null,
  nextJob: 1,
  autosaveTimer: null,
  lastAction: { name: "", at: 0, origin: "" },
};

// ---------- small helpers ----------

function setStatus(text) {
  $("status").textContent = text;
}

function showError(message) {
  $("error-message").textContent = message;
  $("error-banner").hidden = false;
}

function clearError() {
  $("error-banner").hidden = true;
  $("error-message").textContent = "";
}

function messageOf(err) {
  if (err && typeof err === "object" && "message" in err) return String(err.message);
  return String(err);
}

function isDirty() {
  return state.brief !== null && currentMarkdown() !== state.cleanMarkdown;
}

function currentMarkdown() {
  if (!state.brief) return "";
  return state.editing ? $("brief-editor").value : state.brief.markdown;
}

function syncDirty() {
  if (state.brief && state.editing) state.brief.markdown = $("brief-editor").value;
  const dirty = isDirty();
  $("brief-badge").hidden = !dirty;
  invoke("set_dirty", { dirty }).catch(() => {});
  return dirty;
}

/** A question in the page (native dialogs cannot be driven by tests and block scripts). */
function confirmDialog(message, okLabel) {
  const dialog = $("confirm-dialog");
  $("confirm-message").textContent = message;
  $("confirm-ok").textContent = okLabel || "Discard edits";
  dialog.returnValue = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.showModal();
  });
}

/** Ask before throwing away edited, unsaved Markdown. Resolves true when it may go. */
async function mayDiscardEdits(what) {
  if (!isDirty()) return true;
  const ok = await confirmDialog(
    `Your edits to the brief are not saved. ${what} replaces them. Discard your edits?`,
    "Discard edits",
  );
  if (ok) {
    await invoke("discard_draft").catch(() => {});
  }
  return ok;
}

function articleFields() {
  return {
    title: $("article-title").value,
    date: $("article-date").value.trim(),
    text: $("article-text").value,
    source: $("article-source").value,
  };
}

function setArticleFields(a) {
  $("article-title").value = a.title || "";
  $("article-date").value = a.date || "";
  $("article-source").value = a.source || "";
  $("article-text").value = a.text || "";
}

// ---------- article pane ----------

function showArticleEditor() {
  $("article-text").hidden = false;
  $("article-read").hidden = true;
  $("edit-article").hidden = true;
}

function showArticleReading() {
  $("article-text").hidden = true;
  $("article-read").hidden = false;
  $("edit-article").hidden = false;
}

/** Draw the article sentence by sentence: each sentence a span with its index. */
function drawReading(paragraphs) {
  const root = $("article-read");
  root.replaceChildren();
  for (const para of paragraphs) {
    const block = document.createElement(para.heading ? "h3" : "p");
    for (const seg of para.segments) {
      if (seg.sentence === null || seg.sentence === undefined) {
        block.appendChild(document.createTextNode(seg.text));
      } else {
        const span = document.createElement("span");
        span.className = "sentence";
        span.dataset.index = String(seg.sentence);
        span.textContent = seg.text;
        block.appendChild(span);
      }
    }
    root.appendChild(block);
  }
}

function setAttribution(attribution) {
  const p = $("attribution");
  if (!attribution) {
    p.hidden = true;
    p.textContent = "";
    return;
  }
  p.textContent =
    `Sample article by ${attribution.credit}, ${attribution.license} (${attribution.license_url}), ` +
    `from ${attribution.url}`;
  p.hidden = false;
}

async function replaceArticle(loadFn, what) {
  if (state.job !== null) return;
  if (!(await mayDiscardEdits(what))) return;
  clearError();
  setStatus("Opening…");
  try {
    const view = await loadFn();
    const article = view.article || view;
    setArticleFields(article);
    setAttribution(article.attribution);
    showArticleEditor();
    clearBrief();
    if (view.recent) drawRecent(view.recent);
    setStatus(`Opened “${article.title || "untitled article"}”. Press Generate (Ctrl+Enter) for the brief.`);
    $("generate").focus();
  } catch (err) {
    setStatus("");
    showError(messageOf(err));
  }
}

function loadSample() {
  return replaceArticle(() => invoke("load_sample"), "Loading the sample");
}

function openPath(path) {
  return replaceArticle(
    () => invoke("load_article", { source: { kind: "path", value: path } }),
    "Opening another article",
  );
}

function openUrl(url) {
  return replaceArticle(
    () => invoke("load_article", { source: { kind: "url", value: url } }),
    "Opening another article",
  );
}

async function openFileDialog() {
  try {
    const path = await invoke("pick_article_file");
    if (path) await openPath(path);
  } catch (err) {
    showError(messageOf(err));
  }
}

function openUrlDialog() {
  const dialog = $("url-dialog");
  dialog.returnValue = "";
  dialog.addEventListener(
    "close",
    () => {
      const url = $("url-input").value.trim();
      if (dialog.returnValue === "ok" && url) openUrl(url);
    },
    { once: true },
  );
  dialog.showModal();
  $("url-input").select();
}

function drawRecent(entries) {
  const list = $("recent-list");
  list.replaceChildren();
  for (const e of entries.slice(0, 6)) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = e.title || e.location;
    b.title = e.location;
    b.addEventListener("click", () => (e.kind === "url" ? openUrl(e.location) : openPath(e.location)));
    li.appendChild(b);
    list.appendChild(li);
  }
  $("recent").hidden = entries.length === 0;
}

// ---------- brief pane ----------

function clearBrief() {
  state.brief = null;
  state.cleanMarkdown = "";
  setEditing(false);
  $("preview").replaceChildren();
  $("preview").hidden = true;
  $("welcome").hidden = false;
  $("timing").textContent = "";
  updateBriefButtons();
  syncDirty();
}

function updateBriefButtons() {
  const has = state.brief !== null;
  for (const id of ["toggle-edit", "copy-markdown", "save-markdown", "save-pdf", "print"]) {
    $(id).disabled = !has || state.job !== null;
  }
  $("generate").disabled = state.job !== null;
}

/** Put the engine's HTML for the brief in the preview and wire its source links. */
function drawPreview(html) {
  const preview = $("preview");
  // The engine escapes raw HTML in the Markdown: this is the only innerHTML in the page.
  preview.innerHTML = html;
  for (const a of preview.querySelectorAll("a")) {
    if (!a.classList.contains("source-ref")) {
      // Links inside a brief lead nowhere in the app: no remote content is ever loaded.
      a.removeAttribute("href");
      continue;
    }
    const texts = sourcesOf(a).map((i) => state.brief.sentences[i]).filter((t) => t !== undefined);
    a.title = texts.join("\n\n");
    a.setAttribute("aria-label", `Show source sentence${texts.length > 1 ? "s" : ""} in the article`);
  }
}

function sourcesOf(link) {
  return (link.dataset.sources || "")
    .split(",")
    .map((s) => Number.parseInt(s, 10))
    .filter((n) => Number.isInteger(n) && n >= 0);
}

function showBrief(view, { clean }) {
  state.brief = {
    markdown: view.markdown,
    sentences: view.sentences,
    title: view.title,
    date: view.date,
  };
  state.cleanMarkdown = clean ? view.markdown : "";
  if (!$("article-title").value.trim() && view.title) $("article-title").value = view.title;
  drawReading(view.reading);
  showArticleReading();
  $("welcome").hidden = true;
  $("restore-banner").hidden = true;
  setEditing(false);
  drawPreview(view.html);
  $("preview").scrollTop = 0;
  updateBriefButtons();
  syncDirty();
}

function clearHighlight() {
  for (const mark of $("article-read").querySelectorAll("mark")) {
    mark.replaceWith(...mark.childNodes);
  }
  for (const a of $("preview").querySelectorAll("a.source-ref.active")) a.classList.remove("active");
}

/** Mark the article sentences a brief item came from and scroll the first into view. */
function highlightSources(indices, link) {
  clearHighlight();
  if (link) link.classList.add("active");
  let first = null;
  for (const i of indices) {
    const span = $("article-read").querySelector(`span.sentence[data-index="${i}"]`);
    if (!span) continue;
    const mark = document.createElement("mark");
    mark.dataset.index = String(i);
    mark.append(...span.childNodes);
    span.appendChild(mark);
    if (!first) first = span;
  }
  if (first) {
    showArticleReading();
    first.scrollIntoView({ block: "center", behavior: "auto" });
  }
  return first !== null;
}

function setEditing(on) {
  state.editing = on;
  $("toggle-edit").setAttribute("aria-pressed", on ? "true" : "false");
  $("toggle-edit").textContent = on ? "Preview" : "Edit";
  $("brief-editor").hidden = !on;
  $("preview").hidden = on || state.brief === null;
}

async function toggleEdit() {
  if (!state.brief || state.job !== null) return;
  if (!state.editing) {
    const editor = $("brief-editor");
    editor.value = state.brief.markdown;
    setEditing(true);
    editor.focus();
    editor.setSelectionRange(0, 0);
    editor.scrollTop = 0;
    return;
  }
  // Back to the preview: what is shown, saved and printed is the edited Markdown.
  state.brief.markdown = $("brief-editor").value;
  try {
    const html = await invoke("render_preview", { markdown: state.brief.markdown });
    drawPreview(html);
    setEditing(false);
    $("preview").focus();
  } catch (err) {
    showError(messageOf(err));
  }
  syncDirty();
}

function scheduleAutosave() {
  clearTimeout(state.autosaveTimer);
  state.autosaveTimer = setTimeout(() => {
    if (!isDirty()) return;
    invoke("autosave_draft", { article: articleFields(), markdown: currentMarkdown() }).catch((err) =>
      setStatus(`Autosave failed: ${messageOf(err)}`),
    );
  }, 600);
}

// ---------- generate ----------

function setBusy(on, words) {
  $("busy").hidden = !on;
  $("busy-message").textContent = on ? `Generating the brief from ${words.toLocaleString()} words…` : "";
  updateBriefButtons();
  if (on) $("cancel-generate").focus();
}

async function generate() {
  if (state.job !== null) return;
  if (!(await mayDiscardEdits("Generating again"))) return;
  clearError();
  const article = articleFields();
  const words = article.text.split(/\s+/).filter(Boolean).length;
  const job = state.nextJob++;
  state.job = job;
  setBusy(true, words);
  setStatus("Generating…");
  const t0 = performance.now();
  try {
    const view = await invoke("generate_brief", { job, article });
    if (state.job !== job) return; // cancelled: the result is discarded
    const t1 = performance.now();
    state.job = null;
    setBusy(false, 0);
    showBrief(view, { clean: true });
    void $("preview").offsetHeight; // lay the preview out, so the time includes it
    const ms = performance.now() - t0;
    const engine = view.engine_ms < 10 ? view.engine_ms.toFixed(1) : Math.round(view.engine_ms);
    $("timing").textContent = `Generated in ${Math.round(ms)} ms (engine ${engine} ms, call ${Math.round(t1 - t0)} ms)`;
    $("timing").dataset.ms = String(ms);
    setStatus(`Brief ready: ${view.sentences.length} sentences read. Click a source number to see where a line came from.`);
  } catch (err) {
    if (state.job !== job || (err && err.kind === "cancelled")) return;
    setStatus("");
    // The article stays exactly as it was; the message says what went wrong.
    showError(`Could not generate the brief: ${messageOf(err)}`);
  } finally {
    if (state.job === job) {
      state.job = null;
      setBusy(false, 0);
    }
  }
}

function cancelGenerate() {
  if (state.job === null) return;
  invoke("cancel_generation", { job: state.job }).catch(() => {});
  state.job = null;
  setBusy(false, 0);
  setStatus("Generation cancelled. The article is unchanged.");
  $("generate").focus();
}

// ---------- save, copy, print ----------

async function save(format) {
  if (!state.brief || state.job !== null) return;
  clearError();
  const markdown = currentMarkdown();
  try {
    const path = await invoke("choose_save_path", {
      title: $("article-title").value || state.brief.title,
      date: $("article-date").value.trim(),
      format,
    });
    if (!path) return;
    await invoke("save_brief", { path, format, markdown });
    state.cleanMarkdown = markdown;
    syncDirty();
    setStatus(`Saved to ${path}`);
  } catch (err) {
    // The edits stay in the editor; the message says why the file was not written.
    showError(messageOf(err));
  }
}

async function copyMarkdown() {
  if (!state.brief) return;
  const markdown = currentMarkdown();
  try {
    await navigator.clipboard.writeText(markdown);
  } catch {
    const ta = document.createElement("textarea");
    ta.value = markdown;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.opacity = "0";
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand("copy");
    ta.remove();
    if (!ok) {
      showError("Could not copy to the clipboard. Use Edit, select all and copy instead.");
      return;
    }
  }
  setStatus("The brief was copied as Markdown.");
}

async function printBrief() {
  if (!state.brief) return;
  if (state.editing) await toggleEdit();
  window.print();
}

// ---------- settings ----------

function applyTheme(theme) {
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

function openSettings() {
  const s = state.settings;
  $("set-key-points").value = s.key_points === null ? "" : String(s.key_points);
  for (const k of ["key_points", "parties", "open_questions", "timeline"]) {
    $(`set-sec-${k}`).checked = !!s.sections[k];
  }
  $("set-paper").value = s.paper;
  for (const r of document.querySelectorAll('input[name="theme"]')) r.checked = r.value === s.theme;
  const dialog = $("settings-dialog");
  dialog.returnValue = "";
  dialog.addEventListener(
    "close",
    async () => {
      if (dialog.returnValue !== "ok") return;
      const kp = $("set-key-points").value;
      const theme = document.querySelector('input[name="theme"]:checked');
      const next = {
        paper: $("set-paper").value,
        key_points: kp === "" ? null : Number.parseInt(kp, 10),
        sections: {
          key_points: $("set-sec-key_points").checked,
          parties: $("set-sec-parties").checked,
          open_questions: $("set-sec-open_questions").checked,
          timeline: $("set-sec-timeline").checked,
        },
        theme: theme ? theme.value : "system",
      };
      try {
        state.settings = await invoke("save_settings", { settings: next });
        applyTheme(state.settings.theme);
        setStatus(state.brief ? "Settings saved. Generate again to apply them to this brief." : "Settings saved.");
      } catch (err) {
        showError(messageOf(err));
      }
    },
    { once: true },
  );
  dialog.showModal();
}

function openAbout() {
  const a = state.sample;
  $("about-sample").textContent = a
    ? `The sample article is “${a.title}” by ${a.credit}, ${a.license} (${a.license_url}), from ${a.url}.`
    : "";
  $("about-dialog").showModal();
}

// ---------- closing ----------

async function quit() {
  if (isDirty()) {
    const ok = await confirmDialog("Your edits to the brief are not saved. Close Briefing and discard them?", "Close without saving");
    if (!ok) return;
    await invoke("discard_draft").catch(() => {});
  }
  await invoke("quit_app");
}

// ---------- restoring a draft ----------

function offerDraft(draft) {
  const when = new Date(draft.saved_at);
  const title = draft.article.title || "an untitled article";
  $("restore-message").textContent =
    `An edited brief of “${title}” from ${when.toLocaleString()} was not saved. Restore it?`;
  $("restore-banner").hidden = false;
  $("restore-draft").onclick = async () => {
    try {
      const view = await invoke("restore_draft", { article: draft.article, markdown: draft.markdown });
      setArticleFields(draft.article);
      setAttribution(null);
      showBrief(view, { clean: false });
      setStatus("The unsaved brief was restored. Save it to keep it.");
    } catch (err) {
      showError(`Could not restore the brief: ${messageOf(err)}`);
    }
  };
  $("discard-draft").onclick = async () => {
    await invoke("discard_draft").catch(() => {});
    $("restore-banner").hidden = true;
  };
}

// ---------- actions, keys, menu ----------

const actions = {
  open: openFileDialog,
  "open-url": openUrlDialog,
  sample: loadSample,
  "save-markdown": () => save("markdown"),
  "save-pdf": () => save("pdf"),
  print: printBrief,
  quit,
  generate,
  "toggle-edit": toggleEdit,
  "copy-markdown": copyMarkdown,
  settings: openSettings,
  about: openAbout,
};

/**
 * Run an action. A shortcut can reach both the native menu (its accelerator) and the page
 * (keydown); when both fire for one key press, the second one within 300 ms is dropped.
 */
function run(name, origin) {
  const now = performance.now();
  const last = state.lastAction;
  if (origin && last.origin && last.origin !== origin && last.name === name && now - last.at < 300) return;
  state.lastAction = { name, at: now, origin: origin || "" };
  if (document.querySelector("dialog[open]") && name !== "quit") return;
  const fn = actions[name];
  if (fn) Promise.resolve(fn()).catch((err) => showError(messageOf(err)));
}

function onKey(e) {
  if (e.key === "Escape" && state.job !== null) {
    e.preventDefault();
    cancelGenerate();
    return;
  }
  const mod = e.ctrlKey || e.metaKey;
  if (!mod || e.altKey) return;
  const key = e.key.toLowerCase();
  let name = null;
  if (e.key === "Enter") name = "generate";
  else if (key === "o" && !e.shiftKey) name = "open";
  else if (key === "l" && !e.shiftKey) name = "open-url";
  else if (key === "s") name = e.shiftKey ? "save-pdf" : "save-markdown";
  else if (key === "p" && !e.shiftKey) name = "print";
  else if (key === "e" && !e.shiftKey) name = "toggle-edit";
  else if (key === "c" && e.shiftKey) name = "copy-markdown";
  else if (key === ",") name = "settings";
  if (name) {
    e.preventDefault();
    run(name, "key");
  }
}

function wire() {
  $("open-file").addEventListener("click", () => run("open"));
  $("open-url").addEventListener("click", () => run("open-url"));
  $("try-sample").addEventListener("click", () => run("sample"));
  $("try-sample-toolbar").addEventListener("click", () => run("sample"));
  $("generate").addEventListener("click", () => run("generate"));
  $("cancel-generate").addEventListener("click", cancelGenerate);
  $("toggle-edit").addEventListener("click", () => run("toggle-edit"));
  $("copy-markdown").addEventListener("click", () => run("copy-markdown"));
  $("save-markdown").addEventListener("click", () => run("save-markdown"));
  $("save-pdf").addEventListener("click", () => run("save-pdf"));
  $("print").addEventListener("click", () => run("print"));
  $("open-settings").addEventListener("click", () => run("settings"));
  $("error-dismiss").addEventListener("click", clearError);
  $("edit-article").addEventListener("click", () => {
    showArticleEditor();
    $("article-text").focus();
  });
  $("brief-editor").addEventListener("input", () => {
    syncDirty();
    scheduleAutosave();
  });
  $("preview").addEventListener("click", (e) => {
    const link = e.target.closest("a");
    if (!link) return;
    e.preventDefault();
    if (link.classList.contains("source-ref")) highlightSources(sourcesOf(link), link);
  });
  document.addEventListener("keydown", onKey);
  // Files dropped on the page are handled by the window (see the file-dropped event).
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => e.preventDefault());
}

async function start() {
  wire();
  listen("menu", (e) => run(e.payload, "menu"));
  listen("file-dropped", (e) => openPath(e.payload));
  listen("close-requested", () => quit());
  try {
    const startup = await invoke("app_ready");
    state.settings = startup.settings;
    state.sample = startup.sample;
    window.briefing.menuActions = startup.menu_actions;
    applyTheme(state.settings.theme);
    drawRecent(startup.recent);
    if (startup.draft) offerDraft(startup.draft);
    for (const id of startup.menu_actions) {
      if (!actions[id]) console.error(`menu action without a handler: ${id}`);
    }
    document.body.dataset.ready = "true";
    document.body.dataset.startupMs = String(Math.round(startup.startup_ms));
  } catch (err) {
    showError(`Briefing could not start properly: ${messageOf(err)}`);
  }
  $("article-text").focus();
  setTimeout(warmUpFonts, 50);
}

/**
 * The first layout of text in the read view's serif and the preview's fonts loads them, which
 * takes WebKitGTK a few hundred milliseconds; do it once at start, not on the first Generate.
 */
function warmUpFonts() {
  const probe = document.createElement("div");
  probe.className = "font-warmup";
  probe.setAttribute("aria-hidden", "true");
  for (const [cls, tag] of [["reading", "p"], ["brief", "h1"], ["brief", "p"], ["brief", "em"]]) {
    const box = document.createElement("div");
    box.className = cls;
    const el = document.createElement(tag);
    el.textContent = "Briefing “warm-up” — 0123 s1";
    box.appendChild(el);
    probe.appendChild(box);
  }
  document.body.appendChild(probe);
  void probe.offsetHeight;
  probe.remove();
}

// Exposed for the end-to-end tests: they read state through it, and open a file with
// openPath as a dropped file or the native file dialog would (neither can be driven by WebDriver).
window.briefing = { actions, state, openPath };

start();
