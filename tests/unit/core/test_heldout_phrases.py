"""The concern check on a table its author never read (issue 24): heldout_phrases/<language>/, written
by someone else from the categories alone, without the code or the other tables, and opened only
after the check was finished. Its figures are the honest estimate of how the check does on words
nobody tuned it to; they are printed (pytest -s) and held as floors, so a change that loses ground
fails. Never tune the check to these sentences: write new ones in phrases/ instead (README)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from exercises.core.text_checks import concerns

HELD_OUT = Path(__file__).parent / "heldout_phrases"
LANGUAGES = sorted(p.name for p in HELD_OUT.iterdir() if p.is_dir())

# Measured when the rebuilt check was first run on the table (2026-12-07): 245 of 296 (82.8%) got the
# help they call for (the check before the rebuild: 117, 39.5%); 9 of 180 everyday sentences offered
# help (before: 3). Floors a little under those, so the check may change without losing ground.
RECALL_FLOOR = 0.80
FALSE_ALARMS_MAX = 0.06


def _rows(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(r[0], r[1], r[2]) for r in csv.reader(f, delimiter="\t") if r]


@pytest.fixture(scope="module", params=LANGUAGES)
def measured(request: pytest.FixtureRequest) -> dict:
    folder = HELD_OUT / request.param
    caught, sentences, alarms, everyday = Counter(), Counter(), Counter(), Counter()
    for category, expected, text in _rows(folder / "must_catch.tsv"):
        sentences[category] += 1
        caught[category] += concerns(text, request.param)[expected]
    for category, _, text in _rows(folder / "must_not_catch.tsv"):
        everyday[category] += 1
        alarms[category] += any(concerns(text, request.param).values())
    lines = [f"{c:22} {caught[c]:3}/{n:<3} {caught[c] / n:6.1%}" for c, n in sentences.items()]
    lines += [f"false alarms, {c:14} {alarms[c]:3}/{n}" for c, n in everyday.items()]
    print(f"\nConcern check on the held-back table, {request.param}:\n" + "\n".join(lines))
    return {"caught": sum(caught.values()), "sentences": sum(sentences.values()),
            "alarms": sum(alarms.values()), "everyday": sum(everyday.values())}


def test_the_check_offers_the_help_each_held_back_sentence_calls_for(measured: dict) -> None:
    assert measured["caught"] >= RECALL_FLOOR * measured["sentences"], measured


def test_the_check_stays_quiet_on_held_back_everyday_sentences(measured: dict) -> None:
    assert measured["alarms"] <= FALSE_ALARMS_MAX * measured["everyday"], measured
