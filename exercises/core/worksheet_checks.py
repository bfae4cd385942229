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


def _points(n: int) -> str:
    return f"{n} point" if n == 1 else f"{n} points"


def compare_ratings(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    before, after = answers.get(params["before"]), answers.get(params["after"])
    about = params.get("about", "this")
    title = f"How {about} changed"
    if before is None or after is None:
        return {"check": "compare_ratings", "title": title, "before": before, "after": after, "change": None,
                "text": "Rate it at the start and again at the end to see how it moved."}
    change = after - before
    better = params.get("better", "higher")
    if change == 0:
        moved = f"It stayed at {after}."
        comfort = "That is okay. Some days a practice does not shift much. You still took this time for you."
    else:
        moved = f"It went from {before} to {after}, {'up' if change > 0 else 'down'} {_points(abs(change))}."
        helped = (change > 0) == (better == "higher")
        comfort = ("Something shifted. Notice what helped, so you can come back to it."
                   if helped else "That is okay. Hard feelings can rise when we look at them. "
                   "Be gentle with yourself, and try again another day.")
    return {"check": "compare_ratings", "title": title, "before": before, "after": after,
            "change": change, "text": f"{moved} {comfort}"}


# ---------------------------------------------------------------------------------------------
# urge_log


def urge_log(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    rows = answers.get(params["group"]) or []
    lines, changes = [], []
    name_key = params.get("name")
    for n, row in enumerate(rows, start=1):
        before, after = row.get(params["before"]), row.get(params["after"])
        if before is None or after is None:
            continue
        change = after - before
        changes.append(change)
        name = (row.get(name_key) or "").strip() if name_key else ""
        what = f"\u201c{name}\u201d" if name else f"Time {n}"
        words = "the same" if change == 0 else f"{'up' if change > 0 else 'down'} {_points(abs(change))}"
        lines.append(f"{what}: {before} at first, {after} after waiting ({words}).")
    title = "How the urge changed"
    if not changes:
        return {"check": "urge_log", "title": title, "lines": [], "average": None,
                "text": "Rate the urge when it starts and again after waiting, to see how it changes."}
    average = round(sum(changes) / len(changes))
    if average < 0:
        text = (f"On average the urge went down {_points(-average)} after waiting. Urges rise, peak "
                "and fall on their own. Each time you wait, you show yourself you can ride one out.")
    else:
        text = ("This time the urge did not ease with waiting, and that is okay. Try a calming practice "
                "while you wait, or a shorter wait to start with.")
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
