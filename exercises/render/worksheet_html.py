"""A worksheet as a server-rendered form: every step in the page (so it works before Python loads,
and prints as a blank worksheet), fields drawn from their definition, guides that need a script
(breathing, a wait timer) described in words until the script adds their buttons.

Each field is drawn by its type's function (``worksheet_fields``, named in the type's record)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..core.messages import t
from ..core.worksheet_model import Worksheet
from ..definitions import Definition
from .html import MarkdownInto, PageLink, el, exercise_root
from .parts import crisis_banner, notes, save_actions, status_line
from .worksheet_fields import before_actions, field


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink) -> etree.Element:
    ws: Worksheet = defn.model
    # i18n: Shown in a worksheet when the browser runs no JavaScript.
    root = exercise_root(defn.kind, uid, defn.data, ws.title, ws.intro, markdown_into,
                         t("worksheet.no_script", "Feedback, timers and saving need JavaScript, which is off "
                           "in this browser. You can still print this page and fill it in on "
                           "paper."), data_display=ws.display)
    crisis_banner(root, uid, link)
    notes(root, uid)
    form = el(root, "form", class_="ex-form", novalidate="novalidate", id=f"{uid}-form")
    steps = el(form, "ol", class_="ex-steps")
    total = len(ws.steps)
    paged = ws.display == "one_at_a_time" and total > 1
    for n, step in enumerate(ws.steps):
        item = el(steps, "li", class_="ex-step", data_step=str(n), id=f"{uid}-step-{n + 1}")
        if paged and n:
            # Drawn as the page's script will show it (one part at a time), so nothing moves when
            # it starts; without scripts and on paper every part shows (exercises.css: scripting none, print).
            item.set("hidden", "hidden")
        # A step the reader may have read aloud: the page's script adds the control, shown only when
        # the device has a voice of its own (exercises/assets/widgets/read-aloud.js).
        spoken = {"data_read_aloud": ""} if ws.read_aloud else {}
        fieldset = el(item, "fieldset", class_="ex-step-fields", **spoken)
        legend = el(fieldset, "legend", tabindex="-1")
        if paged:
            # i18n: Before the title of a part of a worksheet shown one part at a time. {number} is the
            # part's number, {total} how many parts there are. The title follows after a space.
            el(legend, "span", t("worksheet.part_of", "Part {number} of {total}:", number=n + 1,
                                 total=total) + " ",
               class_="ex-step-count")
        el(legend, "span", step.title)
        if step.text:
            markdown_into(el(fieldset, "div", class_="ex-step-text"), step.text)
        for f in step.fields:
            field(fieldset, uid, f, f.id)
    if paged:
        nav = el(form, "div", class_="ex-step-nav")
        # i18n: The button that goes back to the previous part of a worksheet shown one part at a time.
        el(nav, "button", t("worksheet.back", "Back"), type="button", class_="md-button ex-back",
           hidden="hidden")
        # i18n: The button that goes on to the next part of a worksheet shown one part at a time.
        el(nav, "button", t("worksheet.next", "Next"), type="button",
           class_="md-button md-button--primary ex-next")
    el(form, "p", "", class_="ex-form-error", role="alert", hidden="hidden", id=f"{uid}-form-error")
    before_actions(form, uid, ws.fields)
    if ws.feedback:
        # i18n: A worksheet's main button when it gives feedback: shows the summary below the form.
        submit = t("worksheet.submit_summary", "See my summary")
    else:
        # i18n: A worksheet's main button when it gives no feedback.
        submit = t("worksheet.submit_done", "I am done")
    actions = save_actions(form, submit)
    if paged:
        actions.set("hidden", "hidden")  # with the last part
    status_line(form)
    result = el(root, "div", class_="ex-result", hidden="hidden", tabindex="-1", role="region",
                aria_labelledby=f"{uid}-result-title")
    # i18n: The heading of a worksheet's summary.
    el(result, "p", t("worksheet.summary_title", "Your summary"), class_="ex-result-title", role="heading",
       aria_level="3", id=f"{uid}-result-title")
    # i18n: Under the heading of a worksheet's summary.
    el(result, "p", t("worksheet.well_done", "Well done for taking this time for yourself. You can save it "
                      "on this device, download a copy, or print it."), class_="ex-done")
    el(result, "div", "", class_="ex-feedback")
    return root
