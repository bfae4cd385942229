"""Before a release is published: is it the release the tag says, of this repository, and whole?

    python .ci/release_check.py TAG OWNER/REPOSITORY [DIST_FOLDER]

TAG must be "v" and the package's version (exercises/__init__.py); the addresses in pyproject.toml's
[project.urls] must be OWNER/REPOSITORY's (on GitHub, and its Pages site for the guide); and each
file in DIST_FOLDER (the sdist and the wheel) must hold what an author's install needs: the guide,
the country lists, the starter, the theme and the runtime. Prints each problem and exits 1, or
prints what it checked and exits 0. Run by .github/workflows/release.yml; tested by
tests/content/test_release.py.
"""

from __future__ import annotations

import re
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What every distribution must hold (paths inside the package), so `pip install` gives an author
# the whole generator: the guide it opens offline, the checked services, the starter, the theme.
NEEDED = ("exercises/guide/mkdocs.yml", "exercises/guide/hooks.py", "exercises/guide/docs/authors/errors.md",
          "exercises/countries/IE.yml", "exercises/starter_site/mkdocs.yml",
          "exercises/starter_site_es/mkdocs.yml",
          "exercises/starter_site/github/workflows/pages.yml", "exercises/theme/exercises/main.html",
          "exercises/assets/runtime.js", "exercises/schemas/questionnaire.schema.json",
          "exercises/mkdocs_plugin/pyodide_stdlib.json")


def version() -> str:
    text = (ROOT / "exercises" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    assert found, "exercises/__init__.py has no __version__"
    return found.group(1)


def problems(tag: str, repository: str, pyproject: dict, package_version: str) -> list[str]:
    found = []
    if tag != f"v{package_version}":
        found.append(f"the tag is {tag}, but the package's version is {package_version}: tag the commit "
                     f"v{package_version}, or change __version__ in exercises/__init__.py first")
    owner, _, name = repository.partition("/")
    urls = pyproject.get("project", {}).get("urls", {})
    expected = {"Repository": f"https://github.com/{repository}",
                "Documentation": f"https://{owner.lower()}.github.io/{name}/guide/"}
    for key, address in expected.items():
        if urls.get(key) != address:
            found.append(f"[project.urls] {key} in pyproject.toml is {urls.get(key)!r}, not {address!r}: "
                         "the package index would send readers of the release elsewhere")
    return found


def members(dist: Path) -> set[str]:
    """The package's files in a wheel or an sdist, as paths starting with exercises/."""
    if dist.suffix == ".whl":
        with zipfile.ZipFile(dist) as wheel:
            return set(wheel.namelist())
    with tarfile.open(dist) as sdist:
        return {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}


def incomplete(folder: Path, package_version: str) -> list[str]:
    found = []
    dists = sorted(folder.glob(f"mkdocs_exercises-{package_version}*"))
    kinds = {d.suffix for d in dists} | {".tar.gz" for d in dists if d.name.endswith(".tar.gz")}
    for kind in (".whl", ".tar.gz"):
        if kind not in kinds:
            found.append(f"{folder} has no {kind} of version {package_version}")
    for dist in dists:
        missing = [path for path in NEEDED if path not in members(dist)]
        if missing:
            found.append(f"{dist.name} lacks {', '.join(missing)}: check [tool.setuptools.package-data]")
    return found


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    package_version = version()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = problems(argv[0], argv[1], pyproject, package_version)
    if len(argv) == 3:
        found += incomplete(Path(argv[2]), package_version)
    for problem in found:
        print(f"release: {problem}", file=sys.stderr)
    if not found:
        print(f"release: {argv[0]} is version {package_version} of {argv[1]}"
              + (", and its distributions hold the whole generator" if len(argv) == 3 else ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
