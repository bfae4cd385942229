"""The one entry point the browser calls: JSON in, JSON out, never an exception.

A request is ``{"op": ..., ...}``; a reply is ``{"ok": true, "result": ...}`` or
``{"ok": false, "error": {"code": ..., "message": ...}}``. The worker hands over whatever
the page sent, so every failure becomes a structured error the page can show.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import questionnaire
from .errors import DefinitionError
from .kinds import parse_definition

VERSION = "0.1.0"


class RequestError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _definition(request: dict[str, Any], kind: str) -> Any:
    data = request.get("definition")
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise RequestError("bad_request", f"the request needs a {kind} definition")
    return parse_definition(data)


def _score_questionnaire(request: dict[str, Any]) -> dict[str, Any]:
    q = _definition(request, questionnaire.KIND)
    try:
        return questionnaire.score(q, request.get("answers"))
    except questionnaire.AnswerError as err:
        raise RequestError("bad_answer", str(err)) from None


def _ping(request: dict[str, Any]) -> dict[str, Any]:
    return {"version": VERSION}


OPERATIONS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "ping": _ping,
    "score_questionnaire": _score_questionnaire,
}


def call(request: Any) -> dict[str, Any]:
    """Run one request given as plain data."""
    try:
        if not isinstance(request, dict):
            raise RequestError("bad_request", "a request should be a JSON object")
        op = request.get("op")
        if op not in OPERATIONS:
            raise RequestError("unknown_op", f"there is no operation called {op!r}")
        return {"ok": True, "result": OPERATIONS[op](request)}
    except RequestError as err:
        return {"ok": False, "error": {"code": err.code, "message": str(err)}}
    except DefinitionError as err:
        return {"ok": False, "error": {"code": "bad_definition", "message": str(err)}}
    except Exception as err:  # the page must always get an answer it can show
        return {"ok": False, "error": {"code": "internal", "message": f"{type(err).__name__}: {err}"}}


def handle(request_json: str) -> str:
    """Run one request given as JSON text; the reply is JSON text."""
    try:
        request = json.loads(request_json)
    except (TypeError, ValueError) as err:
        reply: dict[str, Any] = {"ok": False, "error": {"code": "bad_json", "message": str(err)}}
    else:
        reply = call(request)
    return json.dumps(reply, ensure_ascii=False, allow_nan=False)
