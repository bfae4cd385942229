"""axe finds no accessibility violation on any page, light and dark, nor in the exercises' states."""

from __future__ import annotations

import pytest
from kit.axe import assert_no_violations, assert_no_violations_light_and_dark
from kit.pages import PAGES, STATIC
from kit.reader import SAVE_DATA, answer_all, follow_link
from playwright.sync_api import Page, expect

SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's palette
# A phone (most readers: the menu in a drawer, tables scrolling sideways, small tap targets) and a
# laptop (the navigation and contents sidebars shown, in their own colours).
WIDTHS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}


# Every page of the site (tests/kit/pages.py; the crawl checks the list against the sitemap and links),
# in each colour scheme at each width. The page is loaded once per scheme (the theme picks it as the
# page loads); the width then changes as a turned phone would, and axe checks each of the four.
# Each page is seen as it loads, before any exercise is touched: the engine is left unstarted (as
# for a reader who asks to save data) rather than booting Python beside axe, twice per page, only
# to be dropped at the next load. The exercises' later states have their own axe tests below.
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_every_page(reused_page: Page, our_site_url: str, path: str) -> None:
    site_url = our_site_url
    page = reused_page  # opens one page and changes nothing: no fresh context needed
    page.add_init_script(SAVE_DATA)
    for scheme, widths in (("light", ["phone", "laptop"]), ("dark", ["laptop", "phone"])):
        page.set_viewport_size(WIDTHS[widths[0]])
        page.emulate_media(color_scheme=scheme)
        page.goto(site_url + path)
        # The theme really follows the reader's setting (else "dark" would test the light colours again).
        if path not in STATIC:
            expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
        for width in widths:
            page.set_viewport_size(WIDTHS[width])
            assert_no_violations(page, f"/{path} ({scheme}, {width})")


# The exercises' states, each in the light and the dark colours (the theme's toggle between the two).
def test_questionnaire_in_every_state(page: Page, site_url: str, attachment: dict) -> None:
    page.goto(site_url + "questionnaire/")
    assert_no_violations_light_and_dark(page, "questionnaire, empty")
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-error-summary")).to_be_visible(timeout=90_000)
    assert_no_violations_light_and_dark(page, "questionnaire, with unanswered questions")
    answer_all(page, {item["id"]: 1 + n % 7 for n, item in enumerate(attachment["items"])})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-result")).to_be_visible()
    assert_no_violations_light_and_dark(page, "questionnaire, with a result")


def test_thought_record_and_journal(page: Page, site_url: str) -> None:
    page.goto(site_url + "steps/4-challenging-thoughts/")
    assert_no_violations_light_and_dark(page, "thought record, empty")
    page.fill("#ex-thought-record-thoughts-0-text", "He never calls. I want to die.")
    page.fill("#ex-thought-record-emotions-0-name", "sad")
    page.fill("#ex-thought-record-emotions-0-before", "900")
    page.get_by_role("button", name="See my summary").click()
    expect(page.locator("[data-error-for='emotions.0.before']")).to_be_visible(timeout=90_000)
    assert_no_violations_light_and_dark(page, "thought record, with an error")
    page.fill("#ex-thought-record-emotions-0-before", "80")
    page.get_by_role("button", name="See my summary").click()
    expect(page.locator(".ex-thought-record .ex-result")).to_be_visible()
    expect(page.locator(".ex-crisis")).to_be_visible()
    assert_no_violations_light_and_dark(page, "thought record, with a summary and the help banner")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("Saved on this device")
    follow_link(page, site_url + "journal/")  # as a reader would: the engine keeps running
    page.get_by_role("button", name="Open").click()
    expect(page.locator(".ex-entry-text")).to_be_visible(timeout=90_000)
    page.get_by_role("button", name="Delete everything saved on this device").click()
    assert_no_violations_light_and_dark(page, "journal, with an entry open and the delete question")
