"""A reader works through a thought record, saves it only if they choose, and manages the journal.
The record follows the lesson's steps (belief in the hot thought rated before and after, traps named
in step 5), and words about a partner who checks on, frightens or hurts the reader are met with the
safety note, never with a thinking trap."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from kit.reader import follow_link, tab_to, wait_for_engine
from kit.samples import entry as journal_entry
from kit.storage import ENTRY, JOURNAL, PREFIX, keys, put, save_entry, saved_entries
from playwright.sync_api import Browser, Page, expect

LESSON = "steps/4-challenging-thoughts/"
UID = "#ex-thought-record"
PAYLOAD = "<img src=x onerror=alert(1)>"


def fill_record(page: Page, text: str | None = None) -> None:
    def t(example: str) -> str:
        return text if text is not None else example

    page.fill(f"{UID}-situation", t("Friday night. He did not answer my text for five hours."))
    page.fill(f"{UID}-emotions-0-name", t("anxious"))
    page.fill(f"{UID}-emotions-0-before", "85")
    page.get_by_role("button", name="Add another feeling").click()
    page.fill(f"{UID}-emotions-3-name", t("sad"))
    page.fill(f"{UID}-emotions-3-before", "60")
    page.fill(f"{UID}-thoughts-0-text", t("He is losing interest. He will leave me."))
    page.check("input[name='ex-thought-record-hot'][value='0']")
    page.fill(f"{UID}-belief_before", "80")
    page.fill(f"{UID}-evidence_for", t("He was quiet at dinner."))
    page.fill(f"{UID}-evidence_against", t("He told me about the work event."))
    page.fill(f"{UID}-balanced", t("He is busy tonight; one slow reply is not the end."))
    page.fill(f"{UID}-belief_after", "40")
    page.fill(f"{UID}-emotions-0-after", "40")
    page.fill(f"{UID}-emotions-3-after", "50")


def test_fill_summarise_save_reload_export_import_delete(page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + LESSON)
    fill_record(page)
    expect(page.locator("label[for='ex-thought-record-emotions-3-after']")).to_have_text(
        "sad now (0 to 100)")
    page.get_by_role("button", name="See my summary").click()
    result = page.locator(".ex-thought-record .ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result.locator(".ex-changes li")).to_have_text(
        ["anxious: 85 before, 40 now (down 45 points)", "sad: 60 before, 50 now (down 10 points)"])
    expect(result.locator(".ex-belief")).to_have_text("80 before, 40 now (down 40 points)")
    expect(result.locator(".ex-trap-list strong")).to_contain_text(["Mind reading", "Fortune telling"])
    keep = result.get_by_role("button", name="This fits").first
    keep.click()
    expect(result.locator(".ex-trap-keep").first).to_have_attribute("aria-pressed", "true")
    # Keeping a suggestion ticks its box in step 5, and unticking it there lets it go again.
    expect(page.locator(f"{UID}-trap-mind-reading")).to_be_checked()
    page.uncheck(f"{UID}-trap-mind-reading")
    expect(result.locator(".ex-trap-keep").first).to_have_attribute("aria-pressed", "false")
    page.check(f"{UID}-trap-mind-reading")
    expect(result.locator(".ex-trap-keep").first).to_have_attribute("aria-pressed", "true")
    # Nothing is stored until the reader chooses to save.
    assert keys(page, "localStorage", JOURNAL) == []
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("Saved on this device")
    stored = page.evaluate("Object.keys(localStorage)")
    assert [k for k in stored if k.startswith(ENTRY)] and all(
        k.startswith(PREFIX) for k in stored if "journal" in k or "draft" in k)
    page.reload()
    expect(page.locator(".ex-draft-note")).to_be_hidden()  # the draft was cleared when saved

    follow_link(page, site_url + "journal/")
    entry = page.locator(".ex-entry")
    expect(entry).to_have_count(1)
    expect(entry.locator(".ex-entry-title")).to_have_text(
        "Friday night. He did not answer my text for five hours.")
    entry.get_by_role("button", name="Open").click()
    text = entry.locator(".ex-entry-text")
    # Opened, the entry reads as sections with lists, not as Markdown source.
    expect(text.locator("h3").first).to_have_text("What happened?", timeout=90_000)
    expect(text.locator("li").filter(has_text="before")).to_have_text(
        ["anxious: 85 before, 40 after (down 45 points)", "sad: 60 before, 50 after (down 10 points)"])
    expect(text).to_contain_text("Mind reading")
    expect(text).to_contain_text("The thought that hurts most: 80 before, 40 after (down 40 points).")
    expect(text).not_to_contain_text("###")
    for fmt, name in (("json", "Export (JSON, can be imported)"), ("markdown", "Export as text (Markdown)"),
                      ("csv", "Export as a spreadsheet (CSV)")):
        with page.expect_download() as download:
            page.get_by_role("button", name=name).click()
        download.value.save_as(tmp_path / f"journal.{fmt}")
    exported = json.loads((tmp_path / "journal.json").read_text())
    assert exported["format"] == "exercises-journal" and len(exported["entries"]) == 1
    assert "### What happened?" in (tmp_path / "journal.markdown").read_text()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "journal.csv").read_text())))
    assert rows[0]["feelings_after"] == "anxious 40; sad 50"
    assert (rows[0]["belief_before"], rows[0]["belief_after"]) == ("80", "40")
    assert rows[0]["thinking_traps"] == "Mind reading"

    page.get_by_role("button", name="Delete everything saved on this device").click()
    page.get_by_role("button", name="No, keep them").click()
    expect(entry).to_have_count(1)
    page.get_by_role("button", name="Delete everything saved on this device").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page.locator(".ex-entry")).to_have_count(0)
    expect(page.locator(".ex-journal-empty")).to_be_visible()
    assert not keys(page)

    page.set_input_files(".ex-import-file", str(tmp_path / "journal.json"))
    expect(page.locator(".ex-journal .ex-status")).to_have_text("Imported 1 entry.")
    expect(page.locator(".ex-entry")).to_have_count(1)
    # Changing a saved entry opens it in the exercise.
    page.locator(".ex-entry").get_by_role("link", name="Change").click()
    expect(page.locator(f"{UID}-balanced")).to_have_value(
        "He is busy tonight; one slow reply is not the end.")
    expect(page.locator(f"{UID}-emotions-1-name")).to_have_value("sad")  # blank rows were dropped
    expect(page.locator(f"{UID}-belief_before")).to_have_value("80")
    expect(page.locator(f"{UID}-trap-mind-reading")).to_be_checked()


def test_belief_in_the_hot_thought_before_and_after_shows_how_it_moved(page: Page, site_url: str) -> None:
    page.goto(site_url + LESSON)
    page.fill(f"{UID}-thoughts-0-text", "She is annoyed with me.")
    page.check("input[name='ex-thought-record-hot'][value='0']")
    page.fill(f"{UID}-belief_before", "80")
    page.get_by_role("button", name="See my summary").click()
    result = page.locator(".ex-thought-record .ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result.locator(".ex-belief-empty")).to_have_text(
        "Rate how much you believe it in step 4 and again in step 9 to see how it moved.")
    page.fill(f"{UID}-belief_after", "40")
    page.get_by_role("button", name="See my summary").click()
    expect(result.locator(".ex-belief")).to_have_text("80 before, 40 now (down 40 points)")
    expect(result.locator(".ex-belief-empty")).to_be_hidden()


def test_a_partners_control_gets_the_safety_note_never_a_thinking_trap(page: Page, site_url: str) -> None:
    page.goto(site_url + LESSON)
    record = page.locator(".ex-thought-record")
    # The fixed note is beside the traps of step 5 before anything is typed, and without a script.
    form_note = record.locator(".ex-step-fields .ex-safety-note")
    expect(form_note).to_contain_text(
        "A partner who controls, frightens or hurts you is not a thinking trap. That fear may be right.")
    assert form_note.get_by_role("link", name="Is it worry, or is something wrong?").evaluate(
        "a => a.href") == site_url + "relationship-safety/"
    page.fill(f"{UID}-thoughts-0-text", "He checks my phone every time and I'm scared of what he'll do")
    page.check("input[name='ex-thought-record-hot'][value='0']")
    page.get_by_role("button", name="See my summary").click()
    result = record.locator(".ex-result")
    expect(result).to_be_visible(timeout=90_000)
    instead = result.locator(".ex-traps-safety")
    expect(instead).to_be_visible()
    expect(instead).to_contain_text("What you wrote sounds like it may be about how someone treats you. "
                                    "That is not a thinking trap")
    link = instead.get_by_role("link", name="Is it worry, or is something wrong?")
    assert link.evaluate("a => a.href") == site_url + "relationship-safety/"
    expect(result.locator(".ex-safety-note")).to_be_visible()
    expect(result.locator(".ex-trap-list li")).to_have_count(0)
    expect(result.locator(".ex-traps-empty")).to_be_hidden()
    for name in ("Always-and-never thinking", "Overgeneralising", "Blaming"):
        expect(result).not_to_contain_text(name)
    link.click()
    expect(page).to_have_url(site_url + "relationship-safety/")


def test_an_entry_saved_with_a_retired_trap_opens_and_keeps_it(page: Page, site_url: str) -> None:
    old = journal_entry("old1", title="An older entry", page="/" + LESSON, created="2025-01-01T00:00:00Z",
                        data={"situation": "He forgot my birthday.", "balanced": "He was busy.",
                              "balanced_belief": 60, "traps": ["blaming", "mind-reading"],
                              "thoughts": [{"text": "It's all his fault.", "hot": True}]})
    page.goto(site_url + "journal/")
    save_entry(page, old)
    page.reload()
    entry = page.locator(".ex-entry")
    entry.get_by_role("button", name="Open").click()
    expect(entry.locator(".ex-entry-text")).to_contain_text("Blaming", timeout=90_000)
    expect(entry.locator(".ex-entry-text")).to_contain_text("How much I believed the balanced thought: 60")
    entry.get_by_role("link", name="Change").click()
    blaming = page.locator(f"{UID}-trap-blaming")
    expect(blaming).to_be_visible()
    expect(blaming).to_be_checked()
    expect(page.locator(f"{UID}-trap-mind-reading")).to_be_checked()
    page.get_by_role("button", name="Save on this device").click()
    status = page.locator(".ex-thought-record .ex-status")
    expect(status).to_contain_text("Saved on this device", timeout=90_000)
    saved = page.evaluate("(key) => JSON.parse(localStorage.getItem(key)).data", ENTRY + "old1")
    assert saved["traps"] == ["mind-reading", "blaming"] and saved["balanced_belief"] == 60


def test_a_foreign_file_is_refused_and_changes_nothing(page: Page, site_url: str, tmp_path: Path) -> None:
    foreign = tmp_path / "other.json"
    foreign.write_text(json.dumps({"entries": [{"id": "1"}]}))
    page.goto(site_url + "journal/")
    wait_for_engine(page)
    page.set_input_files(".ex-import-file", str(foreign))
    expect(page.locator(".ex-journal .ex-status")).to_contain_text(
        "Nothing was imported. This file is not a journal export from this site.")
    assert not keys(page)


def test_script_text_is_shown_as_text_everywhere(page: Page, site_url: str, tmp_path: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site_url + LESSON)
    fill_record(page, PAYLOAD)
    page.fill(f"{UID}-thoughts-0-text", f"{PAYLOAD} He will leave me.")
    page.get_by_role("button", name="See my summary").click()
    expect(page.locator(".ex-thought-record .ex-result")).to_be_visible(timeout=90_000)
    expect(page.locator(".ex-changes li").first).to_contain_text(PAYLOAD)
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("Saved on this device")
    follow_link(page, site_url + "journal/")  # as a reader would: the engine keeps running
    expect(page.locator(".ex-entry-title")).to_have_text(PAYLOAD)
    page.get_by_role("button", name="Open").click()
    expect(page.locator(".ex-entry-text li").first).to_have_text(f"{PAYLOAD}: 85 out of 100", timeout=90_000)
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Print all").click()
    page.wait_for_function("window.__printed === true")
    expect(page.locator(".ex-print-entry")).to_contain_text(PAYLOAD)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as text (Markdown)").click()
    assert PAYLOAD in Path(download.value.path()).read_text()
    # The payload never became markup anywhere, and nothing ran.
    assert page.locator(".ex img, .ex-print-area img").count() == 0
    assert dialogs == []


def test_a_draft_survives_a_reload_even_when_the_engine_cannot_load(browser: Browser, site_url: str) -> None:
    # Service workers blocked, so the blocked Pyodide file cannot come from a cache either.
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.route("**/pyodide.mjs", lambda route: route.abort())
    page.goto(site_url + LESSON)
    page.fill(f"{UID}-situation", "Half-written thought, before the engine works.")
    page.fill(f"{UID}-emotions-0-name", "worried")
    page.fill(f"{UID}-emotions-0-before", "55")
    wait_for_engine(page, "failed")
    # The page's script is in (what was typed before it came is kept too, once it is), and the
    # reload comes at once, before the pause after typing that saves a draft: leaving saves it.
    expect(page.locator(".ex-thought-record")).to_have_attribute("data-ready", "true")
    page.reload()
    expect(page.locator(f"{UID}-situation")).to_have_value("Half-written thought, before the engine works.")
    expect(page.locator(f"{UID}-emotions-0-before")).to_have_value("55")
    expect(page.locator(".ex-draft-note")).to_have_text("We brought back what you were writing.")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text(
        "What you typed is kept in this tab")
    expect(page.locator(f"{UID}-situation")).to_have_value("Half-written thought, before the engine works.")
    context.close()


def test_an_empty_form_asks_for_one_box_and_bad_ratings_are_named(page: Page, site_url: str) -> None:
    page.goto(site_url + LESSON)
    # A click before the page's script is ready goes nowhere (the form is sent nowhere), so wait for it.
    expect(page.locator(".ex-thought-record")).to_have_attribute("data-ready", "true", timeout=30_000)
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-form-error")).to_have_text("Write something in at least one box first.",
                                                        timeout=90_000)
    page.fill(f"{UID}-emotions-0-name", "worried")
    page.fill(f"{UID}-emotions-0-before", "150")
    page.get_by_role("button", name="Save on this device").click()
    error = page.locator("[data-error-for='emotions.0.before']")
    expect(error).to_have_text("Use a whole number from 0 to 100.")
    expect(page.locator(f"{UID}-emotions-0-before")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"{UID}-emotions-0-before")).to_be_focused()
    expect(page.locator(f"{UID}-emotions-0-name")).to_have_value("worried")


def test_crisis_words_offer_help_without_blocking(page: Page, site_url: str) -> None:
    page.goto(site_url + LESSON)
    page.locator(".ex-thought-record").scroll_into_view_if_needed()  # the engine starts when it is near
    wait_for_engine(page)
    page.fill(f"{UID}-evidence_for", "Some nights I want to die.")
    banner = page.locator(".ex-crisis")
    expect(banner).to_be_visible(timeout=10_000)
    help_link = banner.get_by_role("link", name="See who you can call or text now")
    assert help_link.evaluate("a => a.href") == site_url + "get-help/"
    # Beside the step being written in.
    assert page.evaluate("document.querySelector('.ex-crisis').closest('.ex-step') !== null")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("Saved on this device")
    banner.get_by_role("button", name="Hide this message").click()
    expect(banner).to_be_hidden()


def test_storage_turned_off_still_lets_the_reader_type_and_keep_a_copy(
        page: Page, site_url: str) -> None:
    page.add_init_script("""
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(window, name,
            { get() { throw new DOMException('denied', 'SecurityError'); } });
        }""")
    errors: list[str] = []  # only ours: the theme's own colour-scheme code may also complain
    page.on("pageerror",
            lambda e: errors.append(e.stack or "") if "/assets/exercises/" in (e.stack or "") else None)
    page.goto(site_url + LESSON)
    status = page.locator(".ex-thought-record .ex-status")
    expect(page.locator(".ex-storage-note")).to_contain_text("not letting the site keep anything")
    page.fill(f"{UID}-situation", "Typing still works.")
    with page.expect_download(timeout=90_000) as download:
        page.get_by_role("button", name="Download a copy").click()
    assert "Typing still works." in Path(download.value.path()).read_text()
    page.get_by_role("button", name="Save on this device").click()
    expect(status).to_contain_text("not letting the site keep anything")
    page.goto(site_url + "journal/")
    expect(page.locator(".ex-journal .ex-status")).to_contain_text("not letting the site keep anything")
    expect(page.locator(".ex-journal-tools")).to_be_hidden()  # nothing to export, import or delete
    assert errors == []


def test_without_javascript_the_journal_says_it_needs_it_and_offers_nothing_it_cannot_do(
        browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "journal/")
    expect(page.locator(".ex-journal-nojs")).to_have_text(
        "Your journal needs JavaScript to show saved entries. It is off in this browser.")
    # Not "nothing saved" (it cannot look), no export or delete buttons, no note on leaving quickly.
    for part in (".ex-journal-empty", ".ex-journal-tools", ".ex-leave-note"):
        expect(page.locator(part)).to_be_hidden()
    context.close()


def test_full_storage_says_so_and_keeps_the_text(page: Page, site_url: str) -> None:
    page.add_init_script("""
        const real = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (String(key).startsWith(ENTRY))
            throw new DOMException('full', 'QuotaExceededError');
          return real.call(this, key, value);
        };""".replace("ENTRY", json.dumps(ENTRY)))
    page.goto(site_url + LESSON)
    page.fill(f"{UID}-situation", "This will not fit.")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("There is no room left to save",
                                                                            timeout=90_000)
    expect(page.locator(f"{UID}-situation")).to_have_value("This will not fit.")


def test_a_corrupt_saved_entry_is_skipped_with_a_message(held_page: Page, site_url: str) -> None:
    page = held_page  # the journal's list is the page's own script
    page.goto(site_url + "journal/")
    good = journal_entry("g1", title="Readable", data={"situation": "fine"})
    save_entry(page, good)
    put(page, ENTRY + "bad", "{not json")
    page.reload()
    expect(page.locator(".ex-entry-title")).to_have_text(["Readable"])
    expect(page.locator(".ex-journal .ex-status")).to_contain_text("1 saved entry could not be read")


def test_the_whole_record_by_keyboard_alone(page: Page, site_url: str) -> None:
    page.goto(site_url + LESSON)

    tab_to(page, f"{UID}-situation")
    page.keyboard.type("Keyboard only. A friend cancelled lunch.")
    tab_to(page, f"{UID}-emotions-0-name")
    page.keyboard.type("hurt")
    page.keyboard.press("Tab")
    page.keyboard.type("70")
    tab_to(page, f"{UID}-thoughts-0-text")
    page.keyboard.type("Nobody wants me around.")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # marks thought 1 as the one that hurts most
    tab_to(page, f"{UID}-emotions-0-after")
    page.keyboard.type("35")
    tab_to(page, ".ex-thought-record button[type=submit]")
    page.keyboard.press("Enter")
    result = page.locator(".ex-thought-record .ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result).to_be_focused()
    expect(result.locator(".ex-changes li")).to_have_text(["hurt: 70 before, 35 now (down 35 points)"])
    page.keyboard.press("Shift+Tab")
    tab_to(page, ".ex-thought-record .ex-save")
    page.keyboard.press("Enter")
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("Saved on this device")
    saved = saved_entries(page)
    assert len(saved) == 1
