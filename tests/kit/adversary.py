"""The adversary of the journal's lock: someone who shares the device, opens the browser's developer
tools and edits the site's storage by hand, without the passphrase (the threat model:
exercises/guide/docs/maintainers/journal-lock.md). Each move here is one a person could make in the
Application panel; a test starts from a locked journal, makes one, lets the reader write and unlock,
and checks what the reader was told and what an adversary could now read.

- `Storage` snapshots: everything the site keeps in localStorage and sessionStorage, put back as it was.
- `lock_record` / `put_lock_record`: the lock's record as JSON, read and written by hand.
- `flip`: change one field of it (a boolean negated, a number moved, one character of a text replaced).
- `Attacker`: a key pair of the adversary's own (made in the page with Web Crypto), to swap into the
  lock, and to try every sealed record with afterwards, using the site's own code to open them.
- `readable`: where in the browser's storage (localStorage, sessionStorage, IndexedDB, Cache Storage)
  any of some words can be read.
- `page_text`: every word on the page, form values included.
"""

from __future__ import annotations

import json
from typing import Any

from kit.storage import DRAFT, ENTRY, JOURNAL, PREFIX
from playwright.sync_api import Page

LOCK = f"{JOURNAL}:lock"

# Where the site's own modules are, found from the page's runtime script (so under a sub-path too):
# the adversary reads the site's code, as anyone can, and the reader's saves go through it.
MODULE_URL = """(name) => new URL(name, [...document.scripts].map((s) => s.src)
  .find((src) => src.includes('/assets/exercises/'))).href"""

Storage = dict[str, dict[str, str]]


def snapshot(page: Page) -> Storage:
    """Every key of this site in both stores, with its text as stored."""
    return page.evaluate("""(prefix) => Object.fromEntries(['localStorage', 'sessionStorage'].map((name) =>
        [name, Object.fromEntries(Object.entries(window[name]).filter(([k]) => k.startsWith(prefix)))]))""",
                         PREFIX)


def restore(page: Page, saved: Storage) -> None:
    """Put the site's storage back as SAVED holds it (every other key of the site removed)."""
    page.evaluate("""([prefix, saved]) => {
        for (const [name, keys] of Object.entries(saved)) {
          const store = window[name];
          for (const key of Object.keys(store)) if (key.startsWith(prefix)) store.removeItem(key);
          for (const [key, value] of Object.entries(keys)) store.setItem(key, value);
        }}""", [PREFIX, saved])


def lock_record(page: Page) -> Any:
    return page.evaluate("(key) => localStorage.getItem(key)", LOCK)


def put_lock_record(page: Page, record: Any) -> None:
    """Store RECORD (a JSON value, or a text stored as it is) as the lock's record; None removes it."""
    text = record if isinstance(record, str) or record is None else json.dumps(record)
    page.evaluate("([key, text]) => (text === null ? localStorage.removeItem(key)"
                  " : localStorage.setItem(key, text))", [LOCK, text])


def flip(record: dict[str, Any], path: str) -> dict[str, Any]:
    """RECORD with the field at PATH ("a.b.c") changed as a person would change it by hand: a boolean
    negated, a number made one larger, one character of a text replaced; a field the record does not
    have is added as true (as a flag would be)."""
    changed = json.loads(json.dumps(record))
    *parents, name = path.split(".")
    holder = changed
    for part in parents:
        if not isinstance(holder.get(part), dict):
            raise AssertionError(f"the lock's record has no field {path!r}: {json.dumps(record)[:300]}")
        holder = holder[part]
    value = holder.get(name)
    if name not in holder or isinstance(value, bool):
        holder[name] = not value if isinstance(value, bool) else True
    elif isinstance(value, int | float):
        holder[name] = value + 1
    elif isinstance(value, str) and value:
        # A character in the middle, replaced by another of the same kind (base64 stays base64).
        at = len(value) // 2
        holder[name] = value[:at] + ("B" if value[at] != "B" else "C") + value[at + 1:]
    else:
        raise AssertionError(f"no way to flip {path!r} = {value!r}")
    return changed


def leaves(record: dict[str, Any], prefix: str = "") -> list[str]:
    """The paths of every field of RECORD that holds a value, not an object."""
    found: list[str] = []
    for name, value in record.items():
        path = f"{prefix}{name}"
        found.extend(leaves(value, f"{path}.") if isinstance(value, dict) else [path])
    return found



# Opening a sealed record with a private key (PKCS #8) the attacker holds, with the site's own code:
# the record reader of lock-record.js (storage key, stored value, keys), or, in a version of the
# site before it, crypto.js's lockReader.
OPEN_WITH = """async ([pkcs8, publicKey, storageKey, text]) => {
  const url = MODULE_URL;
  const stored = JSON.parse(text);
  if (!stored?.locked) return null;
  try {
    const record = await import(url('lock-record.js')).catch(() => null);
    if (record?.openSealedWith) {
      const { kindOf } = await import(url('storage-keys.js'));
      return await record.openSealedWith(pkcs8, publicKey, storageKey, kindOf(storageKey), stored);
    }
    const crypto = await import(url('crypto.js'));
    const read = crypto.lockReader(await crypto.importPrivateKey(pkcs8));
    return await read(stored.locked);
  } catch {
    return null;
  }
}""".replace("MODULE_URL", MODULE_URL)

NEW_KEYS = """async () => {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
  return { publicKey: b64(await crypto.subtle.exportKey('raw', pair.publicKey)),
           privateKey: b64(await crypto.subtle.exportKey('pkcs8', pair.privateKey)) };
}"""


class Attacker:
    """A key pair of the adversary's own, made in PAGE (the private key stays in the test)."""

    def __init__(self, page: Page) -> None:
        keys = page.evaluate(NEW_KEYS)
        self.public_key: str = keys["publicKey"]
        self.private_key: str = keys["privateKey"]

    def reads(self, page: Page, words: list[str]) -> dict[str, str]:
        """Every sealed record in the site's storage that this key opens and that holds any of
        WORDS: {storage key: the text it opened to}."""
        found: dict[str, str] = {}
        for store, keys in snapshot(page).items():
            for key, text in keys.items():
                if not key.startswith((ENTRY, DRAFT)):
                    continue
                opened = page.evaluate(OPEN_WITH, [self.private_key, self.public_key, key, text])
                if opened is not None and any(word in json.dumps(opened) for word in words):
                    found[f"{store}:{key}"] = json.dumps(opened)
        return found


EVERY_STORE = """async (words) => {
  const found = [];
  const look = (where, text) => {
    for (const w of words) if (String(text).includes(w)) found.push(`${where}: ${w}`);
  };
  const done = (request) => new Promise((ok, no) => {
    request.onsuccess = () => ok(request.result);
    request.onerror = no;
  });
  for (const name of ['localStorage', 'sessionStorage']) {
    for (const [key, value] of Object.entries(window[name])) look(`${name} ${key}`, key + value);
  }
  for (const { name } of (await indexedDB.databases?.()) ?? []) {
    const db = await done(indexedDB.open(name));
    for (const storeName of db.objectStoreNames) {
      const all = await done(db.transaction(storeName).objectStore(storeName).getAll());
      look(`IndexedDB ${name}/${storeName}`, JSON.stringify(all));
    }
    db.close();
  }
  for (const cacheName of await caches.keys()) {
    const cache = await caches.open(cacheName);
    for (const request of await cache.keys()) {
      const body = await (await cache.match(request)).arrayBuffer();
      look(`Cache Storage ${cacheName} ${request.url}`, request.url + new TextDecoder().decode(body));
    }
  }
  return found;
}"""


def readable(page: Page, words: list[str]) -> list[str]:
    """Where any of WORDS can be read in this origin's localStorage, sessionStorage, IndexedDB or
    Cache Storage ("<store> <key>: <word>"); empty when nowhere."""
    return page.evaluate(EVERY_STORE, words)


PAGE_TEXT = """() => [document.documentElement.textContent,
  ...[...document.querySelectorAll('input, textarea')].map((field) => field.value)].join('\\n')"""


def page_text(page: Page) -> str:
    """Every word in the page's document, hidden or not, and every value typed in a form."""
    return page.evaluate(PAGE_TEXT)


SAVE_THROUGH_THE_PAGE = """async ([entry, draftName, draft]) => {
  const url = MODULE_URL;
  const { journal } = await import(url('storage.js'));
  const { drafts } = await import(url('drafts.js'));
  return { entry: await journal.save(entry), draft: await drafts.save(draftName, draft) };
}""".replace("MODULE_URL", MODULE_URL)


def save_through_the_page(page: Page, entry: dict[str, Any], draft_name: str, draft: dict[str, Any]
                          ) -> dict[str, Any]:
    """Save ENTRY and keep a draft DRAFT_NAME as every exercise does: through the page's own storage
    module (storage.js, drafts.js), with no passphrase. Returns what each said ({ok, error})."""
    return page.evaluate(SAVE_THROUGH_THE_PAGE, [entry, draft_name, draft])


def keep_draft(page: Page, name: str, draft: dict[str, Any]) -> dict[str, Any]:
    """Keep a draft NAME as every exercise does, through the page's drafts.js."""
    return page.evaluate("""async ([name, draft]) => {
        const url = MODULE_URL;
        return (await import(url('drafts.js'))).drafts.save(name, draft);
    }""".replace("MODULE_URL", MODULE_URL), [name, draft])


def journal_of(page: Page, site_url: str, entries: list[dict[str, Any]]) -> None:
    """The journal page of a site that keeps only ENTRIES (saved readable, no lock)."""
    page.goto(site_url + "journal/")
    page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    for saved in entries:
        page.evaluate("([key, entry]) => localStorage.setItem(key, JSON.stringify(entry))",
                      [ENTRY + saved["id"], saved])
    page.reload()


def set_lock(page: Page, passphrase: str) -> None:
    """Ask the journal for a lock with PASSPHRASE, as a reader does (its button, the box, Enter)."""
    journal = page.locator(".ex-journal")
    journal.locator(".ex-lock-set-button").click()
    inputs = journal.locator(".ex-lock-set .ex-passphrase-input")
    inputs.nth(0).fill(passphrase)
    inputs.nth(1).fill(passphrase)
    inputs.nth(1).press("Enter")


def lock_journal(page: Page, site_url: str, entries: list[dict[str, Any]], passphrase: str) -> Storage:
    """From an empty site: ENTRIES saved, then the lock set with PASSPHRASE through the journal's own
    box, and locked again. Returns the storage it leaves, for other tabs and contexts to start from."""
    journal_of(page, site_url, entries)
    set_lock(page, passphrase)
    journal = page.locator(".ex-journal")
    now = journal.get_by_role("button", name="Lock now")
    now.wait_for(timeout=30_000)
    now.click()
    journal.locator(".ex-lock-open").wait_for()
    return snapshot(page)
