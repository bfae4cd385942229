// Drafts: what a reader is writing in an exercise, kept in this tab's sessionStorage
// ("<siteId>:draft:<name>") so a reload or a failed engine loses nothing; gone when the tab closes,
// or when saved or cleared. Stored sealed while the journal has a lock (storage.js).

import { area, isLocked, lockSet, openRecord, put } from "./storage.js";
import { DRAFT } from "./storage-keys.js";

export const drafts = {
  /** This tab's draft NAME; {locked: true} when it is kept locked and the journal is not open. */
  async load(name) {
    try {
      const stored = JSON.parse(area("sessionStorage")?.getItem(DRAFT + name) ?? "null");
      return await openRecord(DRAFT + name, stored);
    } catch (err) {
      return isLocked(err) ? { locked: true } : null;
    }
  },
  /** Whether a draft NAME is kept at all (readable or not). */
  exists(name) {
    return Boolean(area("sessionStorage")?.getItem(DRAFT + name));
  },
  save(name, value) {
    return put(area("sessionStorage"), DRAFT + name, value);
  },
  clear(name) {
    area("sessionStorage")?.removeItem(DRAFT + name);
  },
};

const DRAFT_DELAY_MS = 400;

/**
 * Keeps one exercise's draft: a moment after typing stops (at once while the journal is locked:
 * sealing takes a moment, and a reload must not catch it half-done), and when the page is hidden or
 * left. `snapshot` returns what to keep, or null when the form is empty (the draft is then removed).
 * Writes run one after another, so an older one never lands over a newer one. While `hold()`ed
 * (a locked draft not yet brought back), nothing is written over the draft.
 */
export function draftKeeper(name, snapshot) {
  let timer = 0;
  let queue = Promise.resolve();
  let queued = false;
  let held = false;
  let missed = false;
  const stop = () => {
    clearTimeout(timer);
    timer = 0;
  };
  const save = () => {
    stop();
    if (held) {
      missed = true;
      return queue;
    }
    if (queued) return queue;
    queued = true;
    queue = queue.then(async () => {
      queued = false;
      const value = snapshot();
      if (value) await drafts.save(name, value);
      else drafts.clear(name);
    });
    return queue;
  };
  const flush = () => timer && save();
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  return {
    keep() {
      clearTimeout(timer);
      timer = setTimeout(save, lockSet() ? 0 : DRAFT_DELAY_MS);
    },
    /** Saved or cleared by the reader: drop the draft, and any save still waiting. While held, a
     * draft kept locked stays: only the reader's "start again without it" lets it go (discard). */
    clear() {
      stop();
      missed = false;
      if (!held) this.discard();
    },
    discard() {
      drafts.clear(name);
      queue = queue.then(() => drafts.clear(name));
    },
    hold: () => (held = true),
    /** Keep what the form holds now (sealed, with a lock), and hold: nothing more is written over
     * it until release(). For a page that is about to take what it shows off the screen. */
    stash() {
      stop();
      const value = snapshot();
      [held, missed] = [true, false];
      return (queue = queue.then(() => (value ? drafts.save(name, value) : null)));
    },
    /** Write again, keeping what was typed while held. */
    release() {
      held = false;
      if (missed) save();
      missed = false;
    },
  };
}
