"""The standard library a site ships: only what the exercise engine can import.

Pyodide's own ``python_stdlib.zip`` holds the whole standard library (614 files, 2.5 MB, already
compressed). The engine can only ever import part of it: the modules Pyodide loads when it starts,
and every module the exercise core can reach by import. The build writes a zip of just those, and
the engine's worker boots with it (``loadPyodide({stdLibURL})``).

Conservative by design. Every import statement counts: at the top of a module or inside a
function, a class, an ``if`` or a ``try`` (an import that is only tried is shipped all the same), and
so does ``__import__("name")`` or ``importlib.import_module("name")`` with a written name;
``from package import name`` ships ``package.name`` when that is a module; ``from package import *``
ships every module of the package. Each module reached is followed in turn. Not followed: imports by
a name computed while the program runs (a codec looked up by name, ``sysconfig``'s data module). The
core must not rely on those; the core's tests, run inside Pyodide against this zip, fail when one of
them does (tests/pyodide/test_core_in_pyodide.py).

Each module is shipped without its comment lines: a line that holds only a comment is left empty,
so line numbers (in tracebacks) stay as they were, and the code is the same to the letter; the
core's tests inside Pyodide compare every shipped module's syntax tree with the original's.

Three facts come from Pyodide itself and are recorded once per Pyodide version, in
``pyodide_stdlib.json`` beside this file: which modules a boot loads (Pyodide booted under Node as the
engine's worker boots it, with Python's own import log on), the imports of every module in its
``python_stdlib.zip`` (read by Python 3.14's own parser, inside Pyodide, so new syntax is read
exactly) and the lines of each that hold only a comment (by Python 3.14's own tokenizer).
tests/unit/plugin/test_stdlib.py records them again and compares, so none can drift. After a change of the
Pyodide version, record again:

    .venv/bin/python -m exercises.mkdocs_plugin.stdlib

This module uses the standard library only: the recording imports it inside Pyodide too.
"""

from __future__ import annotations

import ast
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


# ---- reading imports ----------------------------------------------------------------------------

def module_name(path: str) -> tuple[str, bool] | None:
    """``email/utils.py`` -> ("email.utils", False); ``email/__init__.py`` -> ("email", True)."""
    if not path.endswith(".py"):
        return None
    parts = path[:-3].split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return (".".join(parts), is_package) if parts else None


def _absolute(module: str | None, level: int, package: str) -> str | None:
    if level == 0:
        return module
    parts = package.split(".") if package else []
    if level - 1 > len(parts):
        return None  # beyond the top of the package: an error at run time, nothing to ship
    base = parts[: len(parts) - (level - 1)]
    return ".".join(base + ([module] if module else [])) or None


def _imports_by_name(func: ast.expr) -> bool:
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name in ("__import__", "import_module")


def imports_in(source: str | bytes, module: str, is_package: bool) -> list[str]:
    """Every name SOURCE (the module MODULE) may import, made absolute, as written: ``a.b`` for
    ``import a.b``; ``a`` and ``a.x`` for ``from a import x`` (``x`` may be a module or a name);
    ``a.*`` for ``from a import *``. Wherever the statement is: a function, a class, a try."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            if base is not None:
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call) and _imports_by_name(node.func) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and node.args[0].value and not node.args[0].value.startswith(".")):
            found.add(node.args[0].value)
    return sorted(found)


def zip_graph(archive: zipfile.ZipFile) -> dict[str, list[str]]:
    """For every module in a standard-library zip, the modules of that zip it imports (run inside
    Pyodide when recording): each name read by imports_in, as the longest part of it that is a
    module of the zip (``os.path`` is ``os``; ``sys`` is built in, so nothing)."""
    named = {path: n for path in archive.namelist() if (n := module_name(path))}
    modules = {name for name, _ in named.values()}
    packages = {name for name, is_package in named.values() if is_package}

    def in_zip(name: str) -> str | None:
        if name.endswith(".*"):
            return name if name[:-2] in packages else in_zip(name[:-2])
        parts = name.split(".")
        for end in range(len(parts), 0, -1):
            if ".".join(parts[:end]) in modules:
                return ".".join(parts[:end])
        return None

    graph: dict[str, list[str]] = {}
    for path, (name, is_package) in sorted(named.items(), key=lambda item: item[1][0]):
        found = {m for imported in imports_in(archive.read(path), name, is_package)
                 if (m := in_zip(imported)) and m != name}
        graph[name] = sorted(found)
    return graph


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


# ---- the closure --------------------------------------------------------------------------------

def closure(modules: Mapping[str, str], graph: Mapping[str, Iterable[str]], roots: Iterable[str]
            ) -> set[str]:
    """The modules of MODULES (name -> path in the zip) reachable from ROOTS through GRAPH. A name
    ships its packages too (``a.b.c`` needs ``a`` and ``a.b``); names that are not in the zip (built
    into Pyodide, or a name imported from a module) ship nothing."""
    packages = {name for name, path in modules.items() if path.endswith("/__init__.py")}
    shipped: set[str] = set()
    todo: list[str] = []

    def reach(name: str) -> None:
        if name.endswith(".*"):
            package = name[:-2]
            reach(package)
            if package in packages:
                for other in modules:
                    if other.rpartition(".")[0] == package:
                        reach(other)
            return
        parts = name.split(".")
        for end in range(1, len(parts) + 1):
            prefix = ".".join(parts[:end])
            if prefix in modules and prefix not in shipped:
                shipped.add(prefix)
                todo.append(prefix)

    for root in roots:
        reach(root)
    while todo:
        for name in graph.get(todo.pop(), ()):
            reach(name)
    return shipped


# ---- the recorded facts -------------------------------------------------------------------------

@dataclass(frozen=True)
class Record:
    pyodide: str
    zip_sha256: str
    startup: tuple[str, ...]
    graph: Mapping[str, list[str]]
    comments: Mapping[str, list[int | list[int]]]


def load_record(path: Path = RECORD) -> Record:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Record(data["pyodide"], data["python_stdlib_sha256"], tuple(data["startup"]), data["imports"],
                  data["comment_lines"])


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_mismatch(record: Record, version: str, full_zip: bytes) -> str | None:
    """Why the recorded facts do not describe this copy of Pyodide (None when they do)."""
    if record.pyodide != version:
        return f"they were recorded for Pyodide {record.pyodide}, and this site uses {version}"
    if record.zip_sha256 != sha256(full_zip):
        return f"this copy of Pyodide {version} has a python_stdlib.zip other than the one recorded"
    return None


# ---- the zip the site ships ---------------------------------------------------------------------

@dataclass(frozen=True)
class Library:
    data: bytes
    modules: tuple[str, ...]  # sorted module names

    @property
    def digest(self) -> str:
        return sha256(self.data)


def core_roots(core_files: Mapping[str, bytes]) -> set[str]:
    """What the core's own files import (paths as in the wheel: ``exercises/core/api.py``)."""
    roots: set[str] = set()
    for path, source in core_files.items():
        named = module_name(path)
        if named:
            roots.update(imports_in(source, *named))
    return roots


def trimmed(full_zip: bytes, record: Record, core_files: Mapping[str, bytes]) -> Library:
    """A standard-library zip with Pyodide's start-up modules and everything the core can import,
    byte-for-byte the same for the same inputs."""
    with zipfile.ZipFile(io.BytesIO(full_zip)) as full:
        modules = {named[0]: path for path in full.namelist() if (named := module_name(path))}
        keep = closure(modules, record.graph, [*record.startup, *core_roots(core_files)])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
            for name in sorted(keep, key=modules.__getitem__):
                entry = zipfile.ZipInfo(modules[name], date_time=_EPOCH)
                entry.external_attr = 0o644 << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(entry, without_comments(full.read(modules[name]), record.comments.get(name, ())))
    return Library(buffer.getvalue(), tuple(sorted(keep)))


_cache: dict[tuple[str, str, str], Library] = {}


def site_library(pyodide_dir: Path, version: str, core_files: Mapping[str, bytes]
                 ) -> tuple[Library | None, str | None]:
    """The trimmed library for this Pyodide and core, or (None, why not). Kept between builds of
    one `mkdocs serve` session."""
    full = (pyodide_dir / "python_stdlib.zip").read_bytes()
    record = load_record()
    problem = record_mismatch(record, version, full)
    if problem:
        return None, problem
    key = (record.zip_sha256, sha256(json.dumps(sorted(core_roots(core_files))).encode()),
           sha256(RECORD.read_bytes()))
    if key not in _cache:
        _cache[key] = trimmed(full, record, core_files)
    return _cache[key], None


# ---- recording (maintainers, after a change of Pyodide version) -------------------------------

def record(pyodide_dir: Path, wheel: Path, node_modules: Path = Path("node_modules")
           ) -> dict[str, object]:
    """Boot Pyodide under Node as the engine's worker does and read its start-up modules and the
    imports of its whole standard library (see record_stdlib.mjs). NODE_MODULES: the project's
    npm packages, which hold the 'ws' package Pyodide imports under Node."""
    import shutil
    import subprocess

    from .pyodide_dist import link_for_node

    node = shutil.which("node")
    if node is None:
        raise SystemExit("Node.js is needed to record what Pyodide loads.")
    link_for_node(pyodide_dir, node_modules)
    run = subprocess.run([node, str(RECORDER), str(pyodide_dir.resolve()), str(wheel.resolve()),
                          str(Path(__file__).resolve())], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"recording failed:\n{run.stdout}\n{run.stderr}")
    found = json.loads(run.stdout)
    version = json.loads((pyodide_dir / "package.json").read_text())["version"]
    return {"pyodide": version,
            "python_stdlib_sha256": sha256((pyodide_dir / "python_stdlib.zip").read_bytes()),
            "recorded_with": "python -m exercises.mkdocs_plugin.stdlib",
            "startup": found["startup"], "imports": found["imports"],
            "comment_lines": found["comment_lines"]}


def write_record(data: Mapping[str, object], path: Path = RECORD) -> None:
    """JSON with one line per module, so a new Pyodide shows as a readable diff."""
    tables = ("comment_lines", "imports")
    lines = [f" {json.dumps(key)}: {json.dumps(value)}," for key, value in sorted(data.items())
             if key not in tables]
    for key in tables:
        table: Mapping[str, object] = data[key]  # type: ignore[assignment]
        lines.append(f" {json.dumps(key)}: {{")
        lines += [f"  {json.dumps(name)}: {json.dumps(table[name], separators=(',', ':'))},"
                  for name in sorted(table)]
        lines[-1] = lines[-1].rstrip(",")
        lines.append(" },")
    lines[-1] = lines[-1].rstrip(",")
    path.write_text("{\n" + "\n".join(lines) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    import sys
    import tempfile

    from ..wheel import build_core_wheel
    from .pyodide_dist import ensure

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ensure(say=print)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_core_wheel()
        (Path(tmp) / wheel.filename).write_bytes(wheel.data)
        recorded = record(source, Path(tmp) / wheel.filename)
    write_record(recorded)
    print(f"{RECORD}: {len(recorded['startup'])} start-up modules, "  # type: ignore[arg-type]
          f"imports of {len(recorded['imports'])} modules")  # type: ignore[arg-type]
