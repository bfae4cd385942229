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

export class WrongPassphrase extends Error {}

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
