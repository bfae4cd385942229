"""A reader answers the attachment questionnaire and gets scores computed in their browser."""

from __future__ import annotations

import re

import pytest
from kit.reader import answer_all, wait_for_engine
from playwright.sync_api import Page, Request, expect


def pattern(attachment: dict) -> dict[str, int]:
    # Every worry item answered 6, every discomfort item answered 2.
    return {item["id"]: 6 if item["subscale"] == "anxiety" else 2 for item in attachment["items"]}


def test_reader_gets_scores_that_match_a_hand_computation(reused_page: Page, site_url: str,
                                                          attachment: dict) -> None:
    page = reused_page  # saves nothing, routes nothing: no fresh context needed
    # The hand computation below assumes 16 worry items (6 reverse-keyed) and 14 discomfort
    # items (5 reverse-keyed).
    for sub, count, reverse in (("anxiety", 16, 6), ("avoidance", 14, 5)):
        ids = [i["id"] for i in attachment["items"] if i["subscale"] == sub]
        assert len(ids) == count and len(set(ids) & set(attachment["reverse_keyed"])) == reverse
    # Worry: 10 x 6 + 6 x (8 - 6) = 72; 72 / 16 = 4.5.
    # Discomfort: 9 x 2 + 5 x (8 - 2) = 48; 48 / 14 = 3.429 -> 3.4.
    page.goto(site_url + "questionnaire/")
    answer_all(page, pattern(attachment))
    page.get_by_role("button", name="See my scores").click()
    result = page.locator(".ex-result")
    expect(result).to_be_visible(timeout=90_000)
    expect(result.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.5")
    expect(result.locator("dd[data-subscale=avoidance] .ex-score-value")).to_have_text("3.4")
    expect(result).to_contain_text("The middle of the scale is 4.")
    expect(result.locator(".ex-plot-alt")).to_contain_text(
        "worry about closeness 4.5 up")
    # Worry 4.5 is at the top of the near-middle band, but discomfort 3.43 is below that band and
    # below the midpoint, so the reading is the first region that holds both scores.
    reading = result.locator(".ex-region:visible")
    expect(reading).to_have_count(1)
    expect(reading).to_have_attribute("data-region", "more-worry-more-ease")
    expect(reading.get_by_role("link").first).to_be_visible()
    # The mark sits left of center (discomfort below 4) and above it (worry above 4).
    mark = page.locator(".ex-plot-mark")
    cx, cy = float(mark.get_attribute("cx")), float(mark.get_attribute("cy"))
    assert cx == round(36 + (48 / 14 - 1) / 6 * 248, 6) or abs(cx - (36 + (48 / 14 - 1) / 6 * 248)) < 1e-6
    assert abs(cy - (284 - (72 / 16 - 1) / 6 * 248)) < 1e-6
    expect(page.locator(".ex-status")).to_contain_text("Worry about closeness: 4.5")
    # No labels, no percentiles.
    text = result.inner_text().lower()
    for word in ("percentile", "preoccupied", "dismissive", "fearful", "%"):
        assert word not in text


def test_unanswered_items_are_named_and_answers_kept(reused_page: Page, site_url: str,
                                                     attachment: dict) -> None:
    page = reused_page  # saves nothing, routes nothing: no fresh context needed
    page.goto(site_url + "questionnaire/")
    answers = pattern(attachment)
    first_five = dict(list(answers.items())[:5])
    answer_all(page, first_five)
    page.get_by_role("button", name="See my scores").click()
    summary = page.locator(".ex-error-summary")
    expect(summary).to_be_visible(timeout=90_000)
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("25 questions still have no answer")
    expect(summary.locator("li")).to_have_count(25)
    expect(summary.locator("li").first).to_contain_text("Question 6:")
    sixth = page.locator("fieldset[data-item]").nth(5)
    expect(sixth.locator(".ex-field-error")).to_have_text("Please choose an answer for this question.")
    expect(sixth).to_have_attribute("aria-describedby", re.compile("-error$"))
    for item_id, point in first_five.items():
        expect(page.locator(f"input[name='ex-attachment-{item_id}'][value='{point}']")).to_be_checked()
    # Following a link in the summary moves to that question; answering clears its message.
    summary.locator("li a").first.click()
    expect(sixth.locator("input").first).to_be_focused()
    sixth.locator("label:has(input[value='3'])").click()
    expect(sixth.locator(".ex-field-error")).to_be_hidden()
    # Two skips per subscale are allowed: the result says so.
    rest = dict(list(answers.items())[5:])
    rest.pop("anx14")
    answer_all(page, rest)
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-result")).to_be_visible()
    expect(page.locator(".ex-result-note")).to_have_text(
        "You skipped 1 question; each score uses the questions you answered.")


def test_form_takes_answers_before_the_engine_is_ready_and_submit_waits(
        page: Page, site_url: str, attachment: dict) -> None:
    held: list = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(site_url + "questionnaire/")
    answer_all(page, pattern(attachment))
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator(".ex-status")).to_contain_text("as soon as the scoring tool is ready")
    expect(page.locator(".ex-result")).to_be_hidden()
    assert held, "the engine download should have started"
    for route in held:
        route.continue_()
    expect(page.locator(".ex-result")).to_be_visible(timeout=90_000)
    expect(page.locator("dd[data-subscale=anxiety] .ex-score-value")).to_have_text("4.5")


def test_engine_that_cannot_load_says_so_and_retry_works(page: Page, site_url: str,
                                                         attachment: dict) -> None:
    page.route("**/pyodide.mjs", lambda route: route.abort())
    page.goto(site_url + "questionnaire/")
    answer_all(page, {"anx01": 5})
    wait_for_engine(page, "failed")
    status = page.locator(".ex-status")
    expect(status).to_contain_text("could not load. Your answers are still here.")
    retry = status.get_by_role("button", name="Try again")
    expect(retry).to_be_visible()
    expect(page.locator("input[name='ex-attachment-anx01'][value='5']")).to_be_checked()
    page.unroute("**/pyodide.mjs")
    retry.click()
    wait_for_engine(page)
    expect(retry).to_be_hidden()
    expect(status).to_contain_text("Ready.")


def test_one_engine_survives_instant_navigation(page: Page, site_url: str, attachment: dict) -> None:
    wasm: list[str] = []
    page.on("request", lambda r: wasm.append(r.url) if r.url.endswith(".wasm") else None)
    page.goto(site_url)
    page.evaluate("window.__sameDocument = true")
    page.locator("nav.md-nav--primary").get_by_role("link", name="Reflect on how you relate").first \
        .dispatch_event("click")
    expect(page).to_have_url(re.compile(r"/questionnaire/$"))
    wait_for_engine(page)
    # Away and back again, still without a reload.
    page.locator("nav.md-nav--primary").get_by_role("link", name="Healing is a journey").first \
        .dispatch_event("click")
    expect(page).to_have_url(re.compile(r"/journey/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/questionnaire/$"))
    expect(page.locator("section[data-exercise][data-ready=true]")).to_have_count(1)
    assert page.evaluate("window.__sameDocument") is True, "navigation reloaded the page"
    answer_all(page, pattern(attachment))
    page.get_by_role("button", name="See my scores").click()
    expect(page.locator("dd[data-subscale=avoidance] .ex-score-value")).to_have_text("3.4")
    assert len(wasm) == 1, f"Pyodide booted {len(wasm)} times"


@pytest.mark.cold_engine  # lessons without an exercise: no start-up copy of Python is needed
def test_a_lesson_page_downloads_no_pyodide_byte(page: Page, site_url: str) -> None:
    requested: list[Request] = []
    page.on("request", lambda r: requested.append(r))
    for path in ("", "understanding/", "journey/"):  # lessons without an exercise
        page.goto(site_url + path, wait_until="networkidle")
        page.mouse.click(10, 400)  # an interaction, which starts the engine on exercise pages
        page.wait_for_timeout(600)
    urls = [r.url for r in requested]
    assert not [u for u in urls if "/pyodide/" in u or u.endswith((".whl", "engine.js", "engine-worker.js"))]
    assert any(u.endswith("runtime.js") for u in urls)
