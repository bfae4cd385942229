"""The published guide meets the reader site's standards: every page, opened in Chromium under the
sub-path `make site` publishes it at on a project's GitHub Pages (/some-repo/guide/), makes no
request to another origin and none that fails, logs no error, breaks no rule of its
Content-Security-Policy (which every page carries), and has no axe violation, on a laptop and on a
phone. A missing address gets the guide's own 404 page, styled, with its links working.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kit.axe import assert_no_violations
from kit.site import GUIDE_SITE
from kit.watch import Watch, origin_of, visit
from playwright.sync_api import Page, expect

DOCS = GUIDE_SITE.parent / "docs"
PAGES = sorted(
    ("" if rel == "index.md" else rel.removesuffix("index.md") if rel.endswith("/index.md")
     else rel.removesuffix(".md") + "/")
    for rel in (p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")))
PHONE = {"width": 390, "height": 844}
POLICY = "meta[http-equiv='Content-Security-Policy']"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_every_guide_page_loads_cleanly_with_the_policy_and_no_axe_violation(
        page: Page, guide_url: str, path: str) -> None:
    watch = visit(page, guide_url + path)
    assert watch.problems(page) == []
    assert guide_url + path in watch.requests
    assert not watch.outside(guide_url), watch.outside(guide_url)
    assert page.locator(POLICY).count() == 1
    assert_no_violations(page, f"the guide's /{path} (laptop)")
    page.set_viewport_size(PHONE)
    settled_after_resize(page)
    assert_no_violations(page, f"the guide's /{path} (phone)")


def settled_after_resize(page: Page) -> None:
    """The theme makes a code block that now overflows focusable from a ResizeObserver, a frame or
    more after the resize: a reader meets the page after that, so axe should too."""
    page.wait_for_function(  # a function, not an expression: the guide's policy forbids eval
        "() => [...document.querySelectorAll('pre > code')]"
        ".every(c => c.scrollWidth <= c.clientWidth || c.tabIndex === 0)")


def test_the_crawl_covers_every_page_the_guide_has(built_guide: Path, guide_url: str) -> None:
    built = {p.relative_to(built_guide).as_posix() for p in built_guide.rglob("*.html")}
    assert {b.removesuffix("index.html") for b in built} == {*PAGES, "404.html"}
    sitemap = (built_guide / "sitemap.xml").read_text()
    assert {loc.removeprefix(guide_url) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)} == set(PAGES)
    for html in built_guide.rglob("*.html"):
        assert html.read_text().count('http-equiv="Content-Security-Policy"') == 1, html


def test_a_missing_address_gets_the_guides_404_page_styled_under_the_sub_path(
        page: Page, guide_url: str) -> None:
    watch = Watch(page.context, origin_of(guide_url))
    missing = guide_url + "authors/no-such/page/"
    response = page.goto(missing, wait_until="networkidle")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_contain_text("Not found")
    # Its stylesheets came from under the sub-path: the header is the theme's.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    # The one failure is the missing address itself (Chromium also logs it to the console).
    assert watch.failed == [f"404 {missing}"], watch.failed
    logged = "console: Failed to load resource: the server responded with a status of 404 (Not Found)"
    problems = [p for p in watch.problems(page) if missing not in p and p != logged]
    assert problems == [], problems
    assert not watch.outside(guide_url), watch.outside(guide_url)
    assert page.locator(POLICY).count() == 1
    assert_no_violations(page, "the guide's 404 page")
    page.locator("header").get_by_role("link").first.click()
    expect(page).to_have_url(guide_url)
