"""The reader's main paths, written once and run in every engine (test_chromium.py, test_webkit.py,
test_firefox.py each run all of them in their engine).

Each test speaks only kit.engines.ReaderPage: real clicks, typing and keys from the engine's own
automation, and small scripts that read the page. What an engine cannot show a test (a downloaded
file, say) is skipped by name in that engine, after everything else has been checked.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import yaml
from kit.device import KEPT, RESTORED
from kit.engines import ReaderPage
from kit.engines.page import CannotObserve, EngineError
from kit.samples import entry as journal_entry
from kit.serve import Served
from kit.site import GENERATOR_SITE
from kit.storage import DRAFT, ENTRY, PREFIX

from exercises.mkdocs_plugin.plugin import LEAVE_PAGE

QUESTIONNAIRE, STEP4, STEP5 = "questionnaire/", "steps/4-challenging-thoughts/", "steps/5-inner-peace/"
LESSON = "understanding/"  # a lesson with no exercise
TR = "#ex-thought-record"
UL = "#ex-urge-log"
Arrive = Callable[[str], None]  # the `arrive` fixture: open a page by a link, nothing saved
SLOW = 180  # seconds: Python starts cold in about 13 s in WebKit here, but took over 60 s on a busy machine


def is_runtime(path: str) -> bool:
    """Python, the core's wheel, the engine and the exercises' modules: what a lesson must not fetch."""
    return ("/pyodide/" in path or "/kinds/" in path
            or path.endswith((".whl", "engine.js", "engine-worker.js")))


def engine_state(reader: ReaderPage) -> str | None:
    return reader.run("() => document.documentElement.dataset.exerciseEngine ?? null")


def stored(reader: ReaderPage, store: str, prefix: str) -> dict[str, str]:
    return reader.run(f"(p) => Object.fromEntries(Object.entries({store}).filter(([k]) => k.startsWith(p)))",
                      prefix)


def python_started_by_coming_near(reader: ReaderPage, exercise: str) -> None:
    reader.run("(s) => document.querySelector(s).scrollIntoView()", exercise)
    reader.wait("() => document.documentElement.dataset.exerciseEngine === 'ready'", what="Python",
                timeout=SLOW)


def answers() -> dict[str, int]:
    """Every worry item answered 6, every discomfort item 2: worry 4.5, discomfort 3.4 (see
    tests/browser/test_questionnaire.py for the hand computation)."""
    data = yaml.safe_load((GENERATOR_SITE.parent / "docs" / "_exercises" / "attachment.yml").read_text())
    return {item["id"]: 6 if item["subscale"] == "anxiety" else 2 for item in data["items"]}


def box_value(reader: ReaderPage, selector: str) -> str:
    return reader.run("(s) => document.querySelector(s).value", selector)


def fill(reader: ReaderPage, selector: str, text: str) -> None:
    """Empty the box (as a reader's select-all and delete would), then type TEXT."""
    reader.run("(s) => { const el = document.querySelector(s); el.value = '';"
               " el.dispatchEvent(new Event('input', {bubbles: true})); }", selector)
    reader.type(selector, text)


def test_the_questionnaire_answered_before_python_arrives_is_scored(reader: ReaderPage, served: Served
                                                                    ) -> None:
    served.gate.hold = lambda path: "/pyodide/" in path  # a slow phone: Python is still on its way
    reader.goto(served.url + QUESTIONNAIRE)
    for item, point in answers().items():
        reader.click(f"fieldset[data-item='{item}'] label:has(input[value='{point}'])")
    reader.click_text("button", "See my scores")
    assert engine_state(reader) != "ready", "Python was ready before the answers were sent"
    assert not reader.visible(".ex-result")
    served.gate.release()
    reader.wait_visible(".ex-result", timeout=SLOW)
    shown = reader.text(".ex-result")
    assert reader.text(".ex-result dd[data-subscale=anxiety] .ex-score-value") == "4.5", shown
    assert reader.text(".ex-result dd[data-subscale=avoidance] .ex-score-value") == "3.4"
    assert "The middle of the scale is 4." in reader.text(".ex-result")


def test_a_worksheet_names_a_bad_rating_then_sums_up_and_saves(reader: ReaderPage, arrive: Arrive) -> None:
    arrive(STEP5)
    reader.type(f"{UL}-urges-0-wanted", "Are we okay?")
    reader.type(f"{UL}-urges-0-urge_before", "80")
    reader.type(f"{UL}-urges-0-instead", "Made tea")
    reader.type(f"{UL}-urges-0-urge_after", "450")
    reader.click_text(".ex-worksheet button", "See my summary")
    error = "[data-error-for='urges.0.urge_after']"
    reader.wait_visible(error, timeout=SLOW)
    assert reader.text(error) == "Use a whole number from 0 to 100."
    assert reader.focused(f"{UL}-urges-0-urge_after")
    fill(reader, f"{UL}-urges-0-urge_after", "45")
    reader.click_text(".ex-worksheet button", "See my summary")
    try:
        reader.wait("(s) => !document.querySelector(s)?.checkVisibility()", error, what="the error to go")
    except EngineError as gone:  # say what the reader would see then
        raise AssertionError(f"{gone}: the box holds {box_value(reader, f'{UL}-urges-0-urge_after')!r}, the"
                             f" status says {reader.text('.ex-worksheet .ex-status')!r}, the engine is"
                             f" {engine_state(reader)!r}, the form ends"
                             f" {reader.text('.ex-worksheet .ex-form')[-300:]!r}") from gone
    reader.wait_visible(".ex-worksheet .ex-result")
    assert "went down 35 points" in reader.text(".ex-worksheet .ex-result")
    assert not stored(reader, "localStorage", ENTRY), "saved before the reader chose to"
    reader.click_text(".ex-worksheet button", "Save on this device")
    reader.wait("(s) => document.querySelector(s)?.textContent.includes('Saved on this device')",
                ".ex-worksheet .ex-status", what="the worksheet to say it is saved")
    [entry] = stored(reader, "localStorage", ENTRY).values()
    assert "Are we okay?" in entry


def test_the_thought_record_sums_up_and_saves(reader: ReaderPage, arrive: Arrive) -> None:
    arrive(STEP4)
    reader.type(f"{TR}-situation", "Friday night. He did not answer my text for five hours.")
    reader.type(f"{TR}-emotions-0-name", "anxious")
    reader.type(f"{TR}-emotions-0-before", "85")
    reader.type(f"{TR}-thoughts-0-text", "He is losing interest. He will leave me.")
    reader.click("input[name='ex-thought-record-hot'][value='0']")
    reader.type(f"{TR}-belief_before", "80")
    reader.type(f"{TR}-evidence_for", "He was quiet at dinner.")
    reader.type(f"{TR}-evidence_against", "He told me about the work event.")
    reader.type(f"{TR}-balanced", "He is busy tonight; one slow reply is not the end.")
    reader.type(f"{TR}-belief_after", "40")
    reader.type(f"{TR}-emotions-0-after", "40")
    reader.click_text(".ex-thought-record button", "See my summary")
    reader.wait_visible(".ex-thought-record .ex-result", timeout=SLOW)
    assert reader.text(".ex-thought-record .ex-belief") == "80 before, 40 now (down 40 points)"
    assert "anxious: 85 before, 40 now (down 45 points)" in reader.text(".ex-thought-record .ex-changes")
    reader.click_text(".ex-thought-record button", "Save on this device")
    reader.wait("(s) => document.querySelector(s)?.textContent.includes('Saved on this device')",
                ".ex-thought-record .ex-status", what="the thought record to say it is saved")
    [entry] = stored(reader, "localStorage", ENTRY).values()
    assert json.loads(entry)["data"]["balanced"] == "He is busy tonight; one slow reply is not the end."
    reader.wait("(p) => !Object.keys(sessionStorage).some((k) => k.startsWith(p))", DRAFT,
                what="the draft to go once the record is saved")


def test_the_journal_lists_exports_and_deletes(reader: ReaderPage, arrive: Arrive, site_url: str) -> None:
    arrive(LESSON)
    for number in (1, 2):
        data = {"situation": f"Evening {number}", "balanced": "One slow reply is not the end."}
        entry = journal_entry(id=f"e{number}", title=f"Evening {number}", page=STEP4, data=data)
        reader.run("(key, value) => localStorage.setItem(key, value)", ENTRY + entry["id"], json.dumps(entry))
    reader.follow(site_url + "journal/")
    reader.wait("() => document.querySelectorAll('.ex-entry').length === 2", what="two entries listed",
                timeout=SLOW)
    assert reader.run("() => [...document.querySelectorAll('.ex-entry-title')].map(e => e.textContent.trim())"
                      " .sort()") == ["Evening 1", "Evening 2"]
    reader.run("() => { window.kitExports = []; const make = URL.createObjectURL;"
               " URL.createObjectURL = (blob) => { blob.text().then((t) => kitExports.push(t));"
               " return make.call(URL, blob); }; }")
    reader.click_text(".ex-journal button", "Export (JSON, can be imported)")
    exported = json.loads(reader.wait("() => window.kitExports[0]", what="the export's file", timeout=SLOW))
    assert exported["format"] == "exercises-journal"
    assert sorted(e["title"] for e in exported["entries"]) == ["Evening 1", "Evening 2"]
    reader.click_text(".ex-journal button", "Delete everything saved on this device")
    reader.click_text(".ex-journal button", "Yes, delete everything")
    reader.wait("() => document.querySelectorAll('.ex-entry').length === 0", what="the list to empty")
    assert reader.visible(".ex-journal-empty")
    assert not stored(reader, "localStorage", PREFIX)
    try:
        downloaded = reader.downloaded(".json")
    except CannotObserve as why:
        pytest.skip(f"{reader.engine}: the export's content was checked in the page; the file itself"
                    f" cannot be seen: {why}")
    assert json.loads(downloaded)["entries"] == exported["entries"]


def test_crisis_words_bring_the_offer_of_help(reader: ReaderPage, arrive: Arrive, site_url: str) -> None:
    arrive(STEP4)
    python_started_by_coming_near(reader, ".ex-thought-record")
    reader.type(f"{TR}-evidence_for", "Some nights I want to die.")
    reader.wait_visible(".ex-crisis", timeout=20)
    assert "See who you can call or text now" in reader.text(".ex-crisis")
    links = reader.run("() => [...document.querySelectorAll('.ex-crisis a')]"
                       ".map((a) => [a.textContent, a.href])")
    assert ["See who you can call or text now", site_url + "get-help/"] in links


def _type_private_words(reader: ReaderPage, arrive: Arrive, words: str) -> None:
    arrive(STEP4)
    reader.type(f"{TR}-situation", words)
    reader.wait("(w) => Object.values(sessionStorage).some((v) => v.includes(w))", words,
                what="the draft to be kept")


def _left(reader: ReaderPage, words: str) -> None:
    reader.wait("(p) => location.pathname.endsWith(p)", "/" + LEAVE_PAGE,
                what="the plain page after leaving")
    assert not stored(reader, "sessionStorage", DRAFT), "the tab's drafts were kept"
    assert words not in reader.text("body")


def test_leave_quickly_by_its_button_and_by_escape_twice(reader: ReaderPage, arrive: Arrive) -> None:
    words = "Something only I should see"
    _type_private_words(reader, arrive, words)
    reader.click_text("a, button", "Leave this page quickly")
    _left(reader, words)
    _type_private_words(reader, arrive, words)
    reader.press("Escape")
    reader.press("Escape")
    _left(reader, words)


def test_a_lesson_page_fetches_nothing_of_python(reader: ReaderPage, served: Served) -> None:
    reader.goto(served.url + LESSON)
    reader.wait("() => document.readyState === 'complete'", what="the lesson to load")
    reader.run("() => new Promise((done) => setTimeout(done, 1500))")  # anything started late
    assert "every-page.js" in " ".join(served.traffic.requests(lambda p: True)), "the lesson was not served"
    assert not served.traffic.requests(is_runtime)


def test_a_second_visit_gets_python_from_the_service_worker(reader: ReaderPage, served: Served) -> None:
    reader.goto(served.url + QUESTIONNAIRE)
    supported = reader.run("() => 'serviceWorker' in navigator && window.isSecureContext")
    if not supported:
        pytest.skip(f"{reader.engine}: no service worker on this page (isSecureContext:"
                    f" {reader.run('() => window.isSecureContext')})")
    python_started_by_coming_near(reader, ".ex-questionnaire")
    reader.wait("() => navigator.serviceWorker.controller !== null", what="the service worker", timeout=SLOW)
    # The engine keeps its start-up copy of Python where this browser can compress it (all three
    # here): the second visit restores Python from it instead of starting Python again.
    keeps = reader.run("() => Boolean(self.CompressionStream && self.DecompressionStream)")
    if keeps:
        reader.wait(KEPT, what="the start-up copy of Python", timeout=SLOW)
    # Python is in the service worker's cache once it is installed and in control.
    served.traffic.reset()
    served.gate.refuse = is_runtime  # the host no longer answers for Python: only the cache can
    reader.reload()
    for item, point in answers().items():
        reader.click(f"fieldset[data-item='{item}'] label:has(input[value='{point}'])")
    reader.click_text("button", "See my scores")
    reader.wait_visible(".ex-result", timeout=SLOW)
    shown = reader.text(".ex-result")
    assert reader.text(".ex-result dd[data-subscale=anxiety] .ex-score-value") == "4.5", shown
    assert served.traffic.bytes(is_runtime) == 0
    if keeps:
        restored = reader.run(RESTORED)
        if not restored:
            # Once, in a loaded run of the whole suite, WebKit's second visit started Python afresh
            # (its answers were right; why, it did not say). A copy that this engine cannot restore
            # at all fails here, on the visit after that start.
            reader.wait(KEPT, what="the start-up copy of Python", timeout=SLOW)
            reader.reload()
            python_started_by_coming_near(reader, ".ex-questionnaire")
            restored = reader.run(RESTORED)
        assert restored is True, f"{reader.engine}: Python did not come from the start-up copy"
