"""The checks of mkdocs.yml settings an author edits (exercises/mkdocs_plugin/site_checks.py).

The messages themselves are in the guide's table of settings mistakes (tests/test_author_guide.py);
these tests pin what the checks leave alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from sitekit import ROOT, build_site

from exercises.mkdocs_plugin.site_checks import crisis_problems, image_problem, missing_help_page


def test_the_sites_own_crisis_resources_pass() -> None:
    # mkdocs.yml has !ENV tags, which plain YAML reads as unknown; its extra: needs none of them.
    text = (ROOT / "mkdocs.yml").read_text()
    extra = yaml.safe_load(text[text.index("\nextra:\n"):text.index("\nnav:\n")])["extra"]
    assert crisis_problems(extra) == []


@pytest.mark.parametrize("value", [
    "https://example.org/logo.png", "//cdn.example.org/logo.png", "data:image/svg+xml,<svg/>",
    "material/heart", "fontawesome/solid/heart", "assets/logo.svg", "/assets/logo.svg", None, "",
])
def test_a_web_address_an_icon_name_or_a_file_that_is_there_is_left_alone(value: str | None) -> None:
    assert image_problem("logo", value, lambda uri: uri == "assets/logo.svg", "docs") is None


def test_a_file_that_is_not_there_is_named_with_the_docs_folder() -> None:
    problem = image_problem("favicon", "assets/icon.png", lambda uri: False, "docs")
    assert problem is not None and problem.field == "theme.favicon"
    assert problem.message == "there is no file docs/assets/icon.png"


def test_a_crisis_resource_with_every_field_wrong_names_each() -> None:
    extra = {"crisis": {"intro": ["a"], "emergency": "", "resources": [
        "Samaritans", {"name": 7, "how": "x", "href": "mailto:help@example.org", "action": "Write"}]}}
    found = {(p.field, p.message) for p in crisis_problems(extra)}
    assert found == {
        ("extra.crisis.intro", "should be text, not a list"),
        ("extra.crisis.emergency", "'emergency' is empty"),
        ("extra.crisis.resources[1]", "should be a set of fields (key: value), not the text 'Samaritans'"),
        ("extra.crisis.resources[2].name", "should be text, not the number 7"),
    }


def test_the_help_page_warning_names_the_bar_and_the_pages() -> None:
    assert "but the \"Get help now\" bar at the top of every page links to it" in missing_help_page(
        "docs/get-help.md", [], bar=True)
    both = missing_help_page("docs/get-help.md", ["docs/a.md", "docs/b.md"], bar=True)
    assert "bar at the top of every page and the exercises on docs/a.md, docs/b.md link to it" in both


def test_a_theme_without_the_crisis_page_needs_no_crisis_resources(tmp_path: Path) -> None:
    # A site with the plain theme has no "Get help now" page to fill, so extra.crisis is not asked for.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nA short page.\n")
    config = tmp_path / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Test site", "theme": {"name": "material", "font": False},
        "plugins": [{"exercises": {"pyodide_source": str(ROOT / "node_modules" / "pyodide")}}]}))
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr  # Material's own favicon is found too
