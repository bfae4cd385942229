"""Requests for every operation of the worker protocol, as pages send them: what the recording of
the standard library runs inside Pyodide to learn which modules each operation imports (stdlib.py).

The requests are made here, under CPython, from exercise definitions an author could write (the
generator's test site and the starter site), with answers of every shape a form sends: all
answered at each end of a scale, some left out, out of range, words that call for help. Results the
core returns (a questionnaire's record, a worksheet's or thought record's entry) become the journal's
entries for the journal's operations, as the page saves them. Bad requests are part of it too: an
error path may import what a good one does not.

An operation with no request here fails the recording (``requests``), so a new operation cannot be
shipped without its modules being known.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from ..core import api
from ..core.field_types import Field
from ..core.kinds import parse_definition

PACKAGE = Path(__file__).resolve().parent.parent
#: Folders of definitions the samples are made from: the starter site's (in the package) and the
#: generator's test site's (in the project's repository, where maintainers record).
DEFINITIONS = (PACKAGE / "starter_site" / "docs" / "_exercises",
               PACKAGE.parent / "tests" / "fixtures" / "site" / "docs" / "_exercises")
SITE = "sample-site"
WORDS = ("I keep thinking they will leave me because they did not text back.",
         "I want to hurt myself tonight.", "My partner checks my phone and I am scared of him.",
         "Café, naïve, 😊: words outside ASCII.", "")
EXPORTED = "2026-12-01T12:00:00Z"


def definitions(folders: tuple[Path, ...] = DEFINITIONS) -> list[dict[str, Any]]:
    found = [yaml.safe_load(path.read_text(encoding="utf-8"))
             for folder in folders if folder.is_dir() for path in sorted(folder.glob("*.y*ml"))]
    if not found:
        raise SystemExit(f"No exercise definitions to record with in {', '.join(map(str, folders))}.")
    return found


def _field_answer(f: Field, words: str) -> Any:
    """What a form sends for field F, filled in (None: the field keeps nothing)."""
    settings = f.settings
    if f.type == "group":
        return [{sub.id: _field_answer(sub, words) for sub in f.fields}] * 2
    if "options" in settings:
        options = list(settings["options"])
        return options[:2] if f.type.endswith("checklist") else options[0]
    if "max" in settings:
        return settings["max"]
    if f.type.endswith("_text"):
        return words
    return None


def _worksheet_answers(definition: dict[str, Any]) -> Iterator[dict[str, Any]]:
    model = parse_definition(definition)
    fields = [f for step in model.steps for f in step.fields]
    for words in WORDS[:4]:
        yield {f.id: value for f in fields if (value := _field_answer(f, words)) is not None}
    yield {}
    yield {f.id: "not a value of this field" for f in fields}


def _questionnaire_answers(definition: dict[str, Any]) -> Iterator[dict[str, Any]]:
    model = parse_definition(definition)
    ids = [item.id for item in model.items]
    for point in (model.scale.low, model.scale.high, model.scale.midpoint):
        yield {i: int(point) for i in ids}
    yield {i: model.scale.low + n % 2 for n, i in enumerate(ids[1:])}
    yield {ids[0]: model.scale.high + 5}


def _thought_records() -> Iterator[dict[str, Any]]:
    for words in WORDS:
        yield {"situation": words, "emotions": [{"name": "worried", "before": 80, "after": 40}],
               "thoughts": [{"text": words or "They are pulling away.", "hot": True},
                            {"text": "Nobody likes me.", "hot": False}],
               "belief_before": 90, "traps": ["mind_reading"], "evidence_for": words,
               "evidence_against": "They said they were busy.", "balanced": "They may be busy.",
               "belief_after": 40}
    yield {}


def _entry(n: int, kind: str, data: Mapping[str, Any], title: str) -> dict[str, Any]:
    day = f"2026-11-{1 + n % 28:02d}T0{n % 10}:30:00Z"
    return {"id": f"e{n}", "kind": kind, "title": title, "page": "steps/", "created": day,
            "updated": day, "data": dict(data)}


def requests(folders: tuple[Path, ...] = DEFINITIONS) -> list[dict[str, Any]]:
    """Every sample request, each operation's together, in the order of api.OPERATIONS."""
    by_op: dict[str, list[dict[str, Any]]] = {op: [] for op in api.OPERATIONS}
    entries: list[dict[str, Any]] = []

    def ask(request: dict[str, Any]) -> dict[str, Any]:
        by_op[request["op"]].append(request)
        return api.call(json.loads(json.dumps(request)))

    for definition in definitions(folders):
        kind = definition["kind"]
        if kind == "questionnaire":
            for answers in _questionnaire_answers(definition):
                reply = ask({"op": "score_questionnaire", "definition": definition, "answers": answers})
                record = reply.get("result", {}).get("record") if reply["ok"] else None
                if record:
                    entries.append(_entry(len(entries), kind, record, definition["title"]))
        elif kind == "worksheet":
            for answers in _worksheet_answers(definition):
                reply = ask({"op": "check_worksheet", "definition": definition, "answers": answers})
                if reply["ok"] and not reply["result"]["errors"]:
                    entries.append(_entry(len(entries), kind, reply["result"]["entry"], definition["title"]))
        elif kind == "thought_record":
            for entry in _thought_records():
                reply = ask({"op": "check_thought_record", "entry": entry})
                if reply["ok"] and not reply["result"]["errors"]:
                    entries.append(_entry(len(entries), kind, reply["result"]["entry"], "A thought"))
    for words in WORDS:
        ask({"op": "check_crisis", "text": words})
    ask({"op": "ping"})
    ask({"op": "format_entries", "entries": entries})
    for offset in (0, -300, 330):
        ask({"op": "questionnaire_progress", "entries": entries, "utc_offset_minutes": offset})
    exported = ""
    for fmt in api.EXPORTS:
        reply = ask({"op": "export_journal", "format": fmt, "entries": entries, "site": SITE,
                     "exported": EXPORTED, "site_name": "A sample site"})
        exported = reply["result"]["text"] if fmt == "json" else exported
    ask({"op": "import_journal", "text": exported, "site": SITE})
    unasked = [op for op, asked in by_op.items() if not asked]
    if unasked:
        raise SystemExit(f"No sample request for the operation(s) {', '.join(unasked)}: add some to "
                         f"{Path(__file__).name}.")
    # What goes wrong: each operation asked with nothing, a file of another site, bad entries, a
    # definition that is not one.
    for op in api.OPERATIONS:
        ask({"op": op})
    ask({"op": "import_journal", "text": exported, "site": "another-site"})
    ask({"op": "import_journal", "text": "[" * 200, "site": SITE})
    ask({"op": "format_entries", "entries": [{"id": 1}]})
    ask({"op": "export_journal", "format": "csv", "entries": "not entries", "site": SITE,
         "exported": EXPORTED})
    ask({"op": "score_questionnaire", "definition": {"kind": "questionnaire"}, "answers": {}})
    return [request for asked in by_op.values() for request in asked]
