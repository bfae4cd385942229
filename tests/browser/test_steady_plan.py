"""My steady plan (on the journey page): filled, checked, printed on one sheet, saved, exported,
imported and opened again; its help list comes from the site's settings; a caution before printing
or saving lets a reader whose papers or phone are checked leave the help numbers and the people
they listed out of the copy, with or without JavaScript, and in the journal too."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from kit.axe import assert_no_violations
from kit.reader import follow_link
from kit.site import ROOT
from playwright.sync_api import Browser, Page, expect

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
    _print_dialog_closed(page)
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
    # Printing a plan that lists people asks first, beside its Print button, what to leave out.
    page.evaluate("() => { window.print = () => {"
                  " window.__printed = document.querySelector('.ex-print-area').textContent; }; }")
    print_entry = entry.get_by_role("button", name="Print")
    asked = page.get_by_role("group", name=re.compile(r"^What you are printing lists people who help you"))
    for choice, held in (("Print without the people listed", False), ("Print all of it", True)):
        page.evaluate("() => { delete window.__printed; }")
        print_entry.click()
        expect(asked.get_by_role("button", name="Print without the people listed")).to_be_focused()
        asked.get_by_role("button", name=choice).click()
        printed = page.wait_for_function("() => window.__printed").json_value()
        assert ("Call after six" in printed) is held and ("Person 1" in printed) is held, choice
        assert "I check my phone every few minutes." in printed
        expect(asked).to_be_hidden()
        expect(print_entry).to_be_focused()
    page.evaluate("() => { delete window.__printed; }")
    print_entry.click()
    expect(asked).to_be_visible()
    page.keyboard.press("Escape")  # nothing is printed
    expect(asked).to_be_hidden()
    assert page.evaluate("() => window.__printed === undefined")
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


def _print_dialog_closed(page: Page) -> None:
    """Wait until the Print button has put the page back (a timer after the dialog, which a busy
    browser may run after the test's next step)."""
    page.wait_for_function("() => !document.documentElement.classList.contains('ex-printing-one')")


def _printed(page: Page) -> None:
    """The page as the plan's Print button prints it (its print styles, the plan alone)."""
    page.evaluate("(s) => { document.documentElement.classList.add('ex-printing-one');"
                  " document.querySelector(s).classList.add('ex-print-target'); }", PLAN)
    page.emulate_media(media="print")


def _on_paper(page: Page, *, people: bool) -> None:
    plan = page.locator(PLAN)
    for part in (plan.locator(".ex-help-services"), plan.locator("#ex-steady-plan-people-0-name"),
                 plan.locator(".ex-step", has_text="People I can reach")):
        if people:
            expect(part).to_be_visible()
        else:
            expect(part).to_be_hidden()
    expect(plan.locator("[data-copy-caution]")).to_be_hidden()  # the caution is never on paper
    expect(plan.locator("#ex-steady-plan-worse")).to_be_visible()
    expect(plan.locator(".ex-step", has_text="Early signs")).to_be_visible()


def test_the_caution_before_printing_leaves_the_help_numbers_and_people_out_by_keyboard_and_without_script(
        browser: Browser, our_site_url: str) -> None:
    # No Python is needed here: the engine's worker is refused, so nothing boots.
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.route("**/assets/exercises/engine-worker.js", lambda route: route.abort())
    page.goto(our_site_url + "journey/")
    expect(page.locator(PLAN)).to_have_attribute("data-ready", "true")  # its script has bound the form
    page.fill(f"{UID}-people-0-name", "Sam")
    page.fill(f"{UID}-people-0-how", "07700 900123")
    caution = page.locator(PLAN).get_by_role("group", name="Before you print or save")
    expect(caution).to_contain_text("If someone checks your papers or your phone, a copy could put you "
                                    "at risk.")
    # Read before the buttons: the caution comes just above Print in the page's order.
    assert page.evaluate("""() => {
        const caution = document.querySelector('[data-copy-caution]');
        const print = document.querySelector('#ex-steady-plan-form .ex-print');
        return Boolean(caution.compareDocumentPosition(print) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    choice = caution.get_by_role("checkbox", name="Leave the help numbers and the people I listed out of "
                                 "copies I print or download")
    choice.focus()
    page.keyboard.press("Space")
    expect(choice).to_be_checked()
    expect(caution.get_by_role("status")).to_have_text(
        "Copies you print or download will leave out the help numbers and the people you listed.")
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.locator(PLAN).get_by_role("button", name="Print").click()
    assert page.evaluate("window.__printed")
    expect(page.locator(PLAN).locator(".ex-status")).to_contain_text(
        "Printing without the help numbers and the people you listed.")
    _print_dialog_closed(page)
    _printed(page)
    _on_paper(page, people=False)
    page.emulate_media(media="screen")
    choice.focus()
    page.keyboard.press("Space")  # changed back: the copy holds them again
    expect(caution.get_by_role("status")).to_have_text(
        "Copies you print or download will include the help numbers and the people you listed.")
    page.emulate_media(media="print")
    _on_paper(page, people=True)
    context.close()

    # Without JavaScript the plan prints as a worksheet, and the tick box still works on paper.
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(our_site_url + "journey/")
    page.locator(PLAN).get_by_role("checkbox", name="Leave the help numbers and the people I listed").check()
    page.emulate_media(media="print")
    _on_paper(page, people=False)
    expect(page.locator(PLAN).locator(".ex-help-services")).to_be_hidden()
    context.close()
