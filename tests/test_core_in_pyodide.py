"""The core's own tests, run again inside real Pyodide (the runtime readers' browsers use)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from exercises.wheel import build_core_wheel

ROOT = Path(__file__).resolve().parents[1]
PYODIDE = ROOT / "node_modules" / "pyodide"
CACHE = ROOT / ".cache" / "pyodide-test-wheels"
# Pure-Python wheels of pytest (and what it needs) for Pyodide's Python, from PyPI.
TEST_REQUIREMENTS = ["pytest>=8,<10", "hypothesis>=6.100"]


def _pyodide_python() -> str:
    import json

    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    return ".".join(lock["info"]["python"].split(".")[:2])


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


def test_core_tests_pass_inside_pyodide(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (PYODIDE / "pyodide.mjs").exists():
        pytest.fail("Node and node_modules/pyodide are needed: run 'npm ci' (make test does).")
    wheels = tmp_path / "wheels"
    shutil.copytree(_test_wheels(), wheels)
    core = build_core_wheel()
    (wheels / core.filename).write_bytes(core.data)
    run = subprocess.run(
        [node, str(ROOT / "tests" / "pyodide" / "run_core_tests.mjs"), str(PYODIDE), str(wheels),
         str(ROOT / "tests" / "core"), "-q"],
        capture_output=True, text=True, timeout=600)
    print(run.stdout[-3000:], run.stderr[-3000:])
    assert run.returncode == 0, f"core tests failed inside Pyodide:\n{run.stdout}\n{run.stderr}"
    assert " passed" in run.stdout
