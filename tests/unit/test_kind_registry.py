"""Every kind of exercise is registered everywhere a kind must be, and nowhere the core does not know.

The core's `exercises.core.kinds.PARSERS` is the list of kinds. Each one needs a form
(`exercises.markdown_ext.RENDERERS`, whose root says `data-exercise="<kind>"`), a JSON Schema
(`exercises/schemas/<kind>.schema.json`), a browser module (`KINDS` in `exercises/assets/runtime.js`,
importing a file in `exercises/assets/kinds/` that exports `mount`) and a mention in the maintainer's
guide (docs/maintainers/new-kind.md). The reverse holds too: no renderer, schema, module, journal
reader, status wording or scaffold for a kind the core does not know. See that guide for the rest.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from kit.site import ROOT

from exercises import scaffold
from exercises.core import journal
from exercises.core.kinds import PARSERS
from exercises.definitions import DefinitionLibrary
from exercises.markdown_ext import RENDERERS

ASSETS = ROOT / "exercises" / "assets"
SCHEMAS = ROOT / "exercises" / "schemas"
GUIDE = ROOT / "docs" / "maintainers" / "new-kind.md"
DEFINITIONS = ROOT / "docs" / "_exercises"
KINDS = sorted(PARSERS)


def js_object(path: Path, name: str) -> str:
    """The body of `const NAME = { ... };` in a JS file (the object's closing brace on its own line
    or at the end of the line)."""
    text = path.read_text()
    found = re.search(rf"^const {name} = \{{(.*?)\}};$", text, re.MULTILINE | re.DOTALL)
    assert found, f"{path.relative_to(ROOT)} has no 'const {name} = {{...}};'"
    return found.group(1)


def runtime_modules() -> dict[str, str]:
    """runtime.js's KINDS map: the data-exercise value -> the module file, relative to assets/."""
    body = js_object(ASSETS / "runtime.js", "KINDS")
    pairs = re.findall(r'^\s*"?([A-Za-z_]\w*)"?\s*:\s*\(\)\s*=>\s*import\("\./([^"]+)"\),?\s*$', body,
                       re.MULTILINE)
    entries = [line for line in body.splitlines() if line.strip()]
    assert len(pairs) == len(entries), f"runtime.js KINDS has entries this test cannot read:\n{body}"
    return dict(pairs)


def schema_kinds() -> dict[str, Path]:
    return {p.name.removesuffix(".schema.json"): p for p in sorted(SCHEMAS.glob("*.schema.json"))}


def test_every_kind_has_a_renderer_and_every_renderer_a_kind() -> None:
    assert sorted(RENDERERS) == KINDS, "exercises/markdown_ext.py RENDERERS and core PARSERS differ"


def test_every_kind_has_a_schema_and_every_schema_a_kind() -> None:
    found = schema_kinds()
    assert sorted(found) == KINDS, "exercises/schemas/<kind>.schema.json files and core PARSERS differ"
    for kind, path in found.items():
        schema = json.loads(path.read_text())
        assert schema["properties"]["kind"].get("const") == kind, f"{path.name}: 'kind' needs const {kind!r}"


def test_every_kind_has_a_browser_module_and_every_module_a_kind() -> None:
    modules = runtime_modules()
    assert sorted(modules) == KINDS, "exercises/assets/runtime.js KINDS and core PARSERS differ"
    files = sorted(p.relative_to(ASSETS).as_posix() for p in (ASSETS / "kinds").glob("*.js"))
    assert sorted(modules.values()) == files, "a file in exercises/assets/kinds/ is not in runtime.js KINDS"
    for kind, module in modules.items():
        source = (ASSETS / module).read_text()
        assert re.search(r"^export function mount\(section, engine\)", source, re.MULTILINE), \
            f"{module} (kind {kind}) should export mount(section, engine)"


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_of_each_kind_names_the_module_runtime_js_loads(kind: str) -> None:
    # The renderer's data-exercise is the key runtime.js looks the module up by. Rendered from one
    # of the site's own definitions of that kind, so the kind is also shown somewhere on the site.
    library = DefinitionLibrary(DEFINITIONS)
    defn = next((d for d in map(library.get, library.names()) if d.kind == kind), None)
    assert defn is not None, f"docs/_exercises/ has no definition of kind {kind!r}: add one, shown in a page"
    root = RENDERERS[kind](defn, "ex-test", lambda into, text: None, lambda target: (target, target))
    assert root.tag == "section"
    assert root.get("data-exercise") == kind
    assert root.get("data-exercise-id") == "ex-test"


def test_the_maintainers_guide_names_every_kind_and_no_other() -> None:
    text = GUIDE.read_text()
    line = re.search(r"^The kinds today: (.*)\.$", text, re.MULTILINE)
    assert line, "docs/maintainers/new-kind.md lost its line 'The kinds today: `a`, `b`.'"
    assert sorted(re.findall(r"`([^`]+)`", line.group(1))) == KINDS, \
        "update the line 'The kinds today:' in docs/maintainers/new-kind.md"


def test_journal_registries_agree_with_each_other_the_core_and_the_page() -> None:
    saving = set(journal.READERS)
    assert saving <= set(PARSERS), "journal.READERS names a kind the core does not know"
    for name, registry in (("MARKDOWN", journal.MARKDOWN), ("FLAT", journal.FLAT),
                           ("KIND_NAMES", journal.KIND_NAMES)):
        assert set(registry) == saving, f"exercises/core/journal.py: {name} and READERS differ"
    body = js_object(ASSETS / "kinds" / "journal.js", "KIND_NAMES")
    shown = dict(re.findall(r'"?([A-Za-z_]\w*)"?\s*:\s*"([^"]*)"', body))
    assert shown == journal.KIND_NAMES, "KIND_NAMES in assets/kinds/journal.js and core journal.py differ"


def test_status_words_and_scaffolds_are_for_known_kinds() -> None:
    words = set(re.findall(r"^  ([A-Za-z_]\w*): \{", js_object(ASSETS / "ui.js", "MESSAGES"), re.MULTILINE))
    assert words - {"practice"} <= set(PARSERS), "exercises/assets/ui.js MESSAGES names an unknown kind"
    assert set(scaffold.EXERCISES) <= set(PARSERS), "exercises/scaffold.py EXERCISES names an unknown kind"
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^new-([\w-]+):", makefile, re.MULTILINE)) - {"lesson"}
    assert targets == set(scaffold.EXERCISES), "Makefile new-<kind> targets and scaffold.EXERCISES differ"
    for kind, (_, schema, _) in scaffold.EXERCISES.items():
        assert schema == SCHEMAS / f"{kind}.schema.json", f"scaffold for {kind} points at {schema}"
