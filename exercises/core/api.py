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

from .. import __version__ as VERSION
from . import journal
from .errors import DefinitionError
from .kinds import REGISTERED, parse_definition
from .messages import t
from .protocol import Request, RequestError
from .text_checks import concerns


def _check_crisis(request: Request) -> dict[str, Any]:
    """Words that call for an offer of help: {"crisis": ..., "safety": ...} (see text_checks.concerns)."""
    return concerns(request.text("text"))


EXPORTS = {
    "json": ("application/json", "json"),
    "markdown": ("text/markdown", "md"),
    "csv": ("text/csv", "csv"),
}


def _without_contacts(request: Request) -> bool:
    """Whether the reader chose a copy without the people their entries name (absent: no)."""
    value = request.get("without_contacts")
    if value is not None and not isinstance(value, bool):
        raise RequestError("bad_request", "the request's 'without_contacts' should be true or false")
    return bool(value)


def _export_journal(request: Request) -> dict[str, Any]:
    kind = request.get("format")
    if not isinstance(kind, str) or kind not in EXPORTS:
        raise RequestError("bad_request", f"there is no export format called {kind!r}")
    site, entries, without = request.text("site"), request.get("entries"), _without_contacts(request)
    if without and kind == "json":
        # The JSON file is the journal itself, to import again: it never leaves anything out.
        raise RequestError("bad_request", "a JSON export keeps every entry whole")
    try:
        if kind == "json":
            text = journal.export_json(entries, site, request.text("exported"))
        elif kind == "markdown":
            text = journal.export_markdown(entries, request.text("site_name"), without)
        else:
            text = journal.export_csv(entries, without)
    except journal.JournalFileError as err:
        # i18n: Shown in the journal when an export fails. {problem} says which entry and why.
        raise RequestError("bad_entries", t("journal.cannot_export", "The journal holds an entry that cannot "
                                            "be exported: {problem}", problem=err)) from None
    mime, extension = EXPORTS[kind]
    return {"text": text, "mime": mime, "extension": extension}


def _format_entries(request: Request) -> dict[str, Any]:
    """Each entry in words, and whether it names people the reader can reach (a print can leave
    them out: the page asks first)."""
    entries, without = request.get("entries"), _without_contacts(request)
    try:
        return {"texts": journal.format_entries(entries, without),
                "contacts": journal.holds_contacts(entries)}
    except journal.JournalFileError as err:
        # i18n: Shown in the journal when a saved entry cannot be shown. {problem} says why.
        raise RequestError("bad_entries", t("journal.cannot_show", "This entry cannot be shown: {problem}",
                                            problem=err)) from None


def _import_journal(request: Request) -> dict[str, Any]:
    if too_deep(request.text("text")):
        # i18n: Shown in the journal when a file chosen for import is not a journal export.
        raise RequestError("bad_file", t("journal_file.too_deep", "This file is not a journal export from "
                                         "this site: it is nested far too deeply."))
    try:
        return {"entries": journal.import_json(request.text("text"), request.text("site"))}
    except journal.JournalFileError as err:
        raise RequestError("bad_file", str(err)) from None


def _ping(request: Request) -> dict[str, Any]:
    return {"version": VERSION}


# Operations for every kind, then each kind's own (declared with the kind).
OPERATIONS: dict[str, Callable[[Request], Any]] = {
    "ping": _ping,
    "check_crisis": _check_crisis,
    "export_journal": _export_journal,
    "import_journal": _import_journal,
    "format_entries": _format_entries,
}
for _kind in REGISTERED:
    for _name, _operation in _kind.operations.items():
        assert _name not in OPERATIONS, f"two operations are called {_name!r}"
        OPERATIONS[_name] = _operation


def call(request: Any) -> dict[str, Any]:
    """Run one request given as plain data."""
    try:
        if not isinstance(request, dict):
            raise RequestError("bad_request", "a request should be a JSON object")
        op = request.get("op")
        if not isinstance(op, str) or op not in OPERATIONS:
            raise RequestError("unknown_op", f"there is no operation called {op!r}")
        return {"ok": True, "result": OPERATIONS[op](Request(request, parse_definition))}
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
