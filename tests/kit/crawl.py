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
from playwright.sync_api import Browser, BrowserContext, Page, Request


def built_pages(root: Path, skip: str = "") -> list[str]:
    """Every page the build wrote under ROOT, as paths from it (directory URLs)."""
    found = []
    for html in sorted(root.rglob("*.html")):
        rel = html.relative_to(root).as_posix()
        if skip and rel.startswith(skip):
            continue
        found.append(rel.removesuffix("index.html"))
    return found


# Tabs the crawl opens its pages in at once: each page is checked once its network has been quiet
# for half a second (Playwright's "networkidle"), and the others' quiet halves pass meanwhile.
TABS = 3


class _Tab:
    """A tab of the crawl's context, and the requests its page started that have not ended."""

    def __init__(self, context: BrowserContext) -> None:
        self.page = context.new_page()
        self.pending: set[Request] = set()
        self.page.on("request", lambda request: self.pending.add(request))
        self.page.on("requestfinished", lambda request: self.pending.discard(request))
        self.page.on("requestfailed", lambda request: self.pending.discard(request))

    def settle(self) -> None:
        """Until the page has loaded, its network has been quiet (networkidle), and the modules it
        imports once it has settled (the journal's, the lock's: they may start after a quiet
        half-second on a busy machine) have finished, so the next page aborts none of them."""
        self.page.wait_for_load_state("networkidle")
        self.page.evaluate("() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 }))")
        deadline = time.monotonic() + 30
        while self.pending and time.monotonic() < deadline:
            self.page.wait_for_timeout(50)


def crawl(browser: Browser, base: str, pages: list[str], lang: str, direction: str) -> None:
    """Open every page in one context, the engine held back: each in the page's language and
    direction, with nothing failed, refused or fetched from elsewhere, and no axe violation. The
    pages are opened TABS at a time, each in a tab of its own, and checked one after another."""
    context = browser.new_context(reduced_motion="reduce")
    context.add_init_script(SAVE_DATA)
    watch = Watch(context, origin_of(base))
    tabs = [_Tab(context) for _ in range(min(TABS, len(pages)))]
    problems: list[str] = []
    try:
        for first in range(0, len(pages), len(tabs)):
            batch = list(zip(tabs, pages[first:first + len(tabs)], strict=False))
            opened = [(tab, path, tab.page.goto(base + path, wait_until="commit")) for tab, path in batch]
            for tab, path, response in opened:
                assert response is not None and response.ok, f"{path}: {response and response.status}"
                tab.settle()
                problems += _checked(tab.page, path, lang, direction)
    finally:
        context.close()
    problems += [f"request to another origin: {u}" for u in watch.elsewhere()]
    problems += [f"failed: {f}" for f in watch.failed] + watch.errors
    assert problems == [], problems
    assert any(u.endswith(f"/messages/{lang}.js") for u in watch.requests), "no page loaded its catalog"


def _checked(page: Page, path: str, lang: str, direction: str) -> list[str]:
    """Check the page at PATH, settled: its language and direction, its search box's name, and axe
    (failing at once); return the policy's violations it recorded before axe ran."""
    assert page.locator("html").get_attribute("lang") == lang, path
    themed = page.locator("body[dir]").count() > 0  # the leave page is plain HTML
    where = "html" if not themed else "body"
    assert page.locator(where).get_attribute("dir") == direction, path
    if themed:  # the theme's fixes name the search box with the words the help bar carries
        named, carried = page.evaluate("""() => [
          document.querySelector('.md-search[role=dialog]')?.getAttribute('aria-label'),
          document.querySelector('.crisis-bar')?.dataset.searchLabel]""")
        assert named and named == carried, (path, named, carried)
    violations = [f"{path}: {p}" for p in page.evaluate("window.__cspViolations")]
    if path != "404.html":
        assert_no_violations(page, f"{lang} {path or 'home'}")
    return violations
