"""`mkdocs-exercises check` judges a site as `mkdocs build --strict` would, without building it:
settings, exercise files and exercise lines, each mistake with its file, line and fix."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from kit.authoring import fill_placeholders, requirement_line, use_requirement
from kit.project import make_project
from kit.samples import GOOD_YAML, WORKSHEET_YAML

from exercises import __version__, guide_site, presets
from exercises.cli import main
from exercises.mkdocs_plugin import site_checks
from exercises.requirement import installed_from, on_this_computer, replacement, requirement


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
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)


def test_a_new_site_for_ireland_names_every_placeholder_then_checks_clean(tmp_path: Path) -> None:
    made = new(tmp_path / "my-site", "--name", 'Managing "social" anxiety', "--country", "ie")
    assert made.returncode == 0, made.stderr
    assert "with the services for Ireland" in made.stdout
    site = tmp_path / "my-site"
    settings = yaml.safe_load((site / "mkdocs.yml").read_text().replace("!ENV", ""))
    assert settings["site_name"] == 'Managing "social" anxiety'
    assert settings["theme"]["font"] is False
    ireland = presets.load("IE")
    for key in ("crisis", "relationship_safety"):
        written = settings["extra"][key]
        assert written["emergency"] == ireland.emergency
        assert [r["href"] for r in written["resources"]] == [s["href"] for s in getattr(ireland, key)]
        assert all(r["source"] and r["checked"] for r in written["resources"])
    # As made, the strict build would publish placeholders: check names each, with its file and line.
    first = check(site)
    assert first.returncode == 1
    for place in ("mkdocs.yml:5: site_description: the placeholder", "docs/index.md:7: the placeholder",
                  "docs/_exercises/check-in.yml:28: the placeholder", "docs/lesson.md:7: the placeholder"):
        assert place in first.stderr, place
    assert "extra.crisis" not in first.stderr  # Ireland's services are real ones
    for page in ("index", "lesson", "questionnaire", "thought-record", "journal", "get-help",
                 "relationship-safety", "privacy"):
        assert (site / "docs" / f"{page}.md").is_file(), page
    # Each exercise file names the site's own copy of its editor schema.
    for definition in (site / "docs" / "_exercises").glob("*.yml"):
        schema = definition.read_text().splitlines()[0].split("$schema=")[1]
        assert (definition.parent / schema).resolve().is_file(), definition.name
    readme = (site / "README.md").read_text()
    assert readme.startswith('# Managing "social" anxiety\n')
    assert "for readers in Ireland" in readme and requirement(installed_from()).sentence in readme
    test_command = "mkdocs-exercises check && mkdocs build --strict"
    assert "mkdocs serve" in readme and test_command in readme and "mkdocs-exercises guide" in readme
    assert "NO_MKDOCS_2_WARNING=1" in readme and "make " not in readme
    workflow = yaml.safe_load((site / ".github" / "workflows" / "pages.yml").read_text())
    build = workflow["jobs"]["build"]
    assert build["env"]["NO_MKDOCS_2_WARNING"] == "1"
    assert any(s.get("run") == test_command for s in build["steps"])
    assert not any("setup-node" in s.get("uses", "") for s in build["steps"])
    assert (site / ".gitignore").read_text().startswith("/site/")
    # Written over, with a requirement GitHub can reach: clean.
    fill_placeholders(site)
    if requirement(installed_from()).source == "folder":
        use_requirement(site, requirement_line(first.stderr))
    assert check(site).returncode == 0, check(site).stderr


def test_without_a_country_the_help_services_are_placeholders_the_build_refuses(tmp_path: Path) -> None:
    assert new(tmp_path / "site").returncode == 0
    settings = (tmp_path / "site" / "mkdocs.yml").read_text()
    assert "tel:REPLACE" in settings
    run = check(tmp_path / "site")
    assert run.returncode == 1
    for key in ("crisis", "relationship_safety"):
        assert re.search(rf"mkdocs\.yml:\d+: extra\.{key}\.resources\[1\]\.name: the placeholder .* A reader "
                         "in crisis or in danger would find a placeholder where a real service should be",
                         run.stderr), run.stderr
    assert "mkdocs-exercises guide site-settings" in run.stderr


@pytest.mark.parametrize("code", presets.COUNTRIES)
def test_each_country_is_a_checked_list_the_build_accepts(code: str) -> None:
    preset = presets.load(code)
    extra = yaml.safe_load(presets.help_services(preset))["extra"]
    for setting in site_checks.HELP_SETTINGS:
        assert site_checks.help_problems(extra, setting) == [], (code, setting.key)
    for service in (*preset.crisis, *preset.relationship_safety):
        assert service["serves"].strip() and service["hours"].strip(), service["name"]
        sources = service["source"] if isinstance(service["source"], list) else [service["source"]]
        assert all(re.fullmatch(r"https?://\S+", s) for s in sources), service["name"]
        assert isinstance(service["checked"], datetime.date), service["name"]
    assert re.fullmatch(r"https?://\S+", preset.emergency_source) and preset.emergency_checked
    assert re.search(r"\bcall\b.*\d", preset.emergency, re.I), preset.emergency


def test_in_a_terminal_new_asks_for_the_name_and_the_country(tmp_path: Path, monkeypatch) -> None:
    answers = iter(["  Calm   steps ", "xx", "nz"])
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)
    monkeypatch.chdir(tmp_path)
    assert main(["new", "site"], ask=ask) == 0
    assert len(asked) == 3 and "name" in asked[0] and "Country" in asked[1]
    settings = yaml.safe_load((tmp_path / "site" / "mkdocs.yml").read_text().replace("!ENV", ""))
    assert settings["site_name"] == "Calm steps"
    assert settings["extra"]["crisis"]["emergency"] == presets.load("NZ").emergency
    # The flags answer for scripts: nothing is asked.
    assert main(["new", "other", "--name", "Other", "--country", "UK"], ask=ask) == 0
    assert len(asked) == 3


def test_an_unknown_country_is_refused_with_the_ones_there_are(tmp_path: Path) -> None:
    run = new(tmp_path / "site", "--country", "FR")
    assert run.returncode == 2 and "FR" in run.stderr and all(c in run.stderr for c in presets.COUNTRIES)
    assert not (tmp_path / "site").exists()


def test_new_never_writes_into_a_folder_that_has_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    refused = new(tmp_path)
    assert refused.returncode == 1 and "already exists and is not an empty folder" in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize(("direct_url", "line", "source"), [
    (None, f"mkdocs-exercises=={__version__}", "index"),  # the package index
    ({"url": "https://github.com/you/mkdocs-exercises", "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
     "mkdocs-exercises @ git+https://github.com/you/mkdocs-exercises@abc123", "git"),
    ({"url": "https://example.org/mkdocs_exercises-0.3.0.tar.gz", "archive_info": {}},
     "mkdocs-exercises @ https://example.org/mkdocs_exercises-0.3.0.tar.gz", "archive"),
    # A folder on the author's computer: named as it is, and refused by the build until replaced.
    ({"url": "file:///home/you/mkdocs-exercises", "dir_info": {"editable": False}},
     "mkdocs-exercises @ file:///home/you/mkdocs-exercises", "folder"),
    ({"url": "file:///home/you/mkdocs_exercises-0.4.0-py3-none-any.whl", "archive_info": {}},
     "mkdocs-exercises @ file:///home/you/mkdocs_exercises-0.4.0-py3-none-any.whl", "folder"),
])
def test_the_starter_installs_the_package_as_it_was_installed(direct_url: dict | None, line: str,
                                                               source: str) -> None:
    found = requirement(direct_url)
    assert (found.line, found.source) == (line, source)
    assert found.sentence.startswith("`requirements.txt` ") and found.sentence.endswith(".")
    assert (on_this_computer(found.line) is not None) == (source == "folder")


@pytest.mark.parametrize(("line", "folder"), [
    ("mkdocs-exercises @ file:///home/you/clone", "/home/you/clone"),
    ("mkdocs_exercises @ file:///C:/Users/you/clone", "/C:/Users/you/clone"),
    ("-e /home/you/clone", None),  # a path installs whatever is there; not this package's folder
    ("mkdocs-exercises==0.4.0", None),
    ("mkdocs-exercises @ git+https://github.com/you/x@abc", None),
    ("# mkdocs-exercises @ file:///old", None),
])
def test_a_requirement_on_this_computer_is_recognised(line: str, folder: str | None) -> None:
    assert on_this_computer(line) == folder


def test_the_line_to_write_instead_is_the_folders_git_remote_at_its_commit(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(tmp_path), *args], capture_output=True, text=True,
                              check=True).stdout.strip()
    # Not a Git checkout: the version from the package index.
    assert replacement(tmp_path) == f"mkdocs-exercises=={__version__}"
    git("init", "-q")
    git("-c", "user.email=a@b", "-c", "user.name=A", "commit", "-q", "--allow-empty", "-m", "x")
    git("remote", "add", "origin", "/somewhere/on/this/computer")  # a runner cannot reach it either
    assert replacement(tmp_path) == f"mkdocs-exercises=={__version__}"
    git("remote", "set-url", "origin", "git@github.com:you/mkdocs-exercises.git")
    commit = git("rev-parse", "HEAD")
    assert replacement(tmp_path) == f"mkdocs-exercises @ git+https://github.com/you/mkdocs-exercises.git@{commit}"


def test_the_starter_requirement_is_the_installed_package(tmp_path: Path) -> None:
    assert new(tmp_path / "site").returncode == 0
    lines = (tmp_path / "site" / "requirements.txt").read_text().splitlines()
    assert lines[-1] == requirement(installed_from()).line and not lines[-1].startswith("#")


def test_the_guide_opens_from_the_installed_package_offline(tmp_path: Path) -> None:
    # `mkdocs-exercises guide errors`, without a browser to open: it prints the address it serves.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with subprocess.Popen([sys.executable, "-m", "exercises.cli", "guide", "errors", "--no-browser"],
                          cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as guide:
        try:
            first = guide.stdout.readline() if guide.stdout else ""
            address = re.search(r"(http://127\.0\.0\.1:\d+/\S*?)(?: |\.?$)", first)
            assert address, first + (guide.stderr.read() if guide.stderr else "")
            assert address.group(1).endswith("/authors/errors/")
            page = urllib.request.urlopen(address.group(1), timeout=30).read().decode()
            assert "When the build stops" in page and 'http-equiv="Content-Security-Policy"' in page
            base = address.group(1).removesuffix("authors/errors/")
            for name, (_, path) in guide_site.pages().items():  # every page a message may name
                assert urllib.request.urlopen(base + path, timeout=30).status == 200, name
            with pytest.raises(urllib.error.HTTPError) as missing:
                urllib.request.urlopen(base + "no/such/page/", timeout=30)
            assert missing.value.code == 404 and "404 - Not found" in missing.value.read().decode()
        finally:
            guide.terminate()


def test_a_reference_to_the_guide_names_the_page_and_the_command() -> None:
    said = guide_site.reference("site-settings", "Crisis resources for your country")
    assert said == ('the authors\' guide, page "Site settings", section "Crisis resources for your country" '
                    "(open it with: mkdocs-exercises guide site-settings)")
    assert set(guide_site.pages()) >= {"authors", "lessons", "questionnaires", "worksheets", "site-settings",
                                       "errors", "publish"}
