"""Every exercise kind of the generator's test site taken to its result in each of its other
languages (tests/kit/languages.py): German, French, Arabic (right to left) and Spanish (beside English,
mkdocs-static-i18n), as a reader of that language would: the questionnaire scored, each worksheet
and the thought record summed up and saved, the journal listing what was saved.

In a language whose catalog is complete (exercises/i18n/languages.py), none of the package's English
is left in an exercise, the help bar or the Leave quickly button once each has said all it says: every
sentence of the English catalog (its words between placeholders) is looked for in what the reader
sees. The test site's own exercise files stay English (they are the author's words), so what they say
is not looked for.

One browser context per language, and one page: the reader follows links from one exercise to the
next (Material's instant navigation), so Python starts once, on the first exercise, and keeps running,
as for a reader moving through the site. Everything the pages, the engine and its worker ask for is
watched on the way: nothing fails, nothing is refused, nothing is fetched from another origin.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.languages import english_left, english_sentences
from kit.reader import follow_link, wait_for_engine
from kit.storage import ENTRY, saved_entries
from kit.watch import Watch, origin_of
from playwright.sync_api import Page, expect

from exercises.i18n.languages import complete_languages

# A sentence a reader of each language might write in any box (nothing in it asks for help).
WRITTEN = {"de": "Ein ruhiger Abend zu Hause.", "fr": "Une soirée calme à la maison.",
           "es": "Una tarde tranquila en casa.", "ar": "مساء هادئ في البيت."}
# A page for each kind and way of working: the questionnaire, a worksheet shown one part at a time, a
# worksheet that drafts a message from the reader's words, the thought record (and the journal after).
# (The timer and the breathing guide have tests of their own in Arabic and Spanish.)
PAGES = ["questionnaire/", "steps/1-self-compassion/", "steps/3-communicating-openly/",
         "steps/4-challenging-thoughts/"]

# Fill what the reader sees of FORM: words in every box, 40 in every rating (30 in a rating asked
# after), the first choice of every list and question; a questionnaire's every item at its 5th point.
FILL = """(form, words) => {
  const shown = (el) => el.getClientRects().length > 0;
  const changed = (el) => { el.dispatchEvent(new Event('input', {bubbles: true}));
                            el.dispatchEvent(new Event('change', {bubbles: true})); };
  for (const box of form.querySelectorAll('textarea, input[type=text], input:not([type])')) {
    if (shown(box) && !box.value) { box.value = words; changed(box); }
  }
  for (const box of form.querySelectorAll('input[type=number]')) {
    if (shown(box) && !box.value) { box.value = /after/.test(box.name) ? '30' : '40'; changed(box); }
  }
  const groups = new Map();
  for (const choice of form.querySelectorAll('input[type=radio], input[type=checkbox]')) {
    if (shown(choice.closest('label') ?? choice) && !groups.has(choice.name)) groups.set(choice.name, choice);
  }
  for (const [, choice] of groups) {
    const points = form.querySelectorAll(`input[name="${choice.name}"]`);
    const pick = choice.closest('[data-item]') ? points[Math.min(4, points.length - 1)] : choice;
    if (!pick.checked) pick.click();
  }
}"""


def take_every_kind_to_its_result(page: Page, base: str, language: str, check_english: bool) -> None:
    sentences = english_sentences(language) if check_english else []
    left: dict[str, list[str]] = {}
    watch = Watch(page.context, origin_of(base))
    page.goto(base + PAGES[0])
    for path in PAGES:
        if path != PAGES[0]:
            follow_link(page, base + path)
        for section in page.locator("section[data-exercise]").all():
            form = section.locator("form.ex-form")
            section.scroll_into_view_if_needed()
            while True:
                form.evaluate(FILL, WRITTEN[language])
                following = form.locator(".ex-next")
                if following.count() and following.is_visible():
                    following.click()
                    continue
                break
            form.locator("button[type=submit]").click()
            result = section.locator(".ex-result")
            expect(result, f"{language} {path}: no result").to_be_visible(timeout=90_000)
            assert not section.locator(".ex-field-error:visible").count(), \
                f"{language} {path}: {section.locator('.ex-field-error:visible').all_inner_texts()}"
            traps = section.locator(".ex-traps")
            if traps.count() and traps.get_attribute("data-suggests") == "false":
                # No trap was looked for in this language: nothing is said about what was found.
                expect(traps.locator(".ex-traps-empty")).to_be_hidden()
                expect(traps.locator(".ex-subtitle")).to_be_hidden()
            save = section.locator(".ex-save-result, .ex-save").first
            before = len(saved_entries(page))
            save.click()
            page.wait_for_function("([prefix, n]) => Object.keys(localStorage)"
                                   ".filter((k) => k.startsWith(prefix)).length > n", arg=[ENTRY, before])
            if sentences:
                left[path] = english_left(section.inner_text(), sentences)
    saved = len(saved_entries(page))
    follow_link(page, base + "journal/")
    wait_for_engine(page)
    expect(page.locator(".ex-entry")).to_have_count(saved, timeout=90_000)
    if sentences:
        left["journal/"] = english_left(page.locator("section[data-exercise]").first.inner_text(), sentences)
        chrome = page.locator(".crisis-bar").inner_text() + "\n" + page.locator(".ex-leave").inner_text()
        left["help bar and Leave quickly"] = english_left(chrome, sentences)
    assert not {where: found for where, found in left.items() if found}, left
    assert watch.problems(page) == []
    assert any(u.endswith("/pyodide.asm.wasm") for u in watch.requests), "Python's start was not watched"


# Each reader's browser: a fresh context (tests/browser/conftest.py) holding the engine's start-up copy
# of Python for the site in its language, as after a first visit, so Python is restored, not started
# from nothing; with reduced motion, so nothing on the way moves under the test's clicks.
pytestmark = pytest.mark.browser_context_args(reduced_motion="reduce")


def test_in_german(page: Page, german_site_url: str) -> None:
    take_every_kind_to_its_result(page, german_site_url, "de", "de" in complete_languages())


def test_in_french(page: Page, french_site_url: str) -> None:
    take_every_kind_to_its_result(page, french_site_url, "fr", "fr" in complete_languages())


def test_in_arabic_right_to_left(page: Page, arabic_site_url: str) -> None:
    take_every_kind_to_its_result(page, arabic_site_url, "ar", "ar" in complete_languages())


def test_in_spanish_beside_english(page: Page, bilingual_site_url: str) -> None:
    take_every_kind_to_its_result(page, bilingual_site_url + "es/", "es", "es" in complete_languages())


def test_the_english_left_check_finds_the_catalogs_english(built_site: Path) -> None:
    """The check above can fail: an English page holds many of the catalog's sentences."""
    html = (built_site / "steps" / "4-challenging-thoughts" / "index.html").read_text()
    assert len(english_left(html, english_sentences("de"))) >= 5
