"""A reader who presses a form's button before its script has arrived (a slow phone) is answered
once the script is ready, not ignored: the press is held and made again."""

from __future__ import annotations

from kit.storage import ENTRY, saved_entries
from playwright.sync_api import Page, Route, expect

STEP4 = "steps/4-challenging-thoughts/"
STEP5 = "steps/5-inner-peace/"


def hold_module(page: Page, module: str) -> list[Route]:
    """Keep the kind's module on its way until the test lets it go."""
    held: list[Route] = []
    page.route(f"**/assets/exercises/kinds/{module}", lambda route: held.append(route))
    return held


def release(page: Page, held: list[Route]) -> None:
    for _ in range(300):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the module was never asked for"
    held[0].continue_()


def test_a_summary_asked_for_before_the_exercise_module_arrives_is_answered(
        page: Page, site_url: str) -> None:
    held = hold_module(page, "worksheet.js")
    page.goto(site_url + STEP5)
    page.fill("#ex-urge-log-urges-0-urge_before", "300")
    page.get_by_role("button", name="See my summary").click()
    release(page, held)
    assert page.url == site_url + STEP5, "the answers went into the address"
    error = page.locator("[data-error-for='urges.0.urge_before']")
    expect(error).to_be_visible(timeout=90_000)
    expect(error).to_have_text("Use a whole number from 0 to 100.")


def test_save_pressed_before_the_module_arrives_saves(page: Page, site_url: str) -> None:
    held = hold_module(page, "thought-record.js")
    page.goto(site_url + STEP4)
    page.fill("#ex-thought-record-situation", "Pressed Save on a slow phone.")
    page.get_by_role("button", name="Save on this device").click()
    page.get_by_role("button", name="Save on this device").click()  # an impatient second press
    release(page, held)
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text(
        "Saved on this device", timeout=90_000)
    [key] = saved_entries(page)  # two presses, one entry
    entry = page.evaluate("(key) => JSON.parse(localStorage.getItem(key))", key)
    assert key.startswith(ENTRY) and entry["data"]["situation"] == "Pressed Save on a slow phone."


def test_enter_in_a_one_line_box_before_the_module_arrives_moves_to_the_next_part(
        page: Page, site_url: str) -> None:
    # A worksheet that goes one part at a time: Enter in a box of a part means "next part", even when
    # it was pressed before the module had paged the form (it is not sent as a half-done form).
    held = hold_module(page, "worksheet.js")
    page.goto(site_url + "steps/1-self-compassion/")
    box = page.locator("#ex-self-compassion-break-hard")
    box.fill("He has not texted back all day.")
    box.press("Enter")
    release(page, held)
    legend = page.locator(".ex-step").nth(1).locator("legend")
    expect(legend).to_be_focused(timeout=90_000)
    expect(legend).to_have_text("Part 2 of 5: Notice")
    expect(page.locator(".ex-step").nth(0)).to_be_hidden()
    expect(page.locator(".ex-worksheet .ex-result")).to_be_hidden()
    expect(page.locator(".ex-worksheet .ex-form-error")).to_be_hidden()
    assert page.url == site_url + "steps/1-self-compassion/", "the answers went into the address"
    expect(box).to_have_value("He has not texted back all day.")
