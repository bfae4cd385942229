"""The questionnaire JSON Schema (for editors) and the build's validation give the same verdict.

Each example is a small definition changed in one way. The schema's verdict and the build's
(`exercises.core.kinds.parse_definition`, the same code `mkdocs build` runs) must agree. A few
checks need to compare one part of a file with another (unique ids, references by id); JSON Schema
cannot express them, so for those the schema accepts and only the build rejects. They are listed
apart, so a change to either side shows up here.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from kit.samples import QUESTIONNAIRE_EVERY_FIELD as BASE
from kit.schema_agreement import assert_agree, assert_build_alone_rejects, schema_validator
from kit.site import ROOT

SCHEMA_PATH = ROOT / "exercises" / "schemas" / "questionnaire.schema.json"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../../exercises/schemas/questionnaire.schema.json"

Change = Callable[[dict[str, Any]], None]


def drop(*path: str | int) -> Change:
    def change(d: dict[str, Any]) -> None:
        del _at(d, path[:-1])[path[-1]]
    return change


def put(value: Any, *path: str | int) -> Change:
    def change(d: dict[str, Any]) -> None:
        _at(d, path[:-1])[path[-1]] = value
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


# name: (definition, what the build's message says, or None when it is valid)
AGREE: dict[str, tuple[dict[str, Any], str | None]] = {
    # Valid ones, from the smallest to the fullest.
    "the full example": (apply(), None),
    "only the required fields": (
        apply(drop("intro"), drop("subscales", 0, "description"), drop("reverse_keyed"),
              drop("unanswered"), drop("result")), None),
    "empty optional fields (YAML 'intro:' with nothing)": (
        apply(put(None, "intro"), put(None, "reverse_keyed"), put(None, "unanswered"),
              put(None, "result", "regions"), put(None, "result", "plot")), None),
    "a two-point scale": (apply(put(["No", "Yes"], "scale", "labels"),
                                put([1, 1.5], "result", "regions", 0, "where", "calm"),
                                put([1.5, 2], "result", "regions", 1, "where", "calm")), None),
    "the widest scale, 100 points": (
        apply(put([f"Point {n}" for n in range(1, 101)], "scale", "labels"), put(None, "result")), None),
    "ids with digits, '-' and '_'": (apply(put("mood_check-2", "id")), None),
    "a region with no limits covers everything": (
        apply(put([{"id": "all", "where": {}, "text": "Any score."}], "result", "regions")), None),
    "skip allowance of 0": (apply(put({"max_per_subscale": 0}, "unanswered")), None),
    # Missing fields.
    "missing kind": (apply(drop("kind")), "missing required field 'kind'"),
    "missing id": (apply(drop("id")), "missing required field 'id'"),
    "missing title": (apply(drop("title")), "missing required field 'title'"),
    "missing scale": (apply(drop("scale")), "missing required field 'scale'"),
    "missing labels": (apply(drop("scale", "labels")), "missing required field 'labels'"),
    "missing subscales": (apply(drop("subscales")), "missing required field 'subscales'"),
    "missing items": (apply(drop("items")), "missing required field 'items'"),
    "missing subscale name": (apply(drop("subscales", 1, "name")), "missing required field 'name'"),
    "missing item text": (apply(drop("items", 0, "text")), "missing required field 'text'"),
    "missing item subscale": (apply(drop("items", 2, "subscale")), "missing required field 'subscale'"),
    "missing plot y": (apply(drop("result", "plot", "y")), "missing required field 'y'"),
    "missing region where": (apply(drop("result", "regions", 0, "where")),
                             "missing required field 'where'"),
    "missing region text": (apply(drop("result", "regions", 1, "text")), "missing required field 'text'"),
    # Unknown keys, at every level.
    "unknown top-level key": (apply(put("blue", "colour")), "unknown field 'colour'"),
    "unknown key in scale": (apply(put(7, "scale", "points")), "unknown field 'points'"),
    "unknown key in a subscale": (apply(put("x", "subscales", 0, "label")), "unknown field 'label'"),
    "unknown key in an item": (apply(put(True, "items", 0, "reverse")), "unknown field 'reverse'"),
    "unknown key in unanswered": (apply(put(1, "unanswered", "max")), "unknown field 'max'"),
    "unknown key in result": (apply(put({}, "result", "chart")), "unknown field 'chart'"),
    "unknown key in plot": (apply(put("x", "result", "plot", "title")), "unknown field 'title'"),
    "unknown key in a region": (apply(put("x", "result", "regions", 0, "name")), "unknown field 'name'"),
    # Wrong types.
    "kind that is not questionnaire": (apply(put("quiz", "kind")), "'quiz' is not an exercise kind"),
    "title as a list": (apply(put(["A", "list"], "title")), "should be text, not a list"),
    "title empty": (apply(put("  ", "title")), "'title' is empty"),
    "scale as a list": (apply(put(["No", "Yes"], "scale")), "should be a set of fields"),
    "label read as false (unquoted No)": (apply(put([False, "Yes"], "scale", "labels")),
                                         "a label should be text, not 'false'"),
    "label empty": (apply(put(["", "Yes"], "scale", "labels")), "a label should be text"),
    "subscales as a mapping": (apply(put({"calm": "Calm"}, "subscales")), "should be a list"),
    "no subscales": (apply(put([], "subscales"), put([], "items")), "there are no subscales"),
    "an item that is text": (apply(put("I felt calm.", "items", 0)), "should be a set of fields"),
    "item text as a number": (apply(put(3, "items", 0, "text")), "should be text, not the number 3"),
    "reverse_keyed as text": (apply(put("c2", "reverse_keyed")), "should be a list"),
    "reverse_keyed naming a number": (apply(put([2], "reverse_keyed")), "the number 2 names no item"),
    "skip allowance as text": (apply(put({"max_per_subscale": "one"}, "unanswered")),
                               "should be a whole number"),
    "skip allowance true": (apply(put({"max_per_subscale": True}, "unanswered")),
                            "should be a whole number, not 'true'"),
    "negative skip allowance": (apply(put({"max_per_subscale": -1}, "unanswered")), "cannot be below 0"),
    "where as a list": (apply(put([1, 4], "result", "regions", 0, "where")), "should be a set of fields"),
    "a range of three numbers": (apply(put([1, 2, 3], "result", "regions", 0, "where", "calm")),
                                 "should be a range like [1, 4]"),
    "a range of text": (apply(put(["low", "high"], "result", "regions", 0, "where", "calm")),
                        "should be a range like [1, 4]"),
    "a lesson that is not a page": (apply(put(["steps/2-grounding"], "result", "regions", 0, "lessons")),
                                    "is not a page"),
    # Too few labels.
    "one label": (apply(put(["Yes"], "scale", "labels")), "a scale needs at least 2 points, this one has 1"),
    "no labels": (apply(put([], "scale", "labels")), "a scale needs at least 2 points, this one has 0"),
    # Too many: saved results with a wider scale are refused, so the definition is too.
    "101 labels": (apply(put([f"Point {n}" for n in range(1, 102)], "scale", "labels"), put(None, "result")),
                   "a scale can have at most 100 points, this one has 101"),
    # Bad ids.
    "id with a space": (apply(put("my mood", "id")), "'my mood' is not a usable id"),
    "item id with a dot": (apply(put("c.1", "items", 0, "id"), put(["c2"], "reverse_keyed")),
                           "'c.1' is not a usable id"),
    "subscale id with an accent": (apply(put("calmé", "subscales", 0, "id")), "is not a usable id"),
    "id of dashes only": (apply(put("--", "id")), "'--' is not a usable id"),
    "region id with a slash": (apply(put("a/b", "result", "regions", 0, "id")), "'a/b' is not a usable id"),
}

# Checks that compare one part of a file with another: the schema accepts, the build rejects.
SCHEMA_ACCEPTS_BUILD_REJECTS: dict[str, tuple[dict[str, Any], str]] = {
    "duplicate item id": (apply(put("c1", "items", 1, "id"), put([], "reverse_keyed")),
                          "the item id 'c1' is used twice"),
    "duplicate subscale id": (apply(put("calm", "subscales", 1, "id")),
                              "the subscale id 'calm' is used twice"),
    "duplicate region id": (apply(put("low", "result", "regions", 1, "id")),
                            "the region id 'low' is used twice"),
    "reverse key naming no item": (apply(put(["c2", "c9"], "reverse_keyed")), "'c9' names no item"),
    "subscale without items": (apply(put("calm", "items", 2, "subscale")),
                               "the subscale 'close' has no items"),
    "item naming an undefined subscale": (apply(put("worry", "items", 2, "subscale")),
                                          "the subscale 'worry' is not defined"),
    "plot naming an undefined subscale": (apply(put("worry", "result", "plot", "x")),
                                          "the subscale 'worry' is not defined"),
    "plot with the same subscale twice": (apply(put("calm", "result", "plot", "x")),
                                          "x and y name the same subscale"),
    "region range outside the scale": (apply(put([1, 9], "result", "regions", 1, "where", "calm")),
                                       "is outside the scale or upside down"),
    "region range upside down": (apply(put([2.5, 1], "result", "regions", 0, "where", "calm")),
                                 "is outside the scale or upside down"),
    "regions leaving a gap": (apply(put([1, 2], "result", "regions", 0, "where", "calm")),
                              "no region covers the scores"),
    # A number with a zero fraction is an integer to JSON Schema, but not to the build.
    "skip allowance written 1.0": (apply(put({"max_per_subscale": 1.0}, "unanswered")),
                                   "should be a whole number"),
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return schema_validator(SCHEMA_PATH)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("case", AGREE, ids=list(AGREE))
def test_schema_and_build_agree(validator: jsonschema.Draft202012Validator, case: str) -> None:
    assert_agree(validator, *AGREE[case])


@pytest.mark.parametrize("case", SCHEMA_ACCEPTS_BUILD_REJECTS, ids=list(SCHEMA_ACCEPTS_BUILD_REJECTS))
def test_cross_reference_checks_are_the_builds_alone(validator: jsonschema.Draft202012Validator,
                                                     case: str) -> None:
    assert_build_alone_rejects(validator, *SCHEMA_ACCEPTS_BUILD_REJECTS[case])


def test_schema_lists_every_field_the_build_reads(validator: jsonschema.Draft202012Validator) -> None:
    # The build's own list of top-level fields and the schema's must be the same set.
    from exercises.core.questionnaire import TOP_KEYS

    assert set(validator.schema["properties"]) == set(TOP_KEYS)


def real_definitions() -> list[Path]:
    return sorted((ROOT / "docs" / "_exercises").glob("*.y*ml"))


@pytest.mark.parametrize("path", real_definitions(), ids=lambda p: p.name)
def test_the_sites_definitions_pass_the_schema_and_point_editors_at_it(
        validator: jsonschema.Draft202012Validator, path: Path) -> None:
    text = path.read_text()
    data = yaml.safe_load(text)
    if data.get("kind") != "questionnaire":
        pytest.skip(f"{path.name} is a {data.get('kind')}, not checked by this schema")
    assert not [e.message for e in validator.iter_errors(data)]
    assert text.splitlines()[0] == SCHEMA_COMMENT
    assert (path.parent / SCHEMA_COMMENT.split("=", 1)[1]).resolve() == SCHEMA_PATH
