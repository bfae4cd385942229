"""What an author does to a site `mkdocs-exercises new` made before it can be published: write over
every placeholder (the word REPLACE marks each), and name a requirement GitHub can reach."""

from __future__ import annotations

import re
from pathlib import Path

from exercises.starter import FOLDER_NOTE

MARKER = re.compile(r"\bREPLACE\b:?\s*")


def fill_placeholders(site: Path) -> list[Path]:
    """Write over every placeholder of SITE, as an author's own words would: the marker goes, the
    sentence stays. Returns the files changed. The help services must be real already (a site made
    with --country): a placeholder number has no words to keep."""
    changed = []
    for path in [site / "mkdocs.yml", *sorted((site / "docs").rglob("*.md")),
                 *sorted((site / "docs").rglob("*.yml"))]:
        text = path.read_text(encoding="utf-8")
        assert "tel:REPLACE" not in text, f"{path}: write the site's help services first"
        filled = MARKER.sub("", text)
        if filled != text:
            path.write_text(filled, encoding="utf-8")
            changed.append(path)
    return changed


def requirement_line(check_output: str) -> str:
    """The line `mkdocs-exercises check` says to write in requirements.txt instead of a folder's."""
    found = re.search(r"requirements\.txt:\d+: .* Replace the line with: (mkdocs-exercises\S*(?: @ \S+)?)",
                      check_output)
    assert found, f"check did not say what to write in requirements.txt:\n{check_output}"
    return found.group(1)


def use_requirement(site: Path, line: str) -> None:
    """requirements.txt with LINE in place of the one that names a folder on this computer."""
    path = site / "requirements.txt"
    lines = [entry for entry in path.read_text(encoding="utf-8").splitlines()
             if not entry.startswith("mkdocs-exercises") and FOLDER_NOTE not in entry]
    path.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
