"""A questionnaire result kept in the journal, and how saved results changed over time."""

from __future__ import annotations

import csv
import io
import json

import pytest
from kit.samples import entry as sample_entry

from exercises.core import api, journal, questionnaire_results
from exercises.core.questionnaire import parse, score

SITE = "haa"
QUESTIONNAIRE = {
    "kind": "questionnaire", "id": "attachment", "title": "How I feel",
    "scale": {"labels": ["1", "2", "3", "4", "5", "6", "7"]},
    "subscales": [{"id": "anxiety", "name": "Worry about closeness"},
                  {"id": "avoidance", "name": "Discomfort with closeness"}],
    "items": [{"id": f"a{n}", "text": f"A {n}", "subscale": "anxiety"} for n in range(3)]
    + [{"id": f"v{n}", "text": f"V {n}", "subscale": "avoidance"} for n in range(3)],
    "unanswered": {"max_per_subscale": 1},
}


def result(created: str, anxiety: float, avoidance: float, skipped: int = 0, id: str = "") -> dict:
    data = {"questionnaire": "attachment", "low": 1, "high": 7, "skipped": skipped,
            "scores": [{"id": "anxiety", "name": "Worry about closeness", "value": anxiety},
                       {"id": "avoidance", "name": "Discomfort with closeness", "value": avoidance}]}
    return sample_entry(id=id or created, kind="questionnaire", title="How I feel", page="/questionnaire/",
                        data=data, created=created)


def test_a_score_carries_what_saving_keeps_the_scores_the_scale_and_the_skips() -> None:
    answers = {"a0": 5, "a1": 6, "v0": 2, "v1": 3, "v2": 3}  # a2 skipped
    scored = score(parse(QUESTIONNAIRE), answers)
    assert scored["record"] == {
        "questionnaire": "attachment", "low": 1, "high": 7, "skipped": 1,
        "scores": [{"id": "anxiety", "name": "Worry about closeness", "value": 5.5},
                   {"id": "avoidance", "name": "Discomfort with closeness", "value": pytest.approx(8 / 3)}]}
    data, errors = questionnaire_results.read_entry(scored["record"])
    assert errors == {} and data == scored["record"]


def test_a_saved_result_reads_as_scores_in_words_and_one_csv_row() -> None:
    saved = [result("2026-03-01T12:00:00Z", 5.25, 3.0), result("2026-04-20T12:00:00Z", 4.5, 8 / 3, 2)]
    text = journal.export_markdown(saved, "Test site")
    assert "- Worry about closeness: 5.3" in text and "- Discomfort with closeness: 2.7" in text
    assert "Scores on a scale from 1 to 7:" in text
    assert "Every question was answered." in text and "2 questions were skipped." in text
    rows = list(csv.DictReader(io.StringIO(journal.export_csv(saved), newline="")))
    assert [(r["score_anxiety"], r["score_avoidance"], r["skipped"]) for r in rows] == [
        ("5.3", "3.0", "0"), ("4.5", "2.7", "2")]


def test_saved_results_go_through_an_export_and_an_import_unchanged() -> None:
    saved = [result("2026-03-01T12:00:00Z", 5.25, 3.0), result("2026-04-20T12:00:00Z", 4.5, 2.0, 1)]
    assert journal.import_json(journal.export_json(saved, SITE, "2026-05-01T00:00:00Z"), SITE) == saved


@pytest.mark.parametrize(("data", "problem"), [
    ({"questionnaire": "q", "low": 1, "high": 7, "skipped": 0, "scores": []}, "scores"),
    ({"questionnaire": "q", "low": 7, "high": 1, "skipped": 0,
      "scores": [{"id": "a", "name": "A", "value": 3}]}, "scale"),
    ({"questionnaire": "q", "low": 1, "high": 7, "skipped": 0,
      "scores": [{"id": "a", "name": "A", "value": 9}]}, "scores.0"),
    ({"questionnaire": "q", "low": 1, "high": 7, "skipped": -1,
      "scores": [{"id": "a", "name": "A", "value": 3}]}, "skipped"),
    ({"questionnaire": "q", "low": 1, "high": 7, "skipped": 0,
      "scores": [{"id": "a", "name": "A", "value": "3"}]}, "scores.0"),
    ("a text", "data"),
])
def test_a_saved_result_that_cannot_be_used_is_refused_on_import(data: object, problem: str) -> None:
    _, errors = questionnaire_results.read_entry(data)
    assert problem in errors
    bad = sample_entry(kind="questionnaire", data=data)  # type: ignore[arg-type]
    text = json.dumps({"format": "exercises-journal", "version": 1, "site": SITE, "entries": [bad]})
    with pytest.raises(journal.JournalFileError, match="cannot be imported"):
        journal.import_json(text, SITE)


def test_progress_needs_two_results_and_puts_them_oldest_first() -> None:
    assert questionnaire_results.progress([result("2026-03-01T12:00:00Z", 5, 3)]) == []
    [group] = questionnaire_results.progress([result("2026-04-20T12:00:00Z", 4.5, 3.5),
                                              result("2026-03-01T12:00:00Z", 5.25, 3.5, 1)])
    assert [row["date"] for row in group["rows"]] == ["1 March 2026", "20 April 2026"]
    assert [row["values"] for row in group["rows"]] == [["5.3", "3.5"], ["4.5", "3.5"]]
    assert [row["skipped"] for row in group["rows"]] == [1, 0]
    assert group["sentence"].startswith(
        "You saved 2 results between 1 March 2026 and 20 April 2026. From the first to the latest: "
        "Worry about closeness went from 5.3 to 4.5 (down 0.8). Discomfort with closeness was 3.5 "
        "both times.")


@pytest.mark.parametrize("count", [2, 3, 4, 7])
def test_the_sentence_is_true_for_every_number_of_saved_results(count: int) -> None:
    # The first and the latest share one score and differ in the other; the ones between wander.
    days = [f"2026-03-{n + 1:02d}T12:00:00Z" for n in range(count)]
    kept = [result(day, 2 + n % 3, 3) for n, day in enumerate(days[:-1])] + [result(days[-1], 6, 3)]
    [group] = questionnaire_results.progress(list(reversed(kept)))
    words = group["sentence"]
    assert words.startswith(f"You saved {count} results between 1 March 2026 and {count} March 2026. "
                            "From the first to the latest: "
                            "Worry about closeness went from 2.0 to 6.0 (up 4.0).")
    same = ("Discomfort with closeness was 3.0 both times." if count == 2 else
            "Discomfort with closeness was 3.0 in the first and in the latest.")
    assert same in words
    assert ("both" in words) == (count == 2), words  # "both" speaks of two results, never of more
    assert len(group["rows"]) == count


def test_the_sentence_counts_only_the_results_it_can_compare() -> None:
    # A result on another scale is not charted, so the sentence does not count it either.
    other = result("2026-03-02T12:00:00Z", 3, 3)
    other["data"] = {**other["data"], "high": 5}
    [group] = questionnaire_results.progress([result("2026-03-01T12:00:00Z", 3, 3), other,
                                              result("2026-03-03T12:00:00Z", 3, 3)])
    assert group["sentence"].startswith("You saved 2 results between 1 March 2026 and 3 March 2026.")
    assert "Worry about closeness was 3.0 both times." in group["sentence"]


def test_the_sentence_frames_change_gently_without_verdicts() -> None:
    [group] = questionnaire_results.progress([result("2026-03-01T12:00:00Z", 2, 2),
                                              result("2026-03-09T12:00:00Z", 6, 6)])
    words = group["sentence"].lower()
    assert "(up 4.0)" in words and "small changes either way are ordinary" in words
    for verdict in ("better", "worse", "improv", "normal", "average", "percent", "secure", "anxious type"):
        assert verdict not in words


def test_dates_are_the_readers_own_days() -> None:
    late = [result("2026-03-01T23:30:00Z", 4, 4), result("2026-03-02T00:30:00Z", 5, 4)]
    [utc] = questionnaire_results.progress(late)
    assert utc["sentence"].startswith("You saved 2 results between 1 March 2026 and 2 March 2026.")
    [behind] = questionnaire_results.progress(late, utc_offset_minutes=-120)  # two hours behind UTC
    assert behind["sentence"].startswith("You saved 2 results on 1 March 2026.")
    assert [row["date"] for row in behind["rows"]] == ["1 March 2026", "1 March 2026"]


def test_the_chart_spaces_results_by_time_and_puts_scores_on_the_scale() -> None:
    [group] = questionnaire_results.progress([result("2026-03-01T00:00:00Z", 1, 7),
                                              result("2026-03-04T00:00:00Z", 4, 4),
                                              result("2026-03-31T00:00:00Z", 7, 1)])
    chart = group["chart"]
    area = chart["area"]
    worry, discomfort = chart["lines"]
    assert [x for x, _ in worry["points"]] == [area["left"], pytest.approx(area["left"] + (
        area["right"] - area["left"]) * 3 / 30, abs=0.1), area["right"]]
    middle = (area["top"] + area["bottom"]) / 2
    assert [y for _, y in worry["points"]] == [area["bottom"], middle, area["top"]]
    assert [y for _, y in discomfort["points"]] == [area["top"], middle, area["bottom"]]
    assert (worry["style"], discomfort["style"]) == (0, 1)
    assert [t["label"] for t in chart["y_ticks"]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [t["label"] for t in chart["x_ticks"]] == ["1 Mar", "31 Mar"]


def test_unreadable_results_other_kinds_and_other_scales_are_left_out() -> None:
    other_scale = result("2026-03-05T12:00:00Z", 3, 3)
    other_scale["data"]["high"] = 5
    broken = result("2026-03-06T12:00:00Z", 3, 3)
    broken["data"]["scores"] = "not a list"
    thought = sample_entry(kind="thought_record", data={"situation": "x"})
    [group] = questionnaire_results.progress([
        result("2026-03-01T12:00:00Z", 4, 4), other_scale, broken, thought, "not an entry",
        result("2026-03-09T12:00:00Z", 5, 4)])
    assert len(group["rows"]) == 2
    assert questionnaire_results.progress("not a list") == []


def test_the_page_asks_for_progress_through_the_api() -> None:
    reply = api.call({"op": "questionnaire_progress", "utc_offset_minutes": 60, "entries": [
        result("2026-03-01T12:00:00Z", 4, 4), result("2026-03-09T12:00:00Z", 5, 4)]})
    assert reply["ok"] and reply["result"]["groups"][0]["title"] == "How I feel"
    nothing = api.call({"op": "questionnaire_progress", "entries": None})
    assert nothing == {"ok": True, "result": {"groups": []}}


@pytest.mark.parametrize(("low", "high"), [(1, 2**62), (-(2**62), 7), (1, 101)])
def test_results_changed_by_hand_to_a_vast_scale_are_left_out_not_charted(low: int, high: int) -> None:
    """Someone with the device changed two saved results to a scale of billions of points: the chart,
    with a tick per point, would take all the memory the engine has; the results are refused instead."""
    vast = [result("2026-03-01T12:00:00Z", 4, 4), result("2026-03-09T12:00:00Z", 5, 4)]
    for changed in vast:
        changed["data"].update(low=low, high=high)
    assert questionnaire_results.progress(vast) == []
    data, errors = questionnaire_results.read_entry(vast[0]["data"])
    assert errors == {"scale": "the scale should have at most 100 points"}


def test_a_scale_of_a_hundred_points_is_charted() -> None:
    wide = [result("2026-03-01T12:00:00Z", 4, 4), result("2026-03-09T12:00:00Z", 5, 4)]
    for changed in wide:
        changed["data"].update(low=1, high=100)
    [group] = questionnaire_results.progress(wide)
    assert len(group["chart"]["y_ticks"]) == 100
