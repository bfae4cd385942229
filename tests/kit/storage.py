"""What the generator's test site (tests/fixtures/site) keeps in the reader's browser, under its
site_id, and how tests read it.

- a draft of each exercise, in the tab's sessionStorage: `<site_id>:draft:<kind>:<page path>:<exercise id>`
- each saved journal entry, in localStorage: `<site_id>:journal:entry:<entry id>`
- the service worker's cache of the runtime: `<site_id>-runtime-<version>`
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from kit.site import GENERATOR_SITE
from playwright.sync_api import Page

from exercises.mkdocs_plugin.site_identity import derive


def _site_id() -> str:
    config = yaml.load(GENERATOR_SITE.read_text(), Loader=yaml.BaseLoader)  # !ENV stays text
    [options] = [p["exercises"] for p in config["plugins"] if isinstance(p, dict) and "exercises" in p]
    return options.get("site_id") or derive(config.get("site_url"), config["site_name"])


SITE_ID = _site_id()
PREFIX = f"{SITE_ID}:"  # every key the site stores
DRAFT = f"{SITE_ID}:draft:"  # sessionStorage
JOURNAL = f"{SITE_ID}:journal"  # localStorage: the journal's entries and anything else of its own
ENTRY = f"{SITE_ID}:journal:entry:"  # localStorage: one saved entry
RUNTIME_CACHE = f"{SITE_ID}-runtime-"  # the service worker's cache names


def keys_js(store: str, prefix: str) -> str:
    """A JavaScript expression: the keys of STORE ("localStorage" or "sessionStorage") that start with
    PREFIX."""
    return f"Object.keys({store}).filter(k => k.startsWith({json.dumps(prefix)}))"


DRAFTS = keys_js("sessionStorage", DRAFT)
SAVED = keys_js("localStorage", ENTRY)


def keys(page: Page, store: str = "localStorage", prefix: str = PREFIX) -> list[str]:
    return page.evaluate(keys_js(store, prefix))


def saved_entries(page: Page) -> list[str]:
    """The keys of the journal entries saved on this device."""
    return page.evaluate(SAVED)


def drafts(page: Page) -> list[str]:
    return page.evaluate(DRAFTS)


def save_entry(page: Page, entry: dict[str, Any], key: str | None = None) -> None:
    """Put ENTRY in the journal as the page would have saved it (under its id, or KEY)."""
    page.evaluate("([key, entry]) => localStorage.setItem(key, JSON.stringify(entry))",
                  [ENTRY + (key or entry["id"]), entry])


def save_entry_before_load(page: Page, entry: dict[str, Any]) -> None:
    """The same, before any script of the next page runs (an init script)."""
    page.add_init_script(f"localStorage.setItem({json.dumps(ENTRY + entry['id'])}, "
                         f"{json.dumps(json.dumps(entry))})")


def put(page: Page, key: str, value: str, store: str = "localStorage") -> None:
    """Store VALUE as it is (corrupt data, say) under KEY."""
    page.evaluate(f"([key, value]) => {store}.setItem(key, value)", [key, value])


def draft_holds_js(words_arg: str = "words") -> str:
    """A JavaScript expression: some draft of this tab holds the text in the variable WORDS_ARG."""
    return (f"Object.entries(sessionStorage).some(([k, v]) => k.startsWith({json.dumps(DRAFT)})"
            f" && v.includes({words_arg}))")
