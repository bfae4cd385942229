"""The site's content is safe for a reader whose partner hurts or controls them: the safety page is
linked from where a reader may need it, and the lessons never tell every reader they are safe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

DOCS = Path(__file__).resolve().parents[2] / "docs"
SAFETY = "relationship-safety.md"

# Pages that must point a reader to "Is it worry, or is something wrong?".
LINKING_PAGES = ["understanding.md", "steps/2-grounding.md", "steps/3-communicating-openly.md",
                 "steps/4-challenging-thoughts.md", "steps/5-inner-peace.md", "get-help.md",
                 "finding-a-therapist.md", "questionnaire.md"]


def _links(page: str) -> set[str]:
    text = (DOCS / page).read_text()
    base = (DOCS / page).parent
    return {(base / t.split("#")[0]).resolve().relative_to(DOCS.resolve()).as_posix()
            for t in re.findall(r"\]\(([^)\s#]+\.md)[^)]*\)", text)}


@pytest.mark.parametrize("page", LINKING_PAGES)
def test_the_page_links_to_the_safety_page(page: str) -> None:
    assert SAFETY in _links(page), f"{page} does not link to {SAFETY}"


def test_the_safety_page_names_control_and_abuse_and_what_to_do() -> None:
    text = (DOCS / SAFETY).read_text().lower()
    for words in ("phone", "track", "friends", "threat", "money", "put you down", "sex",
                  "afraid of how they will react", "not a thinking trap", "leave this page quickly",
                  "esc twice", "couples therapy is not advised", "cannot see or check", "get-help.md"):
        assert words in text, words
    assert "template: relationship-safety.html" in text


def test_step_3_puts_safety_first_in_the_lesson_and_in_its_exercise() -> None:
    lesson = (DOCS / "steps/3-communicating-openly.md").read_text()
    first_section = lesson.index("\n## ")
    assert '!!! warning "Safety first"' in lesson[:first_section]
    intro = yaml.safe_load((DOCS / "_exercises/open-message.yml").read_text())["intro"]
    assert intro.startswith("Safety first") and "../relationship-safety.md" in intro


def test_no_lesson_tells_every_reader_they_are_safe() -> None:
    # The grounding script once had everyone say "I am safe right now"; a reader who is not safe
    # must never be coached to tell themselves so.
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text()
        assert not re.search(r"\bI am safe right now\b", text), page
