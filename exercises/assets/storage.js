// Browser storage for the journal and for drafts. Nothing here throws: every call returns what it
// could do and, when something went wrong, a message worded for the reader.
//   - Saved entries: localStorage, one key per entry, "<siteId>:journal:entry:<id>". Only written
//     when the reader chooses "Save on this device".
//   - Drafts: sessionStorage, "<siteId>:draft:<name>" (drafts.js, written through put() here).
// With the journal locked (lock.js), both are stored sealed, and read only while it is open; so
// every call that reads or writes them is asynchronous.

import config from "./config.js";
import { DRAFT, ENTRY, LOCK_KEY, PREFIX, isSealed } from "./storage-keys.js";

export const MESSAGES = {
  unavailable:
    "This browser is not letting the site keep anything (storage may be turned off, or this may be a private window). You can keep typing, and print or download a copy instead.",
  full: "There is no room left to save on this device. Export your journal, then delete entries you no longer need.",
  failed: "Something went wrong while saving. What you typed is still on the page.",
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

function isFull(err) {
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

/** Whether the reader has set a lock on the journal (in this browser). */
export function lockSet() {
  return Boolean(area("localStorage")?.getItem(LOCK_KEY));
}

const sealRecord = async (value) => (lockSet() ? (await lockModule()).sealRecord(value) : value);
export const openRecord = async (stored) => (isSealed(stored) ? (await lockModule()).openRecord(stored) : stored);
export const isLocked = (err) => err?.name === "Locked";

/** VALUE sealed when the journal is locked, then written. */
export async function put(store, key, value) {
  if (!store) return { ok: false, error: MESSAGES.unavailable };
  try {
    return write(store, key, await sealRecord(value));
  } catch {
    return { ok: false, error: MESSAGES.failed };
  }
}

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

export const journal = {
  available: () => area("localStorage") !== null,

  /** Every readable entry, newest first; unreadable ones are counted, never thrown. `locked` counts
   * the entries kept locked while the journal is not open. */
  async list() {
    const store = area("localStorage");
    if (!store) return { entries: [], unreadable: 0, locked: 0, error: MESSAGES.unavailable };
    const read = await Promise.all(keysOf(store, ENTRY).map(async (key) => {
      try {
        const entry = await openRecord(JSON.parse(store.getItem(key)));
        if (!entry || typeof entry.id !== "string" || typeof entry.data !== "object") throw new Error();
        return entry;
      } catch (err) {
        return isLocked(err) ? "locked" : "unreadable";
      }
    }));
    const entries = read.filter((e) => typeof e === "object");
    const unreadable = read.filter((e) => e === "unreadable").length;
    entries.sort((a, b) => String(b.updated).localeCompare(String(a.updated)));
    const error = unreadable
      ? `${unreadable} saved ${unreadable === 1 ? "entry" : "entries"} could not be read and ${unreadable === 1 ? "was" : "were"} left out. Everything else is here.`
      : "";
    return { entries, unreadable, locked: read.filter((e) => e === "locked").length, error };
  },

  /** The entry ID, or null (none, unreadable, or locked away). */
  async get(id) {
    try {
      return await openRecord(JSON.parse(area("localStorage")?.getItem(ENTRY + id) ?? "null"));
    } catch {
      return null;
    }
  },

  save(entry) {
    return put(area("localStorage"), ENTRY + entry.id, entry);
  },

  remove(id) {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable };
    store.removeItem(ENTRY + id);
    return { ok: true };
  },

  /** Remove every saved entry (and any unreadable leftovers) of this site, and its lock: nothing
   * is left for a forgotten passphrase to guard. */
  removeAll() {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable, count: 0 };
    const keys = keysOf(store, ENTRY);
    keys.forEach((k) => store.removeItem(k));
    if (lockSet()) lockModule().then((lock) => lock.dropLock());
    return { ok: true, count: keys.length };
  },

  /** Add entries from an import; all or nothing. */
  async importMany(entries) {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable };
    let sealed;
    try {
      sealed = await Promise.all(entries.map(sealRecord));
    } catch {
      return { ok: false, error: MESSAGES.failed };
    }
    const written = [];
    for (const [n, entry] of entries.entries()) {
      const previous = store.getItem(ENTRY + entry.id);
      const result = write(store, ENTRY + entry.id, sealed[n]);
      if (!result.ok) {
        for (const [key, old] of written.reverse()) {
          if (old === null) store.removeItem(key);
          else store.setItem(key, old);
        }
        return result;
      }
      written.push([ENTRY + entry.id, previous]);
    }
    return { ok: true, count: entries.length };
  },
};

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
export const siteName = config.siteName ?? "";
