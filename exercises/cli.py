"""The `mkdocs-exercises` command: start a site, a lesson or an exercise; check a site; open the guide.

    mkdocs-exercises new mysite --country IE
    mkdocs-exercises new-lesson "Setting gentle boundaries"
    mkdocs-exercises new-questionnaire mood-check
    mkdocs-exercises new-worksheet calm-check
    mkdocs-exercises check
    mkdocs-exercises guide [PAGE]

Each works on the site whose mkdocs.yml is in the current folder (or --config). `check` reads
mkdocs.yml first (a YAML slip gets its line, its likely cause and the fix), then runs the very build
`mkdocs build --strict` runs, into a folder it deletes afterwards: every check is the build's own,
with the same words, and nothing is left behind.
Exit codes: 0 done (or nothing to fix), 1 refused (a file exists) or mistakes found, 2 bad input.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from . import __version__, guide_site, presets, scaffold, starter, yaml_slips

EXIT_OK, EXIT_PROBLEMS = 0, 1


class _Counted(logging.Handler):
    """MkDocs' own messages, shown as `mkdocs build` shows them, and counted (warnings included:
    `mkdocs build --strict` stops on them too)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        print(f"{record.levelname:<8}-  {record.getMessage()}", file=sys.stderr)


def settings_slip(config_file: Path) -> str | None:
    """What is wrong with mkdocs.yml as YAML, with its line and the fix; None if MkDocs can read it."""
    try:
        text = config_file.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        line = config_file.read_bytes()[: err.start].count(b"\n") + 1
        return (f"{config_file.name}:{line}: the file is not UTF-8 text. Save it as UTF-8: most "
                "editors offer it under 'Save with encoding'.")
    try:
        yaml.load(text, Loader=yaml_slips.SettingsLoader)
    except yaml.YAMLError as err:
        return (yaml_slips.explain(text, err).message(config_file.name)
                + " MkDocs cannot read the settings until this is fixed, so nothing else was checked.")
    return None


def _summary(count: int) -> str:
    return (f"Found {count} problem{'s' if count != 1 else ''}: `mkdocs build --strict` stops for "
            f"{'them' if count != 1 else 'it'} too. Each says which file and line, and what to change; "
            f"{guide_site.reference('errors')} shows every message with its fix.")


def check(config_file: Path) -> int:
    """The site, judged by the build itself (`mkdocs build --strict` into a folder deleted after)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    if not config_file.is_file():
        print(f"error: there is no {config_file}. Run this in your site's folder, or name its "
              "mkdocs.yml with --config.", file=sys.stderr)
        return scaffold.EXIT_USAGE
    slip = settings_slip(config_file)
    if slip:
        print(f"{'ERROR':<8}-  {slip}", file=sys.stderr)
        print(_summary(1), file=sys.stderr)
        return EXIT_PROBLEMS
    counted = _Counted()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counted)
    plugin: Any = None
    try:
        with tempfile.TemporaryDirectory(prefix="mkdocs-exercises-check-") as out:
            config = load_config(str(config_file), site_dir=out, strict=True)
            plugin = config.plugins.get("exercises")
            if plugin is None:
                print(f"error: {config_file} does not use the exercises plugin. Add it under "
                      "'plugins:' as '- exercises'.", file=sys.stderr)
                return EXIT_PROBLEMS
            plugin.checking = True
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
    except Abort:
        pass  # the build has said why, in the lines counted
    except MkDocsException as err:
        print(f"{'ERROR':<8}-  {err}", file=sys.stderr)
        counted.count += 1
    finally:
        logger.removeHandler(counted)
    if counted.count:
        print(_summary(counted.count), file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"No mistakes found in {config_file}, its pages, exercise files and templates: "
          "`mkdocs build --strict` builds this site.")
    if plugin is not None and getattr(plugin, "pyodide_dir", True) is None:
        print("Pyodide, the Python that runs the exercises in the reader's browser, is not on this "
              "computer yet: the first build downloads it once (about 6 MB).")
    return EXIT_OK


Ask = Callable[[str], str]


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _ask_name(default: str, ask: Ask) -> str:
    return " ".join(ask(f"The site's name [{default}]: ").split()) or default


def _ask_country(ask: Ask) -> str | None:
    choices = ", ".join(f"{code} ({presets.load(code).country})" for code in presets.COUNTRIES)
    print("Which country are your readers in? The site's crisis and relationship-safety services are "
          f"filled in for it, as checked with each service: {choices}.")
    for _ in range(3):
        answer = ask("Country code, or Enter to fill them in yourself later: ").strip().upper()
        if not answer:
            return None
        if answer in presets.COUNTRIES:
            return answer
        print(f"There is no list for '{answer}'. Type one of {', '.join(presets.COUNTRIES)}, or "
              "press Enter.")
    return None


def new(path: Path, name: str | None, country: str | None, ask: Ask | None,
        language: str = starter.DEFAULT_LANGUAGE) -> int:
    """`mkdocs-exercises new`: asks for what the flags left out when ASK is given (a terminal)."""
    if starter.unknown_language(language):  # before asking anything
        print(starter.unknown_language(language), file=sys.stderr)
        return starter.EXIT_USAGE
    default = path.resolve().name.replace("-", " ").replace("_", " ").capitalize()
    if ask is not None:
        name = name or _ask_name(default, ask)
        if country is None and language == starter.DEFAULT_LANGUAGE:  # the lists are in English
            country = _ask_country(ask)
    return starter.new_site(path, name or default, country, language)


def main(argv: Sequence[str] | None = None, ask: Ask | None = None) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", "-f", type=Path, default=Path("mkdocs.yml"),
                        help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    parser = argparse.ArgumentParser(
        prog="mkdocs-exercises", description="Start a site, lessons and exercises; check a site as "
        "its strict build would; open the authors' guide.")
    parser.add_argument("--version", action="version", version=f"mkdocs-exercises {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new_site = commands.add_parser(
        "new", help="a complete small site to start from, in a new folder",
        description="A complete small site in a new folder. In a terminal, it asks for the name and "
        "the country; the flags answer for scripts.")
    new_site.add_argument("path", type=Path, help="the new folder, e.g. my-site")
    new_site.add_argument("--name", help='the site\'s name (default: made from the folder\'s), e.g. '
                          '"Managing social anxiety"')
    new_site.add_argument("--country", type=str.upper, choices=presets.COUNTRIES, metavar="CODE",
                          help="fill the crisis and relationship-safety services for readers in this "
                          f"country: {', '.join(presets.COUNTRIES)} (default: left for you to fill in)")
    new_site.add_argument("--language", type=str.lower, default=starter.DEFAULT_LANGUAGE, metavar="CODE",
                          help="the language of the site's pages, exercises and settings: "
                          f"{', '.join(starter.LANGUAGES)} (default: en). In another language the help "
                          "services are placeholders for you to fill in")
    lesson = commands.add_parser("new-lesson", parents=[common], help="a new lesson page in docs/")
    lesson.add_argument("title", help='the page title, e.g. "Setting gentle boundaries"')
    for kind in scaffold.EXERCISES:
        exercise = commands.add_parser(f"new-{kind}", parents=[common], help=f"a new {kind} file")
        exercise.add_argument("name", help="the file name without .yml, e.g. mood-check")
    commands.add_parser("check", parents=[common],
                        help="check the site as `mkdocs build --strict` would, without leaving a build")
    guide = commands.add_parser("guide", help="open the authors' guide in your browser (offline)")
    guide.add_argument("page", nargs="?", default="authors", choices=list(guide_site.pages()),
                       help="the page to open (default: the start of the authors' guide)")
    guide.add_argument("--port", type=int, default=0, help="serve it on this port (default: a free one)")
    guide.add_argument("--no-browser", action="store_true", help="only print the address")
    args = parser.parse_args(argv)
    if args.command == "new":
        return new(args.path, args.name, args.country, ask or (input if _interactive() else None),
                   args.language)
    if args.command == "check":
        return check(args.config)
    if args.command == "guide":
        return guide_site.open_guide(args.page, args.port, browser=not args.no_browser)
    if args.command == "new-lesson":
        return scaffold.new_lesson(args.title, args.config)
    return scaffold.new_exercise(args.command.removeprefix("new-"), args.name, args.config)


if __name__ == "__main__":
    sys.exit(main())
