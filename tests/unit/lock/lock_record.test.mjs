// The journal lock's formats (exercises/assets/lock-record.js) against someone who edits storage by
// hand, without a browser: Node's Web Crypto runs the very modules the page loads. Run by
// test_lock_record.py (`node --test`). Every field of the lock's record is changed in turn; whatever
// the change, the passphrase never opens a lock other than the reader's, and the change is seen.

import assert from "node:assert/strict";
import { test } from "node:test";

import { ITERATIONS, seal as sealFile } from "../../../exercises/assets/crypto.js";
import {
  DamagedLock, Unopenable, keyring, markOf, newState, openLock, openValue, readLedger, readLock, sealValue,
  writeLedger, writeLock,
} from "../../../exercises/assets/lock-record.js";

const LOCK_KEY = "tests:journal:lock";
const PASSPHRASE = "river stones at dusk";
const ENTRY = { key: "tests:journal:entry:e-1", kind: "entry" };

const made = newState().then(async (state) => ({ state, text: await writeLock(state, PASSPHRASE, LOCK_KEY) }));

function leaves(value, prefix = "") {
  return Object.entries(value).flatMap(([name, v]) => (v && typeof v === "object" ? leaves(v, `${prefix}${name}.`)
    : [`${prefix}${name}`]));
}

/** RECORD with the field at PATH changed as a person would by hand (the kit's flip, in JavaScript). */
function flip(record, path) {
  const changed = structuredClone(record);
  const names = path.split(".");
  const last = names.pop();
  const holder = names.reduce((o, n) => o[n], changed);
  const value = holder[last];
  if (!(last in holder) || typeof value === "boolean") holder[last] = typeof value === "boolean" ? !value : true;
  else if (typeof value === "number") holder[last] = value + 1;
  else {
    const at = Math.floor(value.length / 2);
    holder[last] = value.slice(0, at) + (value[at] === "B" ? "C" : "B") + value.slice(at + 1);
  }
  return changed;
}

test("a lock opens with its passphrase, as written, and nothing is said to have changed", async () => {
  const { state, text } = await made;
  const read = readLock(text);
  assert.equal(read.status, "sealed");
  assert.equal(read.writable, true);
  assert.deepEqual(read.changed, []);
  const opened = await openLock(read, PASSPHRASE, LOCK_KEY);
  assert.deepEqual(opened.changed, []);
  assert.deepEqual(opened.state, state);
  assert.equal(JSON.parse(text).vault.kdf.iterations, ITERATIONS);
  await assert.rejects(openLock(read, "river stones at dawn", LOCK_KEY), { name: "WrongPassphrase" });
});

const FIELDS = ["format", "version", "current.id", "current.publicKey", "vault.kdf.name", "vault.kdf.hash",
  "vault.kdf.iterations", "vault.kdf.salt", "vault.cipher.name", "vault.cipher.iv", "vault.check", "vault.data",
  "removing"];

test("the test changes every field the record has", async () => {
  const { text } = await made;
  assert.deepEqual([...leaves(JSON.parse(text)), "removing"].sort(), [...FIELDS].sort());
});

for (const field of FIELDS) {
  test(`a change to ${field} is seen, and never opens another lock`, async () => {
    const { state, text } = await made;
    const read = readLock(JSON.stringify(flip(JSON.parse(text), field)));
    if (read.status === "damaged") return; // fails closed: nothing is written, the reader is told
    assert.equal(read.status, "sealed");
    // The vault's own bytes and a well-formed key cannot be checked without the passphrase (a
    // changed key is found at unlock; one that is no key at all refuses every write). Anything else
    // changed stops writes at once.
    const unseen = ["vault.kdf.salt", "vault.cipher.iv", "vault.check", "vault.data", "current.id",
      "current.publicKey"].includes(field);
    assert.equal(read.writable, unseen, "a page would write to a record changed by hand");
    let opened;
    try {
      opened = await openLock(read, PASSPHRASE, LOCK_KEY);
    } catch (err) {
      // The salt is what the passphrase is stretched with: a changed one is a wrong passphrase to
      // PBKDF2. Changed sealed text or IV: the passphrase is right, and the lock is damaged.
      const expected = field === "vault.kdf.salt" ? "WrongPassphrase" : "DamagedLock";
      assert.equal(err.name, expected, `${field}: ${err}`);
      return;
    }
    assert.deepEqual(opened.state, state, "opened to a lock that is not the reader's");
    assert.ok(opened.changed.length, "the change went unseen");
  });
}

test("someone else's public key swapped in is seen at unlock, and the reader's key is kept", async () => {
  const { state, text } = await made;
  const other = await newState();
  const record = JSON.parse(text);
  record.current.publicKey = other.current.publicKey;
  const read = readLock(JSON.stringify(record));
  assert.equal(read.writable, true, "a well-formed key cannot be told from the reader's without the passphrase");
  const opened = await openLock(read, PASSPHRASE, LOCK_KEY);
  assert.deepEqual(opened.changed, ["current.publicKey"]);
  assert.deepEqual(opened.state.current, state.current);
});

test("a record deleted, cut short, not an object, or of no known shape", () => {
  assert.deepEqual(readLock(null), { status: "none" });
  for (const text of ["{not json", "[]", "null", "42", JSON.stringify({ format: "exercises-journal-lock" })]) {
    assert.equal(readLock(text).status, "damaged", text);
  }
});

test("a vault copied under another name does not open", async () => {
  const { text } = await made;
  await assert.rejects(openLock(readLock(text), PASSPHRASE, "other:journal:lock"), DamagedLock);
});

test("a lock with no keys, or whose current key is not among them, is never written", async () => {
  const { state } = await made;
  await assert.rejects(writeLock({ ...state, keys: [] }, PASSPHRASE, LOCK_KEY), DamagedLock);
  const other = await newState();
  await assert.rejects(writeLock({ ...state, current: other.current }, PASSPHRASE, LOCK_KEY), DamagedLock);
});

test("an entry is sealed for one place: moved, copied as a draft or sealed for another key, it does not open",
  async () => {
    const { state } = await made;
    const ring = await keyring(state);
    const value = { id: "e-1", title: "Quillamore" };
    const stored = await sealValue(value, ENTRY, state.current);
    assert.ok(!JSON.stringify(stored).includes("Quillamore"));
    assert.deepEqual(await openValue(stored, ENTRY, ring), value);
    const again = await sealValue(value, ENTRY, state.current);
    assert.notEqual(again.locked.epk, stored.locked.epk, "a key pair is made for each write");
    await assert.rejects(openValue(stored, { ...ENTRY, key: "tests:journal:entry:e-2" }, ring), { reason: "changed" });
    await assert.rejects(openValue(stored, { ...ENTRY, kind: "draft" }, ring), { reason: "changed" });
    const other = await newState();
    const elsewhere = await sealValue(value, ENTRY, { id: state.current.id, publicKey: other.current.publicKey });
    await assert.rejects(openValue(elsewhere, ENTRY, ring), { reason: "changed" });
    const foreign = await sealValue(value, ENTRY, other.current);
    await assert.rejects(openValue(foreign, ENTRY, ring), { reason: "not-ours" });
    // An id changed by hand before the write: sealed for the reader's key all the same, so it opens.
    const renamed = await sealValue(value, ENTRY, { id: "not-an-id", publicKey: state.current.publicKey });
    assert.deepEqual(await openValue(renamed, ENTRY, ring), value);
    for (const broken of [{ locked: {} }, { locked: { ...stored.locked, v: 3 } },
      // Its first character changed ("A", or "B" where it was "A": one sealed value in 64 starts so).
      { locked: { ...stored.locked, data: stored.locked.data.replace(/^./, (c) => (c === "A" ? "B" : "A")) } },
    ]) {
      await assert.rejects(openValue(broken, ENTRY, ring), Unopenable);
    }
  });

test("the ledger vouches for what the reader's open journal wrote, and nothing else", async () => {
  const { state } = await made;
  const ring = await keyring(state);
  const entries = new Map([["e-1", await markOf(ring, "e-1", { title: "Quillamore" })]]);
  const text = await writeLedger({ entries, removing: true, legacy: false }, ring);
  const read = await readLedger(text, ring);
  assert.equal(read.status, "ok");
  assert.equal(read.removing, true);
  assert.equal(read.entries.get("e-1"), await markOf(ring, "e-1", { title: "Quillamore" }));
  assert.notEqual(read.entries.get("e-1"), await markOf(ring, "e-1", { title: "Quillamore, older" }));
  assert.equal((await readLedger(null, ring)).status, "missing");
  const added = JSON.parse(text);
  added.entries["e-planted"] = added.entries["e-1"];
  assert.equal((await readLedger(JSON.stringify(added), ring)).status, "changed");
  const flipped = { ...JSON.parse(text), removing: false };
  assert.equal((await readLedger(JSON.stringify(flipped), ring)).status, "changed");
  const otherRing = await keyring(await newState());
  assert.equal((await readLedger(text, otherRing)).status, "changed");
});

// The first version, made as it made it: keys sealed like a locked file, one writer key pair per
// page, no associated data.
async function version1() {
  const ecdh = { name: "ECDH", namedCurve: "P-256" };
  const b64 = (b) => btoa(String.fromCharCode(...new Uint8Array(b)));
  const pair = await crypto.subtle.generateKey(ecdh, true, ["deriveBits"]);
  const publicKey = b64(await crypto.subtle.exportKey("raw", pair.publicKey));
  const privateKey = b64(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  const writer = await crypto.subtle.generateKey(ecdh, true, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "ECDH", public: pair.publicKey }, writer.privateKey, 256);
  const material = await crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveKey"]);
  const key = await crypto.subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32),
    info: new TextEncoder().encode("mkdocs-exercises journal lock v1") }, material,
  { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode('{"id":"e-1"}'));
  const record = { format: "exercises-journal-lock", version: 1, current: { id: "k1", publicKey },
    keys: await sealFile(JSON.stringify([{ id: "k1", privateKey }]), PASSPHRASE) };
  const stored = { locked: { v: 1, key: "k1", epk: b64(await crypto.subtle.exportKey("raw", writer.publicKey)),
    iv: b64(iv), data: b64(data) } };
  return { record, stored, publicKey };
}

test("a journal locked by the first version opens with its passphrase and moves to this one", async () => {
  const { record, stored, publicKey } = await version1();
  const read = readLock(JSON.stringify(record));
  assert.equal(read.version, 1);
  assert.equal(read.writable, true);
  const opened = await openLock(read, PASSPHRASE, LOCK_KEY);
  assert.deepEqual(opened.changed, []);
  assert.deepEqual(opened.state.current, { id: "k1", publicKey });
  const ring = await keyring(opened.state);
  assert.deepEqual(await openValue(stored, ENTRY, ring, { legacy: true }), { id: "e-1" });
  await assert.rejects(openValue(stored, ENTRY, ring), { reason: "old" });
  // Its unsealed removal flag is seen, and not followed.
  const flagged = readLock(JSON.stringify({ ...record, removing: true }));
  assert.deepEqual((await openLock(flagged, PASSPHRASE, LOCK_KEY)).changed, ["removing"]);
  // Its unsealed current key, swapped: the passphrase's own key is kept.
  const other = await newState();
  const swapped = readLock(JSON.stringify({ ...record, current: other.current }));
  const reopened = await openLock(swapped, PASSPHRASE, LOCK_KEY);
  assert.deepEqual(reopened.state.current, { id: "k1", publicKey });
  assert.deepEqual(reopened.changed, ["current"]);
});
