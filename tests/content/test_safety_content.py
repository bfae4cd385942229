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


def _section(page: str, heading: str) -> str:
    """The text under HEADING (a '## ' or '### ' line) up to the next heading of that level or higher."""
    text = (DOCS / page).read_text()
    level = heading.split(" ", 1)[0]
    start = text.index(f"\n{heading}\n")
    rest = text[start + len(heading) + 2:]
    stop = re.search(rf"^#{{1,{len(level)}}} ", rest, re.MULTILINE)
    return rest[: stop.start()] if stop else rest


# Each recognised sign of higher danger (Campbell et al., 2003; Campbell, Webster & Glass, 2009;
# Glass et al., 2008), and words that must say it on the page.
HIGHER_DANGER = {
    "strangulation": r"\bchoked or strangled\b",
    "threats to kill": r"\bthreatened to kill you\b",
    "weapons": r"\b(gun|weapon)\b",
    "violence getting worse": r"\bmore often, or more badly\b",
    "pregnancy": r"\bpregnan",
    "leaving or separation": r"\b(leave|split up|breakup)\b",
    "stalking": r"\bfollow you, watch you\b",
    "extreme jealousy": r"\bjealous\b",
    "forced sex": r"\bforce you to have sex\b",
    "control of daily life": r"\bcontrol most of what you do\b",
    "threats of suicide": r"\bthreaten to kill themselves\b",
}


@pytest.mark.parametrize("sign", list(HIGHER_DANGER))
def test_the_safety_page_names_each_sign_of_higher_danger(sign: str) -> None:
    listed = _section(SAFETY, "## Signs of higher danger").split("\n\n")[1]  # the list itself
    assert re.search(HIGHER_DANGER[sign], listed), sign


def test_the_signs_are_hedged_as_the_research_is_and_lead_to_a_safety_plan() -> None:
    text = " ".join(_section(SAFETY, "## Signs of higher danger").split())
    assert "Danger Assessment" in text
    assert "No list can tell for sure what will happen" in text
    assert "a partner can be dangerous without any of them" in text
    assert "Most of this research is about women hurt by men" in text
    assert re.search(r"talk to a hotline about a safety plan", text)
    assert "take that feeling seriously" in text  # the reader's own sense of danger counts


def test_choking_gets_a_medical_check_even_without_a_mark() -> None:
    text = " ".join(_section(SAFETY, "### If you have been choked or strangled").split())
    assert "even when no mark shows" in text
    assert "get a medical check soon, even if you feel fine" in text
    assert re.search(r"trouble breathing, swallowing or speaking.*call your local emergency number now", text)


def test_the_history_advice_says_a_wiped_history_can_be_noticed() -> None:
    advice = " ".join((DOCS / SAFETY).read_text().split())
    device = advice[advice.index("**Use a device they cannot see or check.**"):]
    device = device[: device.index("- **")]
    assert "private (incognito) window" in device
    assert re.search(r"wiping your history: a partner who checks may notice that it is gone", device)
    assert "tracking apps" in device
    assert "clear your history after you visit" not in advice  # the old advice, without its risk


def test_every_source_the_safety_page_names_is_in_the_references() -> None:
    sources = _section(SAFETY, "## Going back to the lessons")
    references = _section("about.md", "## References")
    cited = re.findall(r"([A-Z][a-z]+)(?: and others| and [A-Z][a-z]+|, [A-Z][a-z]+ and [A-Z][a-z]+)? "
                       r"\((\d{4})\)", sources[sources.index("**Sources:**"):])
    assert len(cited) >= 4, cited
    for author, year in cited:
        assert re.search(rf"^- {author}, .*\({year}\)", references, re.MULTILINE), (author, year)
    assert "about.md#references" in sources


def test_a_talk_that_went_badly_is_not_put_down_to_the_readers_timing_or_words() -> None:
    text = (DOCS / "steps/3-communicating-openly.md").read_text()
    answer = next(line for line in text.splitlines()
                  if line.startswith("**\"I tried, and it didn't go well.\"**"))
    assert not re.search(r"\b(what you could change|change\b.{0,30}\b(timing|words))", answer), answer
    assert "does not mean you did it wrong" in answer
    assert "../relationship-safety.md" in answer  # a talk that went badly with a frightening partner
