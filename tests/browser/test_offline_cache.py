"""The service worker keeps Python in the browser's cache: a second visit boots without downloading it.

The site is served under a sub-path (like a GitHub project page) with `Cache-Control: no-store`, so
the browser's HTTP cache cannot hide a download: only the service worker can spare one. The server
counts every byte it sends, including what the engine's module worker and the service worker fetch.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kit.reader import answer_all, wait_for_engine
from kit.serve import Served, serve
from kit.site import CHROMIUM_ARGS, chromium_path, copy_of
from kit.storage import RUNTIME_CACHE, SITE_ID
from playwright.sync_api import BrowserContext, Page, Playwright

PREFIX = "/haa/"
NEXT = RUNTIME_CACHE + "next"  # the cache of a later release


def is_runtime(path: str) -> bool:
    return path.startswith((PREFIX + "assets/pyodide/", PREFIX + "assets/exercises/"))


def is_pyodide(path: str) -> bool:
    return path.startswith(PREFIX + "assets/pyodide/")


@pytest.fixture(scope="module")
def site_copy(site_url: str, built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of(built_site, tmp_path_factory.mktemp("offline"))


@pytest.fixture
def served(site_copy: Path) -> Iterator[Served]:
    with serve(site_copy, prefix=PREFIX, cache_control="no-store") as running:
        yield running


@pytest.fixture
def profile(playwright: Playwright, tmp_path: Path) -> Iterator[BrowserContext]:
    """A browser with a profile on disk, as a returning reader has."""
    path = chromium_path()
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), args=CHROMIUM_ARGS, **({"executable_path": path} if path else {}))
    yield context
    context.close()


def wait_for_service_worker(page: Page) -> str:
    """Wait until the service worker is active and controls the page; return its cache names."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=90_000)
    return page.evaluate("caches.keys()")


def cache_names_once_settled(page: Page, done: Callable[[list[str]], bool], tries: int = 300
                             ) -> list[str]:
    """Poll the origin's cache names (wait_for_function would not await the promise)."""
    for _ in range(tries):
        names: list[str] = page.evaluate("caches.keys()")
        if done(names):
            break
        page.wait_for_timeout(200)
    return names


def first_visit(context: BrowserContext, served: Served) -> list[str]:
    page = context.new_page()
    page.goto(served.url + "questionnaire/")
    wait_for_engine(page)
    caches = wait_for_service_worker(page)
    page.close()
    return caches


def test_second_visit_boots_python_without_downloading_it(profile: BrowserContext, served: Served,
                                                          attachment: dict, site_copy: Path) -> None:
    caches = first_visit(profile, served)
    assert [c for c in caches if c.startswith(RUNTIME_CACHE)], caches
    downloaded = served.traffic.bytes(is_pyodide)
    assert downloaded > 10_000_000, "the first visit should have downloaded Pyodide"

    served.traffic.reset()
    page = profile.new_page()
    page.goto(served.url + "questionnaire/")
    wait_for_engine(page)
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    # A fresh module worker booted Python, and the scores still come from it.
    answer_all(page, {item["id"]: 4 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    page.locator(".ex-result").wait_for(state="visible", timeout=30_000)
    assert page.locator("dd[data-subscale=anxiety] .ex-score-value").inner_text() == "4.0"

    assert served.traffic.bytes(is_pyodide) == 0, [p for p in served.traffic.paths() if is_pyodide(p)]
    # Of the runtime, only the scripts, stylesheets and messages at fixed addresses were asked for again
    # (network first, so a page never runs with scripts older than the host's): never the core, never
    # Python.
    again = served.traffic.requests(is_runtime)
    assert again and all(p.endswith((".js", ".css", ".json")) and "/core-" not in p for p in again), again
    # And each was asked for with the kept copy's date, so the host answered "not modified": none of
    # their bytes came again, however large the scripts grow (this host even forbids HTTP caching).
    runtime = served.traffic.bytes(is_runtime)
    assert runtime == 0, f"{runtime} bytes of runtime on the second visit: {again}"
    # Pages are never cached: the second visit fetched the page itself from the server again.
    assert PREFIX + "questionnaire/" in served.traffic.paths()

    # The host now has a newer stylesheet (the page came before the new service worker did): the
    # next page gets it, not the copy kept here.
    sheet = site_copy / "assets" / "exercises" / "exercises.css"
    original = sheet.read_bytes()
    try:
        sheet.write_bytes(original + b"\n/* a newer release */\n")
        os.utime(sheet, (time.time() + 5, time.time() + 5))
        served.traffic.reset()
        page.goto(served.url + "understanding/")
        assert "a newer release" in page.evaluate(
            "fetch('../assets/exercises/exercises.css').then((r) => r.text())")
        assert served.traffic.bytes(lambda p: p.endswith("/exercises.css")) > len(original)
    finally:
        sheet.write_bytes(original)


def test_a_new_release_replaces_the_old_cache_without_downloading_pyodide_again(
        profile: BrowserContext, served: Served, site_copy: Path) -> None:
    old = first_visit(profile, served)
    page = profile.new_page()
    page.goto(served.url + "understanding/")  # a lesson: in the worker's scope, boots no engine
    # Something unrelated on the same origin (another project's page) keeps its cache.
    page.evaluate("caches.open('someone-else').then((c) => c.put('/x', new Response('kept')))")

    sw = site_copy / "sw.js"
    original = sw.read_text()
    try:
        # A release that changed a runtime script: same Pyodide, new cache name.
        sw.write_text(re.sub(rf'const CACHE = "{RUNTIME_CACHE}\w+"', f'const CACHE = "{NEXT}"', original))
        served.traffic.reset()
        page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        names = cache_names_once_settled(page, lambda names: NEXT in names and not [
            n for n in old if n.startswith(RUNTIME_CACHE) and n in names])
        # The runtime's caches: the new one alone. (The offline page and the start-up copy of Python
        # have caches of their own.)
        assert sorted(n for n in names if n.startswith(RUNTIME_CACHE) or not n.startswith(SITE_ID)) == [
            NEXT, "someone-else"]
        # The new version took Pyodide from the old cache instead of the network.
        assert served.traffic.bytes(is_pyodide) == 0
        # Every file listed to be kept ahead (the rest of the standard library is kept only if fetched).
        ahead = original.split("const ON_DEMAND")[0]
        listed = len(re.findall(r'^  "assets/', ahead, re.MULTILINE))
        assert page.evaluate("(name) => caches.open(name).then((c) => c.keys()).then((k) => k.length)",
                             NEXT) == listed
    finally:
        sw.write_text(original)


@pytest.fixture
def served_stale(site_copy: Path) -> Iterator[Served]:
    """Every copy must be checked with the server before use, as GitHub Pages' copies must be ten
    minutes after they were fetched ("no-cache")."""
    with serve(site_copy, prefix=PREFIX, cache_control="no-cache") as running:
        yield running


def is_wasm(path: str) -> bool:
    return path.endswith("/pyodide.asm.wasm")


def test_the_browsers_copy_of_python_is_used_as_it_is_never_asked_for_twice(
        profile: BrowserContext, served_stale: Served) -> None:
    """Chromium keeps the WebAssembly it compiled with the copy in its HTTP cache and drops it when
    that copy is checked again, so Python is asked for once, and then the copy is used unchecked."""
    served = served_stale
    first_visit(profile, served)
    # The service worker's install took the copy the page had just fetched, without asking.
    assert len(served.traffic.requests(is_wasm)) == 1, served.traffic.requests(is_wasm)

    # Take the service worker's own copy away: the next visit boots from the browser's copy, again
    # without asking the server (the copy's version is in its address, so it cannot be out of date).
    page = profile.new_page()
    page.goto(served.url + "understanding/")
    dropped = page.evaluate("""async () => {
        let n = 0;
        for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) {
                if (request.url.endsWith("/pyodide.asm.wasm") && await cache.delete(request)) n++;
            }
        }
        return n;
    }""")
    assert dropped == 1
    served.traffic.reset()
    page.goto(served.url + "questionnaire/")
    wait_for_engine(page)
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    assert served.traffic.requests(is_wasm) == []
    assert served.traffic.bytes(is_pyodide) == 0, [p for p in served.traffic.paths() if is_pyodide(p)]


@pytest.mark.cold_engine  # lessons without an exercise: no start-up copy of Python is needed
def test_lesson_pages_register_no_service_worker(page: Page, site_url: str) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    for path in ("", "understanding/", "journey/"):  # lessons without an exercise
        page.goto(site_url + path, wait_until="networkidle")
        page.mouse.click(10, 400)
        page.wait_for_timeout(300)
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)") == 0
    assert not [u for u in requested if u.endswith("sw.js") or "/pyodide/" in u]
