"""Every built page, opened in Chromium: nothing leaves this origin, nothing fails, nothing is refused.

Each page is opened in a fresh browser context and watched from before its first byte: every request
(the page's, its workers' and the service worker's), every failed response, every console error and
uncaught exception, and every Content-Security-Policy violation. On a page with an exercise the
engine is left to boot and the service worker to install, so Pyodide's own downloads are watched too.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

import pytest
from kit.pages import EDITION_PAGES, EXERCISE_PAGES, LEAVE, OFFLINE, PAGES, STATIC
from kit.reader import follow_link
from kit.watch import visit
from playwright.sync_api import Page


def crawled(path: str) -> Any:
    """PATH as a case of the crawl: a page without an exercise starts no Python, so its fresh context
    is given no start-up copy of it (kit/warm.py)."""
    return path if path in EXERCISE_PAGES else pytest.param(path, marks=pytest.mark.cold_engine)


@pytest.mark.parametrize("path", [crawled(path) for path in PAGES], ids=lambda p: p or "home")
def test_page_stays_on_this_origin_and_loads_cleanly(page: Page, our_site_url: str, path: str) -> None:
    watch = visit(page, our_site_url + path)
    assert watch.problems(page) == []
    # The watch saw the page's own files (a watch that saw nothing would pass anything).
    assert our_site_url + path in watch.requests
    assert (path in EXERCISE_PAGES) == (page.locator("[data-exercise]").count() > 0)
    if page.locator("[data-exercise]").count():
        assert any(u.endswith("/pyodide.asm.wasm") for u in watch.requests), "Pyodide was not watched"
    else:
        assert not [u for u in watch.requests if "/pyodide/" in u], "a lesson page loaded Pyodide"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def test_the_crawl_covers_the_sitemap_every_linked_page_and_every_built_page(
        our_site_url: str, our_built_site: Path) -> None:
    sitemap = (our_built_site / "sitemap.xml").read_text()
    listed = {loc.removeprefix(our_site_url) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    # Each edition's pages (/es/) are crawled in their own test (test_edition.py).
    every = set(PAGES).union(*EDITION_PAGES.values())
    assert listed == every - {"404.html", *STATIC} - {f"{lang}/{page}" for lang in EDITION_PAGES
                                                      for page in (LEAVE, OFFLINE)}
    # Every HTML file the build wrote, however it got there, is in the list.
    built = {p.relative_to(our_built_site).as_posix() for p in our_built_site.rglob("*.html")}
    assert {b.removesuffix("index.html") if b.endswith("index.html") else b for b in built} == every
    # Following every link of every built page finds no page outside the list.
    linked: set[str] = set()
    for html in our_built_site.rglob("*.html"):
        rel = html.relative_to(our_built_site).as_posix()
        base = our_site_url + (rel.removesuffix("index.html") if rel != "404.html" else "")
        parser = _Links()
        parser.feed(html.read_text())
        for href in parser.hrefs:
            target = urldefrag(urljoin(base, href)).url
            if target.startswith(our_site_url):
                linked.add(target.removeprefix(our_site_url))
    assert linked, "no links found"
    assert linked <= every, sorted(linked - every)


# The watch itself is tested: a page changed to break each rule must be caught by it.

def changed_page(page: Page, url: str, change: str) -> None:
    """Serve URL with CHANGE applied to its HTML (the rest of the site unchanged)."""
    def fulfil(route):  # type: ignore[no-untyped-def]
        original = route.fetch()
        html = original.text()
        if change == "external image, no policy":
            html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
            html = html.replace("</article>", '<img src="http://example.invalid/pixel.png" alt=""></article>')
        elif change == "inline script without a hash":
            html = html.replace("</article>", "<script>window.__ran = true</script></article>")
        elif change == "inline style":
            html = html.replace("</article>", '<p style="color: red">red</p></article>')
        elif change == "missing file":
            html = html.replace("</article>", '<img src="no-such-image.png" alt=""></article>')
        route.fulfill(response=original, body=html)
    page.route(url, fulfil)


@pytest.mark.cold_engine  # a lesson without an exercise: no start-up copy of Python is needed
@pytest.mark.parametrize(("change", "caught"), [
    ("external image, no policy", "request to another origin: http://example.invalid/pixel.png"),
    ("inline script without a hash", "CSP violation: script-src-elem refused inline"),
    ("inline style", "CSP violation: style-src-attr refused inline"),
    ("missing file", "failed: 404"),
])
def test_the_watch_catches_each_kind_of_problem(page: Page, our_site_url: str, change: str,
                                                caught: str) -> None:
    url = our_site_url + "understanding/"
    changed_page(page, url, change)
    watch = visit(page, url)
    if caught.startswith("CSP violation"):
        # The browser reports a violation in a task of its own, which a loaded machine can run
        # after the network is idle: wait for it (the test still fails if none ever comes).
        page.wait_for_function("() => window.__cspViolations.length > 0")
    problems = watch.problems(page)
    assert any(p.startswith(caught) for p in problems), problems
    if change == "inline script without a hash":
        assert page.evaluate("window.__ran") is None



def test_the_watch_sees_a_request_the_engines_worker_makes_elsewhere(page: Page, our_site_url: str) -> None:
    # The page's <meta> policy does not reach the worker, so only the watch would see this one.
    def fulfil(route):  # type: ignore[no-untyped-def]
        original = route.fetch()
        body = "fetch('http://example.invalid/from-the-worker').catch(() => {});\n" + original.text()
        route.fulfill(response=original, body=body)
    page.context.route("**/engine-worker.js", fulfil)
    watch = visit(page, our_site_url + "questionnaire/")
    assert "request to another origin: http://example.invalid/from-the-worker" in watch.problems(page)

def test_instant_navigation_across_depths_keeps_one_policy_and_breaks_no_rule(
        page: Page, our_site_url: str) -> None:
    # Material's instant navigation keeps the first document and pulls in each next page's <head>
    # tags and scripts; a page with a different policy would stack a second one. Walk from the
    # home page to pages at every depth, and to an exercise, without reloading.
    watch = visit(page, our_site_url)
    page.evaluate("window.__sameDocument = true")
    for path in ("privacy/", "questionnaire/", "steps/2-grounding/", "about/", ""):
        # A link as on the page itself (Material follows any link to a page in the sitemap).
        follow_link(page, our_site_url + path)
        page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__sameDocument") is True, "a navigation reloaded the page"
    assert page.locator("meta[http-equiv='Content-Security-Policy']").count() == 1
    assert watch.problems(page) == []
