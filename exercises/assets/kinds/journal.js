// The journal: entries the reader chose to save on this device, from every exercise that saves.
// Lists, opens, edits, deletes, exports (via the Python core), imports, prints; delete-all asks
// first. All entry text is shown with textContent.

import config from "../config.js";
import { entryNodes } from "../entry-text.js";
import { OP } from "../protocol.js";
import { download, journal, siteId, siteName } from "../storage.js";
import { element, startWhenNeeded } from "../ui.js";
import { language, t, tn } from "../i18n.js";
import { forgetCaches } from "../device.js";
import { progressView } from "../widgets/progress.js";
import { LOCKED_FORMAT, bindLockedExport, bindLockedImport } from "../locked-file.js";
import { sealLeftovers } from "../journal-lock.js";
import { lockState, vouchFor } from "../lock.js";
import { askToUnlock, bindLockTools } from "../lock-tools.js";

const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

const MESSAGES = {
  // i18n: The mark on a journal entry its ledger does not vouch for (the lock's tamper check).
  unconfirmed: t("journal.unconfirmed_mark", "Not confirmed as yours: saved while your journal was locked, or put "
    + "here by someone else. If you did not write it, delete it."),
  // i18n: The button on an unconfirmed journal entry that confirms it as the reader's own.
  mine: t("journal.unconfirmed_mine", "It is mine"),
  // i18n: Said once the reader confirmed an entry as theirs.
  confirmed: t("journal.unconfirmed_confirmed", "The entry is confirmed as yours."),
  // i18n: The journal's status line when the page opens: how many entries are saved on this device.
  saved: (n) => (n ? tn("journal.saved_count", "{count} saved entry.", "{count} saved entries.", n) : ""),
  // i18n: The journal's status line when the page opens and the journal is locked.
  locked: t("journal.locked", "Your journal is locked."),
  // i18n: Said once an entry was deleted.
  deleted: t("journal.deleted", "The entry was deleted."),
  // i18n: Said once everything was deleted (the journal's "Delete everything").
  deletedAll: t("journal.deleted_all", "Everything this site saved on this device was deleted."),
  // i18n: The title of a journal entry that has none (in the list).
  untitled: t("journal.untitled_title", "Untitled"),
  // i18n: The buttons of one entry in the journal's list.
  open: t("journal.entry.open", "Open"),
  // i18n: The Open button of an entry while its text is shown.
  close: t("journal.entry.close", "Close"),
  // i18n: The link of an entry that opens its exercise to change it.
  change: t("journal.entry.change", "Change"),
  // i18n: The button of an entry that prints it.
  print: t("journal.entry.print", "Print"),
  // i18n: The button of an entry that deletes it (it asks first).
  remove: t("journal.entry.delete", "Delete"),
};


/** What every part of the journal shares: its elements, the status line, the list and the core. */
function journalView(section, engine) {
  const status = section.querySelector(".ex-status");
  const view = {
    section,
    engine,
    status,
    list: section.querySelector(".ex-journal-list"),
    say(message, state = "ready") {
      status.dataset.state = state;
      status.textContent = message;
    },
    /** Entries as readable text, made by the core (the same text as the Markdown export). */
    entryTexts: async (entries) => (await view.entryCopies(entries)).texts,
    /** The same, with `contacts`: whether each names people the reader can reach; `withoutContacts`
     * leaves those out of the text. */
    async entryCopies(entries, withoutContacts = false) {
      const reply = await engine.call(OP.format_entries, { entries, without_contacts: withoutContacts });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result;
    },
    /** Draw the list (or, while the journal is locked, ask for its passphrase); the entries. */
    async render() {
      const drawn = (view.drawn = (view.drawn ?? 0) + 1);
      const state = lockState();
      const { entries, unconfirmed, error } = await journal.list();
      if (drawn !== view.drawn) return entries; // a newer drawing is on its way
      if (error) view.say(error, journal.available() ? "error" : "failed");
      const shut = state === "locked" || state === "damaged";
      const shown = shut ? [] : entries;
      view.list.replaceChildren(...shown.map((entry) => item(entry, view, unconfirmed.has(entry.id))));
      view.list.hidden = shut;
      view.unconfirmed = unconfirmed.size;
      const empty = section.querySelector(".ex-journal-empty");
      empty.hidden = entries.length > 0 || shut;
      empty.removeAttribute("data-pending"); // known now: shown only if true
      section.querySelector(".ex-journal-tools").hidden = !journal.available();
      view.showLock(state);
      showProgress(shown, view);
      return shown;
    },
    /** Locked: every word the open journal put on the page goes, at once (before anything else can
     * run: a page kept for Back is kept as it is now). */
    clear() {
      view.drawn = (view.drawn ?? 0) + 1;
      view.list.replaceChildren();
      view.list.hidden = true;
      section.querySelector(".ex-print-area").replaceChildren();
      section.querySelector(".ex-progress-groups").replaceChildren();
      section.querySelector(".ex-progress").hidden = true;
    },
    /** True, after asking for the passphrase, when the journal is locked; PURPOSE says what for
     * ("export" or "print"). */
    lockedFor(purpose) {
      const state = lockState();
      if (state !== "locked" && state !== "damaged") return false;
      askToUnlock(view, purpose);
      return true;
    },
    printEntries: (entries, origin) => printEntries(entries, view, origin),
  };
  return view;
}

// Dates in the page's language, the way the reader's own settings write it when they use that language
// (en-GB's day first on an English page), else as the language writes it.
const base = (code) => code.toLowerCase().split("-")[0];
const dateLocale = navigator.languages?.find((code) => base(code) === base(language)) ?? language;

const when = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(dateLocale);
};

function button(label, onClick) {
  const b = element("button", "md-button", label);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

/** One saved entry in the list: its title, what it is and when it was saved, and its actions; and,
 * when the journal's ledger does not vouch for it (UNCONFIRMED), a mark that says so. */
function item(entry, view, unconfirmed) {
  const li = element("li", "ex-entry");
  li.dataset.entryId = entry.id;
  // A worksheet's entry names itself ("Grounding"); otherwise the kind's name from its declaration.
  const named = typeof entry.data?.name === "string" && entry.data.name;
  const known = config.kinds[entry.kind];
  const kind = named || (known ? t(known.titleKey ?? "", known.title) : entry.kind);
  const saved = when(entry.updated);
  // i18n: Under a journal entry's title. {kind}: the name of the exercise it came from, like Thought
  // record; {saved}: the date and time it was last saved.
  const meta = element("p", "ex-entry-meta", t("journal.entry.meta", "{kind} \u00b7 saved {saved}", { kind, saved }));
  const body = element("div", "ex-entry-text");
  body.hidden = true;
  const actions = element("div", "ex-actions");
  actions.append(openButton(entry, body, view), changeLink(entry),
    button(MESSAGES.print, async (event) => view.printEntries([entry], event.currentTarget)), deleteButton(entry, view));
  li.append(element("p", "ex-entry-title", entry.title || MESSAGES.untitled), meta);
  if (unconfirmed) {
    li.classList.add("ex-entry--unconfirmed");
    li.append(element("p", "ex-entry-mark", MESSAGES.unconfirmed));
    actions.append(button(MESSAGES.mine, async () => {
      await vouchFor([{ id: entry.id, value: entry }]);
      await view.render();
      view.say(MESSAGES.confirmed);
      view.status.tabIndex = -1;
      view.status.focus();
    }));
  }
  li.append(actions, body);
  return li;
}

/** Open shows the entry's text under it (made by the core); pressed again, it closes. */
function openButton(entry, body, view) {
  const open = button(MESSAGES.open, async () => {
    if (!body.hidden) {
      body.hidden = true;
      open.textContent = MESSAGES.open;
      open.setAttribute("aria-expanded", "false");
      return;
    }
    try {
      const [text] = await view.entryTexts([entry]);
      body.replaceChildren(...entryNodes(text, { skipHeader: true }));
      body.hidden = false;
      open.textContent = MESSAGES.close;
      open.setAttribute("aria-expanded", "true");
    } catch (err) {
      // i18n: Said when a journal entry could not be shown. {problem}: what went wrong, from the exercise tool.
      view.say(t("journal.cannot_show_entry", "This entry could not be shown: {problem}", { problem: err.message }),
        "error");
    }
  });
  open.setAttribute("aria-expanded", "false");
  return open;
}

function changeLink(entry) {
  const edit = element("a", "md-button", MESSAGES.change);
  // Only a path on this site becomes a link: an imported file could hold another site or a script
  // URL. A kept score is not changed afterwards: the reader answers again instead.
  const editable = config.kinds[entry.kind]?.editable !== false;
  if (editable && SITE_PATH.test(entry.page ?? "")) edit.href = `${entry.page}?entry=${encodeURIComponent(entry.id)}`;
  else edit.hidden = true;
  return edit;
}

function deleteButton(entry, view) {
  return button(MESSAGES.remove, async () => {
    // i18n: Asked before one journal entry is deleted. {title}: the entry's title.
    const question = t("journal.delete_one_confirm", "Delete \u201c{title}\u201d from this device? This cannot be "
      + "undone.", { title: entry.title || MESSAGES.untitled });
    if (!window.confirm(question)) return;
    const done = await journal.remove(entry.id);
    view.say(done.ok ? MESSAGES.deleted : done.error, done.ok ? "ready" : "error");
    await view.render();
    view.list.querySelector("button")?.focus();
  });
}

/** Print ENTRIES; when they name people the reader can reach (a plan's helpers), ask first, beside
 * ORIGIN (the Print button pressed), whether to leave those lines out. */
async function printEntries(entries, view, origin) {
  const printArea = view.section.querySelector(".ex-print-area");
  try {
    let { texts, contacts } = await view.entryCopies(entries);
    if (contacts?.some(Boolean)) {
      const choice = await askWhatToPrint(view, origin);
      if (choice === "cancel") return;
      if (choice === "without") ({ texts } = await view.entryCopies(entries, true));
    }
    const blocks = texts.map((text) => {
      const block = element("article", "ex-print-entry");
      block.replaceChildren(...entryNodes(text));
      return block;
    });
    printArea.replaceChildren(...blocks);
    document.documentElement.classList.add("ex-printing");
    window.print();
  } catch (err) {
    // i18n: Said when printing could not start because the exercise tool failed. {problem}: what went wrong.
    view.say(t("journal.print_failed", "Printing needs the exercise tool, which is not working right now. "
      + "({problem})", { problem: err.message }), "failed");
  } finally {
    setTimeout(() => document.documentElement.classList.remove("ex-printing"), 0);
  }
}

/** Ask in the page, beside ORIGIN, how to print entries that name people: "without" their lines,
 * "all", or "cancel" (also Escape). Focus goes to the first choice, and back to ORIGIN after. */
function askWhatToPrint(view, origin) {
  const box = view.section.querySelector(".ex-print-choice");
  if (!box.hidden) return Promise.resolve("cancel"); // one question at a time
  (origin?.closest(".ex-actions") ?? view.status).after(box);
  box.hidden = false;
  box.querySelector("[data-print-choice]").focus();
  return new Promise((resolve) => {
    const done = (choice) => {
      box.removeEventListener("click", onClick);
      box.removeEventListener("keydown", onKey);
      box.hidden = true;
      if (origin?.isConnected) origin.focus();
      resolve(choice);
    };
    const onClick = (event) => {
      const choice = event.target.closest("[data-print-choice]")?.dataset.printChoice;
      if (choice) done(choice);
    };
    const onKey = (event) => {
      if (event.key === "Escape") done("cancel");
    };
    box.addEventListener("click", onClick);
    box.addEventListener("keydown", onKey);
  });
}

/**
 * Saved questionnaire results over time, once a questionnaire has two or more. The core lays them
 * out; it is asked only once the engine is running (it starts as for every exercise: in view, or
 * on a touch when the reader saves data), and again whenever the list changes.
 */
async function showProgress(entries, view) {
  const area = view.section.querySelector(".ex-progress");
  const results = entries.filter((entry) => entry.kind === "questionnaire");
  if (results.length < 2) {
    area.hidden = true;
    return;
  }
  const waiting = area.querySelector(".ex-progress-waiting");
  if (view.engine.state !== "ready") {
    // Until the core can lay them out (a reader who saves data starts it with a touch, or here).
    area.querySelector(".ex-progress-groups").replaceChildren();
    waiting.hidden = false;
    area.hidden = false;
    return;
  }
  const asked = (view.progressAsked = (view.progressAsked ?? 0) + 1);
  try {
    const reply = await view.engine.call(OP.questionnaire_progress, {
      entries: results, utc_offset_minutes: -new Date().getTimezoneOffset(),
    });
    if (asked !== view.progressAsked) return; // the list changed meanwhile: a newer answer comes
    const groups = reply.ok ? reply.result.groups : [];
    area.querySelector(".ex-progress-groups").replaceChildren(...groups.map(progressView));
    waiting.hidden = true;
    area.hidden = groups.length === 0;
  } catch {
    area.hidden = true; // the list of entries is still there; the engine's status says what failed
  }
}

/** Export buttons: the core writes the file (JSON, Markdown or CSV); the browser downloads it. */
function bindExports(view) {
  for (const exporter of view.section.querySelectorAll(".ex-export")) {
    exporter.addEventListener("click", async () => {
      if (view.lockedFor("export")) return;
      const { entries } = await journal.list();
      const now = new Date().toISOString();
      try {
        const reply = await view.engine.call(OP.export_journal, {
          format: exporter.dataset.format, entries, site: siteId, site_name: siteName, exported: now,
        });
        if (!reply.ok) throw new Error(reply.error.message);
        download(reply.result.text, reply.result.mime, `journal-${now.slice(0, 10)}.${reply.result.extension}`);
        // i18n: Said after an export. {count}: how many entries.
        view.say(tn("journal.exported", "Exported {count} entry to a file on this device.",
          "Exported {count} entries to a file on this device.", entries.length));
      } catch (err) {
        // i18n: Said when an export failed. {problem}: what went wrong, from the exercise tool.
        view.say(t("journal.export_failed", "The export did not work: {problem}", { problem: err.message }), "error");
      }
    });
  }
}

/** The file's JSON object when it is a locked journal file, else null. */
function lockedFile(text) {
  try {
    const parsed = JSON.parse(text);
    return parsed?.format === LOCKED_FORMAT ? parsed : null;
  } catch {
    return null;
  }
}

/** Import: the core checks the whole file first; nothing changes unless all of it is good. A locked
 * file is opened with its passphrase first. */
function bindImport(view) {
  const fileInput = view.section.querySelector(".ex-import-file");
  const openLocked = bindLockedImport(view);
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      let text = await file.text();
      const locked = lockedFile(text);
      if (locked) text = await openLocked(locked);
      if (text === null) return;
      const reply = await view.engine.call(OP.import_journal, { text, site: siteId });
      const done = reply.ok ? await journal.importMany(reply.result.entries) : { ok: false, error: reply.error.message };
      if (!done.ok) {
        // i18n: Said when an import was refused. {problem}: why, as the exercise tool or the storage says it.
        view.say(t("journal.import_refused", "Nothing was imported. {problem}", { problem: done.error }), "error");
        return;
      }
      await view.render();
      // i18n: Said after an import. {count}: how many entries.
      view.say(tn("journal.imported", "Imported {count} entry.", "Imported {count} entries.", done.count));
    } catch (err) {
      // i18n: Said when an import failed. {problem}: what went wrong.
      view.say(t("journal.import_failed", "Nothing was imported: {problem}", { problem: err.message }), "error");
    } finally {
      fileInput.value = "";
    }
  });
}

/** Delete everything: asks first, in the page (not a dialog), with No focused. */
function bindDeleteAll(view) {
  const deleteAll = view.section.querySelector(".ex-delete-all");
  const confirmBox = view.section.querySelector(".ex-confirm");
  deleteAll.addEventListener("click", () => {
    confirmBox.hidden = false;
    confirmBox.querySelector(".ex-confirm-no").focus();
  });
  confirmBox.querySelector(".ex-confirm-no").addEventListener("click", () => {
    confirmBox.hidden = true;
    deleteAll.focus();
  });
  confirmBox.querySelector(".ex-confirm-yes").addEventListener("click", async () => {
    const done = await journal.removeAll();
    await forgetCaches(); // the runtime, the start-up copy of Python, pages kept for offline reading
    confirmBox.hidden = true;
    await view.render();
    view.say(done.ok ? MESSAGES.deletedAll : done.error, done.ok ? "ready" : "error");
    // The buttons just used are gone; focus the message (not <body>) so the next Tab goes on from here.
    view.status.tabIndex = -1;
    view.status.focus();
  });
}

export async function mount(section, engine) {
  const view = journalView(section, engine);
  startWhenNeeded(section, engine);
  view.showLock = bindLockTools(view);
  section.querySelector(".ex-print-all").addEventListener("click", async (event) => {
    const origin = event.currentTarget;
    if (!view.lockedFor("print")) view.printEntries((await journal.list()).entries, origin);
  });
  bindExports(view);
  bindLockedExport(view);
  bindImport(view);
  bindDeleteAll(view);
  section.querySelector(".ex-progress-show").addEventListener("click", () => engine.start().catch(() => {}));
  const onState = async (event) => {
    if (!section.isConnected) return engine.removeEventListener("state", onState);
    if (event.detail.state === "ready" && lockState() !== "locked") showProgress((await journal.list()).entries, view);
  };
  engine.addEventListener("state", onState);
  const onLock = (event) => {
    if (!section.isConnected) return window.removeEventListener("exercises:lock", onLock);
    if (event.detail.state !== "open") view.clear();
    view.render();
  };
  window.addEventListener("exercises:lock", onLock);
  await sealLeftovers();
  const entries = await view.render();
  if (journal.available() && !view.status.textContent) {
    const state = lockState();
    if (state === "locked") view.say(MESSAGES.locked);
    else if (state !== "damaged") view.say(MESSAGES.saved(entries.length));
  }
}
