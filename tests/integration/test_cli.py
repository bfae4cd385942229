"""`mkdocs-exercises check` judges a site as `mkdocs build --strict` would, without building it:
settings, exercise files and exercise lines, each mistake with its file, line and fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kit.project import make_project
from kit.samples import GOOD_YAML


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
