"""Faults a reader survives: Python's files cannot be fetched, the engine's worker crashes or hangs.

Faults are made from outside the product, by the test's network routes: a file is refused, answered
with a 404, or the worker's script is served with a few lines in front that make it crash or hang.
Nothing in the shipped code can be told to fail. Service workers are blocked in these contexts, so a
refused file cannot come from a cache, and Playwright's routing turns the HTTP cache off.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator

import pytest
from kit.reader import answer_all, wait_for_engine
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect

LESSON = "steps/4-challenging-thoughts/"
UID = "#ex-thought-record"
WORKER = "**/assets/exercises/engine-worker.js"

# Put in front of the worker's own script: each takes over "call" messages before its handler runs.
CRASH = """self.addEventListener("message", (e) => {
  if (e.data.type === "call") { e.stopImmediatePropagation(); throw new Error("test: crashed"); }
});
"""
CLOSE = """self.addEventListener("message", (e) => {
  if (e.data.type === "call") { e.stopImmediatePropagation(); self.close(); }
});
"""
PYTHON_BREAKS = """self.addEventListener("message", (e) => {
  if (e.data.type === "call") {
    e.stopImmediatePropagation();
    self.postMessage({ type: "broken", message: "test: Pyodide fatal error" });
  }
});
"""
HANG = """self.addEventListener("message", (e) => {
  if (e.data.type === "call") { for (;;) {} }
});
"""


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(service_workers="block")
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def faulty_worker(page: Page, prefix: str, times: int | None = None) -> list[str]:
    """Serve the worker script with PREFIX in front, the first TIMES times (None: always)."""
    served: list[str] = []

    def handle(route: Route) -> None:
        response = route.fetch()
        faulty = times is None or len(served) < times
        served.append("faulty" if faulty else "real")
        route.fulfill(response=response, body=(prefix if faulty else "") + response.text())

    page.route(WORKER, handle)
    return served


# The engine gives a call 15 s (engine.js). Rather than wait them out, the tests move the page's clock
# on (Playwright's clock: the page's timers only; Python boots in its worker on real time).
CALL_TIME_LIMIT_MS = 15_000


def pass_the_time_limit(page: Page) -> None:
    """Jump the page's clock past one call's time limit. A call whose timer is not set yet still
    runs out, in real time: slower, never wrong."""
    page.clock.fast_forward(CALL_TIME_LIMIT_MS + 1)


def answers(attachment: dict) -> dict[str, int]:
    # Worry items 6, discomfort items 2: scores 4.5 and 3.4 (see test_questionnaire.py).
    return {item["id"]: 6 if item["subscale"] == "anxiety" else 2 for item in attachment["items"]}


def assert_answers_kept(page: Page, chosen: dict[str, int]) -> None:
    for item_id, point in chosen.items():
        expect(page.locator(f"input[name='ex-attachment-{item_id}'][value='{point}']")).to_be_checked()


# ---- the worker crashes or hangs while it works on a request -------------------------------------
# These faults come after Python has started: the device holds the engine's start-up copy of Python,
# as after a reader's first visit, so each worker (the first and the fresh one after the fault)
# restores Python from it rather than starting it from nothing. Starting without a copy, and files
# missing at the start, are the tests further down.

@pytest.mark.usefixtures("boot_copy")
@pytest.mark.parametrize("fault", [CRASH, CLOSE, PYTHON_BREAKS], ids=["throws", "closes", "python-breaks"])
def test_a_worker_that_fails_once_is_restarted_and_the_request_retried(
        page: Page, site_url: str, attachment: dict, fault: str) -> None:
    served = faulty_worker(page, fault, times=1)
    page.clock.install()
    page.goto(site_url + "questionnaire/")
    answer_all(page, answers(attachment))
    wait_for_engine(page)
    page.get_by_role("button", name="See my scores").click()
    if fault == CLOSE:  # a worker that closes itself says nothing: only the call's time limit notices
        pass_the_time_limit(page)
    result = page.locator(".ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.5")
    expect(result.locator("dd[data-subscale=avoidance] .ex-score-value")).to_have_text("3.4")
    assert served == ["faulty", "real"], "the request should have been retried once on a fresh worker"
    expect(page.locator(".ex-status .ex-retry")).to_be_hidden()


@pytest.mark.usefixtures("boot_copy")
def test_a_worker_that_keeps_crashing_ends_in_words_and_keeps_the_answers(
        page: Page, site_url: str, attachment: dict) -> None:
    served = faulty_worker(page, CRASH)
    page.goto(site_url + "questionnaire/")
    chosen = answers(attachment)
    answer_all(page, chosen)
    page.get_by_role("button", name="See my scores").click()
    status = page.locator(".ex-status")
    expect(status).to_have_text(
        "The exercise tool stopped working, even after it was restarted. Your answers are still here. "
        "Try again in a moment.Try again", timeout=90_000)
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_attribute("role", "status")
    assert "Error" not in status.inner_text() and "test:" not in status.inner_text()
    assert served == ["faulty", "faulty"], "one restart, then a clear error (not a loop)"
    wait_for_engine(page, "failed")
    assert_answers_kept(page, chosen)
    expect(page.locator(".ex-result")).to_be_hidden()


@pytest.mark.usefixtures("boot_copy")
def test_a_request_that_hangs_forever_is_retried_once_then_reported(
        page: Page, site_url: str, attachment: dict) -> None:
    served = faulty_worker(page, HANG)
    page.clock.install()
    page.goto(site_url + "questionnaire/")
    chosen = answers(attachment)
    answer_all(page, chosen)
    wait_for_engine(page)
    page.get_by_role("button", name="See my scores").click()
    status = page.locator(".ex-status")
    # Two time limits, and a fresh worker booting in between (real time) to be asked again.
    pass_the_time_limit(page)
    page.wait_for_function("() => document.documentElement.dataset.exerciseEngine === 'loading'")
    wait_for_engine(page)  # the fresh worker is up and has been sent the request
    assert served == ["faulty", "faulty"]
    pass_the_time_limit(page)
    expect(status).to_contain_text("The exercise tool did not answer, even after it was restarted. "
                                   "Your answers are still here.", timeout=120_000)
    assert served == ["faulty", "faulty"]
    wait_for_engine(page, "failed")
    assert_answers_kept(page, chosen)
    retry = status.get_by_role("button", name="Try again")
    expect(retry).to_be_visible()
    # The reader tries again once whatever was wrong is gone: a fresh worker boots and scores.
    page.unroute(WORKER)
    retry.click()
    wait_for_engine(page)
    expect(status).to_contain_text("Ready.")
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.5", timeout=30_000)


# ---- Python's files cannot be fetched -----------------------------------------------------------

def refuse(pattern: str, how: Callable[[Route], None]) -> Callable[[Page], str]:
    def block(page: Page) -> str:
        page.route(pattern, how)
        return pattern
    return block


def not_found(route: Route) -> None:
    route.fulfill(status=404, content_type="text/html", body="<h1>Not found</h1>")


def aborted(route: Route) -> None:
    route.abort("failed")  # the request fails without an answer, as when a connection breaks


# Every file the engine fetches to start, by where it is served.
ENGINE_FILES = {
    "pyodide.mjs": "**/pyodide.mjs",
    "pyodide.asm.mjs": "**/pyodide.asm.mjs",
    "pyodide.asm.wasm": "**/pyodide.asm.wasm",
    "standard library": "**/python_stdlib*.zip",
    "core wheel": "**/*.whl",
    "worker script": WORKER,
}
FETCH_FAULTS = {
    **{f"{name} aborted": refuse(pattern, aborted) for name, pattern in ENGINE_FILES.items()},
    "offline": refuse("**/assets/pyodide/**", lambda r: r.abort("internetdisconnected")),
    "wasm 404": refuse("**/pyodide.asm.wasm", not_found),
    "wasm connection dropped": refuse("**/pyodide.asm.wasm", lambda r: r.abort("connectionreset")),
    "standard library 404": refuse("**/python_stdlib*.zip", not_found),
    "core wheel 404": refuse("**/*.whl", not_found),
    "worker script 404": refuse(WORKER, not_found),
}
# What the browser itself would say, or where from: never shown to a reader.
RAW = re.compile(r"http|Failed|fetch|Error|error|404|\.js|\.zip|\.wasm|\.whl|undefined|null", re.I)


def assert_in_words(text: str) -> None:
    assert not RAW.search(text), f"not written for a reader: {text!r}"


@pytest.mark.parametrize("fault", FETCH_FAULTS, ids=list(FETCH_FAULTS))
def test_when_python_cannot_be_fetched_the_form_still_works_and_retry_recovers(
        page: Page, site_url: str, fault: str) -> None:
    pattern = FETCH_FAULTS[fault](page)
    page.goto(site_url + LESSON)
    page.fill(f"{UID}-situation", "Typed while the tool could not load.")
    page.fill(f"{UID}-emotions-0-name", "worried")
    page.fill(f"{UID}-emotions-0-before", "60")
    # Well before the boot's own time limit (90 s): each of these faults is noticed at once.
    wait_for_engine(page, "failed", timeout=30_000)
    status = page.locator(".ex-thought-record .ex-status")
    expect(status).to_contain_text("The exercise tool could not load. What you wrote is still here. "
                                   "Check your connection, then choose Try again.")
    retry = status.get_by_role("button", name="Try again")
    expect(retry).to_be_visible()
    assert_in_words(status.inner_text())

    # The form keeps working: more rows, more typing, nothing lost.
    page.get_by_role("button", name="Add another feeling").click()
    page.fill(f"{UID}-emotions-3-name", "tired")
    expect(page.locator(f"{UID}-situation")).to_have_value("Typed while the tool could not load.")

    # Asking for the summary starts the engine once more, then says why in words too, and keeps
    # what was typed.
    page.get_by_role("button", name="See my summary").click()
    expect(status).to_contain_text("The exercise tool could not be downloaded. Check your connection. "
                                   "What you typed is still here.", timeout=60_000)
    assert_in_words(status.inner_text())

    # Printing still works: the Print button, and on paper the form with what was typed.
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; }")
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    expect(page.locator(f"{UID}-situation")).to_be_visible()
    expect(page.locator(f"{UID}-situation")).to_have_value("Typed while the tool could not load.")
    expect(page.locator(f"{UID}-emotions-3-name")).to_be_visible()
    expect(status).to_be_hidden()  # no buttons or status on paper
    page.emulate_media(media="screen")

    # Once the files can be had again, Try again boots the engine and the form gets its summary.
    page.unroute(pattern)
    retry.click()
    wait_for_engine(page)
    expect(retry).to_be_hidden()
    page.fill(f"{UID}-emotions-0-after", "30")
    page.get_by_role("button", name="See my summary").click()
    expect(page.locator(".ex-thought-record .ex-result")).to_be_visible(timeout=30_000)
    expect(page.locator(".ex-changes li").first).to_have_text("worried: 60 before, 30 now (down 30 points)")


@pytest.mark.parametrize("name", ENGINE_FILES, ids=list(ENGINE_FILES))
def test_a_questionnaire_sent_while_a_file_is_refused_is_answered_in_words(
        page: Page, site_url: str, attachment: dict, name: str) -> None:
    page.route(ENGINE_FILES[name], aborted)
    page.goto(site_url + "questionnaire/")
    chosen = answers(attachment)
    answer_all(page, chosen)
    page.get_by_role("button", name="See my scores").click()
    status = page.locator(".ex-status")
    expect(status).to_have_text(
        "The exercise tool could not be downloaded. Check your connection. Your answers are still "
        "here. Try again in a moment.Try again", timeout=30_000)
    assert_in_words(status.inner_text())
    wait_for_engine(page, "failed")
    assert_answers_kept(page, chosen)


def test_a_core_that_cannot_arrive_is_told_without_waiting_for_python(page: Page, site_url: str,
                                                                     attachment: dict) -> None:
    """The worker asks for the core and Python's files at once; when the core cannot arrive, the reader
    hears it then, not after Python has started (here it never can: its WebAssembly is held back)."""
    page.route("**/pyodide.asm.wasm", lambda route: None)  # never answered while the test runs
    page.route("**/*.whl", not_found)
    page.goto(site_url + "questionnaire/")
    chosen = answers(attachment)
    answer_all(page, chosen)
    page.get_by_role("button", name="See my scores").click()
    status = page.locator(".ex-status")
    expect(status).to_contain_text("The exercise tool could not be downloaded. Check your connection.",
                                   timeout=30_000)
    wait_for_engine(page, "failed", timeout=1_000)
    assert_answers_kept(page, chosen)


# ---- a module is missing from what the site ships -----------------------------------------------

def served_without(page: Page, pattern: str, member: str) -> None:
    """Serve the zip (or wheel) at PATTERN with one file taken out."""
    def handle(route: Route) -> None:
        response = route.fetch()
        source = zipfile.ZipFile(io.BytesIO(response.body()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            assert member in source.namelist()
            for info in source.infolist():
                if info.filename != member:
                    target.writestr(info, source.read(info.filename))
        route.fulfill(response=response, body=out.getvalue())
    page.route(pattern, handle)


def test_a_module_missing_at_start_is_told_in_words_and_the_answers_stay(
        page: Page, site_url: str, attachment: dict) -> None:
    # The core imports fractions when it loads (scores are exact fractions until rounded).
    served_without(page, "**/python_stdlib*.zip", "fractions.py")
    page.goto(site_url + "questionnaire/")
    chosen = answers(attachment)
    answer_all(page, chosen)
    wait_for_engine(page, "failed", timeout=60_000)
    status = page.locator(".ex-status")
    expect(status).to_contain_text("The scoring tool could not start: this site's copy of it is missing "
                                   "a part. Your answers are still here, and you can print this page.")
    assert_in_words(status.inner_text())
    page.get_by_role("button", name="See my scores").click()  # starts the engine once more
    expect(status).to_contain_text("This site's copy of the exercise tool is missing a part it needs. "
                                   "Your answers are still here.", timeout=60_000)
    assert_in_words(status.inner_text())
    assert_answers_kept(page, chosen)


def test_a_module_missing_when_a_request_needs_it_is_told_in_words_and_the_writing_stays(
        page: Page, site_url: str) -> None:
    # The message builder's checks are imported by the core only when a worksheet is checked, so
    # the engine starts, and the first summary finds the module missing.
    served_without(page, "**/*.whl", "exercises/core/worksheet_checks.py")
    uid = "#ex-open-message"
    page.goto(site_url + "steps/3-communicating-openly/")
    typed = {"happened": "Plans changed at the last minute", "feel": "worried", "need": "to know",
             "ask": "text me if plans change"}
    for field, text in typed.items():
        page.fill(f"{uid}-{field}", text)
    wait_for_engine(page)
    page.locator(".ex-worksheet").get_by_role("button", name="See my summary").click()
    status = page.locator(".ex-worksheet .ex-status")
    expect(status).to_contain_text("This site's copy of the exercise tool is missing a part it needs for "
                                   "this. What you typed is still here.")
    assert_in_words(status.inner_text())
    for field, text in typed.items():
        expect(page.locator(f"{uid}-{field}")).to_have_value(text)
    expect(page.locator(".ex-worksheet .ex-result")).to_be_hidden()
    wait_for_engine(page)  # the engine itself is still there for what does not need the module
