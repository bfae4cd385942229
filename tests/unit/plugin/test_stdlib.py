"""The standard library the site ships (exercises/mkdocs_plugin/stdlib.py): what it holds, the facts
recorded from Pyodide that it is computed from, and the option that turns it off.

The proof that nothing the core needs is missing is tests/pyodide/test_core_in_pyodide.py (the core's whole
suite inside Pyodide booted with this zip); the browser tests use it too.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from kit.project import tiny_settings
from kit.site import PYODIDE, build_site

from exercises.mkdocs_plugin import stdlib
from exercises.wheel import build_core_wheel, core_files

VERSION = json.loads((PYODIDE / "package.json").read_text())["version"]


# ---- reading imports, conservatively ------------------------------------------------------------

SOURCE = '''
import os.path, json as j
from collections import abc, OrderedDict
from . import sibling
from .. import cousin
from .inner import thing
import not_at_the_top_but_at_module_level
try:
    import _speedups
except ImportError:
    _speedups = None

def late():
    import csv
    from email import utils
    importlib.import_module("decimal")
    __import__("fractions")
    __import__(name_made_at_run_time)

class Holder:
    if True:
        from xml import *
'''


def test_every_import_counts_wherever_it_is_written() -> None:
    found = stdlib.imports_in(SOURCE, "pkg.sub.mod", is_package=False)
    assert found == sorted([
        "os.path", "json", "collections", "collections.abc", "collections.OrderedDict",
        "pkg.sub", "pkg.sub.sibling", "pkg", "pkg.cousin", "pkg.sub.inner", "pkg.sub.inner.thing",
        "not_at_the_top_but_at_module_level", "_speedups", "csv", "email", "email.utils", "decimal",
        "fractions", "xml", "xml.*"])


def test_a_packages_relative_imports_start_from_the_package_itself() -> None:
    assert stdlib.imports_in("from . import a\nfrom .b import c\n", "pkg", is_package=True) == [
        "pkg", "pkg.a", "pkg.b", "pkg.b.c"]


def test_the_closure_follows_imports_packages_and_stars() -> None:
    modules = {"a": "a.py", "b": "b/__init__.py", "b.c": "b/c.py", "b.d": "b/d.py", "e": "e.py",
               "unused": "unused.py", "x": "x/__init__.py", "x.y": "x/y.py"}
    graph = {"a": ["b.c"], "b.c": ["e"], "e": ["x.*"], "unused": ["a"]}
    assert stdlib.closure(modules, graph, ["a", "sys"]) == {"a", "b", "b.c", "e", "x", "x.y"}


COMMENTED = (b"# -*- coding: utf-8 -*-\n# one\n    # two\nx = 1  # kept: code before it\n"
             b's = """text\n# inside a string, not a comment\n"""  # kept too\n# three\ny = 2\n')


def test_comment_lines_are_lines_with_only_a_comment_never_the_encoding_or_a_string() -> None:
    assert stdlib.comment_lines(COMMENTED) == [[2, 3], 8]
    stripped = stdlib.without_comments(COMMENTED, [[2, 3], 8])
    assert stripped == (b"# -*- coding: utf-8 -*-\n\n\nx = 1  # kept: code before it\n"
                        b's = """text\n# inside a string, not a comment\n"""  # kept too\n\ny = 2\n')


# ---- the recorded facts -------------------------------------------------------------------------

def test_the_recorded_facts_are_what_this_pyodide_says_today(tmp_path: Path) -> None:
    """Boots Pyodide under Node as the worker does and reads its whole library again."""
    if shutil.which("node") is None:
        pytest.fail("Node is needed: make test installs everything.")
    wheel = build_core_wheel()
    (tmp_path / wheel.filename).write_bytes(wheel.data)
    fresh = stdlib.record(PYODIDE, tmp_path / wheel.filename)
    recorded = json.loads(stdlib.RECORD.read_text())
    hint = "record again: .venv/bin/python -m exercises.mkdocs_plugin.stdlib"
    assert recorded["pyodide"] == fresh["pyodide"] == VERSION, hint
    assert recorded["python_stdlib_sha256"] == fresh["python_stdlib_sha256"], hint
    assert recorded["startup"] == fresh["startup"], hint
    assert recorded["imports"] == fresh["imports"], hint
    assert recorded["comment_lines"] == fresh["comment_lines"], hint
    # What a boot loads includes Pyodide's own start-up and the worker's installing of the core.
    assert {"encodings.utf_8", "_pyodide._base", "pyodide._package_loader", "zipfile"} <= set(
        fresh["startup"])


def test_the_record_file_is_written_as_the_recorder_writes_it(tmp_path: Path) -> None:
    copy = tmp_path / "record.json"
    stdlib.write_record(json.loads(stdlib.RECORD.read_text()), copy)
    assert copy.read_text() == stdlib.RECORD.read_text()


# ---- the zip ----------------------------------------------------------------------------------

def site_library() -> stdlib.Library:
    library, problem = stdlib.site_library(PYODIDE, VERSION, core_files())
    assert library is not None, problem
    return library


def test_the_trimmed_library_holds_the_start_up_and_the_cores_closure_and_less_than_the_whole() -> None:
    library = site_library()
    record = stdlib.load_record()
    with zipfile.ZipFile(io.BytesIO(library.data)) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert set(record.startup) <= set(library.modules)
    # The core's direct imports (fractions for scores, csv for the journal's export) and what they
    # import in turn (decimal, numbers).
    assert {"fractions", "csv", "decimal", "numbers", "json", "dataclasses", "datetime"} <= set(
        library.modules)
    assert len(names) == len(library.modules) < 559
    assert len(library.data) < (PYODIDE / "python_stdlib.zip").stat().st_size * 0.75
    print(f"{len(library.modules)} modules, {len(library.data):,} bytes")


def test_the_trimmed_library_leaves_out_comment_lines_only_and_keeps_line_numbers() -> None:
    # The proof that the code is the same is Python 3.14's own parser, in test_core_in_pyodide.py.
    with zipfile.ZipFile(PYODIDE / "python_stdlib.zip") as whole, \
            zipfile.ZipFile(io.BytesIO(site_library().data)) as ours:
        emptied = 0
        for name in ours.namelist():
            theirs_lines, our_lines = whole.read(name).split(b"\n"), ours.read(name).split(b"\n")
            assert len(our_lines) == len(theirs_lines), name
            for theirs, mine in zip(theirs_lines, our_lines, strict=True):
                if mine != theirs:
                    assert mine == b"" and theirs.lstrip().startswith(b"#"), (name, theirs)
                    emptied += 1
    assert emptied > 10_000


def test_the_trimmed_library_is_the_same_bytes_for_the_same_inputs() -> None:
    record = stdlib.load_record()
    full = (PYODIDE / "python_stdlib.zip").read_bytes()
    assert stdlib.trimmed(full, record, core_files()).data == stdlib.trimmed(full, record, core_files()).data


def test_a_new_import_in_the_core_is_shipped() -> None:
    files = {**core_files(), "exercises/core/extra.py": b"def f():\n    import colorsys\n"}
    full = (PYODIDE / "python_stdlib.zip").read_bytes()
    assert "colorsys" not in site_library().modules
    assert "colorsys" in stdlib.trimmed(full, stdlib.load_record(), files).modules


# ---- the site ---------------------------------------------------------------------------------

def project(tmp: Path, pyodide: Path = PYODIDE, **options: object) -> Path:
    docs = tmp / "docs"
    (docs / "_exercises").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n")
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump(tiny_settings(docs, {"pyodide_source": str(pyodide), **options})))
    return config


def runtime_config(site: Path) -> dict:
    text = (site / "assets/exercises/config.js").read_text()
    return json.loads(text.removeprefix("export default ").rstrip().rstrip(";"))


def test_the_site_publishes_the_trimmed_library_and_not_the_whole_one(tmp_path: Path) -> None:
    run = build_site(tmp_path / "site", project(tmp_path))
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "site" / "assets" / "pyodide" / VERSION
    library = site_library()
    published = folder / f"python_stdlib-{library.digest[:12]}.zip"
    assert published.read_bytes() == library.data
    assert not (folder / "python_stdlib.zip").exists()
    config = runtime_config(tmp_path / "site")
    assert config["stdlib"] == f"../pyodide/{VERSION}/{published.name}"  # beside pyodide.mjs
    # Pyodide's lock file lists packages the site does not serve: the engine gets its "info" only.
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    assert config["lock"] == {"info": lock["info"], "packages": {}}
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", published.name, "NOTICE.txt"])
    assert f"assets/pyodide/{VERSION}/{published.name}" in (tmp_path / "site" / "sw.js").read_text()


def test_trim_stdlib_false_publishes_pyodides_own_library(tmp_path: Path) -> None:
    run = build_site(tmp_path / "site", project(tmp_path, trim_stdlib=False))
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "site" / "assets" / "pyodide" / VERSION
    assert (folder / "python_stdlib.zip").read_bytes() == (PYODIDE / "python_stdlib.zip").read_bytes()
    assert not list(folder.glob("python_stdlib-*.zip"))
    assert runtime_config(tmp_path / "site")["stdlib"] is None


def test_another_pyodide_than_the_recorded_one_publishes_the_whole_library_and_says_why(
        tmp_path: Path) -> None:
    other = tmp_path / "pyodide"
    other.mkdir()
    for source in PYODIDE.iterdir():
        if source.name != "package.json":
            (other / source.name).symlink_to(source)
    meta = json.loads((PYODIDE / "package.json").read_text())
    (other / "package.json").write_text(json.dumps({**meta, "version": "314.9.9"}))
    run = build_site(tmp_path / "site", project(tmp_path / "p", pyodide=other))
    output = run.stdout + run.stderr
    assert run.returncode != 0  # a warning, which --strict turns into a stop
    assert ("exercises: the whole Python standard library is published (2.5 MB), because the list of "
            f"what the engine needs does not fit this Pyodide: they were recorded for Pyodide {VERSION}, "
            "and this site uses 314.9.9. Record it again with 'python -m exercises.mkdocs_plugin.stdlib "
            f"{other}', or set trim_stdlib: false.") in output, output
    # Without --strict the site would work: Pyodide's own library is in it.
    assert (tmp_path / "site" / "assets" / "pyodide" / "314.9.9" / "python_stdlib.zip").exists()
