"""This site's behavioral experiment (step 4, after the thought record), as a reader uses it: the plan
and what happened filled in, the feedback read, the entry saved, found in the journal, exported and
opened again to change; and, with words about a partner who hurts or controls them, no verdict on the
ratings but the safety page and the offer of help. It is this site's content (docs/), so it runs on
this site, like the crawl; one engine boot serves the whole walk."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import yaml
from kit.axe import assert_no_violations_light_and_dark
from kit.reader import follow_link
from kit.site import ROOT
from kit.storage import keys
from playwright.sync_api import Page, expect

LESSON = "steps/4-challenging-thoughts/"
UID = "#ex-behavioral-experiment"  # its fields' ids start with this
SHEET = "section[data-exercise-id='ex-behavioral-experiment']"


def _entry_prefix() -> str:
    """Where this site keeps a saved entry: under its own site_id (mkdocs.yml)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # !ENV stays text
    [options] = [p["exercises"] for p in config["plugins"] if isinstance(p, dict) and "exercises" in p]
    return f"{options['site_id']}:journal:entry:"


ENTRY = _entry_prefix()
PREDICTION = "If I ask Jess for a quiet night alone, she'll be hurt and pull away."


def fill(page: Page, outcome: str) -> None:
    page.fill(f"{UID}-prediction", PREDICTION)
    page.fill(f"{UID}-belief_before", "80")
    page.fill(f"{UID}-other_view", "She might be fine. She likes time to herself too.")
    page.fill(f"{UID}-experiment", "On Friday I'll ask once, kindly, and not ask again if she's okay.")
    page.fill(f"{UID}-problems", "The urge to text again. Phone in the kitchen, and a bath.")
    page.fill(f"{UID}-outcome", outcome)
    page.locator(SHEET).get_by_label("No", exact=True).check()
    page.fill(f"{UID}-learned", "Asking for what I need did not push her away.")
    page.fill(f"{UID}-belief_after", "30")


def summary(page: Page) -> None:
    page.locator(SHEET).get_by_role("button", name="See my summary").click()
    expect(page.locator(f"{SHEET} .ex-result")).to_be_visible(timeout=90_000)


def test_plan_test_save_find_in_the_journal_export_and_change(page: Page, our_site_url: str,
                                                              tmp_path: Path) -> None:
    page.goto(our_site_url + LESSON)
    sheet = page.locator(SHEET)
    # The worksheet says first that a fear of a partner who hurts or controls is not one to test.
    intro = sheet.locator(".ex-intro")
    expect(intro).to_contain_text("Never use it to test how someone will react if you are afraid of them, "
                                  "or if they have hurt, threatened or controlled you.")
    assert intro.get_by_role("link", name="Is it worry, or is something wrong?").evaluate(
        "a => a.href") == our_site_url + "relationship-safety/"

    fill(page, "Jess said: sure, enjoy it! On Saturday she was warm, as usual.")
    assert keys(page, prefix=ENTRY) == []  # nothing is kept until the reader chooses
    summary(page)
    result = sheet.locator(".ex-result")
    expect(result).to_be_focused()
    item = result.locator(".ex-feedback-item")
    expect(item.locator(".ex-subtitle")).to_have_text("What your experiment showed")
    expect(item.locator(".ex-feedback-text")).to_contain_text(
        "Your belief went from 80 to 30, down 50 points.")
    expect(item.locator("li")).to_have_text([f"\u201c{PREDICTION}\u201d: 80 before, 30 after."])
    expect(item.locator(".ex-safety-note")).to_have_count(0)
    sheet.get_by_role("button", name="Save on this device").click()
    expect(sheet.locator(".ex-status")).to_contain_text("Saved on this device")
    assert len(keys(page, prefix=ENTRY)) == 1

    follow_link(page, our_site_url + "journal/")  # one engine for the whole walk
    entry = page.locator(".ex-entry")
    expect(entry.locator(".ex-entry-title")).to_have_text(PREDICTION)
    expect(entry.locator(".ex-entry-meta")).to_contain_text("Test a worried prediction")
    entry.get_by_role("button", name="Open").click()
    text = entry.locator(".ex-entry-text")
    expect(text).to_contain_text("What actually happened?", timeout=90_000)
    expect(text).to_contain_text("80 out of 100")
    expect(text).to_contain_text("Your belief went from 80 to 30")

    files = {}
    for fmt, name in (("json", "Export (JSON, can be imported)"), ("md", "Export as text (Markdown)"),
                      ("csv", "Export as a spreadsheet (CSV)")):
        with page.expect_download() as download:
            page.get_by_role("button", name=name).click()
        files[fmt] = tmp_path / f"journal.{fmt}"
        download.value.save_as(files[fmt])
    exported = json.loads(files["json"].read_text())
    assert [e["data"]["worksheet"] for e in exported["entries"]] == ["behavioral-experiment"]
    markdown = files["md"].read_text()
    assert "### What do you predict will happen?" in markdown
    assert "### What your experiment showed" in markdown
    [row] = list(csv.DictReader(io.StringIO(files["csv"].read_text())))
    assert row["behavioral-experiment.belief_before"] == "80"
    assert row["behavioral-experiment.belief_after"] == "30"
    assert row["behavioral-experiment.came_true"] == "No"

    # Back to the plan, to change it: the reader's words return to the worksheet.
    entry.get_by_role("link", name="Change").click()
    expect(page.locator(f"{UID}-outcome")).to_have_value(
        "Jess said: sure, enjoy it! On Saturday she was warm, as usual.")
    expect(page.locator(SHEET).get_by_label("No", exact=True)).to_be_checked()

    # What happened was a partner who threatened them: no verdict on the ratings, help instead.
    page.fill(f"{UID}-outcome", "When I asked, he threatened me and took my phone.")
    summary(page)
    item = page.locator(f"{SHEET} .ex-feedback-item")
    expect(item.locator(".ex-feedback-text")).to_contain_text("A fear like that is not one to test.")
    expect(item.locator(".ex-feedback-text")).not_to_contain_text("went from")
    expect(item.locator("li")).to_have_count(0)
    link = item.locator(".ex-safety-note").get_by_role("link", name="Is it worry, or is something wrong?")
    assert link.evaluate("a => a.href") == our_site_url + "relationship-safety/"
    banner = page.locator(f"{SHEET} .ex-crisis")
    expect(banner).to_be_visible()
    expect(banner.locator(".ex-crisis-title")).to_have_text("Your safety matters.")
    assert_no_violations_light_and_dark(page, "the behavioral experiment met with help")
