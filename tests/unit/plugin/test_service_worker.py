"""The generated sw.js: what it keeps, under which versioned name, and the option that turns it off."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from kit.project import tiny_settings
from kit.site import build_site

from exercises.mkdocs_plugin.service_worker import Entry, cache_name, render

PYODIDE = [Entry(f"assets/pyodide/314.0.7/{n}", immutable=True)
           for n in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")]
SCRIPTS = [Entry("assets/exercises/engine.js", immutable=False, digest="aaa"),
           Entry("assets/exercises/runtime.js", immutable=False, digest="bbb")]


def listed(source: str, name: str) -> list[str]:
    match = re.search(rf"^const {name} = (\[.*?\]);$", source, re.MULTILINE | re.DOTALL)
    assert match, f"{name} is not in sw.js"
    return json.loads(match.group(1))


def test_cache_name_is_prefixed_by_site_and_stable_for_the_same_files() -> None:
    name = cache_name("haa", PYODIDE + SCRIPTS)
    assert re.fullmatch(r"haa-runtime-[0-9a-f]{16}", name)
    assert cache_name("haa", list(reversed(PYODIDE + SCRIPTS))) == name


def test_cache_name_changes_with_a_script_a_pyodide_version_or_the_core() -> None:
    name = cache_name("haa", PYODIDE + SCRIPTS)
    edited = [SCRIPTS[0], Entry(SCRIPTS[1].url, immutable=False, digest="ccc")]
    assert cache_name("haa", PYODIDE + edited) != name
    upgraded = [Entry(e.url.replace("314.0.7", "314.0.8"), immutable=True) for e in PYODIDE]
    assert cache_name("haa", upgraded + SCRIPTS) != name
    core = Entry("assets/exercises/core-0123456789ab/exercises-0.2.0-py3-none-any.whl", immutable=True)
    assert cache_name("haa", PYODIDE + SCRIPTS + [core]) != name


SHELL = [Entry("offline.html", immutable=False, digest="ddd"),
         Entry("offline.json", immutable=False, digest="eee")]
REST = Entry("assets/pyodide/314.0.7/python_stdlib_rest-0123.zip", immutable=True, ahead=False)


def test_render_lists_versioned_and_fixed_url_files_apart() -> None:
    source = render("haa", PYODIDE + SCRIPTS + [REST], SHELL)
    assert listed(source, "IMMUTABLE") == sorted(e.url for e in PYODIDE)
    assert listed(source, "MUTABLE") == [e.url for e in SCRIPTS]
    assert listed(source, "ON_DEMAND") == [REST.url]  # kept once fetched, never fetched ahead
    # The offline page and the keep list by digest: a new page or list is a new service worker.
    assert '"offline.html": "ddd"' in source and '"offline.json": "eee"' in source
    assert 'const OFFLINE_CACHE = "haa-offline";' in source and 'const PAGES_CACHE = "haa-pages";' in source
    assert f'const CACHE = "{cache_name("haa", PYODIDE + SCRIPTS + [REST])}";' in source
    assert 'const PREFIX = "haa-runtime-";' in source
    # Relative URLs resolved against the worker's own address, so a sub-path works.
    assert "new URL(path, self.location)" in source


def test_the_real_site_precaches_exactly_the_runtime_its_pages_load(site_url: str, built_site: Path) -> None:
    source = (built_site / "sw.js").read_text()
    immutable, mutable = listed(source, "IMMUTABLE"), listed(source, "MUTABLE")
    config = json.loads((built_site / "assets/exercises/config.js").read_text()
                        .removeprefix("export default ").rstrip().rstrip(";"))
    assert config["serviceWorker"] == "../../sw.js"
    assert f"assets/exercises/{config['core']}" in immutable
    pyodide = sorted(p.relative_to(built_site).as_posix()
                     for p in (built_site / "assets/pyodide").rglob("*")
                     if p.is_file() and p.name != "NOTICE.txt")  # the licence: for people, not the engine
    # The rest of the standard library is kept only once a miss fetched it.
    rest = [u for u in pyodide if "python_stdlib_rest-" in u]
    assert len(rest) == 2 and listed(source, "ON_DEMAND") == rest
    assert [u for u in immutable if u.startswith("assets/pyodide/")] == [u for u in pyodide if u not in rest]
    # The scripts, the styles, and each language's messages for the engine's worker (.json).
    runtime = sorted(p.relative_to(built_site).as_posix()
                     for p in (built_site / "assets/exercises").rglob("*.*") if p.suffix in {".js", ".css",
                                                                                             ".json"})
    assert mutable == runtime
    # Every listed file exists in the site (one missing file would fail the whole install).
    assert all((built_site / u).is_file() for u in immutable + mutable)


def test_service_worker_false_writes_none_and_pages_register_none(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "_exercises").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(yaml.safe_dump(tiny_settings(docs, {"service_worker": False})))
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stderr
    assert not (tmp_path / "site" / "sw.js").exists()
    assert '"serviceWorker": null' in (tmp_path / "site/assets/exercises/config.js").read_text()
