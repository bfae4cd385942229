"""The stylesheets reach readers without their comments, and with every rule intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.mkdocs_plugin.runtime_files import ASSETS_DIR, stylesheet

SHEETS = sorted(ASSETS_DIR.rglob("*.css"))


def without_comments(text: str) -> str:
    """TEXT with its comments removed, read as CSS is (a quoted "/*" is not a comment)."""
    out, i, quote = [], 0, ""
    while i < len(text):
        if quote:
            out.append(text[i])
            quote = "" if text[i] == quote and text[i - 1] != "\\" else quote
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
            continue
        else:
            quote = text[i] if text[i] in "\"'" else ""
            out.append(text[i])
        i += 1
    return "".join(out)


def rules(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_a_stylesheet_ships_its_rules_without_comments(sheet: Path) -> None:
    shipped = stylesheet(sheet)
    assert "/*" not in shipped and "*/" not in shipped
    assert rules(shipped) == rules(without_comments(sheet.read_text(encoding="utf-8")))
    assert len(shipped) < len(sheet.read_text(encoding="utf-8"))


def test_the_check_itself_tells_a_quoted_comment_from_a_real_one() -> None:
    assert rules(without_comments('a { content: "/* kept */"; } /* gone */ b {}')) == \
        'a { content: "/* kept */"; } b {}'
