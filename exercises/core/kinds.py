"""The exercise kinds the core knows, by the name used in a definition's ``kind`` field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import journal, questionnaire, thought_record, worksheet
from .errors import DefinitionError, Problem
from .fields import describe

PARSERS: dict[str, Callable[[Any], Any]] = {
    questionnaire.KIND: questionnaire.parse,
    thought_record.KIND: thought_record.parse,
    "journal": journal.parse,
    worksheet.KIND: worksheet.parse,
}


def parse_definition(data: Any) -> Any:
    """Read any definition by its ``kind``; raise DefinitionError when it cannot be used."""
    kind = data.get("kind") if isinstance(data, dict) else None
    known = ", ".join(sorted(PARSERS))
    if kind is None:
        raise DefinitionError([Problem(("kind",), "missing required field 'kind'",
                                       f"Add 'kind:' with one of: {known}.")])
    if not isinstance(kind, str) or kind not in PARSERS:
        found = f"'{kind}'" if isinstance(kind, str) else describe(kind)
        raise DefinitionError([Problem(("kind",), f"{found} is not an exercise kind",
                                       f"Set 'kind:' to one of: {known}.")])
    return PARSERS[kind](data)
