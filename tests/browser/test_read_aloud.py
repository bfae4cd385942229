"""Read aloud, on the device: "Read it to me" on a worksheet's parts and on a lesson's marked practice,
and the breathing guide's "Say the breaths aloud", driven with a stand-in speech engine
(tests/kit/speech.py) that records every utterance and the voice it names.

What a reader relies on: only a voice on the device is ever used (so no words leave it), and always
one for the page's language; nothing is said until they press; Pause, Resume and Stop work from the
keyboard; the words stay on screen; reading stops when they move on; and where the device has no voice
of its own, no control is shown. Python is never needed here: it is held back in every test's tab
(held_page), so no test pays for a start.
"""

from __future__ import annotations

from typing import Any

import pytest
from kit.axe import assert_no_violations_light_and_dark
from kit.reader import follow_link, hold_the_clock, tab_to
from kit.speech import (
    DEVICE_EN,
    DEVICE_FR,
    NETWORK_EN,
    finish,
    install,
    said,
    set_voices,
    spoken,
    voices_used,
    wait_spoken,
)
from playwright.sync_api import Page, expect

STEP1, STEP2, LESSON = "steps/1-self-compassion/", "steps/2-grounding/", "understanding/"
ON_THE_DEVICE = {("Device English", True)}


@pytest.fixture
def page(held_page: Page) -> Page:
    return held_page


def open_with_voices(page: Page, url: str, voices: list[dict[str, Any]]) -> None:
    install(page, voices)
    page.goto(url)


def test_a_worksheet_part_is_read_by_a_device_voice_and_paused_resumed_and_stopped_by_keyboard(
        page: Page, site_url: str) -> None:
    # The network voice is the browser's default; a French voice is on the device too.
    open_with_voices(page, site_url + STEP1, [NETWORK_EN, DEVICE_FR, DEVICE_EN])
    first = page.locator(".ex-worksheet .ex-step").first
    read = first.get_by_role("button", name="Read it to me")
    expect(read).to_be_visible()
    expect(page.locator(".ex-worksheet .ex-step").nth(1).locator(".ex-read-aloud")).to_be_hidden()
    assert said(page) == []  # off until pressed

    tab_to(page, ".ex-step:not([hidden]) .ex-read-toggle")
    page.keyboard.press("Enter")
    pause = first.get_by_role("button", name="Pause")
    expect(pause).to_be_focused()
    assert wait_spoken(page, 1) == ["Part 1 of 5: Before you start"]
    assert_no_violations_light_and_dark(page, "a worksheet part being read aloud")
    pause.focus()
    finish(page)
    finish(page)
    assert wait_spoken(page, 3)[1:] == ["What feels hard right now?", "A few words are enough."]

    page.keyboard.press("Enter")  # Pause
    expect(first.get_by_role("button", name="Resume")).to_be_focused()
    assert said(page)[-1] == {"kind": "cancel"}
    finish(page)  # nothing is being said: nothing follows
    assert len(spoken(page)) == 3
    page.keyboard.press("Space")  # Resume, from the start of the sentence it had reached
    assert wait_spoken(page, 4)[-1] == "A few words are enough."
    expect(pause).to_be_focused()

    page.keyboard.press("Tab")
    stop = first.get_by_role("button", name="Stop")
    expect(stop).to_be_focused()
    page.keyboard.press("Enter")
    expect(read).to_be_focused()
    expect(stop).to_be_hidden()
    assert said(page)[-1] == {"kind": "cancel"}
    # The words stayed on screen, and only the device's English voice was ever asked to speak.
    expect(first.get_by_text("What feels hard right now?")).to_be_visible()
    assert voices_used(page) == ON_THE_DEVICE

    # Going on to the next part stops the reading; that part has its own control.
    read.click()
    wait_spoken(page, 5)
    page.locator(".ex-worksheet").get_by_role("button", name="Next", exact=True).click()
    expect(first.locator(".ex-read-toggle")).to_have_text("Read it to me")  # hidden with its part
    assert said(page)[-1] == {"kind": "cancel"}
    second = page.locator(".ex-worksheet .ex-step").nth(1)
    second.get_by_role("button", name="Read it to me").click()
    assert wait_spoken(page, 6)[-1] == "Part 2 of 5: Notice"


def test_not_offered_without_a_device_voice_for_the_pages_language(page: Page, site_url: str) -> None:
    open_with_voices(page, site_url + LESSON, [])  # the device's voices arrive later
    bar = page.locator("[data-read-aloud] > .ex-read-aloud")
    expect(bar).to_have_count(1)
    expect(bar).to_be_hidden()
    set_voices(page, [NETWORK_EN])  # a voice over the network only: the words would leave the device
    expect(bar).to_be_hidden()
    set_voices(page, [NETWORK_EN, DEVICE_FR])  # on the device, but not in the page's language
    expect(bar).to_be_hidden()
    set_voices(page, [NETWORK_EN, DEVICE_FR, DEVICE_EN])
    expect(bar).to_be_visible()
    bar.get_by_role("button", name="Read it to me").click()
    assert wait_spoken(page, 1) == ["Sit comfortably."]
    assert_no_violations_light_and_dark(page, "a lesson's practice being read aloud")
    # The device's voice goes away mid-sentence: reading stops, and the control with it.
    set_voices(page, [NETWORK_EN])
    expect(bar).to_be_hidden()
    assert said(page)[-1] == {"kind": "cancel"}
    finish(page)
    assert spoken(page) == ["Sit comfortably."]
    assert voices_used(page) == ON_THE_DEVICE


def test_a_lesson_practice_leaves_time_for_each_step_and_stops_when_the_reader_moves_on(
        page: Page, site_url: str) -> None:
    page.clock.install()
    open_with_voices(page, site_url + LESSON, [DEVICE_EN])
    part = page.locator("[data-read-aloud]")
    hold_the_clock(page)
    part.get_by_role("button", name="Read it to me").click()
    assert wait_spoken(page, 1) == ["Sit comfortably."]
    finish(page)  # the next sentence of the same step follows at once
    assert wait_spoken(page, 2)[-1] == "Take one slow breath."
    finish(page)  # the end of a step: five seconds of quiet (data-read-aloud-pause="5")
    page.clock.run_for(4000)
    assert len(spoken(page)) == 2
    expect(part.get_by_role("button", name="Pause")).to_be_visible()
    page.clock.run_for(1500)
    assert wait_spoken(page, 3)[-1] == "Notice the thought, and say it once, just as it is."
    follow_link(page, site_url + "journey/")  # instant navigation: the part leaves the page
    page.wait_for_function("() => window.__speech.said.at(-1).kind === 'cancel'")
    finish(page)
    page.clock.run_for(10_000)
    assert len(spoken(page)) == 3


def test_the_breathing_guide_says_each_breath_with_a_device_voice_and_hushes_when_paused(
        page: Page, site_url: str) -> None:
    page.emulate_media(reduced_motion="reduce")
    page.clock.install()
    open_with_voices(page, site_url + STEP2, [NETWORK_EN, DEVICE_EN])
    page.locator(".ex-worksheet[data-ready='true']").wait_for()
    page.locator(".ex-worksheet").get_by_role("button", name="Next", exact=True).click()
    guide = page.locator(".ex-breathing")
    voice = guide.get_by_role("button", name="Say the breaths aloud")
    expect(voice).to_have_attribute("aria-pressed", "false")
    hold_the_clock(page)
    guide.get_by_role("button", name="Start").click()
    expect(guide.locator(".ex-breath-live")).to_have_text("Breathe in for four.")
    assert spoken(page) == []  # off until pressed

    voice.focus()
    page.keyboard.press("Enter")
    expect(voice).to_have_attribute("aria-pressed", "true")
    assert wait_spoken(page, 1) == ["Breathe in for four."]
    page.clock.run_for(4000)
    assert wait_spoken(page, 2)[-1] == "Breathe out for six."

    tab_to(page, ".ex-breath-toggle")
    page.keyboard.press("Enter")  # Pause: the voice stops, and stays quiet
    expect(guide.get_by_role("button", name="Resume")).to_be_visible()
    assert said(page)[-1] == {"kind": "cancel"}
    page.clock.run_for(10_000)
    assert len(spoken(page)) == 2
    page.keyboard.press("Enter")  # Resume: it says where the breath is, then goes on
    assert wait_spoken(page, 3)[-1] == "Breathe out for six."
    page.clock.run_for(6000)
    assert wait_spoken(page, 4)[-1] == "Breathe in for four."

    voice.focus()
    page.keyboard.press("Space")  # off again
    expect(voice).to_have_attribute("aria-pressed", "false")
    page.clock.run_for(10_000)
    assert len(spoken(page)) == 4
    assert voices_used(page) == ON_THE_DEVICE
