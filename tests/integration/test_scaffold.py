"""`mkdocs-exercises new-lesson`, `new-questionnaire` and `new-worksheet` start a file that builds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from kit.authoring import fill_placeholders
from kit.project import HELP_PAGES, tiny_settings
from kit.site import ROOT, build_site

from exercises.core.kinds import parse_definition
from exercises.readability import MAX_GRADE, grade
from exercises.scaffold import nav_line, slugify

SCHEMA = ROOT / "exercises" / "schemas" / "questionnaire.schema.json"


def make_project(tmp: Path) -> Path:
    """A minimal site like an author's fork: a home page, the exercises plugin, a nav."""
    (tmp / "docs").mkdir()
    (tmp / "docs" / "index.md").write_text("---\ndescription: Home.\n---\n\n# Home\n\nWelcome.\n")
    config = tmp / "mkdocs.yml"
    # Written by hand, indented like the real mkdocs.yml, with the nav last (where lines are added).
    config.write_text(
        "site_name: Test site\n"
        "theme:\n  name: material\n  font: false\n"
        "markdown_extensions:\n  - admonition\n"
        "plugins:\n  - exercises:\n      definitions: _exercises\n"
        + yaml.safe_dump({"extra": tiny_settings(tmp / "docs")["extra"]})
        + "nav:\n  - Home: index.md\n  - Get help now: get-help.md\n"
        "  - Is it worry, or is something wrong?: relationship-safety.md\n")
    return config


def scaffold(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    what, *rest = args  # ("lesson", title) runs mkdocs-exercises new-lesson TITLE
    return subprocess.run([sys.executable, "-m", "exercises.cli", f"new-{what}", *rest], cwd=tmp,
                          capture_output=True, text=True)


def build_ok(tmp: Path, config: Path) -> str:
    """The strict build of a site whose new file still holds its placeholders: it stops and names
    each; with them written over (as an author would), it builds."""
    stopped = build_site(tmp / "site", config)
    output = stopped.stdout + stopped.stderr
    assert stopped.returncode != 0 and "the placeholder" in output and "Traceback" not in output, output
    fill_placeholders(tmp)
    run = build_site(tmp / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout + run.stderr


def test_new_lesson_is_created_and_builds_once_its_nav_line_is_added(tmp_path: Path) -> None:
    config = make_project(tmp_path)
    run = scaffold(tmp_path, "lesson", "Step 6: Setting gentle boundaries")
    assert run.returncode == 0, run.stderr
    page = tmp_path / "docs" / "step-6-setting-gentle-boundaries.md"
    markdown = page.read_text()
    assert markdown.startswith('---\ndescription: "REPLACE: one sentence')
    assert "\n# Step 6: Setting gentle boundaries\n" in markdown
    assert '\n!!! tip "Try this"\n\n    ' in markdown
    assert grade(markdown) <= MAX_GRADE
    # The printed nav line is YAML the author pastes under 'nav:' as it is.
    line = run.stdout.strip().splitlines()[-1]
    assert line == '  - "Step 6: Setting gentle boundaries": step-6-setting-gentle-boundaries.md'
    config.write_text(config.read_text() + line + "\n")
    data = yaml.safe_load(config.read_text())
    assert data["nav"][-1] == {"Step 6: Setting gentle boundaries": "step-6-setting-gentle-boundaries.md"}
    output = build_ok(tmp_path, config)
    assert "not included in the \"nav\"" not in output
    html = (tmp_path / "site" / "step-6-setting-gentle-boundaries" / "index.html").read_text()
    assert "Try this" in html and "<h1" in html


def test_new_questionnaire_parses_matches_the_schema_and_builds(tmp_path: Path) -> None:
    config = make_project(tmp_path)
    run = scaffold(tmp_path, "questionnaire", "mood-check")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[[exercise: mood-check]]"
    target = tmp_path / "docs" / "_exercises" / "mood-check.yml"
    text = target.read_text()
    first = text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    copy = (target.parent / first.split("=", 1)[1]).resolve()  # the site's own copy of the schema
    assert copy == (tmp_path / "schemas" / SCHEMA.name).resolve() and copy.read_text() == SCHEMA.read_text()
    data = yaml.safe_load(text)
    model = parse_definition(data)
    assert model.id == "mood-check" and model.title == "Mood check"
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    (tmp_path / "docs" / "index.md").write_text(
        "---\ndescription: Home.\n---\n\n# Home\n\n" + run.stdout.strip().splitlines()[-1] + "\n")
    build_ok(tmp_path, config)
    assert 'data-exercise="questionnaire"' in (tmp_path / "site" / "index.html").read_text()


def test_the_questionnaire_goes_where_mkdocs_yml_says(tmp_path: Path) -> None:
    config = make_project(tmp_path)
    data = yaml.safe_load(config.read_text())
    data["docs_dir"] = "content"
    data["plugins"][0]["exercises"]["definitions"] = "defs"
    config.write_text(yaml.safe_dump(data))
    (tmp_path / "docs").rename(tmp_path / "content")
    assert scaffold(tmp_path, "questionnaire", "q1").returncode == 0
    assert (tmp_path / "content" / "defs" / "q1.yml").is_file()


@pytest.mark.parametrize("args", [("lesson", "Grounding"), ("questionnaire", "mood"), ("worksheet", "mood")])
def test_an_existing_file_is_never_overwritten(tmp_path: Path, args: tuple[str, str]) -> None:
    make_project(tmp_path)
    assert scaffold(tmp_path, *args).returncode == 0
    created = next(p for p in (tmp_path / "docs").rglob("*") if p.stem in ("grounding", "mood"))
    created.write_text("my own words\n")
    again = scaffold(tmp_path, *args)
    assert again.returncode == 1
    assert "already exists; nothing was changed" in again.stderr
    assert created.read_text() == "my own words\n"


@pytest.mark.parametrize(("args", "message"), [
    (("questionnaire", "mood check"), "cannot be a questionnaire name"),
    (("questionnaire", "../mood"), "cannot be a questionnaire name"),
    (("questionnaire", ""), "cannot be a questionnaire name"),
    (("worksheet", "calm check"), "cannot be a worksheet name"),
    # The build reads exercise lines and files by one rule: a name starts with a letter or digit.
    (("questionnaire", "_mood"), "cannot be a questionnaire name"),
    (("worksheet", ".calm"), "cannot be a worksheet name"),
    (("lesson", ""), "give the lesson a title"),
    (("lesson", "!!!"), "give the lesson a title"),
])
def test_bad_input_is_refused_with_a_clear_message(tmp_path: Path, args: tuple[str, str],
                                                   message: str) -> None:
    make_project(tmp_path)
    run = scaffold(tmp_path, *args)
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
    assert sorted(p.name for p in (tmp_path / "docs").rglob("*")) == sorted(["index.md", *HELP_PAGES])


@pytest.mark.parametrize("title", ["Grounding", "Step 6: Boundaries", "Why 'no' is okay",
                                   "Yes", "Rest & repair", "#1 habit", "Ça va?"])
def test_the_nav_line_reads_back_as_the_title(title: str) -> None:
    assert yaml.safe_load(nav_line(title, "x.md")) == [{title: "x.md"}]


def test_slugs_are_plain_file_names() -> None:
    assert slugify("Step 6: Setting gentle  boundaries!") == "step-6-setting-gentle-boundaries"
    assert slugify("Ça va, l'été?") == "ca-va-l-ete"


@pytest.mark.parametrize(("target", "command"), [
    ('new-lesson TITLE="A new page"', 'mkdocs-exercises new-lesson "A new page"'),
    ("new-questionnaire NAME=mood", 'mkdocs-exercises new-questionnaire "mood"'),
    ("new-worksheet NAME=calm", 'mkdocs-exercises new-worksheet "calm"'),
    ("check", "mkdocs-exercises check"),
])
def test_make_targets_run_the_scaffold(target: str, command: str) -> None:
    run = subprocess.run(f"make -n {target}", shell=True, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert command in run.stdout


def test_new_worksheet_parses_matches_its_schema_and_builds(tmp_path: Path) -> None:
    config = make_project(tmp_path)
    run = scaffold(tmp_path, "worksheet", "calm-check")
    assert run.returncode == 0, run.stderr
    line = run.stdout.strip().splitlines()[-1]
    assert line == "[[exercise: calm-check]]"
    target = tmp_path / "docs" / "_exercises" / "calm-check.yml"
    text = target.read_text()
    # The editor schema is the site's own copy of the package's, beside mkdocs.yml, never a path
    # into wherever the package was installed.
    schema = (target.parent / text.splitlines()[0].split("=", 1)[1]).resolve()
    assert schema == (tmp_path / "schemas" / "worksheet.schema.json").resolve()
    assert schema.read_text() == (ROOT / "exercises" / "schemas" / "worksheet.schema.json").read_text()
    data = yaml.safe_load(text)
    assert parse_definition(data).title == "Calm check"
    jsonschema.validate(data, json.loads(schema.read_text()))
    (tmp_path / "docs" / "get-help.md").write_text("---\ndescription: Help.\n---\n\n# Get help now\n")
    (tmp_path / "docs" / "index.md").write_text(
        "---\ndescription: Home.\n---\n\n# Home\n\n" + line + "\n\n[Help](get-help.md)\n")
    build_ok(tmp_path, config)
    assert 'data-exercise="worksheet"' in (tmp_path / "site" / "index.html").read_text()
