"""Tiny helpers for building HTML as ElementTree elements (escaping is ElementTree's job)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.util import AtomicString

from ..core.messages import fill, t

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


_PART = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def words_with(parent: etree.Element, text: str, **parts: etree.Element) -> etree.Element:
    """Add TEXT, a whole sentence from the catalog, to PARENT, with each placeholder of PARTS ({link})
    replaced by its element (made with ``el(None, ...)``): a translator moves the link to wherever the
    language puts it, instead of translating pieces of a sentence."""
    pieces = _PART.split(text)
    last: etree.Element | None = parent[-1] if len(parent) else None

    def add_text(words: str) -> None:
        if not words:
            return
        if last is None:
            parent.text = AtomicString((parent.text or "") + words)
        else:
            last.tail = AtomicString((last.tail or "") + words)

    add_text(pieces[0])
    for name, after in zip(pieces[1::2], pieces[2::2], strict=True):
        part = parts.get(name)
        if part is None:
            add_text("{" + name + "}")
        else:
            parent.append(part)
            last = part
        add_text(after)
    return parent


#: On words that hold a row's number: the same words as a template ("Feeling {number}"), in the page's
#: language, so the page renumbers them when a row is removed without knowing any language's words.
NUMBERED = "data-words"


def numbered(parent: etree.Element, tag: str, template: str, number: int, **attrs: str) -> etree.Element:
    """An element whose words hold a row's NUMBER, from TEMPLATE (a catalog's words with {number})."""
    return el(parent, tag, fill(template, {"number": number}), data_words=template, **attrs)


def leave_note(root: etree.Element) -> None:
    """The note on leaving quickly, under an exercise's title. Rendered here, not by the browser, so
    the form does not move down under the reader's finger once the page's scripts run; hidden where
    scripts do not run (exercises.css), as there is no button to leave with then."""
    # i18n: Under an exercise's title: how to hide the page fast. {button} is the words of the Leave
    # quickly button.
    note = t("leave.note", "On a shared device? To hide this page fast, use \u201c{button}\u201d in the "
             "corner of the screen, or press Esc twice. It clears this form and shows a plain page. Saved "
             "entries stay saved.", button=t("leave.button", "Leave this page quickly"))
    el(root, "p", note, class_="ex-leave-note")


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


def opens_with_exercise(page_html: str) -> bool:
    """Whether a page's content (PAGE_HTML) has an exercise before its first subheading (an exercise's
    own title is one): a page a reader opens for its exercise, like a questionnaire or a journal, not
    a lesson with a practice further down."""
    exercise = page_html.find('data-exercise="')
    heading = page_html.find("<h2")
    return exercise >= 0 and (heading < 0 or exercise < heading)
