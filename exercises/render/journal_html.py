"""The journal page: saved entries from every exercise, with export, import, print and delete."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..definitions import Definition
from .html import MarkdownInto, PageLink, el


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
    _passphrase_box(tools, uid, "lock-export",
                    "Choose a passphrase for the file. Without it nobody can open the file: not someone "
                    "else who finds it, and not you if you forget it. It cannot be recovered.",
                    [("Passphrase (at least 8 characters)", "new-password"),
                     ("The same passphrase again", "new-password")], "Export the locked file")
    importer = el(tools, "div", class_="ex-import")
    el(importer, "label", "Import a journal file (JSON)", for_=f"{uid}-import")
    el(importer, "input", type="file", id=f"{uid}-import", accept=".json,application/json",
       class_="ex-import-file")
    _passphrase_box(importer, uid, "lock-import", "This file is locked with a passphrase. Type it to open "
                    "the file and import what it holds.", [("Passphrase", "current-password")],
                    "Open and import")
    danger = el(tools, "div", class_="ex-danger")
    el(danger, "button", "Delete everything saved on this device", type="button",
       class_="md-button ex-delete-all")
    confirm = el(danger, "div", class_="ex-confirm", hidden="hidden", role="group",
                 aria_labelledby=f"{uid}-confirm-text")
    el(confirm, "p", "Delete every saved entry from this device? This cannot be undone. You may want "
       "to export a copy first.", id=f"{uid}-confirm-text")
    el(confirm, "button", "Yes, delete everything", type="button", class_="md-button ex-confirm-yes")
    el(confirm, "button", "No, keep them", type="button", class_="md-button md-button--primary ex-confirm-no")
    el(root, "div", "", class_="ex-print-area", aria_hidden="true")
    return root


def _passphrase_box(parent: etree.Element, uid: str, name: str, text: str,
                    fields: list[tuple[str, str]], action: str) -> None:
    """A small in-page form (not a dialog) asking for a passphrase, hidden until it is needed."""
    box = el(parent, "div", class_=f"ex-passphrase ex-{name}", role="group", hidden="hidden",
             aria_labelledby=f"{uid}-{name}-text")
    el(box, "p", text, id=f"{uid}-{name}-text")
    for n, (label, autocomplete) in enumerate(fields):
        el(box, "label", label, for_=f"{uid}-{name}-{n}")
        el(box, "input", type="password", id=f"{uid}-{name}-{n}", autocomplete=autocomplete,
           class_="ex-passphrase-input", aria_describedby=f"{uid}-{name}-error")
    el(box, "p", "", class_="ex-field-error", id=f"{uid}-{name}-error", hidden="hidden")
    actions = el(box, "div", class_="ex-actions")
    el(actions, "button", action, type="button", class_="md-button md-button--primary ex-passphrase-go")
    el(actions, "button", "Cancel", type="button", class_="md-button ex-passphrase-cancel")
