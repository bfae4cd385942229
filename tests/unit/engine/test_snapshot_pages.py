"""The engine's start-up copy as the device keeps it (exercises/assets/snapshot-pages.js), in Node: it
reads back as the memory it was made from, and a copy changed by hand is refused
(snapshot_pages.test.mjs beside this file). Fast: no browser, no Python in the browser."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js (make test installs it with npm)")
def test_the_kept_copy_reads_back_whole_and_a_changed_one_is_refused() -> None:
    done = subprocess.run(["node", "--test", "--test-reporter=spec", str(HERE / "snapshot_pages.test.mjs")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
