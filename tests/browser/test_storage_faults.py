"""Storage the reader's browser breaks: a corrupt draft, a corrupt saved entry, a full store.

tests/browser/test_thought_record_and_journal.py covers storage turned off, a full store when saving
and a corrupt entry in the list. Here: a draft in sessionStorage that is not what the page wrote
(on every kind that keeps drafts), and that export and download still work when storage is corrupt
or full. In each case: a message or a quiet fallback, nothing thrown, nothing the reader typed lost.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kit.reader import wait_for_engine
from kit.samples import entry as journal_entry
from kit.storage import DRAFT, ENTRY, draft_holds_js, put, save_entry
from playwright.sync_api import Page, expect

LESSON = "steps/4-challenging-thoughts/"
UID = "#ex-thought-record"
# Pages whose exercises keep drafts: a thought record and worksheets (one with repeatable rows).
DRAFT_PAGES = [LESSON, "steps/1-self-compassion/", "steps/5-inner-peace/"]
CORRUPT = {
    "not JSON": "{not json",
    "a text": json.dumps("just text"),
    "a list": json.dumps([1, 2]),
    "wrong top types": json.dumps({"entry": 5, "answers": 5, "editing": "x"}),
    "wrong inner types": json.dumps({
        "entry": {"emotions": 5, "thoughts": {"a": 1}, "situation": 7, "traps": 3, "balanced_belief": []},
        "answers": {"calm_before": {"x": 1}, "urges": 5, "did": "Tea", "mood": [1]},
        "editing": {"id": 5}}),
}


def our_errors(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror",
            lambda e: errors.append(e.stack or str(e)) if "/assets/exercises/" in (e.stack or "") else None)
    return errors


@pytest.mark.parametrize("corrupt", CORRUPT, ids=list(CORRUPT))
@pytest.mark.parametrize("path", DRAFT_PAGES)
def test_a_corrupt_draft_never_stops_the_exercise(held_page: Page, site_url: str, path: str,
                                                  corrupt: str) -> None:
    # Drafts are the page's own script: Python is held back (three loads of the page, no start).
    page = held_page
    errors = our_errors(page)
    page.goto(site_url + path)
    page.wait_for_selector("[data-exercise][data-ready=true]")
    page.evaluate("""([value, prefix]) => {
        for (const s of document.querySelectorAll('[data-exercise]')) {
          const kind = s.dataset.exercise;
          sessionStorage.setItem(`${prefix}${kind}:${location.pathname}:${s.dataset.exerciseId}`, value);
        }}""", [CORRUPT[corrupt], DRAFT])
    page.reload()
    section = page.locator("[data-exercise]").first
    expect(section).to_have_attribute("data-ready", "true")
    expect(section).not_to_have_attribute("data-mounted", "failed")
    expect(section).not_to_contain_text("could not start")
    # The reader can still type, and what they type is kept as a good draft again.
    box = section.locator("textarea:visible, input[type=text]:visible").first
    box.fill("Typed after a bad draft.")
    page.wait_for_function(f"(words) => {draft_holds_js()}", arg="Typed after a bad draft.")
    page.reload()
    expect(page.locator("[data-exercise]").first.locator("textarea:visible, input[type=text]:visible").first
           ).to_have_value("Typed after a bad draft.")
    assert errors == [], errors


def test_a_corrupt_saved_entry_does_not_stop_the_export(page: Page, site_url: str, tmp_path: Path) -> None:
    errors = our_errors(page)
    page.goto(site_url + "journal/")
    good = journal_entry("g1", title="Readable", data={"situation": "fine"})
    save_entry(page, good)
    put(page, ENTRY + "bad", "{not json")
    save_entry(page, {"id": 7, "data": "x"}, key="odd")
    page.reload()
    expect(page.locator(".ex-journal .ex-status")).to_contain_text("2 saved entries could not be read")
    wait_for_engine(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export (JSON, can be imported)").click()
    exported = json.loads(Path(download.value.path()).read_text())
    assert [e["title"] for e in exported["entries"]] == ["Readable"]
    expect(page.locator(".ex-journal .ex-status")).to_have_text("Exported 1 entry to a file on this device.")
    assert errors == [], errors


def test_full_storage_still_lets_the_reader_download_a_copy(page: Page, site_url: str) -> None:
    page.add_init_script("""
        const real = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          // The probe that checks storage is there still fits; nothing else does.
          if (String(key).endsWith(':probe')) return real.call(this, key, value);
          throw new DOMException('full', 'QuotaExceededError');
        };""")
    errors = our_errors(page)
    page.goto(site_url + LESSON)
    page.fill(f"{UID}-situation", "Nowhere to keep this, but I can take it with me.")
    page.get_by_role("button", name="Save on this device").click()
    status = page.locator(".ex-thought-record .ex-status")
    expect(status).to_contain_text("There is no room left to save", timeout=90_000)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download a copy").click()
    assert "Nowhere to keep this" in Path(download.value.path()).read_text()
    expect(page.locator(f"{UID}-situation")).to_have_value("Nowhere to keep this, but I can take it with me.")
    assert errors == [], errors
