"""The order `make test` hands its test files to its two processes: the longest first.

pytest-xdist's `--dist loadfile` gives a process one whole file at a time, taking the files in the
order they were collected (the Makefile passes `--no-loadscope-reorder`). xdist's own order, by
number of tests, put the files of a few long tests (the core's tests inside Pyodide, the starter
site published from a package index) at the end, one process working through them while the other
had nothing left to take. Here each file weighs the seconds it took in a recent run (FILE_SECONDS),
so the longest start first and the short ones fill in at the end. A file the figures do not list yet
weighs what its tests would: BROWSER_TEST seconds for each test that drives a browser, OTHER_TEST for
any other. Only the order changes: every file still runs whole, in one process, as before.

`pytest --file-seconds` (with or without -n) writes the run's own figures into FILE_SECONDS.
Only the files a run collects are ordered: a figure left from a file that is gone changes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import pytest

FILE_SECONDS = Path(__file__).resolve().parents[1] / "file-seconds.json"
# What a test weighs in a file the figures do not list yet (about the median of each, in seconds).
BROWSER_TEST, OTHER_TEST = 2.0, 0.1


def file_of(nodeid: str) -> str:
    """tests/browser/test_x.py::test_y[chromium] -> tests/browser/test_x.py"""
    return nodeid.split("::", 1)[0]


def recorded(path: Path = FILE_SECONDS) -> dict[str, float]:
    """Each test file's seconds in the run the figures come from ({} without them)."""
    return json.loads(path.read_text()) if path.exists() else {}


def longest_first(items: Sequence[pytest.Item], seconds: dict[str, float]) -> list[pytest.Item]:
    """ITEMS with the files that take longest first; a file's tests stay together, in their order."""
    guessed: dict[str, float] = defaultdict(float)
    for item in items:
        guessed[file_of(item.nodeid)] += BROWSER_TEST if item.get_closest_marker("browser") else OTHER_TEST
    weight = {name: seconds.get(name, guess) for name, guess in guessed.items()}
    return sorted(items, key=lambda item: -weight[file_of(item.nodeid)])  # stable: same file, same order


class FileSeconds:
    """A plugin adding up each test file's seconds (set-up, test and tear-down of each of its tests)
    as the run reports them (from every process, under xdist), written to PATH when the run ends:
    the files this run took replace their figures there, the others keep theirs."""

    def __init__(self, path: Path = FILE_SECONDS) -> None:
        self.path = path
        self.seconds: dict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[file_of(report.nodeid)] += report.duration

    def pytest_sessionfinish(self) -> None:
        figures = recorded(self.path) | {name: round(seconds, 1) for name, seconds in self.seconds.items()}
        self.path.write_text(json.dumps(dict(sorted(figures.items())), indent=1) + "\n")
