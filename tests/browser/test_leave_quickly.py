"""On a shared device: "Leave this page quickly" (a button, or Escape twice) on every page.

It clears what is typed on the screen and the tab's drafts, keeps saved journal entries, and
replaces the page with a plain page of the same site, so Back does not return to the exercise. It
is plain script: it works while Python is still loading, or when it cannot load at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from kit.pages import LEAVE
from kit.samples import entry as journal_entry
from kit.site import GENERATOR_SITE
from kit.storage import DRAFTS, ENTRY, SAVED, save_entry
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

LESSON = "steps/4-challenging-thoughts/"
UID = "#ex-thought-record"
NAME = "Leave this page quickly"
NEUTRAL = LEAVE  # the plugin's own plain page (mkdocs.yml names none)


def exercise_pages() -> list[str]:
    """The pages of the generator's test site that hold an exercise."""
    pages = []
    docs = GENERATOR_SITE.parent / "docs"
    for md in sorted(docs.rglob("*.md")):
        rel = md.relative_to(docs).as_posix()
        if re.search(r"^\[\[exercise: [\w-]+\]\]$", md.read_text(), re.MULTILINE):
            pages.append("" if rel == "index.md" else rel.removesuffix(".md") + "/")
    return pages


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    # No service worker: a route that holds Pyodide back cannot be bypassed by a cache.
    context = browser.new_context(service_workers="block")
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    """A tab where Python stays on its way for the whole test (its runtime is held back): leaving is
    plain script, tested while Python is still loading, and no test here pays for starting it."""
    page = context.new_page()
    page.route("**/pyodide.asm.wasm", never_answer)
    return page


def never_answer(route: Route) -> None:
    """Hold a request forever: Python stays 'loading' for the whole test."""


def type_a_record(page: Page) -> None:
    page.fill(f"{UID}-situation", "Private: what he said on Friday.")
    page.fill(f"{UID}-emotions-0-name", "ashamed")
    page.fill(f"{UID}-emotions-0-before", "90")
    page.wait_for_function(f"() => {DRAFTS}.length === 1")  # the draft is kept a moment after typing


# What the exercise page held at the moment it went away (recorded by the page itself, as the test
# cannot look into a page that is being replaced); kept in sessionStorage, which outlives the page.
RECORD_ON_PAGEHIDE = """
addEventListener("pagehide", () => {
  // The theme's own toggles (navigation, drawer) are checkboxes too: not what a reader typed.
  const filled = [...document.querySelectorAll("input:not(.md-toggle), textarea")].filter(
    (e) => (e.type === "radio" || e.type === "checkbox") ? e.checked : (e.type !== "range" && e.value));
  sessionStorage.setItem("test:left", JSON.stringify({
    hidden: document.body.hidden, filled: filled.map((e) => e.id || e.name),
    text: document.body.textContent,
    drafts: DRAFTS,
  }));
});
""".replace("DRAFTS", DRAFTS)


def screen_when_leaving(page: Page) -> dict:
    page.wait_for_url(f"**/{NEUTRAL}")
    return json.loads(page.evaluate("() => sessionStorage.getItem('test:left')"))


def seed_saved_entry(page: Page) -> None:
    save_entry(page, journal_entry("kept", title="Kept on purpose", data={"situation": "x"}))


def test_the_button_clears_the_screen_and_drafts_and_back_skips_the_exercise(
        page: Page, site_url: str) -> None:
    page.add_init_script(RECORD_ON_PAGEHIDE)
    page.goto(site_url)
    page.goto(site_url + LESSON)
    seed_saved_entry(page)
    type_a_record(page)
    button = page.get_by_role("button", name=NAME, exact=True)
    expect(button).to_be_visible()
    expect(page.locator(".ex-thought-record .ex-leave-note")).to_contain_text(
        "or press Esc twice. It clears this form")
    assert page.evaluate("document.documentElement.dataset.exerciseEngine") != "ready"

    button.click()
    left = screen_when_leaving(page)
    assert left["hidden"] and left["filled"] == [], left
    assert "Private" not in left["text"], "typed text was still on the page"
    assert left["drafts"] == []

    expect(page).to_have_url(site_url + NEUTRAL)
    expect(page).to_have_title("Simple tomato soup")
    expect(page.get_by_role("heading", level=1)).to_have_text("Simple tomato soup")
    assert page.evaluate(DRAFTS) == []
    assert page.evaluate(SAVED) == [ENTRY + "kept"], "saved entries are the reader's choice"
    # Back goes to the page before the exercise, not to the exercise.
    page.go_back()
    expect(page).to_have_url(site_url)
    page.go_forward()
    expect(page).to_have_url(site_url + NEUTRAL)
    # Coming back to the exercise on purpose: nothing typed is there, no draft is brought back.
    page.goto(site_url + LESSON)
    expect(page.locator(f"{UID}-situation")).to_have_value("")
    expect(page.locator(".ex-draft-note")).to_be_hidden()


def test_escape_twice_leaves_and_escape_once_does_not(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.goto(site_url + LESSON)
    type_a_record(page)
    expect(page.get_by_role("button", name=NAME, exact=True)).to_be_visible()

    # Once, to close the search dialog: the dialog closes and the reader stays.
    page.evaluate("() => document.activeElement.blur()")  # the theme's shortcuts skip text boxes
    page.keyboard.press("/")
    search = page.get_by_role("textbox", name="Search")
    expect(search).to_be_focused()
    # The theme opens its search dialog a moment after the box gains focus; a reader's
    # Escape comes later than a robot's, so wait for the dialog as they would see it.
    expect(page.locator("#__search")).to_be_checked()
    page.keyboard.press("Escape")
    expect(search).not_to_be_focused()
    # Escape again, well after the one-second window: still here.
    page.wait_for_timeout(1500)
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    expect(page).to_have_url(site_url + LESSON)
    expect(page.locator(f"{UID}-situation")).to_have_value("Private: what he said on Friday.")

    # Twice in a row, from inside a text box: gone.
    page.locator(f"{UID}-evidence_for").click()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    expect(page).to_have_url(site_url + NEUTRAL)
    assert page.evaluate(DRAFTS) == []
    page.go_back()
    expect(page).to_have_url(site_url)


def test_the_questionnaire_is_cleared_too(page: Page, site_url: str) -> None:
    page.add_init_script(RECORD_ON_PAGEHIDE)
    page.goto(site_url + "questionnaire/")
    page.locator("fieldset[data-item='anx01'] label:has(input[value='6'])").click()
    expect(page.get_by_role("button", name=NAME, exact=True)).to_be_visible()  # its script is in
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    left = screen_when_leaving(page)
    assert left["hidden"] and left["filled"] == [], left


def test_every_page_offers_it_get_help_and_lessons_included(page: Page, site_url: str) -> None:
    pages = exercise_pages()
    assert {"questionnaire/", "journal/", LESSON} <= set(pages), pages
    for path in [*pages, "understanding/", "get-help/", "relationship-safety/", "privacy/"]:
        page.goto(site_url + path)
        button = page.get_by_role("button", name=NAME, exact=True)
        expect(button, f"/{path}").to_have_count(1)
        expect(button, f"/{path}").to_be_visible()
    # Instant navigation to another page keeps one button, and Esc twice works without an exercise.
    page.get_by_role("link", name="Get help now").first.click()
    expect(page).to_have_url(site_url + "get-help/")
    expect(page.get_by_role("button", name=NAME, exact=True)).to_have_count(1)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    expect(page).to_have_url(site_url + NEUTRAL)


def test_the_plain_page_is_plain_and_on_this_site(page: Page, site_url: str, built_site: Path) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site_url + NEUTRAL)
    assert all(u.startswith(site_url) or u.startswith("data:") for u in requests), requests
    assert errors == []
    html = (built_site / NEUTRAL).read_text()
    assert '<meta name="robots" content="noindex">' in html  # search engines leave it out
    for word in ("attach", "anxious", "journal", "exercise", "<a ", "<script"):
        assert word not in html.lower(), word
