"""A table of malformed author input, across every exercise kind and the exercise line in a page.

Each row is built as a tiny site (tests/kit/project.py) with `mkdocs build --strict`: the build must
fail, print no traceback, and say where (file and, where there is one, line) and what to do. Rows
here are the ones tests/integration/test_build_errors.py does not already have.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from kit.project import Built, TinySites, failed_output
from kit.samples import GOOD_YAML, JOURNAL_YAML, THOUGHT_RECORD_YAML, WORKSHEET_YAML

DEF = "docs/_exercises/mood.yml"

def change(base: str, old: str, new: str) -> str:
    assert old in base, old
    return base.replace(old, new, 1)


@dataclass(frozen=True)
class Case:
    definition: str | bytes | None
    expected: tuple[str, ...]  # each must appear in the build's output
    page: str | None = None
    files: dict[str, str | bytes] = field(default_factory=dict)


def q(old: str, new: str, *expected: str) -> Case:
    return Case(change(GOOD_YAML, old, new), expected)


def tr(old: str, new: str, *expected: str) -> Case:
    return Case(change(THOUGHT_RECORD_YAML, old, new), expected)


def jn(old: str, new: str, *expected: str) -> Case:
    return Case(change(JOURNAL_YAML, old, new), expected)


def ws(old: str, new: str, *expected: str) -> Case:
    return Case(change(WORKSHEET_YAML, old, new), expected)


def line(page: str, *expected: str, definition: str | None = GOOD_YAML) -> Case:
    return Case(definition, expected, page=page)


CASES: dict[str, Case] = {
    # ---- the file itself ---------------------------------------------------------------------
    "empty file": Case("", (f"{DEF}:1: the file is empty.", "Start it with 'kind:'",)),
    "only a comment": Case("# to do\n", (f"{DEF}:1: the file is empty.",)),
    "a list, not a mapping": Case(
        "- kind: questionnaire\n- id: mood\n",
        (f"{DEF}:1: the file holds a list, not a set of fields (name: value).",
         "Write the definition as 'name: value' lines, starting with 'kind:'.")),
    "a bare word, not a mapping": Case(
        "questionnaire\n", (f"{DEF}:1: the file holds the text 'questionnaire', not a set of fields",)),
    "two documents in one file": Case(
        GOOD_YAML + "---\nkind: journal\n",
        (f"{DEF}:22: this file holds more than one YAML document",
         "Remove the '---' line and what follows it, or move it to a file of its own.")),
    "tab used for indentation": Case(
        change(GOOD_YAML, "  labels:", "\tlabels:"),
        (f"{DEF}:5: a tab is used for indentation.", "YAML needs spaces: replace the tab with spaces.")),
    "duplicate top-level key": q(
        "title: A small check-in\n", "title: A small check-in\ntitle: Another title\n",
        f"{DEF}:4: 'title' is given twice (first on line 3). Keep one of them."),
    "duplicate key inside an item": q(
        "    text: I felt calm today.\n", "    text: I felt calm today.\n    text: Again.\n",
        f"{DEF}:15: 'text' is given twice (first on line 14). Keep one of them."),
    "not UTF-8": Case(
        change(GOOD_YAML, "I felt calm today.", "I felt calm today. Caf\udce9").encode(
            "utf-8", "surrogateescape"),
        (f"{DEF}:14: the file is not UTF-8 text", "Save it as UTF-8")),
    "unclosed quote": q(
        'labels: ["No", Not really, Somewhat, "Yes"]', 'labels: ["No, Not really, Somewhat, Yes]',
        f"{DEF}:5: this is not valid YAML: a quote opened on this line is never closed. Add the closing "
        "quote at the end of the text"),
    "a colon in unquoted text": q(
        "title: A small check-in", "title: Check-in: today",
        f"{DEF}:3: this is not valid YAML: the text after 'title:' has a colon followed by a space in it",
        'Put the text in quotes: title: "Check-in: today"'),
    "an item indented more than its neighbours": q(
        "    text: I felt calm today.", "      text: I felt calm today.",
        f"{DEF}:14: this is not valid YAML: this line is indented more than the line above it."),
    "reverse on an item": q(
        "    text: I felt on edge today.\n", "    text: I felt on edge today.\n    reverse: true\n",
        f"{DEF}:18: items[2].reverse: unknown field 'reverse'. Did you mean 'reverse_keyed'? An item "
        "scored the other way round is named at the top of the file, not on the item: remove this line "
        "and list the item's id there, like 'reverse_keyed: [c2]'."),
    "a misspelled field": q("reverse_keyed: [c2]", "reverse_keyd: [c2]",
                            f"{DEF}:21: reverse_keyd: unknown field 'reverse_keyd'. Did you mean "
                            "'reverse_keyed'?"),
    "missing definition file": Case(
        None, ("docs/index.md:3: there is no exercise called 'mood': no file mood.yml in docs/_exercises.",
               "Known exercises: none yet.")),
    # ---- questionnaire -----------------------------------------------------------------------
    "no kind at all": q("kind: questionnaire\n", "",
                        f"{DEF}:1: kind: missing required field 'kind'. Add 'kind:' with one of: "
                        "journal, questionnaire, thought_record, worksheet."),
    "kind written as a list": q("kind: questionnaire", "kind: [questionnaire]",
                                f"{DEF}:1: kind: a list is not an exercise kind.", "Set 'kind:' to one of:"),
    "id with a space": q("id: mood", "id: my mood",
                         f"{DEF}:2: id: 'my mood' is not a usable id.", "Use letters, digits, '-' or '_'"),
    "items as a mapping, not a list": q(
        GOOD_YAML[GOOD_YAML.index("items:"):GOOD_YAML.index("reverse_keyed")],
        "items:\n  c1: I felt calm today.\n",
        f"{DEF}:11: items: should be a list, not a set of fields. Write each question on a line of its "
        "own under 'items:', starting with '- ' (a dash and a space)."),
    "item text is a number": q("text: I felt calm today.", "text: 42",
                               f"{DEF}:14: items[1].text: should be text, not the number 42. Put it in "
                               """quotes to keep it as text, like 'text: "42"'."""),
    "item names no subscale": q("  - id: k1\n    subscale: close", "  - id: k1\n    subscale: closer",
                                f"{DEF}:19: items[3].subscale:", "closer"),
    "no items": q(GOOD_YAML[GOOD_YAML.index("items:"):GOOD_YAML.index("reverse_keyed")], "",
                  f"{DEF}:", "items: missing required field 'items'."),
    "scale labels missing": q('  labels: ["No", Not really, Somewhat, "Yes"]\n', "  points: 4\n",
                              f"{DEF}:5: scale.points: unknown field 'points'.",
                              "scale.labels: missing required field 'labels'."),
    # ---- thought record ----------------------------------------------------------------------
    "thought record without a title": tr("title: Thought record\n", "",
                                         f"{DEF}:1: title: missing required field 'title'."),
    "feelings as one text": tr("emotion_suggestions: [worried, sad]", "emotion_suggestions: worried, sad",
                               f"{DEF}:5: emotion_suggestions: should be a list, not the text "
                               "'worried, sad'. Put it in square brackets, like 'emotion_suggestions: "
                               "[worried, sad]', or write each feeling on a line of its own under "
                               "'emotion_suggestions:', starting with '- '."),
    "a feeling that is a number": tr("[worried, sad]", "[worried, 7]",
                                     f"{DEF}:5: emotion_suggestions[2]: should be a word for a feeling.",
                                     "Write one feeling per line"),
    "unknown thought record field": tr("intro: Go step by step.\n", "intro: Go step by step.\nsteps: 3\n",
                                       f"{DEF}:5: steps: unknown field 'steps'.", "Remove it or check"),
    # ---- journal -----------------------------------------------------------------------------
    "journal without an id": jn("id: mood\n", "", f"{DEF}:1: id: missing required field 'id'."),
    "journal intro as a list": jn("intro: Entries you chose to save.", "intro: [a, b]",
                                  f"{DEF}:4: intro: should be text, not a list. Write it as one line of "
                                  "text after 'intro:', like 'intro: A few words'."),
    "unknown journal field": jn("title: Saved on this device\n", "title: Saved on this device\ncolumns: 2\n",
                                f"{DEF}:4: columns: unknown field 'columns'."),
    # ---- the exercise line in a page -----------------------------------------------------------
    "line not alone on its line": line("# Check-in\n\nTry this: [[exercise: mood]] now.\n",
                                       "docs/index.md:3: 'Try this: [[exercise: mood]] now.' is not a "
                                       "valid exercise line. Write it alone on its line"),
    "name with a path": line("# Check-in\n\n[[exercise: ../index]]\n",
                             "docs/index.md:3: '../index' is not a usable exercise name.",
                             "letters, digits, '-' or '_'"),
    "name with a space": line("# Check-in\n\n[[exercise: my mood]]\n",
                              "docs/index.md:3: '[[exercise: my mood]]' is not a valid exercise line."),
    "no name": line("# Check-in\n\n[[exercise: ]]\n",
                    "docs/index.md:3: '[[exercise: ]]' is not a valid exercise line."),
    "one closing bracket": line("# Check-in\n\n[[exercise: mood]\n",
                                "docs/index.md:3: '[[exercise: mood]' is not a valid exercise line."),
    "capital E": line("# Check-in\n\n[[Exercise: mood]]\n",
                      "docs/index.md:3: '[[Exercise: mood]]' is not a valid exercise line.",
                      "[[exercise: NAME]]"),
    "line after front matter": line("---\ndescription: x\n---\n# Check-in\n\n[[exercise: mood]] and more\n",
                                    "docs/index.md:6: '[[exercise: mood]] and more' is not a valid"),
    # ---- worksheet ---------------------------------------------------------------------------
    "worksheet step as a text": ws("  - title: Notice\n    fields:\n      - id: notice\n"
                                   "        type: long_text\n        label: What do you notice?\n",
                                   "  - Notice what you feel\n",
                                   f"{DEF}:11: steps[2]: should be a set of fields (key: value), not the "
                                   "text 'Notice what you feel'."),
    "worksheet field without a label": ws("        label: What do you notice?\n", "",
                                          f"{DEF}:13: steps[2].fields[1].label: missing required field "
                                          "'label'."),
    "worksheet field id used twice": ws(
        "id: calm_after", "id: calm_before",
        f"{DEF}:18: steps[3].fields[1].id: the field id 'calm_before' is used twice. Give each field its "
        "own id.",
        # The check that named the field follows on: it lists the rating fields left, no empty name.
        f"{DEF}:24: feedback[1].after: 'calm_after' names no field. Use the id of a rating field: "
        "calm_before."),
    "worksheet check naming a field of the wrong type": ws(
        "after: calm_after", "after: notice",
        f"{DEF}:24: feedback[1].after: 'notice' is a long_text field, but compare_ratings needs a rating "
        "field here. Use the id of a rating field: calm_before or calm_after."),
    "worksheet display unknown": ws("display: one_at_a_time", "display: slideshow",
                                    f"{DEF}:4: display: 'slideshow' is not a way to show the steps.",
                                    "Use one_at_a_time or all_at_once."),
    "worksheet breathing pattern as a mapping": ws(
        "        type: long_text\n        label: What do you notice?\n",
        "        type: breathing\n        label: Breathe\n        patterns: [{box: 4}]\n",
        f"{DEF}:16: steps[2].fields[1].patterns[1]: a set of fields is not a breathing pattern."),
    "worksheet choice with one option": ws(
        "        type: long_text\n        label: What do you notice?\n",
        "        type: choice\n        label: Pick\n        options: [only]\n",
        f"{DEF}:16: steps[2].fields[1].options: a choice needs at least 2 options, this one has 1."),
}


@pytest.fixture(scope="module")
def built(tiny_sites: TinySites) -> dict[str, Built]:
    """Every row built once, as a batch."""
    return tiny_sites.projects({name: (case.definition, case.page, case.files)
                                for name, case in CASES.items()})


@pytest.mark.parametrize("name", CASES, ids=list(CASES))
def test_a_malformed_input_fails_the_build_in_words(built: dict[str, Built], name: str) -> None:
    case = CASES[name]
    output = failed_output(built[name].run)  # no traceback, non-zero exit
    for expected in case.expected:
        assert expected in output, f"{name}: expected {expected!r} in:\n{output}"


def test_the_table_has_every_kind_and_enough_rows() -> None:
    kinds = {"questionnaire": GOOD_YAML, "thought_record": THOUGHT_RECORD_YAML, "journal": JOURNAL_YAML,
             "worksheet": WORKSHEET_YAML}
    for kind, base in kinds.items():
        assert f"kind: {kind}" in base
    assert len(CASES) >= 25
