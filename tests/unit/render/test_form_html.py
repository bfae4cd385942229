"""What the build writes for an exercise: its Markdown and links resolved like the page's own, its
controls whole, links to its parts checked like links to headings, and site search kept to its
title and introduction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from kit.project import TinySites, Writer, make_project
from kit.samples import GOOD_YAML

INTRO = "Read [the lesson](lesson.md) *first*, then answer.\n"
LESSON = "# The lesson\n\nSee [the first question](index.md#ex-mood-c1).\n"


def project(lesson: str = LESSON) -> Writer:
    def write(folder: Path) -> Path:
        definition = GOOD_YAML + "intro: |\n  " + INTRO
        config = make_project(folder, definition, files={"lesson.md": lesson})
        settings = yaml.safe_load(config.read_text())
        settings["plugins"].insert(0, "search")
        settings["validation"] = {"anchors": "warn"}
        settings["theme"] = {"name": "material", "font": False}  # its search honours data-search-exclude
        config.write_text(yaml.safe_dump(settings))
        return config
    return write


@pytest.fixture(scope="module")
def built(tiny_sites: TinySites) -> dict[str, tuple[Path, str]]:
    """The project as it is, and with a link to a part of the form that is not there: each built once."""
    runs = tiny_sites.build_all({
        "form-html": project(),
        "form-html-missing-anchor": project("# The lesson\n\n[Gone](index.md#ex-mood-nothing)\n")})
    return {key: (done.site, done.output + f"\nexit {done.run.returncode}") for key, done in runs.items()}


def build(built: dict[str, tuple[Path, str]], key: str = "form-html") -> tuple[Path, str]:
    return built[key]


def test_the_form_reaches_the_page_whole_with_the_authors_markdown_resolved(built: dict) -> None:
    site, output = build(built)
    assert output.endswith("exit 0"), output
    html = (site / "index.html").read_text()
    assert '<a href="lesson/">the lesson</a> <em>first</em>' in html
    assert len(re.findall(r'<fieldset class="ex-likert"', html)) == 3
    assert len(re.findall(r'<input name="ex-mood-c\d" type="radio"', html)) == 8
    assert len(re.findall(r'<input name="ex-mood-k1" type="radio"', html)) == 4
    # Nothing of Python-Markdown's bookkeeping is left in the page.
    assert "\x02" not in html and "\x03" not in html and "wzxhzdk" not in html


def test_a_link_to_a_part_of_a_form_is_checked_like_a_link_to_a_heading(built: dict) -> None:
    _, output = build(built)
    assert "ex-mood-c1" not in output, output
    _, output = build(built, "form-html-missing-anchor")  # [Gone](index.md#ex-mood-nothing)
    assert "does not contain an anchor '#ex-mood-nothing'" in output, output


def test_search_finds_an_exercise_by_its_title_and_introduction_not_its_buttons(
        built: dict) -> None:
    site, output = build(built)
    assert output.endswith("exit 0"), output
    docs = json.loads((site / "search" / "search_index.json").read_text())["docs"]
    text = " ".join(d["title"] + " " + d["text"] for d in docs if d["location"].startswith("#")
                    or d["location"] == "")
    assert "A small check-in" in text and "then answer" in text
    for control in ("See my scores", "Not really", "I reached out to someone", "Try again",
                    "Scoring needs JavaScript"):
        assert control not in text, control
