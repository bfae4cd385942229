"""The behavioral experiment's feedback (prediction_test): how the belief in a worried prediction
moved, said plainly; never a "failure" when it rose, never a suggestion to test a fear of a partner
who hurts or controls the reader, and silence about the ratings when the words sound like one."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from exercises.core import worksheet as ws
from exercises.core.prediction_check import IF_ABOUT_A_PARTNER, NO_NEED_TO_PROVE

DEFINITION: dict[str, Any] = {
    "kind": "worksheet", "id": "experiment", "title": "Test a worried prediction",
    "steps": [
        {"title": "Your prediction", "fields": [
            {"id": "prediction", "type": "long_text", "label": "What do you predict will happen?"},
            {"id": "belief_before", "type": "rating", "label": "How much do you believe it?"}]},
        {"title": "After", "fields": [
            {"id": "outcome", "type": "long_text", "label": "What actually happened?"},
            {"id": "came_true", "type": "choice", "label": "Did it come true?",
             "options": ["Yes", "Partly", "No"]},
            {"id": "people", "type": "group", "label": "Who was there", "fields": [
                {"id": "who", "type": "short_text", "label": "Who"}]},
            {"id": "belief_after", "type": "rating", "label": "How much do you believe it now?"}]},
    ],
    "feedback": [{"check": "prediction_test", "prediction": "prediction", "before": "belief_before",
                  "after": "belief_after"}],
}


def feedback(**answers: Any) -> dict[str, Any]:
    result = ws.check(copy.deepcopy(DEFINITION), answers)
    assert result["errors"] == {}, result["errors"]
    [item] = result["feedback"]
    return item


def test_a_belief_that_fell_is_good_news_with_no_promise_the_fear_is_gone() -> None:
    item = feedback(prediction="If I ask for a quiet night alone, she'll be hurt and pull away.",
                    belief_before=80, belief_after=30, outcome="She said: enjoy it!")
    assert item["title"] == "What your experiment showed"
    assert item["change"] == -50
    assert item["text"].startswith("Your belief went from 80 to 30, down 50 points.")
    assert item["lines"] == ["\u201cIf I ask for a quiet night alone, she'll be hurt and pull away.\u201d: "
                             "80 before, 30 after."]
    assert item["safety"] is None
    assert "gone" not in item["text"] and "never" not in item["text"]
    assert "again" not in item["text"] and "more" not in item["text"]  # whose reaction it was is unknown


def test_a_belief_that_rose_is_not_a_failure_and_is_never_to_be_tested_again_if_about_a_partner() -> None:
    item = feedback(prediction="If I say no to his plan, he'll be annoyed.", belief_before=40,
                    belief_after=70, outcome="He was annoyed and did not speak to me all evening.")
    assert item["text"].startswith("Your belief went from 40 to 70, up 30 points.")
    assert "It is not a failure." in item["text"]
    assert "again" not in item["text"]  # no coaching to repeat it
    assert item["safety"]["text"] == str(IF_ABOUT_A_PARTNER)
    assert item["safety"]["page"] == "relationship-safety.md"
    assert "do not test it again" in item["safety"]["text"]


def test_a_belief_that_stayed_says_so_gently() -> None:
    item = feedback(prediction="They'll think I'm too much.", belief_before=60, belief_after=60)
    assert item["change"] == 0 and item["text"].startswith("Your belief stayed at 60.")
    assert item["safety"] is None


@pytest.mark.parametrize("answers", [
    {"prediction": "If I go out with my friends, he will hit me.", "belief_before": 70, "belief_after": 20},
    {"prediction": "If I'm late she'll be upset.", "outcome": "When I got home, she threatened me.",
     "belief_before": 30, "belief_after": 90},
    {"prediction": "He'll be fine.", "people": [{"who": "He tracks my location all the time"}],
     "belief_before": 50, "belief_after": 10},
], ids=["in the prediction", "in what happened", "in a group's row"])
def test_words_about_a_partner_who_hurts_or_controls_get_no_verdict_on_the_ratings(
        answers: dict[str, Any]) -> None:
    item = feedback(**answers)
    assert item["before"] is None and item["after"] is None and item["change"] is None
    assert item["lines"] == []
    assert "not one to test" in item["text"] and "your safety comes first" in item["text"]
    assert "went from" not in item["text"]
    assert item["safety"]["text"] == str(NO_NEED_TO_PROVE)


def test_without_both_ratings_it_asks_for_them() -> None:
    item = feedback(prediction="They'll leave.", belief_before=70)
    assert item["change"] is None
    assert item["text"].startswith("Rate how much you believe the prediction before")


def test_a_long_prediction_is_shortened_where_it_is_quoted() -> None:
    item = feedback(prediction="If I " + "wait a little longer " * 10 + "they will leave.", belief_before=90,
                    belief_after=40)
    [line] = item["lines"]
    assert line.endswith("...\u201d: 90 before, 40 after.") and len(line) < 120


def test_the_entry_keeps_the_feedback_words_for_the_journal() -> None:
    result = ws.check(copy.deepcopy(DEFINITION), {"prediction": "They'll be cross.", "belief_before": 70,
                                                  "belief_after": 20})
    [kept] = result["entry"]["feedback"]
    assert kept["title"] == "What your experiment showed"
    assert kept["text"].startswith("Your belief went from 70 to 20")
    assert "### What your experiment showed" in ws.markdown(result["entry"])


def test_the_check_names_a_text_field_and_two_ratings() -> None:
    from exercises.core.errors import DefinitionError

    wrong = copy.deepcopy(DEFINITION)
    wrong["feedback"][0]["before"] = "prediction"
    with pytest.raises(DefinitionError) as err:
        ws.parse(wrong)
    assert "'prediction' is a long_text field, but prediction_test needs a rating field here" in str(
        [p.message for p in err.value.problems])


def test_read_aloud_is_read_from_the_definition_and_is_off_unless_asked() -> None:
    assert ws.parse(copy.deepcopy(DEFINITION)).read_aloud is False
    assert ws.parse({**copy.deepcopy(DEFINITION), "read_aloud": True}).read_aloud is True
    from exercises.core.errors import DefinitionError

    with pytest.raises(DefinitionError) as err:
        ws.parse({**copy.deepcopy(DEFINITION), "read_aloud": "yes please"})
    [problem] = err.value.problems
    assert problem.field == "read_aloud" and "true or false" in problem.message
