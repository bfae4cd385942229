// Browser storage for the journal and for drafts. Nothing here throws: every call returns what it
// could do and, when something went wrong, a message worded for the reader.
//   - Saved entries: localStorage, one key per entry, "<siteId>:journal:entry:<id>". Only written
//     when the reader chooses "Save on this device".
//   - Drafts: sessionStorage, "<siteId>:draft:<name>" (drafts.js, written through put() here).
// With the journal locked (lock.js), both are stored sealed, and read only while it is open; so
// every call that reads or writes them is asynchronous.

import config from "./config.js";
import { DRAFT, ENTRY, LEDGER_KEY, LOCK_KEY, PREFIX, SIGNAL_KEY, isSealed } from "./storage-keys.js";
import { siteName, t, tn } from "./i18n.js";

export const MESSAGES = {
  // i18n: When the browser lets the site keep nothing (storage off, or a private window).
  unavailable: t("storage.unavailable", "This browser is not letting the site keep anything (storage may be "
    + "turned off, or this may be a private window). You can keep typing, and print or download a copy instead."),
  // i18n: When saving failed because the device's storage is full.
  full: t("storage.full", "There is no room left to save on this device. Export your journal, then delete entries "
    + "you no longer need."),
  // i18n: When saving failed for another reason.
  failed: t("storage.failed", "Something went wrong while saving. What you typed is still on the page."),
  // The journal's lock would not let a write through (lock.js): nothing was stored, readable or not.
  // i18n: When saving is refused because the journal's lock is damaged.
  lockDamaged: t("storage.lock_damaged", "Your journal's lock is damaged, so nothing new is saved on this device. "
    + "What you typed is still on the page: download a copy or print it. Your journal page says more."),
  // i18n: When saving is refused because the lock on the device was tampered with.
  lockChanged: t("storage.lock_changed", "The lock on this device was changed by someone or something, so nothing "
    + "new is saved until you open your journal with your passphrase. What you typed is still on the page."),
  // i18n: In the journal: saved entries that could not be read. {count}: how many.
  unreadable: (n) => tn("storage.unreadable", "{count} saved entry could not be read and was left out. Everything "
    + "else is here.", "{count} saved entries could not be read and were left out. Everything else is here.", n),
  // i18n: In the journal: saved entries the passphrase could not open. {count}: how many.
  unopened: (n) => tn("storage.unopened", "{count} saved entry could not be opened with your passphrase: it was "
    + "changed, moved, or locked to a key that is not yours. It is left out, as it is.", "{count} saved entries "
    + "could not be opened with your passphrase: they were changed, moved, or locked to a key that is not yours. "
    + "They are left out, as they are.", n),
};

/** The browser's store NAME, or null when it keeps nothing here. */
export function area(name) {
  try {
    const store = window[name];
    const probe = `${PREFIX}probe`;
    store.setItem(probe, "1");
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

export function isFull(err) {
  return err?.name === "QuotaExceededError" || err?.code === 22 || err?.code === 1014;
}

function write(store, key, stored) {
  if (!store) return { ok: false, error: MESSAGES.unavailable };
  try {
    store.setItem(key, JSON.stringify(stored));
    return { ok: true };
  } catch (err) {
    return { ok: false, error: isFull(err) ? MESSAGES.full : MESSAGES.failed };
  }
}

// The lock's code is fetched only where a lock is set (or a sealed value is met): a reader who never
// sets one never downloads it.
const lockModule = () => import("./lock.js");

/** Whether the journal has (or had: sealed entries are left) a lock in this browser. */
export function lockSet() {
  const store = area("localStorage");
  if (!store) return false;
  if (store.getItem(LOCK_KEY) !== null) return true;
  return keysOf(store, ENTRY).some((key) => (store.getItem(key) ?? "").startsWith('{"locked"'));
}

export const isLocked = (err) => err?.name === "Locked";

/** VALUE sealed when the journal is locked (nothing stored when the lock refuses it), then written
 * under KEY; an entry the open journal writes is vouched for in its ledger. */
export async function put(store, key, value) {
  if (!store) return { ok: false, error: MESSAGES.unavailable };
  if (!lockSet()) return write(store, key, value);
  const lock = await lockModule();
  let stored;
  try {
    stored = await lock.sealRecord(key, value);
  } catch (err) {
    if (err?.name !== "Refused") return { ok: false, error: MESSAGES.failed };
    return { ok: false, error: err.reason === "damaged" ? MESSAGES.lockDamaged : MESSAGES.lockChanged };
  }
  const done = write(store, key, stored);
  if (done.ok && key.startsWith(ENTRY) && lock.lockState() === "open") {
    await lock.vouchFor([{ id: key.slice(ENTRY.length), value }]);
  }
  return done;
}

/** The value STORED (under KEY) holds; Locked while the journal is not open. */
export const openRecord = async (key, stored) => (isSealed(stored) ? (await lockModule()).openRecord(key, stored)
  : stored);

/** The keys of STORE that start with PREFIX. */
function keysOf(store, prefix) {
  const keys = [];
  for (let i = 0; i < (store?.length ?? 0); i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Every saved entry and every draft of this tab as stored: [{store, key, text}] (for the lock). */
export function storedRecords() {
  return [["localStorage", ENTRY], ["sessionStorage", DRAFT]].flatMap(([name, prefix]) => {
    const store = area(name);
    return keysOf(store, prefix).map((key) => ({ store, key, text: store.getItem(key) }));
  });
}

/** Remove this tab's drafts (ONLYSEALED: those kept locked). */
function removeDrafts(onlySealed = false) {
  const store = area("sessionStorage");
  for (const key of keysOf(store, DRAFT)) {
    let sealed = false;
    try {
      sealed = isSealed(JSON.parse(store.getItem(key)));
    } catch {
      // not a draft the page wrote: removed with the others
    }
    if (!onlySealed || sealed) store.removeItem(key);
  }
}

export const journal = {
  available: () => area("localStorage") !== null,

  /** Every readable entry, newest first; what could not be read is counted, never thrown: `locked`
   * (kept locked while the journal is not open), `unopened` (sealed, and the journal's keys do not
   * open it there), `unreadable` (anything else). With the journal open, `unconfirmed` holds the ids
   * of entries its ledger does not vouch for: written while it was locked, or by someone else. */
  async list() {
    const store = area("localStorage");
    const none = { entries: [], unreadable: 0, unopened: 0, locked: 0, unconfirmed: new Set() };
    if (!store) return { ...none, error: MESSAGES.unavailable };
    const read = await Promise.all(keysOf(store, ENTRY).map(async (key) => {
      try {
        const entry = await openRecord(key, JSON.parse(store.getItem(key)));
        // An entry names its own key: one copied under another's is not the entry stored there.
        if (!entry || entry.id !== key.slice(ENTRY.length) || typeof entry.data !== "object") throw new Error();
        return entry;
      } catch (err) {
        if (isLocked(err)) return "locked";
        return err?.name === "Unopenable" ? "unopened" : "unreadable";
      }
    }));
    const entries = read.filter((e) => typeof e === "object");
    const counted = (what) => read.filter((e) => e === what).length;
    entries.sort((a, b) => String(b.updated).localeCompare(String(a.updated)));
    const unconfirmed = new Set();
    if (lockSet()) {
      const lock = await lockModule();
      if (lock.lockState() === "open") {
        const ledger = await lock.ledgerNow();
        for (const entry of entries) if (!(await lock.vouched(ledger, entry.id, entry))) unconfirmed.add(entry.id);
      }
    }
    const [unreadable, unopened] = [counted("unreadable"), counted("unopened")];
    const error = [unopened ? MESSAGES.unopened(unopened) : "", unreadable ? MESSAGES.unreadable(unreadable) : ""]
      .filter(Boolean).join(" ");
    return { entries, unreadable, unopened, locked: counted("locked"), unconfirmed, error };
  },

  /** The entry ID, or null (none, unreadable, or locked away). */
  async get(id) {
    try {
      const entry = await openRecord(ENTRY + id, JSON.parse(area("localStorage")?.getItem(ENTRY + id) ?? "null"));
      return entry?.id === id ? entry : null;
    } catch {
      return null;
    }
  },

  save(entry) {
    return put(area("localStorage"), ENTRY + entry.id, entry);
  },

  async remove(id) {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable };
    store.removeItem(ENTRY + id);
    if (lockSet()) await (await lockModule()).forgetEntry(id);
    return { ok: true };
  },

  /** Remove every saved entry (and any unreadable leftovers) of this site, its lock and this tab's
   * drafts; other tabs drop their drafts kept locked: nothing is left for a forgotten passphrase to
   * guard. */
  async removeAll() {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable, count: 0 };
    const hadLock = lockSet();
    const keys = keysOf(store, ENTRY);
    keys.forEach((k) => store.removeItem(k));
    for (const key of [LOCK_KEY, LEDGER_KEY, SIGNAL_KEY]) store.removeItem(key);
    removeDrafts();
    if (hadLock) (await lockModule()).dropped("deleted");
    return { ok: true, count: keys.length };
  },

  /** Add entries from an import; all or nothing. */
  async importMany(entries) {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable };
    const written = [];
    const undo = () => {
      for (const [key, old] of written.reverse()) {
        if (old === null) store.removeItem(key);
        else store.setItem(key, old);
      }
    };
    for (const entry of entries) {
      const previous = store.getItem(ENTRY + entry.id);
      const result = await put(store, ENTRY + entry.id, entry);
      if (!result.ok) {
        undo();
        return result;
      }
      written.push([ENTRY + entry.id, previous]);
    }
    return { ok: true, count: entries.length };
  },
};

// Another tab set or removed the lock, locked, left quickly or deleted everything: this tab's lock
// hears it, drafts of this tab are sealed for a new lock, and those kept locked for a lock that is
// gone are dropped (nobody can open them any more).
if (!window.__exercisesStorageWatch) {
  window.__exercisesStorageWatch = true;
  window.addEventListener("storage", async (event) => {
    if (event.key !== LOCK_KEY && event.key !== SIGNAL_KEY && event.key !== null) return;
    if (event.key === SIGNAL_KEY && /^(deleted|removed):/.test(event.newValue ?? "")) removeDrafts(true);
    if (!lockSet() && event.key !== null && event.key !== LOCK_KEY) return;
    const lock = await lockModule();
    lock.heardFromAnotherTab();
    if (event.key === LOCK_KEY && event.newValue !== null) (await import("./journal-lock.js")).sealLeftovers();
  });
}

export function newId() {
  return crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Offer text as a file download; nothing leaves the device. */
export function download(text, mime, filename) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const siteId = config.siteId;
export { siteName }; // in the page's language (i18n.js)
