"""`mkdocs-exercises check` judges a site as `mkdocs build --strict` would, without building it:
settings, exercise files and exercise lines, each mistake with its file, line and fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from kit.project import make_project
from kit.samples import GOOD_YAML, WORKSHEET_YAML

from exercises import __version__
from exercises.starter import installed_from, requirement


def check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exercises.cli", "check"], cwd=folder,
                          capture_output=True, text=True)


def test_a_good_site_passes_and_says_so(tmp_path: Path) -> None:
    make_project(tmp_path, GOOD_YAML)
    run = check(tmp_path)
    assert run.returncode == 0, run.stderr
    assert "No mistakes found in mkdocs.yml" in run.stdout
    assert not (tmp_path / "site").exists()  # nothing was built


def test_a_mistake_in_an_exercise_file_is_reported_with_its_line(tmp_path: Path) -> None:
    make_project(tmp_path, GOOD_YAML.replace("scale:", "scael:", 1))
    run = check(tmp_path)
    assert run.returncode == 1
    assert "exercises: fix these exercise definitions:" in run.stderr
    assert "docs/_exercises/mood.yml:" in run.stderr and "Traceback" not in run.stderr


def test_a_practice_linking_to_a_missing_page_is_reported_with_its_line(tmp_path: Path) -> None:
    make_project(tmp_path, WORKSHEET_YAML.replace(
        "        label: What do you notice?\n",
        "        label: What do you notice?\n      - id: helps\n        type: page_checklist\n"
        "        label: What helps?\n        options:\n          - {label: Here, page: index.md}\n"
        "          - {label: Gone, page: gone.md}\n"))
    run = check(tmp_path)
    assert run.returncode == 1
    assert ("docs/_exercises/mood.yml:21: steps[2].fields[2].options[2].page: there is no page 'gone.md' "
            "in docs/.") in run.stderr


def test_a_bad_exercise_line_in_a_page_is_reported_with_its_line(tmp_path: Path) -> None:
    make_project(tmp_path, GOOD_YAML, "---\ndescription: x\n---\n\n# Check-in\n\n[[exercise: moood]]\n")
    run = check(tmp_path)
    assert run.returncode == 1
    assert "docs/index.md:7: " in run.stderr and "moood" in run.stderr


def test_a_mistake_in_the_settings_is_reported(tmp_path: Path) -> None:
    config = make_project(tmp_path, GOOD_YAML)
    config.write_text(config.read_text().replace("font: false", "font: true"))
    run = check(tmp_path)
    assert run.returncode == 1
    assert "theme.font: Material would load its fonts from another website" in run.stderr


def test_a_folder_without_a_site_is_told_where_to_run_it(tmp_path: Path) -> None:
    run = check(tmp_path)
    assert run.returncode == 2 and "there is no mkdocs.yml" in run.stderr


def new(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "exercises.cli", "new", str(folder), *args],
                          capture_output=True, text=True)


def test_new_starts_a_whole_site_that_checks_clean_and_says_what_to_replace(tmp_path: Path) -> None:
    made = new(tmp_path / "my-site", "--name", 'Managing "social" anxiety')
    assert made.returncode == 0, made.stderr
    site = tmp_path / "my-site"
    assert check(site).returncode == 0
    settings = yaml.safe_load((site / "mkdocs.yml").read_text().replace("!ENV", ""))
    assert settings["site_name"] == 'Managing "social" anxiety'
    assert settings["theme"]["font"] is False and {"crisis", "relationship_safety"} <= set(settings["extra"])
    assert "REPLACE: the crisis helplines for your readers' country" in (site / "mkdocs.yml").read_text()
    for page in ("index", "lesson", "questionnaire", "thought-record", "journal", "get-help",
                 "relationship-safety", "privacy"):
        assert (site / "docs" / f"{page}.md").is_file(), page
    # Each exercise file names the site's own copy of its editor schema.
    for definition in (site / "docs" / "_exercises").glob("*.yml"):
        schema = definition.read_text().splitlines()[0].split("$schema=")[1]
        assert (definition.parent / schema).resolve().is_file(), definition.name
    readme = (site / "README.md").read_text()
    assert readme.startswith('# Managing "social" anxiety\n')
    test_command = "mkdocs-exercises check && mkdocs build --strict"
    assert "mkdocs serve" in readme and test_command in readme
    workflow = (site / ".github" / "workflows" / "pages.yml").read_text()
    assert f"run: {test_command}" in workflow and "setup-node" not in workflow
    assert (site / ".gitignore").read_text().startswith("/site/")


def test_new_never_writes_into_a_folder_that_has_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    refused = new(tmp_path)
    assert refused.returncode == 1 and "already exists and is not an empty folder" in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize(("direct_url", "line"), [
    (None, f"mkdocs-exercises=={__version__}"),  # the package index
    ({"url": "https://github.com/you/mkdocs-exercises", "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
     "mkdocs-exercises @ git+https://github.com/you/mkdocs-exercises@abc123"),
    ({"url": "https://example.org/mkdocs_exercises-0.3.0.tar.gz", "archive_info": {}},
     "mkdocs-exercises @ https://example.org/mkdocs_exercises-0.3.0.tar.gz"),
    # A folder on the author's computer cannot be reached by the publishing workflow.
    ({"url": "file:///home/you/mkdocs-exercises", "dir_info": {"editable": False}},
     f"mkdocs-exercises=={__version__}"),
])
def test_the_starter_installs_the_package_as_it_was_installed(direct_url: dict | None, line: str) -> None:
    assert requirement(direct_url) == line


def test_the_starter_requirement_is_the_installed_package(tmp_path: Path) -> None:
    assert new(tmp_path / "site").returncode == 0
    lines = (tmp_path / "site" / "requirements.txt").read_text().splitlines()
    assert lines[-1] == requirement(installed_from()) and not lines[-1].startswith("#")
