"""A tiny MkDocs project in a temporary folder, for tests of what an author's mistakes do to a build,
and TinySites: such projects built once per test run, several at a time (the tiny_sites fixture)."""

from __future__ import annotations

import concurrent.futures
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml
from kit.site import build_site

PAGE = "# Check-in\n\n[[exercise: mood]]\n"

# The help services every site lists (the build stops without them): one of each, as an author
# outside the US might write them.
HELP_SERVICES = {
    "crisis": {
        "intro": "If you might hurt yourself, get help now.",
        "emergency": "Call your local emergency number if you are in danger.",
        "resources": [{"name": "Samaritans (UK and Ireland)", "how": "Call 116 123, any time, free.",
                       "href": "tel:116123", "action": "Call 116 123"}]},
    "relationship_safety": {
        "intro": "If a partner hurts, threatens or controls you, you can get help.",
        "emergency": "Call your local emergency number if you are in danger.",
        "resources": [{"name": "National Domestic Abuse Helpline (UK)", "how": "Call 0808 2000 247.",
                       "href": "tel:08082000247", "action": "Call 0808 2000 247"}]},
}
HELP_PAGES = {
    "get-help.md": "---\ntemplate: get-help.html\n---\n\n# Get help now\n",
    "relationship-safety.md": "---\ntemplate: relationship-safety.html\n---\n\n# Is it worry?\n",
}


def tiny_settings(docs: Path, plugin: dict[str, object] | None = None, **settings: object
                  ) -> dict[str, object]:
    """The mkdocs.yml of a tiny site (as a dict to dump): Material without web fonts, the plugin
    with PLUGIN's options (its Pyodide the pinned one, as an author's), the help services, SETTINGS
    on top. Writes
    the two help pages into DOCS (where the author has not)."""
    for name, text in HELP_PAGES.items():
        if not (docs / name).exists():
            docs.mkdir(parents=True, exist_ok=True)
            (docs / name).write_text(text)
    return {"site_name": "Test site", "theme": {"name": "material", "font": False},
            "plugins": [{"exercises": dict(plugin or {})}],
            "extra": HELP_SERVICES, **settings}


def make_project(tmp: Path, definition: str | bytes | None, page: str = PAGE,
                 files: dict[str, str | bytes] | None = None) -> Path:
    """docs/index.md (PAGE) and docs/_exercises/mood.yml (DEFINITION; None writes no such file),
    plus FILES (paths relative to docs/); returns the mkdocs.yml."""
    docs = tmp / "docs"
    (docs / "_exercises").mkdir(parents=True)
    if definition is not None:
        target = docs / "_exercises" / "mood.yml"
        if isinstance(definition, bytes):
            target.write_bytes(definition)
        else:
            target.write_text(definition)
    (docs / "index.md").write_text(page)
    for name, content in (files or {}).items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump(tiny_settings(docs)))
    return config


def failed_output(run: subprocess.CompletedProcess[str]) -> str:
    """What a build that must fail without a traceback printed (asserting both)."""
    output = run.stdout + run.stderr
    assert "Traceback" not in output, output
    assert run.returncode != 0, f"the build should have failed:\n{output}"
    return output


def build(tmp_path: Path, definition: str | bytes | None, page: str | None = None,
          files: dict[str, str | bytes] | None = None) -> str:
    """Build the project, which must fail without a traceback; return what the build printed."""
    config = make_project(tmp_path, definition, PAGE if page is None else page, files)
    return failed_output(build_site(tmp_path / "site", config))


Project = tuple[str | bytes | None, str | None, dict[str, str | bytes] | None]  # definition, page, files
Writer = Callable[[Path], Path]  # writes a project into a folder, returns its mkdocs.yml


@dataclass
class Built:
    run: subprocess.CompletedProcess[str]
    site: Path  # where the build wrote the site
    config: Path  # the project's mkdocs.yml

    @property
    def output(self) -> str:
        return self.run.stdout + self.run.stderr


class TinySites:
    """Tiny projects, each built once per test run and shared by every test that only reads what the
    build printed or wrote, several at a time (a table of cases is built as one batch, on every core).

    A project made by make_project() is known by what it holds, so the same project asked for by two
    tests (or two test files) is built once; any other project is known by the name it is given.
    Under make test the test processes share FOLDER: whichever asks for a project first builds it (the
    other waits for it) and records what the build printed beside it, which the other then reads.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[str, Built] = {}
        self.lock = threading.Lock()

    @staticmethod
    def key(project: Project) -> str:
        definition, page, files = project
        digest = hashlib.sha256()
        for part in (definition, page, *sorted((files or {}).items())):
            digest.update(repr(part).encode())
        return "project-" + digest.hexdigest()[:20]

    def _writer(self, project: Project) -> Writer:
        definition, page, files = project
        return lambda folder: make_project(folder, definition, PAGE if page is None else page, files)

    def _build(self, key: str, write: Writer) -> Built:
        slug = re.sub(r"[^\w.-]+", "-", key)[:50]
        folder = self.folder / f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"
        record = folder.with_name(folder.name + ".json")  # what the build printed, once it has ended
        with open(folder.with_name(folder.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another process building it: wait for its record
            if not record.exists():
                shutil.rmtree(folder, ignore_errors=True)  # left by a process stopped half-way
                folder.mkdir(parents=True)
                config = write(folder)
                run = build_site(folder / "site", config)
                record.write_text(json.dumps({"config": str(config), "returncode": run.returncode,
                                              "stdout": run.stdout, "stderr": run.stderr}))
        done = json.loads(record.read_text())
        run = subprocess.CompletedProcess(done["config"], done["returncode"], done["stdout"], done["stderr"])
        return Built(run, folder / "site", Path(done["config"]))

    def build_all(self, writers: dict[str, Writer]) -> dict[str, Built]:
        """Build every project not built yet, as many at a time as there are cores; KEY -> Built."""
        with self.lock:
            todo = {key: write for key, write in writers.items() if key not in self.built}
            workers = min(4, max(2, os.cpu_count() or 2))  # mkdocs builds one page at a time
            with concurrent.futures.ThreadPoolExecutor(workers) as pool:
                done = dict(zip(todo, pool.map(lambda item: self._build(*item), todo.items()), strict=True))
            self.built.update(done)
            return {key: self.built[key] for key in writers}

    def projects(self, projects: dict[str, Project]) -> dict[str, Built]:
        """Build these make_project() projects (NAME -> (definition, page, files)); NAME -> Built."""
        keys = {name: self.key(project) for name, project in projects.items()}
        built = self.build_all({keys[name]: self._writer(project) for name, project in projects.items()})
        return {name: built[keys[name]] for name in projects}

    def project(self, definition: str | bytes | None, page: str | None = None,
                files: dict[str, str | bytes] | None = None) -> Built:
        return self.projects({"": (definition, page, files)})[""]
