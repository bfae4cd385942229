"""What the site keeps in the reader's browser besides the reader's entries (its caches), and how
tests read it: the engine's start-up copy of Python, the runtime, the pages kept for offline reading."""

from __future__ import annotations

from typing import Any

from kit.storage import SITE_ID
from playwright.sync_api import Page

BOOT_CACHE = f"{SITE_ID}-boot-"  # the engine's start-up copy (a memory snapshot), by runtime
PAGES_CACHE = f"{SITE_ID}-pages"  # the offline page, and pages kept for reading offline

# A module of the exercise runtime, by its address beside runtime.js (so under any sub-path).
RUNTIME_MODULE = ("(name) => import(new URL(name, document.querySelector('script[src*=\"runtime.js\"]')"
                  ".src).href)")
# Whether the page's engine came from this device's start-up copy.
RESTORED = f"() => ({RUNTIME_MODULE})('engine.js').then((m) => m.sharedEngine().restored)"
# The names of the origin's caches for a start-up copy, written or being written.
BOOT_CACHES = f"() => caches.keys().then((names) => names.filter((n) => n.startsWith('{BOOT_CACHE}')))"
# Whether the cache NAME holds its copy: the engine opens (so names) the cache before the copy is in.
HOLDS_COPY = "async (name) => (await caches.has(name)) && (await (await caches.open(name)).keys()).length > 0"
# The names of this site's caches that hold a start-up copy.
KEPT = f"""async () => {{
  const full = [];
  for (const name of await ({BOOT_CACHES})()) if (await ({HOLDS_COPY})(name)) full.push(name);
  return full;
}}"""


def until(page: Page, script: str, arg: Any = None, seconds: float = 60) -> Any:
    """Poll SCRIPT (a function, async or not) until it gives a truthy value (wait_for_function
    would not await its promise)."""
    for _ in range(int(seconds * 5)):
        value = page.evaluate(script, arg)
        if value:
            return value
        page.wait_for_timeout(200)
    raise AssertionError(f"never true within {seconds} s: {script}")


def kept_copy(page: Page) -> list[str]:
    """Wait until the engine has kept its start-up copy on this device (it does so after "ready");
    the names of the caches holding one (one)."""
    names: list[str] = until(page, f"() => ({KEPT})().then((names) => names.length === 1 && names)")
    return names
