"""The worker protocol's request: a definition is parsed once per content, never cached when bad."""

from __future__ import annotations

from typing import Any

import pytest
from kit.samples import small

from exercises.core import api, protocol
from exercises.core.kinds import parse_definition


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The definitions the API parses, by title, from now on (the cache starts empty)."""
    seen: list[str] = []

    def counting(data: Any) -> Any:
        seen.append(data.get("title"))
        return parse_definition(data)

    monkeypatch.setattr(api, "parse_definition", counting)
    monkeypatch.setattr(protocol, "_PARSED", {})
    return seen


SAMPLE = small()


def score(definition: dict[str, Any]) -> dict[str, Any]:
    answers = {item["id"]: 3 for item in definition["items"]}
    return api.call({"op": "score_questionnaire", "definition": definition, "answers": answers})


def test_a_definition_is_parsed_once_and_a_changed_one_again(parses: list[str]) -> None:
    first = score(small())
    assert first["ok"] and score(small()) == first
    assert parses == [SAMPLE["title"]]
    changed = {**small(), "title": "Another title"}
    assert score(changed)["ok"]
    assert parses == [SAMPLE["title"], "Another title"]


def test_a_bad_definition_is_refused_every_time(parses: list[str]) -> None:
    bad = {**small(), "items": []}
    for _ in range(2):
        reply = score({**bad, "items": [{"id": "x"}]})
        assert reply["error"]["code"] == "bad_definition"
    assert len(parses) == 2


def test_the_cache_keeps_a_bounded_number_of_definitions(parses: list[str]) -> None:
    for n in range(protocol._PARSED_MAX + 5):
        assert score({**small(), "title": f"Title {n}"})["ok"]
    assert len(protocol._PARSED) == protocol._PARSED_MAX


def test_every_message_type_has_its_own_name() -> None:
    assert len(set(protocol.MESSAGES.values())) == len(protocol.MESSAGES)
