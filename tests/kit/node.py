"""The page's own JavaScript modules tested in Node (`node --test`), without a browser: for modules
whose behaviour needs no page (the journal lock's records, the engine's start-up copy)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

# Node comes with `make test` (the machine's own when recent enough, else the venv's).
NEEDS_NODE = pytest.mark.skipif(shutil.which("node") is None,
                                reason="needs Node.js (make test installs it with npm)")


def assert_node_tests_pass(tests: Path) -> None:
    """Run the Node test file TESTS; fail with its report when any of its tests fails."""
    done = subprocess.run(["node", "--test", "--test-reporter=spec", str(tests)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
