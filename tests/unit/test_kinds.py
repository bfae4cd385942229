"""Each kind of exercise is declared once (its KIND_DECLARATION, registered in core/kinds.py), and
everything that needs a kind finds it there: the build's renderer, the schema for editors, the
browser module, the journal, the API's operations, the scaffold and the maintainers' guide."""

from __future__ import annotations

import json
import re

import pytest
from kit.site import GENERATOR_SITE, ROOT

from exercises import scaffold
from exercises.core import api, journal, messages
from exercises.core.kinds import KINDS, REGISTERED
from exercises.definitions import DefinitionLibrary
from exercises.i18n import catalogs
from exercises.markdown_ext import renderer
from exercises.mkdocs_plugin import site_language
from exercises.mkdocs_plugin.runtime_files import kind_title_keys, kinds_config, protocol_module

ASSETS = ROOT / "exercises" / "assets"
SCHEMAS = ROOT / "exercises" / "schemas"
GUIDE = ROOT / "exercises" / "guide" / "docs" / "maintainers" / "new-kind.md"
DEFINITIONS = GENERATOR_SITE.parent / "docs" / "_exercises"  # the generator's test site's
NAMES = sorted(KINDS)


def test_each_kind_is_registered_once() -> None:
    assert len(REGISTERED) == len(KINDS), "two declarations share a name"


@pytest.mark.parametrize("name", NAMES)
def test_the_form_of_each_kind_is_rendered_by_its_declared_renderer(name: str) -> None:
    # Rendered from one of the test site's definitions of that kind, so the kind is also shown on
    # that site; the section's data-exercise is the key the browser looks the module up by.
    library = DefinitionLibrary(DEFINITIONS)
    defn = next((d for d in map(library.get, library.names()) if d.kind == name), None)
    assert defn is not None, (f"tests/fixtures/site/docs/_exercises/ has no definition of kind {name!r}: "
                              "add one, shown in a page")
    root = renderer(name)(defn, "ex-test", lambda into, text: None, lambda target: (target, target))
    assert (root.tag, root.get("data-exercise"), root.get("data-exercise-id")) == ("section", name, "ex-test")


@pytest.mark.parametrize("name", NAMES)
def test_each_kind_has_its_schema_and_browser_module(name: str) -> None:
    kind = KINDS[name]
    schema = json.loads((SCHEMAS / kind.schema).read_text())
    assert schema["properties"]["kind"].get("const") == name, f"{kind.schema}: 'kind' needs const {name!r}"
    module = ASSETS / kind.module
    assert module.is_file(), f"the {name} kind names {kind.module}, which is not in exercises/assets/"
    mount = r"^export (?:async )?function mount\(section, engine\)"
    assert re.search(mount, module.read_text(), re.MULTILINE), \
        f"{kind.module} (kind {name}) should export mount(section, engine)"
    assert kind.status in ("scored", "practice")


def test_no_schema_or_browser_module_is_left_without_a_kind() -> None:
    schemas = {p.name for p in SCHEMAS.glob("*.schema.json")}
    assert schemas == {k.schema for k in REGISTERED}, "a schema in exercises/schemas/ has no kind"
    modules = {p.relative_to(ASSETS).as_posix() for p in (ASSETS / "kinds").glob("*.js")}
    assert modules == {k.module for k in REGISTERED}, "a module in exercises/assets/kinds/ has no kind"


def test_the_browser_gets_each_kind_from_the_declarations() -> None:
    assert kinds_config() == {k.name: {"module": k.module, "title": k.title.english, "titleKey": k.title.key,
                                       "status": k.status, "editable": bool(k.journal and k.journal.editable)}
                              for k in REGISTERED}
    # A kept score is answered again, not changed: the journal offers no Change for it.
    assert kinds_config()["questionnaire"]["editable"] is False
    assert kinds_config()["thought_record"]["editable"] is True


def test_the_kinds_config_js_holds_is_the_same_in_every_language_and_each_catalog_names_them() -> None:
    # config.js is one file for every language of a site (mkdocs-static-i18n builds them into one
    # folder): a Spanish build must not leave Spanish names for the English pages' journal.
    english_config = kinds_config()
    spanish = catalogs.site_messages("es")
    with messages.using(spanish.catalog()):
        assert kinds_config() == english_config
    files = site_language.message_files(spanish, site_language.SiteLanguage("es", "es", "ltr"),
                                        "Sitio", kind_title_keys())
    browser = json.loads(files["messages/es.js"].removeprefix("export default ").rstrip(";\n"))
    assert browser["site_name"] == "Sitio"
    for kind in REGISTERED:
        assert browser["messages"][kind.title.key] == spanish.words[kind.title.key] != kind.title.english


def test_each_kind_operation_is_offered_by_the_api_and_named_in_protocol_js() -> None:
    generated = protocol_module()
    for kind in REGISTERED:
        for name, operation in kind.operations.items():
            assert api.OPERATIONS[name] is operation
            assert f'"{name}": "{name}"' in generated


def test_the_journal_reads_the_kinds_that_save_and_names_them_as_declared() -> None:
    saving = {k.name for k in REGISTERED if k.journal}
    assert set(journal.FORMATS) == saving and saving
    assert {name: KINDS[name].title for name in saving} == journal.KIND_NAMES


def test_the_scaffold_makes_only_known_kinds() -> None:
    assert set(scaffold.EXERCISES) <= set(KINDS), "exercises/scaffold.py EXERCISES names an unknown kind"
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^new-([\w-]+):", makefile, re.MULTILINE)) - {"lesson"}
    assert targets == set(scaffold.EXERCISES), "Makefile new-<kind> targets and scaffold.EXERCISES differ"
    for name, (_, schema, _) in scaffold.EXERCISES.items():
        assert schema == SCHEMAS / KINDS[name].schema, f"scaffold for {name} points at {schema}"


def test_the_maintainers_guide_names_every_kind_and_no_other() -> None:
    text = GUIDE.read_text()
    line = re.search(r"^The kinds today: (.*)\.$", text, re.MULTILINE)
    assert line, "exercises/guide/docs/maintainers/new-kind.md lost its line 'The kinds today: `a`, `b`.'"
    assert sorted(re.findall(r"`([^`]+)`", line.group(1))) == NAMES, \
        "update the line 'The kinds today:' in exercises/guide/docs/maintainers/new-kind.md"
