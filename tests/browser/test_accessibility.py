"""axe finds no accessibility violation on lessons and on the questionnaire in each state."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from reader import answer_all

AXE = Axe()


def assert_no_violations(page: Page, where: str) -> None:
    results = AXE.run(page)
    assert results.violations_count == 0, f"{where}:\n{results.generate_report()}"


@pytest.mark.parametrize("path", ["", "understanding/", "steps/1-self-compassion/", "get-help/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_lesson_pages(page: Page, site_url: str, path: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + path)
    assert_no_violations(page, f"/{path} ({scheme})")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_questionnaire_in_every_state(page: Page, site_url: str, attachment: dict, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "questionnaire/")
    assert_no_violations(page, "questionnaire, empty")
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-error-summary")).to_be_visible(timeout=90_000)
    assert_no_violations(page, "questionnaire, with unanswered questions")
    answer_all(page, {item["id"]: 1 + n % 7 for n, item in enumerate(attachment["items"])})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-result")).to_be_visible()
    assert_no_violations(page, "questionnaire, with a result")
