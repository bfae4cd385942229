"""The field types a plan needs: page_checklist (practices that link to their lessons) and help_now
(the site's help services, filled in at build time)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from kit.samples import entry as sample_entry

from exercises.core import journal
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


def test_help_now_takes_no_keys_of_its_own() -> None:
    data = changed(("steps", 0, "fields", 2, "minutes"), 5)
    assert problems(data) == ["steps[1].fields[3].minutes: unknown field 'minutes'. Remove it or check the "
                              "spelling. Allowed here: id, type, label, hint."]


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
