"""Every box that asks for a passphrase (the journal's lock, its locked files, a draft kept locked) is
a password field that browsers and password managers leave alone: on a shared device's browser
profile, a saved passphrase would open the journal for anyone."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from types import SimpleNamespace

from exercises.render import journal_html
from exercises.render.parts import notes


def boxes() -> list[etree.Element]:
    journal = journal_html.render(SimpleNamespace(model={"title": "Your journal", "intro": ""}), "ex-j",
                                  lambda parent, text: None, lambda target: (target, None))
    form = etree.Element("form")
    notes(form, "ex-w")
    return [*journal.iter("input"), *form.iter("input")]


def test_every_passphrase_box_is_a_password_field_no_password_manager_keeps() -> None:
    inputs = [i for i in boxes() if "ex-passphrase-input" in i.get("class", "")]
    assert len(inputs) == 11  # unlock 1, locked export 2, import 1, set 2, change 3, remove 1; a draft 1
    for field in inputs:
        assert field.get("type") == "password", field.attrib
        # A code used once: password managers do not keep it (Chromium's parser: no password at all).
        assert field.get("autocomplete") == "one-time-code", field.attrib
        for extension in ("data-1p-ignore", "data-lpignore", "data-bwignore"):
            assert field.get(extension) == "true", (extension, field.attrib)
        assert field.get("spellcheck") == "false"


def test_new_passphrases_ask_for_twelve_characters() -> None:
    journal = journal_html.render(SimpleNamespace(model={"title": "Your journal", "intro": ""}), "ex-j",
                                  lambda parent, text: None, lambda target: (target, None))
    labels = [label.text for label in journal.iter("label")]
    assert "New passphrase (at least 12 characters)" in labels
    assert "Passphrase (at least 12 characters)" in labels
    assert not [text for text in labels if text and "8 characters" in text]
