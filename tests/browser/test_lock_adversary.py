"""The journal's lock against someone who shares the device and edits its storage by hand, with no
passphrase (tests/kit/adversary.py; the threat model: exercises/guide/docs/maintainers/journal-lock.md).

Every case starts from the same locked journal with entries (one deleted while it was open, its old
copy kept by the adversary), makes one change to the storage, then lets the reader work as usual:
a new entry is saved and a draft kept through the page's own storage code (no passphrase), and the
passphrase is typed. Then, whatever the change: neither the new words nor the old ones can be read
anywhere in the browser's storage; no old entry opens with a key other than the reader's; the reader
is told in words what happened; and the lock is still there. Python is never started: nothing here
needs an answer from it.

Every field of the lock's record is changed in turn here, through the page; the same record-level
cases, and the formats' own (records moved, the ledger changed, the first version), run faster,
without a browser, in tests/unit/lock/.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from kit.adversary import (
    LOCK,
    Attacker,
    flip,
    leaves,
    lock_record,
    put_lock_record,
    readable,
    restore,
    save_through_the_page,
    snapshot,
)
from kit.axe import assert_no_violations
from kit.samples import entry
from kit.storage import ENTRY, put
from playwright.sync_api import Browser, Page, expect

PASSPHRASE = "river stones at dusk"
LESSON = "/steps/4-challenging-thoughts/"
# Words found nowhere else: the reader's entries, one they deleted, what they write after the change.
OLD = ["Quillamore", "Brindlewick", "Tamsifer"]
GONE = "Wrenhollow"
CANARY, DRAFTED = "Oxbowlantern", "Marrowfen"
PLANTED = "Coppertuft"
CHANGED = "The lock on this device was changed"
DAMAGED = "Your journal's lock is damaged"


@dataclass
class Locked:
    """The locked journal every case starts from."""

    storage: dict[str, dict[str, str]]
    gone_id: str
    gone_copy: str  # the sealed record of the entry deleted while the journal was open


def in_box(page: Page, box: str, values: list[str]) -> None:
    inputs = page.locator(f".ex-journal {box} .ex-passphrase-input")
    for n, value in enumerate(values):
        inputs.nth(n).fill(value)
    inputs.nth(len(values) - 1).press("Enter")


@pytest.fixture(scope="module")
def tab(browser: Browser, browser_context_args: dict[str, Any]) -> Iterator[Page]:
    """One tab for the whole file; the journal page needs no Python, so none is fetched."""
    context = browser.new_context(**browser_context_args)
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def locked(tab: Page, site_url: str) -> Locked:
    page = tab
    page.goto(site_url + "journal/")
    page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    for n, word in enumerate([*OLD, GONE]):
        saved = entry(id=f"e-{n}", title=word, page=LESSON, data={"situation": word},
                      created=f"2026-11-2{n}T12:00:00Z")
        put(page, f"{ENTRY}e-{n}", json.dumps(saved))
    page.reload()
    journal = page.locator(".ex-journal")
    journal.locator(".ex-lock-set-button").click()
    in_box(page, ".ex-lock-set", [PASSPHRASE, PASSPHRASE])
    expect(journal.get_by_role("button", name="Lock now")).to_be_visible(timeout=30_000)
    gone_id = f"e-{len(OLD)}"
    gone_copy = page.evaluate("(key) => localStorage.getItem(key)", ENTRY + gone_id)
    assert GONE not in gone_copy
    page.once("dialog", lambda dialog: dialog.accept())
    journal.locator(f".ex-entry[data-entry-id='{gone_id}']").get_by_role("button", name="Delete").click()
    expect(journal.locator(".ex-entry")).to_have_count(len(OLD))
    journal.get_by_role("button", name="Lock now").click()
    return Locked(snapshot(page), gone_id, gone_copy)


def canary() -> tuple[dict[str, Any], str, dict[str, Any]]:
    """A new entry and a draft, as the reader would save and keep them after the change."""
    new = entry(id="e-canary", title=CANARY, page=LESSON, data={"situation": CANARY},
                created="2026-12-01T12:00:00Z")
    return new, f"thought_record:{LESSON}:ex-canary", {"entry": {"situation": DRAFTED}, "editing": None}


# What the adversary does, given the page, the lock's record (JSON) and the starting point; and the
# words the reader must then find on the journal (after the passphrase, or at once when the lock
# cannot be opened at all).
Move = Callable[[Page, Any, Locked, Attacker], None]


def set_field(path: str) -> Move:
    return lambda page, record, locked, attacker: put_lock_record(page, flip(record, path))


def swap_key(page: Page, record: Any, locked: Locked, attacker: Attacker) -> None:
    # A key of their own under a new id: so that the next unlock would seal everything again "for
    # the current key", if it took storage's word for which key that is.
    record["current"] = {"id": "the-adversary", "publicKey": attacker.public_key}
    put_lock_record(page, record)


def delete(page: Page, record: Any, locked: Locked, attacker: Attacker) -> None:
    put_lock_record(page, None)


def corrupt(page: Page, record: Any, locked: Locked, attacker: Attacker) -> None:
    put_lock_record(page, json.dumps(record)[:-40])


def move_record(page: Page, record: Any, locked: Locked, attacker: Attacker) -> None:
    first = locked.storage["localStorage"][f"{ENTRY}e-0"]
    put(page, f"{ENTRY}e-1", first)


def replay(page: Page, record: Any, locked: Locked, attacker: Attacker) -> None:
    put(page, ENTRY + locked.gone_id, locked.gone_copy)


def plant(page: Page, record: Any, locked: Locked, attacker: Attacker) -> None:
    put(page, f"{ENTRY}e-planted", json.dumps(entry(id="e-planted", title=PLANTED, page=LESSON,
                                                   data={"situation": "planted"})))


# Every field of the lock's record (version 2), changed by hand, and a flag it does not have: what
# the passphrase makes of it, and what the reader must read. The salt is what the passphrase is
# stretched with, so a changed one looks like a wrong passphrase (said so, the second time); a
# changed IV or sealed text, with the right passphrase, is a damaged lock; anything else opens with
# the passphrase's own copy, which puts the record right.
FIELDS: dict[str, tuple[bool, str]] = {
    "format": (True, CHANGED), "version": (True, CHANGED), "current.id": (True, CHANGED),
    "current.publicKey": (True, CHANGED), "vault.kdf.name": (True, CHANGED),
    "vault.kdf.hash": (True, CHANGED), "vault.kdf.iterations": (True, CHANGED),
    "vault.kdf.salt": (False, "may have been changed"), "vault.cipher.name": (True, CHANGED),
    "vault.cipher.iv": (False, DAMAGED), "vault.check": (True, CHANGED), "vault.data": (False, DAMAGED),
    "removing": (True, CHANGED),
}

# (the move, whether the passphrase can still open the journal, what the reader must read)
CASES: dict[str, tuple[Move, bool, str]] = {
    **{f"{field} changed": (set_field(field), opens, told) for field, (opens, told) in FIELDS.items()},
    "the public key swapped for another's": (swap_key, True, CHANGED),
    "the record deleted": (delete, False, DAMAGED),
    "the record corrupted": (corrupt, False, DAMAGED),
    "a sealed entry copied under another's key": (move_record, True, "could not be opened"),
    "an old copy of a deleted entry put back": (replay, True, "Not confirmed as yours"),
    "a readable entry planted": (plant, True, "Not confirmed as yours"),
}


def test_the_cases_change_every_field_of_the_record(locked: Locked) -> None:
    record = json.loads(locked.storage["localStorage"][LOCK])
    assert sorted(leaves(record)) == sorted(set(FIELDS) - {"removing"})


# The new states of the page, each checked by axe once: a lock changed (the alert), one that cannot be
# opened (the damaged lock's choices), and entries marked as not confirmed.
LOOKED_AT = {"the public key swapped for another's", "vault.data changed", "a readable entry planted"}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_the_lock_holds_against_a_change_made_without_the_passphrase(tab: Page, site_url: str, locked: Locked,
                                                                     case: str) -> None:
    move, opens, told = CASES[case]
    page = tab
    page.goto(site_url + "journal/")
    restore(page, locked.storage)
    attacker = Attacker(page)
    move(page, json.loads(lock_record(page)), locked, attacker)
    page.reload()
    journal = page.locator(".ex-journal")
    expect(journal).to_have_attribute("data-ready", "true")

    # The reader writes as usual, without the passphrase.
    new, draft_name, draft = canary()
    said = save_through_the_page(page, new, draft_name, draft)
    assert said["entry"]["ok"] or said["entry"]["error"], said
    assert readable(page, [CANARY, DRAFTED, *OLD]) == [], "readable in storage before the passphrase"

    # Then types the passphrase (twice, as a reader sure of it would, when it is refused).
    if journal.locator(".ex-lock-open").is_visible():
        in_box(page, ".ex-lock-open", [PASSPHRASE])
        if not opens:
            refused = journal.locator(".ex-lock-open .ex-field-error")
            answered = journal.locator(".ex-lock-open .ex-field-error:visible, .ex-lock-damaged:visible")
            expect(answered).to_have_count(1, timeout=30_000)
            if refused.is_visible():
                in_box(page, ".ex-lock-open", [PASSPHRASE])
    # Whatever the page made of it (open, refused, or damaged): first what it did to storage, then
    # what it said.
    outcome = ".ex-lock-open .ex-field-error:visible, .ex-lock-damaged:visible, .ex-lock-now-button:visible"
    expect(journal.locator(outcome)).to_have_count(1, timeout=30_000)
    assert readable(page, [CANARY, DRAFTED, *OLD, GONE]) == [], "readable in storage after the passphrase"
    assert attacker.reads(page, [*OLD, GONE]) == {}, "an old entry opens with the adversary's key"
    expect(journal).to_contain_text(told)
    if case in LOOKED_AT:
        assert_no_violations(page, f"journal, after {case}")
    # The lock is still there: its record (when anything of it was left to keep), and in any case the
    # entries sealed with it, and a page that offers no new lock in its place.
    record = lock_record(page)
    assert record is not None or case == "the record deleted", "the lock is gone"
    assert all(text.startswith('{"locked"') for key, text in snapshot(page)["localStorage"].items()
               if key.startswith(ENTRY) and "planted" not in key), "an entry is no longer sealed"
    expect(journal.locator(".ex-lock-set-button")).to_be_hidden()
    if opens:
        expect(journal.get_by_role("button", name="Lock now")).to_be_visible()
        assert json.loads(record)["current"] == json.loads(locked.storage["localStorage"][LOCK])["current"], (
            "the record is not the reader's lock again")
        moved_away = OLD[1] if case == "a sealed entry copied under another's key" else None
        for word in OLD:
            shown = journal.locator(".ex-entry-title", has_text=word)
            expect(shown).to_have_count(0 if word == moved_away else 1)


def test_a_damaged_lock_offers_the_sealed_entries_as_they_are_and_delete_everything(
        tab: Page, site_url: str, locked: Locked) -> None:
    page = tab
    page.goto(site_url + "journal/")
    restore(page, locked.storage)
    put_lock_record(page, "{not json")
    page.reload()
    journal = page.locator(".ex-journal")
    expect(journal).to_contain_text(DAMAGED)
    expect(journal.locator(".ex-lock-set-button")).to_be_hidden()
    with page.expect_download() as download:
        journal.get_by_role("button", name="Export what is stored, as it is").click()
    kept = json.loads(Path(download.value.path()).read_text())
    assert sorted(kept["stored"]) == sorted(locked.storage["localStorage"])
    assert all(word not in json.dumps(kept) for word in OLD)
    journal.get_by_role("button", name="Delete everything saved on this device").click()
    journal.get_by_role("button", name="Yes, delete everything").click()
    expect(journal.locator(".ex-lock-set-button")).to_be_visible()
    assert snapshot(page) == {"localStorage": {}, "sessionStorage": {}}
