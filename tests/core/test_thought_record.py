"""A thought record entry: quick capture, ratings, feeling changes, summary text and formats."""

from __future__ import annotations

import pytest

from exercises.core import thought_record as tr


def full_entry() -> dict:
    return {
        "situation": "Friday night. He did not answer my text for five hours.",
        "emotions": [{"name": "anxious", "before": 85, "after": 40},
                     {"name": "sad", "before": 60, "after": 55},
                     {"name": "angry", "before": 20, "after": None}],
        "thoughts": [{"text": "He is losing interest in me.", "hot": True},
                     {"text": "I always mess things up.", "hot": False}],
        "evidence_for": "He was quiet at dinner on Tuesday.",
        "evidence_against": "He said he had a work event. He called me on Sunday.",
        "balanced": "He is busy tonight. One slow reply does not mean he is leaving.",
        "balanced_belief": 65,
        "traps": ["mind-reading", "overgeneralising"],
    }


def test_feeling_changes_are_after_minus_before_for_rated_feelings() -> None:
    changes = tr.emotion_changes(tr.read_entry(full_entry())[0])
    assert [(c["name"], c["change"], c["words"]) for c in changes] == [
        ("anxious", -45, "down 45 points"), ("sad", -5, "down 5 points")]


def test_no_change_is_said_in_words() -> None:
    entry, _ = tr.read_entry({"emotions": [{"name": "calm", "before": 50, "after": 50}]})
    assert tr.emotion_changes(entry)[0]["words"] == "about the same"


def test_quick_capture_one_box_is_enough() -> None:
    result = tr.check({"situation": "Waiting for a reply."})
    assert result["errors"] == {} and result["empty"] is False
    assert result["title"] == "Waiting for a reply."


def test_an_empty_entry_asks_for_something() -> None:
    result = tr.check({"situation": "   ", "thoughts": [{"text": "", "hot": True}]})
    assert result["empty"] is True
    assert result["errors"] == {"entry": "Write something in at least one box first."}


@pytest.mark.parametrize("bad", [-1, 101, 12.5, "lots", True])
def test_ratings_must_be_whole_numbers_from_0_to_100(bad: object) -> None:
    _, errors = tr.read_entry({"emotions": [{"name": "sad", "before": bad}], "balanced_belief": bad})
    assert errors == {"emotions.0.before": "Use a whole number from 0 to 100.",
                      "balanced_belief": "Use a whole number from 0 to 100."}


def test_ratings_typed_as_text_are_read() -> None:
    entry, errors = tr.read_entry({"emotions": [{"name": "sad", "before": " 40 ", "after": "0"}]})
    assert errors == {} and entry["emotions"][0]["before"] == 40 and entry["emotions"][0]["after"] == 0


def test_a_rating_needs_a_feeling_name() -> None:
    _, errors = tr.read_entry({"emotions": [{"name": " ", "before": 30}]})
    assert errors == {"emotions.0.name": "Name the feeling you are rating."}


def test_traps_are_suggested_from_the_thoughts() -> None:
    ids = {t["id"] for t in tr.check(full_entry())["traps"]}
    assert {"mind-reading", "overgeneralising"} <= ids


def test_crisis_language_anywhere_in_the_entry_is_noticed() -> None:
    assert tr.check({"evidence_for": "Sometimes I want to die."})["crisis"] is True
    assert tr.check(full_entry())["crisis"] is False


def test_unknown_trap_ids_and_junk_are_dropped() -> None:
    entry, errors = tr.read_entry({"traps": ["mind-reading", "made-up", 3], "thoughts": "not a list"})
    assert entry["traps"] == ["mind-reading"] and entry["thoughts"] == [] and errors == {}


def test_markdown_has_each_step_and_the_changes() -> None:
    text = tr.markdown(tr.read_entry(full_entry())[0])
    assert "### The situation\n\nFriday night." in text
    assert "- He is losing interest in me. (the one that hurts most)" in text
    assert "How much I believe it: 65 out of 100" in text
    assert "- anxious: 85 before, 40 after (down 45 points)" in text
    assert "- Mind reading" in text


def test_a_long_title_is_shortened() -> None:
    title = tr.title_of(tr.read_entry({"situation": "word " * 40})[0])
    assert len(title) <= 80 and title.endswith("...")


def test_definition_words_are_checked() -> None:
    assert tr.parse({"kind": "thought_record", "id": "tr", "title": "T"})["title"] == "T"


def test_blank_rows_of_the_form_are_not_kept() -> None:
    entry, errors = tr.read_entry({"emotions": [{"name": "sad", "before": 40}, {"name": " ", "before": ""}],
                                   "thoughts": [{"text": "  ", "hot": True}, {"text": "A thought."}]})
    assert errors == {}
    assert [e["name"] for e in entry["emotions"]] == ["sad"]
    assert [t["text"] for t in entry["thoughts"]] == ["A thought."]
