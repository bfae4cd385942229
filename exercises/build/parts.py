"""Parts that every exercise which keeps what a reader writes shares: the help banner, the notes
about drafts and storage, the buttons that save, and the status line."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from .html import PageLink, el

# The class of the help banner; the plugin looks for it to know which pages link to get-help.md.
CRISIS_CLASS = "ex-crisis"
HELP_PAGE = "get-help.md"


def crisis_banner(root: etree.Element, uid: str, link: PageLink) -> etree.Element:
    """A calm offer of help, hidden until the core notices crisis language; never blocks."""
    crisis = el(root, "div", class_=CRISIS_CLASS, hidden="hidden", role="region", aria_live="polite",
                aria_labelledby=f"{uid}-crisis-title")
    el(crisis, "p", "It sounds like things are really hard right now.", class_="ex-crisis-title",
       id=f"{uid}-crisis-title")
    el(crisis, "p", "You do not have to carry this alone. Talking to someone now can help. "
       "What you wrote stays here and is not sent anywhere.")
    actions = el(crisis, "p", class_="ex-crisis-actions")
    el(actions, "a", "See who you can call or text now", href=link(HELP_PAGE)[0],
       class_="md-button md-button--primary")
    el(actions, "button", "Hide this message", type="button", class_="md-button ex-crisis-dismiss")
    return crisis


def notes(root: etree.Element) -> None:
    """Where "we brought back your draft" and "this browser keeps nothing" are said."""
    el(root, "p", "", class_="ex-draft-note", role="status", hidden="hidden")
    el(root, "p", "", class_="ex-storage-note", role="status", hidden="hidden")


def save_actions(form: etree.Element, submit: str) -> etree.Element:
    buttons = el(form, "div", class_="ex-actions")
    el(buttons, "button", submit, type="submit", class_="md-button md-button--primary")
    el(buttons, "button", "Save on this device", type="button", class_="md-button ex-save")
    el(buttons, "button", "Download a copy", type="button", class_="md-button ex-download")
    el(buttons, "button", "Print", type="button", class_="md-button ex-print")
    el(buttons, "button", "Clear the form", type="button", class_="md-button ex-discard")
    return buttons


def status_line(form: etree.Element) -> etree.Element:
    status = el(form, "p", "", class_="ex-status", role="status", aria_live="polite", data_state="idle")
    el(status, "span", "Nothing you type is saved unless you choose to save it.", class_="ex-status-text")
    el(status, "button", "Try again", type="button", class_="ex-retry md-button", hidden="hidden")
    return status
