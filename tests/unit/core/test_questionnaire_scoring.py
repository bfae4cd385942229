"""Scoring as a reader would check it by hand: reverse keys, skipped items, rounding, regions."""

from __future__ import annotations

from fractions import Fraction

import pytest
from kit.samples import small

from exercises.core import questionnaire as qn


def score(answers: dict[str, object], **changes: object) -> dict:
    return qn.score(qn.parse(small(**changes)), answers)


def test_reverse_keyed_item_is_flipped_before_averaging() -> None:
    # a: 4, (6 - 2) = 4, 5 -> 13/3 = 4.33; b: 1, 2 -> 1.5
    result = score({"a1": 4, "a2": 2, "a3": 5, "b1": 1, "b2": 2})
    assert result["complete"] is True
    by_id = {s["id"]: s for s in result["scores"]}
    assert by_id["a"]["value"] == pytest.approx(13 / 3)
    assert by_id["a"]["display"] == "4.3"
    assert by_id["b"]["display"] == "1.5"
    assert by_id["a"]["position"] == pytest.approx((13 / 3 - 1) / 4)


def test_without_the_reverse_key_the_same_answers_score_differently() -> None:
    result = score({"a1": 4, "a2": 2, "a3": 5, "b1": 1, "b2": 2}, reverse_keyed=[])
    assert result["scores"][0]["display"] == "3.7"  # 11/3


def test_a_skipped_item_within_the_allowance_is_left_out_of_the_mean() -> None:
    result = score({"a1": 4, "a3": 5, "b1": 1, "b2": 2})
    assert result["complete"] is True
    assert result["unanswered"] == ["a2"]
    assert result["scores"][0]["display"] == "4.5"
    assert result["scores"][0]["answered"] == 2
    assert "skipped 1 question" in result["skipped_note"]


def test_too_many_skipped_items_name_every_unanswered_item() -> None:
    result = score({"a1": 4, "b1": 1})
    assert result["complete"] is False
    assert result["unanswered"] == ["a2", "a3", "b2"]
    assert "3 questions still have no answer" in result["message"]


def test_by_default_every_item_must_be_answered() -> None:
    result = score({"a1": 4, "a2": 2, "a3": 5, "b1": 1}, unanswered=None)
    assert result["complete"] is False
    assert result["unanswered"] == ["b2"]
    assert "Please answer every question" in result["message"]


@pytest.mark.parametrize(("value", "shown"), [
    (Fraction(17, 4), "4.3"), (Fraction(87, 20), "4.4"), (Fraction(4), "4.0"), (Fraction(13, 3), "4.3"),
    (Fraction(1), "1.0"), (Fraction(7), "7.0"), (Fraction(29, 20), "1.5"),
])
def test_scores_show_one_decimal_with_halves_rounded_up(value: Fraction, shown: str) -> None:
    assert qn.round_display(value) == shown


def test_the_first_region_containing_the_scores_gives_the_reading() -> None:
    assert score({"a1": 5, "a2": 1, "a3": 5, "b1": 1, "b2": 1})["region"] == "high-a"
    assert score({"a1": 1, "a2": 5, "a3": 1, "b1": 1, "b2": 1})["region"] == "low-a"
    # Exactly 3 lies in both ranges: the first listed wins.
    assert score({"a1": 3, "a2": 3, "a3": 3, "b1": 1, "b2": 1})["region"] == "high-a"


def test_result_speaks_in_numbers_and_the_midpoint_not_labels() -> None:
    result = score({"a1": 4, "a2": 2, "a3": 5, "b1": 1, "b2": 2})
    assert result["summary"] == ("Worry: 4.3 on a scale from 1 to 5. Distance: 1.5 on a scale from "
                                 "1 to 5. The middle of the scale is 3.")
    assert result["scale"] == {"low": 1, "high": 5, "midpoint": "3"}
    assert "percent" not in result["summary"].lower()


def test_plot_description_says_where_the_mark_is_in_words() -> None:
    text = score({"a1": 4, "a2": 2, "a3": 5, "b1": 1, "b2": 2})["plot_description"]
    assert "distance 1.5 across" in text
    assert "worry 4.3 up" in text
    assert "below the middle for distance (close)" in text
    assert "above the middle for worry (worried)" in text


def test_answers_given_as_digit_text_are_accepted() -> None:
    result = score({"a1": "4", "a2": "2", "a3": "5", "b1": "1", "b2": "2"})
    assert result["scores"][0]["display"] == "4.3"


@pytest.mark.parametrize("bad", [0, 6, 2.5, True, "x", [1], {"v": 1}])
def test_an_answer_off_the_scale_is_refused(bad: object) -> None:
    with pytest.raises(qn.AnswerError, match="a1"):
        score({"a1": bad, "a2": 2, "a3": 5, "b1": 1, "b2": 2})


def test_seven_point_midpoint_is_four() -> None:
    labels = [str(n) for n in range(1, 8)]
    q = qn.parse(small(scale={"labels": labels}, result={}))
    assert q.scale.midpoint == 4
    result = qn.score(q, {"a1": 7, "a2": 1, "a3": 7, "b1": 4, "b2": 4})
    assert [s["display"] for s in result["scores"]] == ["7.0", "4.0"]
