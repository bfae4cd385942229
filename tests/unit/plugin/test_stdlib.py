"""The standard library the site ships (exercises/mkdocs_plugin/stdlib.py): what the engine was
recorded importing in one zip, the rest in another; the facts recorded from Pyodide and the core that
it is made from; and the option that turns it off.

The proof that nothing the core needs is missing is tests/pyodide/test_core_in_pyodide.py (the core's whole
suite inside Pyodide booted with this zip); the browser tests use it too, and
tests/browser/test_stdlib_miss.py fetches a module that is not in it.
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
from kit.zips import not_packed_tightly

from exercises.core import api
from exercises.mkdocs_plugin import stdlib, stdlib_samples
from exercises.wheel import write_core

VERSION = json.loads((PYODIDE / "package.json").read_text())["version"]
HINT = "record again: .venv/bin/python -m exercises.mkdocs_plugin.stdlib"

COMMENTED = (b"# -*- coding: utf-8 -*-\n# one\n    # two\nx = 1  # kept: code before it\n"
             b's = """text\n# inside a string, not a comment\n"""  # kept too\n# three\ny = 2\n')


def test_comment_lines_are_lines_with_only_a_comment_never_the_encoding_or_a_string() -> None:
    assert stdlib.comment_lines(COMMENTED) == [[2, 3], 8]
    stripped = stdlib.without_comments(COMMENTED, [[2, 3], 8])
    assert stripped == (b"# -*- coding: utf-8 -*-\n\n\nx = 1  # kept: code before it\n"
                        b's = """text\n# inside a string, not a comment\n"""  # kept too\n\ny = 2\n')


# ---- the recorded facts -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The facts recorded again now: Pyodide booted under Node as the worker boots it, the core
    imported, every operation asked its sample requests."""
    if shutil.which("node") is None:
        pytest.fail("Node is needed: make test installs everything.")
    folder = tmp_path_factory.mktemp("record")
    write_core(folder)
    return stdlib.record(PYODIDE, folder)


def test_the_recorded_facts_are_what_this_pyodide_and_this_core_say_today(fresh: dict) -> None:
    """A change in the core that imports another module fails here until it is recorded (one
    command), so the site cannot ship without it silently."""
    recorded = json.loads(stdlib.RECORD.read_text())
    assert recorded["pyodide"] == fresh["pyodide"] == VERSION, HINT
    assert recorded["python_stdlib_sha256"] == fresh["python_stdlib_sha256"], HINT
    assert recorded["startup"] == fresh["startup"], HINT
    assert recorded["operations"] == fresh["operations"], HINT
    assert recorded["comment_lines"] == fresh["comment_lines"], HINT
    # What a boot loads includes Pyodide's own start-up and the worker's installing of the core.
    assert {"encodings.utf_8", "_pyodide._base", "pyodide._package_loader", "zipfile"} <= set(
        fresh["startup"])
    # The core's own imports (fractions for exact scores) and an operation's (csv, for a CSV export
    # only), each under the step that needed it first.
    assert "fractions" in fresh["operations"][stdlib.CORE_IMPORT]
    assert "csv" in fresh["operations"]["export_journal"]


def test_every_operation_of_the_protocol_is_recorded_with_sample_requests(fresh: dict) -> None:
    asked = {request["op"] for request in stdlib_samples.requests()}
    assert asked == set(api.OPERATIONS)
    assert list(fresh["operations"]) == [stdlib.CORE_IMPORT, *api.OPERATIONS]


def test_an_operation_without_a_sample_stops_the_recording(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(api.OPERATIONS, "new_operation", lambda request: {})
    with pytest.raises(SystemExit, match="No sample request for the operation.s. new_operation"):
        stdlib_samples.requests()


def test_the_record_file_is_written_as_the_recorder_writes_it(tmp_path: Path) -> None:
    copy = tmp_path / "record.json"
    stdlib.write_record(json.loads(stdlib.RECORD.read_text()), copy)
    assert copy.read_text() == stdlib.RECORD.read_text()


# ---- the zips ---------------------------------------------------------------------------------

def site_library() -> stdlib.SiteLibrary:
    library, problem = stdlib.site_library(PYODIDE, VERSION)
    assert library is not None, problem
    return library


def modules_in(data: bytes) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {named[0] for name in archive.namelist() if (named := stdlib.module_name(name))}


def test_the_shipped_zip_holds_what_was_recorded_and_the_rest_zip_everything_else() -> None:
    library, record = site_library(), stdlib.load_record()
    shipped, rest = modules_in(library.shipped.data), modules_in(library.rest.data)
    whole = modules_in((PYODIDE / "python_stdlib.zip").read_bytes())
    assert shipped == set(library.shipped.modules) == record.shipped
    assert rest == set(library.rest.modules) == whole - shipped
    assert json.loads(library.rest_index()) == sorted(rest)
    # Modules nothing imports while the engine works (pdb, pydoc, email, unittest, ...) are not
    # shipped; the whole closure of the core's imports would have been.
    assert not {"pdb", "pydoc", "doctest", "email", "unittest", "http.client", "tarfile"} & shipped
    assert len(library.shipped.data) < 700_000
    print(f"{len(shipped)} modules, {len(library.shipped.data):,} bytes; rest {len(library.rest.data):,}")


def test_a_module_is_shipped_with_its_packages() -> None:
    record = stdlib.load_record()
    extra = stdlib.Record(record.pyodide, record.zip_sha256, record.startup,
                          {**record.operations, "some_operation": ["email.mime.text"]}, record.comments)
    library = stdlib.split((PYODIDE / "python_stdlib.zip").read_bytes(), extra)
    assert {"email", "email.mime", "email.mime.text"} <= set(library.shipped.modules)
    assert not {"email", "email.mime.text"} & set(library.rest.modules)


def test_the_zips_leave_out_comment_lines_only_and_keep_line_numbers() -> None:
    # The proof that the code is the same is Python 3.14's own parser, in test_core_in_pyodide.py.
    emptied = 0
    with zipfile.ZipFile(PYODIDE / "python_stdlib.zip") as whole:
        for data in (site_library().shipped.data, site_library().rest.data):
            with zipfile.ZipFile(io.BytesIO(data)) as ours:
                for name in ours.namelist():
                    theirs_lines, our_lines = whole.read(name).split(b"\n"), ours.read(name).split(b"\n")
                    assert len(our_lines) == len(theirs_lines), name
                    for theirs, mine in zip(theirs_lines, our_lines, strict=True):
                        if mine != theirs:
                            assert mine == b"" and theirs.lstrip().startswith(b"#"), (name, theirs)
                            emptied += 1
    assert emptied > 10_000


def test_the_zips_are_the_same_bytes_for_the_same_inputs_packed_at_level_9() -> None:
    record = stdlib.load_record()
    full = (PYODIDE / "python_stdlib.zip").read_bytes()
    library = stdlib.split(full, record)
    assert library == stdlib.split(full, record)
    assert not_packed_tightly(library.shipped.data) == []


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
    published = folder / f"python_stdlib-{library.shipped.digest[:12]}.zip"
    rest = folder / f"python_stdlib_rest-{library.rest.digest[:12]}"
    assert published.read_bytes() == library.shipped.data
    assert rest.with_suffix(".zip").read_bytes() == library.rest.data
    assert rest.with_suffix(".json").read_bytes() == library.rest_index()
    assert not (folder / "python_stdlib.zip").exists()
    config = runtime_config(tmp_path / "site")
    assert config["stdlib"] == f"../pyodide/{VERSION}/{published.name}"  # beside pyodide.mjs
    assert config["rest"] == {"index": f"../pyodide/{VERSION}/{rest.name}.json",
                              "archive": f"../pyodide/{VERSION}/{rest.name}.zip"}
    # Pyodide's lock file lists packages the site does not serve: the engine gets its "info" only.
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    assert config["lock"] == {"info": lock["info"], "packages": {}}
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", published.name, f"{rest.name}.zip",
         f"{rest.name}.json", "NOTICE.txt"])
    # The service worker keeps the shipped zip ahead, and the rest only if it was ever fetched.
    worker = (tmp_path / "site" / "sw.js").read_text()
    ahead, on_demand = worker.split("const ON_DEMAND")
    assert f"assets/pyodide/{VERSION}/{published.name}" in ahead.split("const MUTABLE")[0]
    assert f"{rest.name}.zip" not in ahead and f"{rest.name}.zip" in on_demand.split(";")[0]


def test_trim_stdlib_false_publishes_pyodides_own_library(tmp_path: Path) -> None:
    run = build_site(tmp_path / "site", project(tmp_path, trim_stdlib=False))
    assert run.returncode == 0, run.stderr
    folder = tmp_path / "site" / "assets" / "pyodide" / VERSION
    assert (folder / "python_stdlib.zip").read_bytes() == (PYODIDE / "python_stdlib.zip").read_bytes()
    assert not list(folder.glob("python_stdlib-*.zip")) and not list(folder.glob("python_stdlib_rest-*"))
    assert runtime_config(tmp_path / "site")["stdlib"] is None
    assert runtime_config(tmp_path / "site")["rest"] is None


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
