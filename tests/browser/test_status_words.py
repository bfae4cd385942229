"""The status line under each exercise speaks of what the reader does there: a questionnaire is
answered and scored; a practice is written in, and nothing in it is scored."""

from __future__ import annotations

import re

import pytest
from kit.reader import wait_for_engine
from playwright.sync_api import BrowserContext, Page, Route, expect

IDLE = "Nothing you type is saved unless you choose to save it."
LOADING = "Getting the exercise tool ready. You can keep writing."
READY = "Ready. Nothing you type leaves this device."
PRACTICES = ["steps/1-self-compassion/", "steps/2-grounding/", "steps/3-communicating-openly/",
             "steps/4-challenging-thoughts/", "steps/5-inner-peace/"]


@pytest.fixture
def page(reused_page: Page) -> Page:
    """These tests save nothing and route nothing: a new page in the context kept between tests."""
    return reused_page


@pytest.mark.parametrize("path", PRACTICES)
def test_a_practice_says_what_happens_to_what_is_written(page: Page, site_url: str,
                                                         path: str) -> None:
    # Before any script runs (the engine starts when the practice comes near the screen, so this
    # state can be gone by the time a test looks): the page as built.
    assert IDLE in page.request.get(site_url + path).text()
    page.goto(site_url + path)
    status = page.locator("section.ex .ex-status-text").first
    expect(status).to_have_text(re.compile(f"^({re.escape(IDLE)}|{re.escape(LOADING)}|{re.escape(READY)})$"))
    page.locator("section.ex form input, section.ex form textarea").first.focus()  # starts the engine
    wait_for_engine(page)
    expect(status).to_have_text(READY)
    assert "scor" not in status.inner_text() and "answer" not in status.inner_text()


def test_the_questionnaire_speaks_of_answers_and_scores(page: Page, site_url: str) -> None:
    assert "You can start answering now. Your answers stay on this device." in page.request.get(
        site_url + "questionnaire/").text()
    page.goto(site_url + "questionnaire/")
    status = page.locator("section.ex .ex-status-text")
    page.locator("fieldset[data-item] label").first.click()
    wait_for_engine(page)
    expect(status).to_have_text("Ready. Your answers are scored here on this device.")


def test_what_a_press_did_is_not_talked_over_when_the_tool_becomes_ready(
        context: BrowserContext, site_url: str) -> None:
    """A reader clears a thought record while Python is still on its way: "The form is clear." stays
    on the status line when the tool becomes ready a moment later (a reader looking away and back, or
    a screen reader, would otherwise meet "Ready" and not know whether the press worked)."""
    held: list[Route] = []
    released = False

    def hold(route: Route) -> None:
        if released:
            route.continue_()
        else:
            held.append(route)

    context.route("**/assets/pyodide/**", hold)
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())  # "Clear the form? ..." - yes
    page.goto(site_url + "steps/4-challenging-thoughts/")
    sheet = page.locator(".ex-thought-record")
    status = sheet.locator(".ex-status-text")
    sheet.locator("textarea").first.fill("typed before Python arrived")
    expect(status).to_have_text(LOADING)
    sheet.get_by_role("button", name="Clear the form").click()
    expect(status).to_have_text("The form is clear.")
    released = True
    for route in held:
        route.continue_()
    wait_for_engine(page)
    expect(sheet.locator(".ex-status")).to_have_attribute("data-state", "ready")
    expect(status).to_have_text("The form is clear.")
