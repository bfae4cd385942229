"""A worksheet as a server-rendered form: every step in the page (so it works before Python loads,
and prints as a blank worksheet), fields drawn from their definition, guides that need a script
(breathing, a wait timer) described in words until the script adds their buttons."""

from __future__ import annotations

import json
import xml.etree.ElementTree as etree

from ..core.worksheet import BREATHS, BreathPattern, Field, Worksheet
from ..definitions import Definition
from .html import MarkdownInto, PageLink, el
from .parts import crisis_banner, notes, save_actions, status_line

SAY_PHASE = {"in": "breathe in", "out": "breathe out", "hold-full": "hold", "hold-empty": "hold"}
HOLD_NOTE = ("Holding your breath makes some people feel more anxious or dizzy. If it does, stop, "
             "and use slow breathing instead.")


def pattern_steps(pattern: BreathPattern) -> str:
    """The pattern in words, for paper and for readers without the script."""
    words = ", ".join(f"{SAY_PHASE[phase]} for {seconds}" for phase, seconds in pattern.phases)
    return words[0].upper() + words[1:] + "."


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink) -> etree.Element:
    ws: Worksheet = defn.model
    root = el(None, "section", class_="ex ex-worksheet", data_exercise="worksheet", data_exercise_id=uid,
              data_display=ws.display, aria_labelledby=f"{uid}-title",
              data_definition=json.dumps(defn.data, ensure_ascii=False, separators=(",", ":")))
    el(root, "h2", ws.title, id=f"{uid}-title", class_="ex-title")
    if ws.intro:
        markdown_into(el(root, "div", class_="ex-intro"), ws.intro)
    noscript = el(root, "noscript")
    el(noscript, "p", "Feedback, timers and saving need JavaScript, which is off in this browser. You "
       "can still print this page and fill it in on paper.", class_="ex-noscript")
    crisis_banner(root, uid, link)
    notes(root)
    form = el(root, "form", class_="ex-form", novalidate="novalidate", id=f"{uid}-form")
    steps = el(form, "ol", class_="ex-steps")
    total = len(ws.steps)
    for n, step in enumerate(ws.steps):
        item = el(steps, "li", class_="ex-step", data_step=str(n), id=f"{uid}-step-{n + 1}")
        fieldset = el(item, "fieldset", class_="ex-step-fields")
        legend = el(fieldset, "legend", tabindex="-1")
        if ws.display == "one_at_a_time" and total > 1:
            el(legend, "span", f"Part {n + 1} of {total}: ", class_="ex-step-count")
        el(legend, "span", step.title)
        if step.text:
            markdown_into(el(fieldset, "div", class_="ex-step-text"), step.text)
        for f in step.fields:
            _field(fieldset, uid, f, f.id)
    if ws.display == "one_at_a_time" and total > 1:
        nav = el(form, "div", class_="ex-step-nav", hidden="hidden")
        el(nav, "button", "Back", type="button", class_="md-button ex-back")
        el(nav, "button", "Next", type="button", class_="md-button md-button--primary ex-next")
    el(form, "p", "", class_="ex-form-error", role="alert", hidden="hidden", id=f"{uid}-form-error")
    save_actions(form, "See my summary" if ws.feedback else "I am done")
    status_line(form)
    result = el(root, "div", class_="ex-result", hidden="hidden", tabindex="-1", role="region",
                aria_labelledby=f"{uid}-result-title")
    el(result, "p", "Your summary", class_="ex-result-title", role="heading", aria_level="3",
       id=f"{uid}-result-title")
    el(result, "p", "Well done for taking this time for yourself. You can save it on this device, "
       "download a copy, or print it.", class_="ex-done")
    el(result, "div", "", class_="ex-feedback")
    return root


def _error(parent: etree.Element, uid: str, name: str) -> None:
    el(parent, "p", "", class_="ex-field-error", id=f"{uid}-{_dom(name)}-error", hidden="hidden",
       data_error_for=name)


def _dom(name: str) -> str:
    return name.replace(".", "-")


def _hint(parent: etree.Element, uid: str, name: str, text: str) -> str:
    """The hint under a label; returns its id for aria-describedby (empty when there is none)."""
    if not text:
        return ""
    hint_id = f"{uid}-{_dom(name)}-hint"
    el(parent, "p", text, class_="ex-hint", id=hint_id)
    return hint_id


def _field(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    """One field; ``name`` is its answer path: ``calm`` or, inside a group, ``urges.0.before``."""
    if f.type in ("short_text", "long_text", "rating"):
        box = el(parent, "div", class_=f"ex-field ex-{f.type.replace('_', '-')}", data_box=name)
        field_id = f"{uid}-{_dom(name)}"
        el(box, "label", f.label, for_=field_id)
        hint = f.hint
        if f.type == "rating":
            low = f"{f.min} ({f.low_label})" if f.low_label else str(f.min)
            high = f"{f.max} ({f.high_label})" if f.high_label else str(f.max)
            hint = " ".join(p for p in [hint, f"A number from {low} to {high}."] if p)
        hint_id = _hint(box, uid, name, hint)
        described = {"aria_describedby": hint_id} if hint_id else {}
        if f.type == "long_text":
            el(box, "textarea", "", id=field_id, name=name, rows="3", data_field=name, **described)
        elif f.type == "short_text":
            el(box, "input", type="text", id=field_id, name=name, autocomplete="off", data_field=name,
               **described)
        else:
            el(box, "input", type="number", id=field_id, name=name, min=str(f.min), max=str(f.max),
               step="1", inputmode="numeric", data_field=name, **described)
        _error(box, uid, name)
    elif f.type in ("choice", "checklist"):
        box = el(parent, "fieldset", class_=f"ex-field ex-options ex-{f.type}", data_box=name,
                 data_field=name, data_type=f.type)
        el(box, "legend", f.label)
        _hint(box, uid, name, f.hint)
        options = el(box, "div", class_="ex-option-list")
        for n, option in enumerate(f.options):
            label = el(options, "label", class_="ex-option")
            el(label, "input", type="radio" if f.type == "choice" else "checkbox",
               name=f"{uid}-{_dom(name)}", value=option, id=f"{uid}-{_dom(name)}-{n}")
            el(label, "span", option)
        _error(box, uid, name)
    elif f.type == "group":
        _group(parent, uid, f, name)
    elif f.type == "breathing":
        _breathing(parent, uid, f, name)
    elif f.type == "timer":
        _timer(parent, uid, f, name)


def _group(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    box = el(parent, "fieldset", class_="ex-field ex-group", data_box=name, data_group=name,
             data_max_rows=str(f.max_rows))
    el(box, "legend", f.label)
    _hint(box, uid, name, f.hint)
    rows = el(box, "ol", class_="ex-rows", data_rows=name)
    for n in range(f.min_rows):
        row = el(rows, "li", class_="ex-row", data_row=str(n))
        inner = el(row, "fieldset", class_="ex-row-fields")
        el(inner, "legend", f"{f.row_label} {n + 1}", class_="ex-row-title")
        for sub in f.fields:
            _field(inner, uid, sub, f"{name}.{n}.{sub.id}")
    el(box, "button", f.add_label or f"Add another {f.row_label.lower()}", type="button",
       class_="md-button ex-add", data_add=name, hidden="hidden")
    _error(box, uid, name)


def _widget(parent: etree.Element, uid: str, f: Field, name: str, kind: str) -> etree.Element:
    box = el(parent, "div", class_=f"ex-field ex-{kind}", data_widget=kind, role="group",
             aria_labelledby=f"{uid}-{_dom(name)}-title", data_box=name)
    el(box, "p", f.label, class_="ex-field-title", id=f"{uid}-{_dom(name)}-title")
    _hint(box, uid, name, f.hint)
    return box


def _breathing(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    box = _widget(parent, uid, f, name, "breathing")
    ways = el(box, "ul", class_="ex-breath-ways")
    for key in f.patterns:
        item = el(ways, "li")
        el(item, "strong", BREATHS[key].name + ": ")
        el(item, "span", pattern_steps(BREATHS[key]))
    if any(BREATHS[key].holds for key in f.patterns):
        el(box, "p", HOLD_NOTE, class_="ex-hint ex-breath-note")
    controls = el(box, "div", class_="ex-breath-controls", hidden="hidden")

    def phases(key: str) -> dict[str, str]:  # what the guide in the page paces by
        return {"data_phases": json.dumps(BREATHS[key].phases, separators=(",", ":")),
                "data_spoken": BREATHS[key].spoken}

    if len(f.patterns) > 1:
        choose = el(controls, "fieldset", class_="ex-breath-pattern")
        el(choose, "legend", "Pattern")
        for n, key in enumerate(f.patterns):
            label = el(choose, "label", class_="ex-option")
            attrs = {"checked": "checked"} if n == 0 else {}
            el(label, "input", type="radio", name=f"{uid}-{_dom(name)}-pattern", value=key, **phases(key),
               **attrs)
            el(label, "span", BREATHS[key].name)
    else:
        el(controls, "input", type="hidden", name=f"{uid}-{_dom(name)}-pattern", value=f.patterns[0],
           **phases(f.patterns[0]))
    stage = el(controls, "div", class_="ex-breath-stage")
    el(stage, "div", "", class_="ex-breath-circle", aria_hidden="true", data_phase="rest")
    # What is shown changes every second; only the change of phase is announced.
    el(stage, "p", "Press Start when you are ready.", class_="ex-breath-count", aria_hidden="true")
    el(controls, "p", "", class_="ex-breath-live ex-visually-hidden", aria_live="polite")
    buttons = el(controls, "div", class_="ex-actions")
    el(buttons, "button", "Start", type="button", class_="md-button md-button--primary ex-breath-toggle")
    el(buttons, "button", "Stop", type="button", class_="md-button ex-breath-stop", hidden="hidden")


def _timer(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    box = _widget(parent, uid, f, name, "timer")
    box.set("data-minutes", str(f.minutes))
    minutes = "1 minute" if f.minutes == 1 else f"{f.minutes} minutes"
    el(box, "p", f"Wait {minutes} before you act on the urge. A clock or phone timer works too.",
       class_="ex-timer-paper")
    controls = el(box, "div", class_="ex-timer-controls", hidden="hidden")
    el(controls, "p", f"{minutes} left", class_="ex-timer-display", role="timer", aria_live="off")
    el(controls, "p", "", class_="ex-timer-live ex-visually-hidden", aria_live="polite")
    buttons = el(controls, "div", class_="ex-actions")
    el(buttons, "button", "Start the timer", type="button",
       class_="md-button md-button--primary ex-timer-toggle")
    el(buttons, "button", "Reset", type="button", class_="md-button ex-timer-reset")
