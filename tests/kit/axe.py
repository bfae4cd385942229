"""axe-core (bundled by axe-playwright-python, offline) on a page, in its settled colours."""

from __future__ import annotations

from axe_playwright_python.base import AXE_SCRIPT, AxeResults
from playwright.sync_api import Page, expect

# axe's own script (0.5 MB), put into a document once: a page checked again (in its other colours,
# at another width, in a later state, after instant navigation) runs the copy it already has.
INJECTED = "() => typeof window.axe?.run === 'function'"
# Every rule, violations only in the answer (axe-playwright-python's default options).
RUN = "() => axe.run(document, { resultTypes: ['violations'] })"


def axe_results(page: Page) -> AxeResults:
    """What axe finds on PAGE as it is now."""
    if not page.evaluate(INJECTED):
        page.evaluate(AXE_SCRIPT)
    return AxeResults(page.evaluate(RUN))


def assert_no_violations(page: Page, where: str) -> None:
    """No axe violation on PAGE as it is now; WHERE names it in the report."""
    # Settled colours only: with reduced motion the theme's fades and button transitions are off.
    page.emulate_media(reduced_motion="reduce")
    results = axe_results(page)
    assert results.violations_count == 0, f"{where}:\n{results.generate_report()}"


# The theme's two palettes (Material's names) and the words of its toggle on each.
TOGGLE = {"default": "Switch to dark colors", "slate": "Switch to light colors"}


def assert_no_violations_light_and_dark(page: Page, where: str) -> None:
    """No axe violation on PAGE as it is now, in the site's light colours and in its dark ones: the
    theme's own toggle switches them, as a reader would, so the exercise keeps its state (one page,
    one engine, for both). It ends in the colours it began with."""
    body = page.locator("body")
    start = body.get_attribute("data-md-color-scheme")
    assert start in TOGGLE, "the site should offer light and dark colours (theme.palette)"
    for _ in TOGGLE:
        scheme = body.get_attribute("data-md-color-scheme") or ""
        assert_no_violations(page, f"{where} ({'dark' if scheme == 'slate' else 'light'} colours)")
        page.locator(f"label[title='{TOGGLE[scheme]}']").click()
        expect(body).not_to_have_attribute("data-md-color-scheme", scheme)
    expect(body).to_have_attribute("data-md-color-scheme", start)
