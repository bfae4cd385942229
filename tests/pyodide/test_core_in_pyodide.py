"""The core's own tests, run again inside real Pyodide (the runtime readers' browsers use), booted
with the standard library the site ships: the trimmed zip, made by the same function as the build's.

pytest and hypothesis need modules the core does not, so Pyodide's whole library is mounted after
the site's one; the harness fails the run when the core (directly, or through a module of the site's
library) imports anything only the whole library has. So a module the build's import closure missed
still fails here, even though the tests themselves could import it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kit.site import PYODIDE

from exercises.mkdocs_plugin import pyodide_dist, stdlib
from exercises.wheel import write_core

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "pyodide-test-wheels"
RUNNER = ROOT / "tests" / "pyodide" / "run_core_tests.mjs"
# Pure-Python wheels of pytest (and what it needs) for Pyodide's Python, from PyPI.
TEST_REQUIREMENTS = ["pytest>=8,<10", "hypothesis>=6.100"]


def _pyodide_python() -> str:
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    return ".".join(lock["info"]["python"].split(".")[:2])


def _pyodide_version() -> str:
    return json.loads((PYODIDE / "package.json").read_text())["version"]


def _test_wheels() -> Path:
    version = _pyodide_python()
    folder = CACHE / f"py{version}"
    if not all(any(folder.glob(f"{name}-*.whl")) for name in ("pytest", "hypothesis")):
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
             "--platform", "any", "--implementation", "py", "--abi", "none",
             "--python-version", version, "--dest", str(folder), *TEST_REQUIREMENTS],
            check=True)
    return folder


def _node() -> str:
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "ws").is_dir():
        pytest.fail("Node and the npm package ws (Pyodide imports it under Node) are needed: run "
                    "'npm ci' (make test does).")
    pyodide_dist.link_for_node(PYODIDE, ROOT / "node_modules")
    return node


def site_stdlib() -> stdlib.Library:
    """The standard library `mkdocs build` publishes for the engine to boot with (the modules it was
    recorded importing), for this Pyodide."""
    library, problem = stdlib.site_library(PYODIDE, _pyodide_version())
    assert library is not None, f"the build would publish the whole library: {problem}"
    return library.shipped


def run_core_tests(tmp_path: Path, tests: Path, library: bytes, *pytest_args: str
                   ) -> subprocess.CompletedProcess[str]:
    wheels = tmp_path / "wheels"
    shutil.copytree(_test_wheels(), wheels)
    write_core(wheels)  # the wheel and every phrase table: what a page in each language gets
    trimmed = tmp_path / "python_stdlib-site.zip"
    trimmed.write_bytes(library)
    run = subprocess.run(
        [_node(), str(RUNNER), str(PYODIDE), str(wheels), str(tests), "--stdlib", str(trimmed),
         "--extras", str(PYODIDE / "python_stdlib.zip"), *pytest_args],
        capture_output=True, text=True, timeout=600)
    print(run.stdout[-3000:], run.stderr[-3000:])
    return run


def core_tests(tmp_path: Path) -> Path:
    """tests/unit/core as a folder of its own, with the kit's samples and scratch field type beside
    it (the parts of the kit the core tests use, and the phrase tables measure; standard library only)."""
    tests = tmp_path / "core-tests"
    shutil.copytree(ROOT / "tests" / "unit" / "core", tests,
                    ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    (tests / "kit").mkdir()
    for name in ("__init__.py", "samples.py", "scratch.py", "phrases.py"):
        shutil.copy(ROOT / "tests" / "kit" / name, tests / "kit" / name)
    return tests


def test_core_tests_pass_inside_pyodide_with_the_sites_standard_library(tmp_path: Path) -> None:
    run = run_core_tests(tmp_path, core_tests(tmp_path), site_stdlib().data, "-q")
    assert run.returncode == 0, f"core tests failed inside Pyodide:\n{run.stdout}\n{run.stderr}"
    assert " passed" in run.stdout
    assert "Every module the core imported came from the site's standard library." in run.stdout


def without(library: bytes, module_path: str) -> bytes:
    """LIBRARY with one file taken out."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(library)) as source, zipfile.ZipFile(out, "w") as target:
        names = source.namelist()
        assert module_path in names
        for name in names:
            if name != module_path:
                target.writestr(source.getinfo(name), source.read(name))
    return out.getvalue()


def test_a_module_the_core_imports_and_the_library_lacks_fails_the_run(tmp_path: Path) -> None:
    # The harness itself is tested. Take out a module the core imports (fractions, for scores):
    # the run fails before any test, naming it, although the whole library mounted later has it.
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_one.py").write_text("def test_nothing():\n    pass\n")
    run = run_core_tests(tmp_path, tests, without(site_stdlib().data, "fractions.py"), "-q")
    assert run.returncode == 7
    assert ("The core could not be imported: ModuleNotFoundError: No module named 'fractions' with "
            "the site's standard library alone") in run.stdout


# A stand-in for a function of the core that imports a module only when it runs (inside the
# function), one the site's library does not ship.
LATE_IMPORT = """
import types

def test_a_late_import():
    core = types.ModuleType("exercises.core.stand_in")
    exec("def colours():\\n    import colorsys\\n    return colorsys.rgb_to_hsv(1, 0, 0)", core.__dict__)
    assert core.colours() == (0.0, 1.0, 1)
"""


def test_an_import_the_core_makes_while_it_runs_past_the_library_fails_the_run(tmp_path: Path) -> None:
    # The test itself passes (the whole library has colorsys), and the run still fails.
    assert "colorsys" not in site_stdlib().modules
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_one.py").write_text(LATE_IMPORT)
    run = run_core_tests(tmp_path, tests, site_stdlib().data, "-q")
    assert "1 passed" in run.stdout
    assert run.returncode == 7
    assert "colorsys (imported by exercises.core.stand_in)" in run.stdout


def test_a_shipped_module_that_is_not_the_same_code_as_pyodides_fails_the_run(tmp_path: Path) -> None:
    # The build leaves out comment lines only; a module whose code changed (here one line of csv,
    # which only a CSV export imports) fails the run although every test passes.
    import io
    import zipfile

    source = site_stdlib().data
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as shipped, zipfile.ZipFile(out, "w") as changed:
        for info in shipped.infolist():
            data = shipped.read(info.filename)
            if info.filename == "csv.py":
                data = data.replace(b"\nimport types\n", b"\n\n", 1)
            changed.writestr(info, data)
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_one.py").write_text("def test_nothing():\n    pass\n")
    run = run_core_tests(tmp_path, tests, out.getvalue(), "-q")
    assert run.returncode == 7
    assert "modules of the site's library are the same code as Pyodide's: not csv.py" in run.stdout
