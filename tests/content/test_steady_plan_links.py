"""The steady plan is one tap away where a reader needs it: from Get help now and from the end of
every step."""

from __future__ import annotations

import pytest
from kit.edition import english_sources
from kit.site import ROOT

DOCS = ROOT / "docs"
STEPS = [p for p in english_sources(".md") if p.parent.name == "steps"]  # Spanish: test_spanish_edition.py


def test_the_plan_is_on_the_journey_page_under_its_own_heading() -> None:
    journey = (DOCS / "journey.md").read_text()
    assert "## Your steady plan" in journey and "[[exercise: steady-plan]]" in journey


def test_get_help_links_to_the_plan() -> None:
    assert "(journey.md#your-steady-plan)" in (DOCS / "get-help.md").read_text()


@pytest.mark.parametrize("step", STEPS, ids=lambda p: p.stem)
def test_each_step_ends_with_a_link_to_the_plan(step) -> None:
    text = step.read_text()
    end = text[text.index("## Key takeaways"):]
    assert "(../journey.md#your-steady-plan)" in end
