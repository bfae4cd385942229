"""The message builder (step 3) and a reader who is afraid: a boundary is kept in the reader's own
words, never called a demand or softened, and a note points to the relationship-safety page."""

from __future__ import annotations

from playwright.sync_api import Page, expect

STEP3 = "steps/3-communicating-openly/"
UID = "#ex-open-message"


def test_a_boundary_written_in_fear_is_kept_and_the_safety_page_is_offered(page: Page, site_url: str) -> None:
    page.goto(site_url + STEP3)
    page.fill(f"{UID}-feel", "scared")
    page.fill(f"{UID}-ask", "you need to stop checking my phone")
    page.locator(".ex-worksheet").get_by_role("button", name="See my summary").click()
    result = page.locator(".ex-worksheet .ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result.locator(".ex-draft")).to_have_text("I feel scared. You need to stop checking my phone.")
    expect(result.locator(".ex-notes li")).to_have_count(0)
    expect(result).not_to_contain_text("demand")
    expect(result).not_to_contain_text("Would you be willing")
    note = result.locator(".ex-safety-note")
    expect(note).to_contain_text("If you are afraid of how they will react, your safety comes first.")
    link = note.get_by_role("link", name="Is it worry, or is something wrong?")
    assert link.evaluate("a => a.href") == site_url + "relationship-safety/"
    link.click()
    expect(page).to_have_url(site_url + "relationship-safety/")


def test_without_fear_the_usual_notes_and_no_safety_note(page: Page, site_url: str) -> None:
    page.goto(site_url + STEP3)
    page.fill(f"{UID}-feel", "hurt")
    page.fill(f"{UID}-ask", "You have to call me tonight")
    page.locator(".ex-worksheet").get_by_role("button", name="See my summary").click()
    result = page.locator(".ex-worksheet .ex-result")
    expect(result.locator(".ex-draft")).to_have_text("I feel hurt. Would you be willing to call me tonight?",
                                                     timeout=90_000)
    expect(result.locator(".ex-notes li")).to_have_count(1)
    expect(result.locator(".ex-safety-note")).to_have_count(0)
