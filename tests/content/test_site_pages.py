"""Every built page offers help in one tap, says it is not therapy, and describes itself."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from kit.edition import english_sources
from kit.pages import EDITIONS, LEAVE, OFFLINE

from exercises.core import protocol
from exercises.mkdocs_plugin import csp
from exercises.render.html import opens_with_exercise

# The plain page "Leave this page quickly" opens (tests/browser/test_leave_quickly.py): on a shared
# device it must not look like this site, so it has none of the site's help links or wording.
NEUTRAL_PAGE = LEAVE


@pytest.fixture(scope="module")
def pages(our_site_url: str, our_built_site: Path) -> dict[str, str]:
    # The English pages; the Spanish edition's (es/) are checked in test_spanish_pages.py.
    found = {str(p.relative_to(our_built_site)): p.read_text() for p in our_built_site.rglob("*.html")
             if p.relative_to(our_built_site).parts[0] not in EDITIONS}
    assert found.pop(NEUTRAL_PAGE, None) is not None
    assert found.pop(OFFLINE, None) is not None  # plain, self-contained: see test_offline_reading.py
    assert len(found) >= 13
    return found


def test_every_page_links_to_get_help_now(pages: dict[str, str]) -> None:
    missing = [name for name, html in pages.items()
               if not re.search(r'<a href="([^"]*get-help/|\./)"[^>]*>Get help now</a>', html)]
    assert not missing


def test_every_page_links_to_relationship_safety_as_near_as_crisis_help(pages: dict[str, str]) -> None:
    # In the same bar as "Get help now": a reader afraid of a partner is one tap from help too.
    missing = [name for name, html in pages.items() if not re.search(
        r'class="crisis-bar"[^>]*>.*?Get help now</a>\s*<a href="([^"]*relationship-safety/|\./)"[^>]*>'
        r'Afraid of a partner\?</a>', html, re.S)]
    assert not missing


def test_reader_pages_show_when_they_were_last_reviewed(pages: dict[str, str]) -> None:
    dated = {name for name, html in pages.items() if re.search(
        r'<p class="page-reviewed">Last reviewed: <time datetime="\d{4}-\d\d-\d\d">[A-Z][a-z]+ \d{1,2}, '
        r'\d{4}</time></p>', html)}
    readers = {name for name in pages if not name.startswith("404")}
    assert readers - dated == set()
    assert "relationship-safety/index.html" in dated and "get-help/index.html" in dated


@pytest.mark.parametrize(("page", "where"), [("relationship-safety/index.html", "relationship_safety"),
                                            ("get-help/index.html", "crisis")])
def test_each_help_page_lists_every_service_and_button_from_the_settings(pages: dict[str, str], page: str,
                                                                         where: str) -> None:
    html = unescape(pages[page])
    services = yaml.load((Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(),
                         Loader=yaml.BaseLoader)["extra"][where]["resources"]
    assert len(services) >= 7
    for service in services:
        assert f"<strong>{service['name']}</strong>" in html, service["name"]
        for button in [service, *service.get("also", [])]:
            assert re.search(rf'<a href="{re.escape(button["href"])}" class="md-button[^"]*">'
                             rf'{re.escape(button["action"])}</a>', html), button["action"]
    # What the page shows is the service, never the record of where it was checked.
    assert "own_page" not in html and "checked:" not in html


def test_the_crisis_page_offers_to_call_or_text_988(pages: dict[str, str]) -> None:
    html = pages["get-help/index.html"]
    assert '<a href="tel:988" class="md-button md-button--primary">Call 988</a>' in html
    assert '<a href="sms:988" class="md-button">Text 988</a>' in html
    assert "9-8-8 Suicide Crisis Helpline (Canada)" in html and "Samaritans (UK and Ireland)" in html
    assert "If the danger is someone you live with" in html


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


def _meta(html: str, attr: str, name: str) -> str | None:
    """A meta tag's content as a browser reads it (entities decoded; an unescaped quote ends it)."""
    match = re.search(rf'<meta {attr}="{re.escape(name)}" content="([^"]*)"', html)
    return unescape(match.group(1)) if match else None


def test_each_description_reaches_its_page_whole(pages: dict[str, str]) -> None:
    # Descriptions may hold quotes (step 4 quotes "what if"); none may be cut short in the HTML.
    docs = Path(__file__).resolve().parents[2] / "docs"
    checked = 0
    for source in english_sources(".md"):
        front = re.match(r"\A---\n(.*?)\n---\n", source.read_text(), re.DOTALL)
        if not front or source.parts[len(docs.parts)].startswith("_"):
            continue
        written = yaml.safe_load(front.group(1)).get("description")
        rel = source.relative_to(docs).with_suffix("")
        built = Path("index.html") if rel.name == "index" else rel / "index.html"
        html = pages.get(str(rel.parent / built) if rel.name == "index" else str(built))
        if written and html is not None:
            assert _meta(html, "name", "description") == written, source.name
            checked += 1
    assert checked >= 10


def test_every_page_has_a_favicon(pages: dict[str, str]) -> None:
    assert not [name for name, html in pages.items()
                if not re.search(r'<link rel="icon" href="[^"]*assets/logo.svg"', html)]


def test_every_page_has_link_preview_tags_from_its_own_description(pages: dict[str, str],
                                                                    our_site_url: str) -> None:
    for name, html in pages.items():
        description = _meta(html, "name", "description")
        assert description, f"{name} has no description"
        assert _meta(html, "property", "og:description") == description, name
        assert _meta(html, "name", "twitter:description") == description, name
        assert _meta(html, "property", "og:type") == "website", name
        assert _meta(html, "property", "og:site_name") == "Healing Anxious Attachment", name
        assert _meta(html, "name", "twitter:card") == "summary", name
        title = _meta(html, "property", "og:title")
        assert title and title.endswith("Healing Anxious Attachment"), name
        url = _meta(html, "property", "og:url")
        assert url and url.startswith(our_site_url), f"{name}: og:url {url} is not on the site"
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
        if canonical:
            assert url == canonical.group(1), name
        # An image from another origin would be a third-party request; none is used.
        assert "og:image" not in html and "twitter:image" not in html, name
    grounding = pages[str(Path("steps", "2-grounding", "index.html"))]
    assert _meta(grounding, "property", "og:title") == \
        "Step 2: Grounding practices - Healing Anxious Attachment"
    assert _meta(grounding, "property", "og:url") == our_site_url + "steps/2-grounding/"


def test_the_404_page_says_so_and_links_home_and_to_help(pages: dict[str, str]) -> None:
    html = pages["404.html"]
    assert "<h1>Page not found</h1>" in html
    assert re.search(r'<a href="/\.?">Go to the home page</a>', html)
    assert re.search(r'<a href="/get-help/">get help now</a>', html)
    # Served for any missing address, so its assets use absolute paths under the site's path.
    assert re.search(r'<link rel="stylesheet" href="/assets/stylesheets/main\.[0-9a-f]+\.min\.css">', html)


def test_the_sitemap_lists_every_page_at_the_sites_address(our_built_site: Path, our_site_url: str,
                                                           pages: dict[str, str]) -> None:
    sitemap = (our_built_site / "sitemap.xml").read_text()
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    expected = {our_site_url + name.removesuffix("index.html") for name in pages
                if name.endswith("index.html") and not name.startswith("search")}
    assert expected <= listed, sorted(expected - listed)
    assert all(url.startswith(our_site_url) for url in listed)


def test_pyodides_licence_is_published_beside_its_files_and_never_fetched(our_built_site: Path) -> None:
    [notice] = our_built_site.glob("assets/pyodide/*/NOTICE.txt")
    version = notice.parent.name
    assert f"Pyodide {version}" in notice.read_text() and "Licence of Pyodide: MPL-2.0" in notice.read_text()
    assert "NOTICE" not in (our_built_site / "sw.js").read_text()  # the engine and its cache never ask for it


def test_the_journal_page_names_only_buttons_and_boxes_the_journal_has(pages: dict[str, str]) -> None:
    # "Export it as JSON there, and import the file here" was jargon; the page now names what to press.
    text = (Path(__file__).resolve().parents[2] / "docs" / "journal.md").read_text()
    named = re.findall(r"\*\*([^*]+)\*\*", text[text.index("## Good to know"):])
    assert len(named) >= 3 and "JSON there" not in text
    html = unescape(pages["journal/index.html"])
    for words in named:
        assert re.search(rf">{re.escape(words)}[^<]*</(button|label)>", html), words


def test_a_page_with_an_exercise_asks_for_pythons_starter_before_its_stylesheets(pages: dict[str, str]
                                                                                 ) -> None:
    # Chromium asked for a script placed after the stylesheets only once all of them had arrived, and a
    # cold visit waited that long for Python to start. A page without an exercise never loads it, so a
    # lesson with none downloads nothing of Python's.
    with_exercise = 0
    for name, html in pages.items():
        head = html[:html.index("</head>")]
        starter = re.search(r'<script type="module" async fetchpriority="high" src="[^"]*engine-start\.js">',
                            head)
        if "data-exercise=" not in html:
            assert "engine-start.js" not in html, name
            continue
        with_exercise += 1
        assert starter, f"{name}: no early engine-start.js in its head"
        assert starter.start() < head.index('rel="stylesheet"'), f"{name}: engine-start.js after a stylesheet"
    assert with_exercise >= 5


EARLY_WORKER = re.compile(
    r'<script data-worker="[^"]*engine-worker\.js" data-protocol="(\d+)">(.*?)</script>', re.S)


def test_a_page_that_opens_with_its_exercise_starts_python_from_the_first_lines_of_its_head(
        pages: dict[str, str]) -> None:
    # A reader who opens the questionnaire or the journal came for it: the worker is asked for as soon
    # as the stylesheets are in (a script after them runs only then, as the theme's first one does),
    # by one inline text on every such page (one hash in the site's policy). Python's megabytes never
    # compete with what the page needs to show. A lesson, whose practice is further down, waits until
    # its practice comes near.
    texts: set[str] = set()
    starting = set()
    for name, html in pages.items():
        head = html[:html.index("</head>")] if "</head>" in html else ""
        early = EARLY_WORKER.search(head)
        if not early:
            continue
        starting.add(name)
        assert early.group(1) == str(protocol.VERSION), name
        assert early.start() > head.rindex('rel="stylesheet"'), f"{name}: before a stylesheet"
        assert csp.sha256_source(early.group(2)) in head, f"{name}: the site's policy does not allow it"
        texts.add(early.group(2))
    assert len(texts) == 1
    assert starting == {"questionnaire/index.html", "journal/index.html"}


@pytest.mark.parametrize(("html", "opens"), [
    ('<h1>Reflect</h1><p>Why.</p><section data-exercise="questionnaire"><h2>Q</h2></section><h2>Then</h2>',
     True),
    ('<h1>Journal</h1><section data-exercise="journal"></section>', True),
    ('<h1>Step</h1><h2>Why it helps</h2><p>.</p><section data-exercise="worksheet"><h2>W</h2></section>',
     False),
    ("<h1>About</h1><h2>Who</h2><p>No exercise.</p>", False),
    ("<h1>About</h1>", False),
])
def test_a_page_opens_with_its_exercise_when_it_comes_before_any_subheading(html: str, opens: bool) -> None:
    assert opens_with_exercise(html) is opens
