"""The journal lock's record, vault, ledger and sealed records, in Node's Web Crypto: the page's own
modules (exercises/assets/crypto.js, lock-record.js) against every change to the lock's record an
adversary can make by hand (lock_record.test.mjs beside this file). Fast: no browser."""

from __future__ import annotations

from pathlib import Path

from kit.node import NEEDS_NODE, assert_node_tests_pass

HERE = Path(__file__).parent


@NEEDS_NODE
def test_the_lock_record_holds_against_changes_made_by_hand() -> None:
    assert_node_tests_pass(HERE / "lock_record.test.mjs")
