"""axe-core (bundled by axe-playwright-python, offline) on a page, in its settled colours."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

AXE = Axe()


def assert_no_violations(page: Page, where: str) -> None:
    """No axe violation on PAGE as it is now; WHERE names it in the report."""
    # Settled colours only: with reduced motion the theme's fades and button transitions are off.
    page.emulate_media(reduced_motion="reduce")
    results = AXE.run(page)
    assert results.violations_count == 0, f"{where}:\n{results.generate_report()}"
