// Setting, opening, changing and removing the journal's lock (lock.js holds its state, lock-record.js
// its formats). Each step that changes which passphrase opens the journal is one write of the lock's
// record; entries and drafts are then rewritten one at a time, each in one write. So a page closed
// half-way loses nothing: every entry stays readable with the keys the vault holds, and the next
// unlock finishes the work. Every operation returns a report of what it really did (see newReport),
// and the page words its message from that, never from what it meant to do.

import { ENTRY, LEDGER_KEY, LOCK_KEY, PREFIX, isSealed } from "./storage-keys.js";
import {
  DamagedLock, Unopenable, VERSION, newState, openLock, writeLock,
} from "./lock-record.js";
import * as lock from "./lock.js";
import { storedRecords } from "./storage.js";

/** Asked to set a lock where one is (or where entries are sealed for one that is gone). */
export class LockExists extends Error {
  name = "LockExists";
}

/**
 * What an operation did: `done` records rewritten; `full` and `failed` records storage refused
 * (no room; anything else), left as they were; `unopened` sealed records the journal's keys do not
 * open (changed, moved, or sealed for a key that is not the reader's); `deleted` of those, deleted
 * with a lock removed; `changed`: fields of the lock's record that storage says and the passphrase
 * does not vouch for (empty: none); `repaired`: the record was written again as the passphrase says;
 * `ledger`: "ok", "missing" or "changed" (the list of entries the open journal wrote); `removing`: a
 * removal of the lock was left half-done, waiting for the reader; `removed`: the lock is gone;
 * `migrated`: the journal moved from the lock's first version.
 */
function newReport() {
  return { done: 0, full: 0, failed: 0, unopened: 0, deleted: 0, changed: [], repaired: false, ledger: "ok",
    removing: false, removed: false, migrated: false };
}

const REMOVE = Symbol("remove");

function isFull(err) {
  return err?.name === "QuotaExceededError" || err?.code === 22 || err?.code === 1014;
}

function local() {
  return window.localStorage;
}

/** Rewrite each stored record that SELECT(stored) picks with TRANSFORM(key, stored) → what to store
 * (or REMOVE), unless it changed meanwhile; what happened is added to REPORT. Records that cannot
 * be read at all, or opened, are left as they are. */
async function rewriteAll(select, transform, report) {
  for (const { store, key, text } of storedRecords()) {
    let stored;
    try {
      stored = JSON.parse(text);
    } catch {
      continue; // not readable before either
    }
    if (!select(stored)) continue;
    let next;
    try {
      next = await transform(key, stored);
    } catch (err) {
      if (err instanceof Unopenable) continue; // counted by countUnopened
      report.failed++;
      continue;
    }
    if (store.getItem(key) !== text) continue; // a newer write won meanwhile
    try {
      if (next === REMOVE) {
        store.removeItem(key);
        report.deleted++;
      } else {
        store.setItem(key, JSON.stringify(next));
        report.done++;
      }
    } catch (err) {
      if (isFull(err)) report.full++;
      else report.failed++;
    }
  }
}

/** How many sealed records the journal's keys (in memory) do not open. */
async function countUnopened() {
  let count = 0;
  for (const { key, text } of storedRecords()) {
    try {
      const stored = JSON.parse(text);
      if (isSealed(stored)) await lock.openRecord(key, stored);
    } catch (err) {
      if (err instanceof Unopenable) count++;
    }
  }
  return count;
}

/** Every entry stored readable now: [{id, value}] (what the reader sets a lock on is theirs). */
function readableEntries() {
  const found = [];
  for (const { key, text } of storedRecords()) {
    if (!key.startsWith(ENTRY)) continue;
    try {
      const value = JSON.parse(text);
      if (!isSealed(value) && value?.id === key.slice(ENTRY.length)) found.push({ id: value.id, value });
    } catch {
      // not an entry
    }
  }
  return found;
}

const sealInto = (key, stored) => lock.sealRecord(key, stored);

/** Set a lock with PASSPHRASE: every entry and every draft of this tab is sealed (other tabs seal
 * their drafts when they hear of it). Nothing changes if storage refuses the lock's record. */
export async function setLock(passphrase) {
  if (lock.lockState() !== "none") throw new LockExists("a lock is set, or entries are sealed for one");
  const state = await newState();
  local().setItem(LOCK_KEY, await writeLock(state, passphrase, LOCK_KEY)); // throws: nothing changed
  await lock.adopt(state);
  const report = newReport();
  // The entries there now are the reader's: they are setting the lock on them.
  if (!(await lock.vouchFor(readableEntries()))) report.ledger = "missing";
  await rewriteAll((stored) => !isSealed(stored), sealInto, report);
  return report;
}

/** The lock's record, written again as STATE (the passphrase's) says; false if storage refused it. */
async function rewriteLock(state, passphrase) {
  try {
    local().setItem(LOCK_KEY, await writeLock(state, passphrase, LOCK_KEY));
    return true;
  } catch {
    return false;
  }
}

/** Open the lock with PASSPHRASE: {state, changed, version}. DamagedLock when no passphrase can
 * open it (and this page remembers that), WrongPassphrase (crypto.js) when this one does not. */
async function openWith(passphrase) {
  const status = lock.lockStatus();
  if (status.state === "none") throw new DamagedLock("there is no lock");
  try {
    return await openLock(status.read, passphrase, LOCK_KEY);
  } catch (err) {
    if (err instanceof DamagedLock) lock.markVaultDamaged();
    throw err;
  }
}

/** Records not yet sealed for the current key (under an older key, of the first version, or left
 * readable) are sealed for it; then keys and first-version reading no longer needed are let go. */
async function finish(state, passphrase, report) {
  const current = state.current.id;
  await rewriteAll((stored) => !isSealed(stored) || stored.locked.v !== VERSION || stored.locked.key !== current,
    async (key, stored) => lock.sealRecord(key, await lock.openRecord(key, stored)), report);
  if (report.full || report.failed) return state;
  let kept = state;
  if (state.keys.length > 1) {
    kept = { ...state, keys: state.keys.filter((k) => k.id === current) };
    if (await rewriteLock(kept, passphrase)) await lock.adopt(kept);
    else kept = state;
  }
  if ((await lock.ledgerNow()).legacy) await lock.changeLedger((ledger) => (ledger.legacy = false));
  lock.readOldRecords(false);
  return kept;
}

/** Open the journal with PASSPHRASE, check the lock against what the passphrase vouches for, put
 * it right, and finish what a closed page left half-done (a removal waits for the reader). */
export async function unlockJournal(passphrase) {
  const { state, changed, version } = await openWith(passphrase);
  const report = newReport();
  report.changed = changed;
  await lock.adopt(state, { oldRecords: version === 1 });
  if ((changed.length || version !== VERSION) && (await rewriteLock(state, passphrase))) report.repaired = true;
  const ledger = await lock.ledgerNow();
  if (version === 1) {
    // The first version kept no list: every entry its keys open was under the reader's lock.
    report.migrated = true;
    const entries = [];
    for (const { key, text } of storedRecords()) {
      if (!key.startsWith(ENTRY)) continue;
      try {
        const value = await lock.openRecord(key, JSON.parse(text));
        if (value?.id === key.slice(ENTRY.length)) entries.push({ id: value.id, value });
      } catch {
        // not the reader's, or not readable: not vouched for
      }
    }
    await lock.changeLedger(async (l) => {
      l.legacy = true;
    });
    await lock.vouchFor(entries);
  } else {
    report.ledger = ledger.status;
    lock.readOldRecords(ledger.legacy);
  }
  report.removing = ledger.removing;
  try {
    if (!report.removing) await finish(state, passphrase, report);
  } catch {
    report.failed++; // storage refused: the journal is open all the same, and the next unlock tries again
  }
  report.unopened = await countUnopened();
  return report;
}

/** A new passphrase, and a new key: the record switches in one write (old keys kept inside it, under
 * the new passphrase), then every record is sealed again for the new key, then the old keys go. */
export async function changePassphrase(current, next) {
  const { state, changed } = await openWith(current);
  const fresh = await newState();
  const moved = { current: fresh.current, keys: [...fresh.keys, ...state.keys], ledgerKey: state.ledgerKey };
  local().setItem(LOCK_KEY, await writeLock(moved, next, LOCK_KEY)); // throws: nothing changed
  await lock.adopt(moved, { oldRecords: await ledgerLegacy() });
  const report = newReport();
  report.changed = changed;
  await finish(moved, next, report);
  report.unopened = await countUnopened();
  return report;
}

async function ledgerLegacy() {
  try {
    return (await lock.ledgerNow()).legacy;
  } catch {
    return false;
  }
}

/** Remove the lock (the reader gave PASSPHRASE): everything stored unlocked again, then the record
 * goes. Sealed records the keys cannot open are deleted with it: nobody could open them here after. */
export async function removeLock(passphrase) {
  const { state } = await openWith(passphrase);
  await lock.adopt(state, { oldRecords: await ledgerLegacy() });
  return finishRemoval();
}

/** Go on removing the lock (with the journal open): a removal begun, and confirmed by the reader. */
export async function finishRemoval() {
  const report = newReport();
  await lock.changeLedger((ledger) => (ledger.removing = true));
  const opened = (key, stored) => lock.openRecord(key, stored).catch((err) => {
    if (err instanceof Unopenable) return REMOVE;
    throw err;
  });
  await rewriteAll(isSealed, opened, report);
  if (report.full || report.failed) {
    report.removing = true;
    return report;
  }
  const store = local();
  store.removeItem(LOCK_KEY);
  store.removeItem(LEDGER_KEY);
  // A write that came meanwhile was sealed for the current key, still in memory: opened too.
  await rewriteAll(isSealed, opened, report);
  lock.dropped("removed");
  report.removed = true;
  return report;
}

/** Keep the lock after all (a removal was left half-done): entries unlocked by it are sealed again. */
export async function keepLock() {
  const report = newReport();
  await lock.changeLedger((ledger) => (ledger.removing = false));
  await rewriteAll((stored) => !isSealed(stored), sealInto, report);
  return report;
}

/** Seal what was left readable while a lock is set (a page closed while the lock was set; a draft of
 * this tab when another tab set it; or something put there by hand). Needs no passphrase. */
export async function sealLeftovers() {
  const report = newReport();
  const status = lock.lockStatus();
  if (status.state === "open" || (status.state === "locked" && status.read.writable)) {
    await rewriteAll((stored) => !isSealed(stored), sealInto, report);
  }
  return report;
}

/** Everything this site keeps in localStorage, as stored (sealed entries stay sealed), as the text
 * of a file: the way out when the lock is damaged. */
export function storedAsItIs(site, exported) {
  const store = local();
  const kept = {};
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) kept[key] = store.getItem(key);
  }
  return `${JSON.stringify({ format: "exercises-journal-as-stored", version: 1, site, exported, stored: kept }, null, 2)}\n`;
}
