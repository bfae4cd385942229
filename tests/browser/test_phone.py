"""On a phone (390 by 844): nothing is hidden under the floating "Leave this page quickly" button,
and every point of a questionnaire's scale has its words, one tap per point.

Every page of the generator's test site is scrolled to its end, where the button floats over the
footer: each link then on the screen must be the element under its own centre (what a tap there
would reach), never the button.
"""

from __future__ import annotations

import re

import pytest
from kit.reader import hold_python_back, python_on_its_way, scroll_to_end
from kit.site import GENERATOR_SITE
from playwright.sync_api import Browser, Page, expect

PHONE = {"width": 390, "height": 844}
DOCS = GENERATOR_SITE.parent / "docs"
PAGES = sorted(
    ("" if rel == "index.md" else rel.removesuffix(".md") + "/")
    for rel in (p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")) if not rel.startswith("_"))

# The page's last link (in its content or footer), and what a tap at its centre would reach.
LAST_LINK = """() => {
  const links = [...document.querySelectorAll(".md-content a[href], .md-footer a[href]")]
    .filter((a) => a.getClientRects().length && getComputedStyle(a).visibility !== "hidden");
  const link = links.at(-1);
  if (!link) return null;
  const box = link.getClientRects()[0];
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {text: link.textContent.trim(), reached: hit === link || link.contains(hit),
          hit: hit ? hit.outerHTML.slice(0, 80) : null};
}"""

# Words of the page's content or footer that the button covers.
UNDER_THE_BUTTON = """() => {
  const button = document.querySelector(".ex-leave").getBoundingClientRect();
  const covered = [];
  for (const part of document.querySelectorAll(".md-content, .md-footer")) {
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || node.parentElement.closest(".ex-leave")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const over = [...range.getClientRects()].some((r) => r.width && r.height && r.left < button.right
        && r.right > button.left && r.top < button.bottom && r.bottom > button.top);
      if (over) covered.push(node.textContent.trim().slice(0, 50));
    }
  }
  return covered;
}"""


@pytest.fixture
def phone(browser: Browser) -> Page:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


def without_python(page: Page) -> Page:
    """PAGE with the engine held back: what is laid out and what a tap chooses need no answer from
    Python, so no test here pays for starting it."""
    hold_python_back(page)
    return page


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_nothing_is_hidden_under_the_leave_button_at_the_end_of_any_page(
        phone: Page, site_url: str, path: str) -> None:
    without_python(phone).goto(site_url + path, wait_until="networkidle")
    button = phone.get_by_role("button", name="Leave this page quickly")
    expect(button).to_be_visible()
    scroll_to_end(phone)
    last = phone.evaluate(LAST_LINK)
    assert last, "the page has no link at its end to tap"
    assert last["reached"], f"a tap on {last['text']!r} reaches {last['hit']}"
    assert phone.evaluate(UNDER_THE_BUTTON) == []
    # The button itself is still there and reachable, over nothing that matters.
    box = button.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"]


def test_every_point_of_the_scale_has_its_words_and_takes_one_tap(
        phone: Page, site_url: str, attachment: dict) -> None:
    without_python(phone).goto(site_url + "questionnaire/", wait_until="networkidle")
    labels = attachment["scale"]["labels"]
    # Seen: the key above the questions gives every point its words, the middle ones included.
    key = phone.locator(".ex-scale-key")
    expect(key).to_be_visible()
    for number, label in enumerate(labels, start=1):
        expect(key.locator("li").nth(number - 1)).to_have_text(f"{number} {label}")
    assert phone.evaluate("document.querySelector('.ex-scale-key').scrollWidth <= innerWidth")
    # Heard: each point's button is named by its number and its words.
    first = phone.locator("fieldset[data-item]").first
    for number, label in enumerate(labels, start=1):
        named = re.compile(rf"^{number}\s+{re.escape(label)}$")
        expect(first.get_by_role("radio", name=named)).to_have_count(1)
    # One tap on a middle point's circle chooses that point, and only it.
    middle = (len(labels) + 1) // 2
    first.locator(".ex-likert-option").nth(middle - 1).tap()  # where its circle is drawn
    expect(first.get_by_role("radio", name=re.compile(rf"^{middle}\s"))).to_be_checked()
    assert first.locator("input[type=radio]:checked").count() == 1
    # The points stay on one row that fits the screen, each big enough to tap.
    circles = first.locator(".ex-point")
    tops = {round(circles.nth(n).bounding_box()["y"]) for n in range(circles.count())}
    assert len(tops) == 1
    assert all(circles.nth(n).bounding_box()["width"] >= 24 for n in range(circles.count()))


# Every layout shift of the page's content, recorded from the start (the theme's header is not content).
RECORD_SHIFTS = """window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const moved = entry.sources.map((s) => s.node).filter((n) => n && n.closest?.(".md-content"));
    const names = moved.map((n) => n.className || n.nodeName);
    if (moved.length) window.__shifts.push({value: entry.value, moved: names});
  }
}).observe({type: "layout-shift", buffered: true});"""
EXERCISE_PAGES = [path for path in PAGES
                  if "[[exercise:" in (DOCS / (path.rstrip("/") or "index")).with_suffix(".md").read_text()]


@pytest.mark.parametrize("path", EXERCISE_PAGES)
def test_an_exercise_stays_still_under_the_readers_finger_as_the_page_starts(
        phone: Page, site_url: str, path: str) -> None:
    """A reader may start tapping answers as soon as the form shows: nothing the page's scripts add
    (the leave note, the status line) may push the form down under their finger."""
    python_on_its_way(phone)  # as on a slow phone
    phone.add_init_script(RECORD_SHIFTS)
    phone.goto(site_url + path)
    phone.wait_for_function("() => [...document.querySelectorAll('[data-exercise]')]"
                            ".every((s) => s.dataset.mounted === 'true')")
    phone.locator("[data-exercise]").first.scroll_into_view_if_needed()
    phone.wait_for_timeout(500)  # the status line changes as the engine starts loading
    shifts = phone.evaluate("window.__shifts")
    assert sum(s["value"] for s in shifts) < 0.005, shifts
