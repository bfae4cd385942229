// The journal lock's formats, each read in one place, versioned and verified: the only way in.
//   - The lock's record ("<siteId>:journal:lock", localStorage), version 2:
//       {format, version, current: {id, publicKey}, vault: {kdf: {name, hash, iterations, salt},
//        cipher: {name, iv}, check, data}}
//     `current` is what a page writes to without the passphrase; the vault (crypto.js) holds, sealed
//     with the passphrase and bound to the record's name, the truth: {current, keys: [{id, publicKey,
//     privateKey}], ledgerKey}. At unlock what storage says is compared with what the vault says,
//     and the page acts on the vault's. The algorithms and rounds are fixed by the version, so a
//     label changed by hand is seen as a change, never taken as a reason to derive another key.
//   - Each sealed entry or draft: {locked: {v: 2, key, epk, iv, data}}, bound (associated data) to
//     its kind, its storage key and the key it was sealed for: moved or copied elsewhere, it does
//     not open.
//   - The ledger ("<siteId>:journal:ledger"): which entries the reader's own open journal wrote
//     (a keyed digest of each), whether a removal of the lock is under way, and whether records of
//     the first version may be left; an HMAC with the vault's ledger key seals it. An entry not in
//     it was written while the journal was locked, or put there by someone else, and is shown so.
// Version 1 (no vault check, no associated data) is read only to move a journal to version 2 at
// its next unlock. Pure: texts in, values out; no page, no storage (Node's tests run it as it is).

import {
  DamagedVault, ITERATIONS, WrongPassphrase, fromBase64, importPrivateKey, newLockKeys, open as openFile,
  openFrom, openVault, openVersion1, publicKeyOf, sealTo, sealVault, toBase64,
} from "./crypto.js";

export const FORMAT = "exercises-journal-lock";
export const VERSION = 2;
const LEDGER = "exercises-journal-ledger";
const RECORD = "exercises-journal-record";

/** The lock's record is there, and the passphrase is right, but what it sealed is not what was
 * written: the lock cannot be opened. */
export class DamagedLock extends Error {
  name = "DamagedLock";
}

/** A sealed entry or draft that the journal's keys do not open: `reason` is "changed" (changed,
 * moved, or sealed for a key swapped into the lock), "not-ours" (for a key this journal never had)
 * or "old" (of the first version, after the journal moved on). */
export class Unopenable extends Error {
  name = "Unopenable";
  constructor(reason) {
    super(`this record cannot be opened (${reason})`);
    this.reason = reason;
  }
}

const encoder = new TextEncoder();
const bytes = (value) => encoder.encode(JSON.stringify(value));

function isBase64(text, length) {
  if (typeof text !== "string" || !text) return false;
  try {
    const decoded = fromBase64(text);
    return length === undefined || decoded.length === length;
  } catch {
    return false;
  }
}

const isCurrent = (c) => typeof c?.id === "string" && c.id.length > 0 && c.id.length <= 100
  && isBase64(c.publicKey, 65);

/** The record as this version writes it, field by field and in order. */
function layout(current, vault) {
  return {
    format: FORMAT, version: VERSION, current,
    vault: { kdf: { name: "PBKDF2", hash: "SHA-256", iterations: ITERATIONS, salt: vault.salt },
      cipher: { name: "AES-GCM", iv: vault.iv }, check: vault.check, data: vault.data },
  };
}

/** The paths at which ACTUAL differs from EXPECTED (fields changed, added or missing). */
function differences(expected, actual, prefix = "") {
  const found = [];
  const names = new Set([...Object.keys(expected ?? {}), ...Object.keys(actual ?? {})]);
  for (const name of names) {
    const [want, got] = [expected?.[name], actual?.[name]];
    if (want && typeof want === "object" && got && typeof got === "object" && !Array.isArray(got)) {
      found.push(...differences(want, got, `${prefix}${name}.`));
    } else if (JSON.stringify(want) !== JSON.stringify(got)) {
      found.push(`${prefix}${name}`);
    }
  }
  return found;
}

const damaged = (problem) => ({ status: "damaged", problem });

/**
 * What the lock's record TEXT (or null) says, checked as far as it can be without the passphrase:
 *   {status: "none"}; {status: "damaged", problem} (there, but it cannot be opened by anyone);
 *   {status: "sealed", version, current, writable, changed, vault | blob}. `current` is null when
 *   it is not a key a page could write to; `changed` lists the fields that are not as this version
 *   writes them; `writable` says a page may seal new writes for `current` (nothing seen changed).
 */
export function readLock(text) {
  if (text === null || text === undefined) return { status: "none" };
  let record;
  try {
    record = JSON.parse(text);
  } catch {
    return damaged("unreadable");
  }
  if (!record || typeof record !== "object" || Array.isArray(record)) return damaged("unreadable");
  const current = isCurrent(record.current) ? { id: record.current.id, publicKey: record.current.publicKey } : null;
  if (record.version === 1 && record.keys && !record.vault) {
    const { kdf, cipher, data } = record.keys;
    if (!isBase64(kdf?.salt) || !isBase64(cipher?.iv) || !isBase64(data)) return damaged("unreadable");
    // Version 1's "removing" flag was never sealed: it is not followed, and new writes stay sealed.
    const changed = "removing" in record ? ["removing"] : [];
    return { status: "sealed", version: 1, current, blob: record.keys, changed, writable: current !== null };
  }
  const v = record.vault;
  const vault = { salt: v?.kdf?.salt, iv: v?.cipher?.iv, check: v?.check, data: v?.data };
  if (!isBase64(vault.salt, 16) || !isBase64(vault.iv, 12) || !isBase64(vault.check, 32) || !isBase64(vault.data)) {
    return damaged(record.vault ? "unreadable" : "unknown");
  }
  const changed = differences(layout(current ?? record.current, vault), record);
  if (!current && !changed.length) changed.push("current");
  return { status: "sealed", version: VERSION, current, vault, changed, writable: current !== null && !changed.length };
}

const vaultAad = (lockKey) => bytes([FORMAT, VERSION, lockKey]);

function checkState(state) {
  const keys = Array.isArray(state?.keys) ? state.keys : [];
  const ids = new Set(keys.map((k) => k?.id));
  const good = isCurrent(state?.current) && keys.length > 0 && ids.size === keys.length
    && keys.every((k) => isCurrent(k) && isBase64(k.privateKey))
    && keys.some((k) => k.id === state.current.id && k.publicKey === state.current.publicKey)
    && isBase64(state.ledgerKey, 32);
  if (!good) throw new DamagedLock("the vault does not hold a lock");
  return { current: { id: state.current.id, publicKey: state.current.publicKey },
    keys: keys.map(({ id, publicKey, privateKey }) => ({ id, publicKey, privateKey })), ledgerKey: state.ledgerKey };
}

/** A new lock's state: one key pair, a ledger key. (Its private key is text until sealed.) */
export async function newState() {
  const pair = await newLockKeys();
  const id = crypto.randomUUID();
  return { current: { id, publicKey: pair.publicKey }, keys: [{ id, ...pair }],
    ledgerKey: toBase64(crypto.getRandomValues(new Uint8Array(32))) };
}

/** STATE sealed with PASSPHRASE, as the record to store under LOCKKEY (its text). Never a record
 * without keys, or whose current key is not among them. */
export async function writeLock(state, passphrase, lockKey) {
  const checked = checkState(state);
  const vault = await sealVault(JSON.stringify(checked), passphrase, vaultAad(lockKey));
  return JSON.stringify(layout(checked.current, vault));
}

/**
 * Open READ (from readLock) with PASSPHRASE: {state, changed, version}, `changed` listing what
 * storage says that the vault does not vouch for (empty when nothing). WrongPassphrase when the
 * passphrase is not the one (or the salt was changed: the same to PBKDF2); DamagedLock when it is
 * right but the vault was changed, or the record cannot be opened by anyone.
 */
export async function openLock(read, passphrase, lockKey) {
  if (read.status !== "sealed") throw new DamagedLock("there is no lock to open");
  if (read.version === 1) return openVersion1Lock(read, passphrase);
  let opened;
  try {
    opened = await openVault(read.vault, passphrase, vaultAad(lockKey));
  } catch (err) {
    if (err instanceof DamagedVault) throw new DamagedLock(err.message);
    throw err;
  }
  let state;
  try {
    state = checkState(JSON.parse(opened.text));
  } catch {
    throw new DamagedLock("the vault does not hold a lock");
  }
  const changed = [...read.changed];
  if (!opened.checked) changed.push("vault.check");
  if (read.current?.id !== state.current.id || read.current?.publicKey !== state.current.publicKey) {
    for (const field of ["id", "publicKey"]) {
      if (read.current?.[field] !== state.current[field] && !changed.includes(`current.${field}`)) {
        changed.push(`current.${field}`);
      }
    }
  }
  return { state, changed, version: VERSION };
}

async function openVersion1Lock(read, passphrase) {
  let pairs;
  try {
    pairs = JSON.parse(await openFile(read.blob, passphrase));
  } catch (err) {
    if (err instanceof WrongPassphrase) throw err;
    throw new DamagedLock("the first version's keys cannot be read");
  }
  if (!Array.isArray(pairs) || !pairs.length) throw new DamagedLock("the first version's keys are empty");
  const keys = [];
  for (const { id, privateKey } of pairs) {
    try {
      keys.push({ id, publicKey: await publicKeyOf(privateKey), privateKey });
    } catch {
      throw new DamagedLock("a key of the first version cannot be read");
    }
  }
  // Its `current` was never sealed: it is the reader's only if it is one of the keys the passphrase opened.
  const vouched = keys.find((k) => k.id === read.current?.id && k.publicKey === read.current?.publicKey);
  const first = vouched ?? keys[0];
  const state = checkState({ current: { id: first.id, publicKey: first.publicKey }, keys,
    ledgerKey: toBase64(crypto.getRandomValues(new Uint8Array(32))) });
  return { state, changed: [...read.changed, ...(vouched ? [] : ["current"])], version: 1 };
}

/** The keys of STATE, ready to use and never readable: {current, keys: Map(id → {publicKey,
 * privateKey}), ledger (an HMAC key)}. */
export async function keyring(state) {
  const keys = new Map();
  for (const k of state.keys) keys.set(k.id, { publicKey: k.publicKey, privateKey: await importPrivateKey(k.privateKey) });
  const ledger = await crypto.subtle.importKey("raw", fromBase64(state.ledgerKey), { name: "HMAC", hash: "SHA-256" },
    false, ["sign", "verify"]);
  return { current: { ...state.current }, keys, ledger };
}

const recordAad = (kind, key, id, publicKey) => bytes([RECORD, VERSION, kind, key, id, publicKey]);

/** VALUE sealed for CURRENT ({id, publicKey}), bound to where it is stored (WHERE: {key, kind}). */
export async function sealValue(value, where, current) {
  const sealed = await sealTo(current.publicKey, JSON.stringify(value),
    recordAad(where.kind, where.key, current.id, current.publicKey));
  return { locked: { v: VERSION, key: current.id, ...sealed } };
}

/** The value a sealed STORED holds, opened with RING's keys, for WHERE ({key, kind}); Unopenable
 * when they do not open it there. Records of the first version open only while LEGACY. */
export async function openValue(stored, where, ring, { legacy = false } = {}) {
  const sealed = stored?.locked;
  const fields = ["epk", "iv", "data"].every((name) => typeof sealed?.[name] === "string");
  if (!fields || typeof sealed.key !== "string") throw new Unopenable("changed");
  const own = ring.keys.get(sealed.key);
  if (sealed.v === 1) {
    if (!legacy) throw new Unopenable("old");
    for (const k of own ? [own] : ring.keys.values()) {
      try {
        return JSON.parse(await openVersion1(k.privateKey, sealed));
      } catch {
        // not this key
      }
    }
    throw new Unopenable(own ? "changed" : "not-ours");
  }
  if (sealed.v !== VERSION) throw new Unopenable("changed");
  // A key id this journal does not know may still be sealed for one of its keys (an id changed in
  // the record by hand): every key is tried, each with the record's own binding.
  for (const k of own ? [own] : ring.keys.values()) {
    try {
      return JSON.parse(await openFrom(k.privateKey, k.publicKey, sealed,
        recordAad(where.kind, where.key, sealed.key, k.publicKey)));
    } catch {
      // not this key
    }
  }
  throw new Unopenable(own ? "changed" : "not-ours");
}

/** What STORED (under storage key KEY, of KIND) holds for a private key PKCS8 whose public key is
 * PUBLICKEY, whoever holds it: the journal's own reader, used by the tests as an adversary would. */
export async function openSealedWith(pkcs8, publicKey, key, kind, stored) {
  const ring = { keys: new Map([[stored?.locked?.key, { publicKey, privateKey: await importPrivateKey(pkcs8) }]]) };
  return openValue(stored, { key, kind }, ring, { legacy: true });
}

// ---- The ledger ----------------------------------------------------------------------------------

async function hmac(ring, value) {
  return toBase64(await crypto.subtle.sign("HMAC", ring.ledger, bytes(value)));
}

/** The keyed digest of an entry ID holding VALUE, as the ledger keeps it. */
export const markOf = (ring, id, value) => hmac(ring, ["entry", id, JSON.stringify(value)]);

const ledgerBody = ({ entries, removing, legacy }) => [LEDGER, 1,
  [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), removing, legacy];

/** The ledger TEXT (or null) as RING's ledger key vouches for it: {entries: Map(id → mark), removing,
 * legacy, status}; status "missing" (none stored) or "changed" (not sealed by this key) with
 * nothing in it, else "ok". */
export async function readLedger(text, ring) {
  const empty = (status) => ({ entries: new Map(), removing: false, legacy: false, status });
  if (text === null || text === undefined) return empty("missing");
  try {
    const stored = JSON.parse(text);
    const entries = new Map(Object.entries(stored.entries ?? {}));
    const ledger = { entries, removing: stored.removing === true, legacy: stored.legacy === true };
    const valid = stored.format === LEDGER && stored.version === 1 && typeof stored.mac === "string"
      && [...entries.values()].every((mark) => typeof mark === "string")
      && await crypto.subtle.verify("HMAC", ring.ledger, fromBase64(stored.mac), bytes(ledgerBody(ledger)));
    return valid ? { ...ledger, status: "ok" } : empty("changed");
  } catch {
    return empty("changed");
  }
}

/** LEDGER ({entries, removing, legacy}) sealed with RING's ledger key, as text to store. */
export async function writeLedger(ledger, ring) {
  return JSON.stringify({ format: LEDGER, version: 1, entries: Object.fromEntries(ledger.entries),
    removing: ledger.removing, legacy: ledger.legacy, mac: await hmac(ring, ledgerBody(ledger)) });
}
