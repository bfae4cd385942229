"""Bad definitions are refused with the field at fault and what to do about it."""

from __future__ import annotations

import copy
import itertools
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kit.samples import SMALL, small

from exercises.core import questionnaire as qn
from exercises.core.errors import DefinitionError
from exercises.core.kinds import parse_definition


def problems(data: object) -> list[tuple[str, str, str]]:
    with pytest.raises(DefinitionError) as caught:
        parse_definition(data)
    return [(p.field, p.message, p.fix) for p in caught.value.problems]


def test_the_sample_is_valid() -> None:
    q = qn.parse(copy.deepcopy(SMALL))
    assert [i.id for i in q.items if i.reverse] == ["a2"]


def test_missing_field() -> None:
    [(field, message, fix)] = problems(small(title=None))
    assert field == "title"
    assert "missing required field 'title'" in message
    assert "Add 'title:'" in fix


def test_unknown_key() -> None:
    data = small()
    data["items"][1]["colour"] = "blue"
    [(field, message, fix)] = problems(data)
    assert field == "items[2].colour"
    assert "unknown field 'colour'" in message
    assert fix == "Remove it or check the spelling. Allowed here: id, text, subscale."


def test_an_item_marked_reversed_is_sent_to_reverse_keyed() -> None:
    for key in ("reverse", "reversed", "reverse_scored", "Reverse"):
        data = small()
        data["items"][1][key] = True
        [(field, message, fix)] = problems(data)
        assert field == f"items[2].{key}" and f"unknown field '{key}'" in message
        assert fix.startswith("Did you mean 'reverse_keyed'? An item scored the other way round is named at "
                              "the top of the file"), key
        assert "'reverse_keyed: [a2]'" in fix  # the item's own id


def test_a_misspelled_key_gets_the_closest_one() -> None:
    data = small()
    data["reverse_keyd"] = data.pop("reverse_keyed")
    found = problems(data)
    assert ("reverse_keyd", "unknown field 'reverse_keyd'",
            "Did you mean 'reverse_keyed'? Allowed here: kind, id, title, intro, scale, subscales, items, "
            "reverse_keyed, unanswered, result.") in found
    data = small()
    data["subscales"][0]["nmae"] = data["subscales"][0].pop("name")
    assert any(field == "subscales[1].nmae" and fix.startswith("Did you mean 'name'?")
               for field, _, fix in problems(data))


def test_duplicated_item_id() -> None:
    data = small()
    data["items"][3]["id"] = "a1"
    found = problems(data)
    assert ("items[4].id", "the item id 'a1' is used twice",
            "Give each item its own id, for example by numbering them.") in found


def test_reverse_key_naming_no_item() -> None:
    [(field, message, fix)] = problems(small(reverse_keyed=["a2", "zz9"]))
    assert field == "reverse_keyed[2]"
    assert "'zz9' names no item" in message
    assert "Use the id of an item" in fix


@pytest.mark.parametrize("labels", [[], ["Only one"]])
def test_scale_under_two_points(labels: list[str]) -> None:
    found = problems(small(scale={"labels": labels}))
    assert any(f == "scale.labels" and "at least 2 points" in m for f, m, _ in found)


def test_subscale_without_items() -> None:
    data = small()
    data["subscales"].append({"id": "c", "name": "Unused"})
    [(field, message, fix)] = problems(data)
    assert field == "subscales[3]"
    assert "the subscale 'c' has no items" in message
    assert "subscale: c" in fix


def test_item_naming_an_unknown_subscale() -> None:
    data = small()
    data["items"][0]["subscale"] = "q"
    assert any(f == "items[1].subscale" and "'q' is not defined" in m for f, m, _ in problems(data))


def test_wrong_types_are_named() -> None:
    found = problems(small(title=12, items="a list of things"))
    assert ("title", "should be text, not the number 12") in [(f, m) for f, m, _ in found]
    assert any(f == "items" and "should be a list" in m for f, m, _ in found)


def test_regions_must_cover_every_score() -> None:
    result = {"regions": [{"id": "only-high", "where": {"a": [3, 5]}, "text": "x"}]}
    [(field, message, fix)] = problems(small(result=result))
    assert field == "result.regions"
    assert "no region covers the scores a = 1" in message


@pytest.mark.parametrize(("regions", "gap"), [
    # A gap between decimal bounds, narrower than a point.
    ([{"a": [1, 2.9]}, {"a": [3, 5]}], "a = 2.95, b = 1"),
    # Each subscale is covered on its own, but not every pair: the corner a > 3, b > 2 is open.
    ([{"a": [1, 3]}, {"a": [3, 5], "b": [1, 2]}], "a = 3.05, b = 2.05"),
])
def test_a_gap_anywhere_in_the_plane_is_found(regions: list[dict], gap: str) -> None:
    result = {"regions": [{"id": f"r{n}", "where": where, "text": "x"} for n, where in enumerate(regions)]}
    [(field, message, fix)] = problems(small(result=result))
    assert (field, message) == ("result.regions", f"no region covers the scores {gap}")


# Region bounds on the scale of SMALL (1 to 5), in tenths and twentieths: the grid's steps and the
# points between them.
BOUND = st.builds(lambda n: n / 20, st.integers(20, 100)) | st.builds(lambda n: n / 10, st.integers(10, 50))
RANGE = st.tuples(BOUND, BOUND).map(sorted)
WHERE = st.fixed_dictionaries({}, optional={"a": RANGE, "b": RANGE})


def first_gap_point_by_point(regions: list[dict]) -> str | None:
    """The first score pair (a, then b, in twentieths of a point) no region holds, found by trying
    every pair: the plain reading of what the build promises."""
    grid = [1 + Fraction(step, 20) for step in range(81)]
    holds = [{sid: [Fraction(str(low)) <= score <= Fraction(str(high)) for score in grid]
              for sid in ("a", "b") for low, high in [where.get(sid, (1, 5))]} for where in regions]
    for (i, a), (j, b) in itertools.product(enumerate(grid), enumerate(grid)):
        if not any(region["a"][i] and region["b"][j] for region in holds):
            return f"no region covers the scores a = {float(a):g}, b = {float(b):g}"
    return None


@settings(max_examples=200, deadline=None)
@given(st.lists(WHERE, min_size=1, max_size=6))
def test_the_gap_named_is_the_first_score_no_region_holds(regions: list[dict]) -> None:
    result = {"regions": [{"id": f"r{n}", "where": {sid: list(rng) for sid, rng in where.items()},
                           "text": "x"} for n, where in enumerate(regions)]}
    gap = first_gap_point_by_point(regions)
    if gap is None:
        parse_definition(small(result=result))
    else:
        [(field, message, fix)] = problems(small(result=result))
        assert (field, message) == ("result.regions", gap)


def test_regions_that_meet_exactly_cover_everything() -> None:
    result = {"regions": [{"id": "low", "where": {"a": [1, 2.95]}, "text": "x"},
                          {"id": "high", "where": {"a": [2.95, 5], "b": [1, 5]}, "text": "y"}]}
    assert [r.id for r in parse_definition(small(result=result)).regions] == ["low", "high"]


def test_region_range_outside_the_scale() -> None:
    result = {"regions": [{"id": "r", "where": {"a": [0, 9]}, "text": "x"}]}
    found = problems(small(result=result))
    assert any(f == "result.regions[1].where.a" and "outside the scale" in m for f, m, _ in found)


def test_all_problems_are_reported_at_once() -> None:
    data = small(title=None, reverse_keyed=["nope"])
    data["items"][0]["colour"] = "red"
    assert {f for f, _, _ in problems(data)} == {"title", "reverse_keyed[1]", "items[1].colour"}


def test_unknown_kind() -> None:
    [(field, message, fix)] = problems({"kind": "quiz"})
    assert field == "kind"
    assert "'quiz' is not an exercise kind" in message
    assert "questionnaire" in fix


def test_not_a_mapping_at_all() -> None:
    [(field, _, _)] = problems(["a", "list"])
    assert field == "kind"


def test_yes_and_no_read_as_booleans_get_a_quoting_hint() -> None:
    found = problems(small(scale={"labels": [False, True]}))
    assert ("scale.labels[1]", "a label should be text, not 'false'",
            "YAML reads words like yes, no, on and off as true or false: put the text in quotes.") in found
