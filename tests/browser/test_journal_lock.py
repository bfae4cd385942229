"""A journal only its owner can open: with a lock set, nothing the reader typed (saved entries and
drafts) can be read in the browser's storage; the passphrase opens it, a wrong one changes nothing,
reload, "leave quickly" and 15 idle minutes lock it again, and changing or removing the passphrase
keeps every entry, even when the page is closed half-way."""

from __future__ import annotations

import json
from pathlib import Path

from kit.adversary import page_text
from kit.axe import assert_no_violations
from kit.reader import tab_to
from kit.samples import entry
from kit.storage import DRAFT, ENTRY, JOURNAL, keys, save_entry
from playwright.sync_api import Page, expect

PASSPHRASE = "river stones at dusk"
NEW_PASSPHRASE = "a kettle on the hob"
STEP3, LESSON = "steps/3-communicating-openly/", "steps/4-challenging-thoughts/"
LOCK = f"{JOURNAL}:lock"
# Words found nowhere else: one saved before the lock, one in each exercise, one only in a draft.
OLD, RECORD, WORKSHEET, DRAFTED = "Quillamore", "Brindlewick", "Tamsifer", "Oxbowlantern"

EVERYTHING_STORED = "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"


def stored(page: Page) -> str:
    """All this origin keeps in the browser's storage, as one text."""
    return page.evaluate(EVERYTHING_STORED)


def in_box(page: Page, box: str, values: list[str]) -> None:
    """Type VALUES into the passphrase box BOX (its class) and press Enter in the last one."""
    inputs = page.locator(f"{box} .ex-passphrase-input")
    for n, value in enumerate(values):
        inputs.nth(n).fill(value)
    inputs.nth(len(values) - 1).press("Enter")


def lock_the_journal(page: Page, site_url: str, first_time: bool = False) -> None:
    """Set the lock with PASSPHRASE from the journal; the FIRST_TIME, look at all the box offers."""
    page.goto(site_url + "journal/")
    journal = page.locator(".ex-journal")
    journal.get_by_role("button", name="Lock with a passphrase").click()
    box = journal.locator(".ex-lock-set")
    expect(box.get_by_label("New passphrase (at least 12 characters)")).to_be_focused()
    expect(box).to_contain_text("It cannot be recovered.")
    expect(box).to_contain_text("export a copy first")
    if first_time:
        # The copy offered first is locked too: a readable file would be the way around the lock.
        box.get_by_role("button", name="Export a copy first").click()
        file_box = journal.locator(".ex-lock-export")
        expect(file_box.get_by_label("Passphrase (at least 12 characters)", exact=True)).to_be_focused()
        assert_no_violations(page, "journal, setting a lock")
        with page.expect_download(timeout=90_000) as download:
            in_box(page, ".ex-lock-export", [PASSPHRASE, PASSPHRASE])
        assert download.value.suggested_filename.endswith("-locked.json")
        assert OLD not in Path(download.value.path()).read_text()
        box.get_by_label("New passphrase (at least 12 characters)").focus()
    in_box(page, ".ex-lock-set", [PASSPHRASE, PASSPHRASE])
    expect(journal.locator(".ex-status")).to_contain_text("Your journal is locked with your passphrase",
                                                          timeout=30_000)
    expect(journal.get_by_role("button", name="Lock now")).to_be_focused()


def unlock(page: Page, passphrase: str) -> None:
    in_box(page, ".ex-lock-open", [passphrase])


def open_journal(page: Page, passphrase: str, entries: int) -> None:
    """Unlock with the right PASSPHRASE: the journal says it is open and lists its ENTRIES."""
    unlock(page, passphrase)
    journal = page.locator(".ex-journal")
    expect(journal.locator(".ex-status")).to_contain_text("Your journal is open.", timeout=30_000)
    expect(journal.locator(".ex-entry")).to_have_count(entries)


def entries_shown(page: Page) -> list[str]:
    return page.locator(".ex-journal .ex-entry-title").all_inner_texts()


def test_with_a_lock_nothing_typed_is_readable_until_the_passphrase_opens_it(page: Page,
                                                                             site_url: str) -> None:
    page.clock.install()
    page.goto(site_url + "journal/")
    save_entry(page, entry(id="e-old", title=OLD, page="/" + LESSON, data={"situation": OLD}))
    lock_the_journal(page, site_url, first_time=True)
    assert OLD not in stored(page), "an entry saved before the lock is sealed when it is set"
    assert_no_violations(page, "journal, open, with a lock")

    # After a reload the journal is locked, and saving and drafts go on without the passphrase.
    page.goto(site_url + LESSON)
    page.fill("#ex-thought-record-situation", f"{RECORD} did not call back.")
    page.fill("#ex-thought-record-thoughts-0-text", f"{RECORD} is angry with me.")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-thought-record .ex-status")).to_contain_text("Saved on this device",
                                                                          timeout=90_000)
    page.goto(site_url + STEP3)
    page.fill("#ex-open-message-happened", f"{WORKSHEET} was late for dinner")
    page.fill("#ex-open-message-feel", "worried")
    page.locator(".ex-worksheet").get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-worksheet .ex-status")).to_contain_text("Saved on this device", timeout=90_000)
    page.fill("#ex-open-message-need", f"to hear from {DRAFTED}")
    page.wait_for_function("() => Object.entries(sessionStorage).some(([k, v]) => "
                           f"k.startsWith({json.dumps(DRAFT)}) && v.includes('\"locked\"'))")
    everything = stored(page)
    for word in (OLD, RECORD, WORKSHEET, DRAFTED, "situation", "worried"):
        assert word not in everything, f"{word!r} is readable in the browser's storage"

    # The draft comes back only with the passphrase.
    page.reload()
    draft_box = page.locator(".ex-worksheet .ex-lock-draft")
    expect(draft_box).to_be_visible(timeout=30_000)
    expect(page.locator("#ex-open-message-need")).to_have_value("")
    assert_no_violations(page, "a worksheet whose draft is kept locked")
    in_box(page, ".ex-worksheet .ex-lock-draft", ["not my passphrase"])
    expect(draft_box.locator(".ex-field-error")).to_have_text(
        "That passphrase does not open your journal. Check it and try again.", timeout=30_000)
    # Typed meanwhile: the page asks before the draft takes its place.
    page.fill("#ex-open-message-ask", "call me")
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    in_box(page, ".ex-worksheet .ex-lock-draft", [PASSPHRASE])
    expect(page.locator("#ex-open-message-need")).to_have_value(f"to hear from {DRAFTED}", timeout=30_000)
    assert asked and asked[0].startswith("Bring back what you were writing before?")
    expect(draft_box).to_be_hidden()
    expect(page.locator(".ex-worksheet .ex-draft-note")).to_have_text(
        "We brought back what you were writing.")
    # Or the reader lets it go: "Start again without it" removes it, and only it.
    page.reload()
    expect(draft_box).to_be_visible(timeout=30_000)
    draft_box.get_by_role("button", name="Start again without it").click()
    expect(draft_box).to_be_hidden()
    assert keys(page, "sessionStorage", DRAFT) == []
    assert len(keys(page, "localStorage", ENTRY)) == 3

    # The journal: locked after a reload; a wrong passphrase changes nothing; the right one opens it.
    page.goto(site_url + "journal/")
    journal = page.locator(".ex-journal")
    opener = journal.get_by_label("Your passphrase", exact=True)
    expect(opener).to_be_visible()
    expect(journal.locator(".ex-journal-list")).to_be_hidden()
    assert_no_violations(page, "journal, locked")
    journal.get_by_role("button", name="Export (JSON, can be imported)").click()
    expect(journal.locator(".ex-status")).to_have_text(
        "Your journal is locked. Type your passphrase above to export it.")
    expect(opener).to_be_focused()
    before = stored(page)
    unlock(page, "river stones at dawn")
    expect(journal.locator(".ex-lock-open .ex-field-error")).to_have_text(
        "That passphrase does not open your journal. Nothing changed. Check it and try again.",
        timeout=30_000)
    assert stored(page) == before
    assert_no_violations(page, "journal, a wrong passphrase")
    open_journal(page, PASSPHRASE, 3)
    assert OLD in entries_shown(page)
    # The two saved while the journal was locked are marked: nothing vouches that they are the reader's.
    marked = journal.locator(".ex-entry--unconfirmed .ex-entry-title")
    assert sorted(marked.all_inner_texts()) == sorted(t for t in entries_shown(page) if t != OLD)
    expect(journal.locator(".ex-status")).to_contain_text("2 entries are marked")

    # 15 minutes without a touch or a key lock it again.
    page.clock.fast_forward("14:00")
    expect(journal.locator(".ex-entry")).to_have_count(3)
    page.keyboard.press("Shift")  # the reader is still here
    page.clock.fast_forward("14:00")
    expect(journal.locator(".ex-entry")).to_have_count(3)
    page.clock.fast_forward("01:01")
    expect(opener).to_be_visible()
    expect(journal.locator(".ex-journal-list")).to_be_hidden()

    # Open again, then change the passphrase: only the new one opens it now.
    open_journal(page, PASSPHRASE, 3)
    journal.get_by_role("button", name="Change the passphrase").click()
    change = journal.locator(".ex-lock-change")
    expect(change.get_by_label("Your passphrase now")).to_be_focused()
    assert_no_violations(page, "journal, changing the passphrase")
    in_box(page, ".ex-lock-change", ["not it at all", NEW_PASSPHRASE, NEW_PASSPHRASE])
    expect(change.locator(".ex-field-error")).to_have_text(
        "That is not the passphrase you use now. Nothing changed. Check it and try again.", timeout=30_000)
    in_box(page, ".ex-lock-change", [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])
    expect(journal.locator(".ex-status")).to_have_text(
        "Your passphrase was changed: only the new one opens your journal now.", timeout=30_000)
    lock = json.loads(page.evaluate(f"localStorage.getItem({json.dumps(LOCK)})"))
    assert lock["vault"]["kdf"]["iterations"] >= 600_000 and lock["vault"]["cipher"]["name"] == "AES-GCM"
    # An entry opened and the journal printed; then locked: none of its words stay on the page.
    journal.locator(".ex-entry", has_text=OLD).get_by_role("button", name="Open").click()
    expect(journal.locator(".ex-entry-text:visible")).to_contain_text(OLD, timeout=30_000)
    page.evaluate("() => { window.print = () => {}; }")
    journal.get_by_role("button", name="Print all").click()
    expect(journal.locator(".ex-print-area")).to_contain_text(RECORD)
    journal.get_by_role("button", name="Lock now").click()
    expect(opener).to_be_visible()
    assert not [w for w in (OLD, RECORD, WORKSHEET) if w in page_text(page)], "words left on the page"
    unlock(page, PASSPHRASE)
    expect(journal.locator(".ex-lock-open .ex-field-error")).to_contain_text("does not open", timeout=30_000)
    open_journal(page, NEW_PASSPHRASE, 3)
    for word in (OLD, RECORD, WORKSHEET):
        assert word not in stored(page)

    # "Leave quickly" forgets the key too.
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "journal" not in url)
    page.goto(site_url + "journal/")
    expect(opener).to_be_visible()
    open_journal(page, NEW_PASSPHRASE, 3)

    # Removing the lock: everything stored readable again, nothing lost.
    journal.get_by_role("button", name="Remove the lock").click()
    assert_no_violations(page, "journal, removing the lock")
    in_box(page, ".ex-lock-remove", [NEW_PASSPHRASE])
    expect(journal.locator(".ex-status")).to_have_text(
        "The lock was removed. Your entries are stored unlocked on this device again.", timeout=30_000)
    expect(journal.get_by_role("button", name="Lock with a passphrase")).to_be_focused()
    everything = stored(page)
    assert LOCK not in everything and OLD in everything and RECORD in everything and WORKSHEET in everything
    page.reload()
    expect(journal.locator(".ex-entry")).to_have_count(3, timeout=30_000)


# The page closed half-way: from the Nth write on, the browser stores nothing more (as when a tab is
# closed while the page works through the entries). The site's storage probes are let through.
CLOSE_AFTER_WRITES = """(n) => {
  const real = Storage.prototype.setItem;
  let left = n;
  Storage.prototype.setItem = function (key, value) {
    if (!key.endsWith(":probe") && left-- <= 0) throw new DOMException("closed", "InvalidStateError");
    return real.call(this, key, value);
  };
}"""

ENTRIES_UNDER_CURRENT_KEY = f"""() => {{
  const lock = JSON.parse(localStorage.getItem({json.dumps(LOCK)}));
  return Object.keys(localStorage).filter((k) => k.startsWith({json.dumps(ENTRY)}))
    .map((k) => JSON.parse(localStorage.getItem(k)).locked?.key === lock.current.id);
}}"""


def test_a_change_or_a_removal_cut_off_half_way_loses_no_entry(held_page: Page, site_url: str) -> None:
    # The lock is the page's own script (Web Crypto): Python is held back through every reload.
    page = held_page
    words = ["Marrowfen", "Larkspindle", "Coppertuft", "Wrenhollow"]
    page.goto(site_url + "journal/")
    for n, word in enumerate(words):
        save_entry(page, entry(id=f"e-{n}", title=word, page="/" + LESSON, data={"situation": word},
                               created=f"2026-11-2{n}T12:00:00Z"))
    lock_the_journal(page, site_url)
    journal = page.locator(".ex-journal")
    opener = journal.get_by_label("Your passphrase", exact=True)

    def change_cut_off_after(writes: int) -> None:
        page.evaluate(CLOSE_AFTER_WRITES, writes)
        journal.get_by_role("button", name="Change the passphrase").click()
        in_box(page, ".ex-lock-change", [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])

    # Cut off before anything is written: nothing changed, the old passphrase still opens it.
    change_cut_off_after(0)
    expect(journal.locator(".ex-lock-change .ex-field-error")).to_contain_text("nothing changed",
                                                                               timeout=30_000)
    page.reload()
    open_journal(page, PASSPHRASE, 4)

    # Cut off after the switch and one entry: the new passphrase opens everything, and finishes.
    change_cut_off_after(2)
    expect(journal.locator(".ex-status")).to_contain_text("3 saved entries could not be changed",
                                                          timeout=30_000)
    page.reload()
    unlock(page, PASSPHRASE)
    expect(journal.locator(".ex-lock-open .ex-field-error")).to_contain_text("does not open", timeout=30_000)
    open_journal(page, NEW_PASSPHRASE, 4)
    assert sorted(entries_shown(page)) == sorted(words)
    assert page.evaluate(ENTRIES_UNDER_CURRENT_KEY) == [True] * 4, "the unlock finished the change"

    # A removal cut off after it began and one entry: the journal stays locked, and the next unlock
    # finishes it.
    page.evaluate(CLOSE_AFTER_WRITES, 2)
    journal.get_by_role("button", name="Lock now").focus()
    tab_to(page, ".ex-lock-remove-button")  # by keyboard alone, from the lock's first button
    page.keyboard.press("Enter")
    expect(journal.get_by_label("Your passphrase, to remove the lock")).to_be_focused()
    page.keyboard.type(NEW_PASSPHRASE)
    page.keyboard.press("Enter")
    expect(journal.locator(".ex-status")).to_contain_text("The lock is being removed.", timeout=30_000)
    page.reload()
    expect(opener).to_be_visible()
    open_journal(page, NEW_PASSPHRASE, 4)
    # A removal left half-done is finished only when the reader says so.
    keep = journal.get_by_role("button", name="Keep the lock")
    expect(keep).to_be_focused()
    assert LOCK in stored(page)
    journal.get_by_role("button", name="Finish removing the lock").click()
    expect(journal.locator(".ex-status")).to_have_text(
        "The lock was removed. Your entries are stored unlocked on this device again.", timeout=30_000)
    everything = stored(page)
    assert LOCK not in everything and all(word in everything for word in words)
    expect(journal.get_by_role("button", name="Lock with a passphrase")).to_be_visible()

    # A forgotten passphrase: Delete everything works while locked, and takes the lock with it.
    lock_the_journal(page, site_url)
    page.reload()
    expect(opener).to_be_visible()
    journal.get_by_role("button", name="Delete everything saved on this device").click()
    journal.get_by_role("button", name="Yes, delete everything").click()
    expect(journal.get_by_role("button", name="Lock with a passphrase")).to_be_visible()
    expect(opener).to_be_hidden()
    assert keys(page, "localStorage", JOURNAL) == []
