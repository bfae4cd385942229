"""The JSON Schemas editors check definitions with (``<kind>.schema.json``).

The worksheet schema's field definitions (``field``, ``groupField`` and ``field_<type>``) are made
from the field types' records (``exercises/core/field_types.py``); the rest of that file (the top
level, steps, feedback checks) is written by hand. After changing a field type, run
``python -m exercises.schemas``; a test fails while the file is out of date.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..core.field_types import schema_defs

FOLDER = Path(__file__).resolve().parent
WORKSHEET = FOLDER / "worksheet.schema.json"


def worksheet_schema(current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The worksheet schema: CURRENT (by default, the file as it is) with its field definitions
    made from the field types, in the place the ``field`` definition has."""
    current = json.loads(WORKSHEET.read_text(encoding="utf-8")) if current is None else current
    made = schema_defs()
    defs: dict[str, Any] = {}
    for key, value in current["$defs"].items():
        if key == "field":
            defs.update(made)
        elif key not in made and not key.startswith("field_") and key != "groupField":
            defs[key] = value
    if "field" not in defs:
        defs.update(made)
    return {**current, "$defs": defs}


def as_text(schema: Mapping[str, Any]) -> str:
    """A schema as its file holds it."""
    return json.dumps(schema, indent=2) + "\n"


def write_worksheet_schema() -> bool:
    """Bring worksheet.schema.json up to date; True when it changed."""
    text = as_text(worksheet_schema())
    if WORKSHEET.read_text(encoding="utf-8") == text:
        return False
    WORKSHEET.write_text(text, encoding="utf-8")
    return True
