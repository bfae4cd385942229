"""What the build writes for a thought record: the lesson's nine steps, the belief ratings before and
after, a checkbox for every thinking trap (so naming one works without a script and on paper), and
the fixed note that a partner who controls, frightens or hurts you is not a thinking trap, linked to
the safety page relative to the page the form is on."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from kit.project import make_project
from kit.samples import THOUGHT_RECORD_YAML
from kit.site import build_site

from exercises.core.text_checks import TRAPS
from exercises.core.thought_record import SAFETY_INSTEAD, SAFETY_NOTE, STEP_TITLES

RECORD = THOUGHT_RECORD_YAML
LINK = '<a href="../../relationship-safety/">Is it worry, or is something wrong?</a>'


class Elements(HTMLParser):
    """Start tags with their attributes, and the text of each legend, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.legends: list[str] = []
        self._in_legend = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_legend = tag == "legend"

    def handle_endtag(self, tag: str) -> None:
        if tag == "legend":
            self._in_legend = False

    def handle_data(self, data: str) -> None:
        if self._in_legend:
            self.legends.append(data.strip())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("record")
    config = make_project(tmp, RECORD, "# Home\n", files={
        "steps/4-thoughts.md": "# Step 4\n\n[[exercise: mood]]\n",
        "relationship-safety.md": "# Is it worry, or is something wrong?\n",
    })
    run = build_site(tmp / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    return tmp / "site"


@pytest.fixture(scope="module")
def page(site: Path) -> str:
    return (site / "steps" / "4-thoughts" / "index.html").read_text()


def parsed(html: str) -> Elements:
    found = Elements()
    found.feed(html)
    return found


def test_the_steps_are_the_lessons_in_its_order(page: str) -> None:
    assert parsed(page).legends == [str(title) for title in STEP_TITLES.values()]
    assert [str(title) for title in STEP_TITLES.values()] == [
        "What happened?", "What did you feel?", "What went through your mind?", "How much do you believe it?",
        "Name the trap", "Facts that support the thought", "Facts that do not fit it",
        "A more balanced thought", "Rate it again"]


def test_belief_in_the_hot_thought_is_rated_before_and_after(page: str) -> None:
    inputs = {a.get("name"): a for tag, a in parsed(page).tags if tag == "input"}
    for name in ("belief_before", "belief_after"):
        assert inputs[name]["type"] == "number"
        assert (inputs[name]["min"], inputs[name]["max"]) == ("0", "100")
        assert inputs[name]["data-field"] == name
        assert f'<label for="ex-mood-{name}">' in page
    assert "balanced_belief" not in inputs  # an older form asked it; saved entries keep it
    # The belief ratings sit in their steps: step 4, and step 9 before the feelings.
    before = page.index('id="ex-mood-step-belief_before"')
    assert before < page.index('id="ex-mood-belief_before"') < page.index('id="ex-mood-step-traps"')
    assert page.index('id="ex-mood-step-after"') < page.index('id="ex-mood-belief_after"') \
        < page.index('name="emotions.0.after"')


def test_every_trap_is_a_checkbox_with_its_name_and_explanation(page: str) -> None:
    boxes = [a for tag, a in parsed(page).tags if tag == "input" and a.get("type") == "checkbox"
             and "md-toggle" not in a.get("class", "")]  # not the theme's menu and search switches
    assert [b["value"] for b in boxes] == [t.id for t in TRAPS] + ["blaming"]
    assert all(b["data-trap"] == b["value"] for b in boxes)
    step = page[page.index('id="ex-mood-step-traps"'):page.index('id="ex-mood-step-evidence_for"')]
    for trap in TRAPS:
        assert f"<strong>{trap.name}</strong><span>: {trap.explanation}</span>" in step
    # The retired trap is there only for entries saved with it, hidden until one opens.
    assert re.search(r'<label class="ex-option ex-trap-choice" data-retired="true" hidden="hidden">'
                     r'<input data-trap="blaming"', step)


def test_the_fixed_note_and_its_link_are_beside_the_traps_in_the_form_and_the_summary(page: str) -> None:
    note = f'<p class="ex-safety-note">{SAFETY_NOTE} {LINK}</p>'
    step = page[page.index('id="ex-mood-step-traps"'):page.index('id="ex-mood-step-evidence_for"')]
    assert note in step
    traps = page[page.index('<div class="ex-traps" data-suggests="true">'):]
    assert note in traps
    assert f'<p class="ex-traps-safety" hidden="hidden">{SAFETY_INSTEAD} {LINK}</p>' in traps
    assert str(SAFETY_NOTE) == ("A partner who controls, frightens or hurts you is not a thinking trap. "
                           "That fear may be right.")


def test_the_link_leads_to_the_safety_page(site: Path, page: str) -> None:
    assert page.count(LINK) == 3  # the form's note, the summary's note, and what it says instead
    target = site / "steps" / "4-thoughts" / "../../relationship-safety/index.html"
    assert "Is it worry, or is something wrong?" in target.resolve().read_text()


def test_a_site_without_the_safety_page_warns_and_keeps_the_words(tmp_path: Path) -> None:
    # A site whose author removed relationship-safety.md: the build says which page to add (so a
    # strict build stops); the note stays, and the link loses its address rather than lead nowhere.
    config = make_project(tmp_path, RECORD, "# Home\n\n[[exercise: mood]]\n")
    (tmp_path / "docs" / "relationship-safety.md").unlink()
    run = build_site(tmp_path / "site", config, strict=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "exercises: there is no docs/relationship-safety.md" in run.stderr
    page = (tmp_path / "site" / "index.html").read_text()
    assert f'<p class="ex-safety-note">{SAFETY_NOTE} <span>Is it worry, or is something wrong?</span></p>' \
        in page
    assert "relationship-safety" not in page.split('class="md-content"')[1]  # the bar still links it


def test_a_page_in_a_language_without_trap_patterns_says_nothing_of_traps_found(tmp_path: Path) -> None:
    """Traps are looked for only in a language their patterns are written for: elsewhere the summary
    must not say that none stood out (nothing was looked for)."""
    from exercises.core.messages import using
    from exercises.definitions import load_definition
    from exercises.render.thought_record_html import render

    source = tmp_path / "mood.yml"
    source.write_text(RECORD)
    defn = load_definition(source)
    for language, looked in (("en", "true"), ("es", "false"), ("fr", "false")):
        with using({"language": language, "plural": {"forms": 2, "rule": ["!=", "n", 1]}}):
            root = render(defn, "ex-mood", lambda into, text: None, lambda page: ("../", "Safety"))
        [traps] = [e for e in root.iter() if e.get("class") == "ex-traps"]
        assert traps.get("data-suggests") == looked, language
