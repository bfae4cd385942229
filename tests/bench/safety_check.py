"""The concern check in figures (`make bench-safety`, and a section of `make bench`): recall per
category and false alarms per everyday sense on the phrase tables (tests/unit/core/phrases/), and
the time per sentence, in CPython and inside real Pyodide under Node (the runtime readers' browsers
use; the issue's target is under 5 ms a sentence there).

    .venv/bin/python tests/bench/safety_check.py [--language en] [--no-pyodide] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))  # the kit (tests/kit/) lives beside the tests

from kit.phrases import measure, report  # noqa: E402

ROOT = TESTS.parent
PHRASES = TESTS / "unit" / "core" / "phrases"
RUNNER = Path(__file__).with_name("safety_in_pyodide.mjs")


def in_pyodide(language: str) -> dict[str, Any] | None:
    """The same figures measured inside Pyodide, or None (with the reason printed) when it cannot run."""
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "ws").is_dir():
        print("Pyodide: skipped (needs Node and 'npm ci' for the package ws).", file=sys.stderr)
        return None
    from kit.site import PYODIDE

    from exercises.mkdocs_plugin import pyodide_dist
    from exercises.wheel import write_core

    pyodide_dist.link_for_node(PYODIDE, ROOT / "node_modules")
    with tempfile.TemporaryDirectory() as tmp:
        write_core(Path(tmp))
        command = [node, str(RUNNER), str(PYODIDE), tmp, str(TESTS / "kit"), str(PHRASES), language]
        run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if run.returncode:
        print(f"Pyodide: the run failed:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}", file=sys.stderr)
        return None
    lines = run.stdout.strip().splitlines()
    figures = json.loads(lines[-1])
    figures["boot"] = lines[0]
    return figures


def timing_line(name: str, f: dict[str, Any]) -> str:
    t = f["ms_per_sentence"]
    imported = f.get("ms_to_import")
    imported = "-" if imported is None or imported != imported else f"{imported:.0f} ms"  # NaN: not measured
    return (f"| {name} | {t['median']:.3f} ms | {t['p95']:.3f} ms | {t['max']:.3f} ms | {imported} | "
            f"{f['ms_to_build_the_table']:.0f} ms | {f['ms_first_sentence']:.0f} ms | "
            f"{f['ms_first_pass_compiling']:.0f} ms |")


def markdown(cpython: dict[str, Any], pyodide: dict[str, Any] | None) -> str:
    lines = [f"## Concern check ({cpython['language']})", "",
             "Recall on the phrase tables of `tests/unit/core/phrases/` (a sentence counts as caught when it "
             "offers the help its category calls for) and false alarms on their everyday sentences.", "",
             report(cpython), "",
             "| Runtime | Median per sentence | 95th percentile | Slowest | Import | Build table | "
             "First sentence (compiles its rules) | First pass over all |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
             timing_line("CPython " + sys.version.split()[0], cpython)]
    if pyodide:
        lines.append(timing_line(pyodide["boot"].split(" booted")[0] + " (Node)", pyodide))
        if (pyodide["categories"], pyodide["senses"]) != (cpython["categories"], cpython["senses"]):
            lines.append("\n**Pyodide's recall or false alarms differ from CPython's.**")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", default="en")
    parser.add_argument("--no-pyodide", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    cpython = measure(PHRASES / args.language, args.language, repeats=5)
    pyodide = None if args.no_pyodide else in_pyodide(args.language)
    print(markdown(cpython, pyodide))
    if args.json:
        args.json.write_text(json.dumps({"cpython": cpython, "pyodide": pyodide}, indent=2))


if __name__ == "__main__":
    main()
