"""Questionnaire results kept in the journal, and how they changed over time (chart, table, words)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from kit.axe import assert_no_violations
from kit.edition import ENTRY
from kit.reader import ENGINE_STATE, SAVE_DATA, answer_all, follow_link
from playwright.sync_api import Page, expect

FIRST_DAY = datetime(2026, 3, 1, 12, tzinfo=UTC)
LATER_DAY = datetime(2026, 4, 20, 12, tzinfo=UTC)


def scored_and_kept(page: Page, attachment: dict, worry_point: int) -> None:
    """Answer every question (worry items WORRY_POINT, discomfort items 2), score, keep the result."""
    answer_all(page, {item["id"]: worry_point if item["subscale"] == "anxiety" else 2
                      for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-result")).to_be_visible(timeout=90_000)
    page.get_by_role("button", name="Save to my journal").click()
    expect(page.locator(".ex-keep-status")).to_have_text(
        "Saved to your journal on this device. Answer again another day to see how your answers change.")


def test_two_results_on_different_days_show_a_chart_a_table_and_a_sentence(
        page: Page, site_url: str, attachment: dict, tmp_path: Path) -> None:
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.clock.set_fixed_time(FIRST_DAY)
    page.goto(site_url + "questionnaire/")
    # Nothing is kept until the reader asks.
    answer_all(page, {item["id"]: 6 if item["subscale"] == "anxiety" else 2 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-result")).to_be_visible(timeout=90_000)
    assert page.evaluate("() => Object.keys(localStorage).filter((k) => k.includes(':journal:'))") == []
    page.get_by_role("button", name="Save to my journal").click()
    page.get_by_role("button", name="Save to my journal").click()  # a second press keeps no copy
    expect(page.locator(".ex-keep-status")).to_have_text("This result is already in your journal.")

    page.clock.set_fixed_time(LATER_DAY)
    page.reload()
    scored_and_kept(page, attachment, 3)  # worry 3.8 now (reverse-keyed items count the other way)

    follow_link(page, site_url + "journal/")  # the engine keeps running
    progress = page.locator(".ex-progress")
    expect(progress).to_be_visible(timeout=90_000)
    expect(progress.locator(".ex-progress-sentence")).to_have_text(
        "You saved 2 results between 1 March 2026 and 20 April 2026. From the first to the latest: "
        "Worry about closeness went from 4.5 to 3.8 (down 0.7). Discomfort with closeness was 3.4 both "
        "times. Scores rise and fall with what is going on in your life, such as a hard week or a calm "
        "one. Small changes either way are ordinary, and no score says how you are doing as a person.")
    rows = progress.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).locator("th, td")).to_have_text(["1 March 2026", "4.5", "3.4", "0"])
    expect(rows.nth(1).locator("th, td")).to_have_text(["20 April 2026", "3.8", "3.4", "0"])
    expect(progress.locator("thead th")).to_have_text(
        ["Date", "Worry about closeness", "Discomfort with closeness", "Questions skipped"])
    chart = progress.locator("svg.ex-progress-svg")
    expect(chart).to_have_attribute("role", "img")
    expect(chart.locator("polyline")).to_have_count(2)
    expect(chart.locator("circle.ex-progress-mark")).to_have_count(2)  # worry: circles
    expect(chart.locator("rect.ex-progress-mark")).to_have_count(2)  # discomfort: squares
    expect(progress.locator(".ex-progress-legend li")).to_have_text(
        ["Worry about closeness", "Discomfort with closeness"])
    # Lower worry sits lower on the chart: the line goes down from the first day to the later one.
    (_, y1), (_, y2) = [[float(n) for n in p.split(",")] for p in
                        chart.locator("polyline").first.get_attribute("points").split()]
    assert y2 > y1
    # At phone width the chart fits the screen, and the page does not scroll sideways.
    assert chart.bounding_box()["width"] <= 390
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390

    entries = page.locator(".ex-entry")
    expect(entries).to_have_count(2)
    expect(entries.get_by_role("link", name="Change")).to_have_count(0)  # a score is answered again
    entries.first.get_by_role("button", name="Open").click()
    expect(entries.first.locator(".ex-entry-text")).to_contain_text("Worry about closeness: 3.8")
    assert_no_violations(page, "journal with results over time (Material's own colours)")

    # On paper: the chart and the table, in black.
    page.emulate_media(media="print")
    expect(chart).to_be_visible()
    expect(progress.locator("table")).to_be_visible()
    assert chart.locator("polyline").first.evaluate("(l) => getComputedStyle(l).stroke") == "rgb(0, 0, 0)"
    page.emulate_media(media="screen")

    # Exported, each result is one CSV row; the JSON file brings them back after everything is deleted.
    for fmt, name in (("json", "Export (JSON, can be imported)"), ("csv", "Export as a spreadsheet (CSV)")):
        with page.expect_download() as download:
            page.get_by_role("button", name=name).click()
        download.value.save_as(tmp_path / f"journal.{fmt}")
    table = list(csv.DictReader(io.StringIO((tmp_path / "journal.csv").read_text())))
    kept = sorted((r["created"][:10], r["score_anxiety"], r["score_avoidance"], r["skipped"]) for r in table)
    assert kept == [("2026-03-01", "4.5", "3.4", "0"), ("2026-04-20", "3.8", "3.4", "0")]
    assert len(json.loads((tmp_path / "journal.json").read_text())["entries"]) == 2
    page.get_by_role("button", name="Delete everything saved on this device").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(progress).to_be_hidden()
    page.set_input_files(".ex-import-file", str(tmp_path / "journal.json"))
    expect(page.locator(".ex-journal .ex-status")).to_have_text("Imported 2 entries.")
    expect(rows).to_have_count(2)
    expect(progress.locator(".ex-progress-sentence")).to_contain_text("went from 4.5 to 3.8 (down 0.7)")


def kept_result(day: str, worry: float) -> dict:
    data = {"questionnaire": "attachment", "low": 1, "high": 7, "skipped": 1,
            "scores": [{"id": "anxiety", "name": "Worry about closeness", "value": worry},
                       {"id": "avoidance", "name": "Discomfort with closeness", "value": 3.25}]}
    return {"id": f"result-{day}", "kind": "questionnaire", "title": "How I feel in close relationships",
            "page": "/questionnaire/", "created": day, "updated": day, "data": data}


def test_results_over_time_read_well_in_this_sites_light_and_dark_colours(
        page: Page, our_site_url: str) -> None:
    # Set-up, not a reader's step: two results saved on this device earlier.
    for entry in (kept_result("2026-03-01T12:00:00.000Z", 5.5),
                  kept_result("2026-04-20T12:00:00.000Z", 4.75)):
        page.add_init_script(f"localStorage.setItem({json.dumps(ENTRY + entry['id'])}, "
                             f"{json.dumps(json.dumps(entry))})")
    page.emulate_media(color_scheme="light")
    # A reader whose browser asks to save data: nothing is fetched until they ask.
    page.add_init_script(SAVE_DATA)
    page.goto(our_site_url + "journal/")
    progress = page.locator(".ex-progress")
    expect(progress).to_contain_text("How your saved results changed is shown here once the exercise "
                                     "tool is ready.")
    assert page.evaluate(f"() => {ENGINE_STATE}") in (None, "idle")  # nothing fetched yet
    progress.get_by_role("button", name="Show how my results changed").click()
    expect(progress.locator(".ex-progress-sentence")).to_contain_text(
        "Worry about closeness went from 5.5 to 4.8 (down 0.7)", timeout=90_000)
    expect(progress.locator(".ex-progress-waiting")).to_be_hidden()
    assert_no_violations(page, "journal with results over time (light)")
    page.evaluate("() => { document.body.dataset.mdColorScheme = 'slate'; }")  # as the dark setting does
    page.wait_for_function("() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)'")
    assert_no_violations(page, "journal with results over time (dark)")
