"""The journal page: saved entries from every exercise, with export, import, print and delete."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..core.messages import msg, t
from ..definitions import Definition
from .html import MarkdownInto, PageLink, el, leave_note
from .parts import passphrase_box, status_element

# The shortest passphrase the lock takes (lock.js checks it in the page).
MIN_LENGTH = 12

# i18n: The question asked before deleting everything saved on the device.
DELETE_EVERYTHING = msg("journal.delete_confirm", "Delete every saved entry from this device, its lock if it "
                        "has one, and what this tab keeps of what you were writing? This cannot be undone. "
                        "You may want to export a copy first.")
# i18n: On the journal page when removing its lock was started and not finished.
REMOVAL_LEFT_HALF_DONE = msg("lock.removing.text", "You started removing the lock, and it was not finished. "
                             "Finish removing it? Your entries would be stored unlocked on this device "
                             "again. Or keep the lock: entries unlocked so far are locked again.")


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink) -> etree.Element:
    words = defn.model
    root = el(None, "section", class_="ex ex-journal", data_exercise="journal", data_exercise_id=uid,
              aria_labelledby=f"{uid}-title")
    el(root, "h2", words["title"], id=f"{uid}-title", class_="ex-title")
    leave_note(root)
    if words["intro"]:
        markdown_into(el(root, "div", class_="ex-intro"), words["intro"])
    # Drawn as most readers' page will show it once its script has read the device (an empty journal,
    # its tools), so little moves when it starts; without scripts, exercises.css swaps them for this.
    # i18n: Shown on the journal page when the browser runs no JavaScript.
    el(root, "p", t("journal.no_script", "Your journal needs JavaScript to show saved entries. It is off in "
                    "this browser."), class_="ex-journal-nojs", hidden="hidden")
    status_element(root)
    # What the lock found changed since the journal was last open, said until it locks again.
    el(root, "p", "", class_="ex-lock-notice", role="alert", hidden="hidden")
    # i18n: On the journal page when the journal is locked with a passphrase.
    passphrase_box(root, uid, "lock-open", t("lock.open.text", "Your journal is locked. Type your passphrase "
                                             "to see, export or print your entries. Until then, new entries "
                                             "are still saved, locked."),
                   # i18n: The label of the box for the passphrase that unlocks the journal.
                   [t("lock.open.passphrase", "Your passphrase")],
                   # i18n: The button that unlocks the journal.
                   t("lock.open.go", "Unlock"), cancel=None)
    _lock_trouble(root, uid)
    # i18n: On the journal page when nothing is saved.
    # Its room is kept, unread, until the script has looked (data-pending): never said before it is known.
    el(root, "p", t("journal.empty", "There is nothing saved on this device."), class_="ex-journal-empty",
       data_pending="")
    progress = el(root, "section", class_="ex-progress", hidden="hidden",
                  aria_labelledby=f"{uid}-progress-title")
    # i18n: The heading of the chart of saved questionnaire results, on the journal page.
    el(progress, "h3", t("journal.progress_title", "Your reflections over time"), id=f"{uid}-progress-title",
       class_="ex-subtitle")
    waiting = el(progress, "div", class_="ex-progress-waiting")
    # i18n: On the journal page while the exercise tool is loading, where the chart of results goes.
    el(waiting, "p", t("journal.progress_waiting", "How your saved results changed is shown here once the "
                       "exercise tool is ready."))
    # i18n: The button on the journal page that shows the chart of saved questionnaire results.
    el(waiting, "button", t("journal.progress_show", "Show how my results changed"), type="button",
       class_="md-button ex-progress-show")
    el(progress, "div", "", class_="ex-progress-groups")
    # i18n: What a screen reader calls the list of saved entries on the journal page.
    el(root, "ol", "", class_="ex-journal-list", aria_label=t("journal.list_label", "Saved entries"))
    tools = el(root, "div", class_="ex-journal-tools")
    # i18n: The heading of the journal's export, import and print buttons.
    el(tools, "p", t("journal.tools_title", "Keep a copy or bring it to your therapist"),
       class_="ex-subtitle")
    row = el(tools, "div", class_="ex-actions")
    for fmt, label in EXPORTS:
        el(row, "button", str(label), type="button", class_="md-button ex-export", data_format=fmt)
    # i18n: A button on the journal page: exports the journal as a file locked with a passphrase.
    el(row, "button", t("journal.export_locked", "Export, locked with a passphrase"), type="button",
       class_="md-button ex-export-locked")
    # i18n: A button on the journal page: prints every entry.
    el(row, "button", t("journal.print_all", "Print all"), type="button", class_="md-button ex-print-all")
    # i18n: Shown when the reader chose to export a locked file: a passphrase cannot be recovered.
    passphrase_box(tools, uid, "lock-export", t("lock.export.text", "Choose a passphrase for the file. "
                                                "Without it nobody can open the file: not someone else who "
                                                "finds it, and not you if you forget it. It cannot be "
                                                "recovered."),
                   # i18n: The label of the box for a locked file's new passphrase. {count}: the fewest
                   # characters it takes.
                   [t("lock.export.passphrase", "Passphrase (at least {count} characters)", count=MIN_LENGTH),
                    # i18n: The label of the second passphrase box, to type the same passphrase again.
                    t("lock.export.again", "The same passphrase again")],
                   # i18n: The button that exports the journal as a locked file.
                   t("lock.export.go", "Export the locked file"))
    importer = el(tools, "div", class_="ex-import")
    # i18n: The label of the journal's file picker, to import a journal exported before.
    el(importer, "label", t("journal.import_label", "Import a journal file (JSON)"), for_=f"{uid}-import")
    el(importer, "input", type="file", id=f"{uid}-import", accept=".json,application/json",
       class_="ex-import-file")
    # i18n: Shown when the file chosen for import is locked with a passphrase.
    passphrase_box(importer, uid, "lock-import", t("lock.import.text", "This file is locked with a "
                                                   "passphrase. Type it to open the file and import what it "
                                                   "holds."),
                   # i18n: The label of the box for a locked file's passphrase.
                   [t("lock.import.passphrase", "Passphrase")],
                   # i18n: The button that opens a locked file and imports it.
                   t("lock.import.go", "Open and import"))
    _lock_tools(tools, uid)
    danger = el(tools, "div", class_="ex-danger")
    # i18n: A button on the journal page: deletes every saved entry (after asking).
    el(danger, "button", t("journal.delete_all", "Delete everything saved on this device"), type="button",
       class_="md-button ex-delete-all")
    _choice(danger, f"{uid}-confirm", "ex-confirm", str(DELETE_EVERYTHING),
            # i18n: The answer that deletes everything saved on the device.
            [(t("journal.delete_yes", "Yes, delete everything"), "md-button ex-confirm-yes"),
             # i18n: The answer that keeps everything saved on the device.
             (t("journal.delete_no", "No, keep them"), "md-button md-button--primary ex-confirm-no")],
            actions=False)
    _print_choice(root, uid)
    el(root, "div", "", class_="ex-print-area", aria_hidden="true")
    return root


# The journal's export buttons, by format.
EXPORTS = (
    # i18n: A button on the journal page: exports the journal as a JSON file that can be imported again.
    ("json", msg("journal.export_json", "Export (JSON, can be imported)")),
    # i18n: A button on the journal page: exports the journal as text (Markdown).
    ("markdown", msg("journal.export_markdown", "Export as text (Markdown)")),
    # i18n: A button on the journal page: exports the journal as a spreadsheet (CSV).
    ("csv", msg("journal.export_csv", "Export as a spreadsheet (CSV)")),
)


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
            # i18n: On the journal page when its lock is damaged: exports the stored records unopened.
            [(t("lock.damaged.export", "Export what is stored, as it is"), "md-button ex-lock-export-raw")])
    _choice(root, f"{uid}-lock-removing", "ex-lock-removing", str(REMOVAL_LEFT_HALF_DONE),
            # i18n: The answer that finishes removing the journal's lock, left half-done.
            [(t("lock.removing.finish", "Finish removing the lock"), "md-button ex-lock-finish-removal"),
             # i18n: The answer that keeps the journal's lock, whose removal was left half-done.
             (t("lock.removing.keep", "Keep the lock"), "md-button md-button--primary ex-lock-keep")])


# What the journal asks before it prints entries that name people who help the reader.
PRINT_CHOICE = {
    # i18n: Asked on the journal page before printing entries that name people who help the reader.
    "text": msg("print_choice.text", "What you are printing lists people who help you, and how to reach "
                "them. If someone checks your papers, a printed copy could put you at risk. You know best "
                "what is safe for you."),
    # i18n: An answer to that question: print, leaving out the people and their numbers.
    "without": msg("print_choice.without", "Print without the people listed"),
    # i18n: An answer to that question: print everything.
    "all": msg("print_choice.all", "Print all of it"),
    # i18n: An answer to that question: do not print.
    "cancel": msg("print_choice.cancel", "Do not print"),
}


def _print_choice(root: etree.Element, uid: str) -> None:
    """Asked in the page, before printing, when the entries name people the reader can reach (a plan
    with helpers' names): print them without those lines, as they are, or not at all. The script
    moves it beside the Print button that was pressed."""
    box = el(root, "div", class_="ex-print-choice", role="group", hidden="hidden",
             aria_labelledby=f"{uid}-print-choice-text")
    el(box, "p", str(PRINT_CHOICE["text"]), id=f"{uid}-print-choice-text")
    actions = el(box, "div", class_="ex-actions")
    for choice, primary in (("without", True), ("all", False), ("cancel", False)):
        el(actions, "button", str(PRINT_CHOICE[choice]), type="button", data_print_choice=choice,
           class_="md-button md-button--primary" if primary else "md-button")


def _lock_tools(tools: etree.Element, uid: str) -> None:
    """Set, change or remove the journal's passphrase, and lock it now (the page shows what fits)."""
    area = el(tools, "div", class_="ex-lock-tools")
    # i18n: The heading of the journal's lock tools.
    el(area, "p", t("lock.title", "Lock your journal"), class_="ex-subtitle")
    # i18n: What the journal's lock does, under its heading. {minutes} is how many minutes of doing
    # nothing lock it again.
    el(area, "p", t("lock.about", "With a lock, your entries and drafts are stored scrambled on this device. "
                    "Only your passphrase opens them. The journal locks again when you reload the page or "
                    "come back to it, and in every tab when you lock it, leave quickly, or do nothing for "
                    "{minutes} minutes. If someone changes the lock on this device, you are told the next "
                    "time you open it.", minutes=15), class_="ex-lock-about")
    # i18n: Under what the journal's lock does: what it cannot protect against.
    el(area, "p", t("lock.limits", "A lock cannot protect you from spying software on this device, from "
                    "someone who watches you type or pushes you to open it, or from someone who changes "
                    "this device before you write: what you write after such a change may be readable by "
                    "them until you next open your journal."), class_="ex-lock-limits")
    row = el(area, "div", class_="ex-actions")
    for name, label in LOCK_BUTTONS:
        el(row, "button", str(label), type="button", class_=f"md-button ex-lock-{name}-button",
           hidden="hidden")
    # i18n: Shown before a reader sets a passphrase on the journal: what a lock can and cannot do.
    setting = passphrase_box(area, uid, "lock-set", t("lock.set.text", "If you forget this passphrase, "
                                                      "nobody can open your journal: not this site, and not "
                                                      "you. It cannot be recovered. You may want to export a "
                                                      "copy first, locked with a passphrase. Choose a long "
                                                      "one: four or more words that have nothing to do with "
                                                      "each other are easy to remember and hard to guess. "
                                                      "Someone who checks this device can still see that "
                                                      "there is a lock; Delete everything works without the "
                                                      "passphrase."),
                             # i18n: The label of the box for the journal's new passphrase. {count}: the
                             # fewest characters it takes.
                             [t("lock.new_passphrase", "New passphrase (at least {count} characters)",
                                count=MIN_LENGTH),
                              # i18n: The label of the second box, to type the new passphrase again.
                              t("lock.set.again", "Type the new passphrase again")],
                             # i18n: The button that sets the journal's passphrase.
                             t("lock.set.go", "Lock my journal"))
    # i18n: A button beside "Lock my journal": exports a copy of the journal before locking it.
    el(setting.find("div[@class='ex-actions']"), "button", t("lock.set.export_first", "Export a copy first"),
       type="button", class_="md-button ex-lock-export-first")
    # i18n: Shown when the reader changes the journal's passphrase.
    passphrase_box(area, uid, "lock-change", t("lock.change.text", "Type the passphrase you use now, then "
                                               "the new one. If you forget the new one, it cannot be "
                                               "recovered."),
                   # i18n: The label of the box for the passphrase the journal has now.
                   [t("lock.change.now", "Your passphrase now"),
                    t("lock.new_passphrase", "New passphrase (at least {count} characters)",
                      count=MIN_LENGTH),
                    # i18n: The label of the box to type the new passphrase again.
                    t("lock.change.again", "The same new passphrase again")],
                   t("lock.change.go", "Change the passphrase"))
    # i18n: Shown when the reader removes the journal's lock.
    passphrase_box(area, uid, "lock-remove", t("lock.remove.text", "Without the lock, anyone who opens this "
                                               "journal in this browser can read it. Entries that your "
                                               "passphrase cannot open are deleted with the lock. Type your "
                                               "passphrase to remove the lock."),
                   # i18n: The label of the box for the passphrase, to remove the journal's lock.
                   [t("lock.remove.passphrase", "Your passphrase, to remove the lock")],
                   t("lock.remove.go", "Remove the lock"))


# The buttons of the journal's lock tools (the page shows the ones that fit).
LOCK_BUTTONS = (
    # i18n: A button on the journal page: sets a passphrase on the journal.
    ("set", msg("lock.set.button", "Lock with a passphrase")),
    # i18n: A button on the journal page: locks the journal at once.
    ("now", msg("lock.now.button", "Lock now")),
    # i18n: A button on the journal page, and the button that confirms the change: changes the passphrase.
    ("change", msg("lock.change.go", "Change the passphrase")),
    # i18n: A button on the journal page, and the button that confirms it: removes the lock.
    ("remove", msg("lock.remove.go", "Remove the lock")),
)
