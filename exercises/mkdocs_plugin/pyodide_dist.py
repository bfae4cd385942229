"""The pinned Pyodide, for authors without Node: fetched once, checked, kept in the user's cache.

The version and its integrity hash are pinned here and nowhere else. The first build on a machine
downloads that version's npm package (a .tgz, by package name and version from the npm registry, as
npm itself would), checks it against the pinned sha512 and unpacks it into the user's cache folder;
every later build, online or not, uses the unpacked copy. A download that is cut short or changed
on the way fails the check and is fetched once more; a second failure stops the build in words, and
nothing unchecked is ever unpacked or served. An unpacking that was cut short has no completion
mark (written last), so it is unpacked again.

Set MKDOCS_EXERCISES_CACHE to keep the cache somewhere else (the project's Makefile keeps it in
.cache/, so `make test` from a clean clone fetches it as an author would), and npm's own
npm_config_registry to use another registry.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

VERSION = "314.0.7"
INTEGRITY = ("sha512-0YvXxEhfEdpLfb/XkM2BFAeMROq0iMUX2bzzH9pOttyMcWkwq+HbE5uyuGD82LN7y2q+SNvi/6V5JEsOlD2R1A"
             "==")
PACKAGE = "pyodide"
DEFAULT_REGISTRY = "https://registry.npmjs.org/"
DONE = ".complete"  # written last: what was unpacked, from which download
TIMEOUT = 60  # seconds without an answer before a download is given up


class FetchError(Exception):
    """Pyodide could not be had; the message is for the author, in words."""


@dataclass(frozen=True)
class Release:
    version: str = VERSION
    integrity: str = INTEGRITY

    @property
    def tarball(self) -> str:
        return f"{PACKAGE}-{self.version}.tgz"


def cache_root() -> Path:
    configured = os.environ.get("MKDOCS_EXERCISES_CACHE")
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("mkdocs-exercises"))


def registry() -> str:
    # npm's own setting, as npm reads it (its environment variables are lower case)
    url = os.environ.get("npm_config_registry") or DEFAULT_REGISTRY  # noqa: SIM112
    return url if url.endswith("/") else url + "/"


def tarball_url(release: Release) -> str:
    return f"{registry()}{PACKAGE}/-/{release.tarball}"


def matches(data: bytes, integrity: str) -> bool:
    """Whether DATA has the npm integrity string (sha512-<base64>) pinned for it."""
    algorithm, _, expected = integrity.partition("-")
    if algorithm not in {"sha512", "sha384", "sha256"}:
        return False
    return base64.b64encode(hashlib.new(algorithm, data).digest()).decode() == expected


def ensure(release: Release = Release(), root: Path | None = None, url: str | None = None,
           say: Callable[[str], None] = lambda _: None) -> Path:
    """The folder holding RELEASE's npm package, fetched and unpacked first if the cache has no
    complete copy. SAY is told when a download starts (it takes a while)."""
    root = root or cache_root()
    target = root / f"{PACKAGE}-{release.version}"
    if _complete(target, release):
        return target
    root.mkdir(parents=True, exist_ok=True)
    with _locked(root / ".lock"):
        if _complete(target, release):  # another build fetched it while this one waited
            return target
        data = _download(release, url or tarball_url(release), say)
        _unpack(data, release, target)
    return target


def cached(release: Release = Release(), root: Path | None = None) -> Path | None:
    """The folder holding RELEASE's npm package if the cache has a complete copy, else None (nothing
    is fetched: `mkdocs-exercises check` works offline before the first build)."""
    target = (root or cache_root()) / f"{PACKAGE}-{release.version}"
    return target if _complete(target, release) else None


def _complete(target: Path, release: Release) -> bool:
    try:
        done = json.loads((target / DONE).read_text())
        return done["integrity"] == release.integrity and all(
            (target / name).stat().st_size == size for name, size in done["files"].items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def _download(release: Release, url: str, say: Callable[[str], None]) -> bytes:
    say(f"Downloading Pyodide {release.version} once, for this and later builds ({url})")
    problem = ""
    for _ in range(2):  # a second try for a download cut short or damaged on the way
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as answer:  # noqa: S310 (https by default)
                data: bytes = answer.read()
        except (urllib.error.URLError, OSError, ValueError) as err:
            reason = getattr(err, "reason", None) or err
            problem = f"the download failed ({reason})"
            continue
        if matches(data, release.integrity):
            return data
        problem = (f"what arrived ({len(data):,} bytes) is not the pinned Pyodide {release.version}: "
                   "the download was cut short or changed on the way")
    raise FetchError(
        f"Pyodide {release.version} is not on this computer yet, and {problem}. Check the internet "
        f"connection and build again: it is downloaded once, from {url}, and kept in {cache_root()}. "
        "Or set pyodide_source in mkdocs.yml to a folder that holds Pyodide's npm package.")


def _unpack(data: bytes, release: Release, target: Path) -> None:
    """Unpack the checked tarball's package/ folder into TARGET, replacing any partial copy."""
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        files: dict[str, int] = {}
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            for member in archive.getmembers():
                name = member.name.removeprefix("package/")
                outside = name == member.name or name.startswith("/") or ".." in name.split("/")
                if not member.isfile() or outside:
                    continue  # only the package's own regular files, never outside the folder
                path = staging / name
                path.parent.mkdir(parents=True, exist_ok=True)
                source = archive.extractfile(member)
                assert source is not None  # a regular file always has content
                path.write_bytes(source.read())
                files[name] = member.size
        (staging / DONE).write_text(json.dumps({"integrity": release.integrity, "files": files}))
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One download at a time across processes (builds started together); no lock where the
    system has none, where the completion mark still keeps a half-written copy from being used."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def link_for_node(pyodide_dir: Path, node_modules: Path) -> None:
    """Pyodide under Node imports the npm package 'ws' as it starts. For the tests and the
    standard-library recording, which boot it under Node, link the project's own (package.json
    pins it) beside the cached copy."""
    link = pyodide_dir / "node_modules" / "ws"
    if not link.exists():
        link.parent.mkdir(exist_ok=True)
        with contextlib.suppress(FileExistsError):
            link.symlink_to((node_modules / "ws").resolve(), target_is_directory=True)


if __name__ == "__main__":  # python -m exercises.mkdocs_plugin.pyodide_dist: fetch now, print where
    print(ensure(say=print))
