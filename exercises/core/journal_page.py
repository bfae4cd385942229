"""The journal page's own definition: only its words. (Saved entries and their files: journal.py.)"""

from __future__ import annotations

from typing import Any

from .exercise_kind import ExerciseKind
from .fields import Checker

KIND = "journal"


def parse(data: Any) -> dict[str, Any]:
    """Read a journal definition: only its words (title, intro)."""
    check = Checker()
    root = check.mapping(data, ())
    check.raise_if_any()
    assert root is not None
    check.known_keys(root, (), ("kind", "id", "title", "intro"))
    out = {"id": check.identifier(root, "id", ()), "title": check.field(root, "title", (), str),
           "intro": check.field(root, "intro", (), str, required=False, default="")}
    check.raise_if_any()
    return out


# The journal's operations (export, import, format) serve every kind, so the API holds them.
KIND_DECLARATION = ExerciseKind(
    name=KIND, parse=parse, renderer="exercises.render.journal_html:render",
    module="kinds/journal.js", title="Journal")
