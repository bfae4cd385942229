"""A returning reader's browser for tests: the engine's start-up copy of Python (the memory snapshot
the engine keeps on a reader's device after its first start) put into a fresh browser context before
its test, so the engine the test starts restores Python (a second or two) instead of starting it
from nothing (several seconds of two busy cores), as it does for every reader's second visit.

The copy is made once per run and cache name by a site's own engine, in a throwaway context (never
written by a test), and put under the cache name the site's config.js gives, for the runtime it was
made by: the same files the test then boots. Sites whose config.js gives the same name (the
generator's test site at its root, under a sub-path, in German, French and Arabic) share one copy,
as the engine itself would on a reader's device: the name stands for everything the copy holds.
Tests of the first start itself (the copy being made, a start without one, what the engine
downloads, faults) use contexts of their own and are not given one; so does any test marked
``cold_engine``.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kit.device import HOLDS_COPY, RUNTIME_MODULE, until
from kit.serve import KIT_FILES, KIT_SUFFIX
from playwright.sync_api import Browser, BrowserContext

# The copy as the engine stored it: its address in the cache, its headers that describe it (length,
# pages), its (gzip) bytes as base64.
READ = """async (name) => {
  const cache = await caches.open(name);
  const [request] = await cache.keys();
  const response = await cache.match(request);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const headers = Object.fromEntries([...response.headers].filter(([key]) => key.startsWith("x-snapshot-")));
  return { url: request.url, headers, data: btoa(text) };
}"""
# Stored as the engine stores it; the bytes come from the kit's own file, not the site.
WRITE = """async ([name, path, headers, from]) => {
  const bytes = await (await fetch(from)).blob();
  const cache = await caches.open(name);
  await cache.put(new URL(path, location.origin).href,
                  new Response(bytes, { headers }));
}"""
START = f"() => ({RUNTIME_MODULE})('engine.js').then((m) => m.sharedEngine().start()).then(() => true)"


@dataclass(frozen=True)
class BootCopy:
    cache: str  # the cache's name, from the site's config.js
    path: str  # the copy's address in it, from the site's address (the engine's worker's folder)
    headers: dict[str, str]  # x-snapshot-length and the pages it holds
    data: bytes  # gzip, as the engine stored it


def boot_cache_name(built_site: Path) -> str | None:
    config = (built_site / "assets" / "exercises" / "config.js").read_text(encoding="utf-8")
    boot = json.loads(config.removeprefix("export default ").rstrip().rstrip(";")).get("boot")
    return boot["name"] if boot else None


def _path_of(url: str) -> str:
    """The path of URL, without its origin: http://127.0.0.1:8000/some-repo/ -> /some-repo/."""
    return "/" + url.split("/", 3)[3]


class BootCopies:
    """One start-up copy per cache name, made on first use by whichever test process comes first
    (the others wait for it), kept in the folder of the first site that needed it, and put beside
    each site's folder that uses it, where the site's server serves it to the test's page
    (kit.serve.KIT_FILES)."""

    def __init__(self) -> None:
        self._copies: dict[str, BootCopy | None] = {}
        self._lock = threading.Lock()

    def copy_for(self, browser: Browser, url: str, built_site: Path) -> BootCopy | None:
        """The copy for the site at URL, built into BUILT_SITE, as a file the site's server serves."""
        name = boot_cache_name(built_site)
        if name is None:
            return None
        with self._lock:
            if name not in self._copies:
                self._copies[name] = self._load_or_make(browser, url, built_site.parent, name)
            copy = self._copies[name]
        folder = Path(str(built_site) + KIT_SUFFIX)
        folder.mkdir(exist_ok=True)
        served = folder / f"{name}.gz"
        if not served.exists():  # one site's copy is another's of the same name
            partial = served.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(copy.data)
            partial.replace(served)
        return copy

    def _load_or_make(self, browser: Browser, url: str, sites: Path, name: str) -> BootCopy:
        """Read the copy named NAME from beside the run's sites (SITES, the folder every test
        process shares), or make it there (once) from the site at URL."""
        folder = sites / "boot-copies"
        folder.mkdir(exist_ok=True)
        meta = folder / f"{name}.json"
        with open(folder / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one process makes it; the others read it
            if not meta.exists():
                found = self._make(browser, url, name)
                (folder / f"{name}.gz").write_bytes(base64.b64decode(found.pop("data")))
                # Where the copy lies, from the site's address: the same for every site.
                found["path"] = found["path"].removeprefix(_path_of(url))
                meta.write_text(json.dumps(found))
        found = json.loads(meta.read_text())
        return BootCopy(name, found["path"], found["headers"], (folder / f"{name}.gz").read_bytes())

    @staticmethod
    def _make(browser: Browser, url: str, name: str) -> dict[str, Any]:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            until(page, START, seconds=120)
            until(page, HOLDS_COPY, name, seconds=120)
            found: dict[str, Any] = page.evaluate(READ, name)
            return {"path": "/" + found["url"].split("/", 3)[3], "headers": found["headers"],
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
            page.evaluate(WRITE, [copy.cache, _path_of(url) + copy.path, copy.headers,
                                  url + KIT_FILES + f"{copy.cache}.gz"])
        finally:
            page.close()
