// Setting, opening, changing and removing the journal's lock (lock.js holds its state). Each step
// that changes which passphrase opens the journal is one write of the lock's record; entries and
// drafts are then rewritten one at a time, each in one write. So a page closed half-way loses
// nothing: every entry stays readable with the keys the record holds, and the next unlock finishes
// the work (opening with the passphrase the record was last written with).

import { newLockKeys } from "./crypto.js";
import {
  adopt, dropLock, keysFor, lockRecord, markRemoving, openRecord, sealRecord, sealedForCurrent, writeLock,
} from "./lock.js";
import { isSealed } from "./storage-keys.js";
import { newId, storedRecords } from "./storage.js";

/** Rewrite each stored record with WANT(value) → what to store, unless it changed meanwhile or
 * cannot be read. Returns how many could not be rewritten. */
async function rewriteAll(skip, want) {
  let left = 0;
  for (const { store, key, text } of storedRecords()) {
    let stored;
    try {
      stored = JSON.parse(text);
    } catch {
      continue; // not readable before either: left as it was
    }
    if (skip(stored)) continue;
    try {
      const next = JSON.stringify(await want(await openRecord(stored)));
      if (store.getItem(key) === text) store.setItem(key, next); // a newer write won meanwhile
    } catch {
      left++;
    }
  }
  return left;
}

/** Seal every record for the current key (those under an older key need the journal open). */
const sealEverything = () => rewriteAll(sealedForCurrent, sealRecord);

/** Finish what a closed page left half-done, with the journal open: a removal, or records not yet
 * under the current key (then the older keys, once unused, are dropped). */
async function finish(keys, passphrase) {
  const record = lockRecord();
  if (record.removing) return removeOpened();
  const left = await sealEverything();
  if (!left && keys.length > 1) {
    const current = keys.filter((k) => k.id === record.current.id);
    await writeLock(record.current, current, passphrase);
    await adopt(current);
  }
  return left;
}

/** Open the journal with PASSPHRASE: WrongPassphrase (from crypto.js) when it is not the one. */
export async function unlockJournal(passphrase) {
  const keys = await keysFor(passphrase);
  await adopt(keys);
  try {
    await finish(keys, passphrase);
  } catch {
    // Storage refused a write: the journal is open all the same, and the next unlock tries again.
  }
}

/** Set a lock with PASSPHRASE; everything saved and every draft of this tab is sealed. */
export async function setLock(passphrase) {
  const pair = await newLockKeys();
  const id = newId();
  const keys = [{ id, privateKey: pair.privateKey }];
  await writeLock({ id, publicKey: pair.publicKey }, keys, passphrase);
  await adopt(keys);
  await sealEverything();
}

/** A new passphrase, and new keys: the record switches in one write (old keys kept inside it, under
 * the new passphrase), then every record is sealed again for the new key, then the old keys go. */
export async function changePassphrase(current, next) {
  const old = await keysFor(current);
  const pair = await newLockKeys();
  const id = newId();
  const keys = [{ id, privateKey: pair.privateKey }, ...old];
  await writeLock({ id, publicKey: pair.publicKey }, keys, next);
  await adopt(keys);
  return finish(keys, next);
}

async function removeOpened() {
  markRemoving();
  const left = await rewriteAll((stored) => !isSealed(stored), (value) => value);
  if (!left) dropLock();
  return left;
}

/** Remove the lock: everything is stored unlocked again, then the lock's record goes. */
export async function removeLock(passphrase) {
  await adopt(await keysFor(passphrase));
  return removeOpened();
}

/** Seal what a closed page left unsealed when the lock was set (needs no passphrase). */
export function sealLeftovers() {
  const record = lockRecord();
  if (record && !record.removing) return rewriteAll((stored) => isSealed(stored), sealRecord);
  return Promise.resolve(0);
}
