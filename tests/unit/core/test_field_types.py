"""Worksheet field types are declared once: one FieldType record each, in one registry.

A scratch type, ``stars``, is registered the way exercises/guide/docs/maintainers/new-field-type.md says
(here by a
fixture, so no package file changes): a worksheet using it parses, reads and checks answers, saves
and formats them, draws its HTML at build time and is in the schema made from the records. Then the
registry itself: every type has a renderer that resolves, a schema part, and lists derived from it.

These tests also run inside Pyodide with the core's other tests; there the parts that need the
HTML code, the schema files or jsonschema (not in the browser's wheel) are skipped.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kit.scratch import stars_html, stars_record

from exercises.core import field_types, worksheet
from exercises.core.errors import DefinitionError
from exercises.core.field_types import FIELD_TYPES, Field, FieldType
from exercises.core.kinds import parse_definition

# ---------------------------------------------------------------------------------------------
# The scratch type: 1 to N stars (N from 2 to 10, 5 unless set), from the kit (kit/scratch.py)

STARS = stars_record()


@pytest.fixture
def stars() -> Iterator[FieldType]:
    """The scratch type, registered for one test (as one more entry in FIELD_TYPES would be)."""
    FIELD_TYPES[STARS.name] = STARS
    html = _html_module()
    if html is not None:  # where the HTML code is (not inside Pyodide): its function, as the guide says
        html.stars = stars_html()
    try:
        yield STARS
    finally:
        del FIELD_TYPES[STARS.name]
        if html is not None:
            del html.stars


def _html_module() -> Any:
    try:
        from exercises.render import worksheet_fields
    except ImportError:
        return None
    return worksheet_fields


SHEET: dict[str, Any] = {
    "kind": "worksheet", "id": "rated", "title": "Rate it",
    "steps": [{"title": "Now", "fields": [
        {"id": "day", "type": "stars", "label": "How was your day?", "stars": 4},
        {"id": "note", "type": "short_text", "label": "Why?"},
        {"id": "times", "type": "group", "label": "Each time", "fields": [
            {"id": "how", "type": "stars", "label": "How did it go?"}]}]}],
}


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(DefinitionError) as err:
        parse_definition(data)
    return [f"{'.'.join(map(str, p.path))}: {p.message}. {p.fix}" for p in err.value.problems]


def changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(SHEET)
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


DAY = ("steps", 0, "fields", 0)


# ---------------------------------------------------------------------------------------------
# A scratch type, end to end


def test_without_the_record_the_type_is_unknown() -> None:
    assert problems(SHEET)[0] == (
        "steps.0.fields.0.type: 'stars' is not a field type. Use one of: short_text, long_text, rating, "
        "choice, checklist, page_checklist, group, breathing, timer, help_now.")


def test_a_worksheet_using_the_new_type_parses_in_a_step_and_in_a_group(stars: FieldType) -> None:
    sheet = parse_definition(SHEET)
    assert sheet.field("day") == Field("day", "stars", "How was your day?", "", {"stars": 4})
    assert sheet.field("day").stars == 4
    assert sheet.field("times").fields[0].stars == 5
    assert "stars" in worksheet.TYPES and "stars" in worksheet.GROUP_TYPES
    assert worksheet.TYPE_KEYS["stars"] == ("stars",) and "stars" in worksheet.VALUE_TYPES


def test_the_new_types_keys_are_checked_with_the_usual_messages(stars: FieldType) -> None:
    assert problems(changed((*DAY, "stars"), 20)) == [
        "steps.0.fields.0.stars: stars 20 is outside 2 to 10. Use a whole number from 2 to 10."]
    assert problems(changed((*DAY, "options"), ["a", "b"])) == [
        "steps.0.fields.0.options: unknown field 'options'. Remove it or check the spelling. "
        "Allowed here: id, type, label, hint, stars."]
    assert problems(changed((*DAY, "type"), "essay"))[0].endswith("group, breathing, timer, help_now, stars.")


def test_answers_of_the_new_type_are_read_checked_saved_and_formatted(stars: FieldType) -> None:
    result = worksheet.check(SHEET, {"day": 3, "note": "Sunny", "times": [{"how": 2}, {"how": None}]})
    assert result["errors"] == {}
    day, note, times = result["entry"]["answers"]
    assert day == {"id": "day", "type": "stars", "label": "How was your day?", "stars": 4, "value": 3}
    assert times["value"] == [[{"id": "how", "type": "stars", "label": "How did it go?", "stars": 5,
                                "value": 2}]]  # the blank row is not kept
    assert worksheet.check(SHEET, {"day": 9, "note": "x"})["errors"] == {"day": "Choose from 1 to 4 stars."}
    assert worksheet.check(SHEET, {"note": "x", "times": [{"how": 6}]})["errors"] == {
        "times.0.how": "Choose from 1 to 5 stars."}

    saved, errors = worksheet.read_entry(result["entry"])
    assert errors == {} and saved == result["entry"]
    assert worksheet.read_entry({**result["entry"], "answers": [{**day, "stars": "4"}]})[1] == {
        "entry": "the stars 'day' cannot be read"}
    text = worksheet.markdown(saved)
    assert "### How was your day?\n\n3 of 4 stars\n" in text
    assert "Entry 1\n- How did it go? 2 of 5 stars" in text
    assert worksheet.flat(saved) == {"worksheet": "rated", "rated.day": "3", "rated.note": "Sunny",
                                     "rated.times": "how: 2"}


def test_the_new_type_draws_its_html_at_build_time(stars: FieldType) -> None:
    pytest.importorskip("markdown")
    worksheet_html = pytest.importorskip("exercises.render.worksheet_html")
    from xml.etree import ElementTree as etree

    from exercises.definitions import Definition

    defn = Definition("rated", Path("rated.yml"), SHEET, parse_definition(SHEET))
    form = worksheet_html.render(defn, "ex-rated", lambda parent, text: None, lambda page: (page, page))
    day = form.find(".//fieldset[@data-box='day']")
    assert day is not None and day.get("class") == "ex-field ex-stars"
    assert [i.get("value") for i in day.iter("input")] == ["1", "2", "3", "4"]
    assert day.find("p[@data-error-for='day']") is not None
    row = form.find(".//fieldset[@data-box='times.0.how']")
    assert row is not None and len(list(row.iter("input"))) == 5
    assert 'id="ex-rated-times-0-how-5"' in etree.tostring(form, encoding="unicode")


def test_the_new_type_is_in_the_schema_made_from_the_records(stars: FieldType) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schemas = pytest.importorskip("exercises.schemas")
    schema = schemas.worksheet_schema()
    defs = schema["$defs"]
    assert defs["field_stars"]["properties"]["stars"]["maximum"] == 10
    assert set(defs["field_stars"]["properties"]) == {"type", "id", "label", "hint", "stars"}
    assert "stars" in defs["field"]["properties"]["type"]["enum"]
    assert {"$ref": "#/$defs/field_stars"} in defs["groupField"]["oneOf"]
    assert "stars" in defs["field_group"]["properties"]["fields"]["description"]
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(SHEET))
    assert list(validator.iter_errors(changed((*DAY, "stars"), 20)))


# ---------------------------------------------------------------------------------------------
# The registry


def test_every_type_has_a_renderer_that_resolves() -> None:
    worksheet_fields = pytest.importorskip("exercises.render.worksheet_fields")
    for name in FIELD_TYPES:
        assert callable(worksheet_fields.renderer(name)), name


def test_a_renderer_that_cannot_be_found_is_named_in_the_error() -> None:
    worksheet_fields = pytest.importorskip("exercises.render.worksheet_fields")
    for html in ("exercises.render.worksheet_fields:nothing", "exercises.render.no_such_module:f",
                 "no colon"):
        FIELD_TYPES["broken"] = FieldType("broken", "Broken.", html)
        try:
            with pytest.raises(LookupError, match=f"the field type 'broken' names its HTML '{html}'"):
                worksheet_fields.renderer("broken")
        finally:
            del FIELD_TYPES["broken"]


def test_every_type_has_a_schema_part_for_each_of_its_keys() -> None:
    defs = field_types.schema_defs()
    for name, t in FIELD_TYPES.items():
        part = defs[f"field_{name}"]
        assert list(part["properties"]) == ["type", "id", "label", "hint", *t.keys], name
        assert part["properties"]["type"] == {"const": name, "description": t.description}
        assert set(t.required) <= set(t.keys), name
        assert all(s.get("description") for s in field_types.key_schemas(t).values()), name
    assert defs["field"]["properties"]["type"]["enum"] == list(FIELD_TYPES)
    assert defs["groupField"]["properties"]["type"]["enum"] == list(field_types.group_types())


def test_the_committed_schema_is_the_one_the_records_make() -> None:
    schemas = pytest.importorskip("exercises.schemas")
    assert schemas.WORKSHEET.read_text(encoding="utf-8") == schemas.as_text(schemas.worksheet_schema()), (
        "exercises/schemas/worksheet.schema.json is out of date: run python -m exercises.schemas")


def test_lists_of_types_are_derived_from_the_records() -> None:
    assert tuple(FIELD_TYPES) == worksheet.TYPES
    assert worksheet.VALUE_TYPES == ("short_text", "long_text", "rating", "choice", "checklist",
                                     "page_checklist", "group")
    assert worksheet.TEXT_TYPES == ("short_text", "long_text")
    assert worksheet.GROUP_TYPES == ("short_text", "long_text", "rating", "choice", "checklist")
    # A row holds answers only; a type with rows cannot sit in a row.
    for t in FIELD_TYPES.values():
        assert not t.in_group or (t.answer is not None and "fields" not in t.keys), t.name


def test_no_core_module_imports_the_module_that_imports_it() -> None:
    core = Path(field_types.__file__).parent
    imports: dict[str, set[str]] = {}
    for path in core.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [node for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1]
        imports[path.stem] = ({n.module for n in top if n.module}
                              | {a.name for n in top if not n.module for a in n.names})

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(m == goal or (m not in seen and reaches(m, goal, seen | {m}))
                   for m in imports.get(start, ()))

    assert [m for m in imports if reaches(m, m, {m})] == []
