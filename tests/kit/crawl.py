"""Every page of a site in one language opened in one browser context: in the page's language and
direction, nothing failed, refused or fetched from elsewhere, no axe violation (the generator's test
site in other languages, tests/browser/test_languages.py; this site's Spanish edition, test_edition.py).

Each page is seen as it loads, before any exercise is touched, with the engine left unstarted (as
for a reader who asks to save data), as in the per-page axe walk (test_accessibility.py): no check
here needs Python's answer, and a start on each page with an exercise would be dropped at the next
load. Python's own requests in each language are watched where it runs: the exercise kinds taken to
their results (test_languages_kinds.py) and the edition's exercises (test_edition.py)."""

from __future__ import annotations

import time
from pathlib import Path

from kit.axe import assert_no_violations
from kit.reader import SAVE_DATA
from kit.watch import Watch, origin_of
from playwright.sync_api import Browser, Request


def built_pages(root: Path, skip: str = "") -> list[str]:
    """Every page the build wrote under ROOT, as paths from it (directory URLs)."""
    found = []
    for html in sorted(root.rglob("*.html")):
        rel = html.relative_to(root).as_posix()
        if skip and rel.startswith(skip):
            continue
        found.append(rel.removesuffix("index.html"))
    return found


def crawl(browser: Browser, base: str, pages: list[str], lang: str, direction: str) -> None:
    """Open every page in one context, the engine held back: each in the page's language and
    direction, with nothing failed, refused or fetched from elsewhere, and no axe violation."""
    context = browser.new_context(reduced_motion="reduce")
    context.add_init_script(SAVE_DATA)
    watch = Watch(context, origin_of(base))
    page = context.new_page()
    pending: set[Request] = set()  # requests the page started and that have not ended
    page.on("request", lambda request: pending.add(request))
    page.on("requestfinished", lambda request: pending.discard(request))
    page.on("requestfailed", lambda request: pending.discard(request))
    problems: list[str] = []
    try:
        for path in pages:
            response = page.goto(base + path, wait_until="networkidle")
            assert response is not None and response.ok, f"{path}: {response and response.status}"
            # Modules a page imports once it has settled (the journal's, the lock's) may start after a
            # quiet half-second on a busy machine: let them finish, or the next page aborts them.
            page.evaluate("() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 }))")
            deadline = time.monotonic() + 30
            while pending and time.monotonic() < deadline:
                page.wait_for_timeout(50)
            assert page.locator("html").get_attribute("lang") == lang, path
            themed = page.locator("body[dir]").count() > 0  # the leave page is plain HTML
            where = "html" if not themed else "body"
            assert page.locator(where).get_attribute("dir") == direction, path
            if themed:  # the theme's fixes name the search box with the words the help bar carries
                named, carried = page.evaluate("""() => [
                  document.querySelector('.md-search[role=dialog]')?.getAttribute('aria-label'),
                  document.querySelector('.crisis-bar')?.dataset.searchLabel]""")
                assert named and named == carried, (path, named, carried)
            problems += [f"{path}: {p}" for p in page.evaluate("window.__cspViolations")]
            if path != "404.html":
                assert_no_violations(page, f"{lang} {path or 'home'}")
    finally:
        context.close()
    problems += [f"request to another origin: {u}" for u in watch.elsewhere()]
    problems += [f"failed: {f}" for f in watch.failed] + watch.errors
    assert problems == []
    assert any(u.endswith(f"/messages/{lang}.js") for u in watch.requests), "no page loaded its catalog"
