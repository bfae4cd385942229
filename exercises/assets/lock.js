// Whether the journal is locked, and the keys that read it while the reader has it open. The keys
// live only in this page's memory, unreadable (lock-record.js's keyring); a reload, Back (the
// back/forward cache), "Lock now", "leave quickly" and 15 minutes without a touch or a key press,
// counted on the wall clock, forget them, in every tab of the site (SIGNAL_KEY). Writing needs no
// passphrase: new entries and drafts are sealed for the lock's current public key, as storage says
// it is until the journal is opened, and as the passphrase vouches for it while it is open.
// What storage says is never trusted further: a record changed where it can be seen stops every
// write, and a missing or unreadable one with sealed entries under it fails closed ("damaged").

import { ENTRY, LEDGER_KEY, LOCK_KEY, SIGNAL_KEY, isSealed, kindOf } from "./storage-keys.js";
import { keyring, markOf, openValue, readLedger, readLock, sealValue, writeLedger } from "./lock-record.js";

const IDLE_MS = 15 * 60 * 1000;
const CLOCK_BACK_MS = 60 * 1000; // a clock turned back by more than this locks too
const ACTIVITY = ["keydown", "pointerdown", "input", "wheel", "touchstart"];

let ring = null; // the keys, while the journal is open in this page
let legacy = false; // records of the lock's first version may still be read
let lastActive = 0; // wall-clock time of the reader's last touch or key
let signalSeen = null; // SIGNAL_KEY when the journal was opened here
let vaultDamaged = false; // this page found the passphrase right and the vault changed
let idleTimer = 0;

export class Locked extends Error {
  name = "Locked";
}

/** A write the lock will not let through: `reason` is "damaged" (no usable lock, but sealed
 * entries) or "changed" (the record was changed by hand; only the passphrase can check it). */
export class Refused extends Error {
  name = "Refused";
  constructor(reason) {
    super(`the journal's lock refuses writes (${reason})`);
    this.reason = reason;
  }
}

function store() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const stored = (key) => {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

function sealedEntries() {
  const local = store();
  for (let i = 0; i < (local?.length ?? 0); i++) {
    const key = local.key(i);
    if (!key?.startsWith(ENTRY)) continue;
    try {
      if (isSealed(JSON.parse(local.getItem(key)))) return true;
    } catch {
      // not a sealed entry
    }
  }
  return false;
}

/**
 * The lock as this page knows it: {state, problem, read}. state: "none", "locked", "open" or
 * "damaged"; problem: "missing", "unreadable" or "unknown" (damaged: no passphrase can open it),
 * "sealed" (damaged: the passphrase is right, the vault was changed), "changed" (locked, but the
 * record was changed by hand: nothing is written until the passphrase checks it), or null.
 */
export function lockStatus() {
  const read = readLock(stored(LOCK_KEY));
  if (read.status === "none") {
    if (ring) return { state: "open", problem: null, read };
    return sealedEntries() ? { state: "damaged", problem: "missing", read } : { state: "none", problem: null, read };
  }
  if (read.status === "damaged") return { state: ring ? "open" : "damaged", problem: read.problem, read };
  if (vaultDamaged && !ring) return { state: "damaged", problem: "sealed", read };
  return { state: ring ? "open" : "locked", problem: read.writable ? null : "changed", read };
}

/** "none", "locked", "open" or "damaged". */
export const lockState = () => lockStatus().state;

function announce() {
  window.dispatchEvent(new CustomEvent("exercises:lock", { detail: { state: lockState() } }));
}

/** What to store for VALUE under storage key KEY: itself with no lock; else sealed for the lock's
 * key (the passphrase's, while open). Refused when the lock cannot be trusted to seal it. */
export async function sealRecord(key, value) {
  const status = lockStatus();
  if (status.state === "none") return value;
  const target = ring?.current ?? (status.state === "locked" && status.read.writable ? status.read.current : null);
  if (!target) throw new Refused(status.state === "damaged" ? "damaged" : "changed");
  try {
    return await sealValue(value, { key, kind: kindOf(key) }, target);
  } catch {
    throw new Refused("changed"); // not a key at all: written by hand
  }
}

/** The value STORED (under KEY) holds: itself when not sealed; Locked when the journal is not
 * open; Unopenable (lock-record.js) when its keys do not open it there. */
export async function openRecord(key, value) {
  if (!isSealed(value)) return value;
  checkIdle();
  if (!ring) throw new Locked("the journal is locked");
  return openValue(value, { key, kind: kindOf(key) }, ring, { legacy });
}

/** Hold STATE's keys in memory (the journal is open), and whether first-version records are read. */
export async function adopt(state, { oldRecords = false } = {}) {
  ring = await keyring(state);
  legacy = oldRecords;
  vaultDamaged = false;
  lastActive = Date.now();
  signalSeen = stored(SIGNAL_KEY);
  watch();
  announce();
}

export function readOldRecords(yes) {
  legacy = yes;
}

/** This page found the vault changed under a right passphrase: damaged until reloaded. */
export function markVaultDamaged() {
  vaultDamaged = true;
  announce();
}

// ---- The ledger: which entries the open journal wrote (lock-record.js) ----

/** The ledger as the open journal's key vouches for it. */
export function ledgerNow() {
  if (!ring) throw new Locked("the journal is locked");
  return readLedger(stored(LEDGER_KEY), ring);
}

/** Whether LEDGER vouches for entry ID holding VALUE. */
export async function vouched(ledger, id, value) {
  return Boolean(ring) && ledger.entries.get(id) === (await markOf(ring, id, value));
}

/** Change the ledger with CHANGE(ledger) (while open); false when storage refused it. */
export async function changeLedger(change) {
  if (!ring) return false;
  const ledger = await ledgerNow();
  await change(ledger);
  try {
    store().setItem(LEDGER_KEY, await writeLedger(ledger, ring));
    return true;
  } catch {
    return false;
  }
}

/** The reader vouches for these entries ([{id, value}]): saved by their open journal, or confirmed. */
export async function vouchFor(entries) {
  return changeLedger(async (ledger) => {
    for (const { id, value } of entries) ledger.entries.set(id, await markOf(ring, id, value));
  });
}

/** Entry ID is gone (deleted by the reader). */
export const forgetEntry = (id) => changeLedger((ledger) => ledger.entries.delete(id));

// ---- Locking ----

function signal(reason) {
  try {
    if (stored(LOCK_KEY) !== null || ring) store()?.setItem(SIGNAL_KEY, `${reason}:${crypto.randomUUID()}`);
  } catch {
    // storage is off: there is no other tab to tell
  }
}

/** Forget the keys: the journal is locked again until its passphrase is typed. EVERYWHERE: in
 * every tab of the site too ("Lock now", the idle lock). */
export function forget({ everywhere = false } = {}) {
  if (everywhere) signal("lock");
  if (!ring) return;
  ring = null;
  legacy = false;
  clearTimeout(idleTimer);
  announce();
}

/** The lock is gone (removed, or everything deleted): keys forgotten, every tab told. */
export function dropped(reason) {
  try {
    store()?.setItem(SIGNAL_KEY, `${reason}:${crypto.randomUUID()}`);
    store()?.removeItem(SIGNAL_KEY);
  } catch {
    // storage is off: there is no other tab to tell
  }
  ring = null;
  legacy = false;
  vaultDamaged = false;
  clearTimeout(idleTimer);
  announce();
}

/** Another tab locked, left quickly, deleted everything, or changed the lock (storage.js hears it,
 * on every page with an exercise): lock here too, and let the page draw itself again. */
export function heardFromAnotherTab() {
  forget();
  announce();
}

/** Lock if the reader has been away 15 minutes by the wall clock (asleep, hidden or frozen
 * included), or if another tab locked while this one could not hear it. */
function checkIdle() {
  if (!ring) return;
  const now = Date.now();
  if (now - lastActive >= IDLE_MS || now < lastActive - CLOCK_BACK_MS) forget({ everywhere: true });
  else if (stored(SIGNAL_KEY) !== signalSeen) forget();
}

function active() {
  if (!ring) return;
  checkIdle();
  if (!ring) return;
  lastActive = Date.now();
  clearTimeout(idleTimer);
  idleTimer = setTimeout(checkIdle, IDLE_MS);
}

function watch() {
  if (window.__exercisesLockWatch) {
    active();
    return;
  }
  window.__exercisesLockWatch = true;
  for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true });
  // "Leave this page quickly" (leave.js, on every page, which does not load this module) says so.
  window.addEventListener("exercises:leave", () => forget());
  // Leaving the page (it may be kept for Back): nothing opened stays in what is kept.
  window.addEventListener("pagehide", () => forget());
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) forget();
    checkIdle();
  });
  document.addEventListener("visibilitychange", checkIdle);
  window.addEventListener("focus", checkIdle);
  active();
}
