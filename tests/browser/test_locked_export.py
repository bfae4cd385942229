"""A journal exported locked with a passphrase: the file holds none of the reader's words, and the
import opens it only with its passphrase."""

from __future__ import annotations

import json
from pathlib import Path

from kit.axe import assert_no_violations
from kit.samples import entry
from kit.storage import ENTRY, saved_entries
from playwright.sync_api import Page, expect

SECRET = "Zephyrine marmalade on Tuesdays"  # a phrase found nowhere else
PASSPHRASE = "slow tide, warm tea"


def test_a_locked_export_hides_the_words_and_opens_only_with_its_passphrase(
        page: Page, site_url: str, tmp_path: Path) -> None:
    saved = entry(id="e-locked", title=SECRET, page="/steps/4-challenging-thoughts/",
                  data={"situation": SECRET}, created="2026-11-30T12:00:00Z")
    page.goto(site_url + "journal/")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [ENTRY + saved["id"], json.dumps(saved)])
    page.reload()
    journal = page.locator(".ex-journal")
    journal.get_by_role("button", name="Export, locked with a passphrase").click()
    first = journal.get_by_label("Passphrase (at least 12 characters)", exact=True)
    expect(first).to_be_focused()
    expect(journal.locator(".ex-lock-export")).to_contain_text("It cannot be recovered.")
    first.fill("eleven char")  # 11: a copy can be guessed at without limit, so length is asked for
    journal.get_by_label("The same passphrase again").fill("eleven char")
    journal.get_by_role("button", name="Export the locked file").click()
    error = journal.locator(".ex-lock-export .ex-field-error")
    expect(error).to_contain_text("Use at least 12 characters.")
    expect(first).to_have_attribute("aria-invalid", "true")
    assert_no_violations(page, "journal, asking for a passphrase, with a mistake")
    first.fill(PASSPHRASE)
    journal.get_by_label("The same passphrase again").fill(PASSPHRASE + "!")
    journal.get_by_role("button", name="Export the locked file").click()
    expect(error).to_have_text("The two passphrases are not the same. Type them again.")
    first.fill(PASSPHRASE)
    journal.get_by_label("The same passphrase again").fill(PASSPHRASE)
    with page.expect_download(timeout=90_000) as download:
        journal.get_by_label("The same passphrase again").press("Enter")  # the keyboard way
    download.value.save_as(tmp_path / "locked.json")
    assert download.value.suggested_filename.endswith("-locked.json")
    expect(journal.locator(".ex-status")).to_contain_text("Exported 1 entry to a locked file")
    expect(journal.locator(".ex-lock-export")).to_be_hidden()

    text = (tmp_path / "locked.json").read_text()
    assert SECRET not in text and "Zephyrine" not in text and "situation" not in text
    locked = json.loads(text)
    assert locked["format"] == "exercises-journal-locked" and locked["kdf"]["iterations"] >= 600_000
    assert locked["kdf"]["hash"] == "SHA-256" and locked["cipher"]["name"] == "AES-GCM"

    journal.get_by_role("button", name="Delete everything saved on this device").click()
    journal.get_by_role("button", name="Yes, delete everything").click()
    assert saved_entries(page) == []
    page.set_input_files(".ex-import-file", str(tmp_path / "locked.json"))
    passphrase = journal.get_by_label("Passphrase", exact=True)
    expect(passphrase).to_be_focused()
    passphrase.fill("not the passphrase")
    journal.get_by_role("button", name="Open and import").click()
    expect(journal.locator(".ex-lock-import .ex-field-error")).to_have_text(
        "That passphrase does not open this file. Nothing was imported. Check it and try again.")
    assert saved_entries(page) == []
    assert_no_violations(page, "journal, a locked file's passphrase was wrong")
    passphrase.fill(PASSPHRASE)
    journal.get_by_role("button", name="Open and import").click()
    expect(journal.locator(".ex-status")).to_have_text("Imported 1 entry.", timeout=30_000)
    expect(journal.locator(".ex-entry-title")).to_have_text(SECRET)
    expect(journal.locator(".ex-lock-import")).to_be_hidden()

    # Cancel leaves everything as it was.
    page.set_input_files(".ex-import-file", str(tmp_path / "locked.json"))
    journal.get_by_role("button", name="Cancel").click()
    expect(journal.locator(".ex-lock-import")).to_be_hidden()
    expect(journal.locator(".ex-entry")).to_have_count(1)
