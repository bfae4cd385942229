"""The line of a site's requirements.txt that installs mkdocs-exercises, for the site's publishing
workflow (GitHub's runner installs from it, in a fresh machine).

Written by `mkdocs-exercises new` from how the package was installed on the author's computer (pip's
record, direct_url.json, PEP 610):

- from a package index: the version, `mkdocs-exercises==0.7.0`;
- from a Git repository: its address and the commit installed, `mkdocs-exercises @ git+https://...@<commit>`;
- from an archive on the web: its address;
- from a folder (or a file) on this computer, which the runner cannot reach: the folder's address, so
  the author's own `pip install -r requirements.txt` works, and the build (so `check` and
  `mkdocs build --strict`) refuses it until it is replaced, with the exact line to write: the
  folder's Git remote and commit when it is a Git checkout with one, else the version from the index.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from . import __version__

DISTRIBUTION = "mkdocs-exercises"
INDEX = "the package index (PyPI)"
_NAME = re.compile(r"^\s*mkdocs[-_.]exercises\b", re.IGNORECASE)
# "mkdocs-exercises @ file:///home/you/clone", or a path: "./clone", "-e ..", "/home/you/clone", "C:\\clone".
_ON_THIS_COMPUTER = re.compile(r"@\s*(file:\S+)"
                               r"|^\s*(?:-e\s+)?((?:\.{1,2}|~)?/\S*|\.{1,2}(?=\s|$)|[A-Za-z]:\\\S*)")


@dataclass(frozen=True)
class Requirement:
    line: str  # the requirements.txt line
    source: str  # "index", "git", "archive" or "folder"
    sentence: str  # the new site's README says which, in one sentence


def installed_from() -> dict[str, Any] | None:
    """pip's record of where this package came from; None for a package index (or no record)."""
    try:
        text = importlib.metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
        found = json.loads(text) if text else None
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def requirement(direct_url: dict[str, Any] | None) -> Requirement:
    """The requirements.txt line that installs this package as it was installed here."""
    url = str((direct_url or {}).get("url", ""))
    vcs = (direct_url or {}).get("vcs_info") or {}
    if direct_url and url.startswith(("https://", "http://", "ssh://", "git@")):
        if vcs.get("vcs") == "git":
            commit = vcs.get("commit_id")
            line = f"{DISTRIBUTION} @ git+{url}" + (f"@{commit}" if commit else "")
            at = (f", at the commit that was installed when this site was made ({commit[:12]})" if commit
                  else "")
            return Requirement(line, "git", f"`requirements.txt` installs mkdocs-exercises from its Git "
                                            f"repository, {url}{at}.")
        return Requirement(f"{DISTRIBUTION} @ {url}", "archive",
                           f"`requirements.txt` installs mkdocs-exercises from {url}, the file it was "
                           "installed from when this site was made.")
    if direct_url and url:
        return Requirement(f"{DISTRIBUTION} @ {url}", "folder",
                           "`requirements.txt` names the folder on your computer that mkdocs-exercises "
                           "was installed from, which GitHub cannot reach: replace that line before you "
                           "publish (`mkdocs-exercises check` says with what).")
    return Requirement(f"{DISTRIBUTION}=={__version__}", "index",
                       f"`requirements.txt` installs mkdocs-exercises {__version__} from {INDEX}, the "
                       "version that was installed when this site was made.")


def on_this_computer(line: str) -> str | None:
    """The folder or file a requirements.txt LINE installs mkdocs-exercises from, when it is on
    this computer (a file: address or a path); None for anything a runner can reach."""
    stripped = line.split(" #", 1)[0].strip()
    if not stripped or stripped.startswith("#"):
        return None
    match = _ON_THIS_COMPUTER.search(stripped)
    if not match:
        return None
    if match.group(1):
        return unquote(urlsplit(match.group(1)).path) or match.group(1)
    # A bare path installs whatever package is there; only this one's folder matters here.
    return match.group(2) if _NAME.match(stripped) or _is_this_package(Path(match.group(2))) else None


def _is_this_package(folder: Path) -> bool:
    with contextlib.suppress(OSError):
        return f'name = "{DISTRIBUTION}"' in (folder / "pyproject.toml").read_text(encoding="utf-8")
    return False


def replacement(folder: Path) -> str:
    """The line to write instead of one naming FOLDER: its Git remote at its commit, when FOLDER is a
    Git checkout with one; else this version from the package index."""
    remote = _git(folder, "remote", "get-url", "origin")
    commit = _git(folder, "rev-parse", "HEAD")
    reachable = remote and re.match(r"(https?://|ssh://|[\w.-]+@[\w.-]+:)", remote)
    if reachable and commit and re.fullmatch(r"[0-9a-f]{40}", commit):
        return f"{DISTRIBUTION} @ git+{_https(remote)}@{commit}"
    return f"{DISTRIBUTION}=={__version__}"


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                              timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def _https(remote: str) -> str:
    """git@github.com:you/repo.git -> https://github.com/you/repo.git (a runner has no SSH key)."""
    scp = re.fullmatch(r"[\w.-]+@([\w.-]+):(.+)", remote)
    if scp:
        return f"https://{scp.group(1)}/{scp.group(2)}"
    if remote.startswith("ssh://"):
        parts = urlsplit(remote)
        return f"https://{parts.hostname}{parts.path}"
    return remote


def problems(requirements: Path) -> list[str]:
    """For a site's requirements.txt: each line that installs mkdocs-exercises from this computer,
    with the line to write instead."""
    try:
        lines = requirements.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    found = []
    for number, line in enumerate(lines, start=1):
        folder = on_this_computer(line)
        if folder is None:
            continue
        instead = replacement(Path(folder).expanduser())
        index = (" (the version from the package index; if it is not there yet, use the Git address "
                 "of the repository you got mkdocs-exercises from, with '@' and a tag or commit)"
                 if "==" in instead else " (that commit must be pushed to that repository)")
        found.append(f"{requirements.name}:{number}: '{line.strip()}' installs mkdocs-exercises from a "
                     f"folder on this computer, which the publishing workflow cannot reach, so the "
                     f"site would not build there. Replace the line with: {instead}{index}")
    return found
