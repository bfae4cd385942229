"""The Spanish edition as built (es/ in this repository's site, built once per run with the English
one): each page offers help in Spanish in one tap, says when it was last reviewed and that it is not
therapy, describes itself in Spanish, lists the Spanish help services, and every link and anchor lands
on a page of the site. The English pages are checked in test_site_pages.py."""

from __future__ import annotations

import re
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest
from kit.edition import DOCS, LANG, english_sources, front, language_settings, read, said, spanish_of
from kit.pages import EDITION_PAGES, LEAVE, OFFLINE

from exercises.i18n.catalogs import package_messages

SITE_NAME = language_settings()["site_name"]


@pytest.fixture(scope="module")
def pages(our_built_site: Path) -> dict[str, str]:
    """Every page of the edition, by its path from the site's root ("es/get-help/")."""
    found = {}
    for path in EDITION_PAGES[LANG]:
        if path.endswith((LEAVE, OFFLINE)):
            continue  # plain: tests/browser/test_leave_quickly.py and test_offline_reading.py
        found[path] = (our_built_site / (path + "index.html" if path.endswith("/") else path)).read_text()
    return found


def test_every_page_is_in_spanish_with_the_help_bar_leading_to_the_spanish_help_pages(
        pages: dict[str, str], our_site_url: str) -> None:
    for path, html in pages.items():
        assert '<html lang="es"' in html, path
        bar = html[html.index('class="crisis-bar"'):]
        bar = bar[:bar.index("</p>")]
        targets = {unescape(words): urljoin(our_site_url + path, href) for href, words in
                   re.findall(r'<a href="([^"]+)" class="crisis-bar__link">([^<]+)</a>', bar)}
        assert targets == {said("help_bar.get_help"): f"{our_site_url}es/get-help/",
                           said("help_bar.partner"): f"{our_site_url}es/relationship-safety/"}, path
        assert f'data-leave-button="{said("leave.button")}"' in bar, path


def test_every_page_shows_when_it_was_last_reviewed_and_that_it_is_not_therapy(pages: dict[str, str]) -> None:
    for path, html in pages.items():
        assert re.search(r'<p class="page-reviewed">[^<]*<time datetime="\d{4}-\d\d-\d\d">\d{1,2} de '
                         r'[a-z]+ de \d{4}</time></p>', html), path
        assert "No reemplaza la atención de una persona profesional" in html, path


@pytest.mark.parametrize(("path", "where"), [("es/get-help/", "crisis"),
                                            ("es/relationship-safety/", "relationship_safety")])
def test_each_help_page_lists_every_spanish_service_and_button(pages: dict[str, str], path: str,
                                                               where: str) -> None:
    html = unescape(pages[path])
    services = language_settings()["extra"][where]
    assert " ".join(services["intro"].split()) in " ".join(html.split())
    for service in services["resources"]:
        assert f"<strong>{service['name']}</strong>" in html, service["name"]
        for button in [service, *service.get("also", [])]:
            assert re.search(rf'<a href="{re.escape(button["href"])}" class="md-button[^"]*">'
                             rf'{re.escape(button["action"])}</a>', html), button["action"]
    assert "own_page" not in html and "checked:" not in html
    assert "Samaritans" not in html  # the English list is not shown to a Spanish reader


def test_every_page_describes_itself_in_spanish_for_search_and_link_previews(
        pages: dict[str, str], our_site_url: str) -> None:
    for source in english_sources(".md"):
        stem = source.relative_to(DOCS).with_suffix("").as_posix()
        path = "es/" + ("" if stem == "index" else f"{stem}/")
        html = pages[path]
        written = front(read(spanish_of(source)))["description"]
        meta = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert meta and unescape(meta.group(1)) == written, path
        assert re.search(rf'<meta property="og:site_name" content="{SITE_NAME}"', html), path
        assert re.search(rf'<meta property="og:url" content="{re.escape(our_site_url + path)}"', html), path


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.hrefs.append(str(found["href"]))


def test_every_link_and_anchor_on_a_spanish_page_lands_on_the_spanish_site(
        pages: dict[str, str], our_site_url: str, our_built_site: Path) -> None:
    parsed: dict[str, _Anchors] = {}
    for path, html in pages.items():
        parsed[path] = _Anchors()
        parsed[path].feed(html)
    checked = 0
    for path, anchors in parsed.items():
        # Only the language selector leads out of the edition (tested below).
        english = re.search(r'<a href="([^"]+)" hreflang="en"', pages[path])
        for href in anchors.hrefs:
            target, fragment = urldefrag(urljoin(our_site_url + path, href))
            if not target.startswith(our_site_url) or "/assets/" in target or target.endswith(".xml"):
                continue
            where = target.removeprefix(our_site_url)
            if not where.startswith("es/"):
                assert english and href == english.group(1), f"{path}: {href} leaves the Spanish edition"
                continue
            assert where in parsed, (path, href)
            if fragment:
                assert fragment in parsed[where].ids, f"{path}: {href} (no #{fragment} there)"
                checked += 1
    assert checked >= 10  # the steady plan's anchor, the steps' practices, the references


def test_the_language_selector_opens_the_same_page_in_english_as_a_new_page(pages: dict[str, str],
                                                                            our_site_url: str) -> None:
    for path, html in pages.items():
        links = dict((lang, href) for href, lang in re.findall(
            r'<a href="([^"]+)" hreflang="([a-z]+)" target="_self" class="md-select__link">', html))
        assert urljoin(our_site_url + path, links["en"]) == our_site_url + path.removeprefix("es/"), path
        assert urljoin(our_site_url + path, links["es"]) == our_site_url + path, path


def test_no_spanish_page_names_a_page_by_its_english_title(pages: dict[str, str]) -> None:
    # The menu, and the exercises' links to lessons (a questionnaire's "pages that may help"), carry
    # the Spanish titles (nav_translations), never the English ones.
    # (A package message whose English is a page's title is the catalog's to translate, not the site's.)
    package = {source.english for source in package_messages().values()}
    titles = [english for english, spanish in language_settings()["nav_translations"].items()
              if english != spanish and len(english.split()) >= 3 and english not in package]
    assert len(titles) >= 10
    named = {path: [t for t in titles if escape(t, quote=False) in html] for path, html in pages.items()}
    assert {path: found for path, found in named.items() if found} == {}


def test_the_exercises_offer_the_spanish_help_services(pages: dict[str, str]) -> None:
    # An exercise's offers of help and its list of services carry the Spanish edition's services
    # (mkdocs.yml, the Spanish language's extra), never the English site's.
    extra = language_settings()["extra"]
    ours = {button["href"] for where in ("crisis", "relationship_safety")
            for service in extra[where]["resources"] for button in [service, *service.get("also", [])]}
    button = re.compile(r'<a class="(?:md-button[^"]*|ex-help-action)" href="((?:tel|sms|https):[^"]+)"')
    offered = {path: set(button.findall(unescape(html))) for path, html in pages.items()}
    assert any(offered.values()), "no exercise offers help"
    assert {path: hrefs - ours for path, hrefs in offered.items() if hrefs - ours} == {}
