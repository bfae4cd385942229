"""The questionnaire and the journal, done with the keyboard alone: Tab, arrows, Space and Enter.

No click, no fill, no focus() from the test: every step is a key press, so a control that only a
mouse could reach, or a step that drops focus on the floor, fails here. (The thought record has its
own keyboard test in test_thought_record_and_journal.py.)
"""

from __future__ import annotations

import json
from pathlib import Path

from kit.reader import tab_to, wait_for_engine
from kit.samples import entry as journal_entry
from kit.storage import JOURNAL, keys, save_entry_before_load
from kit.watch import Watch, origin_of
from playwright.sync_api import Page, expect

FOCUSED_INSIDE = "(selector) => document.activeElement?.closest(selector) !== null"


def choose_by_keyboard(page: Page, point: int) -> None:
    """In a radio group the focus has just entered (nothing chosen yet): choose POINT (1 is first)."""
    page.keyboard.press("Space")  # chooses the focused (first) option
    for _ in range(point - 1):
        page.keyboard.press("ArrowRight")  # moves to and chooses the next option


def test_the_questionnaire_by_keyboard_alone(page: Page, site_url: str, attachment: dict) -> None:
    watch = Watch(page.context, origin_of(site_url))  # and nothing refused or failing on the way
    page.goto(site_url + "questionnaire/")
    items = attachment["items"]
    form = "#ex-attachment-form"
    points = {item["id"]: 6 if item["subscale"] == "anxiety" else 2 for item in items}
    # The first three questions are passed by (more than the two skips a subscale allows), so the
    # form must say so and lead back to them.
    tab_to(page, f"fieldset[data-item='{items[3]['id']}'] input")
    for n, item in enumerate(items[3:], start=3):
        expect(page.locator(f"fieldset[data-item='{item['id']}'] input").first).to_be_focused()
        choose_by_keyboard(page, points[item["id"]])
        if n < len(items) - 1:
            page.keyboard.press("Tab")  # out of this group, into the next one's first option
    tab_to(page, f"{form} button[type=submit]")
    page.keyboard.press("Enter")
    summary = page.locator(".ex-error-summary")
    expect(summary).to_be_focused(timeout=90_000)
    expect(summary.locator("li")).to_have_count(3)
    tab_to(page, ".ex-error-summary li a")
    page.keyboard.press("Enter")
    first = page.locator(f"fieldset[data-item='{items[0]['id']}']")
    expect(first.locator("input").first).to_be_focused()
    choose_by_keyboard(page, points[items[0]["id"]])
    expect(first.locator(f"input[value='{points[items[0]['id']]}']")).to_be_checked()
    tab_to(page, f"{form} button[type=submit]")
    page.keyboard.press("Enter")
    result = page.locator(".ex-result")
    expect(result).to_be_visible()
    expect(page.locator(".ex-result-note")).to_contain_text("You skipped 2 questions")
    # Worry from the 14 answered worry questions (the second and third, skipped, are not
    # reverse-keyed): 8 x 6 + 6 x (8 - 6) = 60; 60 / 14 = 4.286 -> 4.3. Discomfort as in
    # test_questionnaire.py.
    answered = [i["id"] for i in items if i["subscale"] == "anxiety" and i["id"] not in
                (items[1]["id"], items[2]["id"])]
    worry = sum(8 - points[i] if i in attachment["reverse_keyed"] else points[i] for i in answered)
    assert (worry, len(answered)) == (60, 14), "the definition changed: redo the hand computation"
    expect(result.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.3")
    expect(result.locator("dd[data-subscale=avoidance] .ex-score-value")).to_have_text("3.4")
    # Focus went to the result (a screen reader hears it) or stayed in the form, never lost.
    assert page.evaluate(FOCUSED_INSIDE, "[data-exercise=questionnaire]")
    assert watch.problems(page) == []
    # The reading's link to a lesson is reachable and followed with Enter.
    tab_to(page, ".ex-region:not([hidden]) a[href]")
    target = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    expect(page).to_have_url(target)


ENTRY = journal_entry("k1", title="Keyboard entry", data={"situation": "Typed with keys only."})


def test_the_journal_by_keyboard_alone(page: Page, site_url: str, tmp_path: Path) -> None:
    watch = Watch(page.context, origin_of(site_url))
    # Set-up, not a reader's step: one entry saved earlier.
    save_entry_before_load(page, ENTRY)
    page.goto(site_url + "journal/")
    wait_for_engine(page)
    entry = page.locator(".ex-entry")
    expect(entry.locator(".ex-entry-title")).to_have_text("Keyboard entry")

    tab_to(page, ".ex-entry button[aria-expanded]")
    page.keyboard.press("Enter")
    expect(entry.locator(".ex-entry-text")).to_contain_text("Typed with keys only.")
    expect(entry.get_by_role("button", name="Close")).to_be_focused()

    tab_to(page, ".ex-export[data-format=json]")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    saved = tmp_path / "journal.json"
    download.value.save_as(saved)
    assert [e["title"] for e in json.loads(saved.read_text())["entries"]] == ["Keyboard entry"]

    # Delete everything: the question takes focus on its safe answer; Space keeps the entries.
    tab_to(page, ".ex-delete-all")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="No, keep them")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator(".ex-delete-all")).to_be_focused()
    expect(entry).to_have_count(1)
    page.keyboard.press("Enter")
    tab_to(page, ".ex-confirm-yes")
    page.keyboard.press("Enter")
    expect(page.locator(".ex-entry")).to_have_count(0)
    expect(page.locator(".ex-journal .ex-status")).to_contain_text("Everything this site saved")
    assert not keys(page, "localStorage", JOURNAL)
    # Focus stays in the journal (not thrown back to the top of the page), so the next Tab continues.
    assert page.evaluate(FOCUSED_INSIDE, "[data-exercise=journal]"), page.evaluate(
        "document.activeElement.outerHTML.slice(0, 120)")
    assert watch.problems(page) == []


HOLD_CACHE_KEYS = """
window.heldCacheCalls = [];
let holding = true;
const keysOf = CacheStorage.prototype.keys;
CacheStorage.prototype.keys = function () {
  if (!holding) return keysOf.call(this);
  return new Promise((resolve) => window.heldCacheCalls.push(resolve)).then(() => keysOf.call(this));
};
window.letCachesGo = () => {
  holding = false;
  window.heldCacheCalls.splice(0).forEach((resolve) => resolve());
};
"""


def test_deleting_everything_leaves_focus_where_the_reader_moved_while_it_finished(
        held_page: Page, site_url: str) -> None:
    page = held_page  # deleting everything is the page's own script: Python is held back
    # Set-up, not a reader's step: one entry saved earlier, and clearing the caches held back, as on a
    # slow device, so the reader can move on before "Delete everything" has finished.
    save_entry_before_load(page, ENTRY)
    page.add_init_script(HOLD_CACHE_KEYS)
    page.goto(site_url + "journal/")
    expect(page.locator(".ex-entry")).to_have_count(1)
    tab_to(page, ".ex-delete-all")
    page.keyboard.press("Enter")
    tab_to(page, ".ex-confirm-yes")
    page.keyboard.press("Enter")
    # The entries are gone and the caches are being cleared (the page's other readers of the caches,
    # such as the offline box's sizes, are held too, so the entries' absence says which step this is).
    page.wait_for_function("() => window.heldCacheCalls.length > 0 && !Object.keys(localStorage)"
                           ".some((k) => k.includes(':journal:'))")
    tab_to(page, ".ex-print-all")  # the reader moves on
    page.evaluate("() => window.letCachesGo()")
    expect(page.locator(".ex-journal .ex-status")).to_contain_text("Everything this site saved")
    expect(page.locator(".ex-print-all")).to_be_focused()
