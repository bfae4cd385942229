"""The questionnaire kind: Likert items on one scale, grouped into subscales.

Scores are continuous (the mean of a subscale's answered items after reverse keying), never
labels or percentiles. Interpretation is a gentle reading chosen by the region the scores fall in.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from . import questionnaire_results
from .exercise_kind import ExerciseKind, JournalFormat
from .fields import Checker, describe, is_number, quote_hint
from .messages import mid_sentence, msg, number, t, tn
from .protocol import Request, RequestError
from .questionnaire_results import MAX_SCALE_POINTS, round_display

KIND = "questionnaire"
TOP_KEYS = ("kind", "id", "title", "intro", "scale", "subscales", "items", "reverse_keyed",
            "unanswered", "result")


@dataclass(frozen=True)
class Scale:
    labels: tuple[str, ...]

    @property
    def low(self) -> int:
        return 1

    @property
    def high(self) -> int:
        return len(self.labels)

    @property
    def midpoint(self) -> Fraction:
        return Fraction(self.low + self.high, 2)


@dataclass(frozen=True)
class Subscale:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    subscale: str
    reverse: bool


@dataclass(frozen=True)
class Region:
    id: str
    where: Mapping[str, tuple[Fraction, Fraction]]
    text: str
    lessons: tuple[str, ...]

    def contains(self, scores: Mapping[str, Fraction]) -> bool:
        return all(low <= scores[sid] <= high for sid, (low, high) in self.where.items())


@dataclass(frozen=True)
class Plot:
    x: str
    y: str
    x_low: str
    x_high: str
    y_low: str
    y_high: str


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: str
    intro: str
    scale: Scale
    subscales: tuple[Subscale, ...]
    items: tuple[Item, ...]
    max_unanswered_per_subscale: int
    plot: Plot | None
    regions: tuple[Region, ...]

    def items_of(self, subscale_id: str) -> list[Item]:
        return [item for item in self.items if item.subscale == subscale_id]

    def subscale(self, subscale_id: str) -> Subscale:
        return next(s for s in self.subscales if s.id == subscale_id)


# ---------------------------------------------------------------------------------------------
# Reading a definition


def parse(data: Any) -> Questionnaire:
    """Turn plain data into a Questionnaire, or raise DefinitionError naming every problem."""
    check = Checker()
    root = check.mapping(data, ())
    if root is None:
        check.raise_if_any()
    assert root is not None
    check.known_keys(root, (), TOP_KEYS)
    qid = check.identifier(root, "id", ())
    title = check.field(root, "title", (), str)
    intro = check.field(root, "intro", (), str, required=False, default="")
    scale = _scale(check, root)
    subscales = _subscales(check, root)
    items, used = _items(check, root, subscales)
    _subscales_have_items(check, subscales, used)
    reverse = _reverse_keyed(check, root, items)
    items = tuple(Item(i.id, i.text, i.subscale, i.id in reverse) for i in items)
    max_missing = _unanswered(check, root)
    plot, regions = _result(check, root, subscales, scale)
    check.raise_if_any()
    return Questionnaire(qid or "", title or "", intro, scale, subscales, items, max_missing,
                         plot, regions)


def _scale(check: Checker, root: Mapping[str, Any]) -> Scale:
    data = check.field(root, "scale", (), dict)
    if data is None:
        return Scale(("1", "2"))
    check.known_keys(data, ("scale",), ("labels",))
    labels = check.field(data, "labels", ("scale",), list,
                         fix="List one label per point of the scale, lowest first.", entry="label")
    if labels is None:
        return Scale(("1", "2"))
    if len(labels) < 2:
        check.add(("scale", "labels"), f"a scale needs at least 2 points, this one has {len(labels)}",
                  "List one label per point, lowest first, e.g. Disagree, Agree.")
    elif len(labels) > MAX_SCALE_POINTS:
        # Saved results with a wider scale are refused (questionnaire_results), so refuse it here too.
        check.add(("scale", "labels"),
                  f"a scale can have at most {MAX_SCALE_POINTS} points, this one has {len(labels)}",
                  "Use fewer points: most questionnaires use 4 to 7.")
    for n, label in enumerate(labels):
        if not isinstance(label, str) or not label.strip():
            check.add(("scale", "labels", n), f"a label should be text, not {describe(label)}",
                      quote_hint(label, (str,)) or "Write a short label for this point of the scale.")
    return Scale(tuple(str(label) for label in labels) if len(labels) >= 2 else ("1", "2"))


def _subscales(check: Checker, root: Mapping[str, Any]) -> tuple[Subscale, ...]:
    data = check.field(root, "subscales", (), list,
                       fix="Add 'subscales:' listing at least one subscale with id and name.",
                       entry="subscale")
    if not data:
        if data is not None:
            check.add(("subscales",), "there are no subscales", "List at least one subscale.")
        return ()
    out: list[Subscale] = []
    seen: set[str] = set()
    for n, entry in enumerate(data):
        path = ("subscales", n)
        sub = check.mapping(entry, path)
        if sub is None:
            continue
        check.known_keys(sub, path, ("id", "name", "description"))
        sid = check.unique_id(sub, path, seen, "subscale", "Give each subscale its own id.")
        name = check.field(sub, "name", path, str)
        description = check.field(sub, "description", path, str, required=False, default="")
        if sid is not None:
            out.append(Subscale(sid, name or sid, description))
    return tuple(out)


def _items(check: Checker, root: Mapping[str, Any], subscales: tuple[Subscale, ...]
           ) -> tuple[tuple[Item, ...], set[str]]:
    """The items, and every subscale an item names (even a faulty one, to avoid knock-on errors)."""
    data = check.field(root, "items", (), list, fix="Add 'items:' listing the questions.",
                       entry="question")
    used: set[str] = set()
    if data is None:
        return (), used
    known = {s.id for s in subscales}
    out: list[Item] = []
    seen: set[str] = set()
    for n, entry in enumerate(data):
        path = ("items", n)
        raw = check.mapping(entry, path)
        if raw is None:
            continue
        item = raw.get("id") if isinstance(raw.get("id"), str) else "c2"
        check.known_keys(raw, path, ("id", "text", "subscale"), elsewhere={
            "reverse_keyed": "An item scored the other way round is named at the top of the file, not "
                             f"on the item: remove this line and list the item's id there, like "
                             f"'reverse_keyed: [{item}]'."})
        iid = check.unique_id(raw, path, seen, "item",
                              "Give each item its own id, for example by numbering them.")
        text = check.field(raw, "text", path, str)
        sid = check.field(raw, "subscale", path, str)
        used.add(sid or "")
        if sid is not None and known and sid not in known:
            check.add((*path, "subscale"), f"the subscale '{sid}' is not defined",
                      f"Use one of: {', '.join(sorted(known))}, or add it under 'subscales'.")
        if iid is not None:
            out.append(Item(iid, text or "", sid or "", False))
    return tuple(out), used


def _subscales_have_items(check: Checker, subscales: tuple[Subscale, ...], used: set[str]) -> None:
    for n, sub in enumerate(subscales):
        if sub.id not in used:
            check.add(("subscales", n), f"the subscale '{sub.id}' has no items",
                      f"Add items with 'subscale: {sub.id}', or remove this subscale.")


def _reverse_keyed(check: Checker, root: Mapping[str, Any], items: tuple[Item, ...]) -> set[str]:
    data = check.field(root, "reverse_keyed", (), list, required=False, default=[], entry="item id")
    ids = {item.id for item in items}
    out: set[str] = set()
    for n, iid in enumerate(data):
        if not isinstance(iid, str) or iid not in ids:
            check.add(("reverse_keyed", n), f"{describe(iid)} names no item",
                      "Use the id of an item listed under 'items'.")
        elif iid in out:
            check.add(("reverse_keyed", n), f"'{iid}' is listed twice", "List each item once.")
        else:
            out.add(iid)
    return out


def _unanswered(check: Checker, root: Mapping[str, Any]) -> int:
    data = check.field(root, "unanswered", (), dict, required=False, default={})
    check.known_keys(data, ("unanswered",), ("max_per_subscale",))
    value = check.field(data, "max_per_subscale", ("unanswered",), int, required=False, default=0)
    if value < 0:
        check.add(("unanswered", "max_per_subscale"), "cannot be below 0",
                  "Use 0 to require every item, or how many may be skipped in each subscale.")
        return 0
    return value


def _result(check: Checker, root: Mapping[str, Any], subscales: tuple[Subscale, ...],
            scale: Scale) -> tuple[Plot | None, tuple[Region, ...]]:
    data = check.field(root, "result", (), dict, required=False, default={})
    check.known_keys(data, ("result",), ("plot", "regions"))
    known = [s.id for s in subscales]
    plot = _plot(check, data, known)
    regions = _regions(check, data, known, scale)
    return plot, regions


def _plot(check: Checker, data: Mapping[str, Any], known: list[str]) -> Plot | None:
    raw = check.field(data, "plot", ("result",), dict, required=False)
    if raw is None:
        return None
    path = ("result", "plot")
    check.known_keys(raw, path, ("x", "y", "x_low", "x_high", "y_low", "y_high"))
    values = {}
    for key in ("x", "y"):
        values[key] = check.field(raw, key, path, str)
        if values[key] is not None and values[key] not in known:
            check.add((*path, key), f"the subscale '{values[key]}' is not defined",
                      f"Use one of: {', '.join(known)}.")
    for key in ("x_low", "x_high", "y_low", "y_high"):
        values[key] = check.field(raw, key, path, str, required=False, default="")
    if values["x"] and values["x"] == values["y"]:
        check.add((*path, "y"), "x and y name the same subscale", "Plot two different subscales.")
    return Plot(**values)


def _regions(check: Checker, data: Mapping[str, Any], known: list[str], scale: Scale
             ) -> tuple[Region, ...]:
    raw = check.field(data, "regions", ("result",), list, required=False, default=[], entry="region")
    out: list[Region] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw):
        path = ("result", "regions", n)
        reg = check.mapping(entry, path)
        if reg is None:
            continue
        check.known_keys(reg, path, ("id", "where", "text", "lessons"))
        rid = check.unique_id(reg, path, seen, "region", "Give each region its own id.")
        text = check.field(reg, "text", path, str)
        lessons = check.field(reg, "lessons", path, list, required=False, default=[], entry="lesson")
        for k, lesson in enumerate(lessons):
            if not isinstance(lesson, str) or not lesson.endswith(".md"):
                check.add((*path, "lessons", k), f"{describe(lesson)} is not a page",
                          "Give the path of a Markdown page inside docs/, e.g. steps/2-grounding.md.")
        where = _where(check, reg, path, known, scale)
        if rid is None or where is None:
            continue
        out.append(Region(rid, where, text or "", tuple(str(x) for x in lessons)))
    if out and not check.problems:
        _regions_cover(check, out, known, scale)
    return tuple(out)


def _where(check: Checker, reg: Mapping[str, Any], path: tuple[Any, ...], known: list[str],
           scale: Scale) -> dict[str, tuple[Fraction, Fraction]] | None:
    where = check.field(reg, "where", path, dict,
                        fix="Add 'where:' with a [low, high] range for each subscale.")
    if where is None:
        return None
    out: dict[str, tuple[Fraction, Fraction]] = {}
    for sid, rng in where.items():
        wpath = (*path, "where", str(sid))
        if sid not in known:
            check.add(wpath, f"the subscale '{sid}' is not defined", f"Use one of: {', '.join(known)}.")
            continue
        if (not isinstance(rng, list) or len(rng) != 2 or not all(is_number(v) for v in rng)):
            check.add(wpath, f"should be a range like [{scale.low}, {scale.high}], not {describe(rng)}",
                      "Write two numbers in square brackets: the lowest and highest score.")
            continue
        low, high = (Fraction(str(v)) for v in rng)
        if low > high or low < scale.low or high > scale.high:
            check.add(wpath, f"the range [{rng[0]}, {rng[1]}] is outside the scale or upside down",
                      f"Use two numbers from {scale.low} to {scale.high}, the lower one first.")
            continue
        out[str(sid)] = (low, high)
    for sid in known:
        out.setdefault(sid, (Fraction(scale.low), Fraction(scale.high)))
    return out


def _regions_cover(check: Checker, regions: list[Region], known: list[str], scale: Scale) -> None:
    # Scores are means of whole numbers, so a grid of twentieths finds any practical gap. The grid
    # is counted in whole twentieths above the scale's low end, and each region becomes a bit in a
    # mask per subscale and grid step, so a point is one AND per subscale: with Fractions, this
    # check took most of a scoring call in the browser (over 100 ms in Pyodide).
    per = 20
    top = (scale.high - scale.low) * per
    steps: Sequence[int] = range(top + 1)
    if len(known) > 2:  # keep the check cheap: with more subscales, test only the corners
        steps = (0, top // 2, top)
    # Per subscale, each distinct mask with the first step that has it: a point is covered or not by
    # its masks alone, so one point per combination of masks is enough. Tried in step order, the
    # first gap found is the same as walking every point (the first gap's own first steps make a
    # point with the same masks, no later than it), and a call tries some hundred points, not
    # thousands: this check ran in every boot's first scoring call.
    firsts: list[dict[int, int]] = []
    for sid in known:
        spans = [(math.ceil((r.where[sid][0] - scale.low) * per),
                  math.floor((r.where[sid][1] - scale.low) * per)) for r in regions]
        first: dict[int, int] = {}
        for step in steps:
            first.setdefault(sum(1 << n for n, (lo, hi) in enumerate(spans) if lo <= step <= hi), step)
        firsts.append(first)
    for combination in itertools.product(*(first.items() for first in firsts)):
        covered = -1
        for mask, _step in combination:
            covered &= mask
        if not covered:
            where = ", ".join(f"{sid} = {float(scale.low + Fraction(step, per)):g}"
                              for sid, (_mask, step) in zip(known, combination, strict=True))
            check.add(("result", "regions"), f"no region covers the scores {where}",
                      "Widen a range or add a region so every possible score gets a reading.")
            return


# ---------------------------------------------------------------------------------------------
# Scoring


class AnswerError(ValueError):
    """An answer that is not a point on the scale (from a tampered or broken form)."""


def read_answers(q: Questionnaire, answers: Any) -> dict[str, int]:
    """Keep the answered items; reject values that are not points on the scale."""
    if not isinstance(answers, Mapping):
        raise AnswerError("answers should be a set of item ids and points")
    out: dict[str, int] = {}
    for item in q.items:
        value = answers.get(item.id)
        if value is None or value == "":
            continue
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool) or not (
                q.scale.low <= value <= q.scale.high):
            raise AnswerError(f"the answer to '{item.id}' is not a point on the scale")
        out[item.id] = value
    return out


def score(q: Questionnaire, answers: Any) -> dict[str, Any]:
    """Score the answers. Returns plain data for the page; never labels or percentiles."""
    given = read_answers(q, answers)
    unanswered = [item.id for item in q.items if item.id not in given]
    # Each part needs at least one answer, whatever the allowance: a score of no answers is no score.
    too_many = [s.id for s in q.subscales
                if (missing := sum(1 for i in q.items_of(s.id) if i.id not in given))
                > q.max_unanswered_per_subscale or missing == len(q.items_of(s.id))]
    if too_many:
        return {"complete": False, "unanswered": unanswered,
                "message": _unanswered_message(q, unanswered)}
    scores: dict[str, Fraction] = {}
    out_scores = []
    for sub in q.subscales:
        points = [_keyed(q, item, given[item.id]) for item in q.items_of(sub.id) if item.id in given]
        mean = Fraction(sum(points), len(points))
        scores[sub.id] = mean
        out_scores.append({
            "id": sub.id, "name": sub.name, "value": float(mean), "display": number(round_display(mean)),
            "answered": len(points), "items": len(q.items_of(sub.id)),
            "position": float((mean - q.scale.low) / (q.scale.high - q.scale.low)),
        })
    region = next((r for r in q.regions if r.contains(scores)), None)
    return {
        "complete": True,
        "unanswered": unanswered,
        "scores": out_scores,
        "scale": {"low": q.scale.low, "high": q.scale.high, "midpoint": _midpoint(q)},
        "region": region.id if region else None,
        "summary": summary(q, out_scores, unanswered),
        "skipped_note": skipped_note(unanswered),
        "plot_description": plot_description(q, out_scores),
        # What "Save to my journal" keeps.
        "record": questionnaire_results.record(q.id, q.scale.low, q.scale.high, out_scores,
                                               len(unanswered)),
    }


def _keyed(q: Questionnaire, item: Item, value: int) -> int:
    return q.scale.low + q.scale.high - value if item.reverse else value


def _midpoint(q: Questionnaire) -> str:
    """The middle of the scale as the page shows it: 4, or 3.5."""
    return number(round_display(q.scale.midpoint).removesuffix(".0"))


def _unanswered_message(q: Questionnaire, unanswered: list[str]) -> str:
    limit = q.max_unanswered_per_subscale
    if limit == 0:
        # i18n: Above a questionnaire's questions, after "N questions still have no answer.", when
        # every question needs an answer.
        allowance = t("questionnaire.answer_every", "Please answer every question.")
    else:
        # i18n: Above a questionnaire's questions, after "N questions still have no answer." {count}
        # is how many questions a reader may leave out in each part of the questionnaire.
        allowance = tn("questionnaire.skip_allowance",
                       "You can skip up to {count} in each part, but a few more answers are needed.",
                       "You can skip up to {count} in each part, but a few more answers are needed.", limit)
    # i18n: Above a questionnaire's questions when the reader asked for scores too early. {count}
    # is how many questions have no answer yet; {allowance} is the sentence that says how many may be
    # skipped.
    return tn("questionnaire.unanswered", "{count} question still has no answer. {allowance}",
              "{count} questions still have no answer. {allowance}", len(unanswered), allowance=allowance)


def summary(q: Questionnaire, scores: list[dict[str, Any]], unanswered: list[str]) -> str:
    # i18n: A questionnaire's result, said on the status line after the scores are ready, one per
    # part. {name} is the part's name (the author's words), {score} its score with one decimal,
    # {low} and {high} the ends of the answer scale (1 and 7).
    parts = [t("questionnaire.score_sentence", "{name}: {score} on a scale from {low} to {high}.",
               name=s["name"], score=s["display"], low=q.scale.low, high=q.scale.high) for s in scores]
    # i18n: After a questionnaire's scores. {mid} is the middle of the answer scale (4 on a scale
    # from 1 to 7).
    parts.append(t("questionnaire.midpoint_sentence", "The middle of the scale is {mid}.", mid=_midpoint(q)))
    if unanswered:
        parts.append(skipped_note(unanswered))
    return " ".join(parts)


def skipped_note(unanswered: list[str]) -> str:
    if not unanswered:
        return ""
    # i18n: Above a questionnaire's scores when the reader left questions out. {count} is how many.
    return tn("questionnaire.skipped_note", "You skipped {count} question; each score uses the questions you "
              "answered.",
              "You skipped {count} questions; each score uses the questions you answered.", len(unanswered))


def plot_description(q: Questionnaire, scores: list[dict[str, Any]]) -> str:
    """The text alternative of the plot: where the mark is, in words."""
    if q.plot is None:
        return ""
    by_id = {s["id"]: s for s in scores}
    mid = q.scale.midpoint

    def side(sid: str, low: str, high: str) -> str:
        value = Fraction(by_id[sid]["value"]).limit_denominator(1000)
        name = mid_sentence(q.subscale(sid).name)
        if value == mid:
            # i18n: Part of the words a screen reader says for a questionnaire's plot: where the mark
            # sits for one score. {name} is the name of a part of the questionnaire (the author's
            # words).
            return t("questionnaire.plot.at_middle", "at the middle for {name}", name=name)
        caption = mid_sentence(high if value > mid else low)
        if value > mid:
            # i18n: Part of the words a screen reader says for a questionnaire's plot. {name} is the
            # name of a part of the questionnaire; the author's words for this end of its axis follow
            # in brackets when there are some.
            where = t("questionnaire.plot.above_middle", "above the middle for {name}", name=name)
        else:
            # i18n: As "above the middle for {name}", for a score below the middle.
            where = t("questionnaire.plot.below_middle", "below the middle for {name}", name=name)
        # i18n: A score's place on the plot with the author's words for that end of the axis.
        # {where} is "above the middle for worry", {caption} the author's words ("worried").
        return t("questionnaire.plot.with_caption", "{where} ({caption})", where=where, caption=caption
                 ) if caption else where

    x, y = by_id[q.plot.x], by_id[q.plot.y]
    # i18n: What a screen reader says for the plot of a questionnaire's two scores. {x_name} and
    # {y_name} are the names of the two parts (the author's words), {x_score} and {y_score} their
    # scores; {x_place} and {y_place} say where the mark sits ("above the middle for worry").
    return t("questionnaire.plot.description",
             "A plot of your two scores: {x_name} {x_score} across, {y_name} {y_score} up. The mark sits "
             "{x_place}, and {y_place}.", x_name=mid_sentence(x["name"]), x_score=x["display"],
             y_name=mid_sentence(y["name"]), y_score=y["display"],
             x_place=side(q.plot.x, q.plot.x_low, q.plot.x_high),
             y_place=side(q.plot.y, q.plot.y_low, q.plot.y_high))


# ---------------------------------------------------------------------------------------------
# The kind, declared once (see exercise_kind.py)


def _score_request(request: Request) -> dict[str, Any]:
    try:
        return score(request.definition(KIND), request.get("answers"))
    except AnswerError as err:
        raise RequestError("bad_answer", str(err)) from None


def _progress_request(request: Request) -> dict[str, Any]:
    return {"groups": questionnaire_results.progress(request.get("entries"),
                                                     request.get("utc_offset_minutes"))}


KIND_DECLARATION = ExerciseKind(
    name=KIND, parse=parse, renderer="exercises.render.questionnaire_html:render",
    # i18n: What the journal calls a saved questionnaire result, and the name of a questionnaire in
    # a list of saved results when it has no title.
    module="kinds/questionnaire.js", title=msg("kind.questionnaire", "Questionnaire"), status="scored",
    operations={"score_questionnaire": _score_request, "questionnaire_progress": _progress_request},
    journal=JournalFormat(read_entry=questionnaire_results.read_entry,
                          markdown=questionnaire_results.markdown, flat=questionnaire_results.flat,
                          editable=False))
