"""The checks of mkdocs.yml settings an author edits (exercises/mkdocs_plugin/site_checks.py).

The messages themselves are in the guide's table of settings mistakes (tests/content/test_author_guide.py);
these tests pin what the checks leave alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from kit.site import ROOT, build_site

from exercises.mkdocs_plugin.site_checks import (
    SAFETY_SETTING,
    buttons,
    crisis_problems,
    help_problems,
    image_problem,
    missing_help_page,
)


def _site_extra() -> dict:
    # mkdocs.yml has !ENV tags, which plain YAML reads as unknown; its extra: needs none of them.
    text = (ROOT / "mkdocs.yml").read_text()
    return yaml.safe_load(text[text.index("\nextra:\n"):text.index("\nnav:\n")])["extra"]


def test_the_sites_own_crisis_resources_and_safety_services_pass() -> None:
    extra = _site_extra()
    assert crisis_problems(extra) == []
    assert help_problems(extra, SAFETY_SETTING) == []


def test_the_first_services_buttons_are_what_exercises_offer() -> None:
    extra = _site_extra()
    assert buttons(extra["crisis"]["resources"][0]) == [
        {"action": "Call 988", "href": "tel:988"}, {"action": "Text 988", "href": "sms:988"}]
    assert buttons(extra["relationship_safety"]["resources"][0]) == [
        {"action": "Call 1-800-799-7233", "href": "tel:18007997233"},
        {"action": "Text START to 88788", "href": "sms:88788?&body=START"}]
    names = [r["name"] for r in extra["relationship_safety"]["resources"]]
    assert names == ["National Domestic Violence Hotline (US)",
                     "National Domestic Abuse Helpline, run by Refuge (UK, for women)",
                     "Galop (UK, for LGBT+ people)", "Scotland's Domestic Abuse and Forced Marriage Helpline",
                     "Live Fear Free (Wales)", "1800RESPECT (Australia)", "ShelterSafe (Canada)",
                     "Anywhere else in the world"]


def test_missing_or_empty_safety_services_stop_the_build_with_the_field() -> None:
    found = {(p.field, p.message) for p in help_problems({"crisis": {}}, SAFETY_SETTING)}
    assert found == {("extra.relationship_safety", "the relationship-safety services are missing (the page "
                      "\"Is it worry, or is something wrong?\" lists them, and exercises offer them to a "
                      "reader who writes about a partner who hurts or frightens them)")}
    empty = {"relationship_safety": {"intro": "x", "emergency": "y", "resources": []}}
    assert [(p.field, p.message) for p in help_problems(empty, SAFETY_SETTING)] == [
        ("extra.relationship_safety.resources", "there are no services")]


def test_a_services_extra_buttons_are_checked_like_its_own() -> None:
    extra = {"relationship_safety": {"intro": "x", "emergency": "y", "resources": [
        {"name": "Line", "how": "Call.", "href": "tel:123", "action": "Call", "also": [
            {"href": "sms:12 3", "action": "Text"}, {"action": "Visit", "href": "www.example.org"},
            {"href": "tel:1"}, "Text", {"href": "tel:2", "action": "Call", "colour": "red"}]}]}}
    found = {(p.field, p.message) for p in help_problems(extra, SAFETY_SETTING)}
    root = "extra.relationship_safety.resources[1].also"
    assert found == {
        (f"{root}[1].href", "the number in 'sms:12 3' has a space"),
        (f"{root}[2].href", "'www.example.org' is not a link a phone or a browser can open"),
        (f"{root}[3].action", "this button of the service 'Line' has no 'action', so its button would "
                              "have no words"),
        (f"{root}[4]", "should be a set of fields (key: value), not the text 'Text'"),
        (f"{root}[5].colour", "unknown field 'colour'"),
    }


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
        "docs/get-help.md", [])
    both = missing_help_page("docs/get-help.md", ["docs/a.md", "docs/b.md"])
    assert "bar at the top of every page and the exercises on docs/a.md, docs/b.md link to it" in both


def _help_site(tmp: Path, **options: object) -> Path:
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nA short page.\n")
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Test site", "theme": {"name": "material", "font": False},
        "plugins": [{"exercises": dict(options)}]}))
    return config


def test_a_site_without_help_services_stops_with_what_to_add(tmp_path: Path) -> None:
    # The help bar and the help pages come with the plugin, so every site must fill them.
    run = build_site(tmp_path / "site", _help_site(tmp_path), strict=False)
    output = run.stdout + run.stderr
    assert run.returncode != 0 and "Traceback" not in output
    assert "mkdocs.yml: extra.crisis: the crisis resources are missing" in output
    assert "mkdocs.yml: extra.relationship_safety: the relationship-safety services are missing" in output


def test_a_site_that_turns_help_services_off_builds_but_warns(tmp_path: Path) -> None:
    config = _help_site(tmp_path, help_services=False)
    loose = build_site(tmp_path / "site", config, strict=False)
    assert loose.returncode == 0, loose.stdout + loose.stderr
    assert "help_services is false in mkdocs.yml" in loose.stderr
    assert 'class="crisis-bar"' in (tmp_path / "site" / "index.html").read_text()  # the bar stays
    strict = build_site(tmp_path / "strict", config)
    assert strict.returncode != 0  # the warning stops a strict build
