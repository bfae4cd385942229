// The names this site stores under in the reader's browser, all starting with its site id, and the
// shape of what the journal's lock seals. Declared once for the storage and the lock.

import config from "./config.js";

export const PREFIX = `${config.siteId}:`;
export const ENTRY = `${PREFIX}journal:entry:`; // localStorage: one saved entry
export const DRAFT = `${PREFIX}draft:`; // sessionStorage: one exercise's draft in this tab
export const LOCK_KEY = `${PREFIX}journal:lock`; // localStorage: the journal's lock (lock-record.js)
export const LEDGER_KEY = `${PREFIX}journal:ledger`; // localStorage: what the open journal wrote (lock-record.js)
// localStorage: changed (to a random value) when a tab locks the journal, leaves quickly or deletes
// everything, so every other tab of the site locks too (lock.js). It holds nothing else.
export const SIGNAL_KEY = `${PREFIX}journal:signal`;

/** Whether a stored value is sealed by the journal's lock: {locked: {v, key, epk, iv, data}}. */
export const isSealed = (stored) => typeof stored?.locked === "object" && stored.locked !== null;

/** What a stored KEY holds, as the lock binds it: "entry" or "draft" (or null: not the reader's words). */
export const kindOf = (key) => (key.startsWith(ENTRY) ? "entry" : key.startsWith(DRAFT) ? "draft" : null);
