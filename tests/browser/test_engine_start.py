"""When Python is downloaded: when the reader comes to an exercise, not when a page loads.

The engine starts when an exercise is about to scroll into view, or at the first touch, click, key or
focus in it; with the browser's Save-Data preference on, only at that first touch. A reader who reads
the top of a lesson with a practice at its end downloads no byte of Pyodide.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kit.device import until
from kit.reader import ENGINE_STATE, SAVE_DATA, answer_all, wait_for_engine
from kit.serve import Served, serve
from playwright.sync_api import Browser, Page, expect

LESSON = "steps/1-self-compassion/"  # its practice is at the end of the lesson


def watch_pyodide(page: Page) -> list[str]:
    requested: list[str] = []
    page.context.on("request", lambda r: requested.append(r.url) if "/pyodide/" in r.url else None)
    return requested


def engine_state(page: Page) -> str | None:
    return page.evaluate(f"() => {ENGINE_STATE} ?? null")


def test_a_lesson_read_at_the_top_downloads_no_python_until_its_practice_comes_near(
        page: Page, site_url: str) -> None:
    requested = watch_pyodide(page)
    page.goto(site_url + LESSON, wait_until="networkidle")
    page.mouse.wheel(0, 300)  # reading the first screens
    page.wait_for_load_state("networkidle")
    exercise = page.locator("section[data-exercise]")
    assert exercise.evaluate("(e) => e.getBoundingClientRect().top") > 2 * page.viewport_size["height"]
    assert requested == []
    assert engine_state(page) is None
    expect(exercise.locator(".ex-status-text").first).to_have_text(
        "Nothing you type is saved unless you choose to save it.")

    exercise.evaluate("(e) => e.scrollIntoView({ block: 'start' })")
    wait_for_engine(page)
    assert any(u.endswith("/pyodide.asm.wasm") for u in requested)


def test_an_exercise_at_the_top_of_its_page_starts_at_once(page: Page, site_url: str) -> None:
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page)  # nobody touched it: it is in view


@contextmanager
def held_back(browser: Browser, built_site: Path, file: str) -> Iterator[tuple[Page, Served]]:
    """A tab of a fresh context on the site served by a server of the test's own, which holds back
    every request for FILE (a path's end) until the test releases it. No service worker: every copy
    of the engine's worker the page asks for reaches the server."""
    context = browser.new_context(service_workers="block")
    try:
        with serve(built_site) as served:
            served.gate.hold = lambda path: path.endswith(file)
            yield context.new_page(), served
    finally:
        context.close()


def released_and_scored_by_one_worker(page: Page, served: Served, attachment: dict) -> None:
    """Once the held file is let go, the engine is ready and scores the questionnaire, with the one
    worker the page started (none started beside it)."""
    served.gate.release()
    wait_for_engine(page)
    answer_all(page, {item["id"]: 4 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-result dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.0")
    workers = served.traffic.requests(lambda path: path.endswith("/engine-worker.js"))
    assert len(workers) == 1, "a second worker was started beside the one under way"


def test_python_starts_before_the_pages_own_modules_and_its_ready_is_not_lost(
        browser: Browser, built_site: Path, attachment: dict) -> None:
    # The server holds back the engine's bridge (engine.js); the exercise at the top of the page still
    # starts Python at once (engine-start.js, early in the page), which boots and keeps its start-up copy.
    with held_back(browser, built_site, "/assets/exercises/engine.js") as (page, served):
        page.goto(served.url + "questionnaire/")
        until(page, "async () => (await caches.keys()).some((name) => name.includes('-boot-'))", seconds=90)
        assert served.traffic.requests(lambda path: path.endswith("/engine-worker.js"))
        assert engine_state(page) is None, "the bridge was not there: Python started without it"
        # The bridge arrives after the worker said it was ready: that is not lost, and results come
        # (the bridge takes over the worker under way rather than starting one of its own).
        released_and_scored_by_one_worker(page, served, attachment)


def test_a_page_that_opens_with_its_exercise_starts_python_before_any_of_its_scripts_arrive(
        browser: Browser, built_site: Path, attachment: dict) -> None:
    # The server holds back engine-start.js, the module that sends the page's boot message: the small
    # script at the top of the questionnaire's head has started the worker, which starts Python from
    # the runtime's files beside it without waiting. Once the module arrives it takes that worker over.
    with held_back(browser, built_site, "/assets/exercises/engine-start.js") as (page, served):
        page.goto(served.url + "questionnaire/", wait_until="commit")
        wasm = lambda path: path.endswith(".wasm")  # noqa: E731
        for _ in range(300):  # the worker asks for Python's WebAssembly while the module is held
            if served.traffic.requests(wasm):
                break
            page.wait_for_timeout(200)
        assert served.traffic.requests(wasm), "Python waited for the page's module"
        # A moment later the module has still not run: it is held (unheld, it would have said
        # "loading" by now), so Python did not wait for it.
        page.wait_for_timeout(1000)
        assert engine_state(page) is None, "the page's module was there: it was not held back"
        released_and_scored_by_one_worker(page, served, attachment)
        assert len(served.traffic.requests(wasm)) == 1, "Python was downloaded twice"


# An exercise whose module has mounted and listens. With Save-Data on, a touch or a focus in a form
# whose module is still on its way starts nothing; the reader's next key or touch does. (On a loaded
# machine, the page can be idle on the network before the module has mounted.)
MOUNTED = "section[data-exercise][data-ready=true]"


def test_with_save_data_on_only_a_touch_starts_python(page: Page, site_url: str) -> None:
    page.add_init_script(SAVE_DATA)
    requested = watch_pyodide(page)
    page.goto(site_url + "questionnaire/", wait_until="networkidle")
    page.locator("section[data-exercise]").scroll_into_view_if_needed()
    page.wait_for_load_state("networkidle")
    assert requested == [] and engine_state(page) is None, "in view is not enough with Save-Data"
    page.locator(MOUNTED).first.wait_for()
    page.locator("fieldset[data-item] label").first.click()
    wait_for_engine(page)
    assert any(u.endswith("/pyodide.asm.wasm") for u in requested)


def test_with_save_data_on_a_keyboard_reader_starts_it_by_focus(page: Page, site_url: str) -> None:
    page.add_init_script(SAVE_DATA)
    page.goto(site_url + LESSON, wait_until="networkidle")
    page.locator(MOUNTED).first.wait_for()
    page.locator("section[data-exercise] form textarea, section[data-exercise] form input").first.focus()
    wait_for_engine(page)
