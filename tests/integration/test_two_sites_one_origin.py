"""Two sites published under one origin (`you.github.io/one/` and `you.github.io/two/`), neither
with a site_id of its own: each keeps its readers' entries and its runtime cache apart, because
each id is made from its address. Browsers keep storage per origin, so without this the second
site's journal would list the first site's entries and its service worker could drop their cache."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from kit.project import tiny_settings
from kit.serve import serve
from playwright.sync_api import Page, expect

SITES = ("one", "two")


def build(out: Path, project: Path, name: str) -> None:
    (project / "docs" / "_exercises").mkdir(parents=True)
    pages = {"index.md": "# Note\n\n[[exercise: note]]\n", "get-help.md": "# Get help now\n",
             "journal.md": "# Journal\n\n[[exercise: journal]]\n"}
    for page, text in pages.items():
        (project / "docs" / page).write_text(text)
    definitions = {
        "note": {"kind": "worksheet", "id": "note", "title": "A note", "steps": [
            {"title": "Now", "fields": [{"id": "words", "type": "short_text", "label": "A few words"}]}]},
        "journal": {"kind": "journal", "id": "journal", "title": "My journal"},
    }
    for definition, data in definitions.items():
        (project / "docs" / "_exercises" / f"{definition}.yml").write_text(yaml.safe_dump(data))
    (project / "mkdocs.yml").write_text(yaml.safe_dump(tiny_settings(
        project / "docs", site_name="The same name", site_url=f"https://you.github.io/{name}/")))
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=project,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    assert run.returncode == 0, textwrap.indent(run.stdout + run.stderr, "  ")


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder served as one origin, a site in each of its sub-folders."""
    tmp = tmp_path_factory.mktemp("two-sites")
    for name in SITES:
        build(tmp / "origin" / name, tmp / "projects" / name, name)
    return tmp / "origin"


def keys(page: Page) -> list[str]:
    return page.evaluate("() => Object.keys(localStorage)")


def test_two_sites_under_one_origin_keep_their_entries_and_caches_apart(origin: Path, page: Page) -> None:
    with serve(origin) as served:
        page.goto(served.url + "one/")
        page.get_by_label("A few words").fill("Written on site one.")
        page.get_by_role("button", name="Save on this device").click()
        expect(page.locator(".ex-status")).to_contain_text("Saved on this device", timeout=90_000)
        assert [k for k in keys(page) if ":journal:entry:" in k][0].startswith("you-github-io-one:")

        page.goto(served.url + "two/journal/")
        journal = page.locator(".ex-journal")
        expect(journal).to_have_attribute("data-ready", "true", timeout=90_000)
        expect(journal.locator(".ex-entry")).to_have_count(0)  # site one's entry is not listed here
        page.goto(served.url + "two/")
        page.get_by_label("A few words").fill("Written on site two.")
        page.get_by_role("button", name="Save on this device").click()
        expect(page.locator(".ex-status")).to_contain_text("Saved on this device", timeout=90_000)

        page.goto(served.url + "one/journal/")
        entries = page.locator(".ex-journal .ex-entry")
        expect(entries).to_have_count(1)
        entries.get_by_role("button", name="Open").click()
        expect(entries.locator(".ex-entry-text")).to_contain_text("Written on site one.", timeout=90_000)

        # Each site's service worker keeps its runtime in a cache of its own, and neither drops the other's.
        page.wait_for_function("""() => caches.keys().then((names) =>
            ['you-github-io-one-runtime-', 'you-github-io-two-runtime-'].every(
              (prefix) => names.some((n) => n.startsWith(prefix))))""", timeout=90_000)
