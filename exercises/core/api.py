"""The one entry point the browser calls: JSON in, JSON out, never an exception.

A request is ``{"op": ..., ...}``; a reply is ``{"ok": true, "result": ...}`` or
``{"ok": false, "error": {"code": ..., "message": ...}}``. The worker hands over whatever
the page sent, so every failure becomes a structured error the page can show.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from . import journal, questionnaire, thought_record, worksheet
from .errors import DefinitionError
from .kinds import parse_definition
from .text_checks import concerns

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


def _text(request: dict[str, Any], key: str) -> str:
    value = request.get(key)
    if not isinstance(value, str):
        raise RequestError("bad_request", f"the request needs '{key}' as text")
    return value


def _check_thought_record(request: dict[str, Any]) -> dict[str, Any]:
    return thought_record.check(request.get("entry"))


def _check_worksheet(request: dict[str, Any]) -> dict[str, Any]:
    return worksheet.check(_definition(request, worksheet.KIND), request.get("answers"))


def _check_crisis(request: dict[str, Any]) -> dict[str, Any]:
    """Words that call for an offer of help: {"crisis": ..., "safety": ...} (see text_checks.concerns)."""
    return concerns(_text(request, "text"))


EXPORTS = {
    "json": ("application/json", "json"),
    "markdown": ("text/markdown", "md"),
    "csv": ("text/csv", "csv"),
}


def _export_journal(request: dict[str, Any]) -> dict[str, Any]:
    kind = request.get("format")
    if not isinstance(kind, str) or kind not in EXPORTS:
        raise RequestError("bad_request", f"there is no export format called {kind!r}")
    site, entries = _text(request, "site"), request.get("entries")
    try:
        if kind == "json":
            text = journal.export_json(entries, site, _text(request, "exported"))
        elif kind == "markdown":
            text = journal.export_markdown(entries, _text(request, "site_name"))
        else:
            text = journal.export_csv(entries)
    except journal.JournalFileError as err:
        raise RequestError("bad_entries", f"The journal holds an entry that cannot be exported: {err}"
                           ) from None
    mime, extension = EXPORTS[kind]
    return {"text": text, "mime": mime, "extension": extension}


def _format_entries(request: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"texts": journal.format_entries(request.get("entries"))}
    except journal.JournalFileError as err:
        raise RequestError("bad_entries", f"This entry cannot be shown: {err}") from None


def _import_journal(request: dict[str, Any]) -> dict[str, Any]:
    if too_deep(_text(request, "text")):
        raise RequestError("bad_file", "This file is not a journal export from this site: it is nested "
                           "far too deeply.")
    try:
        return {"entries": journal.import_json(_text(request, "text"), _text(request, "site"))}
    except journal.JournalFileError as err:
        raise RequestError("bad_file", str(err)) from None


def _ping(request: dict[str, Any]) -> dict[str, Any]:
    return {"version": VERSION}


OPERATIONS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "ping": _ping,
    "score_questionnaire": _score_questionnaire,
    "check_thought_record": _check_thought_record,
    "check_worksheet": _check_worksheet,
    "check_crisis": _check_crisis,
    "export_journal": _export_journal,
    "import_journal": _import_journal,
    "format_entries": _format_entries,
}


def call(request: Any) -> dict[str, Any]:
    """Run one request given as plain data."""
    try:
        if not isinstance(request, dict):
            raise RequestError("bad_request", "a request should be a JSON object")
        op = request.get("op")
        if not isinstance(op, str) or op not in OPERATIONS:
            raise RequestError("unknown_op", f"there is no operation called {op!r}")
        return {"ok": True, "result": OPERATIONS[op](request)}
    except RequestError as err:
        return {"ok": False, "error": {"code": err.code, "message": str(err)}}
    except DefinitionError as err:
        return {"ok": False, "error": {"code": "bad_definition", "message": str(err)}}
    except Exception as err:  # the page must always get an answer it can show
        return {"ok": False, "error": {"code": "internal", "message": f"{type(err).__name__}: {err}"}}


# Far deeper than any real request or journal file. In Pyodide, JSON nested some thousands deep
# overflows the browser's stack inside the parser, which is fatal to the whole runtime.
MAX_DEPTH = 100
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """Whether JSON TEXT nests arrays and objects more than LIMIT deep (strings are skipped)."""
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        depth += 1 if match.group() in "[{" else -1
        if depth > limit:
            return True
    return False


def handle(request_json: str) -> str:
    """Run one request given as JSON text; the reply is JSON text. Never raises: the worker takes
    an exception here to mean that Python itself broke, and restarts."""
    reply: dict[str, Any]
    try:
        if isinstance(request_json, str) and too_deep(request_json):
            raise ValueError("the request is nested too deeply")
        request = json.loads(request_json)
    except (TypeError, ValueError, RecursionError) as err:
        reply = {"ok": False, "error": {"code": "bad_json", "message": str(err) or type(err).__name__}}
    else:
        reply = call(request)
    try:
        return json.dumps(reply, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as err:  # e.g. a NaN the JSON cannot carry
        return json.dumps({"ok": False, "error": {"code": "internal", "message": f"the reply could not be "
                                                  f"sent: {type(err).__name__}: {err}"}}, ensure_ascii=False)
