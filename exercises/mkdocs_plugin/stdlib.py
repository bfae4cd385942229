"""The standard library a site ships: what the engine was seen to import, and the rest on demand.

Pyodide's own ``python_stdlib.zip`` holds the whole standard library (614 files, 2.5 MB, already
compressed). The engine imports a small part of it: the modules Pyodide loads when it starts, the
modules the exercise core imports, and those each operation of the worker protocol imports while it
runs (a CSV export loads ``csv``). Those are recorded, as Pyodide's start-up set is, by running
them: Pyodide booted under Node as the engine's worker boots it, with Python's own import log on,
imports the core and answers sample requests of every operation (stdlib_samples.py). The build
ships exactly the recorded modules in one zip, which the worker boots with
(``loadPyodide({stdLibURL})``), and the rest of the library in a second zip that no reader
downloads unless a module outside the recording is imported: the engine's finder fetches it then
(exercises/core/rest_of_library.py). A module that no recording reached is slower, never missing.

A module is shipped without its comment lines: a line that holds only a comment is left empty, so
line numbers (in tracebacks) stay as they were and the code is the same to the letter; the core's
tests inside Pyodide compare every shipped module's syntax tree with the original's.

The facts come from Pyodide and the core and are recorded in ``pyodide_stdlib.json`` beside this
file: which modules a boot loads, which the core's import and each operation load, and the lines of
each module that hold only a comment (by Python 3.14's own tokenizer). tests/unit/plugin/test_stdlib.py
records them again and compares, so a change in the core that imports something new fails there
(and in tests/pyodide/, where the core's own tests run inside Pyodide with the shipped zip) until it
is recorded. After a change of the Pyodide version, or of what the core imports, record again:

    .venv/bin/python -m exercises.mkdocs_plugin.stdlib

This module uses the standard library only: the recording imports it inside Pyodide too.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import tokenize
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

RECORD = Path(__file__).resolve().with_name("pyodide_stdlib.json")
RECORDER = Path(__file__).resolve().with_name("record_stdlib.mjs")
#: Where Pyodide puts its standard library in its own file system (Python 3.14).
ZIP_IN_PYODIDE = "/lib/python314.zip"
_EPOCH = (1980, 1, 1, 0, 0, 0)


# ---- reading the library ----------------------------------------------------------------------

def module_name(path: str) -> tuple[str, bool] | None:
    """``email/utils.py`` -> ("email.utils", False); ``email/__init__.py`` -> ("email", True)."""
    if not path.endswith(".py"):
        return None
    parts = path[:-3].split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return (".".join(parts), is_package) if parts else None


_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=]")


def comment_lines(source: bytes) -> list[int | list[int]]:
    """The lines of SOURCE that hold nothing but a comment (and spaces), as line numbers and
    [first, last] runs; never an encoding declaration (it tells Python how to read the file)."""
    lines = source.split(b"\n")
    found: list[int] = []
    encoding = "utf-8"
    for token in tokenize.tokenize(io.BytesIO(source).readline):
        if token.type == tokenize.ENCODING:
            encoding = token.string
        if token.type != tokenize.COMMENT:
            continue
        row, column = token.start
        before = lines[row - 1].decode(encoding)[:column]  # columns count characters
        if before.strip() or (row <= 2 and _CODING.match(lines[row - 1])):
            continue  # code before it on its line (the end of a string, say), or the encoding
        found.append(row)
    runs: list[int | list[int]] = []
    for row in found:
        last = runs[-1] if runs else None
        if isinstance(last, list) and last[1] == row - 1:
            last[1] = row
        elif isinstance(last, int) and last == row - 1:
            runs[-1] = [last, row]
        else:
            runs.append(row)
    return runs


def zip_comments(archive: zipfile.ZipFile) -> dict[str, list[int | list[int]]]:
    """For every module in a standard-library zip, its comment lines (run inside Pyodide)."""
    return {n[0]: comment_lines(archive.read(path)) for path in sorted(archive.namelist())
            if (n := module_name(path))}


def without_comments(source: bytes, runs: Iterable[int | list[int]]) -> bytes:
    """SOURCE with the lines RUNS names left empty (the line breaks stay)."""
    lines = source.split(b"\n")
    for run in runs:
        first, last = (run, run) if isinstance(run, int) else run
        for row in range(first, last + 1):
            lines[row - 1] = b""
    return b"\n".join(lines)


# ---- the recorded facts -------------------------------------------------------------------------

#: The step of the recording that imports the core, beside the operations' names.
CORE_IMPORT = "(import of the core)"


@dataclass(frozen=True)
class Record:
    pyodide: str
    zip_sha256: str
    startup: tuple[str, ...]
    #: The modules each step imported first, in the order recorded: the core's import, then each
    #: operation (a module two operations use is listed under the first).
    operations: Mapping[str, list[str]]
    comments: Mapping[str, list[int | list[int]]]

    @property
    def shipped(self) -> set[str]:
        return {*self.startup, *(name for names in self.operations.values() for name in names)}


def load_record(path: Path = RECORD) -> Record:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Record(data["pyodide"], data["python_stdlib_sha256"], tuple(data["startup"]),
                  data["operations"], data["comment_lines"])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_mismatch(record: Record, version: str, full_zip: bytes) -> str | None:
    """Why the recorded facts do not describe this copy of Pyodide (None when they do)."""
    if record.pyodide != version:
        return f"they were recorded for Pyodide {record.pyodide}, and this site uses {version}"
    if record.zip_sha256 != sha256(full_zip):
        return f"this copy of Pyodide {version} has a python_stdlib.zip other than the one recorded"
    return None


# ---- the zips the site ships --------------------------------------------------------------------

@dataclass(frozen=True)
class Library:
    data: bytes
    modules: tuple[str, ...]  # sorted module names

    @property
    def digest(self) -> str:
        return sha256(self.data)


@dataclass(frozen=True)
class SiteLibrary:
    """What the engine boots with, and the rest of the library, fetched only on a miss."""

    shipped: Library
    rest: Library

    def rest_index(self) -> bytes:
        """The names of the rest's modules (JSON), which the engine's finder reads on a miss before
        it decides to fetch the rest: a name in neither zip is no reason for a download."""
        return json.dumps(list(self.rest.modules), separators=(",", ":")).encode()


def _zip(full: zipfile.ZipFile, paths: Mapping[str, str], names: Iterable[str], record: Record) -> Library:
    """A zip of the modules NAMES (from FULL, without comment lines), the same bytes for the same
    inputs."""
    buffer = io.BytesIO()
    chosen = sorted(names)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name in sorted(chosen, key=paths.__getitem__):
            entry = zipfile.ZipInfo(paths[name], date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            # The level given here: an entry's own ZipInfo does not take the archive's.
            out.writestr(entry, without_comments(full.read(paths[name]), record.comments.get(name, ())),
                         compresslevel=9)
    return Library(buffer.getvalue(), tuple(chosen))


def split(full_zip: bytes, record: Record) -> SiteLibrary:
    """The recorded modules (and the packages they are in) in one zip, every other one in another."""
    with zipfile.ZipFile(io.BytesIO(full_zip)) as full:
        paths = {named[0]: path for path in full.namelist() if (named := module_name(path))}
        keep = {name for name in paths if name in record.shipped}
        for name in list(keep):  # a module's packages, should a recording ever leave one out
            parts = name.split(".")
            keep.update(p for end in range(1, len(parts)) if (p := ".".join(parts[:end])) in paths)
        return SiteLibrary(_zip(full, paths, keep, record), _zip(full, paths, set(paths) - keep, record))


_cache: dict[tuple[str, str], SiteLibrary] = {}


def site_library(pyodide_dir: Path, version: str) -> tuple[SiteLibrary | None, str | None]:
    """The two zips for this Pyodide, or (None, why not). Kept between builds of one `mkdocs serve`
    session."""
    full = (pyodide_dir / "python_stdlib.zip").read_bytes()
    record = load_record()
    problem = record_mismatch(record, version, full)
    if problem:
        return None, problem
    key = (record.zip_sha256, sha256(RECORD.read_bytes()))
    if key not in _cache:
        _cache[key] = split(full, record)
    return _cache[key], None


# ---- recording (maintainers, after a change of Pyodide version or of the core's imports) --------

def record(pyodide_dir: Path, core_dir: Path, node_modules: Path = Path("node_modules")
           ) -> dict[str, object]:
    """Boot Pyodide under Node as the engine's worker does and read its start-up modules, the
    modules the core's import (its phrase tables too) and each operation load (sample requests:
    stdlib_samples.py) and the comment lines of its whole standard library (see
    record_stdlib.mjs). CORE_DIR: the core's wheel and tables (exercises/wheel.py, write_core).
    NODE_MODULES: the project's npm packages, which hold the 'ws' package Pyodide imports under
    Node."""
    import shutil
    import subprocess
    import tempfile

    from .pyodide_dist import link_for_node
    from .stdlib_samples import requests

    node = shutil.which("node")
    if node is None:
        raise SystemExit("Node.js is needed to record what Pyodide loads.")
    link_for_node(pyodide_dir, node_modules)
    with tempfile.TemporaryDirectory() as tmp:
        samples = Path(tmp) / "requests.json"
        samples.write_text(json.dumps(requests()), encoding="utf-8")
        run = subprocess.run([node, str(RECORDER), str(pyodide_dir.resolve()), str(core_dir.resolve()),
                              str(Path(__file__).resolve()), str(samples), CORE_IMPORT],
                             capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"recording failed:\n{run.stdout}\n{run.stderr}")
    found = json.loads(run.stdout)
    version = json.loads((pyodide_dir / "package.json").read_text())["version"]
    return {"pyodide": version,
            "python_stdlib_sha256": sha256((pyodide_dir / "python_stdlib.zip").read_bytes()),
            "recorded_with": "python -m exercises.mkdocs_plugin.stdlib",
            "startup": found["startup"], "operations": found["operations"],
            "comment_lines": found["comment_lines"]}


def write_record(data: Mapping[str, object], path: Path = RECORD) -> None:
    """JSON with one line per module or operation, so a new Pyodide or a new import in the core
    shows as a readable diff."""
    tables = ("operations", "comment_lines")
    lines = [f" {json.dumps(key)}: {json.dumps(value)}," for key, value in sorted(data.items())
             if key not in tables]
    for key in tables:
        table: Mapping[str, object] = data[key]  # type: ignore[assignment]
        lines.append(f" {json.dumps(key)}: {{")
        names = list(table) if key == "operations" else sorted(table)  # operations: in recorded order
        lines += [f"  {json.dumps(name)}: {json.dumps(table[name], separators=(',', ':'))},"
                  for name in names]
        lines[-1] = lines[-1].rstrip(",")
        lines.append(" },")
    lines[-1] = lines[-1].rstrip(",")
    path.write_text("{\n" + "\n".join(lines) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    import sys
    import tempfile

    from ..wheel import write_core
    from .pyodide_dist import ensure

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ensure(say=print)
    with tempfile.TemporaryDirectory() as tmp:
        write_core(Path(tmp))
        recorded = record(source, Path(tmp))
    write_record(recorded)
    operations: Mapping[str, list[str]] = recorded["operations"]  # type: ignore[assignment]
    print(f"{RECORD}: {len(recorded['startup'])} start-up modules; "  # type: ignore[arg-type]
          + "; ".join(f"{step}: {len(names)} more" for step, names in operations.items() if names))
