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
        "belief_before": 80,
        "belief_after": 40,
        "traps": ["mind-reading", "overgeneralising"],
    }


def old_entry() -> dict:
    """An entry saved before the belief ratings: it rated the balanced thought and kept "blaming"."""
    entry = full_entry()
    del entry["belief_before"], entry["belief_after"]
    return dict(entry, balanced_belief=65, traps=["mind-reading", "blaming"])


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
    _, errors = tr.read_entry({"emotions": [{"name": "sad", "before": bad}], "balanced_belief": bad,
                               "belief_before": bad, "belief_after": bad})
    assert errors == {"emotions.0.before": "Use a whole number from 0 to 100.",
                      "belief_before": "Use a whole number from 0 to 100.",
                      "balanced_belief": "Use a whole number from 0 to 100.",
                      "belief_after": "Use a whole number from 0 to 100."}


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


def test_words_about_a_partner_who_frightens_or_controls_are_noticed_anywhere() -> None:
    assert tr.check({"situation": "He took my bank card again."})["safety"] is True
    assert tr.check({"evidence_for": "She pushed me."})["safety"] is True
    assert tr.check(full_entry())["safety"] is False


@pytest.mark.parametrize("thought", [
    "He checks my phone every time and I'm scared of what he'll do",
    "He never lets me see my friends.",
    "She threatened to take the kids. It's all my fault.",
])
def test_no_trap_is_suggested_about_a_partners_control_or_threats(thought: str) -> None:
    result = tr.check({"thoughts": [{"text": thought, "hot": True}]})
    assert result["safety"] is True
    assert result["traps"] == []


def test_words_of_crisis_anywhere_in_the_entry_withhold_suggestions() -> None:
    thoughts = [{"text": "I always mess everything up.", "hot": True}]
    result = tr.check({"evidence_for": "I keep thinking everyone would be better off without me.",
                       "thoughts": thoughts})
    assert result["crisis"] is True and result["traps"] == []


@pytest.mark.parametrize("thought", [
    "He gets so angry when I'm late.",
    "She said I'm too sensitive and always ruin things.",
    "He never answers when I need him.",
])
def test_no_trap_is_suggested_for_a_partners_described_action(thought: str) -> None:
    assert tr.check({"thoughts": [{"text": thought, "hot": True}]})["traps"] == []


def test_a_safety_concern_elsewhere_in_the_entry_also_withholds_suggestions() -> None:
    thoughts = [{"text": "It's my fault.", "hot": True}]
    result = tr.check({"situation": "He hit me again.", "thoughts": thoughts})
    assert result["safety"] is True and result["traps"] == []


@pytest.mark.parametrize(("thought", "name"), [
    ("He will leave me.", "Fortune telling"),
    ("It's the end of the world.", "Jumping to the worst"),
    ("I always mess things up.", "Always-and-never thinking"),
    ("I'm such an idiot.", "Calling yourself names"),
    ("It's my fault he was quiet.", "Taking it personally"),
    ("I should be over this by now.", "Should rules"),
])
def test_suggestions_carry_the_lessons_names(thought: str, name: str) -> None:
    names = [t["name"] for t in tr.check({"thoughts": [{"text": thought, "hot": True}]})["traps"]]
    assert name in names


def test_belief_in_the_hot_thought_before_and_after() -> None:
    result = tr.check(full_entry())
    assert result["belief"] == {"before": 80, "after": 40, "change": -40, "words": "down 40 points"}
    assert tr.check({"belief_before": 70})["belief"] is None
    assert tr.check({"belief_before": 50, "belief_after": 50})["belief"]["words"] == "about the same"
    assert tr.check({"belief_before": 70})["errors"] == {}  # a rating alone is enough to keep


def test_an_entry_saved_before_the_belief_ratings_still_loads_shows_and_exports() -> None:
    entry, errors = tr.read_entry(old_entry())
    assert errors == {}
    assert (entry["belief_before"], entry["belief_after"], entry["balanced_belief"]) == (None, None, 65)
    assert entry["traps"] == ["mind-reading", "blaming"]  # the retired trap is kept, not lost
    result = tr.check(old_entry())
    assert result["belief"] is None and result["entry"]["traps"] == ["mind-reading", "blaming"]
    text = tr.markdown(entry)
    assert "- Blaming" in text and "- Mind reading" in text
    assert "How much I believed the balanced thought: 65 out of 100" in text
    assert "How much do you believe it?" not in text
    row = tr.flat(entry)
    assert row["thinking_traps"] == "Mind reading; Blaming"
    assert (row["belief_before"], row["belief_after"], row["balanced_belief"]) == ("", "", "65")


def test_a_trap_kept_twice_is_kept_once() -> None:
    assert tr.read_entry({"traps": ["labelling", "labelling"]})[0]["traps"] == ["labelling"]

def test_unknown_trap_ids_and_junk_are_dropped() -> None:
    entry, errors = tr.read_entry({"traps": ["mind-reading", "made-up", 3], "thoughts": "not a list"})
    assert entry["traps"] == ["mind-reading"] and entry["thoughts"] == [] and errors == {}


def test_markdown_has_each_step_in_the_lessons_order_and_the_changes() -> None:
    text = tr.markdown(tr.read_entry(full_entry())[0])
    assert "### What happened?\n\nFriday night." in text
    assert "### What did you feel?\n\n- anxious: 85 out of 100" in text
    assert "- He is losing interest in me. (the one that hurts most)" in text
    assert "### How much do you believe it?\n\nHow much I believed it: 80 out of 100" in text
    assert "### Thinking traps I noticed\n\n- Mind reading\n- Always-and-never thinking" in text
    assert "### Facts that support the thought\n\nHe was quiet" in text
    assert "### Facts that do not fit it\n\nHe said he had" in text
    assert "### Rate it again\n\nThe thought that hurts most: 80 before, 40 after (down 40 points)." in text
    assert "- anxious: 85 before, 40 after (down 45 points)" in text
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == ["### What happened?", "### What did you feel?", "### What went through your mind?",
                        "### How much do you believe it?", "### Thinking traps I noticed",
                        "### Facts that support the thought", "### Facts that do not fit it",
                        "### A more balanced thought", "### Rate it again"]


def test_csv_has_the_belief_ratings() -> None:
    row = tr.flat(tr.read_entry(full_entry())[0])
    assert (row["belief_before"], row["belief_after"]) == ("80", "40")
    assert row["thinking_traps"] == "Mind reading; Always-and-never thinking"


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
