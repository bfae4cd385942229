"""The pages that say when self-help is not enough, and for whom: "When to get more help", the page for
partners, friends and family, "When worry turns into checking or controlling" and "How this site is
made". Each reads at grade 8 or below, is in the menu and dated; every step and the questionnaire's
readings point to them where they should; and no phone number reaches a page without the service's
own page and the day it was checked.

The Markdown and the definitions are read straight from docs/ and mkdocs.yml: no build is needed.
"""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from kit.edition import english_sources

from exercises.core import questionnaire
from exercises.readability import MAX_GRADE, grade

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
MORE_HELP, CHECKING = "when-to-get-help.md", "checking-and-control.md"
PARTNERS, MADE = "for-partners-friends-family.md", "how-this-site-is-made.md"
PAGES = [MORE_HELP, PARTNERS, CHECKING, MADE]
STEPS = [p.relative_to(DOCS).as_posix() for p in english_sources(".md") if p.parent.name == "steps"]
# The worry score at and above which a reading points to the page on checking and control.
HIGH_WORRY = Fraction(5)


def read(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def front(page: str) -> dict[str, Any]:
    match = re.match(r"\A---\n(.*?)\n---\n", read(page), re.DOTALL)
    assert match, f"{page} has no front matter"
    return yaml.safe_load(match.group(1))


def links(page: str) -> set[str]:
    """The pages of the site PAGE links to, as paths under docs/ (anchors dropped)."""
    base = (DOCS / page).parent
    return {(base / target.split("#")[0]).resolve().relative_to(DOCS.resolve()).as_posix()
            for target in re.findall(r"\]\(([^)\s#:]+\.md)(?:#[^)\s]*)?\)", read(page))}


def nav_pages() -> set[str]:
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)["nav"]
    found: set[str] = set()

    def walk(items: Any) -> None:
        for item in items:
            for value in (item.values() if isinstance(item, dict) else [item]):
                if isinstance(value, list):
                    walk(value)
                else:
                    found.add(value)
    walk(nav)
    return found


@pytest.mark.parametrize("page", PAGES)
def test_each_page_is_plain_dated_described_and_in_the_menu(page: str) -> None:
    assert grade(read(page)) <= MAX_GRADE, f"{page} reads above grade {MAX_GRADE:g}"
    meta = front(page)
    assert isinstance(meta.get("description"), str) and meta["description"].strip()
    assert isinstance(meta.get("last_reviewed"), dt.date), f"{page} needs a last_reviewed date"
    body = re.sub(r"\A---\n.*?\n---\n", "", read(page), flags=re.DOTALL)
    assert len(re.findall(r"^# \S", body, re.MULTILINE)) == 1
    assert page in nav_pages(), f"{page} is not in mkdocs.yml's nav"


@pytest.mark.parametrize("step", STEPS)
def test_every_step_ends_with_when_to_get_more_help(step: str) -> None:
    text = read(step)
    box = re.search(r'^!!! \w+ "When to get more help"\n((?: {4}.*\n|\n)+)', text, re.MULTILINE)
    assert box, f'{step} needs a "When to get more help" box'
    words = box.group(1)
    for criterion in ("two weeks", "sleep", "work", "friendships", "harming yourself or someone else",
                      "doctor", "therapist"):
        assert criterion in words, f"{step}: the box should name {criterion!r}"
    assert f"(../{MORE_HELP})" in words and "(../get-help.md)" in words
    assert text.index("When to get more help") > text.index("## Key takeaways")  # at the end


@pytest.mark.parametrize("step", ["steps/3-communicating-openly.md", "steps/5-inner-peace.md"])
def test_steps_3_and_5_point_to_the_page_on_checking_and_control(step: str) -> None:
    assert CHECKING in links(step)


def test_the_page_on_more_help_names_the_criteria_and_the_next_steps() -> None:
    text = read(MORE_HELP).lower()
    for words in ("two weeks", "sleep", "work", "friends", "thoughts of ending your life",
                  "harming someone else", "emergency number", "doctor", "gp", "therapist"):
        assert words in text, words
    assert {"get-help.md", "finding-a-therapist.md", "relationship-safety.md", CHECKING} <= links(MORE_HELP)


def test_the_partners_page_says_what_helps_what_does_not_and_where_control_begins() -> None:
    text = read(PARTNERS)
    for heading in ("## What it can feel like from the inside", "## What often helps",
                    "## What tends not to help", "## Look after yourself too",
                    "## When worry turns into control"):
        assert heading in text, heading
    assert {"relationship-safety.md", CHECKING, "get-help.md"} <= links(PARTNERS)
    assert "couples therapy is not advised" in text.lower()


# ---- When worry turns into checking or controlling

def test_the_checking_page_does_not_soften_harm_and_keeps_the_reader_out_of_shame() -> None:
    text = read(CHECKING)
    for words in ("does not make you a bad person", "that is abuse", "never excuses harm",
                  "can they say no without paying a price?", "Couples therapy is not advised"):
        assert words.lower() in text.lower(), words
    # The practice for the urge reuses the urge log, and the research is cited as what it is.
    assert "[[exercise: urge-log]]" in text
    assert "Spencer, Keilholtz and Stith, 2021" in text
    assert "does not show that anxious attachment causes" in text
    about = read("about.md")
    assert ("Spencer, C. M., Keilholtz, B. M., & Stith, S. M. (2021). The association between attachment "
            "styles and physical intimate partner violence perpetration and victimization: "
            "A meta-analysis.") in about


def test_every_number_on_the_checking_page_was_checked_on_the_services_own_page() -> None:
    meta = front(CHECKING)
    checked = meta.get("services_checked")
    assert checked, "services_checked lists each service, where it was checked and when"
    for service in checked:
        assert str(service.get("source", "")).startswith(("https://", "http://")), service
        assert isinstance(service.get("checked"), dt.date) and service["checked"] <= meta["last_reviewed"]
    verified = {re.sub(r"\D", "", str(s["number"])) for s in checked if "number" in s}
    on_page = {re.sub(r"\D", "", n) for n in re.findall(r"\(tel:([^)]+)\)", read(CHECKING))}
    shown = {re.sub(r"\D", "", n) for n in re.findall(r"\b\d{3,4}[ -]\d{3}[ -]\d{3,4}\b", read(CHECKING))}
    assert on_page and on_page <= verified, f"numbers with no checked source: {on_page - verified}"
    assert shown <= verified, f"numbers in the text with no checked source: {shown - verified}"


# ---- The questionnaire's readings

@pytest.fixture(scope="module")
def regions() -> tuple[questionnaire.Region, ...]:
    definition = yaml.safe_load((DOCS / "_exercises" / "attachment.yml").read_text(encoding="utf-8"))
    return questionnaire.parse(definition).regions


def test_every_reading_offers_when_to_get_more_help(regions: tuple[questionnaire.Region, ...]) -> None:
    for region in regions:
        assert MORE_HELP in region.lessons, region.id


def test_only_a_high_worry_score_points_to_the_page_on_checking(regions: tuple[questionnaire.Region, ...],
                                                                ) -> None:
    high = [r for r in regions if r.where["anxiety"][0] >= HIGH_WORRY]
    assert high, "a reading for a worry score of 5 or more"
    for region in high:
        assert f"]({CHECKING})" in region.text and CHECKING in region.lessons, region.id
        assert "you are a" not in region.text.lower()  # no labels
    for region in regions:
        if region.where["anxiety"][0] < HIGH_WORRY:
            assert CHECKING not in region.text and CHECKING not in region.lessons, region.id
    # Whatever the other score, a worry score of 5 or more is met by one of those readings first.
    for avoidance in (Fraction(1), Fraction(4), Fraction(7)):
        scores = {"anxiety": HIGH_WORRY, "avoidance": avoidance}
        assert next(r for r in regions if r.contains(scores)) in high


def test_the_questionnaire_page_links_when_to_get_more_help() -> None:
    assert MORE_HELP in links("questionnaire.md")


# ---- Step 4: the behavioral experiment and defusion

def test_step_4_places_the_experiment_after_the_thought_record_behind_a_safety_note() -> None:
    text = read("steps/4-challenging-thoughts.md")
    record = text.index("[[exercise: thought-record]]")
    experiment = text.index("[[exercise: behavioral-experiment]]")
    assert record < experiment
    section = " ".join(text[text.index("## Test a thought in real life"):experiment].split())
    assert '!!! warning "Only for worries about ordinary moments"' in section
    assert "(../relationship-safety.md)" in section and "Never test how someone will react" in section
    sheet = yaml.safe_load((DOCS / "_exercises" / "behavioral-experiment.yml").read_text(encoding="utf-8"))
    assert sheet["intro"].startswith("Safety first") and "../relationship-safety.md" in sheet["intro"]
    assert [f["check"] for f in sheet["feedback"]] == ["prediction_test"]


def test_step_4_teaches_defusion_with_a_practice_read_aloud_and_its_sources() -> None:
    text = read("steps/4-challenging-thoughts.md")
    section = text[text.index("## When a thought won't let go"):text.index("## Key takeaways")]
    assert "I'm having the thought that" in section
    assert re.search(r"<div markdown data-read-aloud[^>]*>", section)
    sources = text[text.index("**Sources:**"):]
    about = read("about.md")
    for short, reference in (("Hayes, Strosahl and Wilson (1999)", "Hayes, S. C., Strosahl, K. D., & Wilson"),
                             ("Harris (2008)", "Harris, R. (2008)"),
                             ("Masuda and others (2004)", "Masuda, A., Hayes, S. C."),
                             ("Bennett-Levy and others (2004)", "Bennett-Levy, J.")):
        assert short in sources and reference in about, short


def test_how_this_site_is_made_invents_no_reviewer() -> None:
    text = read(MADE)
    assert "## The review checklist" in text and "Last reviewed" in text
    assert not re.search(r"\b(?:reviewed|approved|checked) by\b|\bDr\.|\bPh\.?D\b|\bLCSW\b|\bM\.?D\.", text)
