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
    confirm = el(danger, "div", class_="ex-confirm", hidden="hidden", role="group",
                 aria_labelledby=f"{uid}-confirm-text")
    el(confirm, "p", "Delete every saved entry from this device, its lock if it has one, and what this tab "
       "keeps of what you were writing? This cannot be undone. You may want to export a copy first.",
       id=f"{uid}-confirm-text")
    el(confirm, "button", "Yes, delete everything", type="button", class_="md-button ex-confirm-yes")
    el(confirm, "button", "No, keep them", type="button", class_="md-button md-button--primary ex-confirm-no")
    el(root, "div", "", class_="ex-print-area", aria_hidden="true")
    return root


def _lock_trouble(root: etree.Element, uid: str) -> None:
    """A lock that no passphrase can open here (its words are the page's: they depend on what is
    wrong), and a removal of the lock left half-done, waiting for the reader's word."""
    damaged = el(root, "div", class_="ex-lock-damaged", role="group", hidden="hidden",
                 aria_labelledby=f"{uid}-lock-damaged-text")
    el(damaged, "p", "", id=f"{uid}-lock-damaged-text", class_="ex-lock-damaged-text")
    actions = el(damaged, "div", class_="ex-actions")
    el(actions, "button", "Export what is stored, as it is", type="button",
       class_="md-button ex-lock-export-raw")
    removing = el(root, "div", class_="ex-lock-removing", role="group", hidden="hidden",
                  aria_labelledby=f"{uid}-lock-removing-text")
    el(removing, "p", "You started removing the lock, and it was not finished. Finish removing it? Your "
       "entries would be stored unlocked on this device again. Or keep the lock: entries unlocked so far "
       "are locked again.", id=f"{uid}-lock-removing-text")
    actions = el(removing, "div", class_="ex-actions")
    el(actions, "button", "Finish removing the lock", type="button",
       class_="md-button ex-lock-finish-removal")
    el(actions, "button", "Keep the lock", type="button", class_="md-button md-button--primary ex-lock-keep")


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
