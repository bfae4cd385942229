"""A reader who presses a form's button, or chooses a file, before its script has arrived (a slow
phone) is answered once the script is ready, not ignored: the press or the choice is held and made
again. A script that never arrives is said, with what became of the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kit.reader import follow_link, hold_python_back
from kit.samples import entry
from kit.storage import ENTRY, SITE_ID, save_entry, saved_entries
from playwright.sync_api import Page, Route, expect

STEP4 = "steps/4-challenging-thoughts/"
STEP5 = "steps/5-inner-peace/"
JOURNAL = "journal/"
PASSPHRASE = "slow tide, warm tea"
# The journal is exported in the test's own browser first, where its engine would install the site's
# service worker, which then serves the journal's script from its cache, out of the route's reach.
EXPORTS_FIRST = pytest.mark.browser_context_args(service_workers="block")
ENTRIES = [entry(id="e-early-1", title="Chose the file before the page was ready.",
                 page="/steps/4-challenging-thoughts/", data={"situation": "A slow phone."}),
           entry(id="e-early-2", title="A second entry, from the same file.",
                 page="/steps/4-challenging-thoughts/", data={"situation": "Still slow."})]


def hold_module(page: Page, module: str) -> list[Route]:
    """Keep the kind's module on its way until the test lets it go."""
    held: list[Route] = []
    page.route(f"**/assets/exercises/kinds/{module}", lambda route: held.append(route))
    return held


def asked_for(page: Page, held: list[Route]) -> Route:
    """The held module, once the page has asked for it."""
    for _ in range(300):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the module was never asked for"
    return held[0]


def release(page: Page, held: list[Route]) -> None:
    asked_for(page, held).continue_()


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


def test_a_press_on_a_page_swapped_in_before_its_module_arrives_is_answered(
        page: Page, site_url: str) -> None:
    # Material's instant navigation swaps the page in without loading a new document: the press is
    # held by the same listeners, for the form that came in with the page.
    page.goto(site_url + "about/")  # no exercise: no kind's module loaded yet
    held = hold_module(page, "worksheet.js")
    follow_link(page, site_url + STEP5)
    page.fill("#ex-urge-log-urges-0-urge_before", "300")
    page.get_by_role("button", name="See my summary").click()
    asked_for(page, held)
    assert page.locator(".ex-worksheet").first.get_attribute("data-ready") is None, "pressed too late"
    release(page, held)
    error = page.locator("[data-error-for='urges.0.urge_before']")
    expect(error).to_be_visible(timeout=90_000)
    expect(error).to_have_text("Use a whole number from 0 to 100.")
    assert page.url == site_url + STEP5, "the answers went into the address"


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


def export_journal(page: Page, site_url: str, entries: list[dict], where: Path, locked: bool = False) -> Path:
    """A journal of ENTRIES exported by the journal page, as a reader does (locked with PASSPHRASE
    when LOCKED), into WHERE; the page's storage is emptied after, as on another device."""
    page.goto(site_url + JOURNAL)
    for saved in entries:
        save_entry(page, saved)
    page.reload()
    journal = page.locator(".ex-journal")
    expect(journal.locator(".ex-entry")).to_have_count(len(entries))
    with page.expect_download(timeout=90_000) as download:
        if locked:
            journal.get_by_role("button", name="Export, locked with a passphrase").click()
            journal.get_by_label("Passphrase (at least 12 characters)", exact=True).fill(PASSPHRASE)
            journal.get_by_label("The same passphrase again").fill(PASSPHRASE)
            journal.get_by_role("button", name="Export the locked file").click()
        else:
            journal.get_by_role("button", name="Export (JSON, can be imported)").click()
    download.value.save_as(where)
    page.evaluate("() => localStorage.clear()")
    return where


def choose_before_the_journal_arrives(page: Page, site_url: str, file: Path) -> None:
    """Open the journal with its script held back, choose FILE in its import, then let the script in."""
    held = hold_module(page, "journal.js")
    page.goto(site_url + JOURNAL)
    page.set_input_files(".ex-import-file", str(file))
    assert page.locator(".ex-journal").get_attribute("data-ready") is None  # chosen before it was ready
    release(page, held)


@EXPORTS_FIRST
def test_a_journal_file_chosen_before_the_journal_script_arrives_is_imported(
        page: Page, site_url: str, tmp_path: Path) -> None:
    exported = export_journal(page, site_url, ENTRIES, tmp_path / "journal.json")
    assert json.loads(exported.read_text())["format"] == "exercises-journal"
    choose_before_the_journal_arrives(page, site_url, exported)
    journal = page.locator(".ex-journal")
    expect(journal.locator(".ex-status")).to_have_text("Imported 2 entries.", timeout=90_000)
    titles = journal.locator(".ex-entry-title")
    expect(titles).to_have_count(2)
    assert sorted(titles.all_inner_texts()) == sorted(e["title"] for e in ENTRIES)
    assert sorted(saved_entries(page)) == [ENTRY + "e-early-1", ENTRY + "e-early-2"]
    # As after a choice made once it was ready: the import is emptied, to choose the next file.
    assert page.eval_on_selector(".ex-import-file", "(input) => input.files.length") == 0


@EXPORTS_FIRST
def test_a_locked_file_chosen_before_the_journal_script_arrives_asks_for_its_passphrase(
        page: Page, site_url: str, tmp_path: Path) -> None:
    locked = export_journal(page, site_url, ENTRIES[:1], tmp_path / "locked.json", locked=True)
    assert json.loads(locked.read_text())["format"] == "exercises-journal-locked"
    choose_before_the_journal_arrives(page, site_url, locked)
    journal = page.locator(".ex-journal")
    passphrase = journal.get_by_label("Passphrase", exact=True)
    expect(passphrase).to_be_focused(timeout=90_000)
    assert saved_entries(page) == []  # nothing before the passphrase
    passphrase.fill(PASSPHRASE)
    journal.get_by_role("button", name="Open and import").click()
    expect(journal.locator(".ex-status")).to_have_text("Imported 1 entry.", timeout=90_000)
    expect(journal.locator(".ex-entry-title")).to_have_text(ENTRIES[0]["title"])
    expect(journal.locator(".ex-lock-import")).to_be_hidden()


def test_a_file_chosen_where_the_script_never_arrives_is_not_opened_and_the_reader_is_told(
        page: Page, site_url: str, tmp_path: Path) -> None:
    file = tmp_path / "journal.json"
    file.write_text(json.dumps({"format": "exercises-journal", "version": 1, "site": SITE_ID,
                                "exported": "2026-12-01T00:00:00Z", "entries": ENTRIES}))
    journal = page.locator(".ex-journal")
    status = journal.locator(".ex-status")
    not_opened = ("The file you chose was not opened: this part of the page could not start. Reload the page "
                  "and choose the file again.")
    # Nothing here needs Python, and once ready its engine would install the site's service worker,
    # which then serves the journal's script from its cache, out of the route's reach below (seen in
    # a make test run on a loaded machine: the reloaded journal mounted): Python is held back.
    hold_python_back(page)
    # Chosen while the script was on its way, and then the script failed.
    held = hold_module(page, "journal.js")
    page.goto(site_url + JOURNAL)
    page.set_input_files(".ex-import-file", str(file))
    asked_for(page, held).abort()
    expect(journal).to_have_attribute("data-mounted", "failed")
    expect(status).to_have_text(not_opened)
    assert page.eval_on_selector(".ex-import-file", "(input) => input.files.length") == 0  # let go
    # Chosen after the script failed: the page first says it could not start, then what became of the file.
    page.unroute("**/assets/exercises/kinds/journal.js")
    page.route("**/assets/exercises/kinds/journal.js", lambda route: route.abort())
    page.reload()
    expect(journal).to_have_attribute("data-mounted", "failed")
    expect(status).to_have_text("This exercise could not start. Reload the page to try again.")
    page.set_input_files(".ex-import-file", str(file))
    expect(status).to_have_text(not_opened)
    assert page.eval_on_selector(".ex-import-file", "(input) => input.files.length") == 0
    assert saved_entries(page) == []
