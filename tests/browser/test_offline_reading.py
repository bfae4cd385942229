"""A returning reader, installed or offline (exercises/mkdocs_plugin/offline.py and sw.js).

This repository's site (it has a logo, so icons) is served under a sub-path, as a GitHub project
page is; "offline" is the host refusing every connection. The site installs as an app (Chromium's
own check), a reader who chose "Keep this site for reading offline" opens every lesson offline, and
one who did not gets the offline page, with the crisis services as text, for a page this device does
not have; nothing is kept that the reader did not open.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from kit.reader import wait_for_engine
from kit.serve import Served, serve
from kit.site import copy_of
from playwright.sync_api import BrowserContext, Page, expect

PREFIX = "/haa/"
CACHES = "() => caches.keys()"
# Every address kept in the origin's caches, by cache.
CACHED = """async () => {
  const out = {};
  for (const name of await caches.keys()) {
    out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def site_copy(our_built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of(our_built_site, tmp_path_factory.mktemp("offline-reading"))


@pytest.fixture
def served(site_copy: Path) -> Iterator[Served]:
    with serve(site_copy, prefix=PREFIX, not_found_page="404.html") as running:
        yield running


def offline(served: Served) -> None:
    """The host is gone: every connection is refused."""
    served.gate.refuse = lambda path: True


def lessons(site_copy: Path) -> list[dict[str, str]]:
    return json.loads((site_copy / "offline.json").read_text())["pages"]


def until(page: Page, script: str, seconds: float = 30) -> object:
    for _ in range(int(seconds * 5)):
        value = page.evaluate(script)
        if value:
            return value
        page.wait_for_timeout(200)
    raise AssertionError(f"never true: {script}")


def test_the_site_installs_as_an_app_under_a_sub_path(profile: BrowserContext, served: Served,
                                                      site_copy: Path) -> None:
    page = profile.new_page()
    page.goto(served.url)
    href = page.locator("link[rel=manifest]").get_attribute("href")
    manifest_url = page.evaluate("(href) => new URL(href, location.href).href", href)
    assert manifest_url == served.url + "manifest.webmanifest"
    manifest = json.loads((site_copy / "manifest.webmanifest").read_text())
    assert manifest["name"] == "Healing Anxious Attachment" and manifest["display"] == "standalone"
    # Relative to the manifest, so the app opens and stays within /haa/.
    assert manifest["start_url"] == manifest["scope"] == "./"
    assert {icon["purpose"] for icon in manifest["icons"]} == {"any", "maskable"}
    for icon in manifest["icons"]:
        assert (site_copy / icon["src"]).is_file()
    assert manifest["theme_color"] == "#00695c"  # the theme's primary colour (mkdocs.yml)
    # Chromium's own check, as its install button runs it.
    cdp = page.context.new_cdp_session(page)
    parsed = cdp.send("Page.getAppManifest")
    assert parsed["url"] == manifest_url and not parsed["errors"], parsed["errors"]
    assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    # The Spanish edition installs as itself: its own name and language, opening in /haa/es/.
    page.goto(served.url + "es/")
    href = page.locator("link[rel=manifest]").get_attribute("href")
    assert page.evaluate("(href) => new URL(href, location.href).href", href) == (
        served.url + "es/manifest.webmanifest")
    spanish = json.loads((site_copy / "es" / "manifest.webmanifest").read_text())
    assert spanish["name"] == "Sanar el apego ansioso" and spanish["lang"] == "es"
    assert spanish["start_url"] == spanish["scope"] == "./"
    assert all((site_copy / "es" / icon["src"]).resolve().is_file() for icon in spanish["icons"])
    assert not cdp.send("Page.getAppManifest")["errors"]


def test_a_reader_who_keeps_the_site_opens_every_lesson_offline(
        page: Page, served: Served, site_copy: Path) -> None:
    page.goto(served.url + "privacy/")
    box = page.locator(".ex-keep-offline")
    expect(box).to_be_visible()
    expect(box).to_contain_text("The lessons and pages take about")
    box.get_by_role("button", name="Keep this site for reading offline").click()
    expect(box.locator(".ex-keep-offline-status")).to_have_text(
        "Done: this site is now kept on this device for reading offline.", timeout=60_000)
    expect(box).to_contain_text("This site is kept on this device for reading offline:")
    kept = page.evaluate(CACHED)
    # The pages and their files, never the Python runtime: no exercise was used.
    assert not [name for name in kept if "-runtime-" in name or "-boot-" in name], kept
    assert not [p for paths in kept.values() for p in paths if "/assets/pyodide/" in p or ".whl" in p]

    offline(served)
    for lesson in lessons(site_copy):
        page.goto(served.url + lesson["url"])
        expect(page.locator("h1").first).not_to_have_text("You are offline")
        site = "Sanar el apego ansioso" if lesson["url"].startswith("es/") else "Healing Anxious Attachment"
        expect(page).to_have_title(lesson["title"] if not lesson["url"] else f"{lesson['title']} - {site}")

    # Undone: the copy is gone, and an unvisited page is the offline page again.
    served.gate.refuse = lambda path: False
    page.goto(served.url + "privacy/")
    box.get_by_role("button", name="Stop keeping it").click()
    expect(box.locator(".ex-keep-offline-status")).to_contain_text("The offline copy was deleted.")
    assert "haa-pages" not in page.evaluate(CACHES)


def test_without_keeping_a_page_not_opened_is_the_offline_page_with_the_crisis_numbers(
        page: Page, served: Served) -> None:
    # A reader who used an exercise: the service worker keeps the runtime and the offline page.
    page.goto(served.url + "questionnaire/")
    wait_for_engine(page)
    until(page, "() => navigator.serviceWorker.controller !== null")
    until(page, "() => caches.keys().then((n) => n.some((name) => name.startsWith('haa-runtime-')))")
    kept = page.evaluate(CACHED)
    assert "haa-pages" not in kept
    # Nothing kept that the reader did not open: no lesson, no page but the offline page.
    pages = [p for paths in kept.values() for p in paths if p.endswith("/") or p.endswith(".html")]
    assert sorted(pages) == [PREFIX + "es/offline.html", PREFIX + "offline.html"], pages

    offline(served)
    response = page.goto(served.url + "steps/2-grounding/")
    assert response is not None and response.status == 503
    expect(page.locator("h1")).to_have_text("You are offline")
    body = page.locator("main")
    expect(body).to_contain_text("Call or text 988")  # the crisis services, as text
    expect(body).to_contain_text("If you need help now")
    # The page the reader opened is still readable (the browser's own copy) and is offered.
    expect(body.get_by_role("link", name="Reflect on how you relate")).to_be_visible()
    body.get_by_role("link", name="Try the home page again").click()
    expect(page.locator("h1")).to_have_text("You are offline")  # the home page was never opened
    # A page of the Spanish edition: the offline page in Spanish, with the Spanish services, and
    # no English page offered in it.
    response = page.goto(served.url + "es/steps/2-grounding/")
    assert response is not None and response.status == 503
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("main")).to_contain_text("AYUDA")  # "Enviar AYUDA al 988", as text
    expect(page.locator("main").get_by_role("link", name="Reflect on how you relate")).to_have_count(0)
