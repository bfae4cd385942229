// The journal: entries the reader chose to save on this device, from every exercise that saves.
// Lists, opens, edits, deletes, exports (via the Python core), imports, prints; delete-all asks
// first. All entry text is shown with textContent.

import config from "../config.js";
import { entryNodes } from "../entry-text.js";
import { OP } from "../protocol.js";
import { download, journal, siteId, siteName } from "../storage.js";
import { startWhenNeeded } from "../ui.js";

const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

export function mount(section, engine) {
  const list = section.querySelector(".ex-journal-list");
  const empty = section.querySelector(".ex-journal-empty");
  const tools = section.querySelector(".ex-journal-tools");
  const status = section.querySelector(".ex-status");
  const printArea = section.querySelector(".ex-print-area");
  const confirmBox = section.querySelector(".ex-confirm");
  section.querySelector(".ex-journal-nojs").hidden = true;
  startWhenNeeded(section, engine);

  const say = (message, state = "ready") => {
    status.dataset.state = state;
    status.textContent = message;
  };

  const when = (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
  };

  /** Entries as readable text, made by the core (the same text as the Markdown export). */
  async function entryTexts(entries) {
    const reply = await engine.call(OP.format_entries, { entries });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result.texts;
  }

  function render() {
    const { entries, error } = journal.list();
    if (error) say(error, journal.available() ? "error" : "failed");
    list.replaceChildren(...entries.map(item));
    empty.hidden = entries.length > 0;
    tools.hidden = !journal.available();
    return entries;
  }

  function item(entry) {
    const li = document.createElement("li");
    li.className = "ex-entry";
    li.dataset.entryId = entry.id;
    const title = document.createElement("p");
    title.className = "ex-entry-title";
    title.textContent = entry.title || "Untitled";
    const meta = document.createElement("p");
    meta.className = "ex-entry-meta";
    // A worksheet's entry names itself ("Grounding"); otherwise the kind's name from its declaration.
    const named = typeof entry.data?.name === "string" && entry.data.name;
    const kind = named || config.kinds[entry.kind]?.title || entry.kind;
    meta.textContent = `${kind} \u00b7 saved ${when(entry.updated)}`;
    const body = document.createElement("div");
    body.className = "ex-entry-text";
    body.hidden = true;
    const actions = document.createElement("div");
    actions.className = "ex-actions";
    const open = button("Open", async () => {
      if (!body.hidden) {
        body.hidden = true;
        open.textContent = "Open";
        open.setAttribute("aria-expanded", "false");
        return;
      }
      try {
        const [text] = await entryTexts([entry]);
        body.replaceChildren(...entryNodes(text, { skipHeader: true }));
        body.hidden = false;
        open.textContent = "Close";
        open.setAttribute("aria-expanded", "true");
      } catch (err) {
        say(`This entry could not be shown: ${err.message}`, "error");
      }
    });
    open.setAttribute("aria-expanded", "false");
    const edit = document.createElement("a");
    edit.className = "md-button";
    edit.textContent = "Change";
    // Only a path on this site becomes a link: an imported file could hold another site or a script URL.
    if (SITE_PATH.test(entry.page ?? "")) edit.href = `${entry.page}?entry=${encodeURIComponent(entry.id)}`;
    else edit.hidden = true;
    const print = button("Print", async () => printEntries([entry]));
    const remove = button("Delete", () => {
      if (!window.confirm(`Delete \u201c${entry.title || "Untitled"}\u201d from this device? This cannot be undone.`)) return;
      const done = journal.remove(entry.id);
      say(done.ok ? "The entry was deleted." : done.error, done.ok ? "ready" : "error");
      render();
      list.querySelector("button")?.focus();
    });
    actions.append(open, edit, print, remove);
    li.append(title, meta, actions, body);
    return li;
  }

  function button(label, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "md-button";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  async function printEntries(entries) {
    try {
      const blocks = (await entryTexts(entries)).map((text) => {
        const block = document.createElement("article");
        block.className = "ex-print-entry";
        block.replaceChildren(...entryNodes(text));
        return block;
      });
      printArea.replaceChildren(...blocks);
      document.documentElement.classList.add("ex-printing");
      window.print();
    } catch (err) {
      say(`Printing needs the exercise tool, which is not working right now. (${err.message})`, "failed");
    } finally {
      setTimeout(() => document.documentElement.classList.remove("ex-printing"), 0);
    }
  }

  section.querySelector(".ex-print-all").addEventListener("click", () => printEntries(journal.list().entries));

  for (const exporter of section.querySelectorAll(".ex-export")) {
    exporter.addEventListener("click", async () => {
      const { entries } = journal.list();
      const now = new Date().toISOString();
      try {
        const reply = await engine.call(OP.export_journal, {
          format: exporter.dataset.format, entries, site: siteId, site_name: siteName, exported: now,
        });
        if (!reply.ok) throw new Error(reply.error.message);
        download(reply.result.text, reply.result.mime, `journal-${now.slice(0, 10)}.${reply.result.extension}`);
        say(`Exported ${entries.length} ${entries.length === 1 ? "entry" : "entries"} to a file on this device.`);
      } catch (err) {
        say(`The export did not work: ${err.message}`, "error");
      }
    });
  }

  const fileInput = section.querySelector(".ex-import-file");
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      const reply = await engine.call(OP.import_journal, { text: await file.text(), site: siteId });
      if (!reply.ok) {
        say(`Nothing was imported. ${reply.error.message}`, "error");
        return;
      }
      const done = journal.importMany(reply.result.entries);
      if (!done.ok) {
        say(`Nothing was imported. ${done.error}`, "error");
        return;
      }
      render();
      say(`Imported ${done.count} ${done.count === 1 ? "entry" : "entries"}.`);
    } catch (err) {
      say(`Nothing was imported: ${err.message}`, "error");
    } finally {
      fileInput.value = "";
    }
  });

  const deleteAll = section.querySelector(".ex-delete-all");
  deleteAll.addEventListener("click", () => {
    confirmBox.hidden = false;
    confirmBox.querySelector(".ex-confirm-no").focus();
  });
  confirmBox.querySelector(".ex-confirm-no").addEventListener("click", () => {
    confirmBox.hidden = true;
    deleteAll.focus();
  });
  confirmBox.querySelector(".ex-confirm-yes").addEventListener("click", () => {
    const done = journal.removeAll();
    confirmBox.hidden = true;
    render();
    say(done.ok ? "Everything this site saved on this device was deleted." : done.error, done.ok ? "ready" : "error");
    // The buttons just used are gone; focus the message (not <body>) so the next Tab goes on from here.
    status.tabIndex = -1;
    status.focus();
  });

  const entries = render();
  if (journal.available() && !status.textContent) {
    say(entries.length ? `${entries.length} saved ${entries.length === 1 ? "entry" : "entries"}.` : "");
  }
  section.dataset.ready = "true";
}
