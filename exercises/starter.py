"""A complete small site to start from (the `mkdocs-exercises new PATH` command, cli.py).

The starter previews with `mkdocs serve` as it is: settings with safe defaults (Material without web
fonts, the help services every site needs, a reading-grade check), a home page, a lesson with a
practice, a check-in questionnaire, a thought record, the journal, get help, relationship safety,
privacy, a GitHub Pages workflow and a README with its commands. What the author must write is
marked REPLACE, and the strict build (and `mkdocs-exercises check`) stops until none is left, so no
placeholder reaches readers. With --country, the crisis and relationship-safety services are the
checked list for that country (presets.py); without, they are placeholders too.

Its files live in starter_site/ beside this module. The questionnaire and the practice are written
from the same templates as `new-questionnaire` and `new-worksheet` (scaffold.py), and every exercise
file names the site's own copy of its editor schema, in schemas/.

In another language (--language es), the files of starter_site_<language>/ are written over the
English ones (every page, exercise file, mkdocs.yml and the README; the workflow, .gitignore and
requirements.txt are shared), and the help services are placeholders in that language: the checked
lists of services are written in English, for English-speaking readers.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from . import presets, scaffold
from .requirement import Requirement, installed_from, requirement

FILES = Path(__file__).resolve().parent / "starter_site"
# The languages a starter is written in: each besides English, its files over the English ones.
LANGUAGES = {"en": "English", "es": "Spanish"}
DEFAULT_LANGUAGE = "en"
# Files kept without their leading dot in the package (package data skips hidden paths).
RENAMED = {"gitignore": ".gitignore", "github": ".github"}
# The exercises written from the scaffold's templates: (kind, name).
FROM_TEMPLATES = (("questionnaire", "check-in"), ("worksheet", "first-practice"))
OTHER_SCHEMAS = ("thought_record.schema.json", "journal.schema.json")
EXIT_OK, EXIT_EXISTS, EXIT_USAGE = 0, 1, 2
# Above a requirement that names a folder on the author's computer, in requirements.txt.
FOLDER_NOTE = ("A folder on the computer this site was made on, which GitHub cannot reach: see "
               "mkdocs-exercises check.")


def _sources(language: str) -> dict[Path, Path]:
    """Where each file of the starter in LANGUAGE comes from, by its place in the new site."""
    files: dict[Path, Path] = {}
    for folder in (FILES, *((FILES.with_name(f"starter_site_{language}"),) if language != "en" else ())):
        for source in sorted(folder.rglob("*")):
            if source.is_file() and "__pycache__" not in source.parts:
                files[_destination(source.relative_to(folder))] = source
    return files


def _destination(relative: Path) -> Path:
    first, *rest = relative.parts
    return Path(RENAMED.get(first, first), *rest)


# The README's sentence on the help services, in a starter's language.
NO_SERVICES = {
    "en": ("Its crisis and relationship-safety services are placeholders until you write the services of "
           "your readers' country in `mkdocs.yml`."),
    "es": ("Sus líneas de crisis y sus servicios para quien sufre violencia de pareja son marcadores hasta "
           "que escribas en `mkdocs.yml` los del país de tus lectores."),
}


def _filled(text: str, name: str, needs: Requirement, preset: presets.Preset | None,
            language: str = DEFAULT_LANGUAGE) -> str:
    # site_name sits in double quotes in mkdocs.yml: JSON's escaping is YAML's there too.
    country = (f"Its crisis and relationship-safety services are for readers in {preset.country}, each "
               "checked with the service's own page on the date beside it in `mkdocs.yml`; check them "
               "again before you publish." if preset else NO_SERVICES[language])
    return (text.replace('"@SITE_NAME@"', json.dumps(name, ensure_ascii=False))
            .replace("@SITE_NAME@", name).replace("@REQUIREMENT@", _requirement_lines(needs))
            .replace("@REQUIREMENT_SENTENCE@", needs.sentence)
            .replace("@HELP_SERVICES@\n", presets.help_services(preset, language))
            .replace("@COUNTRY_SENTENCE@", country))


def _requirement_lines(needs: Requirement) -> str:
    if needs.source != "folder":
        return needs.line
    return (f"# {FOLDER_NOTE}\n" + needs.line)


def unknown_language(language: str) -> str:
    """What to say for a starter language there is none in, or ""."""
    if language in LANGUAGES:
        return ""
    there = ", ".join(f"{code} ({english})" for code, english in LANGUAGES.items())
    return (f"error: there is no starter in {language!r}. The starters are written in: {there}. For "
            "another language, start from English, set theme.language in mkdocs.yml and write the "
            "pages in your language (mkdocs-exercises guide languages).")


def new_site(path: Path, name: str, country: str | None = None, language: str = DEFAULT_LANGUAGE) -> int:
    name = " ".join(name.split())
    if unknown_language(language):
        print(unknown_language(language), file=sys.stderr)
        return EXIT_USAGE
    if country and language != DEFAULT_LANGUAGE:
        print(f"error: the checked lists of services (--country) are written in English, for readers "
              f"who read English; a starter in {LANGUAGES[language]} starts with placeholders (REPLACE) "
              "for its services, which you write in mkdocs.yml with the services your readers can use "
              "in their language. Leave out --country.", file=sys.stderr)
        return EXIT_USAGE
    if not name:
        print('error: give the site a name, for example\n  mkdocs-exercises new my-site '
              '--name "Managing social anxiety"', file=sys.stderr)
        return EXIT_USAGE
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        print(f"error: {path} already exists and is not an empty folder; nothing was changed. Name a "
              "new folder.", file=sys.stderr)
        return EXIT_EXISTS
    needs = requirement(installed_from())
    preset = presets.load(country) if country else None
    for relative, source in _sources(language).items():
        target = path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        text = _filled(source.read_text(encoding="utf-8"), name, needs, preset, language)
        target.write_text(text, encoding="utf-8")
    config = path / "mkdocs.yml"
    _, definitions = scaffold.read_settings(config)
    for kind, exercise in FROM_TEMPLATES:
        target = definitions / f"{exercise}.yml"
        if target.is_file():  # written in the starter's language already: only its schema is needed
            scaffold.site_schema(scaffold.EXERCISES[kind][1], config)
        else:
            scaffold.write_exercise(kind, exercise, target, config)
    for schema in OTHER_SCHEMAS:
        scaffold.site_schema(scaffold.SCHEMA.parent / schema, config)
    shown = os.path.relpath(path)
    in_language = f", in {LANGUAGES[language]}" if language != DEFAULT_LANGUAGE else ""
    print(f"Created the site {name!r} in {shown}{in_language}" + (
        f", with the services for {preset.country}." if preset else ". Its help services are placeholders."))
    print("Next:")
    print(f"  cd {shown}")
    print("  mkdocs serve    # preview at http://127.0.0.1:8000")
    first = ("check the crisis and relationship-safety services in mkdocs.yml with each service"
             if preset else "write the crisis and relationship-safety services of your readers' country "
             "in mkdocs.yml")
    print(f"Then {first}, and write your own words wherever REPLACE is: `mkdocs-exercises check` lists "
          "each place (see README.md).")
    if needs.source == "folder":
        print("requirements.txt names the folder you installed mkdocs-exercises from; before you "
              "publish, write the line `mkdocs-exercises check` gives you instead.")
    return EXIT_OK
