"""The journal page: saved entries from every exercise, with export, import, print and delete."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..definitions import Definition
from .html import MarkdownInto, PageLink, el
from .parts import passphrase_box

DELETE_EVERYTHING = ("Delete every saved entry from this device, its lock if it has one, and what this tab "
                     "keeps of what you were writing? This cannot be undone. You may want to export a copy "
                     "first.")
REMOVAL_LEFT_HALF_DONE = ("You started removing the lock, and it was not finished. Finish removing it? Your "
                          "entries would be stored unlocked on this device again. Or keep the lock: entries "
                          "unlocked so far are locked again.")


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
    # What the lock found changed since the journal was last open, said until it locks again.
    el(root, "p", "", class_="ex-lock-notice", role="alert", hidden="hidden")
    passphrase_box(root, uid, "lock-open", "Your journal is locked. Type your passphrase to see, export or "
                   "print your entries. Until then, new entries are still saved, locked.",
                   ["Your passphrase"], "Unlock", cancel=None)
    _lock_trouble(root, uid)
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
                    ["Passphrase (at least 12 characters)", "The same passphrase again"],
                    "Export the locked file")
    importer = el(tools, "div", class_="ex-import")
    el(importer, "label", "Import a journal file (JSON)", for_=f"{uid}-import")
    el(importer, "input", type="file", id=f"{uid}-import", accept=".json,application/json",
       class_="ex-import-file")
    passphrase_box(importer, uid, "lock-import", "This file is locked with a passphrase. Type it to open "
                    "the file and import what it holds.", ["Passphrase"], "Open and import")
    _lock_tools(tools, uid)
    danger = el(tools, "div", class_="ex-danger")
    el(danger, "button", "Delete everything saved on this device", type="button",
       class_="md-button ex-delete-all")
    _choice(danger, f"{uid}-confirm", "ex-confirm", DELETE_EVERYTHING,
            [("Yes, delete everything", "md-button ex-confirm-yes"),
             ("No, keep them", "md-button md-button--primary ex-confirm-no")], actions=False)
    _print_choice(root, uid)
    el(root, "div", "", class_="ex-print-area", aria_hidden="true")
    return root


def _choice(parent: etree.Element, id_: str, class_: str, text: str, buttons: list[tuple[str, str]],
            actions: bool = True) -> etree.Element:
    """A group (hidden until needed) named by its sentence TEXT, with its BUTTONS ([(label, class)])."""
    group = el(parent, "div", class_=class_, hidden="hidden", role="group", aria_labelledby=f"{id_}-text")
    el(group, "p", text, id=f"{id_}-text", class_=f"{class_}-text")
    row = el(group, "div", class_="ex-actions") if actions else group
    for label, classes in buttons:
        el(row, "button", label, type="button", class_=classes)
    return group


def _lock_trouble(root: etree.Element, uid: str) -> None:
    """A lock that no passphrase can open here (its sentence is the page's: it depends on what is
    wrong), and a removal of the lock left half-done, waiting for the reader's word."""
    _choice(root, f"{uid}-lock-damaged", "ex-lock-damaged", "",
            [("Export what is stored, as it is", "md-button ex-lock-export-raw")])
    _choice(root, f"{uid}-lock-removing", "ex-lock-removing", REMOVAL_LEFT_HALF_DONE,
            [("Finish removing the lock", "md-button ex-lock-finish-removal"),
             ("Keep the lock", "md-button md-button--primary ex-lock-keep")])


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
       "passphrase opens them. The journal locks again when you reload the page or come back to it, and "
       "in every tab when you lock it, leave quickly, or do nothing for 15 minutes. If someone changes the "
       "lock on this device, you are told the next time you open it.", class_="ex-lock-about")
    el(area, "p", "A lock cannot protect you from spying software on this device, from someone who watches "
       "you type or pushes you to open it, or from someone who changes this device before you write: what "
       "you write after such a change may be readable by them until you next open your journal.",
       class_="ex-lock-limits")
    row = el(area, "div", class_="ex-actions")
    for name, label in (("set", "Lock with a passphrase"), ("now", "Lock now"),
                        ("change", "Change the passphrase"), ("remove", "Remove the lock")):
        el(row, "button", label, type="button", class_=f"md-button ex-lock-{name}-button", hidden="hidden")
    setting = passphrase_box(area, uid, "lock-set", "If you forget this passphrase, nobody can open your "
                             "journal: not this site, and not you. It cannot be recovered. You may want to "
                             "export a copy first, locked with a passphrase. Choose a long one: four or more "
                             "words that have nothing to do with each other are easy to remember and hard to "
                             "guess. Someone who checks this device can still see that there is a lock; "
                             "Delete everything works without the passphrase.",
                             ["New passphrase (at least 12 characters)", "Type the new passphrase again"],
                             "Lock my journal")
    el(setting.find("div[@class='ex-actions']"), "button", "Export a copy first", type="button",
       class_="md-button ex-lock-export-first")
    passphrase_box(area, uid, "lock-change", "Type the passphrase you use now, then the new one. If you "
                   "forget the new one, it cannot be recovered.",
                   ["Your passphrase now", "New passphrase (at least 12 characters)",
                    "The same new passphrase again"], "Change the passphrase")
    passphrase_box(area, uid, "lock-remove", "Without the lock, anyone who opens this journal in this "
                   "browser can read it. Entries that your passphrase cannot open are deleted with the "
                   "lock. Type your passphrase to remove the lock.",
                   ["Your passphrase, to remove the lock"], "Remove the lock")
