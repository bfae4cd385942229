"""The attachment questionnaire's content: what the pages say about it, balance and safe readings.

The definition is read with the exercise core, so these checks see what the build sees. No site
build is needed.
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from exercises.core import questionnaire

DOCS = Path(__file__).resolve().parents[2] / "docs"
DEFINITION = DOCS / "_exercises" / "attachment.yml"
SAFETY_PAGE = "relationship-safety.md"
# Item ids taken out of the questionnaire. They are never reused: a saved answer to one of them
# must not be read as an answer to a different question.
RETIRED = {"anx10"}  # "always the one who reaches out first" assumed a fact, not a worry

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# "30 short statements", "thirty short statements", "twenty-eight statements", "30 questions".
_STATED = re.compile(r"\b(\d+|[a-z]+(?:[- ][a-z]+)?)\s+(?:short\s+)?(?:statements|questions)\b",
                     re.IGNORECASE)


def number(words: str) -> int | None:
    """28, "28", "twenty-eight" or "twenty eight" as a number; None for any other words."""
    words = words.lower().strip()
    if words.isdigit():
        return int(words)
    parts = re.split(r"[- ]", words)
    if len(parts) == 1:
        if parts[0] in _UNITS:
            return _UNITS.index(parts[0])
        return _TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS[1:10]:
        return _TENS[parts[0]] + _UNITS.index(parts[1])
    # "about thirty": the last word alone may still be a number.
    return number(parts[-1]) if len(parts) == 2 else None


def stated_counts(markdown: str) -> list[int]:
    """Every number of statements or questions the page states."""
    return [n for n in (number(m.group(1)) for m in _STATED.finditer(markdown)) if n is not None]


@pytest.fixture(scope="module")
def attachment() -> questionnaire.Questionnaire:
    return questionnaire.parse(yaml.safe_load(DEFINITION.read_text(encoding="utf-8")))


@pytest.mark.parametrize("sample, expected", [
    ("It has 30 short statements, about five minutes.", [30]),
    ("Answer thirty short statements.", [30]),
    ("There are twenty-eight statements.", [28]),
    ("About thirty questions in all.", [30]),
    ("These questions invite you to pause.", []),
])
def test_stated_counts_reads_digits_and_number_words(sample: str, expected: list[int]) -> None:
    assert stated_counts(sample) == expected


@pytest.mark.parametrize("page", ["index.md", "questionnaire.md"])
def test_the_page_states_the_questionnaires_item_count(
        page: str, attachment: questionnaire.Questionnaire) -> None:
    items = len(attachment.items)
    counts = stated_counts((DOCS / page).read_text(encoding="utf-8"))
    assert counts, (
        f"docs/{page} does not say how many statements the questionnaire has. Say it in words a "
        f"reader can plan by, e.g. '{items} short statements, about five minutes' "
        f"(docs/_exercises/attachment.yml has {items} items).")
    assert set(counts) == {items}, (
        f"docs/{page} says the questionnaire has {', '.join(map(str, counts))} statements, but "
        f"docs/_exercises/attachment.yml has {items} items. Change the page, or the definition.")


def test_reverse_keys_stay_near_a_third_of_each_subscale(
        attachment: questionnaire.Questionnaire) -> None:
    for sub in attachment.subscales:
        items = attachment.items_of(sub.id)
        reversed_ = sum(item.reverse for item in items)
        assert abs(reversed_ - Fraction(len(items), 3)) <= 1, (
            f"{sub.id}: {reversed_} of {len(items)} items are reverse-keyed; keep it within one of "
            f"a third ({float(Fraction(len(items), 3)):.1f}) so agreeing with everything does "
            f"not decide the score.")


def test_retired_item_ids_are_not_used(attachment: questionnaire.Questionnaire) -> None:
    assert RETIRED.isdisjoint(item.id for item in attachment.items)


def test_every_item_is_one_short_sentence(attachment: questionnaire.Questionnaire) -> None:
    for item in attachment.items:
        assert len(re.findall(r"[.!?](?:\s|$)", item.text)) == 1, item.id
        assert len(item.text.split()) <= 20, f"{item.id} is long for one plain idea"


def _more_worry(attachment: questionnaire.Questionnaire) -> list[questionnaire.Region]:
    midpoint = attachment.scale.midpoint
    regions = [r for r in attachment.regions if r.where["anxiety"][0] >= midpoint]
    assert {r.id for r in regions} >= {"more-worry-more-ease", "more-worry-less-ease"}
    return regions


def test_high_worry_readings_point_to_the_safety_page(
        attachment: questionnaire.Questionnaire) -> None:
    assert (DOCS / SAFETY_PAGE).is_file()
    for region in _more_worry(attachment):
        assert SAFETY_PAGE in region.lessons, f"{region.id}: add {SAFETY_PAGE} to its lessons"
        assert f"]({SAFETY_PAGE})" in region.text, f"{region.id}: link {SAFETY_PAGE} in its text"
        assert "not an attachment style" in region.text, region.id


def test_no_reading_says_often_worry(attachment: questionnaire.Questionnaire) -> None:
    # The more-worry readings start at the scale's middle, where "often" would not be true.
    for region in attachment.regions:
        assert not re.search(r"\boften\s+worr", region.text, re.IGNORECASE), region.id
    for region in _more_worry(attachment):
        assert not re.search(r"\boften\b", region.text, re.IGNORECASE), region.id


def test_no_reading_claims_to_know_where_the_worry_comes_from(
        attachment: questionnaire.Questionnaire) -> None:
    for region in attachment.regions:
        text = region.text.lower()
        for phrase in ("comes from", "come from", "old lessons", "you learned", "childhood",
                       "because of your past"):
            assert phrase not in text, f"{region.id}: {phrase!r}"


def test_the_less_worry_less_ease_reading_suggests_steps_1_and_3(
        attachment: questionnaire.Questionnaire) -> None:
    region = next(r for r in attachment.regions if r.id == "less-worry-less-ease")
    assert {"steps/1-self-compassion.md", "steps/3-communicating-openly.md"} <= set(region.lessons)
    assert "step 1" in region.text and "step 3" in region.text


def test_the_questionnaire_page_points_to_the_safety_page() -> None:
    page = (DOCS / "questionnaire.md").read_text(encoding="utf-8")
    assert f"]({SAFETY_PAGE})" in page
    assert "Fraley and Waller (1998)" in page
