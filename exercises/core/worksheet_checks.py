"""Checks a worksheet can name under ``feedback:``, each giving the reader gentle feedback.

A check is a plain function of the worksheet's answers. Its parameters name fields of the
worksheet (validated at build time: the field must exist and be of the right type) or hold words.

- ``compare_ratings``: how a rating moved from before to after (kindness, calm).
- ``message_builder`` (``message_builder.py``): four boxes joined into one message in the reader's
  own words; a softer way to ask only as an offer, and never for a boundary, a need for safety, or
  words of fear, violence, threat or control (then a note points to the relationship-safety page).
- ``urge_log``: in a repeatable group, how each urge changed after waiting, and on average.
- ``prediction_test``: how the belief in a worried prediction moved after a behavioral experiment
  (its own module, ``prediction_check``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .field_types import answer_map, text_types
from .message_builder import message_builder, wording_notes
from .messages import mid_sentence, t, tn
from .prediction_check import prediction_test
from .worksheet_model import Worksheet

__all__ = ["CHECKS", "Check", "Param", "compare_ratings", "message_builder", "prediction_test", "run_checks",
           "urge_log", "wording_notes"]


@dataclass(frozen=True)
class Param:
    #: Field types the parameter may name; with ``text``, none: it holds words, not a field id.
    types: tuple[str, ...] = ()
    required: bool = True
    #: For a sub-field: the parameter naming the group it belongs to.
    inside: str = ""
    #: It may name a field of any type whose answer is the reader's own words (``FieldType.text``).
    text: bool = False

    @property
    def needs(self) -> tuple[str, ...]:
        """Every field type the parameter may name."""
        return (*self.types, *(text_types() if self.text else ()))


@dataclass(frozen=True)
class Check:
    params: Mapping[str, Param]
    run: Callable[[Mapping[str, str], dict[str, Any]], dict[str, Any]]
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# compare_ratings


def _moved(before: int, after: int) -> str:
    """How a rating moved, as one sentence."""
    change = after - before
    if change == 0:
        # i18n: Feedback on a rating taken before and after a practice, when it did not move. {after}: the
        # rating.
        return t("check.ratings.stayed", "It stayed at {after}.", after=after)
    if change > 0:
        # i18n: Feedback on a rating taken before and after a practice. {before} and {after}: the ratings;
        # {count}: by how many points it went up.
        return tn("check.ratings.up", "It went from {before} to {after}, up {count} point.",
                  "It went from {before} to {after}, up {count} points.", change, before=before, after=after)
    # i18n: Feedback on a rating taken before and after a practice. {before} and {after}: the ratings;
    # {count}: by how many points it went down.
    return tn("check.ratings.down", "It went from {before} to {after}, down {count} point.",
              "It went from {before} to {after}, down {count} points.", -change, before=before, after=after)


def compare_ratings(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    before, after = answers.get(params["before"]), answers.get(params["after"])
    about = params.get("about")
    if about:
        # i18n: The heading of the feedback on a rating taken before and after a practice. {about}: what
        # was rated, in the author's words, like "your calm".
        title = t("check.ratings.title", "How {about} changed", about=mid_sentence(about))
    else:
        # i18n: The heading of the feedback on a rating taken before and after a practice (nothing named).
        title = t("check.ratings.title_this", "How this changed")
    if before is None or after is None:
        return {"check": "compare_ratings", "title": title, "before": before, "after": after, "change": None,
                # i18n: Feedback on a rating taken before and after a practice, until both are given.
                "text": t("check.ratings.waiting", "Rate it at the start and again at the end to see how it "
                                                   "moved.")}
    change = after - before
    better = params.get("better", "higher")
    if change == 0:
        # i18n: After "It stayed at 40.": comfort when a practice did not move the rating.
        comfort = t("check.ratings.same_comfort", "That is okay. Some days a practice does not shift much. "
                    "You still took this time for you.")
    elif (change > 0) == (better == "higher"):
        # i18n: After the rating moved the way the author hoped.
        comfort = t("check.ratings.better", "Something shifted. Notice what helped, so you can come back to "
                                            "it.")
    else:
        # i18n: After the rating moved the other way (a hard feeling rose).
        comfort = t("check.ratings.worse", "That is okay. Hard feelings can rise when we look at them. Be "
                    "gentle with yourself, and try again another day.")
    return {"check": "compare_ratings", "title": title, "before": before, "after": after,
            "change": change, "text": f"{_moved(before, after)} {comfort}"}


# ---------------------------------------------------------------------------------------------
# urge_log


def _urge_line(label: str, before: int, after: int) -> str:
    change = after - before
    if change == 0:
        # i18n: One line of an urge log's feedback. {label}: the urge, like "Time 1" or the reader's name for
        # it in quotation marks; {before} and {after}: its ratings.
        return t("check.urge.line_same", "{label}: {before} at first, {after} after waiting (the same).",
                 label=label, before=before, after=after)
    if change > 0:
        # i18n: One line of an urge log's feedback, when the urge rose. {label}: as above; {before} and
        # {after}: its ratings; {count}: by how many points it rose.
        return tn("check.urge.line_up", "{label}: {before} at first, {after} after waiting (up {count} "
                                        "point).",
                  "{label}: {before} at first, {after} after waiting (up {count} points).", change,
                  label=label, before=before, after=after)
    # i18n: One line of an urge log's feedback, when the urge eased. {label}: as above; {before} and
    # {after}: its ratings; {count}: by how many points it went down.
    return tn("check.urge.line_down", "{label}: {before} at first, {after} after waiting (down {count} "
                                      "point).",
              "{label}: {before} at first, {after} after waiting (down {count} points).", -change,
              label=label, before=before, after=after)


def urge_log(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    rows = answers.get(params["group"]) or []
    lines, changes = [], []
    name_key = params.get("name")
    for n, row in enumerate(rows, start=1):
        before, after = row.get(params["before"]), row.get(params["after"])
        if before is None or after is None:
            continue
        changes.append(after - before)
        name = (row.get(name_key) or "").strip() if name_key else ""
        if name:
            # i18n: An urge the reader named, in an urge log's feedback. {name}: the reader's words; use the
            # language's quotation marks.
            label = t("check.urge.named", "\u201c{name}\u201d", name=name)
        else:
            # i18n: An urge the reader did not name, in an urge log's feedback. {number}: which row, 1, 2, 3.
            label = t("check.urge.time", "Time {number}", number=n)
        lines.append(_urge_line(label, before, after))
    # i18n: The heading of an urge log's feedback.
    title = t("check.urge.title", "How the urge changed")
    if not changes:
        return {"check": "urge_log", "title": title, "lines": [], "average": None,
                # i18n: An urge log's feedback until a row has both ratings.
                "text": t("check.urge.waiting", "Rate the urge when it starts and again after waiting, to "
                          "see how it changes.")}
    average = round(sum(changes) / len(changes))
    if average < 0:
        # i18n: An urge log's feedback when urges eased on average. {count}: by how many points.
        text = tn("check.urge.eased", "On average the urge went down {count} point after waiting. Urges "
                  "rise, peak and fall on their own. Each time you wait, you show yourself you can ride one "
                  "out.",
                  "On average the urge went down {count} points after waiting. Urges rise, peak and fall on "
                  "their "
                  "own. Each time you wait, you show yourself you can ride one out.", -average)
    else:
        # i18n: An urge log's feedback when urges did not ease on average.
        text = t("check.urge.not_eased", "This time the urge did not ease with waiting, and that is okay. "
                 "Try a calming practice while you wait, or a shorter wait to start with.")
    return {"check": "urge_log", "title": title, "lines": lines, "average": average, "text": text}


CHECKS: dict[str, Check] = {
    "compare_ratings": Check(
        {"before": Param(("rating",)), "after": Param(("rating",)), "about": Param(required=False),
         "better": Param(required=False)},
        compare_ratings, {"better": ("higher", "lower")}),
    "message_builder": Check(
        {key: Param(text=True) for key in ("happened", "feel", "need", "ask")}, message_builder),
    "urge_log": Check(
        {"group": Param(("group",)), "before": Param(("rating",), inside="group"),
         "after": Param(("rating",), inside="group"),
         "name": Param(required=False, inside="group", text=True)},
        urge_log),
    "prediction_test": Check(
        {"prediction": Param(text=True), "before": Param(("rating",)), "after": Param(("rating",))},
        prediction_test),
}


def run_checks(ws: Worksheet, entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The feedback of every check the worksheet names, in its order."""
    answers = answer_map(entry)
    return [CHECKS[f.check].run(f.params, answers) for f in ws.feedback]
