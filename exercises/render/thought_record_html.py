"""The thought record as a server-rendered form: usable before Python loads, printable blank.

Its nine steps follow the lesson (step 4). Every thinking trap is a checkbox in step 5, so naming a
trap works without Python and on paper; beside them, and beside the summary's suggestions, a fixed
note says that a partner who controls, frightens or hurts you is not a thinking trap."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from ..core.messages import t
from ..core.text_checks import RETIRED_TRAPS, TRAPS, Trap, suggests_traps
from ..core.thought_record import MESSAGES, SAFETY_INSTEAD, SAFETY_LINK, SAFETY_NOTE, STEP_TITLES
from ..definitions import Definition
from .html import MarkdownInto, PageLink, el, exercise_root, numbered
from .parts import crisis_banner, notes, save_actions, status_line

# Rows rendered at build time: enough for a paper worksheet; the page can add more.
# Stands for the trap's name in its line's words, where the name is set in bold.
NAME_MARK = "\ue000"
EMOTION_ROWS = 3
THOUGHT_ROWS = 2


def render(defn: Definition, uid: str, markdown_into: MarkdownInto, link: PageLink) -> etree.Element:
    words = defn.model
    # i18n: Shown in the thought record when the browser runs no JavaScript.
    root = exercise_root(defn.kind, uid, defn.data, words["title"], words["intro"], markdown_into,
                         t("thought_record.no_script", "Summaries and saving need JavaScript, which is off "
                           "in this browser. You can still print this page and fill it in on paper."))
    crisis_banner(root, uid, link)
    notes(root, uid)
    form = el(root, "form", class_="ex-form", novalidate="novalidate", id=f"{uid}-form")
    datalist = el(form, "datalist", id=f"{uid}-feelings")
    for word in words["emotion_suggestions"]:
        el(datalist, "option", value=word)
    steps = el(form, "ol", class_="ex-steps")
    # i18n: The hint (and label) of the thought record's first box: the situation.
    _textarea_step(steps, uid, "situation", t("thought_record.situation_hint", "Where were you, when, and "
                                              "who was there? Say it the way a camera would have seen it."))
    _emotions_step(steps, uid)
    _thoughts_step(steps, uid)
    _belief_step(steps, uid)
    _traps_step(steps, uid, link)
    # i18n: The hint (and label) of the thought record's box for facts that support the thought.
    _textarea_step(steps, uid, "evidence_for", t("thought_record.evidence_for_hint", "What facts support the "
                                                 "thought that hurts most? Stick to what you know, not what "
                                                 "you fear."))
    # i18n: The hint (and label) of the thought record's box for facts that do not fit the thought.
    _textarea_step(steps, uid, "evidence_against", t("thought_record.evidence_against_hint", "What facts do "
                                                     "not fit it? Has this fear come true before? Were there "
                                                     "times it did not?"))
    # i18n: The hint (and label) of the thought record's box for a balanced thought.
    _textarea_step(steps, uid, "balanced", t("thought_record.balanced_hint", "Write a new thought that takes "
                                             "in all the facts. It does not have to be cheerful. It just has "
                                             "to be fair. What would you tell a friend?"))
    _after_step(steps, uid)
    el(form, "p", "", class_="ex-form-error", role="alert", hidden="hidden", id=f"{uid}-form-error")
    # i18n: The thought record's main button: shows the summary below the form.
    save_actions(form, t("thought_record.submit", "See my summary"))
    status_line(form)
    _result(root, uid, link)
    return root


def safety_note(parent: etree.Element, link: PageLink, text: object = SAFETY_NOTE,
                kind: str = "ex-safety-note", **attrs: str) -> etree.Element:
    """The fixed words beside every mention of thinking traps, with the link to the safety page."""
    note = el(parent, "p", f"{text} ", class_=kind, **attrs)
    page, words = SAFETY_LINK
    el(note, "a", str(words), href=link(page)[0])
    return note


def _step(steps: etree.Element, uid: str, key: str) -> etree.Element:
    return el(el(steps, "li", class_="ex-step"), "fieldset", class_="ex-step-fields", id=f"{uid}-step-{key}")


def _error(parent: etree.Element, uid: str, name: str) -> None:
    el(parent, "p", "", class_="ex-field-error", id=f"{uid}-{name}-error", hidden="hidden",
       data_error_for=name)


def _textarea_step(steps: etree.Element, uid: str, key: str, hint: str) -> etree.Element:
    fieldset = _step(steps, uid, key)
    el(fieldset, "legend", str(STEP_TITLES[key]))
    field_id = f"{uid}-{key}"
    el(fieldset, "label", hint, for_=field_id, class_="ex-hint")
    el(fieldset, "textarea", "", id=field_id, name=key, rows="4", data_field=key)
    _error(fieldset, uid, key)
    return fieldset


def _rating(parent: etree.Element, uid: str, name: str, label: str, number: int | None = None) -> None:
    """A 0-to-100 box; with NUMBER, LABEL is a template holding the row's {number}."""
    field_id = f"{uid}-{name.replace('.', '-')}"
    row = el(parent, "div", class_="ex-rating")
    if number is None:
        el(row, "label", label, for_=field_id)
    else:
        numbered(row, "label", label, number, for_=field_id)
    el(row, "input", type="number", id=field_id, name=name, min="0", max="100", step="1",
       inputmode="numeric", data_field=name)
    _error(row, uid, name)


def _emotions_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "emotions")
    el(fieldset, "legend", str(STEP_TITLES["emotions"]))
    # i18n: The hint of the thought record's step for feelings.
    el(fieldset, "p", t("thought_record.emotions_hint", "Name each feeling and rate how strong it is, from 0 "
                        "(not at all) to 100 (the strongest you have felt)."), class_="ex-hint")
    rows = el(fieldset, "div", class_="ex-rows", data_rows="emotions")
    for n in range(EMOTION_ROWS):
        row = el(rows, "div", class_="ex-row", data_row=str(n))
        name_id = f"{uid}-emotions-{n}-name"
        # i18n: The label of a feeling's box in the thought record. {number} is the feeling's number.
        numbered(row, "label", t("thought_record.feeling", "Feeling {number}"), n + 1, for_=name_id)
        el(row, "input", type="text", id=name_id, name=f"emotions.{n}.name", list=f"{uid}-feelings",
           autocomplete="off", data_field=f"emotions.{n}.name")
        _error(row, uid, f"emotions.{n}.name")
        # i18n: The label of a feeling's rating in the thought record. {number} is the feeling's number.
        _rating(row, uid, f"emotions.{n}.before", t("thought_record.feeling_strength", "How strong (0 to "
                                                    "100), feeling {number}"), n + 1)
    # i18n: The button that adds a feeling to the thought record.
    # Shown from the start (no most rows), hidden without scripts (exercises.css): nothing moves.
    el(fieldset, "button", t("thought_record.add_feeling", "Add another feeling"), type="button",
       class_="md-button ex-add", data_add="emotions")


def _thoughts_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "thoughts")
    el(fieldset, "legend", str(STEP_TITLES["thoughts"]))
    # i18n: The hint of the thought record's step for thoughts.
    el(fieldset, "p", t("thought_record.thoughts_hint", "Write each thought as it came. Then mark the one "
                        "that hurts most. This is your hot thought."), class_="ex-hint")
    rows = el(fieldset, "div", class_="ex-rows", data_rows="thoughts")
    for n in range(THOUGHT_ROWS):
        row = el(rows, "div", class_="ex-row", data_row=str(n))
        text_id = f"{uid}-thoughts-{n}-text"
        # i18n: The label of a thought's box in the thought record. {number} is the thought's number.
        numbered(row, "label", t("thought_record.thought", "Thought {number}"), n + 1, for_=text_id)
        el(row, "textarea", "", id=text_id, name=f"thoughts.{n}.text", rows="2",
           data_field=f"thoughts.{n}.text")
        hot = el(row, "label", class_="ex-hot")
        el(hot, "input", type="radio", name=f"{uid}-hot", value=str(n), data_field="hot").tail = " "
        # i18n: Beside the round button that marks the thought that hurts most. {number} is its number.
        numbered(hot, "span", t("thought_record.hurts_most", "Thought {number} hurts most"), n + 1)
    # i18n: The button that adds a thought to the thought record.
    # Shown from the start (no most rows), hidden without scripts (exercises.css): nothing moves.
    el(fieldset, "button", t("thought_record.add_thought", "Add another thought"), type="button",
       class_="md-button ex-add", data_add="thoughts")


def _belief_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "belief_before")
    el(fieldset, "legend", str(STEP_TITLES["belief_before"]))
    # i18n: The hint of the thought record's step that rates belief in the hot thought.
    el(fieldset, "p", t("thought_record.belief_hint", "Think of your hot thought, the one that hurts most. "
                        "From 0 (not at all) to 100 (completely), how much do you believe it right "
                        "now?"), class_="ex-hint")
    # i18n: The label of the thought record's first rating of belief.
    _rating(fieldset, uid, "belief_before", t("thought_record.belief_label", "How much I believe it (0 to "
                                              "100)"))


def _traps_step(steps: etree.Element, uid: str, link: PageLink) -> None:
    fieldset = _step(steps, uid, "traps")
    el(fieldset, "legend", str(STEP_TITLES["traps"]))
    # i18n: The hint of the thought record's step of thinking traps.
    el(fieldset, "p", t("thought_record.traps_hint", "Does the thought that hurts most fit any of these "
                        "thinking traps? Tick the ones that fit. It is fine if none do."), class_="ex-hint")
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
    # i18n: A thinking trap in the thought record's list (step 5): its name (shown bold), then what it
    # is. {name} is the trap's name; {explanation} says what it is. Keep both; use your language's
    # punctuation between them.
    words = t("thought_record.trap_choice", "{name}: {explanation}", name=NAME_MARK,
              explanation=trap.explanation)
    before, _, after = words.partition(NAME_MARK)
    if before:
        el(text, "span", before)
    el(text, "strong", str(trap.name))
    el(text, "span", after)


def _after_step(steps: etree.Element, uid: str) -> None:
    fieldset = _step(steps, uid, "after")
    el(fieldset, "legend", str(STEP_TITLES["after"]))
    # i18n: The label of the thought record's last rating of belief.
    _rating(fieldset, uid, "belief_after", t("thought_record.belief_after_label", "How much do you believe "
                                             "the thought that hurts most now? (0 to 100)"))
    # i18n: The hint above the thought record's second rating of each feeling.
    el(fieldset, "p", t("thought_record.after_hint", "Look at your feelings again. How strong is each one "
                        "now?"),
       class_="ex-hint")
    rows = el(fieldset, "div", class_="ex-rows", data_rows="after")
    for n in range(EMOTION_ROWS):
        row = el(rows, "div", class_="ex-row", data_row=str(n))
        # i18n: The label of a feeling's second rating before the reader named it. {number} is its number.
        _rating(row, uid, f"emotions.{n}.after", t("thought_record.feeling_now", "Feeling {number} now (0 to "
                                                   "100)"),
                n + 1)


def _result(root: etree.Element, uid: str, link: PageLink) -> None:
    result = el(root, "div", class_="ex-result", hidden="hidden", tabindex="-1", role="region",
                aria_labelledby=f"{uid}-result-title")
    # i18n: The heading of the thought record's summary.
    el(result, "p", t("thought_record.summary_title", "Your summary"), class_="ex-result-title",
       role="heading",
       aria_level="3", id=f"{uid}-result-title")
    # i18n: A heading in the thought record's summary.
    el(result, "p", t("thought_record.belief_title", "How much you believe the thought that hurts most"),
       class_="ex-subtitle")
    el(result, "p", "", class_="ex-belief", hidden="hidden")
    # i18n: In the thought record's summary when belief was not rated twice.
    el(result, "p", t("thought_record.belief_empty", "Rate how much you believe it in step 4 and again in "
                      "step 9 to see how it moved."), class_="ex-belief-empty", hidden="hidden")
    # i18n: A heading in the thought record's summary.
    el(result, "p", t("thought_record.changes_title", "How your feelings changed"), class_="ex-subtitle")
    el(result, "ul", "", class_="ex-changes")
    # i18n: In the thought record's summary when no feeling was rated twice.
    el(result, "p", t("thought_record.changes_empty", "No feeling has both ratings yet. Rate your feelings "
                      "in step 2 and again in step 9 to see how they "
                      "moved."), class_="ex-changes-empty", hidden="hidden")
    # Suggestions come only on a page in a language the traps' patterns are written for; elsewhere
    # nothing is looked for, so nothing is said about what was found (data-suggests="false").
    traps = el(result, "div", class_="ex-traps", data_suggests="true" if suggests_traps() else "false")
    # i18n: A heading in the thought record's summary, above suggested thinking traps.
    el(traps, "p", t("thought_record.traps_title", "Thinking traps that might be worth a look"),
       class_="ex-subtitle")
    # i18n: Under that heading: the suggestions are only suggestions.
    el(traps, "p", t("thought_record.traps_note", "These are only suggestions, found in the words of your "
                     "thoughts. Keep the ones that fit, and they are ticked in step 5."),
       class_="ex-hint ex-traps-hint")
    el(traps, "ul", "", class_="ex-trap-list")
    # i18n: In the thought record's summary when no thinking trap was found.
    el(traps, "p", t("thought_record.traps_none", "No common thinking traps stood out in your thoughts."),
       class_="ex-traps-empty", hidden="hidden")
    # Instead of suggestions, when the entry sounds like it is about how someone treats the reader.
    safety_note(traps, link, SAFETY_INSTEAD, "ex-traps-safety", hidden="hidden")
    # Instead of suggestions, when the entry sounds like a crisis (the offer of help is shown above).
    el(traps, "p", str(MESSAGES["crisis_instead"]), class_="ex-traps-crisis", hidden="hidden")
    safety_note(traps, link)
