"""The on-device check for words that call for help: thoughts of suicide, self-harm or harming
someone (``crisis``), and a partner who hits, threatens, controls or frightens the reader
(``safety``). A table of phrases a reader might write, each with what it must be noticed as, and
everyday phrases that must not be noticed as either."""

from __future__ import annotations

import pytest

from exercises.core import api
from exercises.core.text_checks import concerns, sounds_afraid

CRISIS, SAFETY, BOTH = "crisis", "safety", "both"

MUST_NOTICE: list[tuple[str, str]] = [
    # Suicide, in plain words, slang and spellings typed in a hurry.
    ("I want to die.", CRISIS),
    ("wanna die", CRISIS),
    ("i just wanna die tbh", CRISIS),
    ("I WANT TO DIE", CRISIS),
    ("I'm scared he'll hurt me.", SAFETY),
    ("scared they might hurt the kids", SAFETY),
    ("Sometimes I think about suicide.", CRISIS),
    ("I've been feeling suicidal.", CRISIS),
    ("I want to kill myself.", CRISIS),
    ("honestly kms", CRISIS),
    ("i should just kys", CRISIS),
    ("I want to unalive myself", CRISIS),
    ("thinking about unaliving", CRISIS),
    ("I want to disappear.", CRISIS),
    ("I wish I could just disappear forever.", CRISIS),
    ("There is nothing to live for.", CRISIS),
    ("There is no reason to live.", CRISIS),
    ("I just want to end it.", CRISIS),
    ("I keep thinking I should end it all.", CRISIS),
    ("I'm thinking about ending things.", CRISIS),
    ("I'm going to take all my pills.", CRISIS),
    ("I could swallow the whole bottle", CRISIS),
    ("I can't do this anymore.", CRISIS),
    ("I cant do this any more", CRISIS),
    ("I can\u2019t go on like this.", CRISIS),
    ("I can't take it anymore", CRISIS),
    ("I want to sleep and never wake up.", CRISIS),
    ("I hope I don't wake up tomorrow.", CRISIS),
    ("Everyone would be better off without me.", CRISIS),
    ("they'd be better off if I was gone", CRISIS),
    ("No one would even miss me.", CRISIS),
    ("I dont want to be alive anymore", CRISIS),
    ("I don\u2019t want to exist.", CRISIS),
    ("I wish I was dead.", CRISIS),
    ("Life isn't worth living.", CRISIS),
    ("What's the point of living?", CRISIS),
    ("I've thought about overdosing.", CRISIS),
    ("I thought about jumping off the bridge.", CRISIS),
    # Self-harm.
    ("I hurt myself last night.", CRISIS),
    ("I cut myself again.", CRISIS),
    ("I've thought about self-harm again.", CRISIS),
    ("I started cutting again", CRISIS),
    ("I want to hurt myself", CRISIS),
    # Harming someone else.
    ("I want to hurt him.", CRISIS),
    ("I could kill her.", CRISIS),
    ("I'm so angry I could kill him", CRISIS),
    ("I keep having thoughts of hurting my partner.", CRISIS),
    ("im gonna beat him up", CRISIS),
    ("I hit him last night.", CRISIS),
    ("I pushed her during the fight.", CRISIS),
    # Being hurt by a partner.
    ("He hit me again.", SAFETY),
    ("she pushed me", SAFETY),
    ("He choked me.", SAFETY),
    ("My boyfriend slapped me in front of his friends.", SAFETY),
    ("he's hit me before", SAFETY),
    ("She threw a glass at me.", SAFETY),
    ("He grabbed me by the arm so hard it bruised.", SAFETY),
    ("He held me down.", SAFETY),
    ("He forces me to have sex.", SAFETY),
    ("he pressures me into sex when I say no", SAFETY),
    ("My husband is so controlling.", SAFETY),
    ("He gets violent when he drinks.", SAFETY),
    # Threats.
    ("She threatened to take the kids.", SAFETY),
    ("He threatens to leave me with nothing.", SAFETY),
    ("He said he'd kill me if I left.", SAFETY),
    ("He told me to kill myself.", BOTH),
    ("she says she will post my photos", SAFETY),
    ("he'll take the kids", SAFETY),
    # Fear of a partner.
    ("I'm scared of what he'll do.", SAFETY),
    ("Im scared of what hell do", SAFETY),
    ("I'm afraid to go home.", SAFETY),
    ("I'm scared of him.", SAFETY),
    ("I'm afraid of how she will react.", SAFETY),
    ("I'm terrified he will hit me.", SAFETY),
    ("I'm afraid of his temper.", SAFETY),
    ("I don't feel safe at home.", SAFETY),
    ("He scares me sometimes.", SAFETY),
    ("I'm always walking on eggshells around him.", SAFETY),
    # Control.
    ("He checks my phone every time.", SAFETY),
    ("He checks my phone every time and I'm scared of what he'll do", SAFETY),
    ("He never lets me see my friends.", SAFETY),
    ("she doesn\u2019t let me talk to my family", SAFETY),
    ("They track my location.", SAFETY),
    ("he tracks where I go", SAFETY),
    ("He took my bank card.", SAFETY),
    ("He controls all the money.", SAFETY),
    ("My partner makes me share my location.", SAFETY),
    ("He went through my messages again.", SAFETY),
    ("She demands my passwords.", SAFETY),
    ("He won't let me leave.", SAFETY),
    ("he wont let me go out without him", SAFETY),
    ("He cut me off from my friends.", SAFETY),
    ("He calls me stupid.", SAFETY),
    ("He smashed my phone.", SAFETY),
    ("You need to stop checking my phone.", SAFETY),
    ("You never let me see my friends.", SAFETY),
]

MUST_NOT_NOTICE: list[str] = [
    "I cut myself a slice of cake.",
    "This commute is killing me.",
    "My feet are killing me.",
    "I could kill for a coffee.",
    "I'd kill to have her confidence.",
    "I'm dying to see you.",
    "I'd die of embarrassment.",
    "I nearly died laughing.",
    "That joke killed me.",
    "I killed it at work today.",
    "He killed the spider for me.",
    "We'll end it with a smile.",
    "I want to end things with him.",
    "I'm thinking about ending things with her.",
    "The hit song was on the radio.",
    "He hit the gym after work.",
    "He hit me up last night.",
    "It hit me that I was wrong.",
    "He checked the weather.",
    "He checks the weather every morning.",
    "She pushed me away when I tried to talk.",
    "He pushed me to apply for the job.",
    "She beat me at chess.",
    "He grabbed me a coffee.",
    "I'm scared he'll leave me.",
    "I'm afraid of him leaving me.",
    "I'm afraid he doesn't love me anymore.",
    "He never hit me.",
    "He would never hurt me.",
    "I'm scared he'll hurt my feelings if I bring it up.",
    "He hurt my feelings.",
    "He follows me on Instagram.",
    "I keep checking my phone for his text.",
    "He read my message and didn't reply.",
    "He never lets me pay for dinner.",
    "She doesn't let me see her phone.",
    "My phone died during the call.",
    "I felt like I could not go on the trip.",
    "I can't go on the trip this weekend.",
    "I can't do this puzzle.",
    "I want to disappear for a weekend with you.",
    "I don't want to live in this city.",
    "I don't want to wake up early tomorrow.",
    "I forgot to take all my pills today.",
    "I take all my meds in the morning.",
    "I'm going to hurt her feelings if I say no.",
    "I hurt myself at the gym.",
    "I cut myself shaving.",
    "She's going to kill it at the interview.",
    "I hugged him.",
    "I want to kill time before the movie.",
]


@pytest.mark.parametrize(("text", "concern"), MUST_NOTICE)
def test_a_phrase_that_calls_for_help_is_noticed(text: str, concern: str) -> None:
    expected = {"crisis": concern in (CRISIS, BOTH), "safety": concern in (SAFETY, BOTH)}
    assert concerns(text) == expected


@pytest.mark.parametrize("text", MUST_NOT_NOTICE)
def test_an_everyday_phrase_is_not_noticed(text: str) -> None:
    assert concerns(text) == {"crisis": False, "safety": False}


def test_the_tables_are_big_enough() -> None:
    assert len(MUST_NOTICE) >= 60 and len(MUST_NOT_NOTICE) >= 30
    assert len({t for t, _ in MUST_NOTICE}) == len(MUST_NOTICE)


def test_a_concern_is_found_inside_longer_writing() -> None:
    text = ("Friday night. We argued about money.\nHe took my bank card and said I can't be trusted.\n"
            "I feel so stupid.")
    assert concerns(text)["safety"] is True


@pytest.mark.parametrize(("text", "afraid"), [
    ("scared", True),
    ("Afraid.", True),
    ("frightened and alone", True),
    ("I feel unsafe", True),
    ("terrified", True),
    ("nervous of him", True),
    ("hurt and lonely", False),
    ("worried", False),
    ("", False),
])
def test_fear_in_a_feeling_box(text: str, afraid: bool) -> None:
    assert sounds_afraid(text) is afraid


def test_the_entry_point_answers_both_concerns() -> None:
    text = "He checks my phone every time and I'm scared of what he'll do"
    reply = api.call({"op": "check_crisis", "text": text})
    assert reply == {"ok": True, "result": {"crisis": False, "safety": True}}
    reply = api.call({"op": "check_crisis", "text": "i wanna die"})
    assert reply == {"ok": True, "result": {"crisis": True, "safety": False}}
