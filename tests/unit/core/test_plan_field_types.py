"""The field types a plan needs: page_checklist (practices that link to their lessons) and help_now
(the site's help services, filled in at build time)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from kit.samples import entry as sample_entry

from exercises.core import api, journal
from exercises.core import worksheet as ws
from exercises.core.errors import DefinitionError

PLAN: dict[str, Any] = {
    "kind": "worksheet", "id": "plan", "title": "My plan",
    "steps": [{"title": "What helps", "fields": [
        {"id": "practices", "type": "page_checklist", "label": "What helps me most", "choose": 2,
         "options": [{"label": "Slow breathing", "page": "steps/2-grounding.md#how-to-practice"},
                     {"label": "A thought record", "page": "steps/4-challenging-thoughts.md"},
                     {"label": "Waiting with the urge", "page": "steps/5-inner-peace.md"}]},
        {"id": "worse", "type": "long_text", "label": "If it gets worse"},
        {"id": "help", "type": "help_now", "label": "Help at any time"},
    ]}],
}


def changed(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(PLAN)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def problems(data: Any) -> list[str]:
    with pytest.raises(DefinitionError) as err:
        ws.parse(data)
    return [f"{p.field}: {p.message}. {p.fix}" for p in err.value.problems]


PRACTICES = ("steps", 0, "fields", 0)


def test_a_page_checklist_reads_its_labels_pages_and_limit() -> None:
    practices = ws.parse(PLAN).field("practices")
    assert practices.options == ("Slow breathing", "A thought record", "Waiting with the urge")
    assert practices.pages == ("steps/2-grounding.md#how-to-practice", "steps/4-challenging-thoughts.md",
                               "steps/5-inner-peace.md")
    assert practices.choose == 2
    without_limit = copy.deepcopy(PLAN)
    del without_limit["steps"][0]["fields"][0]["choose"]
    assert ws.parse(without_limit).field("practices").choose == 3


@pytest.mark.parametrize(("path", "value", "message"), [
    ((*PRACTICES, "options", 1, "page"), "https://example.com/page.md",
     "steps[1].fields[1].options[2].page: 'https://example.com/page.md' is not the path of a page in docs/. "
     "Write the page's path under docs/, ending in .md, like steps/1-self-compassion.md (an anchor after # "
     "is fine)."),
    ((*PRACTICES, "options", 1, "page"), "../outside.md",
     "steps[1].fields[1].options[2].page: '../outside.md' is not the path of a page in docs/. Write the "
     "page's path under docs/, ending in .md, like steps/1-self-compassion.md (an anchor after # is fine)."),
    ((*PRACTICES, "options", 1), "A thought record",
     "steps[1].fields[1].options[2]: an option should be a label and a page, not the text 'A thought "
     "record'. Write '- label: ...' and, under it, 'page: ...' (the page's path in docs/)."),
    ((*PRACTICES, "options", 2, "label"), "Slow breathing",
     "steps[1].fields[1].options[3].label: the option 'Slow breathing' is listed twice. Remove one of them."),
    ((*PRACTICES, "choose"), 4,
     "steps[1].fields[1].choose: choose 4 is outside 1 to 3. Use a whole number from 1 to 3."),
    ((*PRACTICES, "options"), [{"label": "Alone", "page": "a.md"}],
     "steps[1].fields[1].options: a page_checklist needs at least 2 options, this one has 1. Add more "
     "options, or link the page from the step's text instead."),
])
def test_each_mistake_in_a_page_checklist_gets_its_own_message(path: tuple[Any, ...], value: Any,
                                                               message: str) -> None:
    assert message in problems(changed(path, value))


def test_a_page_checklist_option_without_a_page_is_named() -> None:
    data = changed((*PRACTICES, "options", 0), {"label": "Slow breathing"})
    assert "steps[1].fields[1].options[1].page: missing required field 'page'" in problems(data)[0]


def test_help_now_takes_only_the_fields_that_name_people() -> None:
    data = changed(("steps", 0, "fields", 2, "minutes"), 5)
    assert problems(data) == ["steps[1].fields[3].minutes: unknown field 'minutes'. Remove it or check the "
                              "spelling. Allowed here: id, type, label, hint, contacts."]


def test_ticking_more_than_the_limit_is_named_next_to_the_field() -> None:
    plan = ws.parse(PLAN)
    reply = ws.check(plan, {"practices": ["Slow breathing", "A thought record", "Waiting with the urge"]})
    assert reply["errors"] == {"practices": "Choose up to 2: untick the ones that help you least."}
    assert ws.check(plan, {"practices": ["A thought record", "Slow breathing"]})["errors"] == {}


def test_the_plan_is_saved_read_back_and_shown_without_help_now() -> None:
    plan = ws.parse(PLAN)
    reply = ws.check(plan, {"practices": ["A thought record", "Slow breathing", "Not an option"],
                            "worse": "Call Sam, then my doctor"})
    data = reply["entry"]
    practices = next(a for a in data["answers"] if a["id"] == "practices")
    assert practices["value"] == ["Slow breathing", "A thought record"]  # in the list's order
    assert "help" not in [a["id"] for a in data["answers"]]  # a guide keeps nothing
    saved = sample_entry(kind="worksheet", data=data)
    assert journal.import_json(journal.export_json([saved], "s", "now"), "s") == [saved]
    text = journal.format_entries([saved])[0]
    assert "- Slow breathing\n- A thought record" in text and "Call Sam, then my doctor" in text


# ---------------------------------------------------------------------------------------------
# help_now's contacts: the fields that name people the reader can reach, which a reader may leave
# out of a printed or downloaded copy with the help services.

PEOPLE = {"id": "people", "type": "group", "label": "People I can reach", "row_label": "Person", "fields": [
    {"id": "name", "type": "short_text", "label": "Who"},
    {"id": "how", "type": "short_text", "label": "How to reach them"}]}
HELP = ("steps", 0, "fields", 3)


def with_people(contacts: object = ("people",)) -> dict[str, Any]:
    data = copy.deepcopy(PLAN)
    fields = data["steps"][0]["fields"]
    fields.insert(2, PEOPLE)
    fields[3]["contacts"] = list(contacts) if isinstance(contacts, tuple) else contacts
    return data


ANSWERS = {"people": [{"name": "Sam", "how": "07700 900123"}], "worse": "Call Sam, then my doctor",
           "practices": ["Slow breathing"]}


def saved(answers: dict[str, Any] = ANSWERS, definition: dict[str, Any] | None = None) -> dict[str, Any]:
    """The entry the page saves: its data, and its title from the core's reply."""
    reply = ws.check(definition or with_people(), answers)
    return sample_entry(kind="worksheet", data=reply["entry"], title=reply["title"])


def test_a_plan_says_which_answers_name_people_and_keeps_it_when_saved() -> None:
    plan = ws.parse(with_people())
    assert plan.contacts == ("people",)
    entry = saved()
    assert entry["data"]["contacts"] == ["people"]
    assert journal.import_json(journal.export_json([entry], "s", "now"), "s") == [entry]
    assert "contacts" not in ws.check(PLAN, {"worse": "Rest"})["entry"]  # a plan that names no one


@pytest.mark.parametrize(("contacts", "message"), [
    (("nobody",), "steps[1].fields[4].contacts[1]: 'nobody' names no field. Use the id of a field the "
                  "reader writes in: practices, worse or people."),
    (("help",), "steps[1].fields[4].contacts[1]: 'help' is a help_now field, which keeps nothing the "
                "reader writes. Use the id of a field the reader writes in: practices, worse or people."),
    ((7,), "steps[1].fields[4].contacts[1]: the number 7 is not the id of a field. Write the id of a "
           "field of this worksheet, like 'people'."),
    ("people", "steps[1].fields[4].contacts: should be a list"),
])
def test_each_mistake_in_contacts_is_named_with_its_place(contacts: object, message: str) -> None:
    found = problems(with_people(contacts))
    assert any(p.startswith(message) for p in found), found


def test_a_copy_can_leave_out_the_people_and_keep_everything_else() -> None:
    entry = saved()
    [whole] = journal.format_entries([entry])
    [without] = journal.format_entries([entry], without_contacts=True)
    assert "Sam" in whole and "07700 900123" in whole
    assert "07700" not in without and "People I can reach" not in without and "Person 1" not in without
    # The reader's own words elsewhere are never cut, even where they name someone (the caution says so).
    assert "### If it gets worse\n\nCall Sam, then my doctor" in without
    assert "Slow breathing" in without
    assert "Sam" not in journal.export_markdown([entry], "Site", without_contacts=True).replace(
        "Call Sam", "")
    assert "07700" not in journal.export_csv([entry], without_contacts=True)
    assert "07700" in journal.export_csv([entry])


def test_only_entries_that_name_someone_ask_before_printing() -> None:
    named = saved()
    nobody = saved({"people": [{"name": "", "how": ""}], "worse": "Rest"})
    other = sample_entry(kind="worksheet", data=ws.check(PLAN, {"worse": "Rest"})["entry"])
    assert journal.holds_contacts([named, nobody, other]) == [True, False, False]
    # Leaving out what is not there changes nothing.
    both = [nobody, other]
    assert journal.format_entries(both, without_contacts=True) == journal.format_entries(both)


def test_the_api_says_which_entries_name_people_and_never_cuts_the_journal_file() -> None:
    entry = saved()
    reply = api.call({"op": "format_entries", "entries": [entry], "without_contacts": True})
    assert reply["ok"] and reply["result"]["contacts"] == [True]
    assert "07700" not in reply["result"]["texts"][0]
    reply = api.call({"op": "export_journal", "format": "markdown", "entries": [entry], "site": "s",
                      "site_name": "Site", "exported": "now", "without_contacts": True})
    assert reply["ok"] and "07700" not in reply["result"]["text"]
    refused = api.call({"op": "export_journal", "format": "json", "entries": [entry], "site": "s",
                        "exported": "now", "without_contacts": True})
    assert refused["ok"] is False and refused["error"]["code"] == "bad_request"
    odd = api.call({"op": "format_entries", "entries": [entry], "without_contacts": "yes"})
    assert odd["ok"] is False and odd["error"]["code"] == "bad_request"


@pytest.mark.parametrize("contacts", ["people", [1], ["x"] * 21])
def test_a_saved_entry_with_an_unreadable_list_of_contacts_is_refused(contacts: object) -> None:
    entry = saved()
    entry["data"]["contacts"] = contacts
    with pytest.raises(journal.JournalFileError, match="name people cannot be read"):
        journal.normalise([entry])


def test_a_name_is_never_the_title_that_heads_a_copy() -> None:
    only_people = {"people": [{"name": "Sam", "how": "07700 900123"}], "practices": ["Slow breathing"]}
    entry = saved(only_people)
    assert entry["title"] == "My plan"  # not "Sam", though it is the first thing written
    # An entry saved before titles skipped names: a copy without names drops that title too.
    older = {**saved(), "title": "Sam"}
    [without] = journal.format_entries([older], without_contacts=True)
    assert "Sam" not in without.replace("Call Sam", "")
    assert without.startswith("## My plan: Call Sam, then my doctor")


def caution_form(definition: dict[str, Any]) -> Any:
    pytest.importorskip("markdown")
    worksheet_html = pytest.importorskip("exercises.render.worksheet_html")
    from exercises.definitions import Definition

    defn = Definition("plan", Path("plan.yml"), definition, ws.parse(definition))
    return worksheet_html.render(defn, "ex-plan", lambda parent, text: None, lambda page: (page, page))


def test_a_plan_with_help_services_cautions_above_its_print_button_and_offers_to_leave_them_out() -> None:
    form = caution_form(with_people()).find(".//form")
    parts = list(form)
    caution = form.find("div[@data-copy-caution]")
    actions = form.find("div[@class='ex-actions']")
    assert caution is not None and parts.index(caution) == parts.index(actions) - 1  # just above them
    words = " ".join("".join(caution.itertext()).split())
    assert "If someone checks your papers or your phone, a copy could put you at risk." in words
    assert "Names you write in other boxes stay in." in words
    choice = caution.find(".//input[@type='checkbox']")
    assert choice is not None and choice.get("data-leave-out") == ""
    assert "".join(caution.find(".//label").itertext()) == (
        "Leave the help numbers and the people I listed out of copies I print or download")
    assert caution.find(".//p[@role='status']") is not None  # where the change is said aloud
    # What the choice leaves out: the help services and the fields the plan names, nothing else.
    marked = {box.get("data-box") for box in form.iter() if box.get("data-leave-out-part") is not None}
    assert marked == {"help", "people"}
    # A step left with nothing on paper goes whole; the others stay.
    people_only = with_people()
    people_only["steps"].append({"title": "Who", "fields": [people_only["steps"][0]["fields"].pop(2)]})
    steps = caution_form(people_only).findall(".//li[@data-step]")
    assert [s.get("data-leave-out-part") is not None for s in steps] == [False, True]


def test_a_worksheet_without_help_services_has_no_caution() -> None:
    plain = copy.deepcopy(PLAN)
    del plain["steps"][0]["fields"][2]
    form = caution_form(plain)
    assert form.find(".//div[@data-copy-caution]") is None
    assert not [b for b in form.iter() if b.get("data-leave-out-part") is not None]
    # Without 'contacts', only the help services are left out.
    marked = {b.get("data-box") for b in caution_form(PLAN).iter()
              if b.get("data-leave-out-part") is not None}
    assert marked == {"help"}
