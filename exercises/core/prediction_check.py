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

from .messages import msg, t, tn
from .text_checks import concerns

# i18n: The heading of the feedback a behavioral-experiment worksheet gives: how the reader's belief
# in a worried prediction moved after testing it.
TITLE = msg("experiment.title", "What your experiment showed")
QUOTE_LIMIT = 80  # a long prediction is shortened where it is quoted

# i18n: The experiment's feedback when the reader has not rated the prediction before and after.
ASK_FOR_RATINGS = msg("experiment.ask_for_ratings", "Rate how much you believe the prediction before the "
                      "experiment and again after it, to see how it moved.")
# No suggestion to test again: the check cannot know whose reaction the fear was about.
# i18n: The experiment's feedback when the belief went down. Plain good news, with no promise that the
# fear is gone.
WENT_DOWN = msg("experiment.went_down", "What really happened is worth keeping in mind. The next time this "
                "fear shows up, you can look back at this.")
# i18n: The experiment's feedback when the belief stayed the same.
STAYED = msg("experiment.stayed", "One experiment does not always settle it. You could plan another small "
             "one, or talk it through with someone you trust.")
# i18n: The experiment's feedback when the belief went up. Never a failure: a fear can be partly right.
WENT_UP = msg("experiment.went_up", "Sometimes a fear turns out to be partly right, and that is worth "
              "knowing. It is not a failure. You can decide what to do about it, or talk it through with "
              "someone you trust.")
# i18n: The experiment's feedback, instead of anything about ratings, when the reader's words sound like
# a partner who hurts, threatens or controls them. Safety first; the fear may be right.
NOT_TO_TEST = msg("experiment.not_to_test", "Some of what you wrote sounds like it may be about someone who "
                  "hurts, threatens or controls you. A fear like that is not one to test. It may be right, "
                  "and your safety comes first.")

SAFETY_PAGE = "relationship-safety.md"
# i18n: A link to the site's page for readers afraid of a partner, under an experiment's feedback
# (the same words as the help bar's second link on that page's own title).
SAFETY_LINK_TEXT = msg("experiment.safety_link", "Is it worry, or is something wrong?")
# When the belief rose: the fear may have been about a partner; it is never to be tested again.
# i18n: Under the experiment's feedback when the belief went up, before the link to the safety page.
IF_ABOUT_A_PARTNER = msg("experiment.if_about_a_partner", "If what you found is about a partner who "
                         "frightens, controls or hurts you, please do not test it again. Your safety comes "
                         "first.")
# When the reader's words sound like a partner who hurts or controls them.
# i18n: Under the experiment's feedback when the reader's words sound like a partner who hurts them,
# before the link to the safety page.
NO_NEED_TO_PROVE = msg("experiment.no_need_to_prove", "You do not have to prove this fear wrong. A hotline "
                       "or someone you trust can help you think about what to do.")


def _safety(words: object) -> dict[str, str]:
    return {"text": str(words), "link_text": str(SAFETY_LINK_TEXT), "page": SAFETY_PAGE}


def _quoted(text: str) -> str:
    words = " ".join(text.split())
    if len(words) > QUOTE_LIMIT:
        words = words[:QUOTE_LIMIT - 3].rstrip() + "..."
    # i18n: The reader's own words in quotation marks, as the language writes them (Spanish: «{words}»).
    return t("experiment.quoted", "\u201c{words}\u201d", words=words)


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
    result: dict[str, Any] = {"check": "prediction_test", "title": str(TITLE), "before": before,
                              "after": after, "change": None, "lines": [], "safety": None}
    if concerns(_written(answers))["safety"]:
        return {**result, "before": None, "after": None, "text": str(NOT_TO_TEST),
                "safety": _safety(NO_NEED_TO_PROVE)}
    if before is None or after is None:
        return {**result, "text": str(ASK_FOR_RATINGS)}
    change = after - before
    if change == 0:
        # i18n: The first sentence of the experiment's feedback when the belief did not move. {value} is
        # the rating (0 to 100).
        moved, comfort = t("experiment.belief_stayed", "Your belief stayed at {value}.", value=after), STAYED
    elif change > 0:
        # i18n: The first sentence of the experiment's feedback. {before} and {after} are the ratings
        # (0 to 100); {count} how many points the belief went up.
        moved = tn("experiment.belief_up", "Your belief went from {before} to {after}, up {count} point.",
                   "Your belief went from {before} to {after}, up {count} points.", change, before=before,
                   after=after)
        comfort = WENT_UP
    else:
        # i18n: As "Your belief went from {before} to {after}, up {count} points.", for a belief that went
        # down.
        moved = tn("experiment.belief_down", "Your belief went from {before} to {after}, down {count} point.",
                   "Your belief went from {before} to {after}, down {count} points.", -change, before=before,
                   after=after)
        comfort = WENT_DOWN
    # i18n: A line under the experiment's feedback. {prediction} is the reader's prediction in quotation
    # marks; {before} and {after} are the ratings.
    lines = [t("experiment.prediction_line", "{prediction}: {before} before, {after} after.",
               prediction=_quoted(prediction), before=before, after=after)] if prediction else []
    return {**result, "change": change, "lines": lines, "text": f"{moved} {comfort}",
            "safety": _safety(IF_ABOUT_A_PARTNER) if change > 0 else None}
