"""The GitHub Pages workflow builds with the README's command and deploys with the official actions."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from kit.site import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text())
    # PyYAML reads the bare key `on` as the boolean true (YAML 1.1); GitHub reads it as "on".
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return workflow["jobs"][job]["steps"]


def action(step: dict[str, Any]) -> str:
    """The action a step uses, without its version: actions/checkout@v4 -> actions/checkout."""
    return step.get("uses", "").split("@")[0]


def step_using(workflow: dict[str, Any], job: str, name: str) -> dict[str, Any]:
    found = [s for s in steps(workflow, job) if action(s) == name]
    assert len(found) == 1, f"the {job} job should use {name} once"
    return found[0]


def test_runs_on_push_to_main_and_by_hand(workflow: dict[str, Any]) -> None:
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in workflow["on"]


def test_permissions_are_only_what_pages_needs(workflow: dict[str, Any]) -> None:
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"] == "pages"


def test_build_uses_the_readme_command(workflow: dict[str, Any]) -> None:
    runs = [s["run"].strip() for s in steps(workflow, "build") if "run" in s]
    assert runs == ["make site"], "the build must be exactly the README's command, nothing else"
    readme = (ROOT / "README.md").read_text()
    assert "`make site`" in readme, "the README should name the same build command"


def test_build_sets_up_the_toolchain_the_readme_asks_for(workflow: dict[str, Any]) -> None:
    order = [action(s) for s in steps(workflow, "build") if "uses" in s]
    assert order[:2] == ["actions/checkout", "actions/setup-python"]
    python = step_using(workflow, "build", "actions/setup-python")["with"]
    assert str(python["python-version"]) == "3.11"
    assert "actions/setup-node" not in order, "authors need no Node: the build fetches Pyodide itself"
    cache = step_using(workflow, "build", "actions/cache")["with"]
    assert cache["path"] == ".cache/mkdocs-exercises"  # where the Makefile keeps the download
    assert "MKDOCS_EXERCISES_CACHE ?= $(CURDIR)/.cache/mkdocs-exercises" in (ROOT / "Makefile").read_text()


def test_site_url_is_the_pages_address_with_one_trailing_slash(workflow: dict[str, Any]) -> None:
    pages = step_using(workflow, "build", "actions/configure-pages")
    build = next(s for s in steps(workflow, "build") if s.get("run", "").strip() == "make site")
    # configure-pages gives base_url without a trailing slash; MkDocs' site_url wants one.
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}/"
    order = steps(workflow, "build")
    assert order.index(pages) < order.index(build), "configure-pages must run before the build"
    assert re.search(r"site_url: !ENV \[SITE_URL,", (ROOT / "mkdocs.yml").read_text())


def test_uploads_the_built_site_and_deploys_it_with_the_official_actions(
        workflow: dict[str, Any]) -> None:
    upload = step_using(workflow, "build", "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = step_using(workflow, "deploy", "actions/deploy-pages")
    assert deploy["environment"]["url"] == f"${{{{ steps.{step['id']}.outputs.page_url }}}}"


def test_every_action_is_official_and_pinned_to_a_version(workflow: dict[str, Any]) -> None:
    for job in workflow["jobs"]:
        for step in steps(workflow, job):
            if "uses" in step:
                assert re.fullmatch(r"actions/[a-z-]+@v\d+", step["uses"]), step["uses"]
