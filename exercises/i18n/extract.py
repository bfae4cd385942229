"""Extracting the package's messages into exercises/locale/exercises.pot, and bringing each
language's .po up to date with it (for maintainers: ``python -m exercises.i18n``).

Every message is asked for by a call that names its key and its English:

- Python (core, renderers, plugin): ``t("key", "English {name}", name=...)``,
  ``tn("key", "singular", "plural", n)``, or ``msg("key", "English")`` for a table made at import;
- the browser's modules: ``t("key", "English {name}", { name })``, ``tn(...)`` (exercises/assets/i18n.js);
- the theme's templates: ``{{ t("key", "English") }}``.

The comment right above a call that starts with ``i18n:`` (``# i18n:``, ``// i18n:``, ``{# i18n: #}``)
becomes the message's note for translators (``#.``): where it shows and what each placeholder is.

Babel's own extractors read the three (python, javascript, and Jinja's ``babel_extract``). Locations
are written without line numbers, so the .pot changes only when a message does.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.catalog import Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import write_po

from .. import __version__
from ..core import messages
from .catalogs import DOMAIN, LOCALE_DIR, PACKAGE_DIR, POT, package_po, read_po_file
from .languages import LANGUAGES

ROOT = PACKAGE_DIR.parent  # locations are written from here: exercises/core/questionnaire.py
KEYWORDS = {"t": ((1, "c"), 2), "tn": ((1, "c"), 2, 3), "msg": ((1, "c"), 2)}
COMMENT_TAGS = ("i18n:",)
METHOD_MAP = [
    ("exercises/theme/**.html", "jinja2.ext:babel_extract"),
    ("exercises/assets/**.js", "javascript"),
    ("exercises/**.py", "python"),
]
OPTIONS = {"exercises/theme/**.html": {"silent": "false"},
           "exercises/assets/**.js": {"template_string": "false"}}
# Not messages: the catalogs, the package's Markdown starter, and the extraction's own examples.
SKIP = ("exercises/locale", "exercises/starter_site", "exercises/i18n")
WIDTH = 100


class ExtractionError(ValueError):
    """Calls that cannot become one message each (a key with two Englishes, a call without words)."""


@dataclass(frozen=True)
class Found:
    key: str
    english: str
    plural: str | None
    files: tuple[str, ...]
    comments: tuple[str, ...]


def _walk(root: Path) -> Iterator[tuple[str, int, str | tuple[str, ...], list[str], str | None]]:
    def keep(path: str) -> bool:  # only the package's folders (never node_modules or a venv)
        relative = Path(path).resolve().relative_to(root.resolve()).as_posix()
        return (relative == "exercises" or relative.startswith("exercises/")) and not (
            relative.startswith(SKIP) or "__pycache__" in relative)

    # Babel's Python extractor warns about any f-string with a value in it, message or not: the
    # package's code is full of them (author-facing errors), so those warnings are dropped.
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        found = list(extract_from_dir(root, METHOD_MAP, OPTIONS, KEYWORDS, COMMENT_TAGS,
                                      strip_comment_tags=True, directory_filter=keep))
    for line in said.getvalue().splitlines():
        if "Skipping f-string" not in line:
            print(line, file=sys.stderr)
    yield from found


def extract(root: Path = ROOT) -> dict[str, Found]:
    """Every message the code under ROOT/exercises asks for, by key; raises ExtractionError naming
    every call that cannot become a message."""
    found: dict[str, Found] = {}
    errors: list[str] = []
    for filename, lineno, message, comments, context in _walk(root):
        where = f"{filename}:{lineno}"
        english, plural = (message, None) if isinstance(message, str) else (message[0], message[1])
        if not context or not english:
            errors.append(f"{where}: a message needs its key and its English as plain strings")
            continue
        before = found.get(context)
        if before is not None and (before.english, before.plural) != (english, plural):
            errors.append(f"{where}: the key '{context}' has other English here than in {before.files[0]}: "
                          "give each different message its own key")
            continue
        files = tuple(dict.fromkeys([*(before.files if before else ()), filename]))
        notes = tuple(dict.fromkeys([*(before.comments if before else ()), *comments]))
        found[context] = Found(context, english, plural, files, notes)
    errors += [f"{item.files[0]}: '{key}' has no note for translators: put a comment starting 'i18n:' right "
               "above it, saying where it shows and what each placeholder is" for key, item in found.items()
               if not item.comments]
    if errors:
        raise ExtractionError("\n".join(errors))
    return found


def _flags(item: Found) -> list[str]:
    words = item.english + (item.plural or "")
    return ["python-brace-format"] if messages.placeholders(words) else []


def template(found: dict[str, Found]) -> PoCatalog:
    """The .pot for FOUND."""
    pot = PoCatalog(project="mkdocs-exercises", version=__version__, copyright_holder="mkdocs-exercises",
                    msgid_bugs_address="", creation_date=datetime(2026, 1, 1, tzinfo=UTC), fuzzy=False,
                    header_comment=HEADER)
    for item in found.values():
        message_id = item.english if item.plural is None else (item.english, item.plural)
        pot.add(message_id, context=item.key, locations=[(f, None) for f in item.files],
                auto_comments=list(item.comments), flags=_flags(item))
    return pot


HEADER = """\
# The reader-facing messages of mkdocs-exercises.
# Each message's msgctxt is its key (stable), its msgid the English. Placeholders are named, in
# braces ({count}); keep each one a translation needs, and add none.
# Made by `python -m exercises.i18n extract`; do not edit by hand."""


def po_text(catalog: PoCatalog) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, include_lineno=False, omit_header=False)
    return buffer.getvalue().decode("utf-8")


def current_template_text() -> str:
    return po_text(template(extract()))


def write_template() -> Path:
    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_text(current_template_text(), encoding="utf-8")
    return POT


def _pot_message(message: Message) -> tuple[object, ...]:
    """What a .pot entry says, as a translator reads it (a note's line breaks do not count)."""
    return (message.context, message.id if isinstance(message.id, str) else tuple(message.id),
            " ".join(message.auto_comments).split(), tuple(sorted(path for path, _ in message.locations)),
            tuple(sorted(message.flags)))


def template_differences(pot: Path = POT) -> list[str]:
    """How the .pot differs from what extraction finds now ([] when it is current)."""
    now = {m.context: _pot_message(m) for m in template(extract()) if m.id}
    saved = {m.context: _pot_message(m) for m in read_po_file(pot) if m.id} if pot.is_file() else {}
    out = [f"new message '{k}' ({now[k][1]!r})" for k in now if k not in saved]
    out += [f"message '{k}' is no longer in the code" for k in saved if k not in now]
    out += [f"message '{k}' changed: {saved[k]} -> {now[k]}"
            for k in now if k in saved and now[k] != saved[k]]
    return out


# ---------------------------------------------------------------------------------------------
# Language catalogs


def new_catalog(language: str) -> PoCatalog:
    info = LANGUAGES.get(language)
    try:
        name = f"{Locale.parse(language.replace('-', '_')).english_name} ({language})"
    except (UnknownLocaleError, ValueError):
        name = language
    header = (f"# {name} translations of mkdocs-exercises' reader-facing messages.\n"
              "# Translators: each message's note (#.) says where it shows and what its placeholders are.")
    catalog = PoCatalog(locale=language, project="mkdocs-exercises", version=__version__,
                        copyright_holder="mkdocs-exercises", msgid_bugs_address="",
                        creation_date=datetime(2026, 1, 1, tzinfo=UTC), fuzzy=False, header_comment=header)
    if info:
        forms = dict(p.strip().split("=", 1) for p in info.plural_forms.split(";") if "=" in p)
        catalog._num_plurals, catalog._plural_expr = int(forms["nplurals"]), forms["plural"].strip()
    return catalog


def updated(catalog: PoCatalog, pot: PoCatalog) -> PoCatalog:
    """CATALOG brought up to POT, by key: a message whose English changed keeps its translation,
    marked fuzzy with the English it was made from (``#| msgid``), until a translator checks it;
    a message no longer in the package is dropped."""
    before = {m.context: m for m in catalog if m.id and m.context}
    out = new_catalog(str(catalog.locale) if catalog.locale else "")
    out.header_comment = catalog.header_comment
    out._num_plurals, out._plural_expr = catalog._num_plurals, catalog._plural_expr
    out.last_translator, out.language_team = catalog.last_translator, catalog.language_team
    for message in pot:
        if not message.id:
            continue
        old = before.get(message.context)
        string = old.string if old is not None else ("" if isinstance(message.id, str) else ())
        flags = set(message.flags)
        previous = None
        if old is not None and old.id != message.id:
            flags.add("fuzzy")
            previous = old.previous_id or ([old.id] if isinstance(old.id, str) else list(old.id))
        elif old is not None and old.fuzzy:
            flags.add("fuzzy")
            previous = old.previous_id
        if isinstance(message.id, tuple) and isinstance(string, str):
            string = (string,)
        if isinstance(message.id, str) and not isinstance(string, str):
            string = string[0] if string else ""
        out.add(message.id, string, context=message.context, locations=message.locations,
                auto_comments=message.auto_comments, user_comments=old.user_comments if old else (),
                flags=flags, previous_id=previous or ())
    return out


def language_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update_language(language: str) -> Path:
    """Create or update the package's catalog for LANGUAGE from the .pot."""
    pot = read_po_file(POT)
    path = package_po(language) or language_path(language)
    catalog = read_po_file(path, locale=language) if path.is_file() else new_catalog(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(updated(catalog, pot)), encoding="utf-8")
    return path


def shipped_languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
