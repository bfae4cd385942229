"""The Privacy page names the controls and keys the site really uses, so it cannot drift from them.

What the page promises is proven by the browser tests it lists; this keeps its words pointing at
the same buttons and storage keys those tests drive.
"""

from __future__ import annotations

import yaml
from kit.site import ROOT

from exercises.i18n.catalogs import package_messages

PRIVACY = " ".join((ROOT / "docs" / "privacy.md").read_text().split())  # as one line, wraps undone


def test_it_names_the_key_prefix_the_site_stores_under() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # !ENV stays text
    [options] = [p["exercises"] for p in config["plugins"] if isinstance(p, dict) and "exercises" in p]
    assert f"`{options['site_id']}:`" in PRIVACY


def test_it_names_the_buttons_the_reader_will_see() -> None:
    labels = [
        package_messages()["leave.button"].english,  # the page's English, from the catalog
        "Save on this device",
        "Delete everything saved on this device",
    ]
    built = (ROOT / "exercises" / "render" / "parts.py").read_text() + (
        ROOT / "exercises" / "render" / "journal_html.py").read_text()
    for label in labels:
        assert f"**{label}**" in PRIVACY, label
    for label in labels[1:]:
        assert f'"{label}"' in built, f"the form no longer has a button called {label!r}"


def test_it_links_to_the_journal_where_entries_are_deleted() -> None:
    assert "(journal.md)" in PRIVACY
