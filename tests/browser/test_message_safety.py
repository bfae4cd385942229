"""The message builder (step 3) in the page: the reader's words are kept as written; a softer way to
ask is a real button that shows it (announced, by keyboard too) and never replaces them; a boundary,
fear or a partner's violence gets no such offer, and a note points to the relationship-safety page.
One page and one engine for every case (the engine's answer is what is being tested)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kit.axe import assert_no_violations
from kit.reader import wait_for_engine
from playwright.sync_api import BrowserContext, Page, expect

STEP3 = "steps/3-communicating-openly/"
UID = "#ex-open-message"


@pytest.fixture(scope="module")
def step3(reused_context: BrowserContext, site_url: str) -> Iterator[Page]:
    page = reused_context.new_page()
    page.goto(site_url + STEP3)
    page.locator(".ex-worksheet").scroll_into_view_if_needed()  # the engine starts when it is near
    wait_for_engine(page)
    yield page
    page.close()


def summary(page: Page, **boxes: str):
    for name in ("happened", "feel", "need", "ask"):
        page.fill(f"{UID}-{name}", boxes.get(name, ""))
    page.locator(".ex-worksheet").get_by_role("button", name="See my summary").click()
    result = page.locator(".ex-worksheet .ex-result")
    expect(result).to_be_visible()
    return result


def test_a_demand_is_kept_and_the_softer_way_is_a_choice_shown_by_a_button(step3: Page) -> None:
    result = summary(step3, feel="hurt", ask="You have to call me tonight")
    expect(result.locator(".ex-draft")).to_have_text([
        "I feel hurt. You have to call me tonight.", "I feel hurt. Would you be willing to call me tonight?"])
    offer = result.locator(".ex-softer")
    expect(offer.locator(".ex-softer-intro")).to_have_text("If you want, here is a softer way to ask.")
    toggle = offer.locator("button.ex-softer-toggle")
    expect(toggle).to_have_accessible_name("Show a softer way to ask")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(offer.locator(".ex-softer-body")).to_be_hidden()
    status = step3.locator(".ex-worksheet .ex-status")
    # By keyboard: focus the button, Enter shows the softer way, and the status line says so.
    toggle.focus()
    step3.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_have_accessible_name("Hide the softer way to ask")
    expect(offer.locator(".ex-softer-body")).to_be_visible()
    expect(offer.locator(".ex-softer-note")).to_have_text(
        "It is only an idea. Your own words are fine to keep.")
    expect(status).to_contain_text(
        "A softer way to ask is shown below your message. Your own words have not changed.")
    expect(result.locator(".ex-draft").first).to_have_text("I feel hurt. You have to call me tonight.")
    assert_no_violations(step3, "message builder, the softer way to ask shown")
    offer.get_by_role("button", name="Copy this version").click()
    expect(status).to_contain_text("Nothing was sent")
    toggle.focus()
    step3.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(offer.locator(".ex-softer-body")).to_be_hidden()
    expect(status).to_contain_text("The softer way to ask is hidden.")


@pytest.mark.parametrize("boxes", [
    {"feel": "scared", "ask": "you need to stop checking my phone"},
    {"happened": "he grabbed my arm when I was late", "feel": "hurt", "ask": "text me if plans change"},
])
def test_fear_or_a_partners_violence_gets_no_offer_and_the_safety_page(step3: Page, site_url: str,
                                                                         boxes: dict[str, str]) -> None:
    result = summary(step3, **boxes)
    draft = result.locator(".ex-draft")
    expect(draft).to_have_count(1)
    expect(draft).to_contain_text(boxes["ask"][1:] + ".")
    expect(result.locator(".ex-softer")).to_have_count(0)
    expect(result.locator(".ex-notes li")).to_have_count(0)
    expect(result).not_to_contain_text("Would you be willing")
    expect(result).not_to_contain_text("demand")
    note = result.locator(".ex-safety-note")
    expect(note).to_contain_text("If you are afraid of how they will react, your safety comes first.")
    link = note.get_by_role("link", name="Is it worry, or is something wrong?")
    assert link.evaluate("a => a.href") == site_url + "relationship-safety/"


def test_a_boundary_is_kept_and_called_a_boundary(step3: Page, site_url: str) -> None:
    result = summary(step3, feel="tired", ask="Don't call me after midnight")
    expect(result.locator(".ex-draft")).to_have_text("I feel tired. Don't call me after midnight.")
    expect(result.locator(".ex-softer")).to_have_count(0)
    expect(result.locator(".ex-feedback-text")).to_have_text(
        "Here is your message, in your own words. Nothing is sent anywhere. A clear \u201cstop\u201d or "
        "\u201cdon\u2019t\u201d is a boundary. It does not need softer words.")
    # Last, as it leaves the page: the safety link of an earlier case works for real.
    summary(step3, feel="scared", ask="stop")
    step3.locator(".ex-safety-note").get_by_role("link", name="Is it worry, or is something wrong?").click()
    expect(step3).to_have_url(site_url + "relationship-safety/")
