"""A row the reader added can be removed again: a worksheet group's row, a thought record's feeling
(with its re-rating in the last step) or thought. The rows the page starts with (the paper worksheet,
there without a script) have no Remove button. Removing is immediate, by keyboard too; focus goes to
the row before, the status line says what went, the rows after it move up (numbers, labels, the
pairing of feelings with their re-ratings), the draft keeps exactly the rows left, and so does a saved
entry."""

from __future__ import annotations

import pytest
from kit.axe import assert_no_violations_light_and_dark
from kit.reader import follow_link, tab_to, wait_for_engine
from kit.storage import draft_holds_js
from playwright.sync_api import Page, expect

URGES, RECORD = "steps/5-inner-peace/", "steps/4-challenging-thoughts/"
WS, TR = "#ex-urge-log", "#ex-thought-record"


def draft_settled(page: Page, words: str) -> None:
    """Wait until the tab's draft holds what was typed last and no save is waiting (drafts are kept
    400 ms after the last change), so from here only the removal itself can change the draft."""
    page.wait_for_function(f"(words) => {draft_holds_js()}", arg=words)
    page.wait_for_timeout(600)


def no_dialogs(page: Page) -> list[str]:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs


def test_a_worksheet_row_removed_by_keyboard_stays_removed_in_the_draft_and_the_journal(
        page: Page, site_url: str) -> None:
    dialogs = no_dialogs(page)
    page.goto(site_url + URGES)
    sheet = page.locator(".ex-worksheet")
    sheet.scroll_into_view_if_needed()  # the engine starts when the practice is near
    wait_for_engine(page)  # the status line then only changes when the page has something to say
    rows = sheet.locator("[data-rows=urges] > .ex-row")
    expect(sheet.locator(".ex-remove")).to_have_count(0)  # the row the page starts with stays
    page.fill(f"{WS}-urges-0-wanted", "Are we okay?")
    page.fill(f"{WS}-urges-0-urge_before", "80")
    for n, (wanted, before) in enumerate([("Do you still love me?", "70"), ("Are you angry?", "60")], 1):
        sheet.get_by_role("button", name="Add another time").click()
        page.fill(f"{WS}-urges-{n}-wanted", wanted)
        page.fill(f"{WS}-urges-{n}-urge_before", before)
    expect(rows).to_have_count(3)
    expect(sheet.get_by_role("button", name="Remove time 2")).to_have_count(1)
    expect(sheet.get_by_role("button", name="Remove time 3")).to_have_count(1)
    expect(rows.nth(0).locator(".ex-remove")).to_have_count(0)

    # The middle row, by keyboard: its Remove button follows its last field.
    page.focus(f"{WS}-urges-1-urge_after")
    page.keyboard.press("Tab")
    expect(sheet.get_by_role("button", name="Remove time 2")).to_be_focused()
    draft_settled(page, "Are you angry?")
    page.keyboard.press("Enter")
    expect(rows).to_have_count(2)
    expect(page.locator(f"{WS}-urges-0-wanted")).to_be_focused()  # the first field of the row before
    expect(sheet.locator(".ex-status-text")).to_have_text("Time 2 removed.")
    expect(sheet.locator(".ex-status")).to_have_attribute("aria-live", "polite")
    # The last row moved up: its number, names, ids and labels, and its own Remove button.
    expect(sheet.locator(".ex-row-title")).to_have_text(["Time 1", "Time 2"])
    expect(page.locator(f"{WS}-urges-1-wanted")).to_have_value("Are you angry?")
    expect(page.locator(f"{WS}-urges-1-urge_before")).to_have_value("60")
    expect(sheet.get_by_label("What did you want to hear?")).to_have_count(2)
    expect(page.locator(f"{WS}-urges-2-wanted")).to_have_count(0)
    expect(sheet.locator(".ex-remove")).to_have_count(1)
    expect(sheet.get_by_role("button", name="Remove time 2")).to_have_count(1)

    # The draft holds exactly the rows left.
    page.reload()
    expect(sheet.locator(".ex-draft-note")).to_have_text("We brought back what you were writing.")
    expect(rows).to_have_count(2)
    expect(page.locator(f"{WS}-urges-0-wanted")).to_have_value("Are we okay?")
    expect(page.locator(f"{WS}-urges-1-wanted")).to_have_value("Are you angry?")
    expect(page.locator(f"{WS}-urges-1-urge_before")).to_have_value("60")
    # A row a draft brought back can go too.
    expect(sheet.get_by_role("button", name="Remove time 2")).to_have_count(1)
    expect(rows.nth(0).locator(".ex-remove")).to_have_count(0)

    page.fill(f"{WS}-urges-0-urge_after", "45")
    page.fill(f"{WS}-urges-1-urge_after", "30")
    sheet.get_by_role("button", name="Save on this device").click()
    expect(sheet.locator(".ex-status")).to_contain_text("Saved on this device", timeout=90_000)
    follow_link(page, site_url + "journal/")
    entry = page.locator(".ex-entry")
    entry.get_by_role("button", name="Open").click()
    text = entry.locator(".ex-entry-text")
    expect(text).to_contain_text("What did you want to hear? Are you angry?", timeout=90_000)
    expect(text).to_contain_text("Time 2")
    expect(text).not_to_contain_text("Do you still love me?")
    expect(text).not_to_contain_text("Time 3")
    assert dialogs == []


def test_a_full_group_offers_add_again_once_a_row_goes(held_page: Page, site_url: str) -> None:
    page = held_page  # rows are the page's own script
    page.goto(site_url + URGES)
    sheet = page.locator(".ex-worksheet")
    expect(sheet).to_have_attribute("data-ready", "true")
    add = sheet.get_by_role("button", name="Add another time")
    for _ in range(9):
        add.click()
    expect(add).to_be_hidden()  # max_rows: 10
    sheet.get_by_role("button", name="Remove time 10").click()  # an empty row: no question either
    expect(add).to_be_visible()
    expect(page.locator(f"{WS}-urges-8-wanted")).to_be_focused()
    sheet.get_by_role("button", name="Remove time 4").click()
    expect(sheet.locator(".ex-row-title")).to_have_text([f"Time {n}" for n in range(1, 9)])
    expect(sheet.locator(".ex-remove")).to_have_count(7)
    for n in range(2, 9):
        expect(sheet.get_by_role("button", name=f"Remove time {n}")).to_have_count(1)
    # On paper, and without a script, there is nothing to remove.
    page.emulate_media(media="print")
    for button in sheet.locator(".ex-remove").all():
        expect(button).to_be_hidden()


def test_a_removed_feeling_takes_its_re_rating_and_the_rest_stay_paired(page: Page, site_url: str) -> None:
    dialogs = no_dialogs(page)
    page.goto(site_url + RECORD)
    record = page.locator(".ex-thought-record")
    record.scroll_into_view_if_needed()  # the engine starts when the practice is near
    wait_for_engine(page)
    feelings = record.locator("[data-rows=emotions] > .ex-row")
    rerated = record.locator("[data-rows=after] > .ex-row")
    expect(record.locator(".ex-remove")).to_have_count(0)  # three feelings and two thoughts on paper
    page.fill(f"{TR}-situation", "He went quiet after I asked about the weekend.")
    page.fill(f"{TR}-emotions-0-name", "anxious")
    page.fill(f"{TR}-emotions-0-before", "85")
    page.fill(f"{TR}-emotions-0-after", "40")
    add = record.get_by_role("button", name="Add another feeling")
    for n, (name, before, after) in enumerate([("sad", "60", "50"), ("angry", "45", "20")], 3):
        add.click()
        page.fill(f"{TR}-emotions-{n}-name", name)
        page.fill(f"{TR}-emotions-{n}-before", before)
        page.fill(f"{TR}-emotions-{n}-after", after)
    expect(feelings).to_have_count(5)
    expect(rerated).to_have_count(5)
    expect(rerated.locator(".ex-remove")).to_have_count(0)  # the feeling's button removes both

    page.focus(f"{TR}-emotions-3-before")
    page.keyboard.press("Tab")
    expect(record.get_by_role("button", name="Remove feeling 4")).to_be_focused()
    draft_settled(page, "angry")
    page.keyboard.press("Enter")
    expect(feelings).to_have_count(4)
    expect(rerated).to_have_count(4)
    expect(page.locator(f"{TR}-emotions-2-name")).to_be_focused()
    expect(record.locator(".ex-status-text")).to_have_text("Feeling 4 removed.")
    expect(page.locator(f"{TR}-emotions-3-name")).to_have_value("angry")
    expect(page.locator(f"{TR}-emotions-3-before")).to_have_value("45")
    expect(page.locator(f"{TR}-emotions-3-after")).to_have_value("20")
    expect(record.get_by_label("angry now (0 to 100)")).to_have_value("20")
    expect(record.get_by_label("How strong (0 to 100), feeling 4")).to_have_value("45")
    expect(record.get_by_label("Feeling 4", exact=True)).to_have_value("angry")
    expect(page.locator(f"{TR}-emotions-4-name")).to_have_count(0)
    expect(page.locator(f"{TR}-emotions-4-after")).to_have_count(0)
    expect(record.get_by_role("button", name="Remove feeling 4")).to_have_count(1)

    # Thoughts: the one marked as hurting most keeps its mark as it moves up; Space removes too.
    page.fill(f"{TR}-thoughts-0-text", "He is pulling away.")
    add_thought = record.get_by_role("button", name="Add another thought")
    for n, words in enumerate(["I said too much.", "He will leave me."], 2):
        add_thought.click()
        page.fill(f"{TR}-thoughts-{n}-text", words)
    record.get_by_label("Thought 4 hurts most").check()
    page.focus(f"{TR}-thoughts-2-text")
    tab_to(page, ".ex-remove[aria-label='Remove thought 3']", limit=3)  # past the mark, if it stops there
    draft_settled(page, "He will leave me.")
    page.keyboard.press("Space")
    expect(record.locator("[data-rows=thoughts] > .ex-row")).to_have_count(3)
    expect(page.locator(f"{TR}-thoughts-1-text")).to_be_focused()
    expect(record.locator(".ex-status-text")).to_have_text("Thought 3 removed.")
    expect(page.locator(f"{TR}-thoughts-2-text")).to_have_value("He will leave me.")
    expect(record.get_by_label("Thought 3 hurts most")).to_be_checked()

    page.reload()
    expect(record.locator(".ex-draft-note")).to_have_text("We brought back what you were writing.")
    expect(feelings).to_have_count(4)
    expect(rerated).to_have_count(4)
    values = [page.locator(f"{TR}-emotions-{n}-{part}").input_value()
              for n in range(4) for part in ("name", "before", "after")]
    assert values == ["anxious", "85", "40", "", "", "", "", "", "", "angry", "45", "20"]
    expect(record.get_by_label("angry now (0 to 100)")).to_have_value("20")
    expect(page.locator(f"{TR}-thoughts-2-text")).to_have_value("He will leave me.")
    expect(record.get_by_label("Thought 3 hurts most")).to_be_checked()
    expect(record.locator(".ex-remove")).to_have_count(2)

    record.get_by_role("button", name="Save on this device").click()
    expect(record.locator(".ex-status")).to_contain_text("Saved on this device", timeout=90_000)
    follow_link(page, site_url + "journal/")
    entry = page.locator(".ex-entry")
    entry.get_by_role("button", name="Open").click()
    text = entry.locator(".ex-entry-text")
    expect(text.locator("li").filter(has_text="before")).to_have_text(
        ["anxious: 85 before, 40 after (down 45 points)", "angry: 45 before, 20 after (down 25 points)"],
        timeout=90_000)
    expect(text).to_contain_text("He will leave me.")
    expect(text).not_to_contain_text("I said too much.")
    assert dialogs == []


def test_axe_with_rows_to_remove(held_page: Page, site_url: str) -> None:
    page = held_page  # rows are the page's own script
    page.emulate_media(reduced_motion="reduce")
    for path, add in ((URGES, "Add another time"), (RECORD, "Add another feeling"),
                      (RECORD, "Add another thought")):
        if page.url != site_url + path:
            page.goto(site_url + path)
            expect(page.locator("[data-exercise][data-ready]")).to_have_count(1)
        page.get_by_role("button", name=add).click()
        page.locator(".ex-remove").last.focus()  # checked with focus on it too
        assert_no_violations_light_and_dark(page, path)


CLEARING = {
    "worksheet": (URGES, ".ex-worksheet", ["Add another time"], ["urges"]),
    "thought record": (RECORD, ".ex-thought-record", ["Add another feeling", "Add another thought"],
                       ["emotions", "after", "thoughts"]),
}


@pytest.mark.parametrize("kind", CLEARING)
def test_clearing_the_form_brings_back_the_rows_it_started_with(held_page: Page, site_url: str,
                                                                kind: str) -> None:
    page = held_page  # rows and clearing are the page's own script
    path, selector, buttons, groups = CLEARING[kind]
    page.on("dialog", lambda d: d.accept())  # "Clear the form? ..." - yes
    page.goto(site_url + path)
    sheet = page.locator(selector)

    def counts() -> list[int]:
        return [sheet.locator(f"[data-rows={group}] > .ex-row").count() for group in groups]

    at_start = counts()
    # The form is in use as soon as it shows: a press before its module is in is held and made
    # when it is, so the reader types once the new row is there (and has focus).
    for name in buttons:
        rows = sheet.locator(".ex-row").count()
        sheet.get_by_role("button", name=name).click()
        page.wait_for_function("(n) => document.querySelectorAll('.ex-row').length > n", arg=rows)
        page.keyboard.type("typed in an added row")
    assert all(now > then for now, then in zip(counts(), at_start, strict=True)), counts()
    sheet.get_by_role("button", name="Clear the form").click()
    expect(sheet.locator(".ex-status-text")).to_have_text("The form is clear.")
    assert counts() == at_start
    expect(sheet.locator(".ex-remove")).to_have_count(0)
    typed = sheet.evaluate("(s) => [...s.querySelectorAll('input, textarea')].map((i) => i.value)")
    assert "typed in an added row" not in typed
