"""The languages the package ships a catalog for, and which of them are complete.

English is the language of the code (every message's msgid): it needs no catalog. Any other language
a site names in ``theme.language`` works too; what its catalog lacks is shown in English and the
build says so. A language is marked complete only when fluent writers have translated every message
and a second writer has reviewed it (tests/unit/i18n/test_catalogs.py then fails on any gap).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # as in theme.language, and the catalog's folder (exercises/locale/<code>/)
    name: str  # in the language itself
    complete: bool
    #: The Plural-Forms header a new catalog starts with: the rule translators know from gettext's
    #: own tables (Babel's rules from CLDR add a third Spanish form for exact millions).
    plural_forms: str


LANGUAGES: dict[str, Language] = {language.code: language for language in (
    Language("es", "Español", True, "nplurals=2; plural=(n != 1);"),
    Language("de", "Deutsch", True, "nplurals=2; plural=(n != 1);"),
    Language("fr", "Français", True, "nplurals=2; plural=(n > 1);"),
    Language("ar", "العربية", False,
             "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : "
             "n % 100 >= 11 ? 4 : 5);"),
    Language("he", "עברית", False, "nplurals=3; plural=(n == 1 ? 0 : n == 2 ? 1 : 2);"),
)}

SOURCE = "en"  # the language of every msgid


def complete_languages() -> list[str]:
    return [code for code, language in LANGUAGES.items() if language.complete]
