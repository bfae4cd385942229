"""The engine's worker reaches readers as one file: the modules it imports are written into it, so it
starts after one request. What it runs is what the modules say (checked in Node), and a module it
cannot take in fails the build's maintainer with words, not a worker that breaks in the browser."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from kit.node import NEEDS_NODE

from exercises.mkdocs_plugin import runtime_files
from exercises.mkdocs_plugin.runtime_files import ASSETS_DIR, with_imports_inlined, worker_source

SETTINGS = {"pyodide": "../pyodide/0.0.0/", "core": "core-1/x.whl",
            "boot": {"name": "s-boot-1", "prefix": "s-boot-"}}


def test_the_worker_imports_nothing_and_carries_its_settings() -> None:
    source = worker_source(SETTINGS)
    assert not re.search(r"^\s*import\b", source, re.M)
    assert not re.search(r"^\s*export\b", source, re.M)
    assert f"const config = {json.dumps(SETTINGS, indent=2)};" in source
    # Each module the worker's source imports is in it, once.
    worker = (ASSETS_DIR / "engine-worker.js").read_text()
    imported = re.findall(r'^import .* from "\./([\w-]+)\.js";', worker, re.M)
    assert {"config", "runtime-files", "snapshot-pages"} <= set(imported)
    assert source.count("function runtimeFiles(") == 1
    assert source.count("async function readSnapshot(") == 1


@NEEDS_NODE
def test_the_worker_is_valid_javascript_whose_parts_run_as_their_modules(tmp_path: Path) -> None:
    """The written worker parses, and the functions written into it give what their modules give."""
    worker = tmp_path / "engine-worker.mjs"
    # The worker's own start and listeners need a worker's globals; its parts are taken out to run.
    source = worker_source(SETTINGS)
    parts = source[source.index("const config = "):source.index("let handle = null;")]
    worker.write_text(source)
    checked = subprocess.run(["node", "--check", str(worker)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    probe = tmp_path / "probe.mjs"
    module = (ASSETS_DIR / "snapshot-pages.js").as_uri()
    probe.write_text(parts + f"""
import {{ usedPages as usedFromModule }} from "{module}";
const bytes = new Uint8Array(3 * PAGE); bytes[PAGE + 5] = 1;
console.log(JSON.stringify({{
  files: runtimeFiles(config),
  pages: usedPages(bytes), modulePages: usedFromModule(bytes),
}}));
""")
    ran = subprocess.run(["node", str(probe)], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    # Addresses are the worker's own neighbours, as from config.js beside it.
    assert result["files"]["core"] == (tmp_path / "core-1" / "x.whl").as_uri()
    assert result["files"]["boot"] == SETTINGS["boot"]
    assert result["pages"] == result["modulePages"] == [[1, 2]]


def test_a_module_that_imports_cannot_be_written_into_the_worker(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "helper.js").write_text('import { x } from "./other.js";\nexport const y = x;\n')
    (tmp_path / "plain.js").write_text("export const PAGE = 4;\nexport async function f() {}\n")
    monkeypatch.setattr(runtime_files, "ASSETS_DIR", tmp_path)
    assert with_imports_inlined('import { PAGE } from "./plain.js";\nrun();\n', {}) == \
        "const PAGE = 4;\nasync function f() {}\n\nrun();\n"
    with pytest.raises(ValueError, match="helper.js is written into the engine's worker"):
        with_imports_inlined('import { y } from "./helper.js";\n', {})
    with pytest.raises(ValueError, match="an import the plugin cannot write into it"):
        with_imports_inlined('import * as all from "./plain.js";\n', {})


def test_a_module_only_the_worker_uses_is_not_shipped_on_its_own() -> None:
    # snapshot-pages.js is the worker's alone; config.js and runtime-files.js the page imports too.
    only = runtime_files.worker_only_modules()
    assert "snapshot-pages.js" in only
    assert not {"config.js", "runtime-files.js"} & only
