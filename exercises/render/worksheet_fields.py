"""Each worksheet field type's HTML, drawn at build time.

A field type's record (``exercises/core/field_types.py``) names its function here as
"exercises.render.worksheet_fields:<name>"; ``field`` finds it by that name. Each function takes
the parent element, the exercise's uid, the field and its answer name (``calm`` or, inside a group,
``urges.0.before``), and adds the field's box to the parent.
"""

from __future__ import annotations

import importlib
import json
import xml.etree.ElementTree as etree
from collections.abc import Callable

from ..core.field_types import BREATHS, FIELD_TYPES, BreathPattern, Field
from ..core.messages import fill, mid_sentence, msg, number, t, tn
from .html import el, numbered

FieldRenderer = Callable[[etree.Element, str, Field, str], None]

# Marks what only the site can fill in, for the Markdown extension: a link to a page of the site
# (its docs path), and the list of the site's help services.
PAGE_LINK_ATTRIBUTE = "data-page-link"
HELP_NOW_ATTRIBUTE = "data-help-now"
# Marks what a reader may leave out of a printed or downloaded copy (see copy_caution).
LEAVE_OUT_ATTRIBUTE = "data-leave-out-part"

SAY_PHASE = {
    # i18n: One phase of a breathing pattern, written out for paper ("Breathe in for 4, breathe out for
    # 6."). {seconds} is how many seconds.
    "in": msg("breathing.paper.in", "breathe in for {seconds}"),
    # i18n: As "breathe in for {seconds}", for breathing out.
    "out": msg("breathing.paper.out", "breathe out for {seconds}"),
    # i18n: As "breathe in for {seconds}", for holding the breath.
    "hold-full": msg("breathing.paper.hold", "hold for {seconds}"),
    "hold-empty": msg("breathing.paper.hold", "hold for {seconds}"),
}
# i18n: Under a breathing guide that offers a pattern with held breaths.
HOLD_NOTE = msg("breathing.hold_note", "Holding your breath makes some people feel more anxious or dizzy. If "
                "it does, stop, and use slow breathing instead.")


def renderer(type_name: str) -> FieldRenderer:
    """The function that draws a field of TYPE_NAME, as its record names it ("module:function")."""
    return _named_function(type_name, "html")


def _named_function(type_name: str, attribute: str) -> Callable[..., None]:
    """The function a field type's record names under ATTRIBUTE ("module:function")."""
    named = getattr(FIELD_TYPES[type_name], attribute)
    what = NAMED_PARTS[attribute]
    module_name, _, name = named.partition(":")
    try:
        found = getattr(importlib.import_module(module_name), name, None) if name else None
    except ImportError as err:
        raise LookupError(f"the field type '{type_name}' names its {what} {named!r}, but {module_name} "
                          f"cannot be imported ({err}): fix '{attribute}=' in its FieldType record") from err
    if not callable(found):
        raise LookupError(f"the field type '{type_name}' names its {what} {named!r}, which is not a "
                          f"function: fix '{attribute}=' in its FieldType record (\"module:function\")")
    return found


# The functions a field type's record names, by attribute, in the words of the errors above.
NAMED_PARTS = {"html": "HTML", "before_actions": "part above the buttons"}


def before_actions(form: etree.Element, uid: str, fields: list[Field]) -> None:
    """The parts field types draw above a worksheet's Save, Download and Print buttons: one per type
    that has one, for all its fields (help_now: the caution about copies)."""
    for type_name, field_type in FIELD_TYPES.items():
        mine = [f for f in fields if f.type == type_name]
        if mine and field_type.before_actions:
            _named_function(type_name, "before_actions")(form, uid, mine, fields)


def field(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    """One field; ``name`` is its answer path: ``calm`` or, inside a group, ``urges.0.before``."""
    renderer(f.type)(parent, uid, f, name)


# ---------------------------------------------------------------------------------------------
# Parts shared by the types


def error(parent: etree.Element, uid: str, name: str) -> None:
    """Where the page puts a problem with the field's answer."""
    el(parent, "p", "", class_="ex-field-error", id=f"{uid}-{dom(name)}-error", hidden="hidden",
       data_error_for=name)


def dom(name: str) -> str:
    """An answer name as part of an element id."""
    return name.replace(".", "-")


def hint(parent: etree.Element, uid: str, name: str, text: str) -> str:
    """The hint under a label; returns its id for aria-describedby (empty when there is none)."""
    if not text:
        return ""
    hint_id = f"{uid}-{dom(name)}-hint"
    el(parent, "p", text, class_="ex-hint", id=hint_id)
    return hint_id


def _labelled_box(parent: etree.Element, uid: str, f: Field, name: str, hint_text: str,
                  control: Callable[[etree.Element, str, dict[str, str]], None]) -> None:
    """A box with a label, a hint and one control (given its id and aria attributes)."""
    box = el(parent, "div", class_=f"ex-field ex-{f.type.replace('_', '-')}", data_box=name)
    field_id = f"{uid}-{dom(name)}"
    el(box, "label", f.label, for_=field_id)
    hint_id = hint(box, uid, name, hint_text)
    control(box, field_id, {"aria_describedby": hint_id} if hint_id else {})
    error(box, uid, name)


def widget(parent: etree.Element, uid: str, f: Field, name: str, kind: str) -> etree.Element:
    """The box of a guide the reader uses (breathing, timer), titled by the field's label."""
    box = el(parent, "div", class_=f"ex-field ex-{kind}", data_widget=kind, role="group",
             aria_labelledby=f"{uid}-{dom(name)}-title", data_box=name)
    el(box, "p", f.label, class_="ex-field-title", id=f"{uid}-{dom(name)}-title")
    hint(box, uid, name, f.hint)
    return box


# ---------------------------------------------------------------------------------------------
# The types


def short_text(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    _labelled_box(parent, uid, f, name, f.hint, lambda box, field_id, described: el(
        box, "input", type="text", id=field_id, name=name, autocomplete="off", data_field=name, **described))


def long_text(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    _labelled_box(parent, uid, f, name, f.hint, lambda box, field_id, described: el(
        box, "textarea", "", id=field_id, name=name, rows="3", data_field=name, **described))


def rating(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    # i18n: An end of a rating's scale with the author's words for it ("0 (not calm at all)"). {value} is
    # the number, {words} the author's words.
    end = t("field.rating.end_with_words", "{value} ({words})")
    low = fill(end, {"value": f.min, "words": f.low_label}) if f.low_label else number(f.min)
    high = fill(end, {"value": f.max, "words": f.high_label}) if f.high_label else number(f.max)
    # i18n: The hint under a worksheet's number box. {low} and {high} are its ends, each maybe with the
    # author's words ("0 (not calm at all)").
    hint_text = " ".join(p for p in [f.hint, t("field.rating.hint", "A number from {low} to {high}.", low=low,
                                                                high=high)] if p)
    _labelled_box(parent, uid, f, name, hint_text, lambda box, field_id, described: el(
        box, "input", type="number", id=field_id, name=name, min=str(f.min), max=str(f.max), step="1",
        inputmode="numeric", data_field=name, **described))


def _options(parent: etree.Element, uid: str, f: Field, name: str, input_type: str,
             pages: tuple[str, ...] = ()) -> None:
    box = el(parent, "fieldset", class_=f"ex-field ex-options ex-{f.type}", data_box=name,
             data_field=name, data_type=f.type)
    el(box, "legend", f.label)
    hint(box, uid, name, f.hint)
    options = el(box, "div", class_="ex-option-list")
    for n, option in enumerate(f.options):
        row = el(options, "div", class_="ex-option-row") if pages else options
        label = el(row, "label", class_="ex-option")
        el(label, "input", type=input_type, name=f"{uid}-{dom(name)}", value=option,
           id=f"{uid}-{dom(name)}-{n}")
        el(label, "span", option)
        if pages:
            # Beside the label, not in it: a link inside a label would also tick the box. The
            # Markdown extension gives it the page's address and title (PAGE_LINK_ATTRIBUTE).
            el(row, "a", "", class_="ex-option-link", **{PAGE_LINK_ATTRIBUTE: pages[n]})
    error(box, uid, name)


def choice(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    _options(parent, uid, f, name, "radio")


def checklist(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    _options(parent, uid, f, name, "checkbox")


def page_checklist(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    _options(parent, uid, f, name, "checkbox", f.pages)


def help_now(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    """The site's help services; the Markdown extension fills the list from the site settings
    (HELP_NOW_ATTRIBUTE), so a plan printed on paper carries the numbers too, unless the reader
    chooses to leave them out (``copy_caution``)."""
    box = el(parent, "div", class_="ex-field ex-help-now", role="group", data_box=name,
             aria_labelledby=f"{uid}-{dom(name)}-title", **{LEAVE_OUT_ATTRIBUTE: ""})
    el(box, "p", f.label, class_="ex-field-title", id=f"{uid}-{dom(name)}-title")
    hint(box, uid, name, f.hint)
    el(box, "ul", "", class_="ex-help-services", **{HELP_NOW_ATTRIBUTE: ""})


# What the caution above a plan's Print button says.
CAUTION = {
    # i18n: The title of a caution above the Print button of a worksheet that lists help numbers
    # and people's names (a plan for harder weeks).
    "title": msg("caution.title", "Before you print or save"),
    # i18n: The caution's words: a copy can put a reader at risk if someone checks their papers or phone.
    "text": msg("caution.text", "This can hold helpline numbers and the names of people who help you. If "
                "someone checks your papers or your phone, a copy could put you at risk. You know best what "
                "is safe for you."),
    # i18n: The tick box in that caution.
    "choice": msg("caution.choice", "Leave the help numbers and the people I listed out of copies I print or "
                  "download"),
    # i18n: Under that tick box.
    "more": msg("caution.more", "Names you write in other boxes stay in. What you save stays in your journal "
                "on this device, which you can lock with a passphrase."),
}


def copy_caution(form: etree.Element, uid: str, fields: list[Field], every_field: list[Field]) -> None:
    """Above the buttons that save, download and print: a caution for a reader whose papers or phone
    may be checked, and a real choice to leave the help services and the fields that name people
    (the fields' 'contacts') out of the copy. On paper the caution itself never shows. Without a
    script the choice still works in print (the print styles read it); with one, a download leaves
    them out too (exercises/assets/form/copy-caution.js)."""
    contacts = {fid for f in fields for fid in f.contacts}
    for box in form.iter():
        if box.get("data-box") in contacts:
            box.set(LEAVE_OUT_ATTRIBUTE, "")
    # A step all of whose fields are left out goes too, so no empty heading hints at what was there.
    for step in form.iter("li"):
        boxes = [b for fieldset in step.findall("fieldset") for b in fieldset if b.get("data-box")]
        if boxes and all(b.get(LEAVE_OUT_ATTRIBUTE) is not None for b in boxes):
            step.set(LEAVE_OUT_ATTRIBUTE, "")
    caution = el(form, "div", class_="ex-copy-caution", role="group", aria_labelledby=f"{uid}-caution-title",
                 data_copy_caution="")
    el(caution, "p", str(CAUTION["title"]), class_="ex-copy-caution-title", id=f"{uid}-caution-title")
    el(caution, "p", str(CAUTION["text"]), id=f"{uid}-caution-text")
    label = el(caution, "label", class_="ex-option ex-leave-out")
    el(label, "input", type="checkbox", name=f"{uid}-leave-out", data_leave_out="",
       aria_describedby=f"{uid}-caution-text {uid}-caution-more")
    el(label, "span", str(CAUTION["choice"]))
    el(caution, "p", str(CAUTION["more"]), class_="ex-hint", id=f"{uid}-caution-more")
    # Says what the next copy will hold, when the choice changes (filled by the script).
    el(caution, "p", "", class_="ex-copy-caution-note", role="status", aria_live="polite")


def group(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    box = el(parent, "fieldset", class_="ex-field ex-group", data_box=name, data_group=name,
             data_max_rows=str(f.max_rows))
    el(box, "legend", f.label)
    hint(box, uid, name, f.hint)
    rows = el(box, "ol", class_="ex-rows", data_rows=name)
    for n in range(f.min_rows):
        row = el(rows, "li", class_="ex-row", data_row=str(n))
        inner = el(row, "fieldset", class_="ex-row-fields")
        # i18n: The heading of one row of a worksheet's list. {row} is what the author calls a row
        # ("Time", or "Entry" by default), {number} the row's number.
        numbered(inner, "legend", t("field.group.row_title", "{row} {number}", row=f.row_label), n + 1,
                 class_="ex-row-title")
        for sub in f.fields:
            field(inner, uid, sub, f"{name}.{n}.{sub.id}")
    # i18n: The button that adds a row to a worksheet's list, when the author wrote no words for it.
    # {row} is what a row is called ("time", "entry"), as it reads inside a sentence.
    add = f.add_label or t("field.group.add", "Add another {row}", row=mid_sentence(f.row_label))
    # As the page's script will show it (hidden once the most rows are there; without scripts, by
    # exercises.css), so nothing moves when the script starts.
    button = el(box, "button", add, type="button", class_="md-button ex-add", data_add=name)
    if f.min_rows >= f.max_rows:
        button.set("hidden", "hidden")
    error(box, uid, name)


def pattern_steps(pattern: BreathPattern) -> str:
    """The pattern in words, for paper and for readers without the script."""
    phases = [SAY_PHASE[phase](seconds=seconds) for phase, seconds in pattern.phases]
    # i18n: What goes between the phases of a breathing pattern written out for paper (a comma and a space).
    separator = t("breathing.paper.separator", ", ")
    # i18n: A breathing pattern written out for paper. {phases} are its phases, joined by the separator
    # above ("breathe in for 4, breathe out for 6"); the first letter is made a capital.
    words = t("breathing.paper.steps", "{phases}.", phases=separator.join(phases))
    return words[0].upper() + words[1:]


def breathing(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    box = widget(parent, uid, f, name, "breathing")
    ways = el(box, "ul", class_="ex-breath-ways")
    for key in f.patterns:
        item = el(ways, "li")
        el(item, "strong", str(BREATHS[key].name) + ": ")
        el(item, "span", pattern_steps(BREATHS[key]))
    if any(BREATHS[key].holds for key in f.patterns):
        el(box, "p", str(HOLD_NOTE), class_="ex-hint ex-breath-note")
    controls = el(box, "div", class_="ex-breath-controls")  # hidden without scripts (exercises.css)

    def phases(key: str) -> dict[str, str]:  # what the guide in the page paces by
        return {"data_phases": json.dumps(BREATHS[key].phases, separators=(",", ":")),
                "data_spoken": str(BREATHS[key].spoken)}

    if len(f.patterns) > 1:
        choose = el(controls, "fieldset", class_="ex-breath-pattern")
        # i18n: The heading of the round buttons that choose a breathing pattern.
        el(choose, "legend", t("breathing.pattern", "Pattern"))
        for n, key in enumerate(f.patterns):
            label = el(choose, "label", class_="ex-option")
            attrs = {"checked": "checked"} if n == 0 else {}
            el(label, "input", type="radio", name=f"{uid}-{dom(name)}-pattern", value=key, **phases(key),
               **attrs)
            el(label, "span", str(BREATHS[key].name))
    else:
        el(controls, "input", type="hidden", name=f"{uid}-{dom(name)}-pattern", value=f.patterns[0],
           **phases(f.patterns[0]))
    stage = el(controls, "div", class_="ex-breath-stage")
    el(stage, "div", "", class_="ex-breath-circle", aria_hidden="true", data_phase="rest")
    # What is shown changes every second; only the change of phase is announced.
    el(stage, "p", t("breathing.ready", "Press Start when you are ready."), class_="ex-breath-count",
       aria_hidden="true")
    el(controls, "p", "", class_="ex-breath-live ex-visually-hidden", aria_live="polite")
    buttons = el(controls, "div", class_="ex-actions")
    el(buttons, "button", t("breathing.start", "Start"), type="button",
       class_="md-button md-button--primary ex-breath-toggle")
    # i18n: The button that stops a breathing guide.
    el(buttons, "button", t("breathing.stop", "Stop"), type="button", class_="md-button ex-breath-stop",
       hidden="hidden")


def timer(parent: etree.Element, uid: str, f: Field, name: str) -> None:
    box = widget(parent, uid, f, name, "timer")
    box.set("data-minutes", str(f.minutes))
    # i18n: A wait timer's words on paper, and without JavaScript. {count} is how many minutes.
    el(box, "p", tn("timer.paper", "Wait {count} minute before you act on the urge. A clock or phone timer "
                    "works too.", "Wait {count} minutes before you act on the urge. A clock or phone timer "
                    "works too.", f.minutes), class_="ex-timer-paper")
    # The paper way on paper and without scripts, the controls otherwise: chosen by style sheets
    # (exercises.css), so nothing moves when the page's scripts start.
    controls = el(box, "div", class_="ex-timer-controls")
    el(controls, "p", tn("timer.minutes_left", "{count} minute left", "{count} minutes left", f.minutes),
       class_="ex-timer-display", role="timer", aria_live="off")
    el(controls, "p", "", class_="ex-timer-live ex-visually-hidden", aria_live="polite")
    buttons = el(controls, "div", class_="ex-actions")
    el(buttons, "button", t("timer.start", "Start the timer"), type="button",
       class_="md-button md-button--primary ex-timer-toggle")
    # i18n: The button that sets a wait timer back to its full time.
    el(buttons, "button", t("timer.reset", "Reset"), type="button", class_="md-button ex-timer-reset")
