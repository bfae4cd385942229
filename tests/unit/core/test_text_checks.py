"""Thinking-trap suggestions and crisis-language detection, on examples a reader might write.
(The full tables of words that call for help are in test_concerns.py.)"""

from __future__ import annotations

import pytest

from exercises.core.text_checks import RETIRED_TRAPS, TRAP_NAMES, TRAPS, concerns, suggest_traps


def trap_ids(text: str) -> set[str]:
    return {s["id"] for s in suggest_traps(text)}


@pytest.mark.parametrize(("text", "trap"), [
    ("The whole evening was ruined.", "all-or-nothing"),
    ("I'm a complete failure at relationships.", "all-or-nothing"),
    ("Nobody ever answers when I need them.", "overgeneralising"),
    ("Nobody ever stays with me.", "overgeneralising"),
    ("All I can think about is the one thing she said.", "mental-filter"),
    ("She said it was lovely but she was just being nice.", "discounting-the-positive"),
    ("That compliment doesn't count.", "discounting-the-positive"),
    ("He must think I'm too much.", "mind-reading"),
    ("She's angry with me.", "mind-reading"),
    ("He's pulling away.", "mind-reading"),
    ("She's going to leave me.", "fortune-telling"),
    ("What if he meets someone better?", "fortune-telling"),
    ("It would be a disaster, I can't bear it.", "catastrophising"),
    ("I feel unwanted, so it must be true.", "emotional-reasoning"),
    ("I just know something is wrong.", "emotional-reasoning"),
    ("I should be over this by now.", "should-statements"),
    ("I'm such an idiot for texting twice.", "labelling"),
    ("I am so needy.", "labelling"),
    ("It's my fault he was quiet.", "personalising"),
    ("I must have done something wrong.", "personalising"),
])
def test_a_typical_phrase_suggests_its_trap(text: str, trap: str) -> None:
    assert trap in trap_ids(text)


def test_curly_apostrophes_from_phones_count() -> None:
    assert "labelling" in trap_ids("I\u2019m such an idiot.")


# What a partner did, said or threatened is told, not a thinking trap: nothing is suggested for it,
# whatever words it uses ("never", "always", "ruined"), while the reader's own readings still are.
@pytest.mark.parametrize("text", [
    "He never answers when I need him.",
    "He gets so angry when I'm late.",
    "She always checks where I've been.",
    "He said I ruined the whole evening.",
    "They yelled that I should be grateful.",
    "My husband told me I'm a terrible mother.",
    "Last night he slammed the door and said I'd be sorry.",
    "You never let me finish a sentence.",
    "He threatened to take the kids, and it's my fault.",
    "He punched the wall right beside my head.",
    "She screamed that nobody else would ever want me.",
])
def test_no_trap_is_suggested_for_what_a_partner_did_or_said(text: str) -> None:
    assert trap_ids(text) == set()


@pytest.mark.parametrize(("text", "trap"), [
    ("He said he was busy, but he must be bored of me.", "mind-reading"),
    ("She didn't call. She's going to leave me.", "fortune-telling"),
    ("He was quiet at dinner. I always ruin things.", "overgeneralising"),
    ("She thanked me, but she was just being polite.", "discounting-the-positive"),
])
def test_the_readers_own_reading_beside_a_report_still_gets_its_suggestion(text: str, trap: str) -> None:
    assert trap in trap_ids(text)


@pytest.mark.parametrize("text", ["I\u2019m such a burden to everyone.", "I want to die, I always mess up.",
                                  "He hit me and I always deserve it."])
def test_no_trap_is_suggested_when_the_words_call_for_help(text: str) -> None:
    assert trap_ids(text) == set()


@pytest.mark.parametrize("text", [
    "We had dinner and talked about our week.",
    "I felt nervous, then I called a friend and felt better.",
    "",
])
def test_neutral_text_suggests_no_trap(text: str) -> None:
    assert trap_ids(text) == set()


def test_each_suggestion_explains_itself_and_quotes_the_words() -> None:
    [suggestion] = suggest_traps("He is Losing Interest in me")
    assert suggestion["name"] == "Mind reading"
    assert suggestion["explanation"].endswith(".")
    assert suggestion["because"] == "Losing Interest"


def test_the_eleven_traps_have_the_lessons_names_in_its_order() -> None:
    assert [(t.id, str(t.name)) for t in TRAPS] == [
        ("mind-reading", "Mind reading"), ("fortune-telling", "Fortune telling"),
        ("catastrophising", "Jumping to the worst"), ("all-or-nothing", "All-or-nothing thinking"),
        ("overgeneralising", "Always-and-never thinking"), ("mental-filter", "Only seeing the bad"),
        ("discounting-the-positive", "Brushing off the good"), ("emotional-reasoning", "Feelings as facts"),
        ("should-statements", "Should rules"), ("labelling", "Calling yourself names"),
        ("personalising", "Taking it personally")]
    for trap in TRAPS:  # one plain line each
        explanation = str(trap.explanation)
        assert explanation.endswith(".") and "\n" not in explanation and len(explanation) < 110


@pytest.mark.parametrize("text", ["It's all his fault.", "She makes me feel this way.",
                                  "He made me feel worthless.", "It's because of him."])
def test_blaming_is_never_suggested(text: str) -> None:
    assert "blaming" not in trap_ids(text)


def test_blaming_is_retired_but_still_has_its_name() -> None:
    assert [t.id for t in RETIRED_TRAPS] == ["blaming"]
    assert str(TRAP_NAMES["blaming"]) == "Blaming" and str(TRAP_NAMES["mind-reading"]) == "Mind reading"
    assert "blaming" not in {t.id for t in TRAPS}


@pytest.mark.parametrize("text", [
    "I want to die.",
    "Sometimes I think about suicide.",
    "I've been feeling suicidal.",
    "I want to kill myself.",
    "Everyone would be better off without me.",
    "I don't want to be alive anymore.",
    "I keep thinking I should end it all.",
    "I hurt myself last night.",
    "There is no reason to live.",
    "I can\u2019t go on like this.",
    "I've thought about self-harm again.",
    "I WANT TO DIE",
])
def test_crisis_language_is_noticed(text: str) -> None:
    assert concerns(text)["crisis"]


@pytest.mark.parametrize("text", [
    "I'm dying to see her again.",
    "This deadline is killing me.",
    "I'd kill for a coffee right now.",
    "That joke made me die laughing.",
    "He hurt my feelings.",
    "I cut myself a slice of cake.",
    "My phone died during the call.",
    "I felt like I could not go on the trip.",
])
def test_everyday_phrases_are_not_crisis_language(text: str) -> None:
    assert not concerns(text)["crisis"]
