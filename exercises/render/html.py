"""Tiny helpers for building HTML as ElementTree elements (escaping is ElementTree's job)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.util import AtomicString

# Renders Markdown text into the given parent element (supplied by the Markdown extension,
# so links inside it are resolved like any other link on the page).
MarkdownInto = Callable[[etree.Element, str], None]
# Turns a docs-relative page path into (href relative to the current page, page title).
PageLink = Callable[[str], tuple[str, str]]


def el(parent: etree.Element | None, tag: str, text: str | None = None, **attrs: str
       ) -> etree.Element:
    """Make an element; ``class_`` and ``data_x`` style names become ``class`` and ``data-x``."""
    clean = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
    node = etree.Element(tag, clean) if parent is None else etree.SubElement(parent, tag, clean)
    if text is not None:
        # Plain text, not Markdown: Python-Markdown's inline pass leaves it alone (a '*' in a
        # label stays a '*'), and skipping it saves most of the cost of a big form.
        node.text = AtomicString(text)
    return node


# The name of the button leave.js puts in a corner of every page (its NAME; a browser test holds the
# note to the button's real name).
LEAVE_BUTTON = "Leave this page quickly"
LEAVE_NOTE = (f"On a shared device? To hide this page fast, use \u201c{LEAVE_BUTTON}\u201d in the corner "
              "of the screen, or press Esc twice. It clears this form and shows a plain page. Saved entries "
              "stay saved.")


def leave_note(root: etree.Element) -> None:
    """The note on leaving quickly, under an exercise's title. Rendered here, not by the browser, so
    the form does not move down under the reader's finger once the page's scripts run; hidden
    without JavaScript, where there is no button to leave with."""
    el(root, "p", LEAVE_NOTE, class_="ex-leave-note")


def exercise_root(kind: str, uid: str, data: object, title: str, intro: str, markdown_into: MarkdownInto,
                  without_script: str, **attrs: str) -> etree.Element:
    """What every kind's form starts with: the section the browser mounts (with the definition it
    sends to the core), the title, the introduction and what a reader without JavaScript is told."""
    # The definition travels in an attribute, not a <script type="application/json">: Material's
    # instant navigation re-executes every <script> in a swapped page, which breaks JSON ones.
    root = el(None, "section", class_=f"ex ex-{kind.replace('_', '-')}", data_exercise=kind,
              data_exercise_id=uid, **attrs, aria_labelledby=f"{uid}-title",
              data_definition=json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    el(root, "h2", title, id=f"{uid}-title", class_="ex-title")
    leave_note(root)
    if intro:
        markdown_into(el(root, "div", class_="ex-intro"), intro)
    el(el(root, "noscript"), "p", without_script, class_="ex-noscript")
    return root
