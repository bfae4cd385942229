"""The questionnaire as a server-rendered, accessible form that works before Python loads."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..core.messages import number, t, tn
from ..core.questionnaire import Questionnaire, round_display
from ..definitions import Definition
from .html import MarkdownInto, PageLink, el, exercise_root, words_with
from .parts import status_element

# Plot geometry in SVG units; the browser reads it back from data attributes.
PLOT_SIZE = 320
PLOT_PAD = 36


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink
           ) -> etree.Element:
    q: Questionnaire = defn.model
    # i18n: Shown in a questionnaire when the browser runs no JavaScript.
    root = exercise_root(defn.kind, uid, defn.data, q.title, q.intro, markdown_into,
                         t("questionnaire.no_script", "Scoring needs JavaScript, which is off in this "
                           "browser. You can still print this page and answer on paper."))
    form = el(root, "form", class_="ex-form", novalidate="novalidate", id=f"{uid}-form")
    _items(form, q, uid)
    summary = el(form, "div", class_="ex-error-summary", role="alert", tabindex="-1",
                 hidden="hidden", id=f"{uid}-errors")
    el(summary, "p", "", class_="ex-error-title")
    el(summary, "ul", "")
    actions = el(form, "div", class_="ex-actions")
    # i18n: The button under a questionnaire's questions that asks for the scores.
    el(actions, "button", t("questionnaire.submit", "See my scores"), type="submit",
       class_="md-button md-button--primary")
    status = status_element(form)
    el(status, "span", t("status.scored.idle", "You can start answering now. Your answers stay on this "
                         "device."),
       class_="ex-status-text")
    # i18n: The button on an exercise's status line that starts its tool again after it failed.
    el(status, "button", t("status.try_again", "Try again"), type="button", class_="ex-retry md-button",
       hidden="hidden")
    _result(root, q, uid, markdown_into, link)
    return root


def _scale_key(form: etree.Element, q: Questionnaire) -> None:
    """Every point of the scale with its words, once above the questions: under each question only
    the two ends are written (a row of seven labels does not fit a phone), so a reader who sees the
    numbers can read what the middle ones mean. Screen readers hear each point's words with its
    button, so the key is hidden from them."""
    if len(q.scale.labels) <= 2:
        return  # the two ends under each question are all there is
    key = el(form, "div", class_="ex-scale-key", aria_hidden="true")
    # i18n: Above a questionnaire's questions, before the list of every point of its scale with its words.
    el(key, "p", t("questionnaire.scale_key", "What the numbers mean:"), class_="ex-scale-key-title")
    points = el(key, "ul", class_="ex-scale-key-points")
    for point, label in enumerate(q.scale.labels, start=q.scale.low):
        entry = el(points, "li")
        el(entry, "span", number(point), class_="ex-num ex-scale-key-point").tail = f" {label}"


def _items(form: etree.Element, q: Questionnaire, uid: str) -> None:
    _scale_key(form, q)
    items = el(form, "ol", class_="ex-items")
    for n, item in enumerate(q.items, start=1):
        fieldset = el(el(items, "li"), "fieldset", class_="ex-likert", id=f"{uid}-{item.id}",
                      data_item=item.id)
        legend = el(fieldset, "legend")
        # i18n: The number before a questionnaire's question. {number} is its place (1 for the first).
        el(legend, "span", t("questionnaire.item_number", "{number}.", number=n), class_="ex-num")
        el(legend, "span", f" {item.text}")
        el(fieldset, "p", "", class_="ex-field-error", id=f"{uid}-{item.id}-error", hidden="hidden")
        options = el(fieldset, "div", class_="ex-likert-options")
        for point, label in enumerate(q.scale.labels, start=q.scale.low):
            option = el(options, "label", class_="ex-likert-option")
            el(option, "input", type="radio", name=f"{uid}-{item.id}", value=str(point))
            # The visible number is part of the accessible name ("3 Slightly disagree").
            el(option, "span", number(point), class_="ex-point").tail = " "
            el(option, "span", label, class_="ex-point-label")
        ends = el(fieldset, "div", class_="ex-likert-ends", aria_hidden="true")
        el(ends, "span", q.scale.labels[0])
        el(ends, "span", q.scale.labels[-1])


def _result(root: etree.Element, q: Questionnaire, uid: str, markdown_into: MarkdownInto,
            link: PageLink) -> None:
    result = el(root, "div", class_="ex-result", hidden="hidden", tabindex="-1",
                aria_labelledby=f"{uid}-result-title", role="region")
    # i18n: The heading of a questionnaire's result (never "score" or "diagnosis": a reflection).
    el(result, "p", t("questionnaire.result_title", "Your reflection"), class_="ex-result-title",
       role="heading",
       aria_level="3", id=f"{uid}-result-title")
    el(result, "p", "", class_="ex-result-note", hidden="hidden")
    scores = el(result, "dl", class_="ex-scores")
    for sub in q.subscales:
        el(scores, "dt", sub.name)
        dd = el(scores, "dd", data_subscale=sub.id)
        value = el(dd, "span", class_="ex-score")
        el(value, "strong", "", class_="ex-score-value")
        # i18n: After a score in a questionnaire's result ("4.5 on a scale from 1 to 7"); the score comes
        # first, then a space. {low} and {high} are the ends of the answer scale.
        el(value, "span", " " + t("questionnaire.on_scale", "on a scale from {low} to {high}",
                                  low=q.scale.low,
                                  high=q.scale.high))
        if sub.description:
            el(dd, "span", sub.description, class_="ex-score-about")
    mid = number(round_display(q.scale.midpoint).removesuffix(".0"))
    # i18n: Under a questionnaire's scores. {mid} is the middle of the answer scale (4 on 1 to 7); {count}
    # how many scores there are. Says plainly that scores are not a type or a diagnosis.
    el(result, "p", tn("questionnaire.midpoint_note",
                       "The middle of the scale is {mid}. Your score is a number that can change over time, "
                       "not a type or a diagnosis.",
                       "The middle of the scale is {mid}. Scores are {count} numbers that can change over "
                       "time, not a type or a diagnosis.", len(q.subscales), mid=mid), class_="ex-midpoint")
    if q.plot is not None:
        _plot(result, q, uid)
    for region in q.regions:
        block = el(result, "div", class_="ex-region", data_region=region.id, hidden="hidden")
        markdown_into(block, region.text)
        if region.lessons:
            # i18n: Above the list of lessons a questionnaire's result suggests.
            el(block, "p", t("questionnaire.pages_that_may_help", "Pages that may help:"),
               class_="ex-lessons-title")
            lessons = el(block, "ul", class_="ex-lessons")
            for path in region.lessons:
                href, title = link(path)
                el(el(lessons, "li"), "a", title, href=href)
    _keep(result, link)


def _keep(result: etree.Element, link: PageLink) -> None:
    """Saving is the reader's choice: the date, the scores and how many questions were skipped."""
    keep = el(result, "div", class_="ex-keep")
    note = el(keep, "p", class_="ex-keep-note")
    href, _ = link("journal.md")
    # i18n: Under a questionnaire's result. {journal} is a link whose words are "your journal".
    words_with(note, t("questionnaire.keep_note", "If you like, keep this result to compare with later "
                       "answers. It stays on this device, in {journal}, with the date and how many questions "
                       "you skipped. Nothing is kept unless you choose to."),
               # i18n: The words of the link to the journal page, in the note under a questionnaire's result.
               journal=el(None, "a", t("questionnaire.keep_journal_link", "your journal"), href=href))
    actions = el(keep, "div", class_="ex-actions")
    # i18n: The button that keeps a questionnaire's result in the journal on this device.
    el(actions, "button", t("questionnaire.save_result", "Save to my journal"), type="button",
       class_="md-button ex-save-result")
    el(keep, "p", "", class_="ex-keep-status", role="status", aria_live="polite")


def _plot(result: etree.Element, q: Questionnaire, uid: str) -> None:
    assert q.plot is not None
    plot = q.plot
    size, pad = PLOT_SIZE, PLOT_PAD
    inner = size - 2 * pad
    figure = el(result, "figure", class_="ex-plot")
    grid = el(figure, "div", class_="ex-plot-grid")
    svg = el(grid, "svg", viewBox=f"0 0 {size} {size}", role="img", class_="ex-plot-svg",
             aria_labelledby=f"{uid}-plot-alt", data_origin_x=str(pad),
             data_origin_y=str(size - pad), data_extent=str(inner), focusable="false")
    el(svg, "rect", x=str(pad), y=str(pad), width=str(inner), height=str(inner),
       class_="ex-plot-area")
    half = pad + inner / 2
    el(svg, "line", x1=f"{half:g}", y1=str(pad), x2=f"{half:g}", y2=str(size - pad),
       class_="ex-plot-mid")
    el(svg, "line", x1=str(pad), y1=f"{half:g}", x2=str(size - pad), y2=f"{half:g}",
       class_="ex-plot-mid")
    el(svg, "text", q.subscale(plot.x).name + " \u2192", x=f"{half:g}", y=str(size - 10),
       class_="ex-plot-axis", text_anchor="middle")
    el(svg, "text", q.subscale(plot.y).name + " \u2192", x=str(-half), y="22",
       transform="rotate(-90)", class_="ex-plot-axis", text_anchor="middle")
    if plot.y_high:
        el(svg, "text", "\u2191 " + plot.y_high, x=f"{half:g}", y=str(pad + 18),
           class_="ex-plot-cap-in", text_anchor="middle")
    if plot.y_low:
        el(svg, "text", "\u2193 " + plot.y_low, x=f"{half:g}", y=str(size - pad - 10),
           class_="ex-plot-cap-in", text_anchor="middle")
    el(svg, "circle", cx=f"{half:g}", cy=f"{half:g}", r="9", class_="ex-plot-mark",
       visibility="hidden", data_x=plot.x, data_y=plot.y)
    ends = el(grid, "span", class_="ex-plot-cap ex-plot-cap--x")
    el(ends, "span", "\u2190 " + plot.x_low)
    el(ends, "span", plot.x_high + " \u2192")
    el(figure, "figcaption", "", class_="ex-plot-alt", id=f"{uid}-plot-alt")
