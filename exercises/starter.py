"""A complete small site to start from (the `mkdocs-exercises new PATH` command, cli.py).

The starter builds with `mkdocs build --strict` as it is: settings with safe defaults (Material
without web fonts, the help services every site needs, a reading-grade check), a home page, a
lesson with a practice, a check-in questionnaire, a thought record, the journal, get help,
relationship safety, privacy, a GitHub Pages workflow and a README with its two commands. What the
author must replace is marked REPLACE; the crisis services are real but for one country.

Its files live in starter_site/ beside this module. The questionnaire and the practice are written
from the same templates as `new-questionnaire` and `new-worksheet` (scaffold.py), and every exercise
file names the site's own copy of its editor schema, in schemas/.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import __version__, scaffold

FILES = Path(__file__).resolve().parent / "starter_site"
# Files kept without their leading dot in the package (package data skips hidden paths).
RENAMED = {"gitignore": ".gitignore", "github": ".github"}
# The exercises written from the scaffold's templates: (kind, name).
FROM_TEMPLATES = (("questionnaire", "check-in"), ("worksheet", "first-practice"))
OTHER_SCHEMAS = ("thought_record.schema.json", "journal.schema.json")
EXIT_OK, EXIT_EXISTS, EXIT_USAGE = 0, 1, 2
DISTRIBUTION = "mkdocs-exercises"


def _destination(relative: Path) -> Path:
    first, *rest = relative.parts
    return Path(RENAMED.get(first, first), *rest)


def requirement(direct_url: dict[str, Any] | None) -> str:
    """The requirements.txt line that installs this package as it was installed here, so the site's
    publishing workflow gets the same one. DIRECT_URL: pip's record of where it came from
    (direct_url.json, PEP 610), None for the package index. A Git repository or an archive on the
    web is named as it was; a folder on this computer cannot be reached from elsewhere, so the
    version is pinned instead (and the file says what to write)."""
    url = str((direct_url or {}).get("url", ""))
    if url.startswith(("https://", "http://", "ssh://", "git@")):
        vcs = (direct_url or {}).get("vcs_info") or {}
        if vcs.get("vcs") == "git":
            commit = vcs.get("commit_id")
            return f"{DISTRIBUTION} @ git+{url}" + (f"@{commit}" if commit else "")
        if "archive_info" in (direct_url or {}):
            return f"{DISTRIBUTION} @ {url}"
    return f"{DISTRIBUTION}=={__version__}"


def installed_from() -> dict[str, Any] | None:
    try:
        text = importlib.metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
        found = json.loads(text) if text else None
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _filled(text: str, name: str, requirement_line: str) -> str:
    # site_name sits in double quotes in mkdocs.yml: JSON's escaping is YAML's there too.
    return (text.replace('"@SITE_NAME@"', json.dumps(name, ensure_ascii=False))
            .replace("@SITE_NAME@", name).replace("@REQUIREMENT@", requirement_line))


def new_site(path: Path, name: str) -> int:
    name = " ".join(name.split())
    if not name:
        print('error: give the site a name, for example\n  mkdocs-exercises new my-site '
              '--name "Managing social anxiety"', file=sys.stderr)
        return EXIT_USAGE
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        print(f"error: {path} already exists and is not an empty folder; nothing was changed. Name a "
              "new folder.", file=sys.stderr)
        return EXIT_EXISTS
    requirement_line = requirement(installed_from())
    for source in sorted(FILES.rglob("*")):
        if source.is_file() and "__pycache__" not in source.parts:
            target = path / _destination(source.relative_to(FILES))
            target.parent.mkdir(parents=True, exist_ok=True)
            text = _filled(source.read_text(encoding="utf-8"), name, requirement_line)
            target.write_text(text, encoding="utf-8")
    config = path / "mkdocs.yml"
    _, definitions = scaffold.read_settings(config)
    for kind, exercise in FROM_TEMPLATES:
        scaffold.write_exercise(kind, exercise, definitions / f"{exercise}.yml", config)
    for schema in OTHER_SCHEMAS:
        scaffold.site_schema(scaffold.SCHEMA.parent / schema, config)
    shown = os.path.relpath(path)
    print(f"Created the site {name!r} in {shown}. Next:")
    print(f"  cd {shown}")
    print("  mkdocs serve    # preview at http://127.0.0.1:8000")
    print("Then replace what is marked REPLACE, first the crisis resources in mkdocs.yml "
          "(see README.md).")
    return EXIT_OK
