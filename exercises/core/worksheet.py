"""The worksheet kind: a practice written as data, from a handful of field types.

An author lists steps, each with fields (short text, long text, a rating, a single choice, a
checklist, a repeatable group, or a breathing guide or wait timer), and may name checks from
``worksheet_checks`` that give feedback. The core validates the definition at build time, and in
the browser reads a reader's answers into a self-describing entry (each answer keeps its label), so
the journal can show, print and export it without the definition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .fields import Checker, describe
from .text_checks import concerns

KIND = "worksheet"
TOP_KEYS = ("kind", "id", "title", "intro", "display", "steps", "feedback")
STEP_KEYS = ("title", "text", "fields")
DISPLAYS = ("all_at_once", "one_at_a_time")
COMMON = ("id", "type", "label", "hint")
# Each field type and the keys it takes besides the common ones.
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    "short_text": (),
    "long_text": (),
    "rating": ("min", "max", "low_label", "high_label"),
    "choice": ("options",),
    "checklist": ("options",),
    "group": ("fields", "min_rows", "max_rows", "add_label", "row_label"),
    "breathing": ("patterns",),
    "timer": ("minutes",),
}
TYPES = tuple(TYPE_KEYS)
# Types that hold an answer (the others are guides the reader uses, which keep nothing).
VALUE_TYPES = ("short_text", "long_text", "rating", "choice", "checklist", "group")
TEXT_TYPES = ("short_text", "long_text")
GROUP_TYPES = ("short_text", "long_text", "rating", "choice", "checklist")


@dataclass(frozen=True)
class BreathPattern:
    """A paced-breathing pattern: what the reader chooses it by, and its phases in seconds.
    The page's guide takes the phases from the form, so a pattern is declared here only."""

    name: str
    spoken: str
    phases: tuple[tuple[str, int], ...]  # ("in" | "out" | "hold-full" | "hold-empty", seconds)

    @property
    def holds(self) -> bool:
        return any(phase.startswith("hold") for phase, _ in self.phases)


# The first is the default: the lessons teach a longer out-breath, with no holding.
BREATHS: dict[str, BreathPattern] = {
    "slow": BreathPattern("Slow breathing (in 4, out 6)", "slow breathing", (("in", 4), ("out", 6))),
    "box": BreathPattern("Box breathing (4-4-4-4)", "box breathing",
                         (("in", 4), ("hold-full", 4), ("out", 4), ("hold-empty", 4))),
    "4-7-8": BreathPattern("4-7-8 breathing", "4-7-8 breathing", (("in", 4), ("hold-full", 7), ("out", 8))),
}
BREATHING_PATTERNS = {key: pattern.name for key, pattern in BREATHS.items()}
MAX_ROWS = 20
MAX_MINUTES = 60
MAX_TEXT = 20_000  # far beyond any real answer; keeps browser storage sane


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: str
    hint: str = ""
    min: int = 0
    max: int = 100
    low_label: str = ""
    high_label: str = ""
    options: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    min_rows: int = 1
    max_rows: int = 10
    add_label: str = ""
    row_label: str = "Entry"
    patterns: tuple[str, ...] = ()
    minutes: int = 10


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Feedback:
    check: str
    params: Mapping[str, str]


@dataclass(frozen=True)
class Worksheet:
    id: str
    title: str
    intro: str
    display: str
    steps: tuple[Step, ...]
    feedback: tuple[Feedback, ...]

    @property
    def fields(self) -> list[Field]:
        """Every top-level field, in the order shown."""
        return [f for step in self.steps for f in step.fields]

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)


# ---------------------------------------------------------------------------------------------
# Reading a definition


def parse(data: Any) -> Worksheet:
    """Turn plain data into a Worksheet, or raise DefinitionError naming every problem."""
    check = Checker()
    root = check.mapping(data, ())
    check.raise_if_any()
    assert root is not None
    check.known_keys(root, (), TOP_KEYS)
    wid = check.identifier(root, "id", ())
    title = check.field(root, "title", (), str)
    intro = check.field(root, "intro", (), str, required=False, default="")
    display = check.field(root, "display", (), str, required=False, default="all_at_once")
    if display not in DISPLAYS:
        check.add(("display",), f"'{display}' is not a way to show the steps",
                  "Use one_at_a_time or all_at_once.")
    steps = _steps(check, root)
    ws = Worksheet(wid or "", title or "", intro, display, steps, ())
    feedback = _feedback(check, root, ws)
    check.raise_if_any()
    return Worksheet(ws.id, ws.title, ws.intro, ws.display, ws.steps, feedback)


def _steps(check: Checker, root: Mapping[str, Any]) -> tuple[Step, ...]:
    raw = check.field(root, "steps", (), list, entry="step")
    if raw is None:
        return ()
    if not raw:
        check.add(("steps",), "there are no steps", "Add at least one step with a field under 'steps'.")
    seen: set[str] = set()
    steps = []
    for n, item in enumerate(raw):
        path = ("steps", n)
        step = check.mapping(item, path)
        if step is None:
            continue
        check.known_keys(step, path, STEP_KEYS)
        title = check.field(step, "title", path, str) or ""
        text = check.field(step, "text", path, str, required=False, default="")
        fields = check.field(step, "fields", path, list,
                             fix="Add 'fields:' with the fields of this step, at least one.",
                             entry="field")
        if fields is not None and not fields:
            check.add((*path, "fields"), f"the step '{title or n + 1}' names no field",
                      "Add at least one field under 'fields', or remove the step.")
        parsed = tuple(f for m, raw_field in enumerate(fields or ())
                       if (f := _field(check, raw_field, (*path, "fields", m), seen, TYPES)) is not None)
        steps.append(Step(title, text, parsed))
    return tuple(steps)


def _whole(check: Checker, data: Mapping[str, Any], key: str, path: tuple[Any, ...], default: int,
           low: int, high: int, what: str, unit: str = "") -> int:
    value = check.field(data, key, path, int, required=False, default=default)
    if not low <= value <= high:
        check.add((*path, key), f"{what} {value}{unit} is outside {low} to {high}",
                  f"Use a whole number from {low} to {high}.")
        return default
    return value


def _field(check: Checker, raw: Any, path: tuple[Any, ...], seen: set[str], allowed: tuple[str, ...]
           ) -> Field | None:
    data = check.mapping(raw, path)
    if data is None:
        return None
    kind = check.field(data, "type", path, str)
    fid = check.unique_id(data, path, seen, "field", "Give each field its own id.")
    if kind is not None and kind not in TYPES:
        check.add((*path, "type"), f"'{kind}' is not a field type", f"Use one of: {', '.join(TYPES)}.")
        kind = None
    elif kind is not None and kind not in allowed:
        check.add((*path, "type"), f"a group cannot hold a '{kind}' field",
                  f"Inside a group use: {', '.join(allowed)}.")
        kind = None
    if kind is None:
        return None
    check.known_keys(data, path, COMMON + TYPE_KEYS[kind])
    label = check.field(data, "label", path, str) or ""
    hint = check.field(data, "hint", path, str, required=False, default="")
    extra: dict[str, Any] = {}
    if kind == "rating":
        low = check.field(data, "min", path, int, required=False, default=0)
        high = check.field(data, "max", path, int, required=False, default=100)
        if low >= high:
            check.add((*path, "max"), f"the range {low} to {high} is empty or upside down",
                      "Make 'max' larger than 'min'.")
        elif low < 0 or high > 100:
            check.add((*path, "min" if low < 0 else "max"),
                      f"the range {low} to {high} goes outside 0 to 100",
                      "A rating runs from 0 to 100 at most; change 'min' or 'max'.")
        extra.update(min=low, max=high,
                     low_label=check.field(data, "low_label", path, str, required=False, default=""),
                     high_label=check.field(data, "high_label", path, str, required=False, default=""))
    elif kind in ("choice", "checklist"):
        extra["options"] = _options(check, data, path, kind)
    elif kind == "group":
        fields = check.field(data, "fields", path, list, fix="Add 'fields:' with the fields of one row.",
                             entry="field")
        if fields is not None and not fields:
            check.add((*path, "fields"), "the group has no fields", "Add at least one field under 'fields'.")
        inner: set[str] = set()
        extra["fields"] = tuple(f for m, raw_field in enumerate(fields or ())
                                if (f := _field(check, raw_field, (*path, "fields", m), inner, GROUP_TYPES)))
        min_rows = _whole(check, data, "min_rows", path, 1, 1, MAX_ROWS, "min_rows")
        max_rows = _whole(check, data, "max_rows", path, max(10, min_rows), 1, MAX_ROWS, "max_rows")
        if max_rows < min_rows:
            check.add((*path, "max_rows"), f"max_rows ({max_rows}) is smaller than min_rows ({min_rows})",
                      "Make 'max_rows' at least as large as 'min_rows'.")
        extra.update(min_rows=min_rows, max_rows=max(max_rows, min_rows),
                     add_label=check.field(data, "add_label", path, str, required=False, default=""),
                     row_label=check.field(data, "row_label", path, str, required=False, default="Entry"))
    elif kind == "breathing":
        patterns = check.field(data, "patterns", path, list, required=False, default=list(BREATHING_PATTERNS),
                               entry="pattern")
        for m, name in enumerate(patterns):
            if not isinstance(name, str) or name not in BREATHING_PATTERNS:
                check.add((*path, "patterns", m), f"{describe(name)} is not a breathing pattern",
                          f"Use one or more of: {', '.join(BREATHING_PATTERNS)}.")
        if not patterns:
            check.add((*path, "patterns"), "there are no patterns",
                      f"Leave 'patterns' out, or list one or more of: {', '.join(BREATHING_PATTERNS)}.")
        extra["patterns"] = tuple(dict.fromkeys(p for p in patterns if isinstance(p, str)
                                                and p in BREATHING_PATTERNS))
    elif kind == "timer":
        extra["minutes"] = _whole(check, data, "minutes", path, 10, 1, MAX_MINUTES, "a timer of", " minutes")
    return Field(fid or "", kind, label, hint, **extra)


def _options(check: Checker, data: Mapping[str, Any], path: tuple[Any, ...], kind: str
             ) -> tuple[str, ...]:
    raw = check.field(data, "options", path, list, fix="Add 'options:' with one choice per line.",
                      entry="option")
    if raw is None:
        return ()
    if len(raw) < 2:
        check.add((*path, "options"), f"a {kind} needs at least 2 options, this one has {len(raw)}",
                  "Add more options, or use a short_text field instead.")
    out: list[str] = []
    for m, option in enumerate(raw):
        if not isinstance(option, str) or not option.strip():
            hint = ("YAML reads words like yes, no, on and off as true or false: put the text in quotes."
                    if isinstance(option, bool) else "Write each option as text.")
            check.add((*path, "options", m), f"an option should be text, not {describe(option)}", hint)
        elif option in out:
            check.add((*path, "options", m), f"the option '{option}' is listed twice", "Remove one of them.")
        else:
            out.append(option)
    return tuple(out)


def _feedback(check: Checker, root: Mapping[str, Any], ws: Worksheet) -> tuple[Feedback, ...]:
    from .worksheet_checks import CHECKS

    raw = check.field(root, "feedback", (), list, required=False, default=[], entry="check")
    out = []
    for n, item in enumerate(raw):
        path = ("feedback", n)
        data = check.mapping(item, path)
        if data is None:
            continue
        name = check.field(data, "check", path, str, fix="Add 'check:' with the name of a check.")
        if name is None:
            continue
        if name not in CHECKS:
            check.add((*path, "check"), f"there is no check called '{name}'",
                      f"Use one of: {', '.join(sorted(CHECKS))}.")
            continue
        spec = CHECKS[name]
        check.known_keys(data, path, ("check", *spec.params))
        params: dict[str, str] = {}
        for key, param in spec.params.items():
            value = check.field(data, key, path, str, required=param.required)
            if value is None:
                continue
            if key in spec.choices and value not in spec.choices[key]:
                check.add((*path, key), f"'{value}' is not one of the choices",
                          f"Use one of: {', '.join(spec.choices[key])}.")
            elif not param.needs or _check_reference(check, ws, data, (*path, key), value, param, name):
                params[key] = value
        out.append(Feedback(name, params))
    return tuple(out)


def _check_reference(check: Checker, ws: Worksheet, data: Mapping[str, Any], path: tuple[Any, ...],
                     value: str, param: Any, name: str) -> bool:
    """A check's parameter names a field of the type it needs (or a field of a named group)."""
    if param.inside:
        group = ws.field(str(data.get(param.inside)))
        if group is None or group.type != "group":
            return False  # reported on the group parameter itself
        candidates = list(group.fields)
    else:
        candidates = ws.fields
    # A field whose id was itself a mistake (used twice, not usable) has no id here: leave it out.
    wanted = list(dict.fromkeys(f.id for f in candidates if f.type in param.needs and f.id))
    target = next((f for f in candidates if f.id == value), None)
    needed = " or ".join(param.needs)
    where = f" in the group '{data.get(param.inside)}'" if param.inside else ""
    use = (f"Use the id of a {needed} field: {or_list(wanted)}." if wanted else
           f"There is no {needed} field{where} yet: add one, then use its id here.")
    if target is None:
        check.add(path, f"'{value}' names no field{where}", use)
        return False
    if target.type not in param.needs:
        check.add(path, f"'{value}' is a {target.type} field, but {name} needs a {needed} field here", use)
        return False
    return True


def or_list(names: list[str]) -> str:
    """'a', 'a or b', 'a, b or c': a short list as a sentence reads it."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


# ---------------------------------------------------------------------------------------------
# Reading answers (what a reader writes) into a self-describing entry


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _rating(value: Any, low: int, high: int, errors: dict[str, str], key: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        errors[key] = f"Use a whole number from {low} to {high}."
        return None
    return value


def _value(f: Field, raw: Any, errors: dict[str, str], key: str) -> Any:
    if f.type in TEXT_TYPES:
        text = _text(raw)
        if len(text) > MAX_TEXT:
            errors[key] = f"This box holds up to {MAX_TEXT:,} characters."
        return text
    if f.type == "rating":
        return _rating(raw, f.min, f.max, errors, key)
    if f.type == "choice":
        text = _text(raw)
        if text and text not in f.options:
            errors[key] = "Choose one of the options."
            return ""
        return text
    if f.type == "checklist":
        chosen = raw if isinstance(raw, list) else []
        return [o for o in f.options if o in chosen]
    raise AssertionError(f.type)


def _answer(f: Field, raw: Any, errors: dict[str, str], key: str) -> dict[str, Any]:
    answer: dict[str, Any] = {"id": f.id, "type": f.type, "label": f.label}
    if f.type == "rating":
        answer.update(min=f.min, max=f.max)
    if f.type != "group":
        answer["value"] = _value(f, raw, errors, key)
        return answer
    answer["row_label"] = f.row_label
    rows = []
    for n, row in enumerate(raw if isinstance(raw, list) else []):
        row = row if isinstance(row, Mapping) else {}
        cells = [_answer(sub, row.get(sub.id), errors, f"{key}.{n}.{sub.id}") for sub in f.fields]
        if any(_filled(c) for c in cells) or any(k.startswith(f"{key}.{n}.") for k in errors):
            rows.append(cells)  # blank rows of the form are not kept
    if len(rows) > f.max_rows:
        errors[key] = f"This list holds up to {f.max_rows} rows."
    answer["value"] = rows
    return answer


def _filled(answer: Mapping[str, Any]) -> bool:
    value = answer["value"]
    if answer["type"] == "group":
        return any(_filled(c) for row in value for c in row)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return value is not None


def read_answers(ws: Worksheet, answers: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """The entry for a reader's answers, and problems keyed by field (``urges.0.before``)."""
    raw: Mapping[str, Any] = answers if isinstance(answers, Mapping) else {}
    errors: dict[str, str] = {}
    values = [_answer(f, raw.get(f.id), errors, f.id) for f in ws.fields if f.type in VALUE_TYPES]
    return {"worksheet": ws.id, "name": ws.title, "answers": values, "feedback": []}, errors


def answer_map(entry: Mapping[str, Any]) -> dict[str, Any]:
    """Answers by field id (a group's rows as lists of dicts by sub-field id)."""
    out: dict[str, Any] = {}
    for answer in entry["answers"]:
        if answer["type"] == "group":
            out[answer["id"]] = [{c["id"]: c["value"] for c in row} for row in answer["value"]]
        else:
            out[answer["id"]] = answer["value"]
    return out


def all_text(entry: Mapping[str, Any]) -> str:
    parts: list[str] = []

    def walk(answers: list[Mapping[str, Any]]) -> None:
        for a in answers:
            if a["type"] == "group":
                for row in a["value"]:
                    walk(row)
            elif isinstance(a["value"], str):
                parts.append(a["value"])
    walk(entry["answers"])
    return "\n".join(p for p in parts if p)


def title_of(entry: Mapping[str, Any]) -> str:
    """A short line to recognise the entry by in a list: its first written words."""
    for text in all_text(entry).splitlines():
        line = text.strip()
        if line:
            return line if len(line) <= 80 else line[:77].rstrip() + "..."
    return str(entry.get("name") or "Worksheet")


def check(definition: Any, answers: Any) -> dict[str, Any]:
    """Everything the page shows after the reader asks for a summary, and the entry to save."""
    from .worksheet_checks import run_checks

    ws = definition if isinstance(definition, Worksheet) else parse(definition)
    entry, errors = read_answers(ws, answers)
    empty = not any(_filled(a) for a in entry["answers"])
    if empty:
        errors.setdefault("entry", "Write or choose something in at least one box first.")
    feedback = run_checks(ws, entry) if not errors else []
    entry["feedback"] = [{"title": f["title"], "text": f["text"], "draft": f.get("draft", "")}
                         for f in feedback]
    return {"entry": entry, "errors": errors, "empty": empty, "feedback": feedback,
            **concerns(all_text(entry)), "title": title_of(entry)}


# ---------------------------------------------------------------------------------------------
# Saved entries, read without the definition (journal, import, export)


class _Bad(ValueError):
    pass


def _saved_answer(raw: Any, depth: int = 0) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        raise _Bad("an answer is not a set of fields")
    kind, fid, label = raw.get("type"), raw.get("id"), raw.get("label")
    if kind not in VALUE_TYPES or (depth and kind == "group"):
        raise _Bad(f"an answer has an unknown type ({kind!r})")
    if not isinstance(fid, str) or not isinstance(label, str):
        raise _Bad("an answer has no id or label")
    out: dict[str, Any] = {"id": fid, "type": kind, "label": label}
    value = raw.get("value")
    if kind in TEXT_TYPES or kind == "choice":
        if not isinstance(value, str):
            raise _Bad(f"the answer '{fid}' should be text")
        if len(value) > MAX_TEXT:
            raise _Bad(f"the answer '{fid}' is too long")
    elif kind == "rating":
        low, high = raw.get("min", 0), raw.get("max", 100)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)) or low >= high:
            raise _Bad(f"the rating '{fid}' has no usable range")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not low <= value <= high):
            raise _Bad(f"the rating '{fid}' is not a whole number from {low} to {high}")
        out.update(min=low, max=high)
    elif kind == "checklist":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _Bad(f"the answer '{fid}' should be a list of options")
    else:
        if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
            raise _Bad(f"the list '{fid}' should hold rows")
        value = [[_saved_answer(cell, depth + 1) for cell in row] for row in value]
        row_label = raw.get("row_label", "Entry")
        if not isinstance(row_label, str):
            raise _Bad(f"the list '{fid}' has an unusable row label")
        out["row_label"] = row_label
    out["value"] = list(value) if isinstance(value, list) else value
    return out


def read_entry(data: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Check a saved worksheet entry (as the journal stores it); problems keyed by 'entry'."""
    try:
        if not isinstance(data, Mapping):
            raise _Bad("it is not a worksheet entry")
        wid, name = data.get("worksheet"), data.get("name")
        if not isinstance(wid, str) or not isinstance(name, str):
            raise _Bad("it does not say which worksheet it is")
        answers = data.get("answers")
        if not isinstance(answers, list):
            raise _Bad("it has no answers")
        feedback = []
        for item in data.get("feedback") or []:
            if not isinstance(item, Mapping) or not all(isinstance(item.get(k, ""), str)
                                                        for k in ("title", "text", "draft")):
                raise _Bad("its feedback cannot be read")
            feedback.append({"title": item.get("title", ""), "text": item.get("text", ""),
                             "draft": item.get("draft", "")})
        entry = {"worksheet": wid, "name": name, "answers": [_saved_answer(a) for a in answers],
                 "feedback": feedback}
    except _Bad as err:
        return {"worksheet": "", "name": "", "answers": [], "feedback": []}, {"entry": str(err)}
    return entry, {}


def _shown(answer: Mapping[str, Any]) -> str:
    value = answer["value"]
    if answer["type"] == "rating":
        return "" if value is None else f"{value} out of {answer['max']}" + (
            f" (from {answer['min']})" if answer["min"] else "")
    if answer["type"] == "checklist":
        return "\n".join(f"- {v}" for v in value)
    return value.strip() if isinstance(value, str) else ""


def _labelled(label: str, value: str) -> str:
    """'What did you want to hear? Are we okay?' or 'Urge: 80 out of 100' (one line per answer)."""
    label = label.strip().rstrip(":")
    return f"{label} {value}" if label.endswith("?") else f"{label}: {value}"


def markdown(entry: Mapping[str, Any]) -> str:
    """The entry as Markdown, for export, printing and bringing to a therapist."""
    lines: list[str] = []
    for answer in entry["answers"]:
        if answer["type"] == "group":
            rows = []
            for n, row in enumerate(answer["value"], start=1):
                cells = [f"- {_labelled(c['label'], _shown(c))}" for c in row if _shown(c)]
                if cells:
                    rows.append(f"{answer.get('row_label') or 'Entry'} {n}\n" + "\n".join(cells))
            body = "\n\n".join(rows)
        else:
            body = _shown(answer)
        if body:
            lines.extend([f"### {answer['label']}", "", body, ""])
    for item in entry.get("feedback") or []:
        text = "\n\n".join(p for p in (item["text"], item.get("draft", "")) if p.strip())
        if text.strip():
            lines.extend([f"### {item['title']}", "", text.strip(), ""])
    return "\n".join(lines).rstrip() + "\n"


def flat(entry: Mapping[str, Any]) -> dict[str, str]:
    """One row of plain columns, for CSV: one column per answer, named ``<worksheet>.<field>``."""
    wid = str(entry["worksheet"])
    out = {"worksheet": wid}
    for answer in entry["answers"]:
        if answer["type"] == "group":
            out[f"{wid}.{answer['id']}"] = " | ".join(
                "; ".join(f"{c['id']}: {_flat_value(c)}" for c in row if _flat_value(c))
                for row in answer["value"])
        else:
            out[f"{wid}.{answer['id']}"] = _flat_value(answer)
    return out


def _flat_value(answer: Mapping[str, Any]) -> str:
    value = answer["value"]
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
