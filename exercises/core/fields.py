"""Small checks for plain data (dicts and lists from YAML or JSON) that collect problems."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import DefinitionError, Path, Problem

_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list", dict: "a set of fields (key: value)"}


def type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known word WORD is most likely a slip for, if any is close enough (a letter or two
    wrong, missing or extra, or part of a longer name: 'reverse' for 'reverse_keyed')."""
    known = list(known)
    found = difflib.get_close_matches(word.lower(), known, n=1, cutoff=0.6)
    return found[0] if found else None


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Checker:
    """Collects problems while a definition is read, so an author sees them all at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: Path, message: str, fix: str) -> None:
        self.problems.append(Problem(path, message, fix))

    def raise_if_any(self) -> None:
        if self.problems:
            raise DefinitionError(self.problems)

    def mapping(self, value: Any, path: Path) -> Mapping[str, Any] | None:
        if isinstance(value, Mapping):
            return value
        self.add(path, f"should be {type_name(dict)}, not {describe(value)}",
                 "Write it as indented 'name: value' lines.")
        return None

    def known_keys(self, data: Mapping[str, Any], path: Path, allowed: Iterable[str],
                   elsewhere: Mapping[str, str] | None = None) -> None:
        """A problem for each key of DATA not in ALLOWED, naming the closest allowed key. ELSEWHERE:
        keys that belong in another place of the file, with where (an item's 'reverse: true' is
        meant for the top-level 'reverse_keyed')."""
        allowed = list(allowed)
        for key in data:
            if key in allowed:
                continue
            listed = f"Allowed here: {', '.join(allowed)}."
            close = closest(str(key), [*allowed, *(elsewhere or {})])
            if close is not None and close in (elsewhere or {}):
                fix = f"Did you mean '{close}'? {(elsewhere or {})[close]}"
            elif close is not None:
                fix = f"Did you mean '{close}'? {listed}"
            else:
                fix = f"Remove it or check the spelling. {listed}"
            self.add((*path, str(key)), f"unknown field '{key}'", fix)

    def field(self, data: Mapping[str, Any], key: str, path: Path, kind: type | tuple[type, ...],
              *, required: bool = True, default: Any = None, fix: str = "", entry: str = "entry"
              ) -> Any:
        """DATA[KEY] if it is of KIND, else None (or DEFAULT) and a problem. FIX says what to add when
        the field is missing; ENTRY names one entry of a list ("question"), for the fix when the
        value is of the wrong type."""
        if key not in data or data[key] is None:
            if required:
                self.add((*path, key), f"missing required field '{key}'",
                         fix or f"Add '{key}:' with {type_name(kind)}.")
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        ok = isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)
        if float in kinds and is_number(value):
            ok = True
        if not ok:
            self.add((*path, key), f"should be {type_name(kind)}, not {describe(value)}",
                     wrong_type_fix(key, value, kinds, entry, default))
            return default
        if isinstance(value, str) and not value.strip():
            self.add((*path, key), f"'{key}' is empty", fix or f"Write some text for '{key}'.")
            return default
        return value

    def identifier(self, data: Mapping[str, Any], key: str, path: Path) -> str | None:
        value = self.field(data, key, path, str)
        if value is None:
            return None
        if not value.replace("-", "").replace("_", "").isalnum() or not value.isascii():
            self.add((*path, key), f"'{value}' is not a usable id",
                     "Use letters, digits, '-' or '_' only, with no spaces.")
            return None
        return value


    def unique_id(self, data: Mapping[str, Any], path: Path, seen: set[str], what: str, fix: str
                  ) -> str | None:
        """An entry's ``id``, checked for its form and for being the only one of its name."""
        value = self.identifier(data, "id", path)
        if value is None:
            return None
        if value in seen:
            self.add((*path, "id"), f"the {what} id '{value}' is used twice", fix)
            return None
        seen.add(value)
        return value


def wrong_type_fix(key: str, value: Any, kinds: tuple[type, ...], entry: str = "entry",
                   default: Any = None) -> str:
    """What to write instead of VALUE under KEY, with a one-line example of the expected form."""
    hint = quote_hint(value, kinds)
    if hint:
        return hint
    if str in kinds:
        if is_number(value):
            return f"Put it in quotes to keep it as text, like '{key}: \"{value}\"'."
        return f"Write it as one line of text after '{key}:', like '{key}: A few words'."
    if list in kinds:
        each = f"write each {entry} on a line of its own under '{key}:', starting with '- '"
        if isinstance(value, Mapping):
            return f"{each[0].upper()}{each[1:]} (a dash and a space)."
        shown = str(value).lower() if isinstance(value, bool) else str(value)
        if len(shown) > 40:
            return f"{each[0].upper()}{each[1:]} (a dash and a space)."
        return f"Put it in square brackets, like '{key}: [{shown}]', or {each}."
    if dict in kinds:
        return f"Write it as 'name: value' lines under '{key}:', each indented by two spaces."
    if int in kinds or float in kinds:
        whole = float not in kinds
        text = value.strip().lstrip("-") if isinstance(value, str) else ""
        if text.isdigit() or (not whole and text.replace(".", "", 1).isdigit()):
            return f"Write the number without quotes, like '{key}: {value.strip()}'."
        example = default if is_number(default) else 1
        return f"Write {'a whole number' if whole else 'a number'} in digits, like '{key}: {example}'."
    if bool in kinds:
        return f"Write true or false, without quotes, like '{key}: true'."
    return f"Write {type_name(kinds)} after '{key}:'."


def quote_hint(value: Any, expected: tuple[type, ...]) -> str:
    """YAML reads yes, no, on and off as true or false; say so when text was meant."""
    if isinstance(value, bool) and str in expected:
        return "YAML reads words like yes, no, on and off as true or false: put the text in quotes."
    return ""


def describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 30 else value[:27] + "..."
        return f"the text '{short}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a set of fields"
    return type(value).__name__
