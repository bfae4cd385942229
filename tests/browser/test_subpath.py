"""The site works under a sub-path, as on GitHub Pages (https://<user>.github.io/<repo>/).

The generator's test site is built for http://127.0.0.1:<port>/some-repo/ and served there only
(the subpath_url fixture, tests/kit/builds.py), so anything that reached for the server's root (an
absolute /assets/... URL, a worker or Pyodide file resolved against the wrong base) would leave
/some-repo/ or fail with a 404; a missing address under /some-repo/ gets the site's 404 page, as on
GitHub Pages.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from kit.builds import SUBPATH as SUB
from kit.reader import answer_all, wait_for_engine
from kit.watch import Watch, origin_of
from playwright.sync_api import Page, expect


def answers(attachment: dict[str, Any]) -> dict[str, int]:
    # Worry items 6, discomfort items 2: scores 4.5 and 3.4 (see test_questionnaire.py).
    return {item["id"]: 6 if item["subscale"] == "anxiety" else 2 for item in attachment["items"]}


def see_scores(page: Page, attachment: dict[str, Any]) -> None:
    answer_all(page, answers(attachment))
    page.get_by_role("button", name="See my scores").click()
    result = page.locator(".ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.5")
    expect(result.locator("dd[data-subscale=avoidance] .ex-score-value")).to_have_text("3.4")
    expect(result.locator(".ex-region:visible").get_by_role("link").first).to_be_visible()


def test_questionnaire_scores_under_the_sub_path(page: Page, subpath_url: str,
                                                 attachment: dict[str, Any]) -> None:
    traffic = Watch(page.context, origin_of(subpath_url))
    page.goto(subpath_url + "questionnaire/")
    see_scores(page, attachment)
    # The engine really loaded from under the sub-path: Pyodide's wasm and our core wheel.
    assert any(re.search(rf"/{SUB}/assets/pyodide/[^/]+/pyodide\.asm\.wasm$", u) for u in traffic.requests)
    assert any(u.endswith(".whl") and f"/{SUB}/assets/exercises/" in u for u in traffic.requests)
    assert not traffic.outside(subpath_url), traffic.outside(subpath_url)
    assert not traffic.error_responses


def test_instant_navigation_from_home_to_the_questionnaire_under_the_sub_path(
        page: Page, subpath_url: str, attachment: dict[str, Any]) -> None:
    traffic = Watch(page.context, origin_of(subpath_url))
    # Instant navigation starts once Material has read the sitemap (a click before that is an
    # ordinary page load); wait until the network is quiet.
    page.goto(subpath_url, wait_until="networkidle")
    assert subpath_url + "sitemap.xml" in traffic.requests
    page.evaluate("window.__sameDocument = true")
    page.locator("nav.md-nav--primary").get_by_role("link", name="Reflect on how you relate").first \
        .dispatch_event("click")
    expect(page).to_have_url(subpath_url + "questionnaire/")
    wait_for_engine(page)
    assert page.evaluate("window.__sameDocument") is True, "navigation reloaded the page"
    see_scores(page, attachment)
    assert not traffic.outside(subpath_url), traffic.outside(subpath_url)
    assert not traffic.error_responses


@pytest.mark.cold_engine  # no page here has an exercise: no start-up copy of Python is needed
def test_a_missing_page_gets_the_sites_404_page_with_working_links(page: Page, subpath_url: str) -> None:
    traffic = Watch(page.context, origin_of(subpath_url))
    response = page.goto(subpath_url + "no-such/page/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    # Styled by the theme: its stylesheet loaded from under the sub-path.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert [f for f in traffic.error_responses if not f.endswith("/no-such/page/")] == []
    assert not traffic.outside(subpath_url), traffic.outside(subpath_url)
    page.locator("article").get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url(re.compile(rf"/{SUB}/\.?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Exercises test site")
    page.goto(subpath_url + "missing/")
    page.get_by_role("link", name="Get help now").first.click()
    expect(page).to_have_url(subpath_url + "get-help/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Get help now")


@pytest.mark.cold_engine  # a file asked for, no page opened: no start-up copy of Python is needed
def test_the_sitemap_uses_the_sub_path(subpath_url: str, page: Page) -> None:
    response = page.request.get(subpath_url + "sitemap.xml")
    assert response.ok
    locations = re.findall(r"<loc>([^<]+)</loc>", response.text())
    assert subpath_url + "questionnaire/" in locations
    assert all(loc.startswith(subpath_url) for loc in locations)
