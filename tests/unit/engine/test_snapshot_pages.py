"""The engine's start-up copy as the device keeps it (exercises/assets/snapshot-pages.js), in Node: it
reads back as the memory it was made from, and a copy changed by hand is refused
(snapshot_pages.test.mjs beside this file). Fast: no browser, no Python in the browser."""

from __future__ import annotations

from pathlib import Path

from kit.node import NEEDS_NODE, assert_node_tests_pass

HERE = Path(__file__).parent


@NEEDS_NODE
def test_the_kept_copy_reads_back_whole_and_a_changed_one_is_refused() -> None:
    assert_node_tests_pass(HERE / "snapshot_pages.test.mjs")
