"""The words the core puts in front of a reader, from the page's message catalog.

One small layer for both runtimes: at build time (CPython) the plugin activates the site's catalog
before it renders a page, and in the browser the engine's worker activates the page's catalog at
boot (it fetches the JSON the plugin wrote and calls ``activate_json``). Nothing here reads a file:
the catalog is handed over as data, so this module runs unchanged inside Pyodide.

Every message is asked for by a stable key with its English words beside it::

    t("questionnaire.midpoint", "The middle of the scale is {mid}.", mid=...)
    tn("questionnaire.skipped", "You skipped {count} question.", "You skipped {count} questions.", n)

The English words are what a catalog without the key shows (and what extraction writes into the
.pot for translators, with the key as msgctxt). Placeholders are named, in braces, the same in the
browser's modules (``exercises/assets/i18n.js``). A number given as a placeholder is written the way
the language writes numbers (a decimal comma in Spanish, German and French); so is a month.

A table of words built when a module is imported (before any catalog is active) holds ``msg(...)``
objects, which look their words up when they are used.

Plurals follow the catalog's Plural-Forms, which the build parses (``parse_plural``: a small
parser of gettext's C-like expressions, never ``eval``) into a tree of plain lists that both
runtimes evaluate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

Plural = int | str | list  # a parsed plural expression: "n", an integer, or [operator, operands...]


# ---------------------------------------------------------------------------------------------
# Plural-Forms: gettext's expression language, parsed into plain data and evaluated safely


class CatalogError(ValueError):
    """Catalog data (or a Plural-Forms expression) that cannot be used."""


_TOKEN = re.compile(r"\s*(?:(\d+)|(n|e)\b|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))")
_BINARY = (("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%"))
MAX_PLURAL_LENGTH = 600
MAX_FORMS = 6  # Arabic has the most forms of any language: zero, one, two, few, many, other


def _tokens(expression: str) -> list[str]:
    tokens, at = [], 0
    while at < len(expression):
        if expression[at:].strip() == "":
            break
        match = _TOKEN.match(expression, at)
        if not match:
            raise CatalogError(f"the plural rule cannot be read at {expression[at:at + 12]!r}")
        tokens.append(next(part for part in match.groups() if part is not None))
        at = match.end()
    return tokens


def parse_plural(expression: str) -> Plural:
    """A gettext plural expression (``(n != 1)``, ``n==1 ? 0 : n==2 ? 1 : 2``) as a tree of lists.

    Only what gettext allows: ``n``, whole numbers, parentheses, ``! * / % + - < > <= >= == !=
    && || ?:``. ``e`` (the exponent of a compact number, in rules Babel makes from CLDR) is 0."""
    if not isinstance(expression, str) or len(expression) > MAX_PLURAL_LENGTH:
        raise CatalogError("the plural rule is missing or too long")
    tokens = _tokens(expression)
    at = 0

    def peek() -> str | None:
        return tokens[at] if at < len(tokens) else None

    def take(expected: str | None = None) -> str:
        nonlocal at
        token = peek()
        if token is None or (expected is not None and token != expected):
            raise CatalogError(f"the plural rule {expression!r} is not a whole expression")
        at += 1
        return token

    def ternary(depth: int) -> Plural:
        if depth > 40:
            raise CatalogError("the plural rule nests too deeply")
        condition = binary(0, depth)
        if peek() != "?":
            return condition
        take("?")
        yes = ternary(depth + 1)
        take(":")
        return ["?", condition, yes, ternary(depth + 1)]

    def binary(level: int, depth: int) -> Plural:
        if level == len(_BINARY):
            return unary(depth)
        left = binary(level + 1, depth)
        while peek() in _BINARY[level]:
            left = [take(), left, binary(level + 1, depth)]
        return left

    def unary(depth: int) -> Plural:
        token = take()
        if token == "!":
            return ["!", unary(depth + 1)]
        if token == "-":
            return ["-", 0, unary(depth + 1)]
        if token == "(":
            inner = ternary(depth + 1)
            take(")")
            return inner
        if token == "n":
            return "n"
        if token == "e":
            return 0
        if token.isdigit():
            return int(token)
        raise CatalogError(f"the plural rule {expression!r} has {token!r} where a value should be")

    tree = ternary(0)
    if at != len(tokens):
        raise CatalogError(f"the plural rule {expression!r} has more after its end")
    return tree


def plural_index(tree: Plural, n: int) -> int:
    """Evaluate a parsed plural expression for N, as C would (true is 1, division is whole)."""
    if tree == "n":
        return n
    if isinstance(tree, int):
        return tree
    op, *args = tree
    if op == "?":
        return plural_index(args[1], n) if plural_index(args[0], n) else plural_index(args[2], n)
    if op == "!":
        return 0 if plural_index(args[0], n) else 1
    a = plural_index(args[0], n)
    if op == "&&":
        return 1 if a and plural_index(args[1], n) else 0
    if op == "||":
        return 1 if a or plural_index(args[1], n) else 0
    b = plural_index(args[1], n)
    if op in ("/", "%"):
        if b == 0:
            return 0
        return int(a / b) if op == "/" else a - b * int(a / b)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "==": lambda: int(a == b),
            "!=": lambda: int(a != b), "<": lambda: int(a < b), ">": lambda: int(a > b),
            "<=": lambda: int(a <= b), ">=": lambda: int(a >= b)}[op]()


def _check_tree(tree: Any, depth: int = 0) -> None:
    """A plural tree handed over as data: only the shapes parse_plural makes."""
    if depth > 80:
        raise CatalogError("the plural rule nests too deeply")
    if tree == "n" or (isinstance(tree, int) and not isinstance(tree, bool)):
        return
    arity = {"?": 3, "!": 1}
    if (not isinstance(tree, list) or not tree or not isinstance(tree[0], str)
            or len(tree) != arity.get(tree[0], 2) + 1
            or tree[0] not in ("?", "!", *(op for level in _BINARY for op in level))):
        raise CatalogError("the plural rule is not a parsed expression")
    for part in tree[1:]:
        _check_tree(part, depth + 1)


# ---------------------------------------------------------------------------------------------
# A catalog


ENGLISH_PLURAL: Plural = ["!=", "n", 1]
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Catalog:
    """One language's messages (by key) and how the language writes numbers and months."""

    language: str = "en"
    direction: str = "ltr"
    nplurals: int = 2
    plural: Plural = field(default_factory=lambda: list(ENGLISH_PLURAL))
    decimal: str = "."
    group: str = ","
    months: tuple[str, ...] = ENGLISH_MONTHS
    months_short: tuple[str, ...] = ENGLISH_MONTHS_SHORT
    #: Whether the language writes nouns with a capital inside a sentence (German: "die Sorge").
    capital_nouns: bool = False
    #: key -> words (a list of forms for a plural message); a key not here is said in English.
    messages: Mapping[str, str | tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: Any) -> Catalog:
        """A catalog from the plain data the build writes (``exercises.i18n.catalog_data``)."""
        if not isinstance(data, Mapping):
            raise CatalogError("a catalog is a set of named values")
        language, direction = data.get("language"), data.get("direction", "ltr")
        if not isinstance(language, str) or not language or direction not in ("ltr", "rtl"):
            raise CatalogError("a catalog needs its language and a direction (ltr or rtl)")
        plural = data.get("plural", {"forms": 2, "rule": ENGLISH_PLURAL})
        forms = plural.get("forms") if isinstance(plural, Mapping) else None
        if not isinstance(forms, int) or isinstance(forms, bool) or not 1 <= forms <= MAX_FORMS:
            raise CatalogError("a catalog's plural needs its number of forms, 1 to 6")
        _check_tree(plural.get("rule"))
        numbers = data.get("numbers", {})
        symbols = [numbers.get(k, d) for k, d in (("decimal", "."), ("group", ","))] if isinstance(
            numbers, Mapping) else None
        if not symbols or not all(isinstance(s, str) and len(s) <= 4 for s in symbols):
            raise CatalogError("a catalog's number symbols should be short text")
        months = [data.get("months", ENGLISH_MONTHS), data.get("months_short", ENGLISH_MONTHS_SHORT)]
        if not all(isinstance(m, (list, tuple)) and len(m) == 12 and all(isinstance(x, str) for x in m)
                   for m in months):
            raise CatalogError("a catalog's months should be twelve names")
        capital_nouns = data.get("capital_nouns", False)
        if not isinstance(capital_nouns, bool):
            raise CatalogError("a catalog's capital_nouns is true or false")
        raw = data.get("messages", {})
        if not isinstance(raw, Mapping):
            raise CatalogError("a catalog's messages are a set of keys and words")
        messages: dict[str, str | tuple[str, ...]] = {}
        for key, value in raw.items():
            if isinstance(value, str):
                messages[str(key)] = value
            elif (isinstance(value, list) and len(value) == forms
                  and all(isinstance(v, str) for v in value)):
                messages[str(key)] = tuple(value)
            else:
                raise CatalogError(f"the message {key!r} should be words, or one form per plural")
        return cls(language, direction, forms, plural["rule"], symbols[0], symbols[1],
                   tuple(months[0]), tuple(months[1]), capital_nouns, messages)

    def words(self, key: str, english: str) -> str:
        found = self.messages.get(key)
        return found if isinstance(found, str) and found else english

    def plural_words(self, key: str, singular: str, plural: str, n: int) -> str:
        found = self.messages.get(key)
        if isinstance(found, tuple) and found:
            index = plural_index(self.plural, abs(n))
            chosen = found[index] if 0 <= index < len(found) else found[-1]
            if chosen:
                return chosen
        return singular if n == 1 else plural

    def number(self, value: int | float | Decimal | str, grouped: bool = True) -> str:
        """VALUE as this language writes it: 20,000 and 4.3 in English, 20.000 and 4,3 in Spanish.
        A string is taken as a number already rounded and written with a '.' ("4.30" stays 4,30)."""
        text = value if isinstance(value, str) else (
            str(value) if isinstance(value, (int, Decimal)) else repr(value))
        sign = "-" if text.startswith("-") else ""
        whole, dot, fraction = text.lstrip("-").partition(".")
        if grouped and whole.isdigit() and len(whole) > 3:
            head = len(whole) % 3 or 3
            whole = self.group.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
        return sign + whole + (self.decimal + fraction if dot else "")

    def month(self, number: int, short: bool = False) -> str:
        return (self.months_short if short else self.months)[number - 1]


ENGLISH = Catalog()
_active: Catalog = ENGLISH


def activate(catalog: Catalog | Mapping[str, Any] | None) -> Catalog:
    """Make CATALOG (or its data) the one every message comes from; None: English."""
    global _active
    _active = ENGLISH if catalog is None else (
        catalog if isinstance(catalog, Catalog) else Catalog.from_data(catalog))
    return _active


def activate_json(text: str) -> str:
    """The worker's hook: activate the catalog the page's language has (JSON text). Data that
    cannot be used leaves English in place (the exercises keep working) and says why."""
    try:
        activate(json.loads(text))
    except (ValueError, TypeError, RecursionError) as err:
        activate(None)
        return f"english: {err}"
    return _active.language


def active() -> Catalog:
    return _active


@contextmanager
def using(catalog: Catalog | Mapping[str, Any] | None) -> Iterator[Catalog]:
    """CATALOG active for the duration of a ``with`` block (then the one before it again)."""
    before = _active
    try:
        yield activate(catalog)
    finally:
        activate(before)


# ---------------------------------------------------------------------------------------------
# Asking for words

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


def placeholders(text: str) -> set[str]:
    """The names of the placeholders in TEXT ({count} and the like)."""
    return {m.group(1) for m in _PLACEHOLDER.finditer(text) if m.group(1)}


def fill(text: str, params: Mapping[str, Any], catalog: Catalog | None = None) -> str:
    """TEXT with each {name} replaced by its value: numbers written as the language writes them,
    anything else as text. A placeholder with no value stays as it is; {{ and }} are braces."""
    catalog = catalog or _active

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        if name not in params:
            return match.group(0)
        found = params[name]
        if isinstance(found, (int, float, Decimal)) and not isinstance(found, bool):
            return catalog.number(found)
        return str(found)

    return _PLACEHOLDER.sub(value, text)


def t(key: str, english: str, **params: Any) -> str:
    """The words of KEY in the active catalog (ENGLISH when it has none), with PARAMS filled in."""
    return fill(_active.words(key, english), params)


def tn(key: str, singular: str, plural: str, n: int, **params: Any) -> str:
    """The plural message KEY in the form N takes; ``{count}`` is N unless given."""
    params.setdefault("count", n)
    return fill(_active.plural_words(key, singular, plural, n), params)


class Message:
    """A message looked up when it is used, for tables made when a module is imported."""

    __slots__ = ("key", "english")

    def __init__(self, key: str, english: str) -> None:
        self.key, self.english = key, english

    def __str__(self) -> str:
        return _active.words(self.key, self.english)

    def __call__(self, **params: Any) -> str:
        return fill(str(self), params)

    def __repr__(self) -> str:
        return f"msg({self.key!r}, {self.english!r})"


def msg(key: str, english: str) -> Message:
    return Message(key, english)


def number(value: int | float | Decimal | str, grouped: bool = True) -> str:
    return _active.number(value, grouped)


#: Languages that write nouns with a capital inside a sentence too (German: "die Sorge"): the build
#: says so in a catalog's data (capital_nouns), for both runtimes.
CAPITAL_NOUNS = frozenset({"de", "lb"})


def mid_sentence(words: str) -> str:
    """An author's name for something ("Worry about closeness") as it reads inside a sentence:
    its first letter small, unless the language writes nouns with a capital or the word is an
    abbreviation ("ADHD")."""
    if _active.capital_nouns or len(words) < 2 or not words[0].isupper() or words[1].isupper():
        return words
    return words[0].lower() + words[1:]


def day_month_year(day: date | datetime) -> str:
    """A date in words: '5 March 2026' in English."""
    # i18n: A date in full. {day} is the day of the month, {month} the month's name (from the
    # language's own list), {year} the year. Spanish: "{day} de {month} de {year}".
    return t("date.day_month_year", "{day} {month} {year}", day=str(day.day), month=_active.month(day.month),
             year=str(day.year))


def day_month(day: date | datetime) -> str:
    """A short date, for a chart's axis: '5 Mar' in English."""
    # i18n: A short date under a chart. {day} is the day of the month, {month} the month's short name.
    return t("date.day_month", "{day} {month}", day=str(day.day), month=_active.month(day.month, short=True))


def date_and_time(moment: datetime, zone: str = "") -> str:
    """'28 November 2026, 10:05 UTC' in English (ZONE: '' or 'UTC')."""
    clock = f"{moment:%H}:{moment:%M}"
    if zone:
        # i18n: A date and a time of day (24-hour clock) in Coordinated Universal Time, in a journal
        # entry. {date} is a date in full, {time} the time, like 10:05.
        return t("date.date_time_utc", "{date}, {time} UTC", date=day_month_year(moment), time=clock)
    # i18n: A date and a time of day (24-hour clock), in a journal entry. {date} is a date in full,
    # {time} the time, like 10:05.
    return t("date.date_time", "{date}, {time}", date=day_month_year(moment), time=clock)
