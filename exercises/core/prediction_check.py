"""The ``prediction_test`` feedback check: what a behavioral experiment showed.

A behavioral experiment tests a worried prediction in real life: the reader rates how much they
believe it, does one small thing that could test it, writes what happened, and rates the belief
again. The check says how the belief moved, in the same fail-safe spirit as the other checks:

- a fall is good news, said plainly, with no promise that the fear is gone;
- a rise is not called a failure: a fear can be partly right, and that is worth knowing. Because a
  fear that came true may be about a partner who frightens or controls the reader, a note points to
  the relationship-safety page, and nothing suggests testing it again;
- when anything the reader wrote sounds like a partner who hits, threatens, tracks or controls them
  (``text_checks.concerns``), the check says nothing about the ratings at all: such a fear is not one
  to test, and the reader is pointed to help instead.

Registered in ``worksheet_checks.CHECKS`` like every check; its words live here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .text_checks import concerns

TITLE = "What your experiment showed"
QUOTE_LIMIT = 80  # a long prediction is shortened where it is quoted

ASK_FOR_RATINGS = ("Rate how much you believe the prediction before the experiment and again after it, "
                   "to see how it moved.")
# No suggestion to test again: the check cannot know whose reaction the fear was about.
WENT_DOWN = ("What really happened is worth keeping in mind. The next time this fear shows up, you can "
             "look back at this.")
STAYED = ("One experiment does not always settle it. You could plan another small one, or talk it "
          "through with someone you trust.")
WENT_UP = ("Sometimes a fear turns out to be partly right, and that is worth knowing. It is not a "
           "failure. You can decide what to do about it, or talk it through with someone you trust.")
NOT_TO_TEST = ("Some of what you wrote sounds like it may be about someone who hurts, threatens or "
               "controls you. A fear like that is not one to test. It may be right, and your safety "
               "comes first.")

SAFETY_LINK = {"link_text": "Is it worry, or is something wrong?", "page": "relationship-safety.md"}
# When the belief rose: the fear may have been about a partner; it is never to be tested again.
IF_ABOUT_A_PARTNER = {
    "text": "If what you found is about a partner who frightens, controls or hurts you, please do not "
            "test it again. Your safety comes first.", **SAFETY_LINK}
# When the reader's words sound like a partner who hurts or controls them.
NO_NEED_TO_PROVE = {
    "text": "You do not have to prove this fear wrong. A hotline or someone you trust can help you "
            "think about what to do.", **SAFETY_LINK}


def _points(n: int) -> str:
    return f"{n} point" if n == 1 else f"{n} points"


def _quoted(text: str) -> str:
    words = " ".join(text.split())
    if len(words) > QUOTE_LIMIT:
        words = words[:QUOTE_LIMIT - 3].rstrip() + "..."
    return f"\u201c{words}\u201d"


def _written(answers: Mapping[str, Any]) -> str:
    """Every piece of the reader's own words in the worksheet (group rows included)."""
    found: list[str] = []
    for value in answers.values():
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    found.append(item)
                elif isinstance(item, Mapping):
                    found.extend(v for v in item.values() if isinstance(v, str))
    return "\n".join(found)


def prediction_test(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    before, after = answers.get(params["before"]), answers.get(params["after"])
    prediction = answers.get(params["prediction"])
    prediction = prediction.strip() if isinstance(prediction, str) else ""
    result: dict[str, Any] = {"check": "prediction_test", "title": TITLE, "before": before, "after": after,
                              "change": None, "lines": [], "safety": None}
    if concerns(_written(answers))["safety"]:
        return {**result, "before": None, "after": None, "text": NOT_TO_TEST,
                "safety": dict(NO_NEED_TO_PROVE)}
    if before is None or after is None:
        return {**result, "text": ASK_FOR_RATINGS}
    change = after - before
    if change == 0:
        moved, comfort = f"Your belief stayed at {after}.", STAYED
    else:
        way = "up" if change > 0 else "down"
        moved = f"Your belief went from {before} to {after}, {way} {_points(abs(change))}."
        comfort = WENT_UP if change > 0 else WENT_DOWN
    lines = [f"{_quoted(prediction)}: {before} before, {after} after."] if prediction else []
    return {**result, "change": change, "lines": lines, "text": f"{moved} {comfort}",
            "safety": dict(IF_ABOUT_A_PARTNER) if change > 0 else None}
