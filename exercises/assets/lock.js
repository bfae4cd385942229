// Whether the journal is locked, and the keys that read it while the reader has it open. The keys
// live only in this page's memory: a reload, "leave quickly" and 15 minutes without a touch or a key
// press forget them. Writing needs no passphrase (crypto.js), so drafts and saves go on while the
// journal is locked. What is stored under "<siteId>:journal:lock":
//   {format, version, current: {id, publicKey}, keys: <sealed with the passphrase: [{id, privateKey}]>,
//    removing?: true}
// `keys` can hold older key pairs than `current` while a change of passphrase is being finished.

import { importPrivateKey, lockReader, lockWriter, open, seal } from "./crypto.js";
import { LOCK_KEY, isSealed } from "./storage-keys.js";

const FORMAT = "exercises-journal-lock";
const IDLE_MS = 15 * 60 * 1000;
const ACTIVITY = ["keydown", "pointerdown", "input", "wheel", "touchstart"];

let readers = null; // key id → read(sealed), only while the journal is open
let writer = null; // {id, write} for the current key
let idleTimer = 0;

export class Locked extends Error {
  name = "Locked";
}

function store() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The lock's record, or null when no lock is set (or storage is off). */
export function lockRecord() {
  try {
    const record = JSON.parse(store()?.getItem(LOCK_KEY) ?? "null");
    return record?.format === FORMAT && record.current?.publicKey ? record : null;
  } catch {
    return null;
  }
}

/** "none", "locked" (set, and its keys not in this page) or "open". */
export function lockState() {
  if (!lockRecord()) return "none";
  return readers ? "open" : "locked";
}

function announce() {
  window.dispatchEvent(new CustomEvent("exercises:lock", { detail: { state: lockState() } }));
}

/** What to store for VALUE: itself with no lock (or one being removed), else sealed for the
 * journal's current key. */
export async function sealRecord(value) {
  const record = lockRecord();
  if (!record || record.removing) return value;
  const { id, publicKey } = record.current;
  if (writer?.id !== id || writer.publicKey !== publicKey) {
    writer = { id, publicKey, write: lockWriter(publicKey) };
  }
  const write = await writer.write;
  return { locked: { v: 1, key: id, ...(await write(JSON.stringify(value))) } };
}

/** The value STORED holds: itself when not sealed; Locked when the journal is not open; an Error
 * when no key of this journal wrote it. */
export async function openRecord(stored) {
  if (!isSealed(stored)) return stored;
  if (!readers) throw new Locked("the journal is locked");
  const read = readers.get(stored.locked.key);
  if (!read) throw new Error("written with a key this journal no longer has");
  return JSON.parse(await read(stored.locked));
}

/** Whether STORED is sealed for the current key. */
export function sealedForCurrent(stored) {
  return isSealed(stored) && stored.locked.key === lockRecord()?.current.id;
}

/** The key pairs the passphrase opens, [{id, privateKey}]; WrongPassphrase when it does not. */
export async function keysFor(passphrase) {
  const record = lockRecord();
  if (!record) throw new Error("no lock is set");
  return JSON.parse(await open(record.keys, passphrase));
}

/** Hold KEYS ([{id, privateKey}]) in memory: the journal is open. */
export async function adopt(keys) {
  const opened = await Promise.all(keys.map(async (k) => [k.id, lockReader(await importPrivateKey(k.privateKey))]));
  readers = new Map(opened);
  watchIdle();
  announce();
}

/** Store the lock's record in one write: CURRENT ({id, publicKey}) and every key pair in KEYS,
 * sealed with PASSPHRASE. Throws if storage refuses it (nothing changed then). */
export async function writeLock(current, keys, passphrase, extra = {}) {
  const record = { format: FORMAT, version: 1, current, keys: await seal(JSON.stringify(keys), passphrase), ...extra };
  store().setItem(LOCK_KEY, JSON.stringify(record));
}

/** Mark the lock as being removed (one write), so an interrupted removal is finished later. */
export function markRemoving() {
  store().setItem(LOCK_KEY, JSON.stringify({ ...lockRecord(), removing: true }));
}

/** No lock any more (its entries are already unlocked, or all deleted). */
export function dropLock() {
  store()?.removeItem(LOCK_KEY);
  readers = null;
  writer = null;
  announce();
}

/** Forget the keys: the journal is locked again until its passphrase is typed. */
export function forget() {
  if (!readers) return;
  readers = null;
  clearTimeout(idleTimer);
  announce();
}

// "Leave this page quickly" (leave.js, on every page, which does not load this module) says so.
window.addEventListener("exercises:leave", () => forget());

function restartIdle() {
  clearTimeout(idleTimer);
  if (readers) idleTimer = setTimeout(forget, IDLE_MS);
}

function watchIdle() {
  if (!window.__exercisesIdle) {
    window.__exercisesIdle = true;
    for (const type of ACTIVITY) window.addEventListener(type, restartIdle, { capture: true, passive: true });
  }
  restartIdle();
}
