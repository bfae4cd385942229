"""A site's messages at build time: the package's catalog for the site's language, the author's own
translations laid over it, and the data each runtime gets.

- The package's messages are listed in ``exercises/locale/exercises.pot`` (extracted from the code:
  ``python -m exercises.i18n extract``), each with its key (msgctxt), its English (msgid) and the
  files that ask for it, which say where it is needed: in the browser's modules
  (``exercises/assets/``), in the core (``exercises/core/``, at build time and in the engine's
  worker), or only at build time (templates and renderers).
- A language's translations are ``exercises/locale/<language>/LC_MESSAGES/exercises.po``.
- An author overrides any message in their own site: a ``.po`` file in the folder the plugin's
  ``translations`` option names (``translations/es.po``), or the plugin's ``messages`` setting
  (``messages: {es: {help_bar.lead: ...}}``), which wins over both.

A translation is used only when it is not fuzzy, its msgid is the message's English as it is now
(a changed English makes an old translation wait for a translator), and its placeholders are among
the English's. Everything else falls back to English, and ``SiteMessages.missing`` lists it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.pofile import read_po
from babel.plural import to_gettext

from ..core import messages
from .languages import LANGUAGES, SOURCE

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = PACKAGE_DIR / "locale"
DOMAIN = "exercises"
POT = LOCALE_DIR / f"{DOMAIN}.pot"

#: Where a message is needed, by the folder of a file that asks for it.
RUNTIMES = {"browser": "exercises/assets/", "core": "exercises/core/"}


@dataclass(frozen=True)
class Source:
    """One message of the package, as the .pot lists it."""

    key: str
    english: str
    plural: str | None  # the English plural, for a message with forms
    files: tuple[str, ...]  # the files that ask for it, from the repository's root
    comment: str

    def needed_by(self, runtime: str) -> bool:
        return any(f.startswith(RUNTIMES[runtime]) for f in self.files)


def read_po_file(path: Path, locale: str | None = None) -> PoCatalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, abort_invalid=True)


@functools.cache
def package_messages(pot: Path = POT) -> dict[str, Source]:
    """Every message of the package, by key."""
    found: dict[str, Source] = {}
    for message in read_po_file(pot):
        if not message.id or not message.context:
            continue
        english, plural = (message.id, None) if isinstance(message.id, str) else message.id[:2]
        files = tuple(dict.fromkeys(path for path, _line in message.locations))
        found[message.context] = Source(message.context, english, plural, files,
                                        "\n".join(message.auto_comments))
    return found


def package_po(language: str) -> Path | None:
    """The package's catalog for LANGUAGE ('es', 'pt-BR': pt_BR, else pt), if it ships one."""
    code = language.replace("-", "_")
    for candidate in dict.fromkeys((code, code.split("_")[0])):
        path = LOCALE_DIR / candidate / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            return path
    return None


def _base(language: str) -> str:
    """'pt-BR', 'pt_BR' -> 'pt'."""
    return language.replace("_", "-").split("-")[0].lower()


def is_source_language(language: str) -> bool:
    return _base(language) == SOURCE


# ---------------------------------------------------------------------------------------------
# How the language writes plurals, numbers and months (Babel's CLDR data)


def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _plural_forms(language: str, *catalogs: PoCatalog | None) -> str:
    """The Plural-Forms rule: the package catalog's, else the site's, else the one a new catalog of
    the language would start with, else CLDR's (through Babel)."""
    for catalog in catalogs:
        # Only a rule the file states (Babel would otherwise make one up from its locale).
        if catalog is not None and catalog._plural_expr is not None and catalog._num_plurals:
            return f"nplurals={catalog._num_plurals}; plural={catalog._plural_expr};"
    base = language.replace("_", "-").split("-")[0]
    if base == SOURCE:
        return "nplurals=2; plural=(n != 1);"
    if base in LANGUAGES:
        return LANGUAGES[base].plural_forms
    locale = _locale(language)
    return to_gettext(locale.plural_form) if locale is not None else "nplurals=2; plural=(n != 1);"


def parse_plural_forms(header: str) -> tuple[int, messages.Plural]:
    """'nplurals=2; plural=(n != 1);' as (2, a parsed rule)."""
    parts = dict(part.strip().split("=", 1) for part in header.split(";") if "=" in part)
    try:
        forms = int(parts.get("nplurals", "").strip())
    except ValueError:
        raise messages.CatalogError(f"the Plural-Forms {header!r} has no nplurals") from None
    if not 1 <= forms <= messages.MAX_FORMS:
        raise messages.CatalogError(f"the Plural-Forms {header!r} has {forms} forms")
    return forms, messages.parse_plural(parts.get("plural", ""))


def writing(language: str) -> dict[str, Any]:
    """Number symbols and month names for LANGUAGE, from CLDR; English's when Babel has none."""
    locale = _locale(language)
    if locale is None:
        return {"numbers": {"decimal": ".", "group": ","}, "months": list(messages.ENGLISH_MONTHS),
                "months_short": list(messages.ENGLISH_MONTHS_SHORT), "direction": "ltr"}
    months = locale.months["format"]
    return {"numbers": {"decimal": locale.number_symbols["latn"]["decimal"],
                        "group": locale.number_symbols["latn"]["group"]},
            "months": [months["wide"][m] for m in range(1, 13)],
            "months_short": [months["abbreviated"][m] for m in range(1, 13)],
            "direction": "rtl" if locale.character_order == "right-to-left" else "ltr"}


# ---------------------------------------------------------------------------------------------
# Translations


Words = str | tuple[str, ...]


def _problem_with(source: Source, words: Words, forms: int) -> str | None:
    """Why WORDS cannot stand for SOURCE, or None."""
    if source.plural is None and not isinstance(words, str):
        return "it has plural forms, and the message has none"
    if source.plural is not None and (isinstance(words, str) or len(words) != forms):
        return f"the message has plural forms: it needs {forms}"
    allowed = messages.placeholders(source.english) | messages.placeholders(source.plural or "")
    every = [words] if isinstance(words, str) else list(words)
    unknown = sorted({name for w in every for name in messages.placeholders(w)} - allowed)
    if unknown:
        shown = ", ".join("{" + name + "}" for name in unknown)
        return f"it has {shown}, which the English does not: use only " + (
            ", ".join("{" + n + "}" for n in sorted(allowed)) or "no placeholder")
    return None


def po_translations(catalog: PoCatalog, sources: Mapping[str, Source], forms: int, shown: str,
                    ) -> tuple[dict[str, Words], list[str]]:
    """The usable translations of a .po file (SHOWN names it in problems), and its problems."""
    found: dict[str, Words] = {}
    problems: list[str] = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        key = message.context or ""
        source = sources.get(key)
        if source is None:
            problems.append(f"{shown}: '{key or message.id}' is not a message of the package (msgctxt "
                            "names the message: check its spelling against exercises.pot)")
            continue
        english = message.id if isinstance(message.id, str) else message.id[0]
        words: Words = message.string if isinstance(message.string, str) else tuple(message.string)
        if (isinstance(words, str) and not words) or (isinstance(words, tuple) and not any(words)):
            continue
        if english != source.english:
            problems.append(f"{shown}: the English of '{key}' has changed since it was translated, so "
                            f"it is shown in English until the translation is checked. It is now: "
                            f"{source.english!r}")
            continue
        problem = _problem_with(source, words, forms)
        if problem:
            problems.append(f"{shown}: '{key}' is shown in English: {problem}.")
            continue
        found[key] = words
    return found, problems


def setting_translations(words: Mapping[str, Any], sources: Mapping[str, Source], forms: int, shown: str
                         ) -> tuple[dict[str, Words], list[str]]:
    """The plugin's ``messages`` setting for one language: {key: words, or a list of forms}."""
    found: dict[str, Words] = {}
    problems: list[str] = []
    for key, value in words.items():
        source = sources.get(str(key))
        if source is None:
            problems.append(f"{shown}: '{key}' is not a message of the package: check its spelling "
                            "(the guide's message list, or exercises.pot, names every one)")
            continue
        candidate: Words | None = value if isinstance(value, str) else (
            tuple(value) if isinstance(value, list) and all(isinstance(v, str) for v in value) else None)
        problem = "write the words as text (or a list of plural forms)" if candidate is None else (
            _problem_with(source, candidate, forms))
        if problem or candidate is None:
            problems.append(f"{shown}: '{key}' is not used: {problem}.")
            continue
        found[str(key)] = candidate
    return found, problems


@dataclass
class SiteMessages:
    """The messages one language of a site shows, with how it writes numbers and months."""

    language: str
    direction: str
    forms: int
    rule: messages.Plural
    writing: dict[str, Any]
    words: dict[str, Words]
    sources: dict[str, Source]
    #: Keys shown in English because no catalog of the language has them (never for English).
    missing: list[str] = field(default_factory=list)
    #: Translations that could not be used, in words, for the build's warnings.
    problems: list[str] = field(default_factory=list)

    def data(self, runtime: str | None = None) -> dict[str, Any]:
        """What a runtime's message layer takes (``messages.Catalog.from_data`` and i18n.js): the
        messages RUNTIME needs ("browser", "core"; None: all)."""
        keys = [k for k, s in self.sources.items() if runtime is None or s.needed_by(runtime)]
        return {"language": self.language, "direction": self.direction,
                "plural": {"forms": self.forms, "rule": self.rule},
                "numbers": self.writing["numbers"], "months": self.writing["months"],
                "months_short": self.writing["months_short"],
                "capital_nouns": _base(self.language) in messages.CAPITAL_NOUNS,
                "messages": {k: (list(w) if isinstance(w, tuple) else w)
                             for k in keys if (w := self.words.get(k)) is not None}}

    def catalog(self) -> messages.Catalog:
        return messages.Catalog.from_data(self.data())


def site_messages(language: str, *, direction: str | None = None, site_po: Path | None = None,
                  settings: Mapping[str, Any] | None = None, shown_po: str = "", shown_settings: str = "",
                  sources: Mapping[str, Source] | None = None) -> SiteMessages:
    """LANGUAGE's messages: the package's catalog, then the site's .po (SITE_PO), then SETTINGS
    (the plugin's ``messages`` for this language). DIRECTION: the theme's, when it sets one."""
    sources = dict(sources if sources is not None else package_messages())
    package_path = package_po(language)
    package = read_po_file(package_path) if package_path else None
    site = read_po_file(site_po) if site_po else None
    forms, rule = parse_plural_forms(_plural_forms(language, package, site))
    writes = writing(language)
    words: dict[str, Words] = {}
    problems: list[str] = []
    layers: list[tuple[dict[str, Words], list[str]]] = []
    if package is not None and package_path is not None:
        shown = str(package_path.relative_to(PACKAGE_DIR.parent))
        layers.append(po_translations(package, sources, forms, shown))
    if site is not None:
        layers.append(po_translations(site, sources, forms, shown_po or str(site_po)))
    if settings:
        layers.append(setting_translations(settings, sources, forms, shown_settings or "messages"))
    for found, said in layers:
        words.update(found)
        problems += said
    missing = [] if is_source_language(language) else [k for k in sources if k not in words]
    return SiteMessages(language, direction or writes["direction"], forms, rule, writes, words, sources,
                        missing, problems)


def summary_of_missing(result: SiteMessages, shown_language: str, limit: int = 12) -> str:
    """The build's warning for messages shown in English, or ''."""
    if not result.missing:
        return ""
    count, total = len(result.missing), len(result.sources)
    first = ", ".join(result.missing[:limit]) + (f" and {count - limit} more" if count > limit else "")
    return (f"{count} of {total} messages have no {shown_language} translation and are shown in English: "
            f"{first}. Translate them in your own site (translations/{result.language}.po; "
            f"'python -m exercises.i18n missing {result.language}' writes that file with every one "
            "of them) or with the plugin's 'messages' setting.")


def known_keys(keys: Iterable[str]) -> list[str]:
    sources = package_messages()
    return [k for k in keys if k in sources]
