"""The on-device concern check: words that call for an offer of help, in any language that has a
phrase table.

``concerns(text)`` says which offers to make (``crisis``, ``safety``); ``matches(text)`` says why,
one match per category and sentence, with the words it read. Both run on the reader's device,
quickly (tests/bench/safety_check.py measures them in CPython and in Pyodide), and nothing is
logged or sent.

Languages: a table per language code, registered once (``register``); the engine is the same for
all (``engine.py``), the categories too (``categories.py``). A language without a table has no
check (``has_table`` says so, for the build to tell the author).
"""

from __future__ import annotations

from .categories import CATEGORIES, CONCERNS, CRISIS, SAFETY
from .engine import Match, Matcher, PhraseTable, Rule, TableError

__all__ = ["CATEGORIES", "CONCERNS", "CRISIS", "SAFETY", "DEFAULT_LANGUAGE", "Match", "Matcher",
           "PhraseTable", "Rule", "TableError", "concerns", "has_table", "languages", "matcher",
           "matches", "register", "reports_action"]

DEFAULT_LANGUAGE = "en"

# Tables by language code, and each compiled the first time it is used (compiling takes a few
# milliseconds; a page that never checks words never pays them).
_TABLES: dict[str, PhraseTable] = {}
_MATCHERS: dict[str, Matcher] = {}


def register(table: PhraseTable) -> None:
    """Add (or replace) the table for its language."""
    _TABLES[table.language] = table
    _MATCHERS.pop(table.language, None)


def has_table(language: str) -> bool:
    _load_builtin()
    return _base(language) in _TABLES


def languages() -> list[str]:
    _load_builtin()
    return sorted(_TABLES)


def _base(language: str) -> str:
    """"en-GB" and "en_US" are "en"."""
    return language.replace("_", "-").split("-", 1)[0].lower()


def _load_builtin() -> None:
    if "en" not in _TABLES:
        from . import en  # imported when first needed: the data is the largest part

        register(en.TABLE)


def matcher(language: str = DEFAULT_LANGUAGE) -> Matcher:
    """The compiled table for LANGUAGE (its base language, else English)."""
    _load_builtin()
    code = _base(language)
    code = code if code in _TABLES else DEFAULT_LANGUAGE
    if code not in _MATCHERS:
        _MATCHERS[code] = Matcher(_TABLES[code])
    return _MATCHERS[code]


def matches(text: str, language: str = DEFAULT_LANGUAGE) -> list[Match]:
    """Why the text calls for help: each match with its category, concern and the words read."""
    return matcher(language).matches(text)


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
