"""A new kind of exercise needs its own files and one registration line, nothing else.

A copy of the package gets a tiny kind ("tally": counts the words a reader writes): its core module
with its declaration, its renderer, its browser module, and the line "tally" in core/kinds.py. A
small site built with that copy shows the form, and in the browser the engine boots from the copy's
own core and answers the new operation.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from kit.reader import wait_for_engine
from kit.serve import serve
from kit.site import ROOT
from playwright.sync_api import Page, expect

import exercises

CORE = '''\
"""A scratch kind: counts the words a reader writes."""

from __future__ import annotations

from typing import Any

from .errors import DefinitionError, Problem
from .exercise_kind import ExerciseKind
from .protocol import Request

KIND = "tally"


def parse(data: Any) -> dict[str, Any]:
    if not isinstance(data.get("title"), str):
        raise DefinitionError([Problem(("title",), "missing required field 'title'", "Add 'title:'.")])
    return {"title": data["title"]}


def count_words(request: Request) -> dict[str, Any]:
    request.definition(KIND)
    return {"words": len(request.text("text").split())}


KIND_DECLARATION = ExerciseKind(
    name=KIND, parse=parse, renderer="exercises.render.tally_html:render", module="kinds/tally.js",
    title="Tally", operations={"count_words": count_words})
'''

RENDERER = '''\
import json

from .html import el
from .parts import status_line


def render(defn, uid, markdown_into, link):
    root = el(None, "section", class_="ex ex-tally", data_exercise="tally", data_exercise_id=uid,
              data_definition=json.dumps(defn.data))
    el(root, "h2", defn.model["title"], class_="ex-title")
    form = el(root, "form", class_="ex-form")
    el(form, "label", "Write a few words", for_=f"{uid}-text")
    el(form, "textarea", "", id=f"{uid}-text", class_="ex-tally-text")
    el(form, "button", "Count", type="submit", class_="md-button")
    status_line(form)
    el(form, "output", "", class_="ex-tally-result")
    return root
'''

MODULE = '''\
import { OP } from "../protocol.js";
import { bindStatus, startWhenNeeded } from "../ui.js";

export function mount(section, engine) {
  const definition = JSON.parse(section.dataset.definition);
  const form = section.querySelector("form");
  bindStatus(section.querySelector(".ex-status"), engine);
  startWhenNeeded(section, engine);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = section.querySelector(".ex-tally-text").value;
    const reply = await engine.call(OP.count_words, { definition, text });
    section.querySelector(".ex-tally-result").textContent = `${reply.result.words} words`;
  });
}
'''


def package_with_a_new_kind(into: Path) -> Path:
    """A copy of the exercises package with the tally kind added the way the guide says."""
    package = into / "exercises"
    shutil.copytree(Path(exercises.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (package / "core" / "tally.py").write_text(CORE)
    (package / "render" / "tally_html.py").write_text(RENDERER)
    (package / "assets" / "kinds" / "tally.js").write_text(MODULE)
    kinds = package / "core" / "kinds.py"
    text = kinds.read_text()
    assert '    "worksheet",\n' in text
    # The one registration line.
    kinds.write_text(text.replace('    "worksheet",\n', '    "worksheet",\n    "tally",\n', 1))
    return into


@pytest.fixture(scope="module")
def tally_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("scratch-kind")
    code = package_with_a_new_kind(tmp / "code")
    project = tmp / "project"
    (project / "docs" / "_exercises").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Count\n\n[[exercise: words]]\n")
    (project / "docs" / "_exercises" / "words.yml").write_text("kind: tally\ntitle: Count your words\n")
    (project / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Scratch kind",
        "plugins": [{"exercises": {"pyodide_source": str(ROOT / "node_modules" / "pyodide")}}]}))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(code)}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp / "site")],
                         cwd=project, env=env, capture_output=True, text=True)
    assert run.returncode == 0, textwrap.indent(run.stdout + run.stderr, "  ")
    return tmp / "site"


def test_the_new_kind_builds_into_a_form_and_its_module_and_operation_reach_the_browser(
        tally_site: Path) -> None:
    page = (tally_site / "index.html").read_text()
    assert 'data-exercise="tally"' in page and "Count your words" in page
    config = (tally_site / "assets" / "exercises" / "config.js").read_text()
    assert '"module": "kinds/tally.js"' in config
    assert (tally_site / "assets" / "exercises" / "kinds" / "tally.js").is_file()
    assert '"count_words": "count_words"' in (tally_site / "assets" / "exercises" / "protocol.js").read_text()


def test_the_new_kind_boots_and_answers_in_the_browser(tally_site: Path, page: Page) -> None:
    with serve(tally_site) as served:
        page.goto(served.url)
        page.get_by_label("Write a few words").fill("one two three four")
        wait_for_engine(page)
        page.get_by_role("button", name="Count").click()
        expect(page.locator(".ex-tally-result")).to_have_text("4 words", timeout=30_000)
