"""The site's Content-Security-Policy in a real browser: Pyodide boots under it, and forms never send.

Pyodide runs in a module worker, and a worker follows the policy of its own response, not the
page's <meta>. To prove the policy is enough for Pyodide itself (WebAssembly without 'unsafe-eval'),
the site is served here with the same policy as an HTTP header on every file, workers included, as
a host could send it (and as browsers that apply the page's policy to its workers would).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from kit.device import RESTORED, kept_copy
from kit.reader import answer_all, wait_for_engine
from kit.serve import Served, serve
from kit.watch import Watch, origin_of
from playwright.sync_api import Page, expect

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


@pytest.fixture(scope="module")
def policy(site_url: str, built_site: Path) -> str:
    found = META.search((built_site / "index.html").read_text())
    assert found
    return found.group(1)


def serve_with_header(directory: Path, policy: str) -> AbstractContextManager[Served]:
    """DIRECTORY served with POLICY as a Content-Security-Policy header on every response."""
    return serve(directory, headers={"Content-Security-Policy": policy})


@pytest.fixture(scope="module")
def header_url(built_site: Path, policy: str) -> Iterator[str]:
    with serve_with_header(built_site, policy) as served:
        yield served.url


def test_pyodide_scores_with_the_policy_on_every_file_including_the_worker(
        page: Page, header_url: str, attachment: dict) -> None:
    watch = Watch(page.context, origin_of(header_url))
    response = page.goto(header_url + "questionnaire/")
    assert response is not None and "wasm-unsafe-eval" in response.headers["content-security-policy"]
    worker = page.request.get(header_url + "assets/exercises/engine-worker.js")
    assert "content-security-policy" in worker.headers
    wait_for_engine(page)
    answer_all(page, {item["id"]: 4 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.0", timeout=30_000)
    assert watch.problems(page) == []
    # The next visit restores Python from the copy kept on this device, under the same policy
    # ('wasm-unsafe-eval' is all a restore needs too).
    kept_copy(page)
    again = page.context.new_page()
    again.goto(header_url + "questionnaire/")
    wait_for_engine(again)
    assert again.evaluate(RESTORED) is True
    answer_all(again, {item["id"]: 4 for item in attachment["items"]})
    again.get_by_role("button", name="See my scores").click()
    expect(again.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.0", timeout=30_000)
    assert watch.problems(again) == []


def test_without_wasm_unsafe_eval_the_engine_cannot_start_and_says_so(
        page: Page, built_site: Path, policy: str) -> None:
    # Why 'wasm-unsafe-eval' is in the policy: where the policy reaches the worker, Pyodide needs it.
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text))
    with serve_with_header(built_site, policy.replace(" 'wasm-unsafe-eval'", "")) as served:
        page.goto(served.url + "questionnaire/")
        wait_for_engine(page, "failed")
    # The engine tells a refused compile from a download that failed: the reader is not told to
    # check a connection that is fine, and the console names the policy for the site's maintainer.
    said = [e for e in errors if e.startswith("exercise engine could not start")]
    assert said and "(start)" in said[0] and "Content Security Policy" in said[0], errors
    expect(page.locator(".ex-status-text").first).to_contain_text("could not start")


def test_a_form_sent_before_its_script_is_ready_goes_nowhere(page: Page, site_url: str) -> None:
    # The runtime never arrives, so nothing stops the browser's own form submission: the policy must.
    watch = Watch(page.context, origin_of(site_url))
    page.route("**/assets/exercises/runtime.js", lambda route: route.abort())
    page.goto(site_url + "questionnaire/")
    page.locator("fieldset[data-item] label:has(input[value='6'])").first.click()
    # Not waiting for the navigation the press schedules: the policy refuses it, and under load
    # Chromium can leave it pending, which Playwright would wait on until its time limit.
    page.get_by_role("button", name="See my scores").click(no_wait_after=True)
    # The browser refused the submission (without the policy it would load ?ex-attachment-...=6).
    page.wait_for_function("() => window.__cspViolations.some((v) => v.startsWith('form-action'))")
    # Read from the page itself: a locator would wait for that refused navigation to finish, and under
    # load Chromium never says it has.
    assert page.evaluate("() => document.querySelector(\"fieldset[data-item] input[value='6']\").checked")
    assert page.url == site_url + "questionnaire/"
    assert not [u for u in watch.requests if "?" in u], "the answers were put into a URL"
