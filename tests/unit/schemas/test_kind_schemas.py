"""The thought record and journal JSON Schemas (for editors) agree with the build's validation.

Same idea as tests/unit/schemas/test_schemas.py for the questionnaire: each example is a small definition
changed in one way, and the schema's verdict and the build's must be the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from kit.samples import JOURNAL, THOUGHT_RECORD
from kit.site import ROOT

from exercises.core.errors import DefinitionError
from exercises.core.kinds import parse_definition

SCHEMAS = ROOT / "exercises" / "schemas"

BASES: dict[str, dict[str, Any]] = {"thought_record": THOUGHT_RECORD, "journal": JOURNAL}

# (kind, what changes, the changed fields; None deletes one) -> both should accept (True) or not.
EXAMPLES: list[tuple[str, str, dict[str, Any], bool]] = [
    (kind, name, change, ok)
    for kind in BASES
    for name, change, ok in [
        ("as written", {}, True),
        ("no intro", {"intro": None}, True),
        ("no title", {"title": None}, False),
        ("blank title", {"title": "  "}, False),
        ("title not text", {"title": ["a", "b"]}, False),
        ("id with a space", {"id": "my record"}, False),
        ("id of dashes only", {"id": "--"}, False),
        ("unknown field", {"colour": "blue"}, False),
        ("empty intro", {"intro": ""}, False),
    ]
] + [
    ("thought_record", "no suggestions", {"emotion_suggestions": None}, True),
    ("thought_record", "a blank suggestion", {"emotion_suggestions": ["worried", " "]}, False),
    ("thought_record", "a number as a suggestion", {"emotion_suggestions": ["worried", 3]}, False),
    ("thought_record", "suggestions as one text", {"emotion_suggestions": "worried"}, False),
    ("journal", "suggestions on a journal", {"emotion_suggestions": ["worried"]}, False),
]


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def changed(kind: str, change: dict[str, Any]) -> dict[str, Any]:
    data = dict(BASES[kind])
    for key, value in change.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def build_accepts(data: dict[str, Any]) -> bool:
    try:
        parse_definition(data)
    except DefinitionError:
        return False
    return True


@pytest.mark.parametrize(("kind", "name", "change", "ok"), EXAMPLES,
                         ids=[f"{k}: {n}" for k, n, _, _ in EXAMPLES])
def test_schema_and_build_agree(kind: str, name: str, change: dict[str, Any], ok: bool) -> None:
    data = changed(kind, change)
    schema_ok = not list(validator(kind).iter_errors(data))
    assert (schema_ok, build_accepts(data)) == (ok, ok)


def test_thought_record_schema_lists_every_field_the_build_reads() -> None:
    from exercises.core.thought_record import TOP_KEYS

    assert set(validator("thought_record").schema["properties"]) == set(TOP_KEYS)


@pytest.mark.parametrize("path", sorted((ROOT / "docs" / "_exercises").glob("*.y*ml")), ids=lambda p: p.name)
def test_the_sites_definitions_of_these_kinds_pass_their_schema(path: Path) -> None:
    text = path.read_text()
    kind = yaml.safe_load(text).get("kind")
    if kind not in BASES:
        pytest.skip(f"{path.name} is a {kind}, checked elsewhere")
    assert not [e.message for e in validator(kind).iter_errors(yaml.safe_load(text))]
    comment = f"# yaml-language-server: $schema=../../exercises/schemas/{kind}.schema.json"
    assert text.splitlines()[0] == comment
