"""Driving exercises as a reader would."""

from __future__ import annotations

from datetime import UTC, datetime

from playwright.sync_api import BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

ENGINE_STATE = "document.documentElement.dataset.exerciseEngine"
# A reader whose browser asks to save data (Save-Data): the engine starts only when they touch an
# exercise, never because one came into view.
SAVE_DATA = "Object.defineProperty(navigator, 'connection', { value: { saveData: true } });"
# Where the site serves Python's runtime (Pyodide's files and the standard library).
RUNTIME = "**/assets/pyodide/**"


def python_on_its_way(target: Page | BrowserContext) -> None:
    """Python's runtime held on its way for the rest of the test (its files are asked for and never
    answered): an engine that starts stays 'loading', as on a slow phone. Only in a context where
    Python was never ready: the service worker it then registers keeps the runtime, and answers for
    it before any route sees the request."""
    target.route(RUNTIME, lambda route: None)


def hold_python_back(target: Page | BrowserContext) -> None:
    """The engine held back for the whole test, for behaviour that needs no answer from Python
    (drafts, storage, layout, leaving): with Save-Data it starts only when the reader touches an
    exercise, and then Python stays on its way. No test pays for starting Python it does not use."""
    target.add_init_script(SAVE_DATA)
    python_on_its_way(target)


def wait_for_engine(page: Page, state: str = "ready", timeout: float = 90_000) -> None:
    # A function, not an expression: the site's Content-Security-Policy forbids the eval that
    # Playwright would use to poll a bare expression.
    page.wait_for_function(f"() => {ENGINE_STATE} === {state!r}", timeout=timeout)
    # Python now starts while the page's own modules are still arriving, so it can be ready (or fail)
    # before an exercise's script has mounted, bound its controls and can say so.
    page.wait_for_function(MOUNTED, timeout=timeout)


MOUNTED = """() => [...document.querySelectorAll("[data-exercise]")]
  .every((section) => section.dataset.ready === "true" || section.dataset.mounted === "failed")"""


def answer_all(page: Page, choose: dict[str, int]) -> None:
    """Answer each item by clicking the visible circle of its point, as a reader would."""
    for item_id, point in choose.items():
        page.locator(f"fieldset[data-item='{item_id}'] label:has(input[value='{point}'])").click()


def tab_to(page: Page, selector: str, limit: int = 600) -> None:
    """Press Tab, as a keyboard-only reader would, until the focused element matches SELECTOR."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


# A link to HREF at the end of the page's article (or its body, on a page without one), for a test to
# follow as a reader would (here and in kit.engines).
ADD_LINK = """(href) => {
  const a = Object.assign(document.createElement('a'), {href, id: 'kit-next', textContent: 'next'});
  (document.querySelector('article') ?? document.body).append(a);
}"""


def follow_link(page: Page, url: str) -> None:
    """Go to URL as a reader following a link on the page: Material's instant navigation swaps the
    page in place, so the exercise engine already running keeps running (no second Python boot)."""
    page.evaluate(ADD_LINK, url)
    page.locator("#kit-next").dispatch_event("click")
    page.wait_for_url(url)
    page.locator("#kit-next").wait_for(state="detached")  # the new page's content is in


def hold_the_clock(page: Page) -> None:
    """Stop the page's installed clock (page.clock.install()) a moment ahead of where it is:
    Playwright's fake clock otherwise goes on in real time, and a loaded machine would let a second
    pass between two steps of a test. From here only run_for and fast_forward move it. The page's
    time can pass the moment chosen before the pause arrives (a busy machine): then a later one."""
    for _ in range(5):
        now = page.evaluate("() => Date.now()")
        try:
            page.clock.pause_at(datetime.fromtimestamp(now / 1000 + 0.5, tz=UTC))
            return
        except PlaywrightError as err:
            if "to the past" not in str(err):
                raise
    raise AssertionError("the page's clock could not be held")


def scroll_to_end(page: Page) -> None:
    """Scroll to the end of the page, as a reader does, again until it stays there: a part the page's
    scripts show late (the offline box, a status) may have made it longer meanwhile."""
    page.wait_for_function("""() => {
      const end = document.documentElement.scrollHeight;
      if (Math.ceil(scrollY + innerHeight) >= end) return true;
      window.scrollTo(0, end);
      return false;
    }""")
