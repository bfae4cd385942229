"""The on-device concern check: words that call for an offer of help, in any language that has a
phrase table.

``concerns(text)`` says which offers to make (``crisis``, ``safety``); ``matches(text)`` says why,
one match per category and sentence, with the words it read. Both run on the reader's device,
quickly (tests/bench/safety_check.py measures them in CPython and in Pyodide), and nothing is
logged or sent.

Languages: a table per language code (``en.py``, ``es.py``, each imported the first time a page in
its language checks words; more by ``register``); the engine is the same for all (``engine.py``),
the categories too (``categories.py``). The page's language picks the table: every function here
takes a language, and without one it reads the active message catalog's (``messages.activate``,
which the build does per site and the engine's worker per page), so the exercises need not pass
it. On a page in another language, a sentence that carries English words (the English table's ``markers``) is
read with the English table as well: readers mix languages, and English is the language of the
slang of distress online. A language without a table is read with English alone (``has_table``
says so, for the build to tell the author).
"""

from __future__ import annotations

from importlib import import_module

from .categories import CATEGORIES, CONCERNS, CRISIS, SAFETY
from .engine import Match, Matcher, PhraseTable, Rule, TableError

__all__ = ["BUILTIN", "CATEGORIES", "CONCERNS", "CRISIS", "SAFETY", "DEFAULT_LANGUAGE", "FALLBACK_LANGUAGE",
           "Match", "Matcher", "PhraseTable", "Rule", "TableError", "base_language", "concerns", "has_table",
           "languages", "matcher", "matches", "register", "reports_action", "table_language"]

#: No language given: the page's (the active message catalog's).
DEFAULT_LANGUAGE = ""
#: The table read for a language that has none, and beside every other.
FALLBACK_LANGUAGE = "en"


#: The tables that come with the package: language -> the module whose TABLE it is, imported the
#: first time it is read (the data is the largest part of the check). The browser gets English in
#: the core's wheel (it is read beside every language) and each other table apart, on the pages in
#: its language only (exercises/wheel.py).
BUILTIN: dict[str, str] = {"en": f"{__name__}.en", "es": f"{__name__}.es"}

# Tables by language code, and each compiled the first time it is used (compiling takes a few
# milliseconds; a page that never checks words never pays them).
_TABLES: dict[str, PhraseTable] = {}
_MATCHERS: dict[str, Matcher] = {}


def register(table: PhraseTable) -> None:
    """Add (or replace) the table for its language."""
    _TABLES[table.language] = table
    _MATCHERS.pop(table.language, None)


def has_table(language: str) -> bool:
    return _base(language) in _TABLES or _base(language) in BUILTIN


def languages() -> list[str]:
    return sorted(set(_TABLES) | set(BUILTIN))


def base_language(language: str) -> str:
    """"en-GB" and "en_US" are "en": the language a table is registered for."""
    return language.replace("_", "-").split("-", 1)[0].lower()


def _base(language: str) -> str:
    """LANGUAGE's base language; no language is the page's."""
    if not language:
        from ..messages import active

        language = active().language
    return base_language(language)


def _table(code: str) -> PhraseTable | None:
    if code not in _TABLES and code in BUILTIN:
        # A page reads its own language (and English, when it must).
        register(import_module(BUILTIN[code]).TABLE)
    return _TABLES.get(code)


def table_language(language: str = DEFAULT_LANGUAGE) -> str:
    """The language whose table reads LANGUAGE's words: its own, else English."""
    code = _base(language)
    return code if _table(code) is not None else FALLBACK_LANGUAGE


def matcher(language: str = DEFAULT_LANGUAGE) -> Matcher:
    """The compiled table for LANGUAGE (its base language, else English; none given: the page's)."""
    code = table_language(language)
    if code not in _MATCHERS:
        table = _table(code)
        assert table is not None  # English always has one
        _MATCHERS[code] = Matcher(table)
    return _MATCHERS[code]


def matches(text: str, language: str = DEFAULT_LANGUAGE) -> list[Match]:
    """Why the text calls for help: each match with its category, concern and the words read.

    Read with the language's table, and (on a page in another language) each sentence that carries
    English words with the English table too; a category is named once per sentence."""
    own = matcher(language)
    found = own.matches(text)
    english_table = _table(FALLBACK_LANGUAGE)
    if own.table.language == FALLBACK_LANGUAGE or english_table is None or all(
            english_table.markers.isdisjoint(words) for words in own.sentences(text)):
        return found  # no English word: the English table is not even compiled
    english = matcher(FALLBACK_LANGUAGE)
    seen = {(m.category, m.words) for m in found}
    for match in english.matches(text, marked=True):
        if (match.category, match.words) not in seen:
            found.append(match)
    return found


def reports_action(clause: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether a clause tells what someone else did or said ("he threatened to take the kids", "she
    gets so angry when I'm late"), not the reader's reading of them ("he must be bored of me")."""
    m = matcher(language)
    return any(m.cue_in_words("someone_acts", words) and not m.cue_in_words("interpretation", words)
               for words in m.sentences(clause))


def concerns(text: str, language: str = DEFAULT_LANGUAGE) -> dict[str, bool]:
    """Which offers of help the text calls for (never a block): ``crisis``, ``safety``."""
    found = {m.concern for m in matches(text, language)}
    return {concern: concern in found for concern in CONCERNS}
