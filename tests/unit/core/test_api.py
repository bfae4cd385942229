"""The browser's entry point answers every request with data, never an exception."""

from __future__ import annotations

import json

import pytest
from kit.samples import small

from exercises.core import api


def test_scoring_through_the_json_entry_point() -> None:
    request = {"op": "score_questionnaire", "definition": small(),
               "answers": {"a1": 4, "a2": 2, "a3": 5, "b1": 1, "b2": 2}}
    reply = json.loads(api.handle(json.dumps(request)))
    assert reply["ok"] is True
    assert [s["display"] for s in reply["result"]["scores"]] == ["4.3", "1.5"]


@pytest.mark.parametrize(("request_text", "code"), [
    ("not json", "bad_json"),
    ("[1, 2]", "bad_request"),
    ('{"op": "launch"}', "unknown_op"),
    ('{"op": "score_questionnaire"}', "bad_request"),
    ('{"op": "score_questionnaire", "definition": {"kind": "questionnaire"}}', "bad_definition"),
])
def test_bad_requests_get_a_structured_error(request_text: str, code: str) -> None:
    reply = json.loads(api.handle(request_text))
    assert reply["ok"] is False
    assert reply["error"]["code"] == code
    assert reply["error"]["message"]


def test_a_tampered_answer_is_a_structured_error() -> None:
    request = {"op": "score_questionnaire", "definition": small(), "answers": {"a1": 99}}
    reply = api.call(request)
    assert reply == {"ok": False, "error": {"code": "bad_answer",
                                            "message": "the answer to 'a1' is not a point on the scale"}}


def test_ping_reports_the_core_version() -> None:
    assert api.call({"op": "ping"}) == {"ok": True, "result": {"version": api.VERSION}}
