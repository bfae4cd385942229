"""Placeholders a new site starts with, found wherever they are still left, so none reaches readers.

`mkdocs-exercises new` marks everything an author must write with the word REPLACE: the site's
description, the welcome and the lessons, the questionnaire's sentences, the crisis and
relationship-safety services when no country was chosen. A page made by `new-lesson` before the
marker was REPLACE began its description with "TODO:". The build warns for each line that still
holds one (so `mkdocs build --strict`, and `mkdocs-exercises check`, stop), naming the file and
line; a line in `extra.crisis` or `extra.relationship_safety` says what is at stake there.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..core.errors import Problem
from ..guide_site import reference
from ..presets import COUNTRIES

MARKER = "REPLACE"
_MARKED = re.compile(rf"\b{MARKER}\b")
_COMMENT_MARK = re.compile(rf"^\s*#\s*{MARKER}\b")
_TODO_DESCRIPTION = re.compile(r"^description:\s*[\"']?TODO\b")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+\1")
HELP_KEYS = ("crisis", "relationship_safety")


def marked_lines(text: str, markdown: bool = False) -> list[tuple[int, str]]:
    """(line number, the line) for each line of TEXT that holds a placeholder. In MARKDOWN, code
    (a fenced block, `inline code`) may quote the marker and is not counted."""
    found: list[tuple[int, str]] = []
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if markdown:
            opening = _FENCE.match(line)
            if fence is not None:
                if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                    fence = None
                continue
            if opening:
                fence = opening.group(1)
                continue
        seen = _INLINE_CODE.sub("", line) if markdown else line
        if not markdown and seen.lstrip().startswith("#"):
            # A comment in a settings file marks what follows only when it starts with the marker
            # ("# REPLACE: the crisis helplines..."); one that mentions it explains.
            seen = seen if _COMMENT_MARK.match(seen) else ""
        if _MARKED.search(seen) or _TODO_DESCRIPTION.match(seen):
            found.append((number, line.strip()))
    return found


def _excerpt(line: str, limit: int = 70) -> str:
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _fix(line: str) -> str:
    marker = f", without the word {MARKER}" if _MARKED.search(line) else ""
    return f"Write your own words in its place{marker}"


def in_page(shown: str, source: str) -> list[str]:
    """The warnings for a page (SHOWN as docs/page.md) whose file holds SOURCE."""
    return [f"{shown}:{number}: the placeholder '{_excerpt(line)}' is still there, and readers "
            f"would see it. {_fix(line)}." for number, line in marked_lines(source, markdown=True)]


def in_definition(shown: str, text: str) -> list[str]:
    """The warnings for an exercise file (SHOWN as docs/_exercises/x.yml) holding TEXT."""
    return [f"{shown}:{number}: the placeholder '{_excerpt(line)}' is still there, and readers "
            f"would see it in the exercise. {_fix(line)}." for number, line in marked_lines(text)]


def in_settings(settings: Path) -> list[str]:
    """The warnings for mkdocs.yml: each line with a placeholder, with its setting's name, and for the
    help services what a reader in distress would meet instead."""
    try:
        text = settings.read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    where = _text_lines(root)
    out = []
    for number, line in marked_lines(text):
        path = where.get(number, ())
        if not path and line.startswith("#"):  # a comment is about the setting below it
            path = next((where[n] for n in range(number + 1, number + 4) if n in where), ())
            path = path[:2] if path[:1] == ("extra",) else ()
        what = f"{Problem(path, '', '').field}: " if path and not line.startswith("#") else ""
        if len(path) >= 2 and path[0] == "extra" and path[1] in HELP_KEYS:
            stake = (" A reader in crisis or in danger would find a placeholder where a real service "
                     "should be. Put the services of your readers' country here, each checked with "
                     "the service itself (`mkdocs-exercises new --country` writes a checked list for "
                     f"{', '.join(COUNTRIES)}); see {reference('site-settings')}")
        else:
            stake = f" {_fix(line)}"
        out.append(f"{settings.name}:{number}: {what}the placeholder '{_excerpt(line)}' is still "
                   f"there.{stake}.")
    return out


def _text_lines(node: yaml.Node | None, path: tuple[str | int, ...] = ()
                ) -> dict[int, tuple[str | int, ...]]:
    """Line -> the path of the text value on it, for every text value in a composed YAML document
    (each line of a value written over several lines; a mapping value's key line too)."""
    found: dict[int, tuple[str | int, ...]] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, str(key.value))
            if isinstance(value, yaml.ScalarNode):
                for line in range(key.start_mark.line + 1, _last_line(value) + 1):
                    found.setdefault(line, child)
            else:
                found.update(_text_lines(value, child))
    elif isinstance(node, yaml.SequenceNode):
        for n, item in enumerate(node.value):
            if isinstance(item, yaml.ScalarNode):
                for line in range(item.start_mark.line + 1, _last_line(item) + 1):
                    found.setdefault(line, (*path, n))
            else:
                found.update(_text_lines(item, (*path, n)))
    return found


def _last_line(node: yaml.Node) -> int:
    """The 1-based last line of NODE's text (a block of text ends at the start of the next line)."""
    end = node.end_mark
    return end.line + (1 if end.column > 0 else 0)
