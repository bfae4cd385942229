"""The core's message layer, as a reader in another language meets it: words from the page's catalog,
English where it has none, plurals by the language's rule, numbers and dates as the language writes
them, and catalog data that cannot be trusted never breaking an exercise. Standard library only: these
tests run again inside Pyodide (tests/pyodide)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from exercises.core import messages
from exercises.core.messages import (
    Catalog,
    CatalogError,
    activate_json,
    day_month,
    day_month_year,
    fill,
    mid_sentence,
    msg,
    number,
    parse_plural,
    plural_index,
    t,
    tn,
    using,
)

# The usual Plural-Forms of a few languages (gettext's own table) and the form each count takes.
RULES = {
    "en": ("(n != 1)", {0: 1, 1: 0, 2: 1, 21: 1}),
    "fr": ("(n > 1)", {0: 0, 1: 0, 2: 1, 100: 1}),
    "ja": ("0", {0: 0, 1: 0, 7: 0}),
    "ru": ("(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
           {1: 0, 21: 0, 11: 2, 2: 1, 4: 1, 12: 2, 14: 2, 22: 1, 5: 2, 0: 2, 111: 2, 101: 0}),
    "ar": ("(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 "
           ": n % 100 >= 11 ? 4 : 5)",
           {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4}),
    "pl": ("(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
           {1: 0, 2: 1, 5: 2, 12: 2, 22: 1, 25: 2}),
    # Babel writes CLDR's rules with the compact exponent e, which is 0 for a plain count.
    "es-cldr": ("(n == 1 ? 0 : ((e == 0) && (!(n == 0))) && (n % 1000000 == 0) ? 1 : 2)",
                {1: 0, 2: 2, 0: 2, 1000000: 1, 2000000: 1}),
}


def catalog(**changes: Any) -> dict[str, Any]:
    """Catalog data as the build writes it (exercises/i18n/catalogs.py), with CHANGES."""
    data: dict[str, Any] = {
        "language": "es", "direction": "ltr", "plural": {"forms": 2, "rule": parse_plural("(n != 1)")},
        "numbers": {"decimal": ",", "group": "."},
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"],
        "months_short": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        "capital_nouns": False,
        "messages": {"greeting": "Hola, {name}.", "count": ["{count} pregunta", "{count} preguntas"],
                     "date.day_month_year": "{day} de {month} de {year}"},
    }
    data.update(changes)
    return data


@pytest.fixture(autouse=True)
def english_after_each_test() -> Any:
    yield
    messages.activate(None)


@pytest.mark.parametrize("language", sorted(RULES))
def test_each_language_gets_the_form_its_plural_rule_gives(language: str) -> None:
    expression, forms = RULES[language]
    tree = parse_plural(expression)
    assert {n: plural_index(tree, n) for n in forms} == forms
    json.dumps(tree)  # plain data, sent as it is to the browser


@pytest.mark.parametrize("bad", [
    "__import__('os').system('x')", "n ==", "(n != 1", "n != 1)", "n ? 1", "m != 1", "n != 1; 2", "1.5",
    "n ** 2", "", "(" * 50 + "n" + ")" * 50, "n" + " + n" * 400,
])
def test_a_plural_rule_that_is_not_gettexts_is_refused_never_run(bad: str) -> None:
    with pytest.raises(CatalogError):
        parse_plural(bad)


def test_a_plural_rule_divides_as_c_does_and_never_by_zero() -> None:
    assert plural_index(parse_plural("n / 2"), 5) == 2
    assert plural_index(parse_plural("n % 0"), 5) == 0
    assert plural_index(parse_plural("!(n < 2) && -1 < n"), 3) == 1


def test_words_come_from_the_catalog_and_english_where_it_has_none() -> None:
    assert t("greeting", "Hello, {name}.", name="Ana") == "Hello, Ana."
    with using(catalog()):
        assert t("greeting", "Hello, {name}.", name="Ana") == "Hola, Ana."
        assert t("not.translated", "Still {what}.", what="English") == "Still English."
    assert t("greeting", "Hello, {name}.", name="Ana") == "Hello, Ana."


def test_plural_messages_take_the_form_of_the_count_in_either_language() -> None:
    assert tn("count", "{count} question", "{count} questions", 1) == "1 question"
    assert tn("count", "{count} question", "{count} questions", 3) == "3 questions"
    with using(catalog()):
        assert tn("count", "{count} question", "{count} questions", 1) == "1 pregunta"
        assert tn("count", "{count} question", "{count} questions", 0) == "0 preguntas"
        assert tn("count", "{count} question", "{count} questions", 20000) == "20.000 preguntas"
    french = catalog(plural={"forms": 2, "rule": parse_plural("(n > 1)")},
                     messages={"count": ["{count} question", "{count} questions"]})
    with using(french):
        assert tn("count", "x", "y", 0) == "0 question"  # French counts zero as one


def test_a_number_in_a_message_is_written_the_way_the_language_writes_numbers() -> None:
    assert number("4.3") == "4.3" and number(20000) == "20,000" and number(Decimal("-0.5")) == "-0.5"
    assert fill("{x} of {y}", {"x": 4.5, "y": 7}) == "4.5 of 7"
    with using(catalog()):
        assert number("4.3") == "4,3" and number(20000) == "20.000" and number(1.25) == "1,25"
        assert t("none", "{score} on a scale from {low} to {high}", score=number("4.5"), low=1, high=7) == (
            "4,5 on a scale from 1 to 7")


def test_dates_use_the_languages_months_and_its_order() -> None:
    day = date(2026, 3, 5)
    assert day_month_year(day) == "5 March 2026" and day_month(day) == "5 Mar"
    with using(catalog()):
        assert day_month_year(datetime(2026, 3, 5, 10, 5)) == "5 de marzo de 2026"
        assert day_month(day) == "5 mar"


def test_placeholders_are_named_and_nothing_else_is_formatted() -> None:
    # A translation may hold braces and attribute-like text: it stays text, never a format spec.
    assert fill("{a} {b.__class__} {0} {{literal}} {missing}", {"a": "x"}) == (
        "x {b.__class__} {0} {literal} {missing}")
    assert messages.placeholders("{count} of {total}; {{not}}") == {"count", "total"}


def test_a_table_of_words_made_at_import_follows_the_active_catalog() -> None:
    hello = msg("greeting", "Hello, {name}.")
    assert hello(name="Ana") == "Hello, Ana."
    with using(catalog()):
        assert str(hello).startswith("Hola") and hello(name="Ana") == "Hola, Ana."


def test_a_name_mid_sentence_loses_its_capital_except_where_the_language_keeps_one() -> None:
    assert mid_sentence("Worry about closeness") == "worry about closeness"
    assert mid_sentence("ADHD") == "ADHD" and mid_sentence("x") == "x"
    with using(catalog(language="de", capital_nouns=True)):
        assert mid_sentence("Sorge um Nähe") == "Sorge um Nähe"


@pytest.mark.parametrize("broken", [
    "not json", "[]", json.dumps(catalog(language="")), json.dumps(catalog(direction="down")),
    json.dumps(catalog(plural={"forms": 9, "rule": "n"})), json.dumps(catalog(plural={"forms": 2,
                                                                                      "rule": "eval"})),
    json.dumps(catalog(plural={"forms": 2, "rule": ["import", "n",
                                                    1]})), json.dumps(catalog(months=["x"] * 11)),
    json.dumps(catalog(messages={"count": ["one form of two"]})), json.dumps(catalog(messages={"x": 5})),
    json.dumps(catalog(numbers={"decimal": 7})), json.dumps(catalog(capital_nouns="yes")),
])
def test_catalog_data_that_cannot_be_used_leaves_english_and_says_why(broken: str) -> None:
    with using(catalog()):
        said = activate_json(broken)
        assert said.startswith("english: ")
        assert t("greeting", "Hello, {name}.", name="Ana") == "Hello, Ana."


def test_the_workers_hook_activates_the_pages_catalog() -> None:
    assert activate_json(json.dumps(catalog())) == "es"
    assert t("greeting", "Hello, {name}.", name="Ana") == "Hola, Ana."
    assert messages.active().direction == "ltr"


def test_an_empty_translation_or_an_empty_plural_form_falls_back_to_english() -> None:
    with using(catalog(messages={"greeting": "", "count": ["", "{count} preguntas"]})):
        assert t("greeting", "Hello.") == "Hello."
        assert tn("count", "{count} question", "{count} questions", 1) == "1 question"
        assert tn("count", "{count} question", "{count} questions", 2) == "2 preguntas"


def test_a_catalog_from_data_keeps_every_part() -> None:
    made = Catalog.from_data(catalog(direction="rtl"))
    assert made.direction == "rtl" and made.decimal == "," and made.month(9, short=True) == "sept"
    assert made.messages["count"] == ("{count} pregunta", "{count} preguntas")
