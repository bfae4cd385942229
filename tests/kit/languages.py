"""The generator's test site in other languages (tests/fixtures/languages/README.md): made from
tests/fixtures/site/ in a folder of their own, so the site itself stays English and unchanged.

- ``ar``: ``theme.language: ar``, right to left, its catalog incomplete (words in English).
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
EXPECTED_WARNINGS = {
    "ar": [r"exercises: \d+ of \d+ messages have no Arabic \(ar\) translation and are shown in English: .*"],
    "es": [r"exercises: \d+ of \d+ messages have no Spanish \(es\) translation and are shown in English: .*"],
}


def catalog_warnings(codes: tuple[str, ...]) -> list[str]:
    """The warnings a site with editions in CODES may give while their catalogs are incomplete: this
    repository's own (kit/pages.py EDITIONS) is built strict once they are complete."""
    return [pattern for code in codes if not LANGUAGES[code].complete for pattern in EXPECTED_WARNINGS[code]]


def make(language: str, into: Path) -> Path:
    """The test site in LANGUAGE, written into INTO; returns its mkdocs.yml."""
    shutil.copytree(GENERATOR_SITE.parent, into, dirs_exist_ok=True)
    config = into / "mkdocs.yml"
    text = config.read_text()
    if language == "ar":
        text = _replace(text, "  language: en\n", "  language: ar\n")
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
