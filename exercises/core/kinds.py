"""The kinds of exercise this package knows: one registration line each.

Everything else about a kind lives in its own module's ``KIND_DECLARATION`` (see exercise_kind.py);
the build, the plugin, the API and the journal read this registry, never a list of their own.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .errors import DefinitionError, Problem
from .exercise_kind import ExerciseKind
from .fields import describe

# The registration: one line per kind, naming the module of this package that declares it.
KIND_MODULES = (
    "questionnaire",
    "thought_record",
    "journal_page",
    "worksheet",
)

REGISTERED: tuple[ExerciseKind, ...] = tuple(
    import_module(f"{__package__}.{module}").KIND_DECLARATION for module in KIND_MODULES)

KINDS: dict[str, ExerciseKind] = {kind.name: kind for kind in REGISTERED}


def parse_definition(data: Any) -> Any:
    """Read any definition by its ``kind``; raise DefinitionError when it cannot be used."""
    kind = data.get("kind") if isinstance(data, dict) else None
    known = ", ".join(sorted(KINDS))
    if kind is None:
        raise DefinitionError([Problem(("kind",), "missing required field 'kind'",
                                       f"Add 'kind:' with one of: {known}.")])
    if not isinstance(kind, str) or kind not in KINDS:
        found = f"'{kind}'" if isinstance(kind, str) else describe(kind)
        raise DefinitionError([Problem(("kind",), f"{found} is not an exercise kind",
                                       f"Set 'kind:' to one of: {known}.")])
    return KINDS[kind].parse(data)
