"""A questionnaire result the reader chose to keep, and how saved results changed over time.

A saved result (the ``data`` of a journal entry of kind ``questionnaire``)::

    {"questionnaire": "attachment", "low": 1, "high": 7, "skipped": 0,
     "scores": [{"id": "anxiety", "name": "Worry about closeness", "value": 4.5}, ...]}

It carries the names and the scale, so the journal can show, export and chart it without the
questionnaire's definition. Progress is only ever told as figures and plain words: no norms, no
verdicts, and no direction called better or worse.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from .fields import is_number
from .messages import day_month, day_month_year, msg, number, t, tn

MAX_SCORES = 20
MAX_NAME = 200
MAX_ID = 100

# The chart, in SVG units (the browser scales it to the width it has; text stays readable on a
# phone because the chart is about as wide as a phone in these units).
CHART_WIDTH = 360
CHART_HEIGHT = 240
CHART_LEFT, CHART_RIGHT, CHART_TOP, CHART_BOTTOM = 34, 14, 14, 34

# i18n: In the journal's sentence about saved questionnaire results, before one sentence per score.
FIRST_TO_LATEST = msg("progress.first_to_latest", "From the first to the latest:")
# Unchanged between the first and the latest: "both times" is only true of two results.
# i18n: A score that did not change between two saved results. {name} is the score's name (the
# author's words), {value} the score.
SAME_OF_TWO = msg("progress.same_of_two", "{name} was {value} both times.")
# i18n: A score that is the same in the first and the latest of three or more saved results. {name} is
# the score's name (the author's words), {value} the score.
SAME_OF_MORE = msg("progress.same_of_more", "{name} was {value} in the first and in the latest.")
# i18n: A score that went up between the first and the latest saved result. {name} is its name, {first}
# and {latest} the two scores, {amount} the difference.
WENT_UP = msg("progress.went_up", "{name} went from {first} to {latest} (up {amount}).")
# i18n: As "{name} went from {first} to {latest} (up {amount}).", for a score that went down.
WENT_DOWN = msg("progress.went_down", "{name} went from {first} to {latest} (down {amount}).")
# i18n: The last sentence about saved questionnaire results, in the journal. Warm and plain: no
# direction is better or worse.
GENTLE = msg("progress.gentle", "Scores rise and fall with what is going on in your life, such as a hard "
             "week or a calm one. Small changes either way are ordinary, and no score says how you are doing "
             "as a person.")


def round_display(value: Fraction) -> str:
    """One decimal, halves rounded up, as a person rounding by hand would (4.25 -> 4.3)."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def display(value: float) -> str:
    """A saved score as the questionnaire showed it: its shortest decimal form (4.35 for the exact
    87/20 saved as a float), rounded the same way, written with a '.' (for files)."""
    return round_display(Fraction(repr(value)))


def shown(value: float) -> str:
    """A saved score as the reader reads it: 4.3 in English, 4,3 in Spanish."""
    return number(display(value))


def record(questionnaire: str, low: int, high: int, scores: list[dict[str, Any]], skipped: int
           ) -> dict[str, Any]:
    """What the page saves when the reader keeps a result (from the scores of ``score``)."""
    return {"questionnaire": questionnaire, "low": low, "high": high, "skipped": skipped,
            "scores": [{"id": s["id"], "name": s["name"], "value": s["value"]} for s in scores]}


def _text(value: Any, limit: int) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


# No questionnaire's scale comes near this, and the definition's check refuses a wider one; a saved
# result with a wider scale was changed by hand, and its chart would have a tick for every point.
MAX_SCALE_POINTS = 100


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_entry(data: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """A saved result, checked: (clean data, {field: problem})."""
    if not isinstance(data, Mapping):
        # i18n: Why a saved questionnaire result in a journal file cannot be used (shown after
        # "entry 3 has a value that cannot be used").
        return {}, {"data": t("result.not_values", "a saved result should be a set of named values")}
    errors: dict[str, str] = {}
    name = _text(data.get("questionnaire"), MAX_ID)
    low, high, skipped = _int(data.get("low")), _int(data.get("high")), _int(data.get("skipped"))
    if name is None:
        # i18n: Why a saved questionnaire result cannot be used: it does not say which questionnaire.
        errors["questionnaire"] = t("result.no_name", "the questionnaire's name is missing")
    if low is None or high is None or low >= high:
        # i18n: Why a saved questionnaire result cannot be used: its answer scale is broken.
        errors["scale"] = t("result.bad_scale", "the scale should be two whole numbers, the lower first")
    elif high - low >= MAX_SCALE_POINTS:
        # i18n: Why a saved questionnaire result cannot be used: its answer scale has far too many
        # points. {most} is the most a scale can have.
        errors["scale"] = t("result.scale_too_wide", "the scale should have at most {most} points",
                            most=MAX_SCALE_POINTS)
    if skipped is None or skipped < 0:
        # i18n: Why a saved questionnaire result cannot be used: the number of skipped questions.
        errors["skipped"] = t("result.bad_skipped",
                              "the number of skipped questions should be a whole number, 0 or more")
    raw = data.get("scores")
    scores: list[dict[str, Any]] = []
    if not isinstance(raw, list) or not 0 < len(raw) <= MAX_SCORES:
        # i18n: Why a saved questionnaire result cannot be used. {most} is the most scores one may hold.
        errors["scores"] = t("result.bad_scores", "there should be 1 to {most} scores", most=MAX_SCORES)
        raw = []
    for n, score in enumerate(raw):
        sid = _text(score.get("id"), MAX_ID) if isinstance(score, Mapping) else None
        label = _text(score.get("name"), MAX_NAME) if isinstance(score, Mapping) else None
        value = score.get("value") if isinstance(score, Mapping) else None
        if sid is None or label is None or not is_number(value) or value != value:
            # i18n: Why a saved questionnaire result cannot be used: one of its scores is broken.
            errors[f"scores.{n}"] = t("result.bad_score", "a score needs an id, a name and a number")
        elif low is not None and high is not None and not low <= value <= high:
            # i18n: Why a saved questionnaire result cannot be used. {low} and {high}: the scale's ends.
            errors[f"scores.{n}"] = t("result.off_scale", "a score should be on the scale from {low} to "
                                      "{high}",
                                      low=low, high=high)
        else:
            scores.append({"id": sid, "name": label, "value": float(value)})
    if len({s["id"] for s in scores}) != len(scores):
        # i18n: Why a saved questionnaire result cannot be used: two scores share an id.
        errors["scores"] = t("result.same_id", "two scores have the same id")
    if errors:
        return {}, errors
    return {"questionnaire": name, "low": low, "high": high, "skipped": skipped, "scores": scores}, {}


def _skipped_words(skipped: int) -> str:
    if not skipped:
        # i18n: Under a saved questionnaire result in the journal (and its printed copy).
        return t("result.none_skipped", "Every question was answered.")
    # i18n: Under a saved questionnaire result in the journal. {count} is how many questions were left out.
    return tn("result.skipped", "{count} question was skipped.", "{count} questions were skipped.", skipped)


def markdown(data: Mapping[str, Any]) -> str:
    # i18n: Above the scores of a saved questionnaire result (journal, printed copy, text export).
    # {low} and {high} are the ends of the answer scale.
    lines = [t("result.scores_on_scale", "Scores on a scale from {low} to {high}:", low=data["low"],
               high=data["high"]), ""]
    # i18n: One score of a saved questionnaire result. {name} is its name (the author's words), {score}
    # the score.
    lines += ["- " + t("result.score_line", "{name}: {score}", name=s["name"], score=shown(s["value"]))
              for s in data["scores"]]
    return "\n".join([*lines, "", _skipped_words(data["skipped"]), ""])


def flat(data: Mapping[str, Any]) -> dict[str, str]:
    """One CSV row per saved result: a column for each score, by its id."""
    row = {"questionnaire": data["questionnaire"], "scale": f"{data['low']}-{data['high']}"}
    row.update({f"score_{s['id']}": display(s["value"]) for s in data["scores"]})
    row["skipped"] = str(data["skipped"])
    return row


# ---------------------------------------------------------------------------------------------
# Progress over time


def _moment(iso: Any, offset: timedelta) -> datetime | None:
    """When an entry was saved, in the reader's time zone (OFFSET from UTC)."""
    if not isinstance(iso, str):
        return None
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return (moment.astimezone(UTC) + offset).replace(tzinfo=None)
    except (ValueError, OverflowError):  # not a date, or a date at the very end of the calendar
        return None


def _change(name: str, first: str, latest: str, count: int) -> str:
    """One score from the first of COUNT results to the latest (written with a '.'), in words."""
    difference = Decimal(latest) - Decimal(first)
    if difference == 0:
        return (SAME_OF_TWO if count == 2 else SAME_OF_MORE)(name=name, value=number(first))
    return (WENT_UP if difference > 0 else WENT_DOWN)(name=name, first=number(first), latest=number(latest),
                                                      amount=abs(difference))


def sentence(results: list[dict[str, Any]]) -> str:
    """In words, what changed between the first saved result and the latest (of two or more)."""
    first, latest = results[0], results[-1]
    count = len(results)
    start, end = day_month_year(first["when"]), day_month_year(latest["when"])
    if start != end:
        # i18n: Above the chart of saved questionnaire results, in the journal, when the results were
        # saved on different days. {first} and {latest} are dates in full.
        opening = tn("progress.saved_between", "You saved {count} result between {first} and {latest}.",
                     "You saved {count} results between {first} and {latest}.", count, first=start,
                     latest=end)
    else:
        # i18n: As "You saved {count} results between...", when every result was saved on one day ({day}).
        opening = tn("progress.saved_on", "You saved {count} result on {day}.",
                     "You saved {count} results on {day}.", count, day=start)
    was = {s["id"]: display(s["value"]) for s in first["data"]["scores"]}
    changes = [_change(s["name"], was[s["id"]], display(s["value"]), count)
               for s in latest["data"]["scores"] if s["id"] in was]
    return " ".join([opening, str(FIRST_TO_LATEST), *changes, str(GENTLE)])


def _chart(results: list[dict[str, Any]], series: list[dict[str, str]], low: int, high: int
           ) -> dict[str, Any]:
    """Where everything goes on the chart: dates across (spaced by time), scores up."""
    left, right = CHART_LEFT, CHART_WIDTH - CHART_RIGHT
    top, bottom = CHART_TOP, CHART_HEIGHT - CHART_BOTTOM
    start, end = results[0]["when"], results[-1]["when"]
    span = (end - start).total_seconds()

    def x(n: int) -> float:
        share = ((results[n]["when"] - start).total_seconds() / span if span
                 else n / (len(results) - 1))
        return round(left + share * (right - left), 1)

    def y(value: float) -> float:
        return round(bottom - (value - low) / (high - low) * (bottom - top), 1)

    lines = []
    for index, item in enumerate(series):
        points = [[x(n), y(v)] for n, result in enumerate(results)
                  if (v := _value(result, item["id"])) is not None]
        lines.append({"id": item["id"], "name": item["name"], "style": index % 2, "points": points})
    return {
        "width": CHART_WIDTH, "height": CHART_HEIGHT,
        "area": {"left": left, "right": right, "top": top, "bottom": bottom},
        "y_ticks": [{"y": y(v), "label": number(v)} for v in range(low, high + 1)],
        "x_ticks": [{"x": x(0), "label": day_month(start), "anchor": "start"},
                    {"x": x(len(results) - 1), "label": day_month(end), "anchor": "end"}],
        "lines": lines,
    }


def _value(result: Mapping[str, Any], score_id: str) -> float | None:
    return next((s["value"] for s in result["data"]["scores"] if s["id"] == score_id), None)


def _group(results: list[dict[str, Any]]) -> dict[str, Any]:
    results.sort(key=lambda r: r["when"])
    latest = results[-1]["data"]
    series = [{"id": s["id"], "name": s["name"]} for s in latest["scores"]]
    low, high = latest["low"], latest["high"]
    # Only results on the same scale can share a chart (a definition may have changed since).
    results = [r for r in results if (r["data"]["low"], r["data"]["high"]) == (low, high)]
    rows = [{"date": day_month_year(r["when"]), "values": [shown(v) if (v := _value(r, s["id"])) is not None
                                                           else "" for s in series],
             "skipped": r["data"]["skipped"]} for r in results]
    return {"questionnaire": latest["questionnaire"], "title": results[-1]["title"],
            "low": low, "high": high, "series": series, "rows": rows,
            "sentence": sentence(results) if len(results) > 1 else "",
            "chart": _chart(results, series, low, high) if len(results) > 1 else None}


def progress(entries: Any, utc_offset_minutes: Any = 0) -> list[dict[str, Any]]:
    """For each questionnaire with two or more saved results (readable ones; others are left out):
    its results by date as rows, a sentence, and the chart's geometry. Oldest first."""
    if not isinstance(entries, list):
        return []
    minutes = utc_offset_minutes if is_number(utc_offset_minutes) else 0
    offset = timedelta(minutes=max(-16 * 60, min(16 * 60, minutes)) if minutes == minutes else 0)
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        if not isinstance(entry, Mapping) or entry.get("kind") != "questionnaire":
            continue
        data, errors = read_entry(entry.get("data"))
        when = _moment(entry.get("created"), offset)
        if errors or when is None:
            continue
        title = entry.get("title") if isinstance(entry.get("title"), str) else ""
        groups.setdefault(data["questionnaire"], []).append({"data": data, "when": when, "title": title})
    found = [_group(results) for results in groups.values() if len(results) > 1]
    return [group for group in found if len(group["rows"]) > 1]
