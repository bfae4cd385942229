"""The concern check's phrase tables (tests/unit/core/phrases/<language>/), read and measured: recall
and false alarms per category, and the time per sentence. Standard library only: the same code
measures in CPython (tests/unit/core/test_phrase_tables.py, tests/bench/safety_check.py) and inside
Pyodide (the bench runs it there; the core's tests run there too)."""

from __future__ import annotations

import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

MUST_CATCH = "must_catch.txt"
MUST_NOT_CATCH = "must_not_catch.txt"


def read(path: Path) -> list[tuple[str, str]]:
    """(heading, sentence) for every sentence of a table, in its order."""
    out, heading = [], ""
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            heading = line[1:-1]
            continue
        if not heading:
            raise ValueError(f"{path}:{n}: a sentence before any [heading]")
        out.append((heading, line))
    return out


def measure(folder: Path, language: str = "en", repeats: int = 3) -> dict[str, Any]:
    """Recall per category (the sentence offers the help its category calls for), how often the
    category itself is named among the matches, false alarms per everyday sense, every miss and
    false alarm, and the time per sentence (the best of REPEATS, after a first pass that compiles
    what the sentences need)."""
    from exercises.core import safety
    from exercises.core.safety import CATEGORIES

    started = time.perf_counter()
    safety.matcher(language)  # English beside it is compiled by the first sentence with English words

    def check(sentence: str) -> list:
        """What a reader's page runs: the language's table, and English beside it."""
        return safety.matches(sentence, language)
    built = time.perf_counter() - started
    catch, everyday = read(folder / MUST_CATCH), read(folder / MUST_NOT_CATCH)
    first = time.perf_counter()
    check(catch[0][1])
    first_sentence = time.perf_counter() - first
    for _, sentence in catch + everyday:
        check(sentence)
    first_pass = time.perf_counter() - first
    total, caught, named = Counter(), Counter(), Counter()
    misses, alarms = [], []
    for category, sentence in catch:
        found = check(sentence)
        total[category] += 1
        if any(m.concern == CATEGORIES[category].concern for m in found):
            caught[category] += 1
        else:
            misses.append({"category": category, "sentence": sentence,
                           "read_as": [m.as_dict() for m in found]})
        named[category] += any(m.category == category for m in found)
    senses, alarmed = Counter(), Counter()
    for sense, sentence in everyday:
        found = check(sentence)
        senses[sense] += 1
        if found:
            alarmed[sense] += 1
            alarms.append({"sense": sense, "sentence": sentence, "read_as": [m.as_dict() for m in found]})
    best: list[float] = []
    for _, sentence in catch + everyday:
        runs = []
        for _ in range(repeats):
            t = time.perf_counter()
            check(sentence)
            runs.append(time.perf_counter() - t)
        best.append(min(runs))
    best.sort()
    return {
        "language": language,
        "categories": {c: {"concern": CATEGORIES[c].concern, "sentences": total[c], "caught": caught[c],
                           "named": named[c]} for c in CATEGORIES if total[c]},
        "senses": {s: {"sentences": senses[s], "alarms": alarmed[s]} for s in senses},
        "misses": misses,
        "alarms": alarms,
        "ms_per_sentence": {"median": statistics.median(best) * 1000,
                            "p95": best[int(0.95 * (len(best) - 1))] * 1000,
                            "max": best[-1] * 1000, "sentences": len(best)},
        "ms_to_build_the_table": built * 1000,
        "ms_first_sentence": first_sentence * 1000,
        "ms_first_pass_compiling": first_pass * 1000,
    }


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def report(figures: dict[str, Any]) -> str:
    """The figures as Markdown tables: recall by category, false alarms by sense, time, misses."""
    cats, senses = figures["categories"], figures["senses"]
    lines = ["| Category | Concern | Sentences | Caught | Recall | Category named |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for name, c in cats.items():
        lines.append(f"| {name} | {c['concern']} | {c['sentences']} | {c['caught']} | "
                     f"{percent(c['caught'], c['sentences'])} | {percent(c['named'], c['sentences'])} |")
    n, k = sum(c["sentences"] for c in cats.values()), sum(c["caught"] for c in cats.values())
    lines += [f"| **all** | | {n} | {k} | {percent(k, n)} | |", "",
              "| Everyday sense | Sentences | False alarms |", "| --- | ---: | ---: |"]
    for name, s in sorted(senses.items()):
        lines.append(f"| {name} | {s['sentences']} | {s['alarms']} |")
    n, k = sum(s["sentences"] for s in senses.values()), sum(s["alarms"] for s in senses.values())
    t = figures["ms_per_sentence"]
    lines += [f"| **all** | {n} | {k} ({percent(k, n)}) |", "",
              f"Time per sentence ({t['sentences']} sentences, best of a few runs): "
              f"median {t['median']:.3f} ms, "
              f"95th percentile {t['p95']:.3f} ms, slowest {t['max']:.3f} ms. Building the table "
              f"{figures['ms_to_build_the_table']:.0f} ms; the first sentence after that, compiling the "
              f"rules it needs, {figures['ms_first_sentence']:.0f} ms; the first pass over every sentence "
              f"{figures['ms_first_pass_compiling']:.0f} ms."]
    if figures["misses"]:
        lines += ["", "Missed:"] + [f"- [{m['category']}] {m['sentence']}" for m in figures["misses"]]
    if figures["alarms"]:
        def read_as(alarm: dict[str, Any]) -> str:
            return ", ".join(f"{r['category']}: {r['words']}" for r in alarm["read_as"])

        lines += ["", "False alarms:"] + [f"- [{a['sense']}] {a['sentence']} (read as {read_as(a)})"
                                          for a in figures["alarms"]]
    return "\n".join(lines)
