// The journal: entries the reader chose to save on this device, from every exercise that saves.
// Lists, opens, edits, deletes, exports (via the Python core), imports, prints; delete-all asks
// first. All entry text is shown with textContent.

import config from "../config.js";
import { entryNodes } from "../entry-text.js";
import { OP } from "../protocol.js";
import { download, journal, siteId, siteName } from "../storage.js";
import { count, element, startWhenNeeded } from "../ui.js";
import { forgetCaches } from "../device.js";
import { progressView } from "../widgets/progress.js";
import { LOCKED_FORMAT, bindLockedExport, bindLockedImport } from "../locked-file.js";
import { sealLeftovers } from "../journal-lock.js";
import { lockState, vouchFor } from "../lock.js";
import { askToUnlock, bindLockTools } from "../lock-tools.js";

const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

const MESSAGES = {
  unconfirmed: "Not confirmed as yours: saved while your journal was locked, or put here by someone else. "
    + "If you did not write it, delete it.",
  mine: "It is mine",
  confirmed: "The entry is confirmed as yours.",
  saved: (n) => (n ? `${n} saved ${n === 1 ? "entry" : "entries"}.` : ""),
  locked: "Your journal is locked.",
  deleted: "The entry was deleted.",
  deletedAll: "Everything this site saved on this device was deleted.",
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
    /** True, after asking for the passphrase, when the journal is locked; WHY says what for. */
    lockedFor(why) {
      const state = lockState();
      if (state !== "locked" && state !== "damaged") return false;
      askToUnlock(view, why);
      return true;
    },
    printEntries: (entries, origin) => printEntries(entries, view, origin),
  };
  return view;
}

const when = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
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
  const kind = named || config.kinds[entry.kind]?.title || entry.kind;
  const meta = element("p", "ex-entry-meta", `${kind} \u00b7 saved ${when(entry.updated)}`);
  const body = element("div", "ex-entry-text");
  body.hidden = true;
  const actions = element("div", "ex-actions");
  actions.append(openButton(entry, body, view), changeLink(entry),
    button("Print", async (event) => view.printEntries([entry], event.currentTarget)), deleteButton(entry, view));
  li.append(element("p", "ex-entry-title", entry.title || "Untitled"), meta);
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
  const open = button("Open", async () => {
    if (!body.hidden) {
      body.hidden = true;
      open.textContent = "Open";
      open.setAttribute("aria-expanded", "false");
      return;
    }
    try {
      const [text] = await view.entryTexts([entry]);
      body.replaceChildren(...entryNodes(text, { skipHeader: true }));
      body.hidden = false;
      open.textContent = "Close";
      open.setAttribute("aria-expanded", "true");
    } catch (err) {
      view.say(`This entry could not be shown: ${err.message}`, "error");
    }
  });
  open.setAttribute("aria-expanded", "false");
  return open;
}

function changeLink(entry) {
  const edit = element("a", "md-button", "Change");
  // Only a path on this site becomes a link: an imported file could hold another site or a script
  // URL. A kept score is not changed afterwards: the reader answers again instead.
  const editable = config.kinds[entry.kind]?.editable !== false;
  if (editable && SITE_PATH.test(entry.page ?? "")) edit.href = `${entry.page}?entry=${encodeURIComponent(entry.id)}`;
  else edit.hidden = true;
  return edit;
}

function deleteButton(entry, view) {
  return button("Delete", async () => {
    if (!window.confirm(`Delete \u201c${entry.title || "Untitled"}\u201d from this device? This cannot be undone.`)) return;
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
    view.say(`Printing needs the exercise tool, which is not working right now. (${err.message})`, "failed");
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
      if (view.lockedFor("to export it")) return;
      const { entries } = await journal.list();
      const now = new Date().toISOString();
      try {
        const reply = await view.engine.call(OP.export_journal, {
          format: exporter.dataset.format, entries, site: siteId, site_name: siteName, exported: now,
        });
        if (!reply.ok) throw new Error(reply.error.message);
        download(reply.result.text, reply.result.mime, `journal-${now.slice(0, 10)}.${reply.result.extension}`);
        view.say(`Exported ${count(entries.length)} to a file on this device.`);
      } catch (err) {
        view.say(`The export did not work: ${err.message}`, "error");
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
        view.say(`Nothing was imported. ${done.error}`, "error");
        return;
      }
      await view.render();
      view.say(`Imported ${count(done.count)}.`);
    } catch (err) {
      view.say(`Nothing was imported: ${err.message}`, "error");
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
    if (!view.lockedFor("to print it")) view.printEntries((await journal.list()).entries, origin);
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
