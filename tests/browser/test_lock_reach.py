"""How far the journal's lock reaches: every tab of the site, a page brought back by Back (the
back/forward cache, which Playwright's Chromium turns off unless asked), the wall clock while a page
is hidden or asleep, and a store that refuses writes while the lock is being set. After locking, the
page holds none of the journal's words: not in the list, not in a form that showed an opened entry.
Python is never started: nothing here needs an answer from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from kit.adversary import (
    Storage,
    journal_of,
    keep_draft,
    lock_journal,
    page_text,
    readable,
    restore,
    set_lock,
)
from kit.samples import entry
from kit.storage import DRAFT, ENTRY
from playwright.sync_api import Browser, BrowserContext, BrowserType, Page, expect
from playwright.sync_api import Error as PlaywrightError

PASSPHRASE = "a kettle on the hob"
LESSON = "/steps/4-challenging-thoughts/"
WORDS = ["Larkspindle", "Quenfallow", "Dovecrimble"]
DRAFTED = "Thistlemere"
ENTRIES = [entry(id=f"r-{n}", title=word, page=LESSON, data={"situation": f"{word} at the door"},
                 created=f"2026-11-2{n}T12:00:00Z") for n, word in enumerate(WORDS)]


def no_python(context: BrowserContext) -> BrowserContext:
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    return context


@pytest.fixture(scope="module")
def locked_storage(browser: Browser, browser_context_args: dict[str, Any], site_url: str) -> Storage:
    """A locked journal of three entries, made once for the file."""
    context = no_python(browser.new_context(**browser_context_args))
    try:
        return lock_journal(context.new_page(), site_url, ENTRIES, PASSPHRASE)
    finally:
        context.close()


@pytest.fixture
def context(browser: Browser, browser_context_args: dict[str, Any]) -> Iterator[BrowserContext]:
    made = no_python(browser.new_context(**browser_context_args))
    yield made
    made.close()


def open_journal(page: Page, site_url: str) -> None:
    """The journal page, unlocked with the passphrase; its entries listed."""
    if not page.url.endswith("/journal/"):
        page.goto(site_url + "journal/")
    journal = page.locator(".ex-journal")
    inputs = journal.locator(".ex-lock-open .ex-passphrase-input")
    inputs.fill(PASSPHRASE)
    inputs.press("Enter")
    expect(journal.locator(".ex-entry")).to_have_count(len(WORDS), timeout=30_000)


def expect_locked(page: Page) -> None:
    """The journal asks for the passphrase, and nothing it showed is left on the page."""
    journal = page.locator(".ex-journal")
    expect(journal.locator(".ex-lock-open")).to_be_visible(timeout=15_000)
    expect(journal.locator(".ex-journal-list")).to_be_hidden()
    text = page_text(page)
    assert not [word for word in WORDS if word in text], "the journal's words are still on the page"


def test_lock_now_and_leave_quickly_lock_every_tab(context: BrowserContext, site_url: str,
                                                  locked_storage: Storage) -> None:
    first, second = context.new_page(), context.new_page()
    first.goto(site_url + "journal/")
    restore(first, locked_storage)
    for page in (first, second):
        page.goto(site_url + "journal/")
        open_journal(page, site_url)

    first.locator(".ex-journal").get_by_role("button", name="Lock now").click()
    expect_locked(second)

    # A form showing an opened entry is cleared too (its words kept locked, as a draft).
    open_journal(second, site_url)
    first_entry = second.locator(f".ex-entry[data-entry-id='{ENTRIES[0]['id']}']")
    first_entry.get_by_role("link", name="Change").click()
    situation = second.locator("#ex-thought-record-situation")
    expect(situation).to_have_value(f"{WORDS[0]} at the door", timeout=30_000)
    open_journal(first, site_url)
    first.keyboard.press("Escape")
    first.keyboard.press("Escape")
    first.wait_for_url(lambda url: "journal" not in url)
    expect(situation).to_have_value("", timeout=15_000)
    expect(second.locator(".ex-thought-record .ex-lock-draft")).to_be_visible()
    text = page_text(second)
    assert not [word for word in WORDS if word in text], "the opened entry's words are still on the page"
    assert readable(second, WORDS) == []


def test_setting_the_lock_seals_the_drafts_of_other_tabs(context: BrowserContext, site_url: str) -> None:
    setter, other = context.new_page(), context.new_page()
    other.goto(site_url + "journal/")
    other.evaluate("() => localStorage.clear()")
    keep_draft(other, f"thought_record:{LESSON}:ex-other", {"entry": {"situation": DRAFTED}, "editing": None})
    assert readable(other, [DRAFTED]), "the draft was kept readable before the lock"
    lock_journal(setter, site_url, [], PASSPHRASE)
    other.wait_for_function(f"""() => Object.entries(sessionStorage).some(([k, v]) =>
        k.startsWith({json.dumps(DRAFT)}) && v.includes('"locked"'))""", timeout=15_000)
    assert readable(other, [DRAFTED]) == []


@pytest.fixture
def back_forward_browser(browser_type: BrowserType, browser_type_launch_args: dict[str, Any]
                         ) -> Iterator[Browser]:
    """Chromium with its back/forward cache on, as readers have it."""
    launched = browser_type.launch(**browser_type_launch_args,
                                   ignore_default_args=["--disable-back-forward-cache"])
    yield launched
    launched.close()


def test_back_brings_the_journal_back_locked(back_forward_browser: Browser,
                                            browser_context_args: dict[str, Any], site_url: str,
                                            locked_storage: Storage) -> None:
    context = no_python(back_forward_browser.new_context(**browser_context_args))
    context.add_init_script("addEventListener('pageshow', (e) => { window.__fromCache = e.persisted; });")
    page = context.new_page()
    page.goto(site_url + "journal/")
    restore(page, locked_storage)
    page.reload()
    open_journal(page, site_url)
    page.goto(site_url + "about/")  # an ordinary navigation, not the theme's instant one
    page.go_back(wait_until="commit")  # a page restored from the cache fires no "load"
    page.wait_for_url("**/journal/", wait_until="commit")
    try:
        page.wait_for_function("() => window.__fromCache === true", timeout=15_000)
    except PlaywrightError as err:
        raise AssertionError("Back did not use the back/forward cache: this would prove nothing") from err
    expect_locked(page)
    context.close()


def test_the_idle_lock_counts_the_time_a_page_spent_hidden(context: BrowserContext, site_url: str,
                                                          locked_storage: Storage) -> None:
    page = context.new_page()
    page.clock.install()
    page.goto(site_url + "journal/")
    restore(page, locked_storage)
    page.reload()
    for wake in ("document.dispatchEvent(new Event('visibilitychange'))",
                 "window.dispatchEvent(new Event('focus'))"):
        open_journal(page, site_url)
        # Asleep or hidden: no timer runs, the wall clock goes on 16 minutes.
        now = page.evaluate("() => Date.now()")
        page.clock.set_system_time(datetime.fromtimestamp(now / 1000, tz=UTC) + timedelta(minutes=16))
        page.evaluate(f"() => {wake}")
        expect_locked(page)


def test_a_store_that_refuses_writes_while_the_lock_is_set_is_said(context: BrowserContext,
                                                                    site_url: str) -> None:
    page = context.new_page()
    journal_of(page, site_url, ENTRIES)
    # From here on the store is full for entries (sealing makes each about 40% larger).
    page.evaluate(f"""() => {{
        const real = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {{
          const full = new DOMException('full', 'QuotaExceededError');
          if (String(key).startsWith({json.dumps(ENTRY)})) throw full;
          return real.call(this, key, value);
        }};
    }}""")
    set_lock(page, PASSPHRASE)
    status = page.locator(".ex-journal .ex-status")
    expect(status).to_contain_text("3 entries could not be locked", timeout=30_000)
    expect(status).to_contain_text("still stored unlocked")
    expect(status).not_to_contain_text("Your journal is locked with your passphrase")
    assert len(readable(page, WORDS)) >= len(WORDS), "the page said what it did not do"
