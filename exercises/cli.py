"""The `mkdocs-exercises` command: start a lesson or an exercise, and check a site without building it.

    mkdocs-exercises new-lesson "Setting gentle boundaries"
    mkdocs-exercises new-questionnaire mood-check
    mkdocs-exercises new-worksheet calm-check
    mkdocs-exercises check

Each works on the site whose mkdocs.yml is in the current folder (or --config). `check` reads the
settings, every exercise file and every exercise line in the pages, and reports each mistake as the
build would (file, line, what to fix), in a second or two and without building.
Exit codes: 0 done (or nothing to fix), 1 refused (a file exists) or mistakes found, 2 bad input.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, scaffold, starter

EXIT_OK, EXIT_PROBLEMS = 0, 1


class _Counted(logging.Handler):
    """MkDocs' own messages, shown as `mkdocs build` shows them, and counted (warnings included:
    `mkdocs build --strict` stops on them too)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        print(f"{record.levelname:<7} -  {record.getMessage()}", file=sys.stderr)


def check(config_file: Path) -> int:
    """Settings, exercise files and exercise lines, as `mkdocs build --strict` would judge them."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException
    from mkdocs.utils import meta

    if not config_file.is_file():
        print(f"error: there is no {config_file}. Run this in your site's folder, or name its "
              "mkdocs.yml with --config.", file=sys.stderr)
        return scaffold.EXIT_USAGE
    counted = _Counted()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counted)
    try:
        config = load_config(str(config_file))
        config.plugins.on_startup(command="build", dirty=False)
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        plugin = config.plugins.get("exercises")
        if plugin is None:
            print(f"error: {config_file} does not use the exercises plugin. Add it under 'plugins:' "
                  "as '- exercises'.", file=sys.stderr)
            return EXIT_PROBLEMS
        docs = Path(config.docs_dir)
        pages = {page.relative_to(docs).as_posix() for page in docs.rglob("*.md")}
        missing = plugin.ext.library.missing_pages(pages)  # as the build does once it knows its pages
        if missing:
            print("exercises: fix these exercise definitions:\n" + "\n".join(missing), file=sys.stderr)
            return EXIT_PROBLEMS
        problems = []
        for source in sorted(docs.rglob("*.md")):
            relative = source.relative_to(docs).as_posix()
            if relative.startswith(plugin.config.definitions.strip("/") + "/"):
                continue
            text = source.read_text(encoding="utf-8-sig")
            markdown, _ = meta.get_data(text)
            offset = text[: len(text) - len(markdown)].count("\n") if text.endswith(markdown) else 0
            problems += [f"{docs.name}/{relative}:{p.line + offset}: {p.message}"
                         for p in plugin.ext.check(markdown)]
        if problems:
            print("exercises: fix the exercise lines in these pages:\n" + "\n".join(problems),
                  file=sys.stderr)
            return EXIT_PROBLEMS
    except MkDocsException as err:
        print(f"ERROR   -  {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        logger.removeHandler(counted)
    if counted.count:
        return EXIT_PROBLEMS
    print(f"No mistakes found in {config_file}, its exercise files or the exercise lines of its pages.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", "-f", type=Path, default=Path("mkdocs.yml"),
                        help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    parser = argparse.ArgumentParser(
        prog="mkdocs-exercises", description="Start lessons and exercises, and check a site's "
        "settings and exercise files without building it.")
    parser.add_argument("--version", action="version", version=f"mkdocs-exercises {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = commands.add_parser("new", help="a complete small site to start from, in a new folder")
    new.add_argument("path", type=Path, help="the new folder, e.g. my-site")
    new.add_argument("--name", help='the site\'s name (default: made from the folder\'s), e.g. '
                     '"Managing social anxiety"')
    lesson = commands.add_parser("new-lesson", parents=[common], help="a new lesson page in docs/")
    lesson.add_argument("title", help='the page title, e.g. "Setting gentle boundaries"')
    for kind in scaffold.EXERCISES:
        exercise = commands.add_parser(f"new-{kind}", parents=[common], help=f"a new {kind} file")
        exercise.add_argument("name", help="the file name without .yml, e.g. mood-check")
    commands.add_parser("check", parents=[common],
                        help="check the settings, exercise files and exercise lines, without building")
    args = parser.parse_args(argv)
    if args.command == "new":
        name = args.name or args.path.resolve().name.replace("-", " ").replace("_", " ").capitalize()
        return starter.new_site(args.path, name)
    if args.command == "check":
        return check(args.config)
    if args.command == "new-lesson":
        return scaffold.new_lesson(args.title, args.config)
    return scaffold.new_exercise(args.command.removeprefix("new-"), args.name, args.config)


if __name__ == "__main__":
    sys.exit(main())
