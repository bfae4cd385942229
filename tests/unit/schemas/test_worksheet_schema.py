"""The worksheet JSON Schema (for editors) and the build's validation give the same verdict.

As in tests/unit/schemas/test_schemas.py: each example is a small worksheet changed in one way. Checks that
compare one part of a file with another (ids used twice, min below max, feedback naming a field of
the right type) cannot be written in JSON Schema: the schema accepts those and only the build
rejects them; they are listed apart so a change on either side shows up here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from kit.samples import WORKSHEET_EVERY_KEY as BASE
from kit.schema_agreement import assert_agree, assert_build_alone_rejects, schema_validator
from kit.site import ROOT

from exercises.core import worksheet
from exercises.core.worksheet_checks import CHECKS

SCHEMA_PATH = ROOT / "exercises" / "schemas" / "worksheet.schema.json"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../../exercises/schemas/worksheet.schema.json"

Change = Callable[[dict[str, Any]], None]


def put(value: Any, *path: str | int) -> Change:
    def change(d: dict[str, Any]) -> None:
        _at(d, path[:-1])[path[-1]] = value
    return change


def drop(*path: str | int) -> Change:
    def change(d: dict[str, Any]) -> None:
        del _at(d, path[:-1])[path[-1]]
    return change


def _at(d: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        d = d[part]
    return d


def apply(*changes: Change) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    for change in changes:
        change(data)
    return data


F1 = ("steps", 1, "fields")  # the second step's fields
GROUP = ("steps", 2, "fields", 0)

AGREE: dict[str, tuple[dict[str, Any], str | None]] = {
    "the full example": (apply(), None),
    "only what is needed": (
        {"kind": "worksheet", "id": "w", "title": "W",
         "steps": [{"title": "S", "fields": [{"id": "a", "type": "short_text", "label": "A"}]}]}, None),
    "empty optional fields": (apply(put(None, "intro"), put(None, "display"), put(None, "feedback"),
                                    put(None, "steps", 0, "fields", 0, "min"),
                                    put(None, *F1, 6, "patterns"), put(None, *F1, 7, "minutes")), None),
    "all at once": (apply(put("all_at_once", "display")), None),
    "a 1 to 10 rating": (apply(put(1, "steps", 0, "fields", 0, "min"),
                               put(10, "steps", 0, "fields", 0, "max")), None),
    "one breathing pattern": (apply(put(["4-7-8"], *F1, 6, "patterns")), None),
    "lower is better": (apply(put("lower", "feedback", 0, "better")), None),
    "not read aloud": (apply(put(False, "read_aloud")), None),
    "read aloud left empty": (apply(put(None, "read_aloud")), None),
    # Missing fields.
    "no steps": (apply(drop("steps")), "missing required field 'steps'"),
    "no title": (apply(drop("title")), "missing required field 'title'"),
    "a step with no title": (apply(drop("steps", 0, "title")), "missing required field 'title'"),
    "a field with no label": (apply(drop(*F1, 0, "label")), "missing required field 'label'"),
    "a field with no type": (apply(drop(*F1, 0, "type")), "missing required field 'type'"),
    "a choice with no options": (apply(drop(*F1, 4, "options")), "missing required field 'options'"),
    "a group with no fields": (apply(drop(*GROUP, "fields")), "missing required field 'fields'"),
    "a check with no 'after'": (apply(drop("feedback", 0, "after")), "missing required field 'after'"),
    "a message with no 'ask'": (apply(drop("feedback", 1, "ask")), "missing required field 'ask'"),
    "a prediction test with no 'prediction'": (apply(drop("feedback", 3, "prediction")),
                                                "missing required field 'prediction'"),
    # Unknown keys.
    "unknown top-level key": (apply(put("blue", "colour")), "unknown field 'colour'"),
    "unknown key in a step": (apply(put("x", "steps", 0, "colour")), "unknown field 'colour'"),
    "options on a text field": (apply(put(["a", "b"], *F1, 1, "options")), "unknown field 'options'"),
    "minutes on a rating": (apply(put(5, "steps", 0, "fields", 0, "minutes")), "unknown field 'minutes'"),
    "unknown key in a check": (apply(put("x", "feedback", 0, "colour")), "unknown field 'colour'"),
    # Wrong values.
    "unknown field type": (apply(put("essay", *F1, 0, "type")), "'essay' is not a field type"),
    "a group inside a group": (
        apply(put({"id": "g", "type": "group", "label": "G", "fields": [{"id": "x", "type": "short_text",
                                                                         "label": "X"}]},
                  *GROUP, "fields", 2)), "a group cannot hold a 'group' field"),
    "a timer inside a group": (apply(put({"id": "t", "type": "timer", "label": "T"}, *GROUP, "fields", 2)),
                               "a group cannot hold a 'timer' field"),
    "unknown display": (apply(put("slideshow", "display")), "is not a way to show the steps"),
    "no steps listed": (apply(put([], "steps")), "there are no steps"),
    "a step naming no field": (apply(put([], "steps", 3, "fields")), "names no field"),
    "a group with no fields listed": (apply(put([], *GROUP, "fields")), "the group has no fields"),
    "rating above 100": (apply(put(150, "steps", 0, "fields", 0, "max")), "goes outside 0 to 100"),
    "rating below 0": (apply(put(-5, "steps", 0, "fields", 0, "min")), "goes outside 0 to 100"),
    "rating as text": (apply(put("ten", "steps", 0, "fields", 0, "max")), "should be a whole number"),
    "one option": (apply(put(["Calm"], *F1, 4, "options")), "needs at least 2 options"),
    "an option twice": (apply(put(["Tea", "Tea"], *F1, 5, "options")), "is listed twice"),
    "an option read as false": (apply(put(["Calm", False], *F1, 4, "options")), "should be text"),
    "unknown breathing pattern": (apply(put(["square"], *F1, 6, "patterns")), "is not a breathing pattern"),
    "no breathing patterns": (apply(put([], *F1, 6, "patterns")), "there are no patterns"),
    "a timer of 0 minutes": (apply(put(0, *F1, 7, "minutes")), "is outside 1 to 60"),
    "a timer of 2 hours": (apply(put(120, *F1, 7, "minutes")), "is outside 1 to 60"),
    "too many rows": (apply(put(50, *GROUP, "max_rows")), "is outside 1 to 20"),
    "no rows": (apply(put(0, *GROUP, "min_rows")), "is outside 1 to 20"),
    "unknown check": (apply(put("compare", "feedback", 0, "check")), "there is no check called 'compare'"),
    "better is neither": (apply(put("more", "feedback", 0, "better")), "is not one of the choices"),
    "read aloud as a word": (apply(put("yes please", "read_aloud")), "should be true or false"),
    "an id with a space": (apply(put("my id", *F1, 0, "id")), "is not a usable id"),
    "an empty hint": (apply(put("", *F1, 0, "hint")), "'hint' is empty"),
    "steps as a mapping": (apply(put({"title": "x"}, "steps")), "should be a list"),
}

SCHEMA_ACCEPTS_BUILD_REJECTS: dict[str, tuple[dict[str, Any], str]] = {
    "a field id used twice": (apply(put("happened", *F1, 1, "id")), "the field id 'happened' is used twice"),
    "a row field id used twice": (apply(put("wanted", *GROUP, "fields", 1, "id")),
                                  "the field id 'wanted' is used twice"),
    "min above max": (apply(put(50, "steps", 0, "fields", 0, "min"), put(10, "steps", 0, "fields", 0, "max")),
                      "is empty or upside down"),
    "max_rows below min_rows": (apply(put(4, *GROUP, "min_rows"), put(2, *GROUP, "max_rows")),
                                "max_rows (2) is smaller than min_rows (4)"),
    "feedback naming no field": (apply(put("calm", "feedback", 0, "before")), "'calm' names no field"),
    "feedback naming a text field for a rating": (apply(put("feel", "feedback", 0, "after")),
                                                  "'feel' is a short_text field"),
    "feedback naming a rating for a text": (apply(put("calm_after", "feedback", 1, "ask")),
                                            "'calm_after' is a rating field"),
    "urge log naming a field outside its group": (apply(put("calm_after", "feedback", 2, "after")),
                                                  "names no field in the group 'urges'"),
    "a prediction test naming a text for a rating": (apply(put("feel", "feedback", 3, "before")),
                                                     "'feel' is a short_text field"),
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return schema_validator(SCHEMA_PATH)


@pytest.mark.parametrize("case", AGREE, ids=list(AGREE))
def test_schema_and_build_agree(validator: jsonschema.Draft202012Validator, case: str) -> None:
    assert_agree(validator, *AGREE[case])


@pytest.mark.parametrize("case", SCHEMA_ACCEPTS_BUILD_REJECTS, ids=list(SCHEMA_ACCEPTS_BUILD_REJECTS))
def test_cross_reference_checks_are_the_builds_alone(validator: jsonschema.Draft202012Validator,
                                                     case: str) -> None:
    assert_build_alone_rejects(validator, *SCHEMA_ACCEPTS_BUILD_REJECTS[case])


def test_schema_lists_every_field_type_key_and_check_the_build_reads(
        validator: jsonschema.Draft202012Validator) -> None:
    schema = validator.schema
    assert set(schema["properties"]) == set(worksheet.TOP_KEYS)
    assert set(schema["$defs"]["step"]["properties"]) == set(worksheet.STEP_KEYS)
    for kind, keys in worksheet.TYPE_KEYS.items():
        assert set(schema["$defs"][f"field_{kind}"]["properties"]) == {*worksheet.COMMON, *keys}, kind
    for name, check in CHECKS.items():
        assert set(schema["$defs"][f"check_{name}"]["properties"]) == {"check", *check.params}, name


def worksheets() -> list[Path]:
    return [p for p in sorted((ROOT / "docs" / "_exercises").glob("*.y*ml"))
            if yaml.safe_load(p.read_text()).get("kind") == "worksheet"]


@pytest.mark.parametrize("path", worksheets(), ids=lambda p: p.name)
def test_the_sites_worksheets_pass_the_schema_and_point_editors_at_it(
        validator: jsonschema.Draft202012Validator, path: Path) -> None:
    text = path.read_text()
    assert not [e.message for e in validator.iter_errors(yaml.safe_load(text))]
    assert text.splitlines()[0] == SCHEMA_COMMENT
