"""The generator's test site in Arabic (right to left, its catalog not yet written), in German, in French,
and in Spanish beside English (mkdocs-static-i18n), as readers of those languages meet it
(tests/kit/languages.py).

Every page of each is opened in one browser context, the engine held back: nothing fails, nothing
leaves the origin, axe finds nothing. Python is started only where a test needs its answer: the
Spanish questionnaire (its words come from the core, in the page's language) and the Arabic
journal's chart of results (and each exercise kind in each language, test_languages_kinds.py).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kit.axe import assert_no_violations
from kit.crawl import built_pages, crawl
from kit.reader import SAVE_DATA, answer_all, follow_link, wait_for_engine
from kit.storage import save_entry, saved_entries
from playwright.sync_api import Browser, Page, expect

from exercises.i18n import catalogs


def spanish(key: str) -> str | tuple[str, ...]:
    """The package's Spanish for KEY, as the build gives it to the page (never its English)."""
    result = catalogs.site_messages("es")
    words = result.words.get(key)
    assert words and words != result.sources[key].english, f"'{key}' has no Spanish in the catalog"
    return words


def test_every_arabic_page_is_right_to_left_clean_and_accessible(
        browser: Browser, arabic_site_url: str, arabic_built_site: Path) -> None:
    crawl(browser, arabic_site_url, built_pages(arabic_built_site), "ar", "rtl")


def test_every_german_page_is_clean_and_accessible(
        browser: Browser, german_site_url: str, german_built_site: Path) -> None:
    crawl(browser, german_site_url, built_pages(german_built_site), "de", "ltr")


def test_every_french_page_is_clean_and_accessible(
        browser: Browser, french_site_url: str, french_built_site: Path) -> None:
    crawl(browser, french_site_url, built_pages(french_built_site), "fr", "ltr")


def test_every_spanish_page_is_clean_and_accessible(
        browser: Browser, bilingual_site_url: str, bilingual_built_site: Path) -> None:
    pages = built_pages(bilingual_built_site / "es")
    assert "" in pages and "questionnaire/" in pages  # the Spanish home, and pages that fall back
    crawl(browser, bilingual_site_url + "es/", pages, "es", "ltr")


def test_the_spanish_questionnaire_speaks_spanish_down_to_the_cores_words_and_shares_one_journal(
        page: Page, bilingual_site_url: str, attachment: dict) -> None:
    page.goto(bilingual_site_url + "es/")
    # The help bar and the form, from the package's Spanish catalog at build time.
    expect(page.locator(".crisis-bar__lead")).to_have_text(spanish("help_bar.lead"))
    # Leave quickly, from the catalog on every page (leave.js reads its words from the help bar); the
    # note under the exercise's title names the button by its Spanish words.
    expect(page.get_by_role("button", name="Salir rápido")).to_be_visible()
    expect(page.locator(".ex-leave-note").first).to_contain_text("\u201cSalir rápido\u201d")
    submit = page.get_by_role("button", name=spanish("questionnaire.submit"))
    expect(submit).to_be_visible()
    # The core answers in Spanish: its words come from the catalog the page sent to the worker.
    submit.click()
    wait_for_engine(page)
    count = len(attachment["items"])
    unanswered = spanish("questionnaire.unanswered")[1].split("{allowance}")[0].replace("{count}", str(count))
    expect(page.locator(".ex-error-title")).to_contain_text(unanswered, timeout=90_000)
    answer_all(page, {item["id"]: 5 if item["subscale"] == "anxiety" else 3 for item in attachment["items"]})
    submit.click()
    result = page.locator(".ex-result")
    expect(result).to_be_visible()
    scores = result.locator(".ex-score-value")
    # Scores written as Spanish writes numbers (a decimal comma) by the core.
    assert all(re.fullmatch(r"\d,\d", text) for text in scores.all_inner_texts()), scores.all_inner_texts()
    result.get_by_role("button", name=spanish("questionnaire.save_result")).click()
    expect(result.locator(".ex-keep-status")).not_to_be_empty()
    assert len(saved_entries(page)) == 1
    # One journal for both languages: the English journal page lists the entry saved in Spanish.
    page.goto(bilingual_site_url + "journal/")
    expect(page.locator(".ex-entry")).to_have_count(1, timeout=90_000)
    # The Spanish journal page has its own definition (journal.es.yml): its words are Spanish.
    page.goto(bilingual_site_url + "es/journal/")
    expect(page.locator(".ex-journal .ex-title")).to_have_text("Guardado en este dispositivo")
    expect(page.locator(".ex-entry")).to_have_count(1, timeout=90_000)


def test_the_language_selector_opens_the_same_page_in_spanish_in_a_fresh_page(
        page: Page, bilingual_site_url: str) -> None:
    page.add_init_script(SAVE_DATA)  # the engine left unstarted: the words need no Python
    page.goto(bilingual_site_url + "questionnaire/", wait_until="networkidle")
    page.evaluate("() => { window.__sameDocument = true; }")
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link[hreflang=es]").click()
    page.wait_for_url(bilingual_site_url + "es/questionnaire/")
    # A new page (not swapped in by instant navigation): every module loads the Spanish catalog.
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => window.__sameDocument === undefined")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("button", name=spanish("questionnaire.submit"))).to_be_visible()


def saved_result(day: datetime, worry: float) -> dict:
    when = day.isoformat().replace("+00:00", "Z")
    return {"id": f"r{day:%m%d}", "kind": "questionnaire", "title": "", "page": "/questionnaire/",
            "created": when, "updated": when,
            "data": {"questionnaire": "attachment", "low": 1, "high": 7, "skipped": 0,
                     "scores": [{"id": "anxiety", "name": "Worry about closeness", "value": worry},
                                {"id": "avoidance", "name": "Discomfort with closeness", "value": 3.4}]}}


def test_in_arabic_exercises_read_right_to_left_and_the_chart_runs_from_the_right(
        page: Page, arabic_site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(arabic_site_url + "questionnaire/")
    expect(page.locator("body")).to_have_attribute("dir", "rtl")
    # The scale's first point is on the right, its last on the left, as the reader reads them.
    first, last = (page.locator("fieldset[data-item] .ex-likert-option").nth(n) for n in (0, 6))
    assert first.bounding_box()["x"] > last.bounding_box()["x"]
    # On by links, as a reader goes: one start of Python, which the journal's chart needs.
    follow_link(page, arabic_site_url + "steps/2-grounding/")
    # A bar beside a note or an offer of help stands at the start of the line: on the right.
    bars = page.evaluate("""() => ['.ex-crisis', '.ex-storage-note'].map((s) => {
      const style = getComputedStyle(document.querySelector(s));
      return [style.borderRightWidth, style.borderLeftWidth]; })""")
    assert all(right != "0px" and left == "0px" for right, left in bars), bars
    # A worksheet shown one part at a time: Next is on the left, Back on the right.
    nav = page.locator(".ex-step-nav")
    expect(nav).to_be_visible()
    page.locator(".ex-next").click()
    # Its second part, with Back beside Next (a press made before the page's script was in is held
    # and made once it is: after a link, the script comes a moment after the page).
    expect(page.locator(".ex-back")).to_be_visible()
    back, forward = page.locator(".ex-back").bounding_box(), page.locator(".ex-next").bounding_box()
    assert forward["x"] < back["x"]
    # Two results saved on different days: the chart's dates run from right (the first) to left.
    first_day = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for day, worry in ((first_day, 4.5), (first_day + timedelta(days=50), 3.8)):
        save_entry(page, saved_result(day, worry))
    follow_link(page, arabic_site_url + "journal/")
    chart = page.locator("svg.ex-progress-svg")
    expect(chart).to_be_visible(timeout=90_000)
    dates = chart.locator("text.ex-progress-label").filter(has_text=re.compile(r"[A-Za-z\u0600-\u06ff]"))
    expect(dates).to_have_count(2)
    first_label, last_label = (float(dates.nth(n).get_attribute("x")) for n in (0, 1))
    assert first_label > last_label, "the first date should be on the right"
    view = [float(v) for v in chart.get_attribute("viewBox").split()]
    for label in chart.locator("text.ex-progress-label").all():
        box, frame = label.bounding_box(), chart.bounding_box()
        assert frame["x"] - 1 <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"] + 1, (
            f"a label of the chart is cut off: {label.text_content()} (view {view})")
    line = chart.locator("polyline").first.get_attribute("points").split()
    (x1, _), (x2, _) = ([float(n) for n in point.split(",")] for point in line)
    assert x1 > x2  # the first result's point is to the right of the later one's
    assert_no_violations(page, "the Arabic journal with its chart")


def test_the_plain_leave_page_is_in_each_of_the_sites_languages(
        arabic_built_site: Path, bilingual_built_site: Path) -> None:
    for page, lang, direction in ((arabic_built_site / "tomato-soup.html", "ar", "rtl"),
                                  (bilingual_built_site / "tomato-soup.html", "en", "ltr"),
                                  (bilingual_built_site / "es" / "tomato-soup.html", "es", "ltr")):
        assert f'<html lang="{lang}" dir="{direction}">' in page.read_text(), page


def test_leave_quickly_opens_the_plain_page_in_the_readers_language(page: Page, bilingual_site_url: str
                                                                    ) -> None:
    """"Salir rápido" on a Spanish page opens the Spanish plain page (by button and by Escape twice);
    Leave quickly on an English page, the English one. Leaving is plain script: the engine is left
    unstarted."""
    page.add_init_script(SAVE_DATA)
    for start, name, plain in (("es/questionnaire/", "Salir rápido", "es/tomato-soup.html"),
                               ("questionnaire/", "Leave this page quickly", "tomato-soup.html")):
        page.goto(bilingual_site_url + start)
        page.get_by_role("button", name=name).click()
        page.wait_for_url(bilingual_site_url + plain)
        page.goto(bilingual_site_url + start)
        page.locator("body").press("Escape")
        page.locator("body").press("Escape")
        page.wait_for_url(bilingual_site_url + plain)
