"""The journal page: saved entries from every exercise, with export, import, print and delete."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..definitions import Definition
from .html import MarkdownInto, PageLink, el
from .parts import passphrase_box


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink) -> etree.Element:
    words = defn.model
    root = el(None, "section", class_="ex ex-journal", data_exercise="journal", data_exercise_id=uid,
              aria_labelledby=f"{uid}-title")
    el(root, "h2", words["title"], id=f"{uid}-title", class_="ex-title")
    if words["intro"]:
        markdown_into(el(root, "div", class_="ex-intro"), words["intro"])
    el(root, "p", "Your journal needs JavaScript to show saved entries. It is off in this browser.",
       class_="ex-journal-nojs")
    el(root, "p", "", class_="ex-status", role="status", aria_live="polite", data_state="idle")
    passphrase_box(root, uid, "lock-open", "Your journal is locked. Type your passphrase to see, export or "
                   "print your entries. Until then, new entries are still saved, locked.",
                   [("Your passphrase", "current-password")], "Unlock", cancel=None)
    el(root, "p", "There is nothing saved on this device.", class_="ex-journal-empty", hidden="hidden")
    progress = el(root, "section", class_="ex-progress", hidden="hidden",
                  aria_labelledby=f"{uid}-progress-title")
    el(progress, "h3", "Your reflections over time", id=f"{uid}-progress-title", class_="ex-subtitle")
    waiting = el(progress, "div", class_="ex-progress-waiting")
    el(waiting, "p", "How your saved results changed is shown here once the exercise tool is ready.")
    el(waiting, "button", "Show how my results changed", type="button", class_="md-button ex-progress-show")
    el(progress, "div", "", class_="ex-progress-groups")
    el(root, "ol", "", class_="ex-journal-list", aria_label="Saved entries")
    tools = el(root, "div", class_="ex-journal-tools", hidden="hidden")
    el(tools, "p", "Keep a copy or bring it to your therapist", class_="ex-subtitle")
    row = el(tools, "div", class_="ex-actions")
    for fmt, label in (("json", "Export (JSON, can be imported)"), ("markdown", "Export as text (Markdown)"),
                       ("csv", "Export as a spreadsheet (CSV)")):
        el(row, "button", label, type="button", class_="md-button ex-export", data_format=fmt)
    el(row, "button", "Export, locked with a passphrase", type="button", class_="md-button ex-export-locked")
    el(row, "button", "Print all", type="button", class_="md-button ex-print-all")
    passphrase_box(tools, uid, "lock-export",
                    "Choose a passphrase for the file. Without it nobody can open the file: not someone "
                    "else who finds it, and not you if you forget it. It cannot be recovered.",
                    [("Passphrase (at least 8 characters)", "new-password"),
                     ("The same passphrase again", "new-password")], "Export the locked file")
    importer = el(tools, "div", class_="ex-import")
    el(importer, "label", "Import a journal file (JSON)", for_=f"{uid}-import")
    el(importer, "input", type="file", id=f"{uid}-import", accept=".json,application/json",
       class_="ex-import-file")
    passphrase_box(importer, uid, "lock-import", "This file is locked with a passphrase. Type it to open "
                    "the file and import what it holds.", [("Passphrase", "current-password")],
                    "Open and import")
    _lock_tools(tools, uid)
    danger = el(tools, "div", class_="ex-danger")
    el(danger, "button", "Delete everything saved on this device", type="button",
       class_="md-button ex-delete-all")
    confirm = el(danger, "div", class_="ex-confirm", hidden="hidden", role="group",
                 aria_labelledby=f"{uid}-confirm-text")
    el(confirm, "p", "Delete every saved entry from this device, and its lock if it has one? This cannot "
       "be undone. You may want to export a copy first.", id=f"{uid}-confirm-text")
    el(confirm, "button", "Yes, delete everything", type="button", class_="md-button ex-confirm-yes")
    el(confirm, "button", "No, keep them", type="button", class_="md-button md-button--primary ex-confirm-no")
    _print_choice(root, uid)
    el(root, "div", "", class_="ex-print-area", aria_hidden="true")
    return root


# What the journal asks before it prints entries that name people who help the reader (one table,
# for the message catalogs to come).
PRINT_CHOICE = {
    "text": "What you are printing lists people who help you, and how to reach them. If someone checks "
            "your papers, a printed copy could put you at risk. You know best what is safe for you.",
    "without": "Print without the people listed",
    "all": "Print all of it",
    "cancel": "Do not print",
}


def _print_choice(root: etree.Element, uid: str) -> None:
    """Asked in the page, before printing, when the entries name people the reader can reach (a plan
    with helpers' names): print them without those lines, as they are, or not at all. The script
    moves it beside the Print button that was pressed."""
    box = el(root, "div", class_="ex-print-choice", role="group", hidden="hidden",
             aria_labelledby=f"{uid}-print-choice-text")
    el(box, "p", PRINT_CHOICE["text"], id=f"{uid}-print-choice-text")
    actions = el(box, "div", class_="ex-actions")
    for choice, primary in (("without", True), ("all", False), ("cancel", False)):
        el(actions, "button", PRINT_CHOICE[choice], type="button", data_print_choice=choice,
           class_="md-button md-button--primary" if primary else "md-button")


def _lock_tools(tools: etree.Element, uid: str) -> None:
    """Set, change or remove the journal's passphrase, and lock it now (the page shows what fits)."""
    area = el(tools, "div", class_="ex-lock-tools")
    el(area, "p", "Lock your journal", class_="ex-subtitle")
    el(area, "p", "With a lock, your entries and drafts are stored scrambled on this device. Only your "
       "passphrase opens them. The journal locks again when you reload, leave quickly, or do nothing "
       "for 15 minutes.", class_="ex-lock-about")
    row = el(area, "div", class_="ex-actions")
    for name, label in (("set", "Lock with a passphrase"), ("now", "Lock now"),
                        ("change", "Change the passphrase"), ("remove", "Remove the lock")):
        el(row, "button", label, type="button", class_=f"md-button ex-lock-{name}-button", hidden="hidden")
    setting = passphrase_box(area, uid, "lock-set", "If you forget this passphrase, nobody can open your "
                             "journal: not this site, and not you. It cannot be recovered. You may want to "
                             "export a copy first. Someone who checks this device can still see that "
                             "there is a lock; Delete everything works without the passphrase.",
                             [("New passphrase (at least 8 characters)", "new-password"),
                              ("Type the new passphrase again", "new-password")], "Lock my journal")
    el(setting.find("div[@class='ex-actions']"), "button", "Export a copy first", type="button",
       class_="md-button ex-lock-export-first")
    passphrase_box(area, uid, "lock-change", "Type the passphrase you use now, then the new one. If you "
                   "forget the new one, it cannot be recovered.",
                   [("Your passphrase now", "current-password"),
                    ("New passphrase (at least 8 characters)", "new-password"),
                    ("The same new passphrase again", "new-password")], "Change the passphrase")
    passphrase_box(area, uid, "lock-remove", "Without the lock, anyone who opens this journal in this "
                   "browser can read it. Type your passphrase to remove the lock.",
                   [("Your passphrase, to remove the lock", "current-password")], "Remove the lock")
