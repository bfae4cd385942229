"""A page and an engine worker from different versions of the site (a worker kept in a cache from
before a deploy): the reader is told in words, an older worker is replaced by a fresh copy, and the
answers are scored; a page older than its worker asks for a reload. Neither downloads Python for a
worker it cannot use."""

from __future__ import annotations

import re

from kit.reader import answer_all, wait_for_engine
from playwright.sync_api import Page, Route, expect

from exercises.core import protocol

WORKER = re.compile(r".*/assets/exercises/engine-worker\.js(\?.*)?$")
CONSTANT = f"const PROTOCOL_VERSION = {protocol.VERSION};"

# Every text the status line shows, in order (it may change faster than a test can look).
RECORD_STATUS = """
window.__statusTexts = [];
new MutationObserver(() => {
  const text = document.querySelector('.ex-status-text')?.textContent;
  if (text && window.__statusTexts.at(-1) !== text) window.__statusTexts.push(text);
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


def serve_worker_of_version(page: Page, version: int, times: int) -> list[str]:
    """The first TIMES requests for the worker get its text with another protocol VERSION; later ones
    the real file. Returns every worker URL requested."""
    asked: list[str] = []

    def handle(route: Route) -> None:
        asked.append(route.request.url)
        if len(asked) > times:
            route.continue_()
            return
        response = route.fetch()
        body = response.text()
        assert CONSTANT in body, "the built worker no longer starts with its protocol version"
        route.fulfill(response=response, body=body.replace(CONSTANT, f"const PROTOCOL_VERSION = {version};"))

    page.route(WORKER, handle)
    return asked


def pyodide_requests(page: Page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda r: found.append(r.url) if "/assets/pyodide/" in r.url else None)
    return found


def status_texts(page: Page) -> list[str]:
    return page.evaluate("() => window.__statusTexts")


def test_an_older_worker_is_replaced_by_a_fresh_copy_and_the_answers_are_scored(
        page: Page, site_url: str, attachment: dict) -> None:
    asked = serve_worker_of_version(page, protocol.VERSION - 1, times=1)
    pyodide = pyodide_requests(page)
    page.add_init_script(RECORD_STATUS)
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page)
    assert len(asked) == 2 and "?fresh=" in asked[1], asked
    assert any("was updated" in text for text in status_texts(page)), status_texts(page)
    assert sum(url.endswith("/pyodide.mjs") for url in pyodide) == 1, "only the fresh worker loads Python"
    answer_all(page, {item["id"]: 4 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.0", timeout=30_000)


def test_a_worker_that_stays_older_ends_in_words_without_downloading_python(
        page: Page, site_url: str) -> None:
    asked = serve_worker_of_version(page, protocol.VERSION - 1, times=10)
    pyodide = pyodide_requests(page)
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page, "failed")
    assert len(asked) == 2, asked
    status = page.locator(".ex-status-text").first
    expect(status).to_contain_text("Reload the page")
    expect(status).to_contain_text("Your answers are still here")
    assert pyodide == []


def test_a_page_older_than_its_worker_asks_for_a_reload_at_once(page: Page, site_url: str) -> None:
    asked = serve_worker_of_version(page, protocol.VERSION + 1, times=10)
    pyodide = pyodide_requests(page)
    page.goto(site_url + "steps/4-challenging-thoughts/")
    practice = page.locator("[data-exercise]").first
    practice.scroll_into_view_if_needed()
    wait_for_engine(page, "failed")
    assert len(asked) == 1, "a fresh copy of a newer worker would be just as new"
    expect(practice.locator(".ex-status-text")).to_contain_text("Reload the page")
    assert pyodide == []


def test_a_worker_that_started_from_another_deploys_files_starts_again_from_the_pages(
        page: Page, site_url: str, attachment: dict) -> None:
    # A deploy between the page's config.js and the worker (one protocol, two versions of the site):
    # the worker, whose settings are written into its own text, has started Python from files its
    # page does not name. The page's boot message is what counts: the worker starts again from the
    # page's files, and results come.
    def other_deploy(route: Route) -> None:
        response = route.fetch()
        body = response.text().replace('"core": "', '"core": "gone-')
        assert '"core": "gone-' in body, "the worker no longer names the core"
        route.fulfill(response=response, body=body)

    page.route(WORKER, other_deploy)
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/core-" in r.url or "gone-" in r.url else None)
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page)
    assert any("gone-" in url for url in asked), "the worker did not start from its own settings"
    answer_all(page, {item["id"]: 4 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.0", timeout=30_000)
