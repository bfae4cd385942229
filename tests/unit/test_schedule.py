"""The order make test's processes take the test files in (tests/kit/schedule.py): the longest first,
each file whole and in its own order; and the figures that order comes from, as a run writes them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kit.schedule import FileSeconds, longest_first, recorded


@dataclass
class Item:
    """What the order reads of a collected test: its id and whether it drives a browser."""
    nodeid: str
    marks: set[str] = field(default_factory=set)

    def get_closest_marker(self, name: str) -> str | None:
        return name if name in self.marks else None


@dataclass
class Report:
    nodeid: str
    duration: float


def test_the_longest_files_come_first_each_whole_and_in_its_own_order() -> None:
    items = [Item("tests/unit/test_a.py::test_1"), Item("tests/unit/test_a.py::test_2"),
             Item("tests/browser/test_b.py::test_1[chromium]", {"browser"}),
             Item("tests/pyodide/test_c.py::test_1"), Item("tests/pyodide/test_c.py::test_2"),
             Item("tests/unit/test_d.py::test_1")]
    seconds = {"tests/unit/test_a.py": 3.0, "tests/pyodide/test_c.py": 90.0, "tests/unit/test_d.py": 0.5}
    ordered = [item.nodeid for item in longest_first(items, seconds)]
    # c (90 s), a (3 s), b (not listed: one browser test, 2 s), d (0.5 s).
    assert ordered == ["tests/pyodide/test_c.py::test_1", "tests/pyodide/test_c.py::test_2",
                       "tests/unit/test_a.py::test_1", "tests/unit/test_a.py::test_2",
                       "tests/browser/test_b.py::test_1[chromium]", "tests/unit/test_d.py::test_1"]


def test_without_figures_a_file_weighs_what_its_tests_would() -> None:
    items = [*(Item(f"tests/unit/test_many.py::test_{n}") for n in range(15)),
             Item("tests/browser/test_one.py::test_1[chromium]", {"browser"})]
    ordered = [item.nodeid for item in longest_first(items, {})]
    assert ordered[0] == "tests/browser/test_one.py::test_1[chromium]"  # 2 s against 15 x 0.1 s
    assert ordered[1:] == [f"tests/unit/test_many.py::test_{n}" for n in range(15)]


def test_a_run_writes_the_seconds_of_each_file_it_took_which_the_order_then_reads(tmp_path: Path) -> None:
    path = tmp_path / "file-seconds.json"
    path.write_text(json.dumps({"tests/unit/test_a.py": 9.0, "tests/unit/test_c.py": 4.0}))
    plugin = FileSeconds(path)
    reports = [("tests/unit/test_a.py::test_1", 0.25), ("tests/unit/test_a.py::test_1", 1.0),
               ("tests/unit/test_a.py::test_2[x::y]", 0.5), ("tests/unit/test_b.py::test_1", 2.0)]
    for nodeid, duration in reports:  # set-up, call and tear-down alike
        plugin.pytest_runtest_logreport(Report(nodeid, duration))
    plugin.pytest_sessionfinish()
    # The files this run took get its figures; a file it did not take keeps the figure it had.
    figures = {"tests/unit/test_a.py": 1.8, "tests/unit/test_b.py": 2.0, "tests/unit/test_c.py": 4.0}
    assert json.loads(path.read_text()) == figures
    assert list(figures) == list(json.loads(path.read_text()))  # in order of the files' names
    assert recorded(path) == figures
    assert recorded(tmp_path / "none.json") == {}
