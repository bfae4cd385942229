// Text locked with a passphrase, with the browser's own Web Crypto: AES-GCM with a 256-bit key made
// from the passphrase by PBKDF2-SHA-256 (600,000 rounds, a random salt), and a fresh random IV each
// time. What it returns says how it was made, so a file opens even if the rounds change later.
// Nothing here leaves the page; a lost passphrase cannot be recovered by anyone.

export const ITERATIONS = 600_000;

const encoder = new TextEncoder();

function toBase64(bytes) {
  let text = "";
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The AES-GCM key for a passphrase and salt. It can only encrypt and decrypt, never be read. */
export async function deriveKey(passphrase, salt, iterations = ITERATIONS) {
  const material = await crypto.subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material,
    { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/** TEXT locked with PASSPHRASE: {kdf, cipher, data}, all plain JSON. */
export async function seal(text, passphrase) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt);
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, encoder.encode(text));
  return {
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations: ITERATIONS, salt: toBase64(salt) },
    cipher: { name: "AES-GCM", iv: toBase64(iv) },
    data: toBase64(data),
  };
}

export class WrongPassphrase extends Error {
  name = "WrongPassphrase";
}

/** The text SEALED holds, or WrongPassphrase (a wrong passphrase or a changed file: the same to
 * AES-GCM). A file that is not a sealed text at all throws a plain Error. */
export async function open(sealed, passphrase) {
  const { kdf, cipher, data } = sealed ?? {};
  if (kdf?.name !== "PBKDF2" || kdf.hash !== "SHA-256" || cipher?.name !== "AES-GCM"
      || !Number.isInteger(kdf.iterations) || kdf.iterations < 1 || kdf.iterations > 10_000_000) {
    throw new Error("not a locked file this site can open");
  }
  let salt, iv, bytes;
  try {
    [salt, iv, bytes] = [fromBase64(kdf.salt), fromBase64(cipher.iv), fromBase64(data)];
  } catch {
    throw new Error("not a locked file this site can open");
  }
  const key = await deriveKey(passphrase, salt, kdf.iterations);
  try {
    const text = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, bytes);
    return new TextDecoder().decode(text);
  } catch {
    throw new WrongPassphrase("that passphrase does not open this file");
  }
}

// The journal's lock. Entries and drafts are written without the passphrase and read only with it,
// so a page can keep a draft while the journal is locked: each page makes an ECDH P-256 key pair of
// its own for the journal's public key, and writes with an AES-GCM key (256 bits, through HKDF)
// from the two, with a fresh random IV for each write. Only the journal's private key opens them,
// and it is stored sealed with the passphrase (PBKDF2 above), so that changing the passphrase is one
// write; the page holds it in memory while the journal is open.

const ECDH = { name: "ECDH", namedCurve: "P-256" };
const LOCK_INFO = encoder.encode("mkdocs-exercises journal lock v1");

/** A new key pair for the journal: {publicKey (raw, base64), privateKey (PKCS #8, base64)}. */
export async function newLockKeys() {
  const pair = await crypto.subtle.generateKey(ECDH, true, ["deriveBits"]);
  return {
    publicKey: toBase64(await crypto.subtle.exportKey("raw", pair.publicKey)),
    privateKey: toBase64(await crypto.subtle.exportKey("pkcs8", pair.privateKey)),
  };
}

/** The journal's private key from its PKCS #8 text, usable but never readable again. */
export function importPrivateKey(pkcs8) {
  return crypto.subtle.importKey("pkcs8", fromBase64(pkcs8), ECDH, false, ["deriveBits"]);
}

async function sharedKey(privateKey, publicRaw, usage) {
  const publicKey = await crypto.subtle.importKey("raw", fromBase64(publicRaw), ECDH, false, []);
  const bits = await crypto.subtle.deriveBits({ name: "ECDH", public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32), info: LOCK_INFO },
    material, { name: "AES-GCM", length: 256 }, false, [usage]);
}

/** A writer for the journal's PUBLIC key (base64): write(text) → {epk, iv, data}. One key pair per
 * writer; every write gets its own IV. */
export async function lockWriter(publicRaw) {
  const mine = await crypto.subtle.generateKey(ECDH, true, ["deriveBits"]);
  const epk = toBase64(await crypto.subtle.exportKey("raw", mine.publicKey));
  const key = await sharedKey(mine.privateKey, publicRaw, "encrypt");
  return async (text) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, encoder.encode(text));
    return { epk, iv: toBase64(iv), data: toBase64(data) };
  };
}

/** A reader with the journal's PRIVATE key: read({epk, iv, data}) → the text, or WrongPassphrase
 * when this key did not write it. Keys are worked out once per writer. */
export function lockReader(privateKey) {
  const keys = new Map();
  return async ({ epk, iv, data }) => {
    if (!keys.has(epk)) keys.set(epk, sharedKey(privateKey, epk, "decrypt"));
    try {
      const text = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(iv) }, await keys.get(epk),
        fromBase64(data));
      return new TextDecoder().decode(text);
    } catch {
      throw new WrongPassphrase("this key did not write it");
    }
  };
}
