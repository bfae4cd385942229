// The names this site stores under in the reader's browser, all starting with its site id, and the
// shape of what the journal's lock seals. Declared once for the storage and the lock.

import config from "./config.js";

export const PREFIX = `${config.siteId}:`;
export const ENTRY = `${PREFIX}journal:entry:`; // localStorage: one saved entry
export const DRAFT = `${PREFIX}draft:`; // sessionStorage: one exercise's draft in this tab
export const LOCK_KEY = `${PREFIX}journal:lock`; // localStorage: the journal's lock (lock.js)

/** Whether a stored value is sealed by the journal's lock: {locked: {v, key, epk, iv, data}}. */
export const isSealed = (stored) => typeof stored?.locked === "object" && stored.locked !== null;
