"""A returning reader's browser for tests: the engine's start-up copy of Python (the memory snapshot
the engine keeps on a reader's device after its first start) put into a fresh browser context before
its test, so the engine the test starts restores Python (a second or two) instead of starting it
from nothing (several seconds of two busy cores), as it does for every reader's second visit.

The copy is made once per run and site by the site's own engine, in a throwaway context (never
written by a test), and put under the cache name the site's config.js gives, for the runtime it was
made by: the same files the test then boots. Tests of the first start itself (the copy being made,
a start without one, what the engine downloads, faults) use contexts of their own and are not given
one; so does any test marked ``cold_engine``.
"""

from __future__ import annotations

import base64
import fcntl
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kit.device import HOLDS_COPY, RUNTIME_MODULE, until
from kit.serve import KIT_FILES, KIT_SUFFIX
from playwright.sync_api import Browser, BrowserContext

# The copy as the engine stored it: its address in the cache, its length, its (gzip) bytes as base64.
READ = """async (name) => {
  const cache = await caches.open(name);
  const [request] = await cache.keys();
  const response = await cache.match(request);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { url: request.url, length: response.headers.get("x-snapshot-length"), data: btoa(text) };
}"""
# Stored as the engine stores it; the bytes come from the kit's own file, not the site.
WRITE = """async ([name, path, length, from]) => {
  const bytes = await (await fetch(from)).blob();
  const cache = await caches.open(name);
  await cache.put(new URL(path, location.origin).href,
                  new Response(bytes, { headers: { "x-snapshot-length": length } }));
}"""
START = f"() => ({RUNTIME_MODULE})('engine.js').then((m) => m.sharedEngine().start()).then(() => true)"


@dataclass(frozen=True)
class BootCopy:
    cache: str  # the cache's name, from the site's config.js
    path: str  # the copy's address in it, without the origin
    length: str
    file: str  # its name among the kit's files of the site (kit.serve.KIT_FILES)


def boot_cache_name(built_site: Path) -> str | None:
    config = (built_site / "assets" / "exercises" / "config.js").read_text(encoding="utf-8")
    boot = json.loads(config.removeprefix("export default ").rstrip().rstrip(";")).get("boot")
    return boot["name"] if boot else None


class BootCopies:
    """One start-up copy per site, made on first use by whichever test process comes first (the
    others wait for it) and kept beside the site's folder, where the site's server serves it to
    the test's page (kit.serve.KIT_FILES)."""

    def __init__(self) -> None:
        self._copies: dict[str, BootCopy | None] = {}
        self._lock = threading.Lock()

    def copy_for(self, browser: Browser, url: str, built_site: Path) -> BootCopy | None:
        with self._lock:
            if url not in self._copies:
                self._copies[url] = self._load_or_make(browser, url, built_site)
            return self._copies[url]

    def _load_or_make(self, browser: Browser, url: str, built_site: Path) -> BootCopy | None:
        name = boot_cache_name(built_site)
        if name is None:
            return None
        folder = Path(str(built_site) + KIT_SUFFIX)
        folder.mkdir(exist_ok=True)
        meta = folder / f"{name}.json"
        with open(folder / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one process makes it; the others read it
            if not meta.exists():
                found = self._make(browser, url, name)
                (folder / f"{name}.gz").write_bytes(base64.b64decode(found.pop("data")))
                meta.write_text(json.dumps(found))
        found = json.loads(meta.read_text())
        return BootCopy(name, found["path"], found["length"], f"{name}.gz")

    @staticmethod
    def _make(browser: Browser, url: str, name: str) -> dict[str, Any]:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            until(page, START, seconds=120)
            until(page, HOLDS_COPY, name, seconds=120)
            found: dict[str, Any] = page.evaluate(READ, name)
            return {"path": "/" + found["url"].split("/", 3)[3], "length": found["length"],
                    "data": found["data"]}
        finally:
            context.close()

    def give(self, context: BrowserContext, browser: Browser, url: str, built_site: Path) -> None:
        """Put the site's start-up copy into CONTEXT (a page of the site's own origin writes it)."""
        copy = self.copy_for(browser, url, built_site)
        if copy is None:
            return
        page = context.new_page()
        try:
            page.goto(url + "offline.html")  # a small page of the site's origin, with no script
            page.evaluate(WRITE, [copy.cache, copy.path, copy.length, url + KIT_FILES + copy.file])
        finally:
            page.close()
