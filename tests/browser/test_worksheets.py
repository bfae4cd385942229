"""A reader does the practice of each step lesson: fills it, gets feedback from the core, saves it only
if they choose, finds it in the journal. Guides: the breathing guide pauses and does not move under
reduced motion; the wait timer counts down from the clock. Without JavaScript every step is shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from kit.axe import assert_no_violations_light_and_dark
from kit.reader import follow_link, hold_the_clock, tab_to, wait_for_engine
from kit.storage import saved_entries
from playwright.sync_api import Browser, Page, expect

STEP1, STEP2, STEP3, STEP5 = ("steps/1-self-compassion/", "steps/2-grounding/",
                              "steps/3-communicating-openly/", "steps/5-inner-peace/")
def saved_keys(page: Page) -> list[str]:
    return saved_entries(page)


def next_part(page: Page) -> None:
    page.locator(".ex-worksheet").get_by_role("button", name="Next", exact=True).click()


def summary(page: Page) -> None:
    page.locator(".ex-worksheet").get_by_role("button", name="See my summary").click()
    expect(page.locator(".ex-worksheet .ex-result")).to_be_visible(timeout=90_000)


def test_self_compassion_break_one_part_at_a_time_then_saved_and_changed(page: Page, site_url: str) -> None:
    uid = "#ex-self-compassion-break"
    page.goto(site_url + STEP1)
    steps = page.locator(".ex-worksheet .ex-step")
    expect(steps).to_have_count(5)
    expect(steps.nth(0)).to_be_visible()
    expect(steps.nth(1)).to_be_hidden()
    expect(page.get_by_role("button", name="See my summary")).to_be_hidden()  # on the last part only
    page.fill(f"{uid}-hard", "He has not texted back all day.")
    page.fill(f"{uid}-kind_before", "20")
    next_part(page)
    # The next part's heading takes focus, so a screen reader says where the reader is.
    expect(steps.nth(1).locator("legend")).to_be_focused()
    expect(steps.nth(1).locator("legend")).to_have_text("Part 2 of 5: Notice")
    page.fill(f"{uid}-notice", "A tight chest.")
    next_part(page)
    page.fill(f"{uid}-humanity", "Lots of people worry when they wait.")
    next_part(page)
    page.fill(f"{uid}-kind_words", "Of course you feel this way. You care.")
    page.get_by_label("A slow breath").check()
    page.get_by_role("button", name="Back", exact=True).click()
    expect(page.locator(f"{uid}-humanity")).to_have_value("Lots of people worry when they wait.")
    next_part(page)
    next_part(page)
    page.fill(f"{uid}-kind_after", "55")
    assert saved_keys(page) == []  # nothing is kept until the reader chooses
    summary(page)
    result = page.locator(".ex-worksheet .ex-result")
    expect(result).to_be_focused()
    expect(result).to_contain_text("How your kindness toward yourself changed")
    expect(result).to_contain_text("It went from 20 to 55, up 35 points.")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-worksheet .ex-status")).to_contain_text("Saved on this device")
    assert len(saved_keys(page)) == 1

    follow_link(page, site_url + "journal/")
    entry = page.locator(".ex-entry")
    expect(entry.locator(".ex-entry-title")).to_have_text("He has not texted back all day.")
    expect(entry.locator(".ex-entry-meta")).to_contain_text("A self-compassion break")
    entry.get_by_role("button", name="Open").click()
    text = entry.locator(".ex-entry-text")
    expect(text).to_contain_text("Of course you feel this way. You care.", timeout=90_000)
    expect(text).to_contain_text("20 out of 100")
    expect(text).to_contain_text("A slow breath")
    entry.get_by_role("link", name="Change").click()
    expect(page.locator(f"{uid}-kind_words")).to_have_value("Of course you feel this way. You care.")
    expect(page.get_by_label("A slow breath")).to_be_checked()
    expect(page.locator(".ex-worksheet .ex-draft-note")).to_have_text(
        "You are changing an entry saved on this device.")


def test_grounding_breathing_pauses_and_senses_then_calm_compared(page: Page, site_url: str) -> None:
    uid = "#ex-grounding"
    page.emulate_media(reduced_motion="no-preference")
    page.clock.install()  # the guide's seconds pass when the test says, however busy the machine
    page.goto(site_url + STEP2)
    page.fill(f"{uid}-calm_before", "30")
    next_part(page)
    guide = page.locator(".ex-breathing")
    # The lessons' pattern comes first: in for four, out for six, no holding.
    expect(guide.get_by_label("Slow breathing (in 4, out 6)")).to_be_checked()
    expect(guide).to_contain_text("Holding your breath makes some people feel more anxious or dizzy.")
    hold_the_clock(page)  # the counts move only when the test says
    guide.get_by_role("button", name="Start").click()
    expect(guide.locator(".ex-breath-live")).to_have_text("Breathe in for four.")
    page.clock.run_for(4000)
    expect(guide.locator(".ex-breath-count")).to_have_text("Breathe out\u2026 one")
    expect(guide.locator(".ex-breath-live")).to_have_text("Breathe out for six.")
    page.clock.run_for(6000)
    expect(guide.locator(".ex-breath-count")).to_have_text("Breathe in\u2026 one")  # no hold
    guide.get_by_role("button", name="Stop").click()
    guide.get_by_label("4-7-8 breathing").check()
    guide.get_by_role("button", name="Start").click()
    count = guide.locator(".ex-breath-count")
    expect(count).to_have_text("Breathe in\u2026 one")
    expect(guide.locator(".ex-breath-live")).to_have_text("Breathe in for four.")
    page.clock.run_for(1000)
    expect(count).to_have_text("Breathe in\u2026 two")
    # The circle moves for readers who have not asked for less motion.
    assert guide.locator(".ex-breath-circle").is_visible()
    assert guide.locator(".ex-breath-circle").get_attribute("data-phase") == "in"
    guide.get_by_role("button", name="Pause").click()
    expect(count).to_have_text("Paused. Press Resume to go on.")
    page.clock.run_for(5000)
    expect(count).to_have_text("Paused. Press Resume to go on.")
    guide.get_by_role("button", name="Resume").click()
    expect(count).to_have_text("Breathe in\u2026 two")  # carries on where it was
    page.clock.run_for(3000)
    expect(count).to_have_text("Hold\u2026 one")  # 4-7-8: after four counts in, a hold of seven
    guide.get_by_role("button", name="Stop").click()
    expect(guide.get_by_role("button", name="Start")).to_be_focused()
    next_part(page)
    for sense, words in {"see": "lamp, mug, window, cat, books", "touch": "chair, sleeve, desk, phone",
                         "hear": "fridge, cars, birds", "smell": "tea, soap", "taste": "mint"}.items():
        page.fill(f"{uid}-{sense}", words)
    next_part(page)
    page.fill(f"{uid}-calm_after", "60")
    summary(page)
    expect(page.locator(".ex-worksheet .ex-result")).to_contain_text("It went from 30 to 60, up 30 points.")


def test_the_breathing_guide_does_not_move_under_reduced_motion(held_page: Page, site_url: str) -> None:
    page = held_page  # the guide is the page's own script
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_url + STEP2)
    next_part(page)
    guide = page.locator(".ex-breathing")
    page.clock.install()
    hold_the_clock(page)
    guide.get_by_role("button", name="Start").click()
    page.clock.run_for(1000)
    expect(guide.locator(".ex-breath-count")).to_have_text("Breathe in\u2026 two")
    assert not guide.locator(".ex-breath-circle").is_visible()
    assert page.evaluate("document.getAnimations().length") == 0
    assert guide.locator(".ex-breath-circle").get_attribute("data-phase") == "rest"
    guide.get_by_role("button", name="Pause").click()
    expect(guide.locator(".ex-breath-count")).to_have_text("Paused. Press Resume to go on.")


def test_open_message_drafts_an_i_statement_in_the_readers_words(page: Page, site_url: str) -> None:
    uid = "#ex-open-message"
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url + STEP3)
    page.fill(f"{uid}-happened", "You never text me when you are late")
    page.fill(f"{uid}-feel", "worried and alone")
    page.fill(f"{uid}-need", "to know you are safe")
    page.fill(f"{uid}-ask", "You have to text me if plans change")
    summary(page)
    result = page.locator(".ex-worksheet .ex-result")
    # The reader's own words; a softer way to ask is only offered (tests/browser/test_message_safety.py).
    expect(result.locator(".ex-draft").first).to_have_text(
        "When you never text me when you are late, I feel worried and alone. I need to know you are "
        "safe. You have to text me if plans change.")
    expect(result.locator(".ex-softer-intro")).to_have_text("If you want, here is a softer way to ask.")
    notes = result.locator(".ex-notes li")
    expect(notes).to_have_count(1)
    expect(notes.nth(0)).to_contain_text("\u201cnever\u201d")
    result.get_by_role("button", name="Copy the message").click()
    expect(page.locator(".ex-worksheet .ex-status")).to_contain_text("Nothing was sent")
    # Kinder words: nothing offered, and the message says so.
    page.fill(f"{uid}-happened", "Plans changed at the last minute last night")
    page.fill(f"{uid}-ask", "Could you text me if plans change?")
    summary(page)
    expect(result.locator(".ex-notes li")).to_have_count(0)
    expect(result.locator(".ex-softer")).to_have_count(0)
    expect(result).to_contain_text("It reads calm and clear.")
    assert all(url.startswith(site_url) for url in requests), "nothing may go to another origin"


def test_urge_log_rows_and_plan_saved_to_the_journal(page: Page, site_url: str) -> None:
    uid = "#ex-urge-log"
    page.goto(site_url + STEP5)
    page.fill(f"{uid}-urges-0-wanted", "Are we okay?")
    page.fill(f"{uid}-urges-0-urge_before", "80")
    page.fill(f"{uid}-urges-0-instead", "Made tea")
    page.fill(f"{uid}-urges-0-urge_after", "45")
    page.get_by_role("button", name="Add another time").click()
    expect(page.locator(f"{uid}-urges-1-wanted")).to_be_focused()
    expect(page.locator(".ex-row-title").nth(1)).to_have_text("Time 2")
    page.fill(f"{uid}-urges-1-wanted", "Do you still love me?")
    page.fill(f"{uid}-urges-1-urge_before", "70")
    page.fill(f"{uid}-urges-1-urge_after", "50")
    page.fill(f"{uid}-plan_what", "A walk by the river")
    page.get_by_label("Music I like").check()
    page.fill(f"{uid}-urges-1-urge_after", "500")
    summary_button = page.get_by_role("button", name="See my summary")
    summary_button.click()
    error = page.locator("[data-error-for='urges.1.urge_after']")
    expect(error).to_have_text("Use a whole number from 0 to 100.", timeout=90_000)
    expect(page.locator(f"{uid}-urges-1-urge_after")).to_be_focused()
    expect(page.locator(f"{uid}-urges-1-urge_after")).to_have_attribute("aria-invalid", "true")
    page.fill(f"{uid}-urges-1-urge_after", "50")
    summary(page)
    result = page.locator(".ex-worksheet .ex-result")
    expect(result).to_contain_text("On average the urge went down 28 points after waiting.")
    expect(result.locator("li")).to_have_text([
        "\u201cAre we okay?\u201d: 80 at first, 45 after waiting (down 35 points).",
        "\u201cDo you still love me?\u201d: 70 at first, 50 after waiting (down 20 points)."])
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-worksheet .ex-status")).to_contain_text("Saved on this device")
    follow_link(page, site_url + "journal/")
    entry = page.locator(".ex-entry")
    entry.get_by_role("button", name="Open").click()
    expect(entry.locator(".ex-entry-text")).to_contain_text(
        "What did you want to hear? Do you still love me?", timeout=90_000)
    page.evaluate("window.print = () => { window.__printed = true; }")
    entry.get_by_role("button", name="Print").click()
    expect(page.locator(".ex-print-entry")).to_contain_text("Wait with the urge, then plan time for you")
    entry.get_by_role("link", name="Change").click()
    expect(page.locator(f"{uid}-urges-1-wanted")).to_have_value("Do you still love me?")
    expect(page.get_by_label("Music I like")).to_be_checked()


def test_the_wait_timer_counts_down_from_the_clock_pauses_and_resets(held_page: Page, site_url: str) -> None:
    page = held_page  # the timer is the page's own script
    page.clock.install()
    page.goto(site_url + STEP5)
    timer = page.locator(".ex-timer")
    display = timer.locator(".ex-timer-display")
    expect(display).to_have_text("10 minutes left")
    timer.get_by_role("button", name="Start the timer").click()
    expect(timer.locator(".ex-timer-live")).to_have_text("Timer started. 10 minutes left.")
    page.clock.run_for("03:30")
    expect(display).to_have_text("7 minutes left")
    timer.get_by_role("button", name="Pause").click()
    page.clock.run_for("05:00")
    expect(display).to_have_text("7 minutes left")  # paused: no time passes
    timer.get_by_role("button", name="Resume").click()
    page.clock.run_for("06:29")
    expect(display).to_have_text("Less than a minute left")
    page.clock.run_for("00:02")
    expect(display).to_have_text("Time is up")
    expect(timer.locator(".ex-timer-live")).to_have_text("The time is up. Notice how strong the urge is now.")
    timer.get_by_role("button", name="Reset").click()
    expect(display).to_have_text("10 minutes left")
    expect(timer.get_by_role("button", name="Start the timer")).to_be_visible()


def test_a_background_tab_does_not_slow_the_timer(held_page: Page, site_url: str) -> None:
    page = held_page  # the timer is the page's own script
    # Timers in a hidden tab fire late or not at all; the time left comes from the clock instead.
    page.clock.install()
    page.goto(site_url + STEP5)
    page.locator(".ex-timer").get_by_role("button", name="Start the timer").click()
    # A press before the page's script is ready is held and made once it is: started from then.
    expect(page.locator(".ex-timer")).to_have_attribute("data-timer", "running")
    now = datetime.fromtimestamp(page.evaluate("Date.now()") / 1000, tz=UTC)
    page.clock.set_system_time(now + timedelta(minutes=4, seconds=1))  # time jumps with no ticks
    page.clock.run_for(1000)
    expect(page.locator(".ex-timer-display")).to_have_text("6 minutes left")


@pytest.mark.parametrize("path", [STEP1, STEP2, STEP3, STEP5])
def test_without_javascript_every_part_is_there_to_fill_or_print(browser: Browser, site_url: str,
                                                                  path: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + path)
    sheet = page.locator(".ex-worksheet")
    steps = sheet.locator(".ex-step")
    for n in range(steps.count()):
        expect(steps.nth(n)).to_be_visible()
    needs_scripts = ".ex-step-nav, .ex-breath-controls, .ex-timer-controls, .ex-leave-note"
    for hidden in sheet.locator(needs_scripts).all():
        expect(hidden).to_be_hidden()  # each needs scripts (the note names a button they add)
    assert sheet.locator("input, textarea").count() >= 3
    context.close()


def test_printing_a_one_part_at_a_time_worksheet_shows_every_part(held_page: Page, site_url: str) -> None:
    page = held_page  # printing needs no Python
    page.goto(site_url + STEP1)
    expect(page.locator(".ex-worksheet[data-ready]")).to_have_count(1)
    expect(page.locator(".ex-worksheet .ex-step").nth(1)).to_be_hidden()
    page.emulate_media(media="print")
    for step in page.locator(".ex-worksheet .ex-step").all():
        expect(step).to_be_visible()
    expect(page.locator(".ex-worksheet .ex-step-nav")).to_be_hidden()


def test_a_typed_script_stays_text(page: Page, site_url: str) -> None:
    payload = "<img src=x onerror=alert(1)>"
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site_url + STEP3)
    page.fill("#ex-open-message-happened", payload)
    page.fill("#ex-open-message-feel", payload)
    summary(page)
    expect(page.locator(".ex-draft")).to_contain_text(payload)
    assert page.locator(".ex-worksheet img").count() == 0 and dialogs == []


def test_crisis_words_in_a_worksheet_offer_help(page: Page, site_url: str) -> None:
    page.goto(site_url + STEP1)
    page.locator(".ex-worksheet").scroll_into_view_if_needed()  # the engine starts when it is near
    wait_for_engine(page)
    page.fill("#ex-self-compassion-break-hard", "Some nights I want to die.")
    banner = page.locator(".ex-worksheet .ex-crisis")
    expect(banner).to_be_visible(timeout=10_000)
    expect(banner.get_by_role("region")).to_have_count(0)
    expect(banner.locator(".ex-crisis-title")).to_have_text(
        "It sounds like things are really hard right now.")
    # One tap to call or text, from the site's settings, right where the reader is writing.
    expect(banner.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")
    expect(banner.get_by_role("link", name="Text 988")).to_have_attribute("href", "sms:988")
    expect(banner.get_by_role("link", name="See who you can call or text now")).to_be_visible()
    expect(banner.get_by_role("link", name="Call 1-800-799-7233")).to_be_hidden()
    banner.get_by_role("button", name="Hide this message").click()
    expect(banner).to_be_hidden()


def test_words_about_a_partner_who_hurts_offer_safety_help(page: Page, site_url: str) -> None:
    page.goto(site_url + STEP1)
    page.locator(".ex-worksheet").scroll_into_view_if_needed()  # the engine starts when it is near
    wait_for_engine(page)
    page.fill("#ex-self-compassion-break-hard", "He hit me again last night and I'm scared to go home.")
    banner = page.locator(".ex-worksheet .ex-crisis")
    expect(banner).to_be_visible(timeout=10_000)
    expect(banner.locator(".ex-crisis-title")).to_have_text("Your safety matters.")
    expect(banner.get_by_role("link", name="Call 1-800-799-7233")).to_have_attribute(
        "href", "tel:18007997233")
    expect(banner.get_by_role("link", name="Text START to 88788")).to_be_visible()
    link = banner.get_by_role("link", name="Is it worry, or is something wrong?")
    assert link.evaluate("a => a.href") == site_url + "relationship-safety/"
    expect(banner.get_by_role("link", name="Call 988")).to_be_hidden()
    # Words about wanting to die as well: the crisis offer joins it, first.
    page.fill("#ex-self-compassion-break-hard", "He hit me again. I want to die.")
    expect(banner.get_by_role("link", name="Call 988")).to_be_visible(timeout=10_000)
    expect(banner.locator(".ex-crisis-title")).to_have_text(
        "It sounds like things are really hard right now.")
    expect(banner.get_by_role("link", name="Call 1-800-799-7233")).to_be_visible()


def test_axe_on_worksheets_with_feedback_errors_and_guides(page: Page, site_url: str) -> None:
    page.goto(site_url + STEP3)
    page.fill("#ex-open-message-happened", "You always cancel")
    page.fill("#ex-open-message-ask", "You must call")
    summary(page)
    assert_no_violations_light_and_dark(page, "message builder with notes")
    follow_link(page, site_url + STEP5)  # as a reader would: one engine for the whole walk
    page.fill("#ex-urge-log-urges-0-urge_before", "300")
    page.get_by_role("button", name="See my summary").click()
    expect(page.locator("[data-error-for='urges.0.urge_before']")).to_be_visible(timeout=90_000)
    page.locator(".ex-timer").get_by_role("button", name="Start the timer").click()
    assert_no_violations_light_and_dark(page, "urge log with an error and a running timer")
    page.fill("#ex-urge-log-urges-0-urge_before", "80")
    page.fill("#ex-urge-log-urges-0-wanted", "Are we okay?")
    page.get_by_role("button", name="Save on this device").click()
    expect(page.locator(".ex-worksheet .ex-status")).to_contain_text("Saved on this device")
    follow_link(page, site_url + STEP2)
    next_part(page)
    page.locator(".ex-breathing").get_by_role("button", name="Start").click()
    assert_no_violations_light_and_dark(page, "grounding with the breathing guide running")
    follow_link(page, site_url + "journal/")
    page.locator(".ex-entry").get_by_role("button", name="Open").click()
    expect(page.locator(".ex-entry-text")).to_contain_text("Are we okay?", timeout=90_000)
    assert_no_violations_light_and_dark(page, "journal with a worksheet entry open")


def test_a_worksheet_by_keyboard_alone(page: Page, site_url: str) -> None:
    uid = "#ex-self-compassion-break"
    page.goto(site_url + STEP1)

    tab_to(page, f"{uid}-hard")
    # Enter moves on to the next part once the worksheet's module is in; a key pressed before that
    # (on a slow connection) is the early-input tests' concern, not this one's.
    page.locator("section[data-exercise][data-ready='true']").wait_for()
    page.keyboard.type("Waiting for a reply.")
    page.keyboard.press("Tab")
    page.keyboard.type("25")
    page.keyboard.press("Enter")  # in a one-line box, Enter goes on to the next part
    expect(page.locator(".ex-worksheet .ex-step").nth(1).locator("legend")).to_be_focused()
    for text in ("Shaky hands.", "Others wait too."):
        tab_to(page, ".ex-worksheet .ex-step:not([hidden]) textarea")
        page.keyboard.type(text)
        tab_to(page, ".ex-worksheet .ex-next")
        page.keyboard.press("Enter")
    tab_to(page, f"{uid}-kind_words")
    page.keyboard.type("You are doing your best.")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # ticks the first act of care
    expect(page.get_by_label("A hand on my heart")).to_be_checked()
    tab_to(page, ".ex-worksheet .ex-next")
    page.keyboard.press("Enter")
    tab_to(page, f"{uid}-kind_after")
    page.keyboard.type("50")
    tab_to(page, ".ex-worksheet button[type=submit]")
    page.keyboard.press("Enter")
    result = page.locator(".ex-worksheet .ex-result")
    expect(result).to_be_focused(timeout=90_000)
    expect(result).to_contain_text("It went from 25 to 50, up 25 points.")


def test_a_half_done_worksheet_comes_back_after_a_reload(held_page: Page, site_url: str) -> None:
    page = held_page  # drafts are the page's own script: three loads, no start of Python
    page.goto(site_url + STEP3)
    expect(page.locator(".ex-worksheet")).to_have_attribute("data-ready", "true")
    page.fill("#ex-open-message-feel", "hurt")
    page.fill("#ex-open-message-ask", "call me tonight")
    # No pause: leaving the page (here, a reload) keeps the draft at once, in this tab only.
    assert saved_keys(page) == []
    page.reload()
    expect(page.locator("#ex-open-message-feel")).to_have_value("hurt")
    expect(page.locator("#ex-open-message-ask")).to_have_value("call me tonight")
    expect(page.locator(".ex-worksheet .ex-draft-note")).to_have_text(
        "We brought back what you were writing.")
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Clear the form").click()
    expect(page.locator("#ex-open-message-feel")).to_have_value("")
    page.reload()
    expect(page.locator("#ex-open-message-feel")).to_have_value("")
