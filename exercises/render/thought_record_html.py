"""The thought record as a server-rendered form: usable before Python loads, printable blank.

Its nine steps follow the lesson (step 4). Every thinking trap is a checkbox in step 5, so naming a
trap works without Python and on paper; beside them, and beside the summary's suggestions, a fixed
note says that a partner who controls, frightens or hurts you is not a thinking trap."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..core.text_checks import RETIRED_TRAPS, TRAPS, Trap
from ..core.thought_record import MESSAGES, SAFETY_INSTEAD, SAFETY_LINK, SAFETY_NOTE, STEP_TITLES
from ..definitions import Definition
from .html import MarkdownInto, PageLink, el, exercise_root
from .parts import crisis_banner, notes, save_actions, status_line

# Rows rendered at build time: enough for a paper worksheet; the page can add more.
EMOTION_ROWS = 3
THOUGHT_ROWS = 2


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink) -> etree.Element:
    words = defn.model
    root = exercise_root(defn.kind, uid, defn.data, words["title"], words["intro"], markdown_into,
                         "Summaries and saving need JavaScript, which is off in this browser. You can "
                         "still print this page and fill it in on paper.")
    crisis_banner(root, uid, link)
    notes(root, uid)
    form = el(root, "form", class_="ex-form", novalidate="novalidate", id=f"{uid}-form")
    datalist = el(form, "datalist", id=f"{uid}-feelings")
    for word in words["emotion_suggestions"]:
        el(datalist, "option", value=word)
    steps = el(form, "ol", class_="ex-steps")
    _textarea_step(steps, uid, "situation", "Where were you, when, and who was there? Say it the way a "
                   "camera would have seen it.")
    _emotions_step(steps, uid)
    _thoughts_step(steps, uid)
    _belief_step(steps, uid)
    _traps_step(steps, uid, link)
    _textarea_step(steps, uid, "evidence_for", "What facts support the thought that hurts most? Stick to "
                   "what you know, not what you fear.")
    _textarea_step(steps, uid, "evidence_against", "What facts do not fit it? Has this fear come true "
                   "before? Were there times it did not?")
    _textarea_step(steps, uid, "balanced", "Write a new thought that takes in all the facts. It does not "
                   "have to be cheerful. It just has to be fair. What would you tell a friend?")
    _after_step(steps, uid)
    el(form, "p", "", class_="ex-form-error", role="alert", hidden="hidden", id=f"{uid}-form-error")
    save_actions(form, "See my summary")
    status_line(form)
    _result(root, uid, link)
    return root


def safety_note(parent: etree.Element, link: PageLink, text: str = SAFETY_NOTE, kind: str = "ex-safety-note",
                **attrs: str) -> etree.Element:
    """The fixed words beside every mention of thinking traps, with the link to the safety page."""
    note = el(parent, "p", text + " ", class_=kind, **attrs)
    page, words = SAFETY_LINK
    el(note, "a", words, href=link(page)[0])
    return note


def _step(steps: etree.Element, uid: str, key: str) -> etree.Element:
    return el(el(steps, "li", class_="ex-step"), "fieldset", class_="ex-step-fields", id=f"{uid}-step-{key}")


def _error(parent: etree.Element, uid: str, name: str) -> None:
    el(parent, "p", "", class_="ex-field-error", id=f"{uid}-{name}-error", hidden="hidden",
       data_error_for=name)


def _textarea_step(steps: etree.Element, uid: str, key: str, hint: str) -> etree.Element:
    fieldset = _step(steps, uid, key)
    el(fieldset, "legend", STEP_TITLES[key])
    field_id = f"{uid}-{key}"
    el(fieldset, "label", hint, for_=field_id, class_="ex-hint")
    el(fieldset, "textarea", "", id=field_id, name=key, rows="4", data_field=key)
    _error(fieldset, uid, key)
    return fieldset


def _rating(parent: etree.Element, uid: str, name: str, label: str) -> None:
    field_id = f"{uid}-{name.replace('.', '-')}"
    row = el(parent, "div", class_="ex-rating")
    el(row, "label", label, for_=field_id)
    el(row, "input", type="number", id=field_id, name=name, min="0", max="100", step="1",
       inputmode="numeric", data_field=name)
    _error(row, uid, name)


def _emotions_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "emotions")
    el(fieldset, "legend", STEP_TITLES["emotions"])
    el(fieldset, "p", "Name each feeling and rate how strong it is, from 0 (not at all) to 100 "
       "(the strongest you have felt).", class_="ex-hint")
    rows = el(fieldset, "div", class_="ex-rows", data_rows="emotions")
    for n in range(EMOTION_ROWS):
        row = el(rows, "div", class_="ex-row", data_row=str(n))
        name_id = f"{uid}-emotions-{n}-name"
        el(row, "label", f"Feeling {n + 1}", for_=name_id)
        el(row, "input", type="text", id=name_id, name=f"emotions.{n}.name", list=f"{uid}-feelings",
           autocomplete="off", data_field=f"emotions.{n}.name")
        _error(row, uid, f"emotions.{n}.name")
        _rating(row, uid, f"emotions.{n}.before", f"How strong (0 to 100), feeling {n + 1}")
    el(fieldset, "button", "Add another feeling", type="button", class_="md-button ex-add",
       data_add="emotions", hidden="hidden")


def _thoughts_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "thoughts")
    el(fieldset, "legend", STEP_TITLES["thoughts"])
    el(fieldset, "p", "Write each thought as it came. Then mark the one that hurts most. This is your "
       "hot thought.", class_="ex-hint")
    rows = el(fieldset, "div", class_="ex-rows", data_rows="thoughts")
    for n in range(THOUGHT_ROWS):
        row = el(rows, "div", class_="ex-row", data_row=str(n))
        text_id = f"{uid}-thoughts-{n}-text"
        el(row, "label", f"Thought {n + 1}", for_=text_id)
        el(row, "textarea", "", id=text_id, name=f"thoughts.{n}.text", rows="2",
           data_field=f"thoughts.{n}.text")
        hot = el(row, "label", class_="ex-hot")
        el(hot, "input", type="radio", name=f"{uid}-hot", value=str(n), data_field="hot")
        el(hot, "span", f" Thought {n + 1} hurts most")
    el(fieldset, "button", "Add another thought", type="button", class_="md-button ex-add",
       data_add="thoughts", hidden="hidden")


def _belief_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "belief_before")
    el(fieldset, "legend", STEP_TITLES["belief_before"])
    el(fieldset, "p", "Think of your hot thought, the one that hurts most. From 0 (not at all) to 100 "
       "(completely), how much do you believe it right now?", class_="ex-hint")
    _rating(fieldset, uid, "belief_before", "How much I believe it (0 to 100)")


def _traps_step(steps: etree.Element, uid: str, link: PageLink) -> None:
    fieldset = _step(steps, uid, "traps")
    el(fieldset, "legend", STEP_TITLES["traps"])
    el(fieldset, "p", "Does the thought that hurts most fit any of these thinking traps? Tick the ones "
       "that fit. It is fine if none do.", class_="ex-hint")
    options = el(fieldset, "div", class_="ex-option-list ex-trap-choices")
    for trap in TRAPS:
        _trap_choice(options, uid, trap)
    # Named only in entries saved when it was still offered: shown (ticked) when such an entry opens.
    for trap in RETIRED_TRAPS:
        _trap_choice(options, uid, trap, hidden="hidden", data_retired="true")
    safety_note(fieldset, link)


def _trap_choice(options: etree.Element, uid: str, trap: Trap, **attrs: str) -> None:
    label = el(options, "label", class_="ex-option ex-trap-choice", **attrs)
    el(label, "input", type="checkbox", name=f"{uid}-traps", value=trap.id, id=f"{uid}-trap-{trap.id}",
       data_trap=trap.id)
    text = el(label, "span")
    el(text, "strong", trap.name)
    el(text, "span", f": {trap.explanation}")


def _after_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "after")
    el(fieldset, "legend", STEP_TITLES["after"])
    _rating(fieldset, uid, "belief_after", "How much do you believe the thought that hurts most now? "
            "(0 to 100)")
    el(fieldset, "p", "Look at your feelings again. How strong is each one now?", class_="ex-hint")
    rows = el(fieldset, "div", class_="ex-rows", data_rows="after")
    for n in range(EMOTION_ROWS):
        row = el(rows, "div", class_="ex-row", data_row=str(n))
        _rating(row, uid, f"emotions.{n}.after", f"Feeling {n + 1} now (0 to 100)")


def _result(root: etree.Element, uid: str, link: PageLink) -> None:
    result = el(root, "div", class_="ex-result", hidden="hidden", tabindex="-1", role="region",
                aria_labelledby=f"{uid}-result-title")
    el(result, "p", "Your summary", class_="ex-result-title", role="heading", aria_level="3",
       id=f"{uid}-result-title")
    el(result, "p", "How much you believe the thought that hurts most", class_="ex-subtitle")
    el(result, "p", "", class_="ex-belief", hidden="hidden")
    el(result, "p", "Rate how much you believe it in step 4 and again in step 9 to see how it moved.",
       class_="ex-belief-empty", hidden="hidden")
    el(result, "p", "How your feelings changed", class_="ex-subtitle")
    el(result, "ul", "", class_="ex-changes")
    el(result, "p", "No feeling has both ratings yet. Rate your feelings in step 2 and again in "
       "step 9 to see how they moved.", class_="ex-changes-empty", hidden="hidden")
    traps = el(result, "div", class_="ex-traps")
    el(traps, "p", "Thinking traps that might be worth a look", class_="ex-subtitle")
    el(traps, "p", "These are only suggestions, found in the words of your thoughts. Keep the ones "
       "that fit, and they are ticked in step 5.", class_="ex-hint ex-traps-hint")
    el(traps, "ul", "", class_="ex-trap-list")
    el(traps, "p", "No common thinking traps stood out in your thoughts.", class_="ex-traps-empty",
       hidden="hidden")
    # Instead of suggestions, when the entry sounds like it is about how someone treats the reader.
    safety_note(traps, link, SAFETY_INSTEAD, "ex-traps-safety", hidden="hidden")
    # Instead of suggestions, when the entry sounds like a crisis (the offer of help is shown above).
    el(traps, "p", MESSAGES["crisis_instead"], class_="ex-traps-crisis", hidden="hidden")
    safety_note(traps, link)
