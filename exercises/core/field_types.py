"""The field types of a worksheet, each declared once, as one ``FieldType`` record.

A record says everything about its type: the keys an author may write and how they are checked,
the answer a reader gives (how it is read from the form, read back from a saved entry, shown in
Markdown, put in one CSV cell), whether feedback checks may read it as the reader's words, whether it
can sit in a group's row, where its HTML is drawn, and its part of the JSON Schema. The parser, the
entries, the checks, the form and the schema all read ``FIELD_TYPES``; none keeps a list of types.

Adding a type: exercises/guide/docs/maintainers/new-field-type.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import Path
from .fields import Checker, describe
from .messages import Message, msg, t, tn

COMMON = ("id", "type", "label", "hint")  # the keys every field takes
MAX_ROWS = 20
MAX_MINUTES = 60
MAX_TEXT = 20_000  # far beyond any real answer; keeps browser storage sane


@dataclass(frozen=True)
class Field:
    """One field of a worksheet: what every field has, and the settings its type read.

    A setting reads as an attribute (``f.minutes`` for a timer); a group's row is ``f.fields``."""

    id: str
    type: str
    label: str
    hint: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def fields(self) -> tuple[Field, ...]:
        """The fields of a group's row; other fields have none."""
        return tuple(self.settings.get("fields", ()))

    def __getattr__(self, name: str) -> Any:
        settings = self.__dict__.get("settings", {})
        if name in settings:
            return settings[name]
        raise AttributeError(f"a {self.__dict__.get('type', '?')} field has no setting '{name}'")


Answer = Mapping[str, Any]
#: Reads the fields of a group's row: the list under a key, and that key's path.
SubFields = Callable[[list[Any], Path], tuple[Field, ...]]
#: Checks a type's own keys (problems go to the Checker) and returns the field's settings.
Reader = Callable[[Checker, Mapping[str, Any], Path, SubFields], dict[str, Any]]
#: A key's JSON Schema, or a function that makes it when the schema is written.
KeySchema = Mapping[str, Any] | Callable[[], Mapping[str, Any]]


class BadAnswer(ValueError):
    """A saved answer that cannot be used (the message says why, in words)."""


def _no_settings(check: Checker, data: Mapping[str, Any], path: Path, sub_fields: SubFields
                 ) -> dict[str, Any]:
    return {}


def _nothing(f: Field) -> dict[str, Any]:
    return {}


def _shown_text(answer: Answer) -> str:
    value = answer["value"]
    return value.strip() if isinstance(value, str) else ""


def _flat_value(answer: Answer) -> str:
    value = answer["value"]
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _filled_value(answer: Answer) -> bool:
    value = answer["value"]
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return bool(value)
    return value is not None


def _string_words(answer: Answer) -> list[str]:
    value = answer["value"]
    return [value] if isinstance(value, str) else []


def _value_of(answer: Answer) -> Any:
    return answer["value"]


@dataclass(frozen=True)
class AnswerShape:
    """What a type that keeps an answer does with it. The answer is a self-describing dict,
    ``{"id", "type", "label", ...carried, "value"}``, so the journal reads it without the definition."""

    #: The reader's value from the form, checked; a problem goes into ``errors[key]`` in words.
    read: Callable[[Field, Any, dict[str, str], str], Any]
    #: A saved answer's value, checked (raise BadAnswer); may add carried keys to the new answer.
    saved: Callable[[Answer, str, dict[str, Any]], Any]
    #: Keys an answer carries from the definition, so it reads without it (a rating's range).
    carried: Callable[[Field], dict[str, Any]] = _nothing
    #: The answer in Markdown ("" leaves it out).
    shown: Callable[[Answer], str] = _shown_text
    #: The answer in one CSV cell.
    flat: Callable[[Answer], str] = _flat_value
    #: Whether the reader wrote or chose something.
    filled: Callable[[Answer], bool] = _filled_value
    #: The reader's words in it, checked for crisis and safety language.
    words: Callable[[Answer], list[str]] = _string_words
    #: What feedback checks get for it, by the field's id.
    checked: Callable[[Answer], Any] = _value_of


@dataclass(frozen=True)
class FieldType:
    """One field type, by the name an author writes after ``type:``."""

    name: str
    #: What it is, in a sentence: the schema's description of its ``type:`` value.
    description: str
    #: The function that draws its form at build time, as "module:function"; it is called with
    #: (parent element, exercise uid, Field, answer name). Named, not imported: the core runs in the
    #: browser and never loads HTML code.
    html: str
    #: The keys it takes besides COMMON, each with its JSON Schema, in the order messages list them.
    keys: Mapping[str, KeySchema] = field(default_factory=dict)
    #: Those of its keys an author must write.
    required: tuple[str, ...] = ()
    #: Checks its keys and returns the field's settings.
    read_keys: Reader = _no_settings
    #: Its answer; None for a guide the reader uses that keeps nothing (breathing, timer).
    answer: AnswerShape | None = None
    #: Whether feedback checks that read the reader's own words (message_builder) may name it.
    text: bool = False
    #: Whether it can be a field of a group's row.
    in_group: bool = True
    #: Its key, if any, that lists the ids of other fields of the worksheet that hold the names or
    #: numbers of people the reader can reach: the parser checks that each names a field that keeps
    #: an answer, a saved entry carries them, and a printed or downloaded copy can leave them out.
    contacts_key: str = ""
    #: The function that draws a part just above a worksheet's buttons that save, download and print,
    #: once in a worksheet that has fields of this type, as "module:function" ("" for none). It is
    #: called with (the form, exercise uid, those fields, every field of the worksheet).
    before_actions: str = ""


# ---------------------------------------------------------------------------------------------
# Shared pieces


def or_list(names: list[str]) -> str:
    """'a', 'a or b', 'a, b or c': a short list as a sentence reads it."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def whole(check: Checker, data: Mapping[str, Any], key: str, path: Path, default: int,
          low: int, high: int, what: str, unit: str = "") -> int:
    """A whole number from LOW to HIGH under KEY, or DEFAULT and a problem."""
    value = check.field(data, key, path, int, required=False, default=default)
    if not low <= value <= high:
        check.add((*path, key), f"{what} {value}{unit} is outside {low} to {high}",
                  f"Use a whole number from {low} to {high}.")
        return default
    return value


def _optional_text(description: str) -> dict[str, Any]:
    return {"$ref": "#/$defs/optionalText", "description": description}


def _optional_whole(description: str, low: int, high: int) -> dict[str, Any]:
    return {"description": description, "type": ["integer", "null"], "minimum": low, "maximum": high}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _saved_text(raw: Answer, fid: str, out: dict[str, Any]) -> Any:
    value = raw.get("value")
    if not isinstance(value, str):
        # i18n: Why a saved worksheet entry cannot be used (after "entry 3 has a value that cannot be
        # used"). {field} is the id of one of its answers, as the file writes it.
        raise BadAnswer(t("saved.not_text", "the answer '{field}' should be text", field=fid))
    if len(value) > MAX_TEXT:
        # i18n: Why a saved worksheet entry cannot be used: one answer ({field}, its id) is far too long.
        raise BadAnswer(t("saved.too_long", "the answer '{field}' is too long", field=fid))
    return value


# ---------------------------------------------------------------------------------------------
# short_text, long_text


def _read_text(f: Field, raw: Any, errors: dict[str, str], key: str) -> str:
    text = _text(raw)
    if len(text) > MAX_TEXT:
        # i18n: Next to a text box of a worksheet whose answer is far too long. {most} is the limit.
        errors[key] = t("field.text.too_long", "This box holds up to {most} characters.", most=MAX_TEXT)
    return text


TEXT_ANSWER = AnswerShape(read=_read_text, saved=_saved_text)

SHORT_TEXT = FieldType(
    "short_text", "A one-line text box.", "exercises.render.worksheet_fields:short_text",
    answer=TEXT_ANSWER, text=True)
LONG_TEXT = FieldType(
    "long_text", "A text box for a few lines.", "exercises.render.worksheet_fields:long_text",
    answer=TEXT_ANSWER, text=True)


# ---------------------------------------------------------------------------------------------
# rating


def _read_rating_keys(check: Checker, data: Mapping[str, Any], path: Path, sub_fields: SubFields
                      ) -> dict[str, Any]:
    low = check.field(data, "min", path, int, required=False, default=0)
    high = check.field(data, "max", path, int, required=False, default=100)
    if low >= high:
        check.add((*path, "max"), f"the range {low} to {high} is empty or upside down",
                  "Make 'max' larger than 'min'.")
    elif low < 0 or high > 100:
        check.add((*path, "min" if low < 0 else "max"),
                  f"the range {low} to {high} goes outside 0 to 100",
                  "A rating runs from 0 to 100 at most; change 'min' or 'max'.")
    return {"min": low, "max": high,
            "low_label": check.field(data, "low_label", path, str, required=False, default=""),
            "high_label": check.field(data, "high_label", path, str, required=False, default="")}


def _read_rating(f: Field, value: Any, errors: dict[str, str], key: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not f.min <= value <= f.max:
        # i18n: Next to a worksheet's number box when what the reader typed is not a whole number in
        # its range. {low} and {high} are the lowest and highest numbers (0 and 100).
        errors[key] = t("field.rating.out_of_range", "Use a whole number from {low} to {high}.",
                        low=f.min, high=f.max)
        return None
    return value


def _saved_rating(raw: Answer, fid: str, out: dict[str, Any]) -> Any:
    value = raw.get("value")
    low, high = raw.get("min", 0), raw.get("max", 100)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)) or low >= high:
        # i18n: Why a saved worksheet entry cannot be used: a rating ({field}, its id) has no range.
        raise BadAnswer(t("saved.rating_range", "the rating '{field}' has no usable range", field=fid))
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not low <= value <= high):
        # i18n: Why a saved worksheet entry cannot be used: a rating ({field}, its id) is off its range
        # ({low} to {high}).
        raise BadAnswer(t("saved.rating_value", "the rating '{field}' is not a whole number from {low} to "
                          "{high}",
                          field=fid, low=low, high=high))
    out.update(min=low, max=high)
    return value


def _shown_rating(answer: Answer) -> str:
    value = answer["value"]
    if value is None:
        return ""
    if answer["min"]:
        # i18n: A rating in a saved worksheet entry (journal, printed copy, text export), when its
        # scale does not start at 0. {value} is the rating, {low} and {high} the scale's ends.
        return t("saved.rating_from", "{value} out of {high} (from {low})", value=value, high=answer["max"],
                 low=answer["min"])
    # i18n: A rating in a saved worksheet entry. {value} is the rating, {high} the top of its scale.
    return t("saved.rating", "{value} out of {high}", value=value, high=answer["max"])


RATING = FieldType(
    "rating", "A whole number from min to max (0 to 100 unless set).",
    "exercises.render.worksheet_fields:rating",
    keys={"min": _optional_whole("Optional. The lowest number (default 0). Must be smaller than max.", 0, 99),
          "max": _optional_whole("Optional. The highest number (default 100).", 1, 100),
          "low_label": _optional_text("Optional. What the lowest number means, e.g. 'not calm at all'."),
          "high_label": _optional_text("Optional. What the highest number means, e.g. 'completely calm'.")},
    read_keys=_read_rating_keys,
    answer=AnswerShape(read=_read_rating, saved=_saved_rating,
                       carried=lambda f: {"min": f.min, "max": f.max}, shown=_shown_rating))


# ---------------------------------------------------------------------------------------------
# choice, checklist


def _options(check: Checker, data: Mapping[str, Any], path: Path, kind: str) -> tuple[str, ...]:
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


OPTIONS_SCHEMA = {"description": "The options, one per line, at least 2, each different.", "type": "array",
                  "minItems": 2, "uniqueItems": True, "items": {"$ref": "#/$defs/text"}}


def _read_choice(f: Field, raw: Any, errors: dict[str, str], key: str) -> str:
    text = _text(raw)
    if text and text not in f.options:
        # i18n: Next to a worksheet's round buttons when the answer sent is not one of them.
        errors[key] = t("field.choice.not_an_option", "Choose one of the options.")
        return ""
    return text


def _read_checklist(f: Field, raw: Any, errors: dict[str, str], key: str) -> list[str]:
    chosen = raw if isinstance(raw, list) else []
    return [o for o in f.options if o in chosen]


def _saved_checklist(raw: Answer, fid: str, out: dict[str, Any]) -> Any:
    value = raw.get("value")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        # i18n: Why a saved worksheet entry cannot be used: a checklist's answer ({field}, its id).
        raise BadAnswer(t("saved.not_options", "the answer '{field}' should be a list of options", field=fid))
    return value


CHOICE = FieldType(
    "choice", "One option out of a list (round buttons).", "exercises.render.worksheet_fields:choice",
    keys={"options": OPTIONS_SCHEMA}, required=("options",),
    read_keys=lambda check, data, path, sub_fields: {"options": _options(check, data, path, "choice")},
    answer=AnswerShape(read=_read_choice, saved=_saved_text))
CHECKLIST = FieldType(
    "checklist", "Any number of options out of a list (tick boxes).",
    "exercises.render.worksheet_fields:checklist",
    keys={"options": OPTIONS_SCHEMA}, required=("options",),
    read_keys=lambda check, data, path, sub_fields: {"options": _options(check, data, path, "checklist")},
    answer=AnswerShape(read=_read_checklist, saved=_saved_checklist,
                       shown=lambda answer: "\n".join(f"- {v}" for v in answer["value"])))


# ---------------------------------------------------------------------------------------------
# page_checklist: tick boxes for pages of the site (practices), each with a link to its page

# A page of the site as an author writes it: its path under docs/, maybe with an anchor.
PAGE_PATH = re.compile(r"^(?![/\\])(?!.*\.\.)[^\s:#?]+\.md(#[\w.-]+)?$")


def _read_page_options(check: Checker, data: Mapping[str, Any], path: Path, sub_fields: SubFields
                       ) -> dict[str, Any]:
    raw = check.field(data, "options", path, list, entry="option",
                      fix="Add 'options:' with one option per line: its 'label' and its 'page'.")
    labels: list[str] = []
    pages: list[str] = []
    for m, option in enumerate(raw or []):
        where = (*path, "options", m)
        if not isinstance(option, Mapping):
            check.add(where, f"an option should be a label and a page, not {describe(option)}",
                      "Write '- label: ...' and, under it, 'page: ...' (the page's path in docs/).")
            continue
        check.known_keys(option, where, ("label", "page"))
        label = check.field(option, "label", where, str)
        page = check.field(option, "page", where, str)
        if isinstance(page, str) and not PAGE_PATH.match(page):
            check.add((*where, "page"), f"'{page}' is not the path of a page in docs/",
                      "Write the page's path under docs/, ending in .md, like steps/1-self-compassion.md "
                      "(an anchor after # is fine).")
        if isinstance(label, str) and label in labels:
            check.add((*where, "label"), f"the option '{label}' is listed twice", "Remove one of them.")
        elif isinstance(label, str) and isinstance(page, str):
            labels.append(label)
            pages.append(page)
    if raw is not None and len(raw) < 2:
        check.add((*path, "options"), f"a page_checklist needs at least 2 options, this one has {len(raw)}",
                  "Add more options, or link the page from the step's text instead.")
    # Checked against the options only once there are enough of them to choose from.
    most = len(labels) if len(labels) >= 2 else MAX_ROWS
    choose = whole(check, data, "choose", path, min(len(labels), most) or 1, 1, most, "choose")
    return {"options": tuple(labels), "pages": tuple(pages), "choose": choose}


def _read_page_choices(f: Field, raw: Any, errors: dict[str, str], key: str) -> list[str]:
    chosen = _read_checklist(f, raw, errors, key)
    if len(chosen) > f.choose:
        # i18n: Next to a worksheet's tick boxes when the reader ticked too many. {count} is the most
        # they may tick.
        errors[key] = tn("field.page_checklist.too_many", "Choose up to {count}: untick the ones that help "
                         "you least.",
                         "Choose up to {count}: untick the ones that help you least.", f.choose)
    return chosen


PAGE_CHECKLIST = FieldType(
    "page_checklist", "Tick boxes for pages of this site, such as its practices, each with a link to "
    "its page; choose limits how many.", "exercises.render.worksheet_fields:page_checklist",
    keys={"options": {"description": "The options, at least 2: each a 'label' and the 'page' it links "
                                     "to (its path under docs/, like steps/2-grounding.md#how-to-practice).",
                      "type": "array", "minItems": 2,
                      "items": {"type": "object", "additionalProperties": False,
                                "required": ["label", "page"],
                                "properties": {"label": {"$ref": "#/$defs/text"},
                                               "page": {"type": "string", "pattern": PAGE_PATH.pattern}}}},
          "choose": _optional_whole("Optional. The most options a reader may tick (default: all).",
                                    1, MAX_ROWS)},
    required=("options",), read_keys=_read_page_options, in_group=False,
    answer=AnswerShape(read=_read_page_choices, saved=_saved_checklist,
                       shown=lambda answer: "\n".join(f"- {v}" for v in answer["value"])))


# ---------------------------------------------------------------------------------------------
# group: rows the reader can add, each with the same fields


def _read_group_keys(check: Checker, data: Mapping[str, Any], path: Path, sub_fields: SubFields
                     ) -> dict[str, Any]:
    fields = check.field(data, "fields", path, list, fix="Add 'fields:' with the fields of one row.",
                         entry="field")
    if fields is not None and not fields:
        check.add((*path, "fields"), "the group has no fields", "Add at least one field under 'fields'.")
    row = sub_fields(fields or [], (*path, "fields"))
    min_rows = whole(check, data, "min_rows", path, 1, 1, MAX_ROWS, "min_rows")
    max_rows = whole(check, data, "max_rows", path, max(10, min_rows), 1, MAX_ROWS, "max_rows")
    if max_rows < min_rows:
        check.add((*path, "max_rows"), f"max_rows ({max_rows}) is smaller than min_rows ({min_rows})",
                  "Make 'max_rows' at least as large as 'min_rows'.")
    return {"fields": row, "min_rows": min_rows, "max_rows": max(max_rows, min_rows),
            "add_label": check.field(data, "add_label", path, str, required=False, default=""),
            "row_label": check.field(data, "row_label", path, str, required=False, default=str(ROW_LABEL))}


def _read_rows(f: Field, raw: Any, errors: dict[str, str], key: str) -> list[list[dict[str, Any]]]:
    rows = []
    for n, row in enumerate(raw if isinstance(raw, list) else []):
        row = row if isinstance(row, Mapping) else {}
        cells = [read_answer(sub, row.get(sub.id), errors, f"{key}.{n}.{sub.id}")
                 for sub in f.fields if keeps_answer(sub.type)]
        if any(filled(c) for c in cells) or any(k.startswith(f"{key}.{n}.") for k in errors):
            rows.append(cells)  # blank rows of the form are not kept
    if len(rows) > f.max_rows:
        # i18n: Next to a worksheet's list of rows when it has too many. {count} is the most it holds.
        errors[key] = tn("field.group.too_many", "This list holds up to {count} row.",
                         "This list holds up to {count} rows.", f.max_rows)
    return rows


def _saved_rows(raw: Answer, fid: str, out: dict[str, Any]) -> Any:
    value = raw.get("value")
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        # i18n: Why a saved worksheet entry cannot be used: a list of rows ({field}, its id) is broken.
        raise BadAnswer(t("saved.not_rows", "the list '{field}' should hold rows", field=fid))
    rows = [[saved_answer(cell, in_group=True) for cell in row] for row in value]
    row_label = raw.get("row_label", str(ROW_LABEL))
    if not isinstance(row_label, str):
        # i18n: Why a saved worksheet entry cannot be used: a list of rows ({field}, its id) has a
        # broken name for its rows.
        raise BadAnswer(t("saved.row_label", "the list '{field}' has an unusable row label", field=fid))
    out["row_label"] = row_label
    return rows


# Marks that end a question, in the scripts a label may be written in (Latin, Arabic, full width).
QUESTION_MARKS = ("?", "\u061f", "\uff1f")


def labelled(label: str, value: str) -> str:
    """'What did you want to hear? Are we okay?' or 'Urge: 80 out of 100' (one line per answer)."""
    label = label.strip().rstrip(":")
    if label.endswith(QUESTION_MARKS):
        # i18n: One answer of a row, in a saved worksheet entry, when the field's label is a question.
        # {label} is the question (the author's words), {value} the reader's answer.
        return t("saved.question_answer", "{label} {value}", label=label, value=value)
    # i18n: One answer of a row, in a saved worksheet entry. {label} is the field's label (the
    # author's words), {value} the reader's answer.
    return t("saved.label_answer", "{label}: {value}", label=label, value=value)


def _shown_rows(answer: Answer) -> str:
    rows = []
    for n, row in enumerate(answer["value"], start=1):
        cells = [f"- {labelled(c['label'], shown(c))}" for c in row if shown(c)]
        if cells:
            # i18n: The heading of one row of a list in a saved worksheet entry. {row} is what the
            # author calls a row ("Time", or "Entry" by default), {number} its number.
            heading = t("saved.row_heading", "{row} {number}", row=answer.get("row_label") or str(ROW_LABEL),
                        number=n)
            rows.append(heading + "\n" + "\n".join(cells))
    return "\n\n".join(rows)


def _flat_rows(answer: Answer) -> str:
    return " | ".join("; ".join(f"{c['id']}: {flat(c)}" for c in row if flat(c)) for row in answer["value"])


def _row_fields_schema() -> dict[str, Any]:
    return {"description": f"The fields of one row ({or_list(list(group_types()))}).", "type": "array",
            "minItems": 1, "items": {"$ref": "#/$defs/groupField"}}


# i18n: What each row of a worksheet's list is called, numbered ("Entry 1"), when the author gave no
# name of their own (row_label).
ROW_LABEL = msg("group.row_label", "Entry")

GROUP = FieldType(
    "group", "Rows the reader can add, each with the same fields.", "exercises.render.worksheet_fields:group",
    keys={"fields": _row_fields_schema,
          "min_rows": _optional_whole("Optional. Rows shown at first and on paper (default 1).", 1, MAX_ROWS),
          "max_rows": _optional_whole("Optional. The most rows a reader can add (default 10, at least "
                                      "min_rows).", 1, MAX_ROWS),
          "add_label": _optional_text("Optional. The words on the button that adds a row."),
          "row_label": _optional_text("Optional. What each row is called, numbered: 'Time' gives Time 1, "
                                      "Time 2 (default 'Entry').")},
    required=("fields",), read_keys=_read_group_keys, in_group=False,
    answer=AnswerShape(
        read=_read_rows, saved=_saved_rows, carried=lambda f: {"row_label": f.row_label}, shown=_shown_rows,
        flat=_flat_rows, filled=lambda answer: any(filled(c) for row in answer["value"] for c in row),
        words=lambda answer: [w for row in answer["value"] for c in row for w in words(c)],
        checked=lambda answer: [{c["id"]: c["value"] for c in row} for row in answer["value"]]))


# ---------------------------------------------------------------------------------------------
# breathing: a paced-breathing guide (keeps no answer)


@dataclass(frozen=True)
class BreathPattern:
    """A paced-breathing pattern: what the reader chooses it by, and its phases in seconds.
    The page's guide takes the phases from the form, so a pattern is declared here only."""

    name: Message
    spoken: Message
    phases: tuple[tuple[str, int], ...]  # ("in" | "out" | "hold-full" | "hold-empty", seconds)

    @property
    def holds(self) -> bool:
        return any(phase.startswith("hold") for phase, _ in self.phases)


# The first is the default: the lessons teach a longer out-breath, with no holding.
BREATHS: dict[str, BreathPattern] = {
    "slow": BreathPattern(
        # i18n: The name of a breathing pattern a reader chooses in a worksheet's breathing guide.
        msg("breathing.slow.name", "Slow breathing (in 4, out 6)"),
        # i18n: The same pattern as said inside a sentence ("Starting slow breathing.").
        msg("breathing.slow.spoken", "slow breathing"), (("in", 4), ("out", 6))),
    "box": BreathPattern(
        # i18n: The name of a breathing pattern: in 4 seconds, hold 4, out 4, hold 4.
        msg("breathing.box.name", "Box breathing (4-4-4-4)"),
        # i18n: The same pattern as said inside a sentence ("Starting box breathing.").
        msg("breathing.box.spoken", "box breathing"),
        (("in", 4), ("hold-full", 4), ("out", 4), ("hold-empty", 4))),
    "4-7-8": BreathPattern(
        # i18n: The name of a breathing pattern: in 4 seconds, hold 7, out 8.
        msg("breathing.478.name", "4-7-8 breathing"),
        # i18n: The same pattern as said inside a sentence ("Starting 4-7-8 breathing.").
        msg("breathing.478.spoken", "4-7-8 breathing"), (("in", 4), ("hold-full", 7), ("out", 8))),
}
BREATHING_PATTERNS = {key: pattern.name for key, pattern in BREATHS.items()}


def _read_breathing_keys(check: Checker, data: Mapping[str, Any], path: Path, sub_fields: SubFields
                         ) -> dict[str, Any]:
    patterns = check.field(data, "patterns", path, list, required=False, default=list(BREATHING_PATTERNS),
                           entry="pattern")
    for m, name in enumerate(patterns):
        if not isinstance(name, str) or name not in BREATHING_PATTERNS:
            check.add((*path, "patterns", m), f"{describe(name)} is not a breathing pattern",
                      f"Use one or more of: {', '.join(BREATHING_PATTERNS)}.")
    if not patterns:
        check.add((*path, "patterns"), "there are no patterns",
                  f"Leave 'patterns' out, or list one or more of: {', '.join(BREATHING_PATTERNS)}.")
    return {"patterns": tuple(dict.fromkeys(p for p in patterns if isinstance(p, str)
                                            and p in BREATHING_PATTERNS))}


BREATHING = FieldType(
    "breathing", "A paced-breathing guide with Start, Pause and a count in words. Keeps no answer.",
    "exercises.render.worksheet_fields:breathing",
    keys={"patterns": {
        "description": "Optional. Which patterns to offer, the first chosen at the start: slow (in 4, out 6, "
                       "no holding), box (4-4-4-4), 4-7-8 (default: all three, slow first).",
        "type": ["array", "null"], "minItems": 1, "items": {"enum": list(BREATHS)}}},
    read_keys=_read_breathing_keys, in_group=False)


# ---------------------------------------------------------------------------------------------
# timer: a wait timer (keeps no answer)


TIMER = FieldType(
    "timer", "A wait timer with Start, Pause and Reset that shows the minutes left. Keeps no answer.",
    "exercises.render.worksheet_fields:timer",
    keys={"minutes": _optional_whole("Optional. How long to wait, in whole minutes (default 10).",
                                     1, MAX_MINUTES)},
    read_keys=lambda check, data, path, sub_fields: {
        "minutes": whole(check, data, "minutes", path, 10, 1, MAX_MINUTES, "a timer of", " minutes")},
    in_group=False)


# ---------------------------------------------------------------------------------------------
# help_now: the site's crisis and safety services, filled in from its settings (keeps no answer)


MAX_CONTACTS = 20


def _read_help_now_keys(check: Checker, data: Mapping[str, Any], path: Path, sub_fields: SubFields
                        ) -> dict[str, Any]:
    contacts = check.field(data, "contacts", path, list, required=False, default=[], entry="field id")
    ids: list[str] = []
    for m, fid in enumerate(contacts[:MAX_CONTACTS]):
        if not isinstance(fid, str) or not fid.strip():
            check.add((*path, "contacts", m), f"{describe(fid)} is not the id of a field",
                      "Write the id of a field of this worksheet, like 'people'.")
        elif fid not in ids:
            ids.append(fid)
    if len(contacts) > MAX_CONTACTS:
        check.add((*path, "contacts"), f"there are {len(contacts)} fields, more than {MAX_CONTACTS}",
                  "List only the fields that name people or hold their numbers.")
    return {"contacts": tuple(ids)}


# A plan with hotline numbers and helpers' names can put a reader at risk when someone checks their
# papers or phone: the worksheet says so above its Print button and lets the reader leave the help
# services, and the fields named in 'contacts', out of a printed or downloaded copy.
HELP_NOW = FieldType(
    "help_now", "The site's crisis and relationship-safety services from its settings, to call or "
    "text in one tap and to read on paper, with a caution before printing or saving and a choice to "
    "leave them out of the copy. Keeps no answer.", "exercises.render.worksheet_fields:help_now",
    keys={"contacts": {
        "description": "Optional. The ids of other fields of this worksheet that hold the names or "
                       "numbers of people the reader can reach (a group of people, say). A reader who "
                       "chooses to may leave them out of a printed or downloaded copy, with the help "
                       "services.",
        "type": ["array", "null"], "uniqueItems": True, "maxItems": MAX_CONTACTS,
        "items": {"$ref": "#/$defs/id"}}},
    read_keys=_read_help_now_keys, in_group=False, contacts_key="contacts",
    before_actions="exercises.render.worksheet_fields:copy_caution")


# ---------------------------------------------------------------------------------------------
# The registry, and what is derived from it

#: Every field type, in the order messages and the author's guide list them.
FIELD_TYPES: dict[str, FieldType] = {t.name: t for t in (
    SHORT_TEXT, LONG_TEXT, RATING, CHOICE, CHECKLIST, PAGE_CHECKLIST, GROUP, BREATHING, TIMER, HELP_NOW)}


def names() -> tuple[str, ...]:
    return tuple(FIELD_TYPES)


def value_types() -> tuple[str, ...]:
    """Types that hold an answer (the others are guides the reader uses, which keep nothing)."""
    return tuple(t.name for t in FIELD_TYPES.values() if t.answer is not None)


def text_types() -> tuple[str, ...]:
    """Types whose answer is the reader's own words, which feedback checks may read as such."""
    return tuple(t.name for t in FIELD_TYPES.values() if t.text)


def group_types() -> tuple[str, ...]:
    """Types a group's row may hold."""
    return tuple(t.name for t in FIELD_TYPES.values() if t.in_group)


def type_keys() -> dict[str, tuple[str, ...]]:
    """Each type and the keys it takes besides COMMON."""
    return {t.name: tuple(t.keys) for t in FIELD_TYPES.values()}


def keeps_answer(type_name: str) -> bool:
    found = FIELD_TYPES.get(type_name)
    return found is not None and found.answer is not None


_PLAIN = AnswerShape(read=_read_text, saved=_saved_text)  # for an answer of a type no longer known


def _shape(answer: Answer) -> AnswerShape:
    kind = answer.get("type")
    found = FIELD_TYPES.get(kind) if isinstance(kind, str) else None
    return found.answer if found is not None and found.answer is not None else _PLAIN


def read_answer(f: Field, raw: Any, errors: dict[str, str], key: str) -> dict[str, Any]:
    """The answer to F from what the form sent; problems go into ERRORS under KEY."""
    shape = FIELD_TYPES[f.type].answer
    assert shape is not None, f"a {f.type} field keeps no answer"
    answer: dict[str, Any] = {"id": f.id, "type": f.type, "label": f.label, **shape.carried(f)}
    answer["value"] = shape.read(f, raw, errors, key)
    return answer


def saved_answer(raw: Any, in_group: bool = False) -> dict[str, Any]:
    """A saved answer, checked; raises BadAnswer saying why it cannot be used."""
    if not isinstance(raw, Mapping):
        # i18n: Why a saved worksheet entry cannot be used: one of its answers is broken.
        raise BadAnswer(t("saved.not_answer", "an answer is not a set of fields"))
    kind, fid, label = raw.get("type"), raw.get("id"), raw.get("label")
    found = FIELD_TYPES.get(kind) if isinstance(kind, str) else None
    if found is None or found.answer is None or (in_group and not found.in_group):
        # i18n: Why a saved worksheet entry cannot be used: an answer is of a type of field this site
        # does not have. {type} is that type, as the file writes it.
        raise BadAnswer(t("saved.unknown_type", "an answer has an unknown type ({type})", type=repr(kind)))
    if not isinstance(fid, str) or not isinstance(label, str):
        # i18n: Why a saved worksheet entry cannot be used: an answer has no id or no label.
        raise BadAnswer(t("saved.no_label", "an answer has no id or label"))
    out: dict[str, Any] = {"id": fid, "type": kind, "label": label}
    value = found.answer.saved(raw, fid, out)
    out["value"] = list(value) if isinstance(value, list) else value
    return out


def shown(answer: Answer) -> str:
    return _shape(answer).shown(answer)


def flat(answer: Answer) -> str:
    return _shape(answer).flat(answer)


def filled(answer: Answer) -> bool:
    return _shape(answer).filled(answer)


def words(answer: Answer) -> list[str]:
    return _shape(answer).words(answer)


def answer_map(entry: Mapping[str, Any]) -> dict[str, Any]:
    """Answers by field id, as feedback checks read them (a group's rows as dicts by sub-field id)."""
    return {answer["id"]: _shape(answer).checked(answer) for answer in entry["answers"]}


# ---------------------------------------------------------------------------------------------
# The JSON Schema's field definitions (written to exercises/schemas/worksheet.schema.json)

COMMON_SCHEMA: dict[str, dict[str, Any]] = {
    "id": {"$ref": "#/$defs/id", "description": "The field's id, unique in the worksheet (inside a group: "
           "unique in the group). Feedback checks name fields by it."},
    "label": {"$ref": "#/$defs/text", "description": "The question or heading the reader sees."},
    "hint": _optional_text("Optional. A line under the label: an example, or how to answer."),
}


def key_schemas(t: FieldType) -> dict[str, Any]:
    """The JSON Schema of each of a type's own keys."""
    return {key: dict(schema() if callable(schema) else schema) for key, schema in t.keys.items()}


def field_schema(t: FieldType) -> dict[str, Any]:
    """The schema of one field of type T: ``$defs/field_<name>``."""
    return {"type": "object", "additionalProperties": False, "required": ["id", "type", "label", *t.required],
            "properties": {"type": {"const": t.name, "description": t.description}, **COMMON_SCHEMA,
                           **key_schemas(t)}}


def _any_of(types: tuple[str, ...]) -> dict[str, Any]:
    return {"type": "object", "required": ["type"], "properties": {"type": {"enum": list(types)}},
            "oneOf": [{"$ref": f"#/$defs/field_{name}"} for name in types]}


def schema_defs() -> dict[str, Any]:
    """The schema's field definitions: ``field`` (any type), ``groupField`` (a type a row may hold)
    and ``field_<name>`` for each type."""
    return {"field": _any_of(names()), "groupField": _any_of(group_types()),
            **{f"field_{t.name}": field_schema(t) for t in FIELD_TYPES.values()}}
