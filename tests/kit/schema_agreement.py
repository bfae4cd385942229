"""A kind's JSON Schema (for editors) and the build's own checks agree: one table of cases per
schema, judged here the same way for every schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from exercises.core.errors import DefinitionError
from exercises.core.kinds import parse_definition


def schema_validator(path: Path) -> jsonschema.Draft202012Validator:
    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def build_verdict(data: dict[str, Any]) -> str | None:
    """None when the build accepts the definition, else its messages."""
    try:
        parse_definition(data)
    except DefinitionError as err:
        return " | ".join(p.message for p in err.problems)
    return None


def assert_agree(validator: jsonschema.Draft202012Validator, data: dict[str, Any],
                 message: str | None) -> None:
    """Both accept DATA (MESSAGE None), or both reject it and the build says MESSAGE."""
    schema_errors = [e.message for e in validator.iter_errors(data)]
    verdict = build_verdict(data)
    if message is None:
        assert verdict is None, f"the build rejects a valid example: {verdict}"
        assert not schema_errors, f"the schema rejects a valid example: {schema_errors}"
    else:
        assert verdict is not None and message in verdict, f"build said: {verdict}"
        assert schema_errors, "the schema accepts a definition the build rejects"


def assert_build_alone_rejects(validator: jsonschema.Draft202012Validator, data: dict[str, Any],
                               message: str) -> None:
    """A cross-reference only the build can check: the schema accepts DATA, the build says MESSAGE."""
    assert not list(validator.iter_errors(data)), "the schema now catches this: move it to AGREE"
    verdict = build_verdict(data)
    assert verdict is not None and message in verdict, f"build said: {verdict}"
