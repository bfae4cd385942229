"""The worker protocol, declared once: the messages between the page and the engine's worker, the
version both check at boot, and the request every operation reads.

The plugin writes the browser's copies from this module at build time: ``protocol.js`` (for the
page) and the constants at the top of ``engine-worker.js``, so neither side keeps a list of its own.

    page -> worker   {type: "boot", protocol, runtime, table, language, catalog}
                         runtime: {pyodide, stdlib, rest, lock, core, boot}, where Python's runtime
                         is (the plugin's config.js, by runtime-files.js); a worker that started
                         from other files starts again from these
                         table: the URL of the phrase table of the page's language, which the worker
                         unpacks beside the core (null: the page reads English's, in the wheel)
                         rest: {index, archive}, the rest of the standard library (or null)
                         boot: {name, prefix}, the cache for this runtime's snapshot (or null)
                         catalog: the URL of the page's language's messages for the core, which the
                         worker activates on every start (null: English; exercises/core/messages.py)
                     {type: "call", id, request}          request: {"op": ..., ...}
                     {type: "warm", request}              a request holding nothing of the reader's
                                                          (an empty form), run once so the reader's
                                                          own first one is answered at once; no reply
    worker -> page   {type: "ready", protocol, restored}  restored: from this device's snapshot
                     {type: "reply", id, reply}           reply: {"ok": true, "result": ...}
                                                          or {"ok": false, "error": {code, message}}
                     {type: "boot-error", reason, detail, protocol}
                     {type: "missing", id, detail}        a module the site does not ship
                     {type: "broken", message}            Python itself failed
                     {type: "kept", bytes}                a snapshot was kept, this size on the device

A worker whose version differs from the page's answers "boot" with a boot-error of reason
"version" before it downloads anything; the page then starts a fresh copy of the worker, and if
that one differs too, asks the reader to reload.

The page names every worker it creates with its version (``String(VERSION)``). A worker whose own
version is that name starts Python at once, from the runtime's files beside it, while the boot
message is still on its way (on a page that opens with its exercise, from the first lines of the
page's head); a worker of another version does not, so it still downloads nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

#: Raise whenever a message, an operation or a request changes shape.
VERSION = 6

#: Message types, by the name each side's code uses for them.
MESSAGES = {
    "boot": "boot",
    "call": "call",
    "warm": "warm",
    "ready": "ready",
    "reply": "reply",
    "bootError": "boot-error",
    "missing": "missing",
    "broken": "broken",
    "kept": "kept",
}

# Why a worker could not start (a boot-error's reason): "download" (a file did not arrive),
# "missing" (the site's standard library lacks a module), "version" (another protocol version), or
# "start" (anything else). engine.js words each for the reader.


class RequestError(ValueError):
    """A request the core cannot answer, with the code the page sees."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# Parsed definitions by their content (canonical JSON text): a page sends its definition with every
# request, and the worker parses and checks it only the first time. The text itself is the key, not a
# hash of it: exact, and no hashing module to load as Python starts (hashlib builds every algorithm
# when imported).
_PARSED: dict[str, Any] = {}
_PARSED_MAX = 32


def definition_key(data: dict[str, Any]) -> str:
    # A lone surrogate (JSON allows one) is kept as it is; parsing then judges it.
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class Request:
    """One request from the page, with the readers every operation shares."""

    def __init__(self, data: dict[str, Any], parse: Callable[[Any], Any]) -> None:
        self.data = data
        self._parse = parse

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise RequestError("bad_request", f"the request needs '{key}' as text")
        return value

    def definition(self, kind: str) -> Any:
        """The request's definition of KIND, parsed (once per content) and checked."""
        data = self.data.get("definition")
        if not isinstance(data, dict) or data.get("kind") != kind:
            raise RequestError("bad_request", f"the request needs a {kind} definition")
        key = definition_key(data)
        if key not in _PARSED:
            parsed = self._parse(data)  # raises DefinitionError: nothing is kept
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.pop(next(iter(_PARSED)))
            _PARSED[key] = parsed
        return _PARSED[key]
