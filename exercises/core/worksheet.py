"""The worksheet kind: a practice written as data, from a handful of field types.

An author lists steps, each with fields (short text, long text, a rating, a single choice, a
checklist, a repeatable group, or a breathing guide or wait timer), and may name checks from
``worksheet_checks`` that give feedback. The core validates the definition at build time, and in
the browser reads a reader's answers into a self-describing entry (each answer keeps its label), so
the journal can show, print and export it without the definition.

The parts: ``field_types`` (each field type, declared once), ``worksheet_model`` (the parsed
worksheet), ``worksheet_parse`` (reading a definition), ``worksheet_checks`` (feedback), and this
module: the kind itself, and a reader's answers as an entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import field_types
from .exercise_kind import ExerciseKind, JournalFormat
from .field_types import (
    BREATHING_PATTERNS,
    BREATHS,
    COMMON,
    MAX_MINUTES,
    MAX_ROWS,
    MAX_TEXT,
    BadAnswer,
    BreathPattern,
    Field,
    answer_map,
    filled,
    keeps_answer,
    read_answer,
    saved_answer,
    shown,
    words,
)
from .messages import msg, t
from .text_checks import concerns
from .worksheet_model import DISPLAYS, STEP_KEYS, TOP_KEYS, Feedback, Step, Worksheet
from .worksheet_parse import or_list, parse

__all__ = [
    "BREATHING_PATTERNS", "BREATHS", "COMMON", "DISPLAYS", "KIND", "MAX_MINUTES", "MAX_ROWS", "MAX_TEXT",
    "STEP_KEYS", "TOP_KEYS", "BreathPattern", "Feedback", "Field", "Step", "Worksheet", "all_text",
    "answer_map", "check", "flat", "markdown", "or_list", "parse", "read_answers", "read_entry", "title_of",
    "without_contacts",
]

KIND = "worksheet"

# Lists of field types, derived from the records each time they are asked for (a type registered
# later, as a test does, is in them): TYPES, TYPE_KEYS, VALUE_TYPES, TEXT_TYPES, GROUP_TYPES.
_DERIVED = {"TYPES": field_types.names, "TYPE_KEYS": field_types.type_keys,
            "VALUE_TYPES": field_types.value_types, "TEXT_TYPES": field_types.text_types,
            "GROUP_TYPES": field_types.group_types}


def __getattr__(name: str) -> Any:
    if name in _DERIVED:
        return _DERIVED[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------------------------------------
# Reading answers (what a reader writes) into a self-describing entry


def read_answers(ws: Worksheet, answers: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """The entry for a reader's answers, and problems keyed by field (``urges.0.before``)."""
    raw: Mapping[str, Any] = answers if isinstance(answers, Mapping) else {}
    errors: dict[str, str] = {}
    values = [read_answer(f, raw.get(f.id), errors, f.id) for f in ws.fields if keeps_answer(f.type)]
    entry: dict[str, Any] = {"worksheet": ws.id, "name": ws.title, "answers": values, "feedback": []}
    if ws.contacts:  # which answers name people the reader can reach, for a copy without them
        entry["contacts"] = list(ws.contacts)
    return entry, errors


def all_text(entry: Mapping[str, Any]) -> str:
    return "\n".join(p for answer in entry["answers"] for p in words(answer) if p)


def title_of(entry: Mapping[str, Any]) -> str:
    """A short line to recognise the entry by in a list: its first written words, never a name or a
    number of someone the reader can reach (it heads every printed copy)."""
    hidden = set(entry.get("contacts") or ())
    for text in all_text({"answers": [a for a in entry["answers"] if a["id"] not in hidden]}).splitlines():
        line = text.strip()
        if line:
            return line if len(line) <= 80 else line[:77].rstrip() + "..."
    return str(entry.get("name") or KIND_TITLE)


def check(definition: Any, answers: Any) -> dict[str, Any]:
    """Everything the page shows after the reader asks for a summary, and the entry to save."""
    # Imported here, not at the top: the engine starts without the checks' module and loads it when
    # a worksheet is first checked (tests/browser/test_faults.py relies on it). There is no cycle.
    from .worksheet_checks import run_checks

    ws = definition if isinstance(definition, Worksheet) else parse(definition)
    entry, errors = read_answers(ws, answers)
    empty = not any(filled(a) for a in entry["answers"])
    if empty:
        # i18n: Above a worksheet's buttons when the reader asked for a summary (or to save) with
        # every box empty.
        errors.setdefault("entry", t("worksheet.empty",
                                     "Write or choose something in at least one box first."))
    feedback = run_checks(ws, entry) if not errors else []
    entry["feedback"] = [{"title": f["title"], "text": f["text"], "draft": f.get("draft", "")}
                         for f in feedback]
    return {"entry": entry, "errors": errors, "empty": empty, "feedback": feedback,
            **concerns(all_text(entry)), "title": title_of(entry)}


# ---------------------------------------------------------------------------------------------
# Saved entries, read without the definition (journal, import, export)


def read_entry(data: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Check a saved worksheet entry (as the journal stores it); problems keyed by 'entry'."""
    try:
        if not isinstance(data, Mapping):
            # i18n: Why a saved entry in a journal file cannot be used (after "entry 3 has a value
            # that cannot be used").
            raise BadAnswer(t("saved.not_worksheet", "it is not a worksheet entry"))
        wid, name = data.get("worksheet"), data.get("name")
        if not isinstance(wid, str) or not isinstance(name, str):
            # i18n: Why a saved worksheet entry cannot be used: it does not name its worksheet.
            raise BadAnswer(t("saved.which_worksheet", "it does not say which worksheet it is"))
        answers = data.get("answers")
        if not isinstance(answers, list):
            # i18n: Why a saved worksheet entry cannot be used: its answers are missing.
            raise BadAnswer(t("saved.no_answers", "it has no answers"))
        feedback = []
        for item in data.get("feedback") or []:
            if not isinstance(item, Mapping) or not all(isinstance(item.get(k, ""), str)
                                                        for k in ("title", "text", "draft")):
                # i18n: Why a saved worksheet entry cannot be used: the feedback saved with it is broken.
                raise BadAnswer(t("saved.bad_feedback", "its feedback cannot be read"))
            feedback.append({"title": item.get("title", ""), "text": item.get("text", ""),
                             "draft": item.get("draft", "")})
        entry = {"worksheet": wid, "name": name, "answers": [saved_answer(a) for a in answers],
                 "feedback": feedback}
        contacts = data.get("contacts")
        if contacts is not None:
            if (not isinstance(contacts, list) or len(contacts) > field_types.MAX_CONTACTS
                    or not all(isinstance(c, str) for c in contacts)):
                # i18n: Why a saved worksheet entry cannot be used: the list of its answers that name
                # people (kept so a copy can leave them out) is broken.
                raise BadAnswer(t("saved.bad_contacts",
                                  "its list of answers that name people cannot be read"))
            if contacts:
                entry["contacts"] = list(dict.fromkeys(contacts))
    except BadAnswer as err:
        return {"worksheet": "", "name": "", "answers": [], "feedback": []}, {"entry": str(err)}
    return entry, {}


def markdown(entry: Mapping[str, Any]) -> str:
    """The entry as Markdown, for export, printing and bringing to a therapist."""
    lines: list[str] = []
    for answer in entry["answers"]:
        body = shown(answer)
        if body:
            lines.extend([f"### {answer['label']}", "", body, ""])
    for item in entry.get("feedback") or []:
        text = "\n\n".join(p for p in (item["text"], item.get("draft", "")) if p.strip())
        if text.strip():
            lines.extend([f"### {item['title']}", "", text.strip(), ""])
    return "\n".join(lines).rstrip() + "\n"


def without_contacts(entry: Mapping[str, Any], title: str) -> tuple[dict[str, Any], str] | None:
    """The entry without the answers that name people the reader can reach (for a copy the reader
    chose to keep them out of), and its TITLE unless a left-out answer holds it; None when it holds
    no such answer."""
    hidden = set(entry.get("contacts") or ())
    left_out = [a for a in entry["answers"] if a["id"] in hidden]
    if not any(filled(a) for a in left_out):
        return None
    kept = {key: value for key, value in entry.items() if key != "contacts"}
    kept["answers"] = [a for a in entry["answers"] if a["id"] not in hidden]
    # A title taken from a left-out answer (an entry saved before titles skipped them) goes too.
    line = title.removesuffix("...").strip()
    if line and any(line in text for a in left_out for text in words(a)):
        title = title_of(kept)
    return kept, title


def flat(entry: Mapping[str, Any]) -> dict[str, str]:
    """One row of plain columns, for CSV: one column per answer, named ``<worksheet>.<field>``."""
    wid = str(entry["worksheet"])
    out = {"worksheet": wid}
    for answer in entry["answers"]:
        out[f"{wid}.{answer['id']}"] = field_types.flat(answer)
    return out


# i18n: What the journal calls a saved worksheet when it has no name of its own.
KIND_TITLE = msg("kind.worksheet", "Worksheet")

# The kind, declared once (see exercise_kind.py)
KIND_DECLARATION = ExerciseKind(
    name=KIND, parse=parse, renderer="exercises.render.worksheet_html:render",
    module="kinds/worksheet.js", title=KIND_TITLE,
    operations={"check_worksheet": lambda request: check(request.definition(KIND), request.get("answers"))},
    journal=JournalFormat(read_entry=read_entry, markdown=markdown, flat=flat,
                          name_of=lambda data: str(data.get("name") or ""),
                          without_contacts=without_contacts))
