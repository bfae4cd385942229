"""The site works under a sub-path, as on GitHub Pages (https://<user>.github.io/<repo>/).

The real site is built for http://127.0.0.1:<port>/some-repo/ into <tmp>/root/some-repo/ and <tmp>/root
is served, so anything that reached for the server's root (an absolute /assets/... URL, a worker or
Pyodide file resolved against the wrong base) would leave /some-repo/ or fail with a 404.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kit.reader import answer_all, wait_for_engine
from kit.serve import QuietHandler
from kit.site import build_site
from playwright.sync_api import Page, Response, expect

SUB = "some-repo"


class PagesLikeHandler(QuietHandler):
    """Like GitHub Pages: a missing address under the site gets the site's 404.html, status 404."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / SUB / "404.html"
        if code != 404 or not self.path.startswith(f"/{SUB}/") or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def subpath_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("root")
    handler = functools.partial(PagesLikeHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/{SUB}/"
    run = build_site(root / SUB, site_url=url)
    assert run.returncode == 0, f"mkdocs build failed:\n{run.stdout}\n{run.stderr}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()


class Traffic:
    """Every request of the page and its workers, and every failed response."""

    def __init__(self, page: Page) -> None:
        self.urls: list[str] = []
        self.failed: list[str] = []
        page.context.on("request", lambda r: self.urls.append(r.url))
        page.context.on("response", self._response)

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def outside(self, base: str) -> list[str]:
        return [u for u in self.urls if not u.startswith(base) and not u.startswith(("data:", "blob:"))]


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
    traffic = Traffic(page)
    page.goto(subpath_url + "questionnaire/")
    see_scores(page, attachment)
    # The engine really loaded from under the sub-path: Pyodide's wasm and our core wheel.
    assert any(re.search(rf"/{SUB}/assets/pyodide/[^/]+/pyodide\.asm\.wasm$", u) for u in traffic.urls)
    assert any(u.endswith(".whl") and f"/{SUB}/assets/exercises/" in u for u in traffic.urls)
    assert not traffic.outside(subpath_url), traffic.outside(subpath_url)
    assert not traffic.failed


def test_instant_navigation_from_home_to_the_questionnaire_under_the_sub_path(
        page: Page, subpath_url: str, attachment: dict[str, Any]) -> None:
    traffic = Traffic(page)
    # Instant navigation starts once Material has read the sitemap (a click before that is an
    # ordinary page load); wait until the network is quiet.
    page.goto(subpath_url, wait_until="networkidle")
    assert subpath_url + "sitemap.xml" in traffic.urls
    page.evaluate("window.__sameDocument = true")
    page.locator("nav.md-nav--primary").get_by_role("link", name="Reflect on how you relate").first \
        .dispatch_event("click")
    expect(page).to_have_url(subpath_url + "questionnaire/")
    wait_for_engine(page)
    assert page.evaluate("window.__sameDocument") is True, "navigation reloaded the page"
    see_scores(page, attachment)
    assert not traffic.outside(subpath_url), traffic.outside(subpath_url)
    assert not traffic.failed


def test_a_missing_page_gets_the_sites_404_page_with_working_links(page: Page, subpath_url: str) -> None:
    traffic = Traffic(page)
    response = page.goto(subpath_url + "no-such/page/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    # Styled by the theme: its stylesheet loaded from under the sub-path.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert [f for f in traffic.failed if not f.endswith("/no-such/page/")] == []
    assert not traffic.outside(subpath_url), traffic.outside(subpath_url)
    page.locator("article").get_by_role("link", name="Go to the home page").click()
    expect(page).to_have_url(re.compile(rf"/{SUB}/\.?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Healing Anxious Attachment")
    page.goto(subpath_url + "missing/")
    page.get_by_role("link", name="Get help now").first.click()
    expect(page).to_have_url(subpath_url + "get-help/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Get help now")


def test_the_sitemap_uses_the_sub_path(subpath_url: str, page: Page) -> None:
    response = page.request.get(subpath_url + "sitemap.xml")
    assert response.ok
    locations = re.findall(r"<loc>([^<]+)</loc>", response.text())
    assert subpath_url + "questionnaire/" in locations
    assert all(loc.startswith(subpath_url) for loc in locations)
