// Text locked with a passphrase, with the browser's own Web Crypto (also under Node, for the tests): AES-GCM with a 256-bit key made
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

// The journal's lock (lock-record.js holds its formats). Entries and drafts are written without the
// passphrase and read only with it, so a page can keep a draft while the journal is locked: each
// write makes a fresh ECDH P-256 key pair of its own for the journal's public key, derives a one-time
// AES-GCM key (256 bits, through HKDF bound to both public keys) and forgets the pair at once, so no
// page ever holds a key that could open what it wrote. Associated data binds each sealed text to
// where it is stored. Only the journal's private keys open them; they are kept in a vault sealed with
// the passphrase (below), and held in memory, unreadable, while the journal is open.

const ECDH = { name: "ECDH", namedCurve: "P-256" };
const RECORD_INFO = encoder.encode("mkdocs-exercises journal record v2");
const VAULT_KEY_INFO = encoder.encode("mkdocs-exercises journal lock v2 key");
const VAULT_CHECK_INFO = encoder.encode("mkdocs-exercises journal lock v2 check");
const CHECKED = encoder.encode("the passphrase of this journal");

/** A stored text is not what was sealed (changed, moved, or its keys are not these), though the
 * passphrase that opens it was right. */
export class DamagedVault extends Error {
  name = "DamagedVault";
}

export { fromBase64, toBase64 };

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

/** The public key (raw, base64) that belongs to a private key (PKCS #8, base64). */
export async function publicKeyOf(pkcs8) {
  const key = await crypto.subtle.importKey("pkcs8", fromBase64(pkcs8), ECDH, true, ["deriveBits"]);
  const { x, y } = await crypto.subtle.exportKey("jwk", key);
  const coordinate = (text) => fromBase64(text.replace(/-/g, "+").replace(/_/g, "/").padEnd(44, "="));
  return toBase64(new Uint8Array([4, ...coordinate(x), ...coordinate(y)]));
}

async function recordKey(privateKey, otherRaw, epk, recipient, usage) {
  const other = await crypto.subtle.importKey("raw", fromBase64(otherRaw), ECDH, false, []);
  const bits = await crypto.subtle.deriveBits({ name: "ECDH", public: other }, privateKey, 256);
  const material = await crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveKey"]);
  const info = new Uint8Array([...RECORD_INFO, ...fromBase64(epk), ...fromBase64(recipient)]);
  return crypto.subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32), info },
    material, { name: "AES-GCM", length: 256 }, false, [usage]);
}

/** TEXT sealed for the journal's public key RECIPIENT (base64), bound to AAD (bytes):
 * {epk, iv, data}. A key pair made for this write alone, and dropped. */
export async function sealTo(recipient, text, aad) {
  const mine = await crypto.subtle.generateKey(ECDH, false, ["deriveBits"]);
  const epk = toBase64(await crypto.subtle.exportKey("raw", mine.publicKey));
  const key = await recordKey(mine.privateKey, recipient, epk, recipient, "encrypt");
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: aad }, key, encoder.encode(text));
  return { epk, iv: toBase64(iv), data: toBase64(data) };
}

/** The text a sealed {epk, iv, data} holds, opened with PRIVATEKEY (whose public key is OWN) and
 * the same AAD; WrongPassphrase when it was not sealed for this key, or not there, or changed. */
export async function openFrom(privateKey, own, { epk, iv, data }, aad) {
  try {
    const key = await recordKey(privateKey, epk, epk, own, "decrypt");
    const text = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(iv), additionalData: aad }, key,
      fromBase64(data));
    return new TextDecoder().decode(text);
  } catch {
    throw new WrongPassphrase("not sealed for this key");
  }
}

/** A record of the first version of the lock (one writer key pair per page, no associated data),
 * opened with PRIVATEKEY: read only to move a journal to the current version. */
export async function openVersion1(privateKey, { epk, iv, data }) {
  try {
    const other = await crypto.subtle.importKey("raw", fromBase64(epk), ECDH, false, []);
    const bits = await crypto.subtle.deriveBits({ name: "ECDH", public: other }, privateKey, 256);
    const material = await crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveKey"]);
    const key = await crypto.subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32),
      info: encoder.encode("mkdocs-exercises journal lock v1") }, material, { name: "AES-GCM", length: 256 }, false,
    ["decrypt"]);
    return new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(iv) }, key,
      fromBase64(data)));
  } catch {
    throw new WrongPassphrase("not sealed for this key");
  }
}

// The vault: the journal's private keys sealed with the passphrase. PBKDF2 (once) gives 256 bits;
// HKDF splits them into the AES-GCM key that seals the vault and an HMAC key whose tag of a fixed
// text tells a wrong passphrase from a vault changed under a right one. One guess costs one PBKDF2.
async function vaultKeys(passphrase, salt, iterations) {
  const material = await crypto.subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, 256);
  const root = await crypto.subtle.importKey("raw", bits, "HKDF", false, ["deriveKey"]);
  const hkdf = (info) => ({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(32), info });
  return {
    seal: await crypto.subtle.deriveKey(hkdf(VAULT_KEY_INFO), root, { name: "AES-GCM", length: 256 }, false,
      ["encrypt", "decrypt"]),
    check: await crypto.subtle.deriveKey(hkdf(VAULT_CHECK_INFO), root, { name: "HMAC", hash: "SHA-256" }, false,
      ["sign", "verify"]),
  };
}

/** TEXT sealed with PASSPHRASE and bound to AAD: {salt, iv, check, data}, base64. */
export async function sealVault(text, passphrase, aad, iterations = ITERATIONS) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const keys = await vaultKeys(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: aad }, keys.seal, encoder.encode(text));
  const check = await crypto.subtle.sign("HMAC", keys.check, CHECKED);
  return { salt: toBase64(salt), iv: toBase64(iv), check: toBase64(check), data: toBase64(data) };
}

/** What a vault holds: {text, checked} (checked: false when its check was changed, though the
 * passphrase opened it). WrongPassphrase when the passphrase (or the salt) is not the one;
 * DamagedVault when the passphrase is right but the sealed text or its IV was changed. */
export async function openVault({ salt, iv, check, data }, passphrase, aad, iterations = ITERATIONS) {
  const keys = await vaultKeys(passphrase, fromBase64(salt), iterations);
  const checked = await crypto.subtle.verify("HMAC", keys.check, fromBase64(check), CHECKED);
  try {
    const text = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(iv), additionalData: aad }, keys.seal,
      fromBase64(data));
    return { text: new TextDecoder().decode(text), checked };
  } catch {
    if (checked) throw new DamagedVault("the passphrase is right, but what it sealed was changed");
    throw new WrongPassphrase("that passphrase does not open this lock");
  }
}
