"""Every built page offers help in one tap, says it is not therapy, and describes itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def pages(site_url: str, built_site: Path) -> dict[str, str]:
    found = {str(p.relative_to(built_site)): p.read_text() for p in built_site.rglob("*.html")}
    assert len(found) >= 13
    return found


def test_every_page_links_to_get_help_now(pages: dict[str, str]) -> None:
    missing = [name for name, html in pages.items()
               if not re.search(r'<a href="([^"]*get-help/|\./)"[^>]*>Get help now</a>', html)]
    assert not missing


def test_every_page_says_it_is_not_a_substitute_for_therapy(pages: dict[str, str]) -> None:
    assert not [name for name, html in pages.items() if "does not replace care from a" not in html]


def test_every_page_has_its_own_meta_description(pages: dict[str, str]) -> None:
    site_default = "Calm, plain-language lessons"
    lessons = {n: h for n, h in pages.items() if n not in ("404.html",)}
    for name, html in lessons.items():
        match = re.search(r'<meta name="description" content="([^"]+)"', html)
        assert match, f"{name} has no meta description"
        assert not match.group(1).startswith(site_default), f"{name} uses the site-wide description"


def test_logo_and_favicon_are_the_sites_own_svg(pages: dict[str, str]) -> None:
    html = pages["index.html"]
    assert re.search(r'<link rel="icon" href="[^"]*assets/logo.svg"', html)
    assert 'src="assets/logo.svg"' in html
