"""My steady plan (on the journey page): filled, checked, printed on one sheet, saved, exported,
imported and opened again; its help list comes from the site's settings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from kit.axe import assert_no_violations
from kit.reader import follow_link
from kit.site import ROOT
from playwright.sync_api import Page, expect

UID = "#ex-steady-plan"
PLAN = f"section[data-exercise-id='{UID[1:]}']"
PRACTICES = ["Slow breathing: in for 4, out for 6", "A thought record", "Waiting with the urge"]


def settings() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # !ENV stays text


def tick(page: Page, label: str) -> None:
    page.locator(PLAN).locator("label.ex-option", has_text=label).click()


def test_the_plan_fills_prints_on_one_sheet_and_comes_back_from_the_journal(
        page: Page, our_site_url: str, tmp_path: Path) -> None:
    page.goto(our_site_url + "journey/")
    plan = page.locator(PLAN)
    # The help it lists is the site's own, from its settings, with one-tap links.
    extra = settings()["extra"]
    for n, concern in enumerate(("crisis", "relationship_safety")):
        listed = plan.locator(".ex-help-concern").nth(n).locator("ul > li")
        expect(listed).to_have_count(len(extra[concern]["resources"]))
        for service in extra[concern]["resources"]:
            link = listed.filter(has_text=service["name"]).get_by_role("link", name=service["action"])
            expect(link).to_have_attribute("href", service["href"])
    get_help = plan.get_by_role("link", name="Get help now")
    expect(get_help).to_have_attribute("href", re.compile(r"/get-help/$"))
    # Each practice links to the lesson that explains it.
    expect(plan.locator(".ex-option-row", has_text="A thought record").get_by_role("link")).to_have_attribute(
        "href", re.compile(r"/steps/4-challenging-thoughts/#how-to-practice$"))
    expect(plan.locator(".ex-option-row", has_text="Waiting with the urge").get_by_role("link")).to_have_text(
        "Step 5: Cultivating inner peace")

    page.fill(f"{UID}-signs", "I check my phone every few minutes.")
    page.fill(f"{UID}-stirs", "A slow reply after a hard day.")
    for label in [*PRACTICES, "Making time for me"]:
        tick(page, label)
    page.fill(f"{UID}-people-0-name", "Sam")
    page.fill(f"{UID}-people-0-how", "Call after six")
    page.fill(f"{UID}-worse", "Tell Sam, then book a visit with my doctor.")
    plan.get_by_role("button", name="I am done").click()
    error = plan.locator("[data-error-for='practices']")
    expect(error).to_have_text("Choose up to 3: untick the ones that help you least.", timeout=90_000)
    assert_no_violations(page, "steady plan, with too many practices ticked")
    tick(page, "Making time for me")
    plan.get_by_role("button", name="I am done").click()
    expect(plan.locator(".ex-result")).to_be_visible()
    expect(error).to_be_hidden()

    # Print prints the plan alone, and it fits one sheet of A4 or Letter.
    page.evaluate("() => { window.print = () => { window.__printing = [document.documentElement.className,"
                  " document.querySelector('.ex-print-target')?.dataset.exerciseId]; }; }")
    plan.get_by_role("button", name="Print").click()
    classes, target = page.evaluate("window.__printing")
    assert "ex-printing-one" in classes and target == "ex-steady-plan"
    # The button takes its print classes away in a task of its own: wait for that before setting them.
    page.wait_for_function("() => !document.documentElement.classList.contains('ex-printing-one')")
    page.evaluate("(s) => { document.documentElement.classList.add('ex-printing-one');"
                  " document.querySelector(s).classList.add('ex-print-target'); }", PLAN)
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, prefer_css_page_size=True)
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, f"the plan takes more than one {paper} sheet"
    page.evaluate("(s) => { document.documentElement.classList.remove('ex-printing-one');"
                  " document.querySelector(s).classList.remove('ex-print-target'); }", PLAN)
    # On paper the typed words and the help numbers are there; the buttons are not.
    page.emulate_media(media="print")
    expect(page.locator(f"{UID}-worse")).to_have_value("Tell Sam, then book a visit with my doctor.")
    expect(plan.locator(".ex-help-services")).to_be_visible()
    expect(plan.get_by_role("button", name="Save on this device")).to_be_hidden()
    page.emulate_media(media="screen")

    plan.get_by_role("button", name="Save on this device").click()
    expect(plan.locator(".ex-status")).to_contain_text("Saved on this device")
    follow_link(page, our_site_url + "journal/")
    entry = page.locator(".ex-entry")
    expect(entry.locator(".ex-entry-meta")).to_contain_text("My steady plan")
    entry.get_by_role("button", name="Open").click()
    text = entry.locator(".ex-entry-text")
    expect(text).to_contain_text("I check my phone every few minutes.", timeout=90_000)
    expect(text.locator("li").filter(has_text="Slow breathing")).to_have_count(1)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export (JSON, can be imported)").click()
    download.value.save_as(tmp_path / "journal.json")
    [saved] = json.loads((tmp_path / "journal.json").read_text())["entries"]
    practices = next(a for a in saved["data"]["answers"] if a["id"] == "practices")
    assert practices["value"] == PRACTICES
    page.get_by_role("button", name="Delete everything saved on this device").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(entry).to_have_count(0)
    page.set_input_files(".ex-import-file", str(tmp_path / "journal.json"))
    expect(page.locator(".ex-journal .ex-status")).to_have_text("Imported 1 entry.")
    entry.get_by_role("link", name="Change").click()
    expect(page.locator(f"{UID}-people-0-how")).to_have_value("Call after six")
    boxes = page.locator(PLAN).locator(f"input[name='{UID[1:]}-practices']")
    expect(boxes).to_have_count(8)
    for n in range(8):
        expect(boxes.nth(n)).to_be_checked(checked=boxes.nth(n).get_attribute("value") in PRACTICES)
