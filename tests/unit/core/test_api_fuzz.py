"""Property: whatever JSON the page sends, the core answers with data and never raises.

Every operation the browser can ask for (api.OPERATIONS) gets arbitrary JSON: wrong types, missing
and extra fields, odd and huge Unicode (lone surrogates, right-to-left marks, NUL, 100,000
characters), NaN and infinities, deep nesting, and real definitions and entries with one part
swapped for something arbitrary. The reply is always {"ok": true, "result": ...} or {"ok": false,
"error": {"code", "message"}} with a code naming the mistake (never "internal", an exception caught at
the last moment), and it is JSON a browser can read. Runs in CPython and in Pyodide.
"""

from __future__ import annotations

import copy
import json
import math
import sys
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kit.samples import WORKSHEET_SMALL as WORKSHEET
from kit.samples import entry, small

from exercises.core import api

IN_PYODIDE = sys.platform == "emscripten"
# Fewer examples inside Pyodide, where each one is several times slower.
MANY = 60 if IN_PYODIDE else 400
SOME = 30 if IN_PYODIDE else 200
FUZZ = settings(max_examples=MANY, deadline=None, suppress_health_check=list(HealthCheck))

ODD_TEXT = ["", " ", "\x00", "\ud800", "a\udfffb", "\u202eevil\u202c", "\ufeff", "e\u0301" * 50,
            "\U0001f600" * 500, "x" * 100_000, "<img src=x onerror=alert(1)>", "NaN", "null",
            "I want to die", "\n" * 1000, "\u0000\u0001\u001f"]

texts = st.one_of(st.text(st.characters(exclude_categories=[]), max_size=40), st.sampled_from(ODD_TEXT))
numbers = st.one_of(st.integers(), st.integers(min_value=-(2**70), max_value=2**70),
                    st.floats(allow_nan=True, allow_infinity=True))
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=6),
                            st.dictionaries(st.one_of(texts, st.sampled_from(
                                ["kind", "id", "text", "items", "entries", "data", "title"])),
                                inner, max_size=6)),
    max_leaves=25)

OPS = sorted(api.OPERATIONS)
FIELDS = ["definition", "answers", "entry", "text", "format", "entries", "site", "site_name", "exported",
          "utc_offset_minutes"]

THOUGHT_ENTRY: dict[str, Any] = {
    "situation": "He did not answer.", "emotions": [{"name": "worried", "before": "80", "after": "40"}],
    "thoughts": [{"text": "He will leave.", "hot": True}], "evidence_for": "", "evidence_against": "",
    "balanced": "He is busy.", "balanced_belief": "60", "traps": ["mind_reading"],
}
JOURNAL_ENTRY: dict[str, Any] = entry(title="He did not answer.", page="/steps/4/", data=THOUGHT_ENTRY)
RESULT: dict[str, Any] = {"questionnaire": "q", "low": 1, "high": 7, "skipped": 0,
                          "scores": [{"id": "a", "name": "A", "value": 4.5}]}
RESULTS = [entry(id=f"r{n}", kind="questionnaire", created=f"2026-0{n}-01T12:00:00Z", data=RESULT)
           for n in (1, 2)]
# Real requests, each of which the core answers with ok: the starting points of the mutations.
GOOD_REQUESTS: list[dict[str, Any]] = [
    {"op": "score_questionnaire", "definition": small(), "answers": {"a1": 4, "a2": 2, "b1": 1}},
    {"op": "check_thought_record", "entry": THOUGHT_ENTRY},
    {"op": "check_worksheet", "definition": WORKSHEET,
     "answers": {"calm_before": 20, "note": "hi", "mood": "Calm", "rows": [{"wanted": "x"}],
                 "calm_after": 60}},
    {"op": "check_crisis", "text": "a hard day"},
    {"op": "export_journal", "format": "json", "entries": [JOURNAL_ENTRY], "site": "haa", "exported": "now"},
    {"op": "export_journal", "format": "markdown", "entries": [JOURNAL_ENTRY], "site": "haa",
     "site_name": "Site"},
    {"op": "export_journal", "format": "csv", "entries": [JOURNAL_ENTRY], "site": "haa"},
    {"op": "format_entries", "entries": [JOURNAL_ENTRY]},
    {"op": "import_journal", "site": "haa", "text": json.dumps(
        {"format": "exercises-journal", "version": 1, "site": "haa", "exported": "now",
         "entries": [JOURNAL_ENTRY]})},
    {"op": "questionnaire_progress", "entries": RESULTS, "utc_offset_minutes": 60},
    {"op": "export_journal", "format": "csv", "entries": RESULTS, "site": "haa"},
    {"op": "ping"},
]


def assert_structured(reply: Any) -> None:
    """An answer the page can show: ok with a result, or a coded error in words; and valid JSON."""
    assert isinstance(reply, dict) and isinstance(reply.get("ok"), bool), reply
    if reply["ok"]:
        assert set(reply) == {"ok", "result"}, reply
    else:
        assert set(reply) == {"ok", "error"}, reply
        error = reply["error"]
        assert set(error) == {"code", "message"} and isinstance(error["code"], str), error
        assert isinstance(error["message"], str) and error["message"], error
        # A named mistake in the request, not a Python exception caught at the last moment.
        assert error["code"] != "internal", error
    json.dumps(reply, allow_nan=False)  # what a browser's JSON.parse accepts: no NaN, no Infinity


def through_both_entry_points(request: Any) -> dict[str, Any]:
    """call() on the data, and handle() on its JSON text, as the worker sends it."""
    reply = api.call(copy.deepcopy(request))
    assert_structured(reply)
    try:
        text = json.dumps(request, ensure_ascii=False)
    except (ValueError, RecursionError):
        return reply
    answer = api.handle(text)
    assert isinstance(answer, str)
    assert_structured(json.loads(answer))
    return reply


def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a request (dict keys and list positions), the request itself excluded."""
    out = [here] if here else []
    if isinstance(value, dict):
        for key, child in value.items():
            out += paths(child, (*here, key))
    elif isinstance(value, list):
        for n, child in enumerate(value):
            out += paths(child, (*here, n))
    return out


def replaced(request: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(request)
    node = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


def test_the_starting_points_are_good_requests() -> None:
    for request in GOOD_REQUESTS:
        reply = through_both_entry_points(request)
        assert reply["ok"] is True, (request["op"], reply)
    assert {r["op"] for r in GOOD_REQUESTS} == set(api.OPERATIONS), "a new operation needs a good request"


@FUZZ
@given(json_values)
def test_any_json_value_as_a_request(request: Any) -> None:
    through_both_entry_points(request)


@FUZZ
@given(st.fixed_dictionaries({"op": st.sampled_from([*OPS, "nope", ""]) | json_values},
                             optional={name: json_values for name in FIELDS}))
def test_any_fields_for_every_operation(request: dict[str, Any]) -> None:
    through_both_entry_points(request)


@settings(max_examples=SOME, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_a_real_request_with_one_part_swapped_for_anything(data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(GOOD_REQUESTS))
    places = paths(request)
    place = data.draw(st.sampled_from(places))
    if place == ("op",):
        return
    through_both_entry_points(replaced(request, place, data.draw(json_values)))


@settings(max_examples=SOME, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_a_real_request_with_a_part_removed(data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(GOOD_REQUESTS))
    place = data.draw(st.sampled_from(paths(request) or [("op",)]))
    if place == ("op",):
        return
    out = copy.deepcopy(request)
    node = out
    for part in place[:-1]:
        node = node[part]
    del node[place[-1]]
    through_both_entry_points(out)


def test_deep_nesting_and_numbers_json_cannot_carry() -> None:
    deep = "[" * 50_000 + "]" * 50_000
    for op in OPS:
        for name in FIELDS:
            assert_structured(json.loads(api.handle(f'{{"op": "{op}", "{name}": {deep}}}')))
    assert_structured(json.loads(api.handle(deep)))
    # Brackets inside text are words, not nesting.
    words = json.loads(api.handle(json.dumps({"op": "check_crisis", "text": "[{" * 20_000})))
    assert words == {"ok": True, "result": {"crisis": False, "safety": False}}
    imported = api.call({"op": "import_journal", "site": "haa", "text": deep})
    assert imported["error"]["code"] == "bad_file"
    shallow_enough: Any = "x"
    for _ in range(40):  # deep, but within the limit
        shallow_enough = {"data": [shallow_enough]}
    for op in OPS:
        through_both_entry_points({"op": op, "entries": [shallow_enough], "entry": shallow_enough,
                                   "definition": shallow_enough, "answers": shallow_enough})
    assert_structured(json.loads(api.handle('{"op": "score_questionnaire", "answers": {"a1": NaN}}')))
    for bad in (float("nan"), math.inf, -math.inf, 10**400):
        answers = {"a1": bad, "a2": 2, "a3": 5, "b1": 1, "b2": 2}
        assert_structured(api.call({"op": "score_questionnaire", "definition": small(), "answers": answers}))
    for text in ('{"op": "ping"', "\ud800", "", "null", '"op"', "1e999", '{"op": "ping", "op": 1}'):
        assert_structured(json.loads(api.handle(text)))


def test_a_part_with_every_question_skipped_asks_for_an_answer() -> None:
    # One question in part "b", and one skip allowed per part: skipping it left nothing to average.
    definition = small(items=[i for i in small()["items"] if i["id"] != "b1"])
    reply = api.call({"op": "score_questionnaire", "definition": definition,
                      "answers": {"a1": 4, "a2": 2, "a3": 5}})
    assert reply["ok"] is True and reply["result"]["complete"] is False
    assert reply["result"]["unanswered"] == ["b2"]
