// Journal files locked with a passphrase (crypto.js): the export writes one, the import opens one.
// The passphrase is asked for in the page, in a small form with a real label for each box; it is
// used at once and not kept. Nobody can open a locked file without it.

import { open, seal, WrongPassphrase } from "./crypto.js";
import { OP } from "./protocol.js";
import { download, journal, siteId, siteName } from "./storage.js";
import { newPassphraseProblem, passphraseBox } from "./passphrase-box.js";
import { t, tn } from "./i18n.js";

export const LOCKED_FORMAT = "exercises-journal-locked";

/** "Export, locked with a passphrase": the core writes the JSON export, the page locks it. */
export function bindLockedExport(view) {
  const button = view.section.querySelector(".ex-export-locked");
  const form = passphraseBox(view.section.querySelector(".ex-lock-export"), async ([first, again]) => {
    const problem = newPassphraseProblem(first, again);
    if (problem) return problem;
    const { entries } = await journal.list();
    const now = new Date().toISOString();
    try {
      const reply = await view.engine.call(OP.export_journal, {
        format: "json", entries, site: siteId, site_name: siteName, exported: now,
      });
      if (!reply.ok) throw new Error(reply.error.message);
      const locked = { format: LOCKED_FORMAT, version: 1, site: siteId, exported: now,
        ...(await seal(reply.result.text, first)) };
      download(`${JSON.stringify(locked, null, 2)}\n`, "application/json", `journal-${now.slice(0, 10)}-locked.json`);
    } catch (err) {
      form.close();
      // i18n: Said when an export failed. {problem}: what went wrong, from the exercise tool.
      view.say(t("journal.export_failed", "The export did not work: {problem}", { problem: err.message }), "error");
      return null;
    }
    form.close();
    // i18n: Said after a locked export. {count}: how many entries.
    view.say(tn("journal.exported_locked", "Exported {count} entry to a locked file on this device. Keep the "
      + "passphrase somewhere safe: without it the file cannot be opened.", "Exported {count} entries to a locked "
      + "file on this device. Keep the passphrase somewhere safe: without it the file cannot be opened.",
    entries.length));
    button.focus();
    return null;
  }, () => button);
  button.addEventListener("click", () => {
    if (!view.lockedFor("export")) form.show();
  });
}

/**
 * Opening locked files for the import: returns open(file), which resolves with the JSON export text
 * the locked FILE holds once the reader gives its passphrase, or null when they cancel or the file
 * cannot be opened (the status says why). A wrong passphrase is said beside the box, to try again.
 */
export function bindLockedImport(view) {
  const fileInput = view.section.querySelector(".ex-import-file");
  let pending = null; // the file being opened, and who waits for its text
  const finish = (text) => {
    const waiting = pending;
    pending = null;
    waiting?.resolve(text);
  };
  const form = passphraseBox(view.section.querySelector(".ex-lock-import"), async ([passphrase]) => {
    if (!pending) return null;
    try {
      const text = await open(pending.file, passphrase);
      form.close();
      finish(text);
    } catch (err) {
      if (err instanceof WrongPassphrase) {
        // i18n: Beside the passphrase box of a locked file being imported, after a wrong passphrase.
        return t("journal.import_wrong_passphrase", "That passphrase does not open this file. Nothing was "
          + "imported. Check it and try again.");
      }
      form.close();
      // i18n: Said when a locked file chosen for import cannot be opened by this site.
      view.say(t("journal.import_not_ours", "Nothing was imported: this locked file is not one this site can "
        + "open."), "error");
      finish(null);
    }
    return null;
  }, () => fileInput, () => finish(null));
  return (file) => new Promise((resolve) => {
    finish(null); // a file chosen while another waited replaces it
    pending = { file, resolve };
    form.show();
  });
}
