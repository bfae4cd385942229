// Browser storage for the journal and for drafts. Nothing here throws: every call returns what it
// could do and, when something went wrong, a message worded for the reader.
//   - Saved entries: localStorage, one key per entry, "<siteId>:journal:entry:<id>". Only written
//     when the reader chooses "Save on this device".
//   - Drafts: sessionStorage, "<siteId>:draft:<name>". Kept while typing so a reload or a failed
//     engine loses nothing; gone when the tab closes, or when saved or cleared.

import config from "./config.js";

const PREFIX = `${config.siteId}:`;
const ENTRY = `${PREFIX}journal:entry:`;
const DRAFT = `${PREFIX}draft:`;

export const MESSAGES = {
  unavailable:
    "This browser is not letting the site keep anything (storage may be turned off, or this may be a private window). You can keep typing, and print or download a copy instead.",
  full: "There is no room left to save on this device. Export your journal, then delete entries you no longer need.",
  failed: "Something went wrong while saving. What you typed is still on the page.",
};

function area(name) {
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

function write(store, key, value) {
  if (!store) return { ok: false, error: MESSAGES.unavailable };
  try {
    store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (err) {
    return { ok: false, error: isFull(err) ? MESSAGES.full : MESSAGES.failed };
  }
}

export const journal = {
  available: () => area("localStorage") !== null,

  /** Every readable entry, newest first; unreadable ones are counted, never thrown. */
  list() {
    const store = area("localStorage");
    if (!store) return { entries: [], unreadable: 0, error: MESSAGES.unavailable };
    const entries = [];
    let unreadable = 0;
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(ENTRY)) continue;
      try {
        const entry = JSON.parse(store.getItem(key));
        if (!entry || typeof entry.id !== "string" || typeof entry.data !== "object") throw new Error();
        entries.push(entry);
      } catch {
        unreadable++;
      }
    }
    entries.sort((a, b) => String(b.updated).localeCompare(String(a.updated)));
    const error = unreadable
      ? `${unreadable} saved ${unreadable === 1 ? "entry" : "entries"} could not be read and ${unreadable === 1 ? "was" : "were"} left out. Everything else is here.`
      : "";
    return { entries, unreadable, error };
  },

  get(id) {
    return this.list().entries.find((e) => e.id === id) ?? null;
  },

  save(entry) {
    return write(area("localStorage"), ENTRY + entry.id, entry);
  },

  remove(id) {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable };
    store.removeItem(ENTRY + id);
    return { ok: true };
  },

  /** Remove every saved entry (and any unreadable leftovers) of this site. */
  removeAll() {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable, count: 0 };
    const keys = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(ENTRY)) keys.push(key);
    }
    keys.forEach((k) => store.removeItem(k));
    return { ok: true, count: keys.length };
  },

  /** Add entries from an import; all or nothing. */
  importMany(entries) {
    const store = area("localStorage");
    if (!store) return { ok: false, error: MESSAGES.unavailable };
    const written = [];
    for (const entry of entries) {
      const previous = store.getItem(ENTRY + entry.id);
      const result = write(store, ENTRY + entry.id, entry);
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

export const drafts = {
  load(name) {
    const store = area("sessionStorage");
    if (!store) return null;
    try {
      return JSON.parse(store.getItem(DRAFT + name));
    } catch {
      return null;
    }
  },
  save(name, value) {
    return write(area("sessionStorage"), DRAFT + name, value);
  },
  clear(name) {
    area("sessionStorage")?.removeItem(DRAFT + name);
  },
};

const DRAFT_DELAY_MS = 400;

/**
 * Keeps one exercise's draft: a moment after typing stops, and at once when the page is hidden
 * or left (a reload or a closed tab right after typing loses nothing). `snapshot` returns what
 * to keep, or null when the form is empty (the draft is then removed).
 */
export function draftKeeper(name, snapshot) {
  let timer = 0;
  const save = () => {
    clearTimeout(timer);
    timer = 0;
    const value = snapshot();
    if (value) drafts.save(name, value);
    else drafts.clear(name);
  };
  const flush = () => {
    if (timer) save();
  };
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  return {
    keep() {
      clearTimeout(timer);
      timer = setTimeout(save, DRAFT_DELAY_MS);
    },
    /** Saved or cleared by the reader: drop the draft, and any save still waiting. */
    clear() {
      clearTimeout(timer);
      timer = 0;
      drafts.clear(name);
    },
  };
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
export const siteName = config.siteName ?? "";
