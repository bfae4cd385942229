"""Checks on the lesson pages: plain reading level, links, practices and length.

The Markdown is read straight from docs/, so these tests need no site build.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from kit.edition import english_sources

from exercises.readability import MAX_GRADE, grade, plain_text

DOCS = Path(__file__).resolve().parents[2] / "docs"

# Step lessons in journey order, each with the page its "Next step" link must point to.
STEPS: dict[str, str] = {
    "steps/1-self-compassion.md": "2-grounding.md",
    "steps/2-grounding.md": "3-communicating-openly.md",
    "steps/3-communicating-openly.md": "4-challenging-thoughts.md",
    "steps/4-challenging-thoughts.md": "5-inner-peace.md",
    "steps/5-inner-peace.md": "../journey.md",
}

# Every page a reader walks through on the journey must read at grade MAX_GRADE or below.
LESSON_PAGES: list[str] = ["index.md", "understanding.md", *STEPS, "journey.md"]

MIN_WORDS, MAX_WORDS = 500, 1100
# Step 4 teaches three tools for a worried thought (a thought record, a behavioral experiment and
# noticing a thought as a thought), each with its example: more words, in sections of their own.
MAX_WORDS_OF = {"steps/4-challenging-thoughts.md": 2000}

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_TRY_THIS = re.compile(
    r'^!!!\s+\w+\s+"Try this[^"]*"\s*$\n(?:[ \t]*\n)*(?: {4}|\t)\S', re.MULTILINE
)


def _read(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def _words(markdown: str) -> int:
    return len(_WORD.findall(plain_text(markdown)))


def _link_targets(markdown: str) -> list[str]:
    """The targets of inline Markdown links, without any #anchor."""
    return [target.split("#", 1)[0] for target in re.findall(r"\]\(([^)\s]+)[^)]*\)", markdown)]


def test_lesson_pages_read_at_grade_8_or_below() -> None:
    grades = {page: grade(_read(page)) for page in LESSON_PAGES}
    report = "\n".join(f"  {page}: grade {value:.2f}" for page, value in grades.items())
    too_hard = [page for page, value in grades.items() if value > MAX_GRADE]
    assert not too_hard, (
        f"These pages read above grade {MAX_GRADE:g}: {', '.join(too_hard)}.\n"
        f"Use shorter sentences and everyday words. Grades per page:\n{report}"
    )


def _reader_pages() -> list[str]:
    """Every page a reader can open in English (not the exercise definitions under docs/_exercises/;
    the Spanish edition's pages are checked by its own formula in test_spanish_edition.py)."""
    return sorted(str(p.relative_to(DOCS)) for p in english_sources(".md"))


def test_every_reader_page_reads_at_grade_8_or_below_and_the_build_skips_none() -> None:
    # The about page once read at grade 8.6 and was left out of the build's check; now none is.
    settings = yaml.load((DOCS.parent / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    plugin = next(p["exercises"] for p in settings["plugins"] if isinstance(p, dict) and "exercises" in p)
    assert not plugin.get("readability_exclude")
    grades = {page: grade(_read(page)) for page in _reader_pages()}
    assert len(grades) >= 12
    assert not {page: round(value, 2) for page, value in grades.items() if value > MAX_GRADE}


@pytest.mark.parametrize("page", list(STEPS))
def test_each_step_ends_with_questions_to_reflect_on(page: str) -> None:
    # The home page promises them: "Each lesson ends with questions to think about."
    assert "questions to think about" in _read("index.md")
    section = re.search(r"^## Questions to reflect on\n\n((?:- .+\?\n)+)", _read(page), re.MULTILINE)
    assert section, f"{page} has no '## Questions to reflect on' with a list of questions"
    assert len(section.group(1).splitlines()) >= 2


@pytest.mark.parametrize("page", list(STEPS))
def test_step_links_to_next_step(page: str) -> None:
    next_page = STEPS[page]
    markdown = _read(page)
    assert next_page in _link_targets(markdown), (
        f"{page} does not link to the next page, {next_page}"
    )
    assert (DOCS / page).parent.joinpath(next_page).resolve().is_file(), (
        f"{page} links to {next_page}, which does not exist"
    )


@pytest.mark.parametrize("page", list(STEPS))
def test_step_has_try_this_admonition(page: str) -> None:
    assert _TRY_THIS.search(_read(page)), (
        f'{page} needs a "Try this" admonition: a line like !!! tip "Try this" '
        "followed by an indented body"
    )


@pytest.mark.parametrize("page", list(STEPS))
def test_step_length(page: str) -> None:
    words = _words(_read(page))
    most = MAX_WORDS_OF.get(page, MAX_WORDS)
    assert MIN_WORDS <= words <= most, (
        f"{page} has {words} words; this step lesson should have {MIN_WORDS}-{most}"
    )


@pytest.mark.parametrize("page", LESSON_PAGES)
def test_page_has_description_and_one_title(page: str) -> None:
    markdown = _read(page)
    front = re.match(r"\A---\n(.*?)\n---\n", markdown, re.DOTALL)
    assert front and re.search(r"^description:\s*\S", front.group(1), re.MULTILINE), (
        f"{page} needs YAML front matter with a description"
    )
    body = re.sub(r"^```.*?^```", "", markdown[front.end() :], flags=re.DOTALL | re.MULTILINE)
    titles = re.findall(r"^# \S", body, re.MULTILINE)
    assert len(titles) == 1, f"{page} should have exactly one '# Title', found {len(titles)}"


def test_readability_strips_markup() -> None:
    markdown = (
        "---\ndescription: x\n---\n\n# A title\n\n"
        'Read [this page](https://example.com/a-long-url).\n\n!!! tip "Try this"\n'
        "    Breathe.\n\n```python\nprint('code')\n```\n\n<div class=\"grid\" markdown>\n\n"
        "- an item\n\n| Cell one | Cell two |\n|---|---|\n| a | b |\n\n</div>\n"
    )
    text = plain_text(markdown)
    markup = ("description", "#", "https", "example.com", "!!!", "print", "<div", "|", "---")
    for leftover in markup:
        assert leftover not in text, f"{leftover!r} left in {text!r}"
    for kept in ("A title.", "Read this page.", "Try this.", "Breathe.", "an item.", "Cell one."):
        assert kept in text, f"{kept!r} missing from {text!r}"


def test_grade_catches_hard_text() -> None:
    hard = (
        "Notwithstanding considerable methodological heterogeneity, contemporary "
        "investigations consistently demonstrate that interpersonal hypervigilance "
        "characteristically intensifies physiological dysregulation. " * 20
    )
    easy = "I feel scared. That is okay. I can take a slow breath. " * 20
    assert grade(hard) > MAX_GRADE
    assert grade(easy) <= MAX_GRADE
