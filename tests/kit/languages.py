"""The generator's test site in other languages (tests/fixtures/languages/README.md): made from
tests/fixtures/site/ in a folder of their own, so the site itself stays English and unchanged.

- ``ar``: ``theme.language: ar``, right to left, its catalog incomplete (words in English).
- ``de``, ``fr``: ``theme.language: de`` or ``fr``, the site's exercise files still in English (the
  author's words): only the package's words change.
- ``es``: English at ``/`` and Spanish at ``/es/`` with mkdocs-static-i18n ("suffix" structure), as the
  maintainers' guide says a site in two languages is set up (exercises/guide/docs/maintainers/messages.md).

Their builds warn that messages are shown in English (the catalogs are not written yet), so they are
built without --strict and every warning must be one of EXPECTED_WARNINGS: any other warning fails.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from kit.site import GENERATOR_SITE, ROOT

from exercises.core.safety import languages as phrase_table_languages
from exercises.i18n.languages import LANGUAGES

LANGUAGES_DIR = ROOT / "tests" / "fixtures" / "languages"

# mkdocs-static-i18n's settings for a site in English and Spanish. reconfigure_material is off: with
# it, the language selector's links become page-relative, and Material (whose instant navigation
# the site uses) then asks for a sitemap under each page, which does not exist. The selector's
# links are the languages' homes, and each language sets theme.language for Material and for the
# exercises' words.
I18N = """  - i18n:
      docs_structure: suffix
      reconfigure_material: false
      languages:
        - locale: en
          name: English
          default: true
          build: true
        - locale: es
          name: Español
          build: true
          site_name: Sitio de pruebas de los ejercicios
          theme:
            language: es
"""
ALTERNATE = """  alternate:
    - name: English
      link: /
      lang: en
    - name: Español
      link: /es/
      lang: es
"""

# What these builds may warn about (a regular expression per line); anything else fails the build.
# A language's catalog may still lack messages (the build then says how many are shown in English);
# a complete one may not (tests/unit/i18n/test_catalogs.py).
NAMES = {"ar": "Arabic", "es": "Spanish", "de": "German", "fr": "French"}
EXPECTED_WARNINGS = {
    code: [rf"exercises: \d+ of \d+ messages have no {name} \({code}\) translation and are shown in"
           r" English: .*"] + ([] if code in phrase_table_languages() else [
               r"exercises: the on-device check that offers help .* has phrase tables for .* only, not for "
               rf"{name} \({code}\): .*"]) for code, name in NAMES.items()}


def catalog_warnings(codes: tuple[str, ...]) -> list[str]:
    """The warnings a site with editions in CODES may give while their catalogs are incomplete: this
    repository's own (kit/pages.py EDITIONS) is built strict once they are complete."""
    return [pattern for code in codes if not LANGUAGES[code].complete for pattern in EXPECTED_WARNINGS[code]]


def make(language: str, into: Path) -> Path:
    """The test site in LANGUAGE, written into INTO; returns its mkdocs.yml."""
    shutil.copytree(GENERATOR_SITE.parent, into, dirs_exist_ok=True)
    config = into / "mkdocs.yml"
    text = config.read_text()
    if language in ("ar", "de", "fr"):
        text = _replace(text, "  language: en\n", f"  language: {language}\n")
    elif language == "es":
        shutil.copytree(LANGUAGES_DIR / "es", into, dirs_exist_ok=True)
        text = _replace(text, "plugins:\n  - search\n", "plugins:\n  - search\n" + I18N)
        text = _replace(text, "\nextra:\n", "\nextra:\n" + ALTERNATE)
    else:
        raise KeyError(language)
    config.write_text(text)
    return config


def _replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"tests/fixtures/site/mkdocs.yml no longer has {old!r} once"
    return text.replace(old, new)


def unexpected_warnings(patterns: list[str], output: str) -> list[str]:
    """The build's warnings that PATTERNS (from EXPECTED_WARNINGS) do not allow."""
    allowed = [re.compile(pattern) for pattern in patterns]
    said = [line.removeprefix("WARNING -  ") for line in output.splitlines() if line.startswith("WARNING")]
    return [line for line in said if not any(a.fullmatch(line) for a in allowed)]


def english_sentences(language: str) -> list[str]:
    """The English catalog's words a reader of LANGUAGE should never meet: each message's English
    (singular and plural) cut at its placeholders, each piece of three words or more kept, unless the
    language's catalog says it the same way or the test site's own files (the author's English) hold
    it."""
    from babel.messages.pofile import read_po

    locale = ROOT / "exercises" / "locale"
    with (locale / "exercises.pot").open("rb") as pot:
        template = read_po(pot)
    with (locale / language / "LC_MESSAGES" / "exercises.po").open("rb") as po:
        translated = read_po(po, locale=language)
    authors = "\n".join(p.read_text() for p in GENERATOR_SITE.parent.rglob("*")
                         if p.suffix in (".md", ".yml"))
    pieces: set[str] = set()
    for message in template:
        if not message.id:
            continue
        own = translated.get(message.id, message.context)
        said = " ".join(own.string if isinstance(own.string, tuple) else [own.string]) if own else ""
        for english in (message.id if isinstance(message.id, tuple) else (message.id,)):
            for piece in re.split(r"\{[a-z_]+\}", english):
                piece = piece.strip(" .,:;!?()\u201c\u201d\"'")
                if len(piece.split()) >= 3 and piece not in said and piece not in authors:
                    pieces.add(piece)
    return sorted(pieces)


def english_left(text: str, sentences: list[str]) -> list[str]:
    """Which of SENTENCES TEXT holds (spaces and line breaks counted as one space)."""
    flat = " ".join(text.split())
    return [sentence for sentence in sentences if sentence in flat]
