"""This site's Spanish edition (/es/, built with the English site in one build) as a Spanish-speaking
reader meets it: every page clean and accessible, the questionnaire scored, a thought record saved and
found in the one journal both languages share, the language selector, "Salir rápido" and the offer
of help raised by Spanish words.

Words the package shows come from its Spanish catalog (kit/edition.py `said`: the English while a
message has no translation yet), so these tests hold before and after the catalog is complete.
Python is started only where a test needs its answer (the questionnaire, the thought record, the
offer of help): the crawl sees each page with the engine held back, and the walk through the
exercises watches what the engine asks for in Spanish.
"""

from __future__ import annotations

import re

import pytest
import yaml
from kit.crawl import crawl
from kit.edition import DOCS, DRAFTS, ENTRY, LANG, SAVED, said
from kit.pages import EDITION_PAGES, LEAVE
from kit.reader import answer_all, follow_link, wait_for_engine
from kit.watch import Watch, origin_of
from playwright.sync_api import Browser, Page, expect

from exercises.core import safety

STEP_4 = "es/steps/4-challenging-thoughts/"
UID = "#ex-thought-record"
SITUATION = "El viernes en la noche no contestó mi mensaje en cinco horas."
ITEMS = yaml.safe_load((DOCS / "_exercises" / f"attachment.{LANG}.yml").read_text())["items"]


# The phrase table each boot of the page's engine was given (null: the page reads English's, in the
# core's wheel), seen in the boot message the page sends its worker.
BOOT_TABLES = """
window.__bootTables = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message?.type === "boot") window.__bootTables.push(message.table);
  return post.call(this, message, ...rest);
};
"""
SPANISH_TABLE = re.compile(r"/assets/exercises/core-[0-9a-f]{12}/phrases-es-[0-9a-f]{12}\.zip$")


def answers(worry: int, ease: int) -> dict[str, int]:
    """A point for each statement: WORRY for the worry statements, EASE for the others."""
    return {item["id"]: worry if item["subscale"] == "anxiety" else ease for item in ITEMS}


def test_every_spanish_page_is_clean_accessible_and_stays_on_this_origin(browser: Browser,
                                                                         our_site_url: str) -> None:
    pages = [path.removeprefix(f"{LANG}/") for path in EDITION_PAGES[LANG]]
    assert len(pages) >= 20 and LEAVE in pages
    crawl(browser, our_site_url + f"{LANG}/", pages, LANG, "ltr")


def fill_record(page: Page) -> None:
    page.fill(f"{UID}-situation", SITUATION)
    page.fill(f"{UID}-emotions-0-name", "preocupación")
    page.fill(f"{UID}-emotions-0-before", "85")
    page.fill(f"{UID}-thoughts-0-text", "Está perdiendo el interés. Me va a dejar.")
    page.check("input[name='ex-thought-record-hot'][value='0']")
    page.fill(f"{UID}-belief_before", "80")
    page.fill(f"{UID}-evidence_for", "Estuvo callado en la cena.")
    page.fill(f"{UID}-evidence_against", "Me contó del evento del trabajo.")
    page.fill(f"{UID}-balanced", "Hoy está ocupado; una respuesta lenta no es el final.")
    page.fill(f"{UID}-belief_after", "40")
    page.fill(f"{UID}-emotions-0-after", "40")


def test_the_questionnaire_and_the_thought_record_in_spanish_land_in_the_one_journal_of_both_languages(
        page: Page, our_site_url: str) -> None:
    # Everything the pages, the engine and its worker ask for on the way is watched (the crawl above
    # holds the engine back): no error, no answer with an error status, nothing from elsewhere. (A
    # start that a page's load cuts short aborts requests, as for a reader: those are not failures.)
    watch = Watch(page.context, origin_of(our_site_url))
    # The Spanish questionnaire, taken to its result: scores written with a decimal comma, no label.
    page.context.add_init_script(BOOT_TABLES)
    page.goto(our_site_url + "es/questionnaire/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("article")).to_contain_text("no es un diagnóstico")
    answer_all(page, answers(5, 3))
    submit = page.get_by_role("button", name=said("questionnaire.submit"))
    submit.click()
    result = page.locator(".ex-result")
    expect(result).to_be_visible(timeout=90_000)
    scores = result.locator(".ex-score-value").all_inner_texts()
    assert len(scores) == 2 and all(re.fullmatch(r"\d,\d", s) for s in scores), scores
    # The reading is the Spanish definition's, and a more-worry reading points to the safety page.
    expect(result).to_contain_text("no es un estilo de apego")
    expect(result.locator("a[href$='relationship-safety/']").first).to_be_attached()
    # Its engine got the Spanish phrase table, to unpack beside the core.
    [table] = page.evaluate("window.__bootTables")
    assert SPANISH_TABLE.search(table), table
    result.get_by_role("button", name=said("questionnaire.save_result")).click()
    expect(result.locator(".ex-keep-status")).not_to_be_empty()
    page.wait_for_function(f"() => {SAVED}.length === 1")

    # A thought record written and saved in Spanish, a link away: the engine keeps running.
    follow_link(page, our_site_url + STEP_4)
    fill_record(page)
    page.locator(f"{UID}-form").get_by_role("button", name=said("thought_record.submit")).click()
    summary = page.locator(".ex-thought-record .ex-result")
    expect(summary).to_be_visible(timeout=90_000)
    expect(summary).to_contain_text("preocupación")
    page.locator(".ex-thought-record").get_by_role("button", name=said("actions.save")).click()
    page.wait_for_function(f"() => {SAVED}.length === 2")

    # One journal: the Spanish and the English journal pages list both, in the words they were
    # written in (the site id is shared; each entry keeps its language). The Spanish one is a link
    # away; the English one opens as a page of its own, as the language selector opens it.
    def lists_both() -> None:
        expect(page.locator(".ex-entry")).to_have_count(2, timeout=90_000)
        expect(page.locator(".ex-entry-title", has_text=SITUATION)).to_have_count(1)

    follow_link(page, our_site_url + "es/journal/")
    lists_both()
    page.goto(our_site_url + "journal/")
    lists_both()

    # And the other way round: a result saved on the English page is in the Spanish journal.
    follow_link(page, our_site_url + "questionnaire/")
    answer_all(page, answers(2, 2))
    page.get_by_role("button", name="See my scores").click()
    english = page.locator(".ex-result")
    expect(english).to_be_visible(timeout=90_000)
    # The English journal's start, kept for the questionnaire: English's table is in the wheel, none apart.
    assert page.evaluate("window.__bootTables") == [None]
    english.get_by_role("button", name="Save to my journal").click()
    page.wait_for_function(f"() => {SAVED}.length === 3")
    page.goto(our_site_url + "es/journal/")
    expect(page.locator(".ex-entry")).to_have_count(3, timeout=90_000)
    assert all(key.startswith(ENTRY) for key in page.evaluate(SAVED))
    assert watch.elsewhere() + watch.error_responses + watch.errors == []
    assert any(u.endswith("/pyodide.asm.wasm") for u in watch.requests), "Python's start was not watched"


def test_the_language_selector_opens_the_same_page_in_the_other_language_as_a_new_page(
        held_page: Page, our_site_url: str) -> None:
    page = held_page  # the selector and the page's words need no Python
    for start, lang, other, target in (("es/understanding/", "es", "en", "understanding/"),
                                       ("steps/2-grounding/", "en", "es", "es/steps/2-grounding/"),
                                       ("es/", "es", "en", "")):
        page.goto(our_site_url + start, wait_until="networkidle")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        page.evaluate("() => { window.__sameDocument = true; }")
        page.locator(".md-header__option .md-select").hover()
        page.locator(f".md-select__link[hreflang={other}]").click()
        page.wait_for_url(our_site_url + target)
        page.wait_for_load_state("networkidle")
        # A new page load (not swapped in by instant navigation): its modules speak its language.
        assert page.evaluate("() => window.__sameDocument === undefined"), start
        expect(page.locator("html")).to_have_attribute("lang", other)


@pytest.mark.parametrize("how", ["button", "escape"])
def test_salir_rapido_clears_the_form_and_opens_the_plain_page_in_spanish(
        held_page: Page, our_site_url: str, how: str) -> None:
    # Written for the words the issue names; the Spanish catalog shows them (leave.button). Leaving
    # needs no Python: typing starts it, and it stays on its way.
    page = held_page
    page.goto(our_site_url + "es/")
    page.goto(our_site_url + STEP_4)
    page.fill(f"{UID}-situation", "Privado: lo que me dijo el viernes.")
    page.wait_for_function(f"() => {DRAFTS}.length === 1")
    button = page.get_by_role("button", name="Salir rápido", exact=True)
    expect(button).to_be_visible()
    if how == "button":
        button.click()
    else:
        page.locator(f"{UID}-evidence_for").click()
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
    # The plain page of this site, in the reader's language, with nothing typed kept anywhere.
    expect(page).to_have_url(our_site_url + f"es/{LEAVE}")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert page.evaluate(DRAFTS) == []
    page.go_back()
    expect(page).to_have_url(our_site_url + "es/")


@pytest.mark.skipif(not safety.has_table(LANG), reason=(
    "waits for the Spanish phrase table of the on-device safety check (branch safety-es, issue 27 "
    "item 4): without it Spanish words are read with the English table"))
def test_a_spanish_sentence_about_wanting_to_die_raises_the_offer_of_spanish_help(
        page: Page, our_site_url: str) -> None:
    # Python restored from the start-up copy made on the English home page (tests/kit/warm.py): the
    # Spanish table, unpacked on this boot beside the core, must be found all the same.
    page.goto(our_site_url + STEP_4)
    page.locator(".ex-thought-record").scroll_into_view_if_needed()  # the engine starts when it is near
    wait_for_engine(page)
    page.fill(f"{UID}-evidence_for", "Algunas noches quiero morirme.")
    banner = page.locator(".ex-thought-record .ex-crisis")
    expect(banner).to_be_visible(timeout=10_000)
    help_link = banner.get_by_role("link", name=said("offer.crisis.link"))
    assert help_link.evaluate("a => a.href") == our_site_url + "es/get-help/"
    # The first Spanish crisis service's button, from mkdocs.yml's Spanish extra.crisis.
    expect(banner.locator("a[href='tel:988']")).to_be_visible()
    # The reader's words are kept: the offer never blocks.
    expect(page.locator(f"{UID}-evidence_for")).to_have_value("Algunas noches quiero morirme.")


def test_a_spanish_page_whose_phrase_table_does_not_arrive_says_so_in_words_and_keeps_the_answers(
        page: Page, our_site_url: str) -> None:
    # The table is part of the engine, as the core's wheel is: without it the engine does not start
    # (it could not read Spanish words for the offer of help), and the reader is told in words.
    page.route("**/phrases-*.zip", lambda route: route.fulfill(status=404, body="<h1>Not found</h1>"))
    page.goto(our_site_url + "es/questionnaire/")
    chosen = answers(5, 3)
    answer_all(page, chosen)
    wait_for_engine(page, "failed", timeout=60_000)
    page.get_by_role("button", name=said("questionnaire.submit")).click()  # starts the engine once more
    status = page.locator(".ex-status")
    expect(status).to_contain_text(said("engine.download_failed"), timeout=60_000)
    assert not re.search(r"404|\.zip|phrases|http", status.inner_text()), status.inner_text()
    for item_id, point in chosen.items():
        expect(page.locator(f"input[name='ex-attachment-{item_id}'][value='{point}']")).to_be_checked()
    # Once the file can be had, the next try starts the engine and the result comes.
    page.unroute("**/phrases-*.zip")
    page.get_by_role("button", name=said("questionnaire.submit")).click()
    expect(page.locator(".ex-result")).to_be_visible(timeout=90_000)
