"""A new kind of exercise, or a new worksheet field type, needs only its own parts.

A copy of the package gets a tiny kind ("tally": counts the words a reader writes): its core module
with its declaration, its renderer, its browser module, and the line "tally" in core/kinds.py. It
also gets a field type ("stars"), the way exercises/guide/docs/maintainers/new-field-type.md says: its
record (and
its name in the registry's tuple), its HTML function, and its entry in the browser's field-type
map. A small site built with that copy shows both forms; in the browser the engine boots from the
copy's own core, answers the new operation, and a worksheet with stars is saved and shown in the
journal in the core's words.
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
from kit import scratch
from kit.project import tiny_settings
from kit.reader import wait_for_engine
from kit.serve import serve
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


REGISTRY = ("    SHORT_TEXT, LONG_TEXT, RATING, CHOICE, CHECKLIST, PAGE_CHECKLIST, GROUP, BREATHING, TIMER, "
            "HELP_NOW)}")
BROWSER_MAP = "  timer: { mount: mountTimer },\n"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{path.name} no longer has {old!r}: update this test and the maintainers' guide"
    path.write_text(text.replace(old, new, 1))


def add_a_field_type(package: Path) -> None:
    """The stars type, added as exercises/guide/docs/maintainers/new-field-type.md says."""
    records = package / "core" / "field_types.py"
    registry = "FIELD_TYPES: dict[str, FieldType] = {"
    edit(records, registry, scratch.RECORD + registry)
    edit(records, REGISTRY, REGISTRY.replace("HELP_NOW)}", "HELP_NOW, STARS)}"))
    html = package / "render" / "worksheet_fields.py"
    html.write_text(html.read_text() + scratch.HTML)
    edit(package / "assets" / "form" / "field-types.js", BROWSER_MAP, BROWSER_MAP + scratch.BROWSER)


def package_with_a_new_kind(into: Path) -> Path:
    """A copy of the exercises package with the tally kind and the stars field type added the way
    the maintainers' guides say."""
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
    add_a_field_type(package)
    return into


@pytest.fixture(scope="module")
def tally_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("scratch-kind")
    code = package_with_a_new_kind(tmp / "code")
    project = tmp / "project"
    (project / "docs" / "_exercises").mkdir(parents=True)
    pages = {"index.md": "# Count\n\n[[exercise: words]]\n", "rate.md": "# Rate\n\n[[exercise: rated]]\n",
             "journal.md": "# Journal\n\n[[exercise: journal]]\n", "get-help.md": "# Get help now\n"}
    for name, text in pages.items():
        (project / "docs" / name).write_text(text)
    definitions = {
        "words": {"kind": "tally", "title": "Count your words"},
        "rated": {"kind": "worksheet", "id": "rated", "title": "Rate your day", "steps": [
            {"title": "Now", "fields": [{"id": "day", "type": "stars", "label": "How was your day?",
                                         "stars": 4}]}]},
        "journal": {"kind": "journal", "id": "journal", "title": "My journal"},
    }
    for name, data in definitions.items():
        (project / "docs" / "_exercises" / f"{name}.yml").write_text(yaml.safe_dump(data))
    (project / "mkdocs.yml").write_text(yaml.safe_dump(
        tiny_settings(project / "docs", site_name="Scratch kind")))
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


def test_the_new_field_type_is_drawn_read_saved_and_shown_in_the_journal(
        tally_site: Path, page: Page) -> None:
    with serve(tally_site) as served:
        page.goto(served.url + "rate/")
        stars = page.get_by_role("group", name="How was your day?")
        expect(stars.get_by_role("radio")).to_have_count(4)
        stars.get_by_text("3 stars").click()
        page.get_by_role("button", name="I am done").click()  # a worksheet's submit button
        expect(page.locator(".ex-result")).to_be_visible(timeout=90_000)
        page.get_by_role("button", name="Save on this device").click()
        expect(page.locator(".ex-status")).to_contain_text("Saved on this device")
        page.goto(served.url + "journal/")
        entry = page.locator(".ex-entry")
        entry.get_by_role("button", name="Open").click()
        expect(entry.locator(".ex-entry-text")).to_contain_text("3 of 4 stars", timeout=90_000)
