"""A reader who presses a form's button before its script has arrived (a slow phone) is answered
once the script is ready, not ignored: the press is held and made again."""

from __future__ import annotations

from playwright.sync_api import Page, Route, expect

STEP5 = "steps/5-inner-peace/"


def test_a_summary_asked_for_before_the_exercise_module_arrives_is_answered(
        page: Page, site_url: str) -> None:
    held: list[Route] = []
    page.route("**/assets/exercises/kinds/worksheet.js", lambda route: held.append(route))  # it waits
    page.goto(site_url + STEP5)
    page.fill("#ex-urge-log-urges-0-urge_before", "300")
    page.get_by_role("button", name="See my summary").click()
    for _ in range(300):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the worksheet's module was never asked for"
    assert page.url == site_url + STEP5, "the answers went into the address"
    held[0].continue_()
    error = page.locator("[data-error-for='urges.0.urge_before']")
    expect(error).to_be_visible(timeout=90_000)
    expect(error).to_have_text("Use a whole number from 0 to 100.")
