"""The journal lock's record, vault, ledger and sealed records, in Node's Web Crypto: the page's own
modules (exercises/assets/crypto.js, lock-record.js) against every change to the lock's record an
adversary can make by hand (lock_record.test.mjs beside this file). Fast: no browser."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js (make test installs it with npm)")
def test_the_lock_record_holds_against_changes_made_by_hand() -> None:
    done = subprocess.run(["node", "--test", "--test-reporter=spec", str(HERE / "lock_record.test.mjs")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
