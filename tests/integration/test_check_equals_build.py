"""`mkdocs-exercises check` finds what `mkdocs build --strict` finds, in the same words.

Each mistake is made once in a tiny site, then judged twice: by the strict build and by `check`.
Both must fail, name the file and the line, and print exactly the same message lines (check runs
the build itself, so a check that passed while the build stopped is impossible by construction;
this is the test that keeps it so). A slip in mkdocs.yml is the one exception MkDocs allows: its
own parser reads the file before any plugin is loaded, so the build prints MkDocs' words, with the
line; `check` reads the file first and says what is likely wrong and how to fix it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from kit.project import HELP_SERVICES, Built, TinySites, make_project
from kit.samples import GOOD_YAML
from kit.site import build_site

Writer = Callable[[Path], Path]


def check(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exercises.cli", "check"], cwd=config.parent,
                          capture_output=True, text=True)


def messages(output: str) -> list[str]:
    """The problem lines of OUTPUT: warnings and errors with every line of their text, without
    MkDocs' progress (INFO), its closing 'Aborted with' line, or check's closing summary."""
    found: list[str] = []
    inside = False
    for line in output.splitlines():
        if line.startswith(("INFO", "DEBUG")) or line.startswith("Aborted with") or \
                line.startswith("Found ") or not line.strip():
            inside = False
            continue
        if line.startswith(("WARNING", "ERROR")):
            inside = True
            found.append(re.sub(r"^(WARNING|ERROR)\s*-\s+", r"\1 - ", line))
        elif inside:
            found.append(line)
    return found


def site(page: str = "# Check-in\n\n[[exercise: mood]]\n", definition: str = GOOD_YAML,
         settings: Callable[[dict], None] | None = None, files: dict[str, str] | None = None) -> Writer:
    def write(folder: Path) -> Path:
        config = make_project(folder, definition, page)
        data = yaml.safe_load(config.read_text())
        if settings:
            settings(data)
        config.write_text(yaml.safe_dump(data, sort_keys=False))
        for name, text in (files or {}).items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text)
        return config
    return write


def without_href(data: dict) -> None:
    data["extra"]["crisis"]["resources"][0].pop("href")


def with_overrides(data: dict) -> None:
    data["theme"]["custom_dir"] = "overrides"


FONT = "https://fonts.googleapis.com/css2?family=Roboto"
MAIN_WITH_FONT = ('{% extends "exercises/main.html" %}\n\n{% block extrahead %}\n  {{ super() }}\n'
                  f'  <link rel="stylesheet" href="{FONT}">\n{{% endblock %}}\n')

# Each mistake, and what both must say about it (file and line included).
MISTAKES: dict[str, tuple[Writer, tuple[str, ...]]] = {
    "an exercise that does not exist": (
        site("# Check-in\n\n[[exercise: moood]]\n"),
        ("docs/index.md:3: there is no exercise called 'moood'",)),
    "reverse: true on an item, meant for reverse_keyed": (
        site(definition=GOOD_YAML.replace("    text: I felt on edge today.\n",
                                          "    text: I felt on edge today.\n    reverse: true\n")
             .replace("reverse_keyed: [c2]\n", "")),
        ("docs/_exercises/mood.yml:18: items[2].reverse: unknown field 'reverse'. Did you mean "
         "'reverse_keyed'?",)),
    "a reverse key naming an item that is not there": (
        site(definition=GOOD_YAML.replace("reverse_keyed: [c2]", "reverse_keyed: [c2, c9]")),
        ("docs/_exercises/mood.yml:21: reverse_keyed[2]: the text 'c9' names no item.",)),
    "a crisis service without a link": (
        site(settings=without_href),
        ("mkdocs.yml:", "extra.crisis.resources[1].href: the helpline 'Samaritans (UK and Ireland)' has no "
         "'href', so its button would lead nowhere.")),
    "a web font linked in a template": (
        site(settings=with_overrides, files={"overrides/main.html": MAIN_WITH_FONT}),
        ("exercises: the site would fetch these from another origin",
         f'overrides/main.html:5: <link rel="stylesheet"> {FONT}', "A web font: remove its line")),
    "an exercise line inside HTML": (
        site("# Check-in\n\n<div class=\"box\">\n\n[[exercise: mood]]\n\n</div>\n"),
        ("docs/index.md:5: the exercise line is inside the HTML block <div> that starts on line 3",
         "Write the tag as <div markdown>")),
    "an exercise line inside HTML, without blank lines": (
        site("# Check-in\n\n<div>\n[[exercise: mood]]\n</div>\n"),
        ("docs/index.md:4: the exercise line is inside the HTML block <div>",)),
    "an exercise line in a table": (
        site("# Check-in\n\n| Practice |\n| --- |\n| [[exercise: mood]] |\n",
             settings=lambda data: data.setdefault("markdown_extensions", []).append("tables")),
        ("docs/index.md:5: '| [[exercise: mood]] |' is not a valid exercise line.",)),
    "a placeholder left in a page": (
        site("---\ndescription: REPLACE with one sentence.\n---\n\n# Check-in\n\n[[exercise: mood]]\n"),
        ("docs/index.md:2: the placeholder 'description: REPLACE with one sentence.' is still there",)),
    "a placeholder left in a crisis line": (
        site(settings=lambda data: data["extra"]["crisis"]["resources"][0].update(
            name="REPLACE: a crisis line")),
        ("extra.crisis.resources[1].name: the placeholder", "A reader in crisis or in danger would find "
         "a placeholder where a real service should be.")),
    "an option of the plugin misspelled": (
        site(settings=lambda data: data["plugins"][0]["exercises"].update(readability_max=8)),
        ("readability_max", "Did you mean 'readability_max_grade'?", "mkdocs-exercises guide site-settings")),
    "a requirement on a folder of this computer": (
        site(files={"requirements.txt": "mkdocs-exercises @ file:///home/someone/mkdocs-exercises\n"}),
        ("requirements.txt:1: 'mkdocs-exercises @ file:///home/someone/mkdocs-exercises' installs "
         "mkdocs-exercises from a folder on this computer", "Replace the line with: mkdocs-exercises==")),
}


def built_mistakes(tiny_sites: TinySites) -> dict[str, Built]:
    """Each mistake's tiny site, built once per run (the guide's test of these messages reads the
    same builds: tests/content/test_author_guide.py)."""
    runs = tiny_sites.build_all({f"same-{name}": write for name, (write, _) in MISTAKES.items()})
    return {name: runs[f"same-{name}"] for name in MISTAKES}


@pytest.fixture(scope="module")
def mistakes_built(tiny_sites: TinySites) -> dict[str, Built]:
    return built_mistakes(tiny_sites)


@pytest.mark.parametrize("name", MISTAKES, ids=list(MISTAKES))
def test_check_and_the_strict_build_stop_with_the_same_words(mistakes_built: dict[str, Built],
                                                             name: str) -> None:
    _, expected = MISTAKES[name]
    built = mistakes_built[name]
    checked = check(built.config)
    for run in (built.run, checked):
        output = run.stdout + run.stderr
        assert run.returncode != 0 and "Traceback" not in output, output
        for part in expected:
            assert part in output, f"{name}: {part!r} not in:\n{output}"
    assert messages(built.output) == messages(checked.stderr)
    assert not built.site.exists() or built.run.returncode != 0  # check leaves no site behind


def test_check_leaves_nothing_behind_and_needs_no_download(tmp_path: Path) -> None:
    # A computer that has never built a site: no Pyodide in its cache. check downloads nothing.
    project, cache = tmp_path / "project", tmp_path / "empty-cache"
    cache.mkdir()
    site()(project)
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    run = subprocess.run([sys.executable, "-m", "exercises.cli", "check"], cwd=project, capture_output=True,
                         text=True, env={**os.environ, "MKDOCS_EXERCISES_CACHE": str(cache)})
    assert run.returncode == 0, run.stderr
    assert "No mistakes found" in run.stdout and "the first build downloads it once" in run.stdout
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before
    assert list(cache.iterdir()) == []


# A slip in mkdocs.yml: (what the author wrote, what instead, what check says at that line).
SETTINGS = ("site_name: Test site\ntheme:\n  name: material\n  font: false\nplugins:\n  - exercises\n"
            + yaml.safe_dump({"extra": HELP_SERVICES}))
SLIPS: dict[str, tuple[str, str, str]] = {
    "a colon in the site's name": (
        "site_name: Test site", "site_name: Healing: a gentle guide",
        "this is not valid YAML: the text after 'site_name:' has a colon followed by a space in it, "
        'which YAML reads as the start of another setting. Put the text in quotes: site_name: '
        '"Healing: a gentle guide"'),
    "a colon in a helpline's words": (
        "how: Call 116 123, any time, free.", "how: Call 116 123: any time, free.",
        "this is not valid YAML: the text after 'how:' has a colon followed by a space in it, which "
        'YAML reads as the start of another setting. Put the text in quotes: how: "Call 116 123: any '
        'time, free."'),
    "a tab for indentation": (
        "  font: false", "\tfont: false",
        "a tab is used for indentation. YAML needs spaces: replace the tab with spaces."),
    "a line indented less than its group": (
        "  font: false", " font: false",
        "this is not valid YAML: this line is indented differently from the lines above it"),
    "a line indented more than its group": (
        "  font: false", "     font: false",
        "this is not valid YAML: this line is indented more than the line above it."),
    "a quote never closed": (
        "site_name: Test site", 'site_name: "Test site',
        "this is not valid YAML: a quote opened on this line is never closed."),
    "a dash without its space": (
        "- action: Call 116 123", "-action: Call 116 123",
        "this is not valid YAML: the '-' that starts a list entry needs a space after it. Write a dash "
        "and a space: - action: Call 116 123"),
    "a missing colon": (
        "  font: false", "  font false",
        "this is not valid YAML: the line has no colon after its name. Write a colon and a space after "
        "the name, like 'font: false'."),
}


@pytest.mark.parametrize("name", SLIPS, ids=list(SLIPS))
def test_a_slip_in_mkdocs_yml_gets_its_line_its_cause_and_the_fix(tmp_path: Path, name: str) -> None:
    old, new, said = SLIPS[name]
    assert old in SETTINGS, old
    text = SETTINGS.replace(old, new, 1)
    line = text[: text.index(new)].count("\n") + 1
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(text)
    checked = check(config)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert f"mkdocs.yml:{line}: {said}" in checked.stderr, checked.stderr
    assert "MkDocs cannot read the settings until this is fixed" in checked.stderr
    assert "mkdocs-exercises guide errors" in checked.stderr
    # The build stops too, in MkDocs' own words, which name the file and a line at or just after it.
    built = build_site(tmp_path / "site", config)
    output = built.stdout + built.stderr
    assert built.returncode != 0 and "Traceback" not in output
    named = [int(n) for n in re.findall(r'"[^"]*mkdocs\.yml", line (\d+)', output)]
    assert {line, line + 1} & set(named), output
