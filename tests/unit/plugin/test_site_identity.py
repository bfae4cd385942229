"""Two sites under one origin keep their readers' storage apart: the id comes from the address."""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.mkdocs_plugin.site_checks import option_path
from exercises.mkdocs_plugin.site_identity import derive, problem


def test_two_sites_under_one_origin_get_different_ids() -> None:
    one = derive("https://you.github.io/site-one/", "Site")
    two = derive("https://you.github.io/site-two/", "Site")
    assert one == "you-github-io-site-one"
    assert two == "you-github-io-site-two"


def test_the_scheme_and_port_do_not_change_the_id() -> None:
    # The browser keeps ports apart by itself; the id is the same however the site is reached.
    assert derive("http://example.org:8000/x/", "") == derive("https://example.org/x/", "") == "example-org-x"


def test_without_an_address_the_name_gives_the_id() -> None:
    assert derive(None, "Managing social anxiety") == "managing-social-anxiety"
    assert derive("", "!!!") == "site"


def test_a_long_address_gives_an_id_that_is_still_usable() -> None:
    made = derive("https://example.org/" + "very-long-folder/" * 10, "")
    assert problem(made, ("site_id",)) is None and len(made) <= 63


@pytest.mark.parametrize("site_id", ["haa", "my_site", "Site.2", "a"])
def test_an_authors_id_of_letters_digits_and_dashes_is_kept(site_id: str) -> None:
    assert problem(site_id, ("site_id",)) is None


@pytest.mark.parametrize(("site_id", "suggestion"), [
    ("my site", "like 'site_id: my-site'"), ("a:b", "like 'site_id: a-b'"), ("-x", "like 'site_id: x'"),
    ("", "or leave site_id out"), (12, "like 'site_id: 12'")])
def test_an_id_that_would_break_the_keys_is_refused_with_a_suggestion(
        site_id: object, suggestion: str) -> None:
    found = problem(site_id, ("site_id",))
    assert found is not None and suggestion in found.fix


def test_the_option_is_found_in_the_plugins_list(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins:\n  - search\n  - exercises:\n      site_id: a b\n")
    assert option_path(config, "site_id") == ("plugins", 1, "exercises", "site_id")
