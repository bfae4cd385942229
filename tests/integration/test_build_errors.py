"""A mistake in an author's file fails the build with file, line, field and a fix; never a traceback."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from kit.project import Built, TinySites, build, failed_output, make_project
from kit.samples import GOOD_YAML, WORKSHEET_YAML
from kit.site import build_site

from exercises.definitions import AuthorError, load_definition


def edit(change: str, replacement: str) -> str:
    assert change in GOOD_YAML
    return GOOD_YAML.replace(change, replacement)


def test_the_good_definition_builds(tmp_path: Path) -> None:
    config = make_project(tmp_path, GOOD_YAML)
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    html = (tmp_path / "site" / "index.html").read_text()
    assert 'data-exercise="questionnaire"' in html
    assert "I felt on edge today." in html
    assert not (tmp_path / "site" / "_exercises").exists(), "definitions are not published"


CASES = {
    "missing field": (
        edit("title: A small check-in\n", ""),
        "docs/_exercises/mood.yml:1: title: missing required field 'title'. Add 'title:' with text."),
    "unknown key": (
        edit("    text: I reached out to someone.\n",
             "    text: I reached out to someone.\n    colour: blue\n"),
        "docs/_exercises/mood.yml:21: items[3].colour: unknown field 'colour'. Remove it or check the "
        "spelling."),
    "duplicated item id": (
        edit("  - id: k1", "  - id: c1"),
        "docs/_exercises/mood.yml:18: items[3].id: the item id 'c1' is used twice."),
    "reverse key naming no item": (
        edit("reverse_keyed: [c2]", "reverse_keyed: [c2, c9]"),
        "docs/_exercises/mood.yml:21: reverse_keyed[2]: the text 'c9' names no item. Use the id of an "
        "item listed under 'items'."),
    "scale under two points": (
        edit('labels: ["No", Not really, Somewhat, "Yes"]', 'labels: ["Yes"]'),
        "docs/_exercises/mood.yml:5: scale.labels: a scale needs at least 2 points, this one has 1."),
    "scale over 100 points": (
        edit('labels: ["No", Not really, Somewhat, "Yes"]',
             "labels: [" + ", ".join(f"'{n}'" for n in range(1, 102)) + "]"),
        "docs/_exercises/mood.yml:5: scale.labels: a scale can have at most 100 points, this one has 101."),
    "subscale without items": (
        edit("  - id: close\n    name: Closeness\n",
             "  - id: close\n    name: Closeness\n  - id: spare\n    name: Spare\n"),
        "docs/_exercises/mood.yml:11: subscales[3]: the subscale 'spare' has no items. Add items with "
        "'subscale: spare', or remove this subscale."),
    "not valid YAML": (
        edit("title: A small check-in", "title: A small: check-in"),
        "docs/_exercises/mood.yml:3: this is not valid YAML"),
    "yes and no read as true and false": (
        edit('labels: ["No", Not really, Somewhat, "Yes"]', "labels: [No, Not really, Somewhat, Yes]"),
        "docs/_exercises/mood.yml:5: scale.labels[1]: a label should be text, not 'false'. YAML reads "
        "words like yes, no, on and off as true or false: put the text in quotes."),
    "wrong type": (
        edit("title: A small check-in", "title: [A, list]"),
        "docs/_exercises/mood.yml:3: title: should be text, not a list. Write it as one line of text "
        "after 'title:', like 'title: A few words'."),
    "unknown kind": (
        edit("kind: questionnaire", "kind: quiz"),
        "docs/_exercises/mood.yml:1: kind: 'quiz' is not an exercise kind. Set 'kind:' to one of: "
        "journal, questionnaire, thought_record, worksheet."),
}


@pytest.fixture(scope="module")
def built(tiny_sites: TinySites) -> dict[str, Built]:
    """Every case of both tables built once, as a batch."""
    return tiny_sites.projects({name: (definition, None, None) for name, (definition, _) in
                                [*CASES.items(), *WORKSHEET_CASES.items()]})


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_definition_fails_with_its_message(built: dict[str, Built], case: str) -> None:
    definition, expected = CASES[case]
    assert expected in failed_output(built[case].run)


def test_a_duplicated_id_reports_only_itself(built: dict[str, Built]) -> None:
    output = failed_output(built["duplicated item id"].run)  # the table's own build
    assert "has no items" not in output


def test_a_page_naming_a_missing_exercise(tmp_path: Path) -> None:
    page = "---\ndescription: x\n---\n# Check-in\n\nSome words.\n\n[[exercise: moood]]\n"
    output = build(tmp_path, GOOD_YAML, page)
    assert "docs/index.md:8: there is no exercise called 'moood': no file moood.yml" in output
    assert "Known exercises: mood." in output


def test_an_exercise_line_without_blank_lines_around_it(tmp_path: Path) -> None:
    output = build(tmp_path, GOOD_YAML, "# Check-in\nIntro words.\n[[exercise: mood]]\n")
    assert "docs/index.md:3: the exercise line needs an empty line before and after it." in output


def test_a_malformed_exercise_line(tmp_path: Path) -> None:
    output = build(tmp_path, GOOD_YAML, "# Check-in\n\n[[exercise mood]]\n")
    assert "docs/index.md:3: '[[exercise mood]]' is not a valid exercise line." in output


def test_an_exercise_line_inside_a_code_block_is_left_alone(tmp_path: Path) -> None:
    page = "# Check-in\n\n```markdown\n[[exercise: missing]]\n```\n"
    config = make_project(tmp_path, GOOD_YAML, page)
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "[[exercise: missing]]" in (tmp_path / "site" / "index.html").read_text()


def test_a_link_to_a_definition_that_is_gone(tmp_path: Path) -> None:
    config = make_project(tmp_path, None)
    (tmp_path / "docs" / "_exercises" / "mood.yml").symlink_to(tmp_path / "elsewhere" / "mood.yml")
    run = build_site(tmp_path / "site", config)
    output = run.stdout + run.stderr
    assert run.returncode != 0 and "Traceback" not in output, output
    assert (f"docs/_exercises/mood.yml: is a link to {tmp_path}/elsewhere/mood.yml, which is not there. "
            "Put the file itself in its place, or point the link at a file that exists.") in output


def test_a_definition_file_gone_before_it_is_read(tmp_path: Path) -> None:
    # The library looks before it reads; a file removed in between (an editor saving while the
    # preview rebuilds) or a caller's own path still gets words, not a traceback.
    with pytest.raises(AuthorError, match=r"^docs/_exercises/gone.yml: the file does not exist\. Create it"):
        load_definition(tmp_path / "docs" / "_exercises" / "gone.yml", tmp_path)


def test_a_pyodide_folder_without_pyodide_says_what_to_do(tmp_path: Path) -> None:
    config = make_project(tmp_path, GOOD_YAML)
    data = yaml.safe_load(config.read_text())
    data["plugins"][0]["exercises"]["pyodide_source"] = str(tmp_path / "nowhere")
    config.write_text(yaml.safe_dump(copy.deepcopy(data)))
    run = build_site(tmp_path / "site", config)
    output = run.stdout + run.stderr
    assert run.returncode != 0 and "Traceback" not in output
    assert "Pyodide was not found" in output and "Leave pyodide_source out" in output


def test_exercise_ids_restart_on_each_page(tmp_path: Path) -> None:
    config = make_project(tmp_path, GOOD_YAML)
    (tmp_path / "docs" / "again.md").write_text("# Again\n\n[[exercise: mood]]\n\n[[exercise: mood]]\n")
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    first = (tmp_path / "site" / "index.html").read_text()
    again = (tmp_path / "site" / "again" / "index.html").read_text()
    assert 'data-exercise-id="ex-mood"' in first
    assert 'data-exercise-id="ex-mood"' in again and 'data-exercise-id="ex-mood-2"' in again


def test_an_exercise_line_left_as_text_inside_html_stops_the_build(tmp_path: Path) -> None:
    # Markdown inside raw HTML is never read, so the line would reach readers as "[[exercise: mood]]".
    output = build(tmp_path, GOOD_YAML, "# Check-in\n\n<div>\n\n[[exercise: mood]]\n\n</div>\n")
    assert ("docs/index.md:5: the exercise line is inside the HTML block <div> that starts on line 3, where "
            "Markdown is not read, so readers would see it as text. Write the tag as <div markdown>, with an "
            "empty line before and after the exercise line, and add '- md_in_html' under "
            "'markdown_extensions:' in mkdocs.yml; or move the line out of the HTML.") in output


def test_an_exercise_line_inside_html_with_markdown_switched_on_builds(tmp_path: Path) -> None:
    # The fix the message gives works: <div markdown> with md_in_html.
    page = "# Check-in\n\n<div markdown>\n\n[[exercise: mood]]\n\n</div>\n"
    config = make_project(tmp_path, GOOD_YAML, page)
    data = yaml.safe_load(config.read_text())
    data["markdown_extensions"] = ["md_in_html"]
    config.write_text(yaml.safe_dump(data))
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    assert 'data-exercise="questionnaire"' in (tmp_path / "site" / "index.html").read_text()


def test_the_syntax_quoted_in_inline_code_is_left_alone(tmp_path: Path) -> None:
    page = "# Check-in\n\nWrite `[[exercise: NAME]]` alone on a line, or ``[[exercise: x]]``.\n"
    config = make_project(tmp_path, GOOD_YAML, page)
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr


def worksheet_edit(change: str, replacement: str) -> str:
    assert change in WORKSHEET_YAML
    return WORKSHEET_YAML.replace(change, replacement)


def test_the_good_worksheet_builds(tmp_path: Path) -> None:
    config = make_project(tmp_path, WORKSHEET_YAML)  # with the get-help page its help banner links to
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    html = (tmp_path / "site" / "index.html").read_text()
    assert 'data-exercise="worksheet"' in html and "What do you notice?" in html


WORKSHEET_CASES = {
    "unknown field type": (
        worksheet_edit("type: long_text", "type: essay"),
        "docs/_exercises/mood.yml:14: steps[2].fields[1].type: 'essay' is not a field type. Use one of: "
        "short_text, long_text, rating, choice, checklist, page_checklist, group, breathing, timer, "
        "help_now."),
    "duplicated field id": (
        worksheet_edit("id: calm_after", "id: calm_before"),
        "docs/_exercises/mood.yml:18: steps[3].fields[1].id: the field id 'calm_before' is used twice. "
        "Give each field its own id."),
    "bad rating range": (
        worksheet_edit("label: How calm do you feel?\n",
                       "label: How calm do you feel?\n        min: 10\n        max: 5\n"),
        "docs/_exercises/mood.yml:12: steps[1].fields[1].max: the range 10 to 5 is empty or upside down. "
        "Make 'max' larger than 'min'."),
    "a step naming no field": (
        worksheet_edit("  - title: Notice\n    fields:\n      - id: notice\n"
                       "        type: long_text\n        label: What do you notice?\n",
                       "  - title: Notice\n    fields: []\n"),
        "docs/_exercises/mood.yml:12: steps[2].fields: the step 'Notice' names no field. Add at least one "
        "field under 'fields', or remove the step."),
    "feedback naming no field": (
        worksheet_edit("after: calm_after", "after: calm_later"),
        "docs/_exercises/mood.yml:24: feedback[1].after: 'calm_later' names no field. Use the id of a "
        "rating field: calm_before or calm_after."),
    "a practice linking to a page the site does not have": (
        worksheet_edit("        label: What do you notice?\n",
                       "        label: What do you notice?\n"
                       "      - id: practices\n        type: page_checklist\n"
                       "        label: What helps?\n        options:\n"
                       "          - {label: This page, page: index.md}\n"
                       "          - {label: Breathing, page: steps/breathing.md#how}\n"),
        "docs/_exercises/mood.yml:21: steps[2].fields[2].options[2].page: there is no page "
        "'steps/breathing.md#how' in docs/. Write the path of one of this site's pages, like "
        "steps/1-self-compassion.md."),
    "unknown check": (
        worksheet_edit("check: compare_ratings", "check: compare"),
        "docs/_exercises/mood.yml:22: feedback[1].check: there is no check called 'compare'. Use one of: "
        "compare_ratings, message_builder, prediction_test, urge_log."),
}


@pytest.mark.parametrize("case", WORKSHEET_CASES, ids=list(WORKSHEET_CASES))
def test_bad_worksheet_fails_with_its_message(built: dict[str, Built], case: str) -> None:
    definition, expected = WORKSHEET_CASES[case]
    assert expected in failed_output(built[case].run)
