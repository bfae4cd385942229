"""The journal page's own definition: only its words. (Saved entries and their files: journal.py.)"""

from __future__ import annotations

from typing import Any

from .exercise_kind import ExerciseKind
from .fields import Checker
from .messages import msg

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
    # i18n: The name of the journal page's own kind of exercise (the list of saved entries).
    module="kinds/journal.js", title=msg("kind.journal", "Journal"))
