"""The concern check on its phrase tables (phrases/<language>/): sentences a reader might write that
must offer help, by category, and everyday sentences that must not (the same verbs in harmless
senses). The figures per category are printed (pytest -s, or make bench-safety with the time per
sentence in CPython and in Pyodide); the tests hold the floors below."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.phrases import MUST_CATCH, MUST_NOT_CATCH, measure, read, report

from exercises.core import safety
from exercises.core.safety import CATEGORIES

PHRASES = Path(__file__).parent / "phrases"
LANGUAGES = sorted(p.name for p in PHRASES.iterdir() if p.is_dir())

# Floors, not targets: the check is judged on sentences nobody wrote here (issue 24 keeps a table
# apart). A change that loses what it used to catch, or starts alarming on everyday words, fails.
RECALL_FLOOR = 0.9        # per category
RECALL_FLOOR_ALL = 0.97
FALSE_ALARMS_MAX = 0.01   # of the everyday sentences


@pytest.fixture(scope="module", params=LANGUAGES)
def figures(request: pytest.FixtureRequest) -> dict:
    found = measure(PHRASES / request.param, request.param, repeats=1)
    print(f"\nConcern check, {request.param}:\n{report(found)}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tables_are_large_varied_and_name_real_categories(language: str) -> None:
    catch, everyday = read(PHRASES / language / MUST_CATCH), read(PHRASES / language / MUST_NOT_CATCH)
    assert len(catch) >= 300 and len(everyday) >= 150
    assert {c for c, _ in catch} == set(CATEGORIES), "every category has sentences, and only categories do"
    for category in CATEGORIES:
        assert sum(c == category for c, _ in catch) >= 10, category
    sentences = [s for _, s in catch + everyday]
    assert len(sentences) == len(set(sentences)), "a sentence is in the tables twice"
    assert any(s == s.lower() for s in sentences)  # no capitals
    assert any("dont" in s.lower() for s in sentences)  # an apostrophe left out


def test_recall_per_category(figures: dict) -> None:
    for name, c in figures["categories"].items():
        assert c["caught"] >= RECALL_FLOOR * c["sentences"], (name, figures["misses"])
    caught = sum(c["caught"] for c in figures["categories"].values())
    assert caught >= RECALL_FLOOR_ALL * sum(c["sentences"] for c in figures["categories"].values())


def test_false_alarms_on_everyday_sentences(figures: dict) -> None:
    alarms = sum(s["alarms"] for s in figures["senses"].values())
    everyday = sum(s["sentences"] for s in figures["senses"].values())
    assert alarms <= FALSE_ALARMS_MAX * everyday, figures["alarms"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_match_says_its_category_and_the_words_it_read(language: str) -> None:
    matcher = safety.matcher(language)
    for _, sentence in read(PHRASES / language / MUST_CATCH):
        folded = " ".join(" ".join(words) for words in matcher.sentences(sentence))
        for match in matcher.matches(sentence):
            assert match.category in CATEGORIES and match.concern == CATEGORIES[match.category].concern
            assert match.words and match.words in folded, (sentence, match)
