"""The author's guide stays true: its example works, it names every field, its error messages are real.

The guide's error messages were copied from real builds of its own example, each with one mistake.
This test makes the same mistakes and checks that the build still prints exactly those lines, so a
change to a message (or to the example) shows up here instead of misleading an author.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from kit.project import HELP_SERVICES, PAGE, Built, TinySites, Writer, make_project
from kit.samples import GOOD_YAML, JOURNAL_YAML, THOUGHT_RECORD_YAML, WORKSHEET_YAML
from kit.site import PYODIDE, ROOT

from exercises.core.kinds import parse_definition
from exercises.definitions import AuthorError, DefinitionLibrary, load_definition
from exercises.markdown_ext import ExercisesExtension
from exercises.mkdocs_plugin.config import ExercisesConfig
from tests.integration import test_author_errors, test_build_errors, test_check_equals_build

GUIDE = ROOT / "exercises" / "guide" / "docs" / "authors"
QUESTIONNAIRES = GUIDE / "questionnaires.md"
SCHEMA = ROOT / "exercises" / "schemas" / "questionnaire.schema.json"

# (text in the guide's example, what the author wrote instead)
MISTAKES: dict[str, tuple[str, str]] = {
    "missing field": ("title: A small check-in\n", ""),
    "unknown field": ("    text: I reached out to someone.\n",
                      "    text: I reached out to someone.\n    colour: blue\n"),
    "wrong type": ("title: A small check-in", "title: [A, list]"),
    "empty text": ("title: A small check-in", "title: ''"),
    "item as text": ("  - id: k1\n    subscale: close\n    text: I reached out to someone.\n",
                     "  - I reached out to someone.\n"),
    "yes and no": ('labels: ["No", Not really, Somewhat, "Yes"]', "labels: [No, Not really, Somewhat, Yes]"),
    "one label": ('labels: ["No", Not really, Somewhat, "Yes"]', 'labels: ["Yes"]'),
    "bad id": ("id: check-in", "id: check in"),
    "duplicate id": ("  - id: k1", "  - id: c1"),
    "reverse key naming no item": ("reverse_keyed: [c2]", "reverse_keyed: [c2, c9]"),
    "reverse key twice": ("reverse_keyed: [c2]", "reverse_keyed: [c2, c2]"),
    "no subscales": ("subscales:\n  - id: calm\n    name: Calm\n"
                     "    description: How settled you felt today.\n"
                     "  - id: close\n    name: Closeness\n"
                     "    description: How connected you felt to others today.\n", "subscales: []\n"),
    "subscale without items": ("    description: How connected you felt to others today.\n",
                               "    description: How connected you felt to others today.\n"
                               "  - id: spare\n    name: Spare\n"),
    "item naming no subscale": ("    subscale: close\n    text: I reached",
                                "    subscale: closeness\n    text: I reached"),
    "negative skips": ("max_per_subscale: 0", "max_per_subscale: -1"),
    "plot naming no subscale": ("    x: close\n", "    x: closeness\n"),
    "plot twice the same": ("    x: close\n", "    x: calm\n"),
    "range as text": ("calm: [1, 2.5]", "calm: 1 to 2.5"),
    "range outside the scale": ("calm: [2.5, 4]", "calm: [2.5, 5]"),
    "where naming no subscale": ("calm: [1, 2.5]", "worry: [1, 2.5]"),
    "regions with a gap": ("calm: [1, 2.5]", "calm: [1, 2]"),
    "lesson without .md": ("lessons: [steps/2-grounding.md]", "lessons: [steps/2-grounding]"),
    "unknown kind": ("kind: questionnaire", "kind: quiz"),
    "not YAML": ("title: A small check-in", "title: A small: check-in"),
}
PAGES = {
    "no such exercise": "# Check-in\n\n[[exercise: checkin]]\n",
    "no blank lines": "# Check-in\nSome words.\n[[exercise: check-in]]\n",
    "malformed line": "# Check-in\n\n[[exercise check-in]]\n",
}


@pytest.fixture(scope="module")
def guide() -> str:
    return QUESTIONNAIRES.read_text()


@pytest.fixture(scope="module")
def example(guide: str) -> str:
    match = re.search(r"```yaml\n(# yaml-language-server[^\n]*\nkind: questionnaire\n.*?)```", guide, re.S)
    assert match, "the guide should show a complete example starting with the schema line"
    return match.group(1)


def messages_for(tmp: Path, definition: str) -> list[str]:
    """What the build prints for a definition, as docs/_exercises/check-in.yml:LINE: ... lines."""
    folder = tmp / "docs" / "_exercises"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "check-in.yml").write_text(definition)
    try:
        load_definition(folder / "check-in.yml", tmp)
    except AuthorError as err:
        return str(err).splitlines()
    return []


def test_the_example_is_valid_for_the_build_and_the_schema(example: str) -> None:
    data = yaml.safe_load(example)
    model = parse_definition(data)
    assert model.id == "check-in" and len(model.items) == 3
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert example.splitlines()[0] == \
        "# yaml-language-server: $schema=../../exercises/schemas/questionnaire.schema.json"


def _schema_fields(node: dict[str, Any], prefix: str = "") -> set[str]:
    out: set[str] = set()
    for name, sub in node.get("properties", {}).items():
        out.add(prefix + name)
        out |= _schema_fields(sub, prefix + name + ".")
        if "items" in sub:
            out |= _schema_fields(sub["items"], prefix + name + "[].")
    return out


def test_the_guide_documents_every_field_of_the_schema(guide: str) -> None:
    documented = set(re.findall(r"`([a-z_.]+)`", guide))
    fields = _schema_fields(json.loads(SCHEMA.read_text()))
    # A nested field is documented by its full path (`result.plot.x_low`) or, in the table of its
    # list's entries, by its own name (`lessons` in the table of result.regions).
    missing = sorted(f for f in fields
                     if f.replace("[]", "") not in documented and f.rsplit(".", 1)[-1] not in documented)
    assert not missing
    for heading in ("### `scale`", "### `subscales`", "### `items`", "### `reverse_keyed`",
                    "### `unanswered`", "### `result`"):
        assert heading in guide


def test_every_error_message_in_the_guide_is_what_the_build_prints(
        tmp_path: Path, guide: str, example: str) -> None:
    printed: set[str] = set()
    for name, (before, after) in MISTAKES.items():
        assert before in example, f"{name}: the guide's example changed"
        lines = messages_for(tmp_path / name.replace(" ", "-"), example.replace(before, after, 1))
        assert lines, f"{name}: the build accepted it"
        printed.update(lines)
    folder = tmp_path / "pages" / "docs" / "_exercises"
    folder.mkdir(parents=True)
    (folder / "check-in.yml").write_text(example)
    ext = ExercisesExtension(definitions_dir=str(folder))
    ext.library = DefinitionLibrary(folder, tmp_path / "pages")
    for page in PAGES.values():
        printed.update(f"docs/index.md:{p.line}: {p.message}" for p in ext.check(page))
    quoted = re.findall(r"^(docs/(?:_exercises/check-in\.yml|index\.md):\d+: .*)$", guide, re.M)
    assert len(quoted) >= len(MISTAKES) + len(PAGES)
    # The list of kinds grows as kinds are added; the guide shows the one it documents.
    known = {re.sub(r"one of: .*", "one of: ...", line) for line in printed}
    stale = [line for line in quoted
             if line not in printed and re.sub(r"one of: [a-z_, ]+\.$", "one of: ...", line) not in known]
    assert not stale, "these messages in the guide are not what the build prints:\n" + "\n".join(stale)


def test_the_guide_is_its_own_site_and_never_in_the_readers_menu_or_search(our_built_site: Path) -> None:
    built_site = our_built_site
    guide = (ROOT / "exercises" / "guide" / "mkdocs.yml").read_text()
    for page in sorted(GUIDE.glob("*.md")):
        assert f"authors/{page.name}" in guide, f"{page.name} is not in the guide's nav"
        assert re.match(r"---\ndescription: \S", page.read_text()), f"{page.name} needs a description"
    for page in sorted((GUIDE.parent / "maintainers").glob("*.md")):
        assert f"maintainers/{page.name}" in guide, f"{page.name} is not in the guide's nav"
    assert "authors/" not in (ROOT / "mkdocs.yml").read_text()
    # The reader's site has no page of the guide, in its menu or its search index.
    assert not [p for p in built_site.rglob("*.html") if p.relative_to(built_site).parts[0]
                in ("authors", "maintainers", "guide")]
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    guide_pages = ("authors/", "maintainers/")
    assert not [d["location"] for d in index["docs"] if d["location"].startswith(guide_pages)]
    assert not [d["location"] for d in index["docs"] if "When the build stops" in d["title"]]


def test_the_guide_builds_strictly_with_every_link_found(built_guide: Path) -> None:
    # MkDocs' own checks, as errors under --strict: a link to a missing page or anchor, a page left out
    # of the nav. The run's own build of the guide (tests/kit/builds.py, as `make site` builds it) is
    # strict, and the fixture fails with the build's words if it stopped.
    assert (built_guide / "authors" / "errors" / "index.html").is_file()


# ---- Worksheets (exercises/guide/docs/authors/worksheets.md): the same promises for the worksheet page.

WORKSHEETS = GUIDE / "worksheets.md"
WORKSHEET_SCHEMA = ROOT / "exercises" / "schemas" / "worksheet.schema.json"


@pytest.fixture(scope="module")
def worksheet_guide() -> str:
    return WORKSHEETS.read_text()


@pytest.fixture(scope="module")
def worksheet_example(worksheet_guide: str) -> str:
    match = re.search(r"```yaml\n(# yaml-language-server[^\n]*\nkind: worksheet\n.*?)```",
                      worksheet_guide, re.S)
    assert match, "the worksheet guide should show a complete example starting with the schema line"
    return match.group(1)


def test_the_worksheet_example_is_valid_and_uses_every_field_type(worksheet_example: str) -> None:
    from exercises.core.worksheet import TYPES

    data = yaml.safe_load(worksheet_example)
    model = parse_definition(data)
    jsonschema.validate(data, json.loads(WORKSHEET_SCHEMA.read_text()))
    used = {f.type for f in model.fields} | {s.type for f in model.fields for s in f.fields}
    assert used == set(TYPES)
    assert worksheet_example.splitlines()[0] == \
        "# yaml-language-server: $schema=../../exercises/schemas/worksheet.schema.json"


def test_the_worksheet_guide_names_every_field_type_and_check(worksheet_guide: str) -> None:
    from exercises.core import worksheet
    from exercises.core.worksheet_checks import CHECKS

    documented = set(re.findall(r"`([a-z_0-9-]+)`", worksheet_guide))
    names = {*worksheet.TOP_KEYS, *worksheet.STEP_KEYS, *worksheet.COMMON, *worksheet.TYPES,
             *(key for keys in worksheet.TYPE_KEYS.values() for key in keys), *worksheet.DISPLAYS,
             *worksheet.BREATHING_PATTERNS, *CHECKS, *(p for c in CHECKS.values() for p in c.params)}
    assert not sorted(names - documented)


def test_every_error_message_in_the_worksheet_guide_is_what_the_build_prints(
        tmp_path: Path, worksheet_guide: str, worksheet_example: str) -> None:
    quoted = re.findall(r"^(docs/_exercises/calm-check\.yml:\d+: .*)$", worksheet_guide, re.M)
    assert len(quoted) >= 15
    # The mistakes the guide's messages were made from: each is one change to its example.
    now_step = ("  - title: Now\n    fields:\n      - id: calm_after\n        type: rating\n"
                "        label: How calm do you feel now?\n        low_label: not calm at all\n"
                "        high_label: completely calm\n")
    word = "label: One word for how you feel\n"
    worry = "          - id: worry\n            type: "
    mistakes = {
        "type: long_text": "type: essay", "id: word": "id: notice",
        word: word + "        options: [calm, tense]\n",
        "            max: 10\n": "            max: 0\n",
        now_step: "  - title: Now\n    fields: []\n",
        "options: [At home, At work, Somewhere else]": "options: [At home]",
        "options: [Slow breaths, A warm drink, A walk]": "options: [Slow breaths, A warm drink, yes]",
        worry + "short_text": worry + "group",
        "        max_rows: 5\n": "        max_rows: 30\n",
        "patterns: [box, 4-7-8]": "patterns: [box, square]",
        "minutes: 5": "minutes: 90", "display: one_at_a_time": "display: slideshow",
        "check: compare_ratings": "check: compare", "after: calm_after": "after: calm_later",
        "before: calm_before": "before: word",
    }
    printed: set[str] = set()
    for n, (before, after) in enumerate(mistakes.items()):
        assert before in worksheet_example, f"the guide's example changed: {before!r}"
        folder = tmp_path / str(n) / "docs" / "_exercises"
        folder.mkdir(parents=True)
        (folder / "calm-check.yml").write_text(worksheet_example.replace(before, after, 1))
        try:
            load_definition(folder / "calm-check.yml", tmp_path / str(n))
        except AuthorError as err:
            printed.update(str(err).splitlines())
        else:
            raise AssertionError(f"the build accepted {after!r}")
    stale = [line for line in quoted if line not in printed]
    assert not stale, "these messages in the guide are not what the build prints:\n" + "\n".join(stale)


# ---- When the build stops (exercises/guide/docs/authors/errors.md): every message an author can meet,
# with a fix.
# The messages come from the tables of malformed input in tests/integration/test_author_errors.py and
# tests/integration/test_build_errors.py (imported, not copied) and from the site settings cases below.

ERRORS = GUIDE / "errors.md"


def normal(text: str) -> str:
    """A message without what changes from machine to machine or file to file: absolute paths, line
    and column numbers, a page's grade, the list of exercise kinds; runs of spaces as one."""
    text = re.sub(r"""(?<![\w.~])/[^\s"']+""", "/…", text)
    text = re.sub(r"(\.(?:md|ya?ml|html|txt)):\d+([:)])", r"\1:N\2", text)
    text = re.sub(r"\b(line|column) \d+", r"\1 N", text)
    text = re.sub(r"reads at grade \d+(?:\.\d+)?,", "reads at grade N,", text)
    text = re.sub(r"mkdocs-exercises==\d+(?:\.\d+)+", "mkdocs-exercises==N", text)
    text = re.sub(r"(Set 'kind:' to|Add 'kind:' with) one of: [a-z_, ]+\.", r"\1 one of: ….", text)
    return re.sub(r"[ \t]+", " ", text)


@pytest.fixture(scope="module")
def shown_messages() -> str:
    """The messages errors.md shows: its ```text blocks, normalized."""
    blocks = re.findall(r"^```text\n(.*?)^```", ERRORS.read_text(), re.M | re.S)
    return normal("\n".join(blocks))


Row = tuple[str | bytes | None, str | None, dict[str, str | bytes], tuple[str, ...]]


def table_cases() -> dict[str, Row]:
    """Every row of the author error tables: (definition, page, files, expected message parts)."""
    rows = {f"author errors: {name}": (case.definition, case.page, case.files, case.expected)
            for name, case in test_author_errors.CASES.items()}
    rows |= {f"build errors: {name}": (definition, None, {}, (expected,))
             for name, (definition, expected) in test_build_errors.CASES.items()}
    rows |= {f"build errors: {name}": (definition, None, {}, (expected,))
             for name, (definition, expected) in test_build_errors.WORKSHEET_CASES.items()}
    return rows


def printed_lines(tmp: Path, definition: str | bytes | None, page: str | None,
                  files: dict[str, str | bytes]) -> list[str]:
    """The lines the build prints for a table row, made without a whole build, in the plugin's
    order: the definitions' messages; only if there are none, the page's (front matter counted)."""
    make_project(tmp, definition, PAGE if page is None else page, files)
    folder = tmp / "docs" / "_exercises"
    library = DefinitionLibrary(folder, tmp)
    pages = {page.relative_to(tmp / "docs").as_posix() for page in (tmp / "docs").rglob("*.md")}
    errors = library.check_all() or library.missing_pages(pages)  # the plugin's order, too
    if errors:
        return [line for error in errors for line in error.splitlines()]
    ext = ExercisesExtension(definitions_dir=str(folder))
    ext.library = DefinitionLibrary(folder, tmp)
    markdown = (tmp / "docs" / "index.md").read_text()
    return [f"docs/index.md:{p.line}: {p.message}" for p in ext.check(markdown)]


def test_the_guide_shows_every_message_of_the_author_error_tables(tmp_path: Path, shown_messages: str
                                                                   ) -> None:
    missing = []
    for n, (name, (definition, page, files, expected)) in enumerate(table_cases().items()):
        # What the table expects (parts of messages), and each whole line the build prints for it.
        printed = printed_lines(tmp_path / str(n), definition, page, files)
        assert printed, f"{name}: no message"
        for part in (*expected, *printed):
            if normal(part) not in shown_messages:
                missing.append(f"{name}: {part}")
    assert not missing, ("exercises/guide/docs/authors/errors.md does not show these messages (run the case, "
                         "copy "
                         "what the build prints):\n" + "\n".join(missing))


# Mistakes in mkdocs.yml and in lesson pages: what the author wrote instead of a working project.
HARD = ("Notwithstanding considerable methodological heterogeneity, contemporary investigations "
        "consistently demonstrate that interpersonal hypervigilance characteristically intensifies "
        "physiological dysregulation. ") * 12
# A site with a custom_dir of its own (this project's, whose main.html extends the plugin's frame),
# and a short extra.crisis for it (line 6 on).
THEMED = ("site_name: Test site\ntheme:\n  name: material\n  font: false\n"
          f"  custom_dir: {ROOT / 'overrides'}\n")
CRISIS = """extra:
  crisis:
    intro: If you are in danger, get help now.
    emergency: Call 999 if you are in danger right now.
    resources:
      - name: Samaritans
        how: Call 116 123, any time, free.
        href: tel:116123
        action: Call 116 123
      - name: Anywhere else in the world
        how: Find a helpline at findahelpline.com.
        href: https://findahelpline.com
        action: Open findahelpline.com
"""
# The relationship-safety services the theme's safety page shows, after CRISIS (line 20 on).
SAFETY = """  relationship_safety:
    intro: If a partner hurts, threatens or controls you, you can get help.
    emergency: Call 999 if you are in danger right now.
    resources:
      - name: National Domestic Abuse Helpline
        how: Call 0808 2000 247, any time, free.
        href: tel:08082000247
        action: Call 0808 2000 247
        also:
          - href: https://www.nationaldahelpline.org.uk
            action: Open the helpline's website
"""
SETTINGS: dict[str, dict[str, Any]] = {
    "a tab in mkdocs.yml": {"plugin": "\treadability_max_grade: 8\n"},
    "a colon in the site name": {"site": "site_name: Healing: a gentle guide\n"},
    "a number written as a word": {"plugin": "      readability_max_grade: eight\n"},
    "a switch in quotes": {"plugin": '      content_security_policy: "false"\n'},
    "a list written as text": {"plugin": "      readability_exclude: authors/*\n"},
    "a misspelled option": {"plugin": "      readability_max: 8\n"},
    "Pyodide not installed": {"pyodide": "node_modules/pyodid"},
    "Pyodide without its version": {"pyodide": "broken-pyodide",
                                    "files": {"../broken-pyodide/pyodide.mjs": ""}},
    "the definitions folder misnamed": {"plugin": "      definitions: _exercise\n"},
    "a menu entry with no page": {"site": "site_name: Test site\nnav:\n  - Home: index.md\n"
                                          "  - Boundaries: boundaries.md\n  - Get help now: get-help.md\n"},
    "a link to no page": {"page": "# Check-in\n\nNext, read [about boundaries](steps/6-boundaries.md).\n"},
    "a page above the reading grade": {"page": f"# Check-in\n\n{HARD}\n",
                                       "expect": ("exercises: docs/index.md reads at grade",)},
    "an inline event handler": {"page": '# Check-in\n\n<button onclick="hello()">Say hello</button>\n',
                                "expect": ("exercises: docs/index.md has inline event handlers (onclick)",)},
    "an exercise file that is a folder": {"definition": None,
                                          "files": {"_exercises/mood.yml/notes.txt": "notes\n"}},
    # The help services every site lists (other cases get HELP_SERVICES after their lines).
    "the crisis resources missing": {
        "site": THEMED, "help": False, "expect": ("exercises: fix the crisis resources in mkdocs.yml:",
                                   "mkdocs.yml: extra.crisis: the crisis resources are missing",
                                   "Add 'crisis:' under 'extra:' with 'intro:', 'emergency:' and")},
    "the crisis resources misspelled": {
        "site": THEMED + CRISIS.replace("  crisis:", "  crises:") + SAFETY,
        "expect": ("mkdocs.yml:6: extra.crisis: the crisis resources are missing",
                   "'extra:' has 'crises' instead: change it to 'crisis'.")},
    "a helpline without a link": {
        "site": THEMED + CRISIS.replace("        href: tel:116123\n", "").replace("https://findahelpline.com",
                                                                          "findahelpline.com") + SAFETY,
        "expect": ("mkdocs.yml:11: extra.crisis.resources[1].href: the helpline 'Samaritans' has no 'href', "
                   "so its button would lead nowhere. Add 'href:' with where the button leads:",
                   "mkdocs.yml:16: extra.crisis.resources[2].href: 'findahelpline.com' is not a link a "
                   "phone or a browser can open.")},
    "a helpline without words on its button": {
        "site": THEMED + CRISIS.replace("        action: Call 116 123\n", "").replace("tel:116123",
                                                                              "tel:116 123") + SAFETY,
        "expect": ("mkdocs.yml:13: extra.crisis.resources[1].href: the number in 'tel:116 123' has a space.",
                   "mkdocs.yml:11: extra.crisis.resources[1].action: the helpline 'Samaritans' has no "
                   "'action', so its button would have no words.")},
    "the relationship-safety services missing": {
        "site": THEMED + CRISIS,
        "expect": ("exercises: fix the relationship-safety services in mkdocs.yml:",
                   "mkdocs.yml:6: extra.relationship_safety: the relationship-safety services are missing",
                   "Add 'relationship_safety:' under 'extra:' with 'intro:', 'emergency:' and")},
    "a relationship-safety service with a broken button": {
        "site": THEMED + CRISIS + SAFETY.replace("tel:08082000247", "tel:0808 2000 247").replace(
            "            action: Open the helpline's website\n", ""),
        "expect": ("mkdocs.yml:25: extra.relationship_safety.resources[1].href: the number in "
                   "'tel:0808 2000 247' has a space.",
                   "mkdocs.yml:28: extra.relationship_safety.resources[1].also[1].action: this button of the "
                   "service 'National Domestic Abuse Helpline' has no 'action', so its button would have no "
                   "words.")},
    "a logo that is not there": {
        "site": "site_name: Test site\ntheme:\n  name: material\n  font: false\n  logo: assets/my-logo.png\n",
        "expect": ("exercises: mkdocs.yml:5: theme.logo: there is no file docs/assets/my-logo.png.",)},
    "a favicon path that starts with docs/": {
        "site": "site_name: Test site\ntheme:\n  name: material\n  font: false\n"
                "  favicon: docs/assets/logo.svg\n",
        "files": {"assets/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>\n"},
        "expect": ("exercises: mkdocs.yml:5: theme.favicon: the path 'docs/assets/logo.svg' counts from "
                   "inside docs/ already", "Leave out 'docs/': 'favicon: assets/logo.svg'.")},
    "a site_id with a space": {
        "plugin": "      site_id: my site\n",
        "expect": ("exercises: fix site_id in mkdocs.yml:",
                   "mkdocs.yml:5: plugins[1].exercises.site_id: 'my site' cannot start the names of what the "
                   "site keeps in the reader's browser.", "like 'site_id: my-site', or leave site_id out")},
    "a theme other than Material": {
        "site": "site_name: Test site\ntheme:\n  name: readthedocs\n",
        "expect": ("exercises: fix the theme in mkdocs.yml:",
                   "mkdocs.yml:3: theme.name: the exercises are made for the Material theme, not "
                   "'readthedocs'")},
    "Material's fonts from another website": {
        "site": "site_name: Test site\ntheme:\n  name: material\n",
        "expect": ("exercises: fix the theme in mkdocs.yml:",
                   "theme.font: Material would load its fonts from another website")},
    "a leave page made from Markdown": {
        "plugin": "      leave_page: soup.md\n", "files": {"soup.md": "# Soup\n"},
        "expect": ("exercises: fix leave_page in mkdocs.yml:",
                   "mkdocs.yml:5: plugins[1].exercises.leave_page: 'soup.md' is not a plain .html page")},
    "a leave page that is not there": {
        "plugin": "      leave_page: soup.html\n",
        "expect": ("mkdocs.yml:5: plugins[1].exercises.leave_page: there is no docs/soup.html",)},
    "help services turned off": {
        "plugin": "      help_services: false\n",
        "expect": ("exercises: help_services is false in mkdocs.yml, so no page lists crisis helplines",)},
    "a main.html that leaves out the help bar": {
        "site": THEMED.replace(str(ROOT / "overrides"), "overrides"),
        "files": {"../overrides/main.html": '{% extends "base.html" %}\n'},
        "expect": ('exercises: overrides/main.html:1: docs/index.md has no "Get help now" bar: this template '
                   "does not build on the plugin's page frame.",
                   '{% extends "exercises/main.html" %} (your own main.html)')},
    "an image from another website": {
        "page": '# Check-in\n\n<img src="https://images.example.org/calm.jpg" alt="A calm lake">\n',
        "expect": ("exercises: the site would fetch these from another origin",
                   "docs/index.md: <img src> https://images.example.org/calm.jpg")},
    "no get-help page": {"definition": WORKSHEET_YAML, "without": ("get-help.md",),
                         "expect": ("exercises: there is no docs/get-help.md, but the \"Get help now\" bar "
                                    "at the top of every page and the exercises on docs/index.md link to "
                                    "it",)},
}


def settings_project(case: dict[str, Any]) -> Writer:
    """The project of a SETTINGS case, written into a folder."""
    def write(folder: Path) -> Path:
        config = make_project(folder, case.get("definition", GOOD_YAML), case.get("page", PAGE),
                              case.get("files"))
        for name_in_docs in case.get("without", ()):
            (folder / "docs" / name_in_docs).unlink()
        pyodide = folder / case["pyodide"] if "pyodide" in case else PYODIDE
        site = case.get("site", "site_name: Test site\n")
        # The theme the plugin needs, after the lines the messages count (unless the case sets one).
        theme = "" if "theme:" in site else "theme:\n  name: material\n  font: false\n"
        with_help = case.get("help", True) and "extra:" not in site
        help_services = yaml.safe_dump({"extra": HELP_SERVICES}) if with_help else ""
        config.write_text(site + "plugins:\n  - exercises:\n"
                          f"      pyodide_source: {pyodide}\n" + case.get("plugin", "") + theme
                          + help_services)
        return config
    return write


@pytest.fixture(scope="module")
def settings_built(tiny_sites: TinySites) -> dict[str, Built]:
    """Every SETTINGS case built once, as a batch."""
    runs = tiny_sites.build_all({f"settings-{name}": settings_project(case)
                                 for name, case in SETTINGS.items()})
    return {name: runs[f"settings-{name}"] for name in SETTINGS}


@pytest.mark.parametrize("name", SETTINGS, ids=list(SETTINGS))
def test_the_guide_shows_the_messages_of_mistakes_in_the_settings(settings_built: dict[str, Built], name: str,
                                                                   shown_messages: str) -> None:
    case = SETTINGS[name]
    run = settings_built[name].run
    output = run.stdout + run.stderr
    assert run.returncode != 0, output
    lines = [line for line in output.splitlines()
             if line.strip() and not line.startswith(("INFO", "  - "))]
    assert lines and "Traceback" not in output, output
    for expected in case.get("expect", ()):
        assert expected in output, f"{name}: expected {expected!r} in:\n{output}"
    missing = [line for line in lines if normal(line) not in shown_messages]
    assert not missing, (f"{name}: exercises/guide/docs/authors/errors.md does not show these lines of the "
                         "output:\n"
                         + "\n".join(missing))


@pytest.fixture(scope="module")
def check_equals_build_built(tiny_sites: TinySites) -> dict[str, Built]:
    """The mistakes that check and the build must word alike, built once (for both files)."""
    return test_check_equals_build.built_mistakes(tiny_sites)


@pytest.mark.parametrize("name", test_check_equals_build.MISTAKES)
def test_the_guide_shows_what_check_and_the_build_say_about_each_mistake(
        check_equals_build_built: dict[str, Built], name: str, shown_messages: str) -> None:
    run = check_equals_build_built[name].run
    lines = test_check_equals_build.messages(run.stdout + run.stderr)
    assert lines, name
    missing = [line for line in lines
               if normal(re.sub(r"^(WARNING|ERROR) - ", "", line)) not in shown_messages]
    assert not missing, (f"{name}: exercises/guide/docs/authors/errors.md does not show these lines:\n"
                         + "\n".join(missing))


@pytest.mark.parametrize("name", test_check_equals_build.SLIPS)
def test_the_guide_shows_what_check_says_about_each_slip_in_mkdocs_yml(name: str,
                                                                         shown_messages: str) -> None:
    from exercises.yaml_slips import explain
    old, new, said = test_check_equals_build.SLIPS[name]
    text = test_check_equals_build.SETTINGS.replace(old, new, 1)
    try:
        yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        message = explain(text, err).message("mkdocs.yml")
    else:
        raise AssertionError(f"{name}: YAML read it")
    assert said in message
    assert normal(message) in shown_messages, f"errors.md does not show:\n{message}"


def test_the_guide_starts_its_examples_from_the_test_files() -> None:
    # The line numbers in errors.md count from these files, so they are shown as they are.
    page = ERRORS.read_text()
    for base in (GOOD_YAML, WORKSHEET_YAML, THOUGHT_RECORD_YAML, JOURNAL_YAML):
        assert f"```yaml\n{base}```" in page, base.splitlines()[0]
    assert f"```markdown\n{PAGE}```" in page


# ---- Site settings (exercises/guide/docs/authors/site-settings.md): every option of the exercises plugin.

SITE_SETTINGS = GUIDE / "site-settings.md"


def _shown_default(value: object) -> str:
    if value is None:  # worked out by the plugin: the page says from what
        return "made from"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, float):
        return f"`{value:g}`"
    if value == "":
        return "empty"
    if value == []:
        return "none"
    return f"`{value}`"


def test_site_settings_documents_every_plugin_option_with_its_default() -> None:
    # Each option has a heading of its own, its default, what it does, and when to change it.
    documented = {name: cells for name, *cells in re.findall(
        r"^### `([a-z_]+)`\n\n\*\*Default:\*\* ([^\n]+)\n\n(.+?)\n\n"
        r"\*\*When to change it:\*\* (.+?)(?:\n\n|\Z)",
        SITE_SETTINGS.read_text(), re.M | re.S)}
    for name, option in ExercisesConfig._schema:
        assert name in documented, f"plugin option '{name}' has no section in {SITE_SETTINGS.name}"
        default, what, when = (cell.strip() for cell in documented[name])
        shown = _shown_default(option.default)
        assert default == shown or (option.default is None and default.startswith(shown)), (
            f"{name}: the default shown is {default}")
        assert len(what.split()) >= 8 and len(when.split()) >= 3, f"{name}: say what it does and when"


def test_the_messages_on_the_errors_page_wrap_on_a_phone() -> None:
    # The messages are long single lines; on that page only, code blocks wrap instead of scrolling.
    assert re.search(r"^# When the build stops \{ \.build-messages \}$", ERRORS.read_text(), re.M)
    css = (ROOT / "exercises" / "guide" / "docs" / "stylesheets" / "guide.css").read_text()
    rule = re.search(r"\.md-typeset:has\(> h1\.build-messages\) pre > code \{(.*?)\}", css, re.S)
    assert rule and "white-space: pre-wrap" in rule.group(1) and "overflow-wrap: anywhere" in rule.group(1)


# ---- The authors' pages speak to a site made with `mkdocs-exercises new`, which has no Makefile.

def test_the_authors_pages_use_the_commands_a_new_site_has() -> None:
    pages = {page.name: page.read_text() for page in sorted(GUIDE.glob("*.md"))}
    make = re.compile(r"`make\b|\bmake (serve|site|test|check|new-)")
    with_make = [name for name, text in pages.items() if make.search(text)]
    assert not with_make, f"these authors' pages ask for make, which a new site does not have: {with_make}"
    every = "\n".join(pages.values())
    for command in ("mkdocs serve", "mkdocs build --strict", "mkdocs-exercises check",
                    "mkdocs-exercises guide"):
        assert command in every, command
    # The Material notice every build prints is explained, with what quiets it.
    notice = re.search(r"### The notice about Material's end of life\n\n(.+?)\n\n", pages["index.md"], re.S)
    assert notice and "NO_MKDOCS_2_WARNING=1" in notice.group(1) and "platform.md" in notice.group(1)
    # What the preview does when a build fails, and where to look.
    assert "keeps the last version that built" in pages["index.md"] and "terminal" in pages["index.md"]
    maintainers = (GUIDE.parent / "maintainers" / "releases.md").read_text()
    assert "make test" in maintainers and "git tag v" in maintainers


def test_every_guide_page_a_message_names_is_in_the_guide() -> None:
    from exercises import guide_site

    for name, (title, path) in guide_site.pages().items():
        source = GUIDE / ("index.md" if name == "authors" else f"{name}.md")
        assert source.is_file(), (name, path)
        assert re.search(rf"^# {re.escape(title)}", source.read_text(), re.M), (name, title)
