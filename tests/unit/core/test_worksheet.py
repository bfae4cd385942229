"""Worksheets: definitions checked with a message per mistake, answers read into self-describing
entries, feedback from the named checks, and the journal's formats for worksheet entries."""

from __future__ import annotations

import copy
import csv
import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kit.samples import WORKSHEET as BASE
from kit.samples import entry as sample_entry

from exercises.core import api, journal
from exercises.core import worksheet as ws
from exercises.core.errors import DefinitionError


def changed(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    change(data)
    return data


def problems(data: Any) -> list[str]:
    with pytest.raises(DefinitionError) as err:
        ws.parse(data)
    return [f"{p.field}: {p.message}. {p.fix}" for p in err.value.problems]


def field(data: dict[str, Any], step: int, n: int) -> dict[str, Any]:
    return data["steps"][step]["fields"][n]


def test_the_full_example_reads() -> None:
    sheet = ws.parse(BASE)
    assert sheet.display == "one_at_a_time" and len(sheet.steps) == 4
    assert [f.id for f in sheet.fields][:3] == ["calm_before", "happened", "feel"]
    assert sheet.field("urges").max_rows == 3 and sheet.field("wait").minutes == 5
    assert [f.check for f in sheet.feedback] == ["compare_ratings", "message_builder", "urge_log"]


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: field(d, 1, 0).update(type="essay"),
     "steps[2].fields[1].type: 'essay' is not a field type. Use one of: short_text, long_text, rating, "
     "choice, checklist, page_checklist, group, breathing, timer, help_now."),
    (lambda d: field(d, 1, 1).update(id="happened"),
     "steps[2].fields[2].id: the field id 'happened' is used twice. Give each field its own id."),
    (lambda d: field(d, 0, 0).update(min=50, max=10),
     "steps[1].fields[1].max: the range 50 to 10 is empty or upside down. Make 'max' larger than 'min'."),
    (lambda d: field(d, 0, 0).update(max=150),
     "steps[1].fields[1].max: the range 0 to 150 goes outside 0 to 100."),
    (lambda d: d["steps"][3].update(fields=[]),
     "steps[4].fields: the step 'After' names no field. Add at least one field under 'fields', or "
     "remove the step."),
    (lambda d: d.update(steps=[]), "steps: there are no steps."),
    (lambda d: d.update(display="slideshow"),
     "display: 'slideshow' is not a way to show the steps. Use one_at_a_time or all_at_once."),
    (lambda d: field(d, 1, 4).update(options=["Calm"]),
     "steps[2].fields[5].options: a choice needs at least 2 options, this one has 1."),
    (lambda d: field(d, 1, 5).update(options=["Tea", "Tea"]),
     "steps[2].fields[6].options[2]: the option 'Tea' is listed twice."),
    (lambda d: field(d, 1, 4).update(options=["Calm", False]),
     "steps[2].fields[5].options[2]: an option should be text, not 'false'. YAML reads words like yes"),
    (lambda d: field(d, 1, 1).update(options=["a", "b"]),
     "steps[2].fields[2].options: unknown field 'options'. Remove it or check the spelling. Allowed "
     "here: id, type, label, hint."),
    (lambda d: field(d, 2, 0)["fields"].append({"id": "inner", "type": "group", "label": "x", "fields": []}),
     "steps[3].fields[1].fields[4].type: a group cannot hold a 'group' field. Inside a group use: "
     "short_text, long_text, rating, choice, checklist."),
    (lambda d: field(d, 2, 0).update(min_rows=4),
     "steps[3].fields[1].max_rows: max_rows (3) is smaller than min_rows (4)."),
    (lambda d: field(d, 1, 6).update(patterns=["square"]),
     "steps[2].fields[7].patterns[1]: the text 'square' is not a breathing pattern. Use one or more "
     "of: slow, box, 4-7-8."),
    (lambda d: field(d, 1, 7).update(minutes=0),
     "steps[2].fields[8].minutes: a timer of 0 minutes is outside 1 to 60. Use a whole number from 1 to 60."),
    (lambda d: d["feedback"][0].update(check="compare"),
     "feedback[1].check: there is no check called 'compare'. Use one of: compare_ratings, "
     "message_builder, prediction_test, urge_log."),
    (lambda d: d["feedback"][0].update(before="calm_start"),
     "feedback[1].before: 'calm_start' names no field. Use the id of a rating field: calm_before "
     "or calm_after."),
    (lambda d: d["feedback"][0].update(after="feel"),
     "feedback[1].after: 'feel' is a short_text field, but compare_ratings needs a rating field here."),
    (lambda d: d["feedback"][2].update(before="urge"),
     "feedback[3].before: 'urge' names no field in the group 'urges'. Use the id of a rating field: "
     "before or after."),
    (lambda d: d["feedback"][1].pop("ask"), "feedback[2].ask: missing required field 'ask'."),
    (lambda d: d["feedback"][0].update(better="more"),
     "feedback[1].better: 'more' is not one of the choices. Use one of: higher, lower."),
    (lambda d: d["steps"][0].update(colour="blue"), "steps[1].colour: unknown field 'colour'."),
])
def test_each_mistake_gets_its_own_message(change: Any, message: str) -> None:
    found = problems(changed(change))
    assert any(p.startswith(message) for p in found), found


def test_the_unknown_kind_message_lists_worksheet() -> None:
    from exercises.core.kinds import parse_definition

    with pytest.raises(DefinitionError) as err:
        parse_definition({"kind": "sheet"})
    assert "one of: journal, questionnaire, thought_record, worksheet." in err.value.problems[0].fix


def answers(**extra: Any) -> dict[str, Any]:
    return {"calm_before": "30", "happened": "You never call when you are late.", "feel": "worried",
            "need": "to know you are safe", "ask": "You must text me", "mood": "Tense",
            "did": ["Music", "Tea"],
            "urges": [{"wanted": "Are we okay?", "before": 80, "after": 45},
                      {"wanted": "", "before": "", "after": ""}],
            "calm_after": 55, **extra}


def test_answers_become_a_self_describing_entry() -> None:
    result = ws.check(BASE, answers())
    assert result["errors"] == {} and result["empty"] is False
    entry = result["entry"]
    assert entry["worksheet"] == "practice" and entry["name"] == "A practice"
    by_id = {a["id"]: a for a in entry["answers"]}
    assert "breath" not in by_id and "wait" not in by_id  # guides keep nothing
    assert by_id["calm_before"] == {"id": "calm_before", "type": "rating", "label": "How calm are you?",
                                    "min": 0, "max": 100, "value": 30}
    assert by_id["did"]["value"] == ["Tea", "Music"]  # in the order of the options
    assert len(by_id["urges"]["value"]) == 1  # the blank row was dropped
    assert result["title"] == "You never call when you are late."


def test_feedback_from_each_named_check() -> None:
    feedback = ws.check(BASE, answers())["feedback"]
    calm, message, urges = feedback
    assert calm["change"] == 25 and calm["text"].startswith("It went from 30 to 55, up 25 points.")
    # The reader's own words; the softer way to ask is only offered.
    assert message["draft"] == ("When you never call when you are late, I feel worried. I need to know you "
                                "are safe. You must text me.")
    assert message["softer"]["ask"] == "Would you be willing to text me?"
    assert {n["kind"] for n in message["notes"]} == {"always_never"}
    assert urges["lines"] == ["\u201cAre we okay?\u201d: 80 at first, 45 after waiting (down 35 points)."]
    assert urges["average"] == -35


def test_a_rating_that_goes_the_wrong_way_is_met_gently() -> None:
    lower = ws.check(BASE, answers(calm_after=20))["feedback"][0]
    assert lower["change"] == -10 and "That is okay." in lower["text"]
    same = ws.check(BASE, answers(calm_after=30))["feedback"][0]
    assert same["text"].startswith("It stayed at 30.")
    missing = ws.check(BASE, answers(calm_after=""))["feedback"][0]
    assert missing["change"] is None and "again at the end" in missing["text"]


@pytest.mark.parametrize(("key", "value", "message"), [
    ("calm_before", 101, "Use a whole number from 0 to 100."),
    ("calm_before", "lots", "Use a whole number from 0 to 100."),
    ("calm_before", True, "Use a whole number from 0 to 100."),
    ("mood", "Angry", "Choose one of the options."),
    ("happened", "x" * 20_001, "This box holds up to 20,000 characters."),
])
def test_bad_answers_are_named_by_field(key: str, value: Any, message: str) -> None:
    result = ws.check(BASE, answers(**{key: value}))
    assert result["errors"] == {key: message}
    assert result["feedback"] == []


def test_a_bad_rating_in_a_group_row_is_named_by_row() -> None:
    result = ws.check(BASE, answers(urges=[{"wanted": "x", "before": 5}, {"before": -3}]))
    assert result["errors"] == {"urges.1.before": "Use a whole number from 0 to 100."}


def test_too_many_rows_are_refused() -> None:
    rows = [{"wanted": f"w{n}"} for n in range(4)]
    assert ws.check(BASE, answers(urges=rows))["errors"] == {"urges": "This list holds up to 3 rows."}


def test_an_empty_worksheet_asks_for_one_thing() -> None:
    result = ws.check(BASE, {"happened": "   ", "urges": [{}], "did": []})
    assert result["empty"] is True
    assert result["errors"] == {"entry": "Write or choose something in at least one box first."}


def test_crisis_language_in_any_box_is_noticed() -> None:
    assert ws.check(BASE, answers(urges=[{"wanted": "I want to die"}]))["crisis"] is True
    assert ws.check(BASE, answers())["crisis"] is False


# The message builder's own tests, over tables of asks and situations: test_message_builder.py.


def test_the_worksheet_check_says_safety_beside_crisis() -> None:
    assert ws.check(BASE, answers(happened="He hit me again."))["safety"] is True
    assert ws.check(BASE, answers())["safety"] is False


def test_through_the_json_entry_point() -> None:
    reply = api.call({"op": "check_worksheet", "definition": BASE, "answers": answers()})
    assert reply["ok"] is True and reply["result"]["feedback"][0]["change"] == 25
    bad = api.call({"op": "check_worksheet", "definition": {"kind": "worksheet"}, "answers": {}})
    assert bad["ok"] is False and bad["error"]["code"] == "bad_definition"
    wrong = api.call({"op": "check_worksheet", "definition": {"kind": "journal"}})
    assert wrong["error"]["code"] == "bad_request"


def saved(data: dict[str, Any]) -> dict[str, Any]:
    return sample_entry("w1", "worksheet", page="/steps/5/", data=data)


def test_worksheet_entries_go_through_the_journal_formats() -> None:
    entry = saved(ws.check(BASE, answers())["entry"])
    text = journal.export_json([entry], "haa", "2026-01-02T00:00:00Z")
    assert journal.import_json(text, "haa") == [entry]
    [shown] = journal.format_entries([entry])
    assert shown.startswith("## A practice: A title\n")
    assert "### How calm are you?\n\n30 out of 100" in shown
    assert "Time 1\n- What did you want to hear? Are we okay?\n- Urge: 80 out of 100" in shown
    assert "### What helped?\n\n- Tea\n- Music" in shown
    assert "### Your message\n\nHere is your message" in shown
    rows = list(csv.DictReader(io.StringIO(journal.export_csv([entry]))))
    assert rows[0]["kind"] == "worksheet" and rows[0]["practice.calm_before"] == "30"
    assert rows[0]["practice.urges"] == "wanted: Are we okay?; before: 80; after: 45"


def one(**answer: Any) -> dict[str, Any]:
    return {"worksheet": "x", "name": "X", "answers": [{"id": "a", "label": "A", **answer}]}


@pytest.mark.parametrize("bad", [
    one(type="essay", value=""), one(type="rating", value=101), one(type="checklist", value="x"),
    {"worksheet": "x", "name": "X", "answers": "none"},
    {"name": "X", "answers": []},
])
def test_an_unreadable_saved_worksheet_is_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(journal.JournalFileError):
        journal.normalise([saved(bad)])


texts = st.text(max_size=120)
ratings = st.none() | st.integers(min_value=0, max_value=100)


@settings(max_examples=40, deadline=None)
@given(st.fixed_dictionaries({
    "calm_before": ratings, "calm_after": ratings, "happened": texts, "feel": texts, "need": texts,
    "ask": texts, "mood": st.sampled_from(["", "Calm", "Tense"]),
    "did": st.lists(st.sampled_from(["Tea", "A walk", "Music"]), unique=True),
    "urges": st.lists(st.fixed_dictionaries({"wanted": texts, "before": ratings, "after": ratings}),
                      max_size=3),
}))
def test_any_answers_round_trip_through_the_journal(raw: dict[str, Any]) -> None:
    result = ws.check(BASE, raw)
    if result["errors"]:
        assert set(result["errors"]) == {"entry"}
        return
    entry = saved(result["entry"])
    assert journal.import_json(journal.export_json([entry], "haa", "now"), "haa") == [entry]
    journal.export_markdown([entry], "Site")
