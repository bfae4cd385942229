"""Script-like text stays text wherever a reader's or an author's words are echoed.

The thought record (tests/browser/test_thought_record_and_journal.py) and worksheets
(tests/browser/test_worksheets.py) check what a reader types. Here: a journal file a reader imports
(made by anyone, so every field may hold markup, and an entry's page may name another site or a
script URL), and a questionnaire whose author wrote markup in its words, echoed by the list of
unanswered questions.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import yaml
from kit.project import make_project
from kit.reader import wait_for_engine
from kit.serve import serve
from kit.site import build_site
from kit.storage import SITE_ID
from playwright.sync_api import Page, expect

from exercises.core import journal

PAYLOAD = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>window.__ran = true</script>"


def watch_for_script(page: Page) -> list[str]:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs


def entry(n: int, page_path: str) -> dict:
    return {
        "id": f"e{n}", "kind": "thought_record", "title": f"{PAYLOAD} {n}", "page": page_path,
        "created": "2026-01-01T00:00:00Z", "updated": f"2026-01-0{n}T00:00:00Z",
        "data": {"situation": f"{SCRIPT} situation {n}", "evidence_for": PAYLOAD,
                 "emotions": [{"name": PAYLOAD, "before": 80, "after": 20}],
                 "thoughts": [{"text": f"{SCRIPT} thought", "hot": True}]},
    }


def test_an_imported_file_full_of_markup_shows_text_and_links_only_to_this_site(
        page: Page, site_url: str, tmp_path: Path) -> None:
    dialogs = watch_for_script(page)
    crafted = tmp_path / "journal.json"
    crafted.write_text(json.dumps({
        "format": journal.FORMAT, "version": journal.VERSION, "site": SITE_ID, "exported": "now",
        "entries": [entry(1, "javascript:window.__ran = true"), entry(2, "//other.example/steal"),
                    entry(3, "/steps/4-challenging-thoughts/")]}))
    page.goto(site_url + "journal/")
    wait_for_engine(page)
    page.set_input_files(".ex-import-file", str(crafted))
    expect(page.locator(".ex-journal .ex-status")).to_have_text("Imported 3 entries.")
    titles = page.locator(".ex-entry-title")
    expect(titles).to_have_text([f"{PAYLOAD} 3", f"{PAYLOAD} 2", f"{PAYLOAD} 1"])
    # "Change" leads back into this site only.
    changes = page.locator(".ex-entry").get_by_role("link", name="Change")
    expect(changes).to_have_count(1)
    assert changes.get_attribute("href") == "/steps/4-challenging-thoughts/?entry=e3"
    for n in range(3):
        page.locator(".ex-entry").nth(n).get_by_role("button", name="Open").click()
    texts = page.locator(".ex-entry-text")
    expect(texts.first).to_contain_text(f"{SCRIPT} situation 3", timeout=30_000)
    expect(texts.nth(2)).to_contain_text(PAYLOAD)
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Print all").click()
    page.wait_for_function("() => window.__printed === true")
    expect(page.locator(".ex-print-entry").first).to_contain_text(SCRIPT)
    # Nothing became markup, nothing ran.
    assert page.locator(".ex-journal img, .ex-journal script").count() == 0
    assert page.evaluate("window.__ran") is None
    assert dialogs == []


QUESTIONNAIRE = textwrap.dedent(f"""\
    kind: questionnaire
    id: mood
    title: "{PAYLOAD} check-in"
    scale:
      labels: ["No", Not really, Somewhat, "Yes"]
    subscales:
      - id: calm
        name: "{SCRIPT} calm"
    items:
      - id: c1
        subscale: calm
        text: "{PAYLOAD} I felt calm."
      - id: c2
        subscale: calm
        text: "{SCRIPT} I felt on edge."
      - id: c3
        subscale: calm
        text: I slept well.
    unanswered:
      max_per_subscale: 0
    """)


def test_markup_in_a_questionnaires_words_is_shown_as_text(page: Page, tmp_path: Path) -> None:
    config = make_project(tmp_path, QUESTIONNAIRE)
    settings = yaml.safe_load(config.read_text())
    config.write_text(yaml.safe_dump({**settings, "theme": {"name": "material", "font": False}}))
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    dialogs = watch_for_script(page)
    with serve(tmp_path / "site") as served:
        page.goto(served.url)
        expect(page.locator(".ex-title")).to_have_text(f"{PAYLOAD} check-in")
        page.locator("fieldset[data-item='c3'] label:has(input[value='2'])").click()
        page.get_by_role("button", name="See my scores").click()
        summary = page.locator(".ex-error-summary")
        expect(summary).to_be_visible(timeout=90_000)
        # The list of unanswered questions copies each question's words: as text.
        expect(summary.locator("li")).to_have_text([f"Question 1: {PAYLOAD} I felt calm.",
                                                    f"Question 2: {SCRIPT} I felt on edge."])
        assert page.locator(".ex img, .ex script").count() == 0
        assert page.evaluate("window.__ran") is None
    assert dialogs == []
