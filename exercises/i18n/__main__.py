"""The catalogs' commands.

For maintainers, from a checkout of the repository (see exercises/guide/docs/maintainers/messages.md):

    python -m exercises.i18n extract          the .pot from the code (exercises/locale/exercises.pot)
    python -m exercises.i18n update           every shipped language's .po brought up to the .pot
    python -m exercises.i18n init LANGUAGE    start the package's catalog for a new language
    python -m exercises.i18n check            is the .pot current? how complete is each language?

For authors, in their site's folder (see exercises/guide/docs/authors/languages.md):

    python -m exercises.i18n missing LANGUAGE [--site .]   write translations/LANGUAGE.po with every
                                                           message the package has no translation for
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import catalogs, extract
from .languages import LANGUAGES


def _check() -> int:
    status = 0
    differences = extract.template_differences()
    if differences:
        status = 1
        print("exercises.pot is not current (run: python -m exercises.i18n extract):")
        print("\n".join(f"  {line}" for line in differences))
    else:
        print(f"exercises.pot is current: {len(catalogs.package_messages())} messages.")
    for language in extract.shipped_languages():
        result = catalogs.site_messages(language)
        complete = LANGUAGES.get(language) and LANGUAGES[language].complete
        done = len(result.sources) - len(result.missing)
        print(f"{language}: {done} of {len(result.sources)} translated"
              + (" (declared complete)" if complete else "") + "".join(f"\n  {p}" for p in result.problems))
        if complete and (result.missing or result.problems):
            status = 1
    return status


def _missing(language: str, site: Path) -> int:
    """The author's starting point: a .po of every message the package does not translate."""
    folder = site / "translations"
    path = folder / f"{language}.po"
    existing = catalogs.read_po_file(path) if path.is_file() else None
    result = catalogs.site_messages(language, site_po=path if existing else None)
    pot = catalogs.read_po_file(catalogs.POT)
    catalog = extract.updated(existing or extract.new_catalog(language), pot)
    keep = set(result.missing) | {m.context for m in (existing or []) if m.id and m.context}
    for message in list(catalog):
        if message.id and message.context not in keep:
            catalog.delete(message.id, context=message.context)
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(extract.po_text(catalog), encoding="utf-8")
    print(f"{path}: {len(result.missing)} messages to translate (open it in Poedit, or any editor).")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m exercises.i18n", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="write exercises.pot from the code")
    commands.add_parser("update", help="bring every shipped .po up to the .pot")
    init = commands.add_parser("init", help="start the package's catalog for a language")
    init.add_argument("language")
    commands.add_parser("check", help="is the .pot current, and how complete is each catalog")
    missing = commands.add_parser("missing", help="write a site's .po of what the package does not translate")
    missing.add_argument("language")
    missing.add_argument("--site", type=Path, default=Path("."), help="the site's folder (with mkdocs.yml)")
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            print(f"{extract.write_template()}: {len(extract.extract())} messages")
        elif args.command == "update":
            for language in extract.shipped_languages():
                print(extract.update_language(language))
        elif args.command == "init":
            print(extract.update_language(args.language))
        elif args.command == "check":
            return _check()
        elif args.command == "missing":
            return _missing(args.language, args.site)
    except extract.ExtractionError as err:
        print(f"The code's messages cannot be extracted:\n{err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
