// How each type of worksheet field behaves in the page, one entry a type. The build draws every field
// (exercises/render/worksheet_fields.py, one function a type); here a field is found by `data-field` (its answer path:
// "calm", or "urges.0.before" inside a group) and:
//   read(page, f, name)         its answer, as the core takes it
//   fill(page, f, name, value)  puts an answer back (a draft, or a saved entry being changed); any
//                               value, even one this page never wrote, fills or leaves it empty
//   blank(value, f)             true when the answer holds nothing the reader wrote
//   fromEntry(value)            the answer from a saved entry's (see core/worksheet.py), where it is
//                               not the same (default: the value as it is)
//   mount(box)                  for a guide with no answer (`data-widget` = the type): its buttons
// Clearing needs no entry: Clear the form puts every control back as the page drew it (form.reset)
// and takes away the rows the reader added. A type with neither read nor mount is ignored here.
// `page` is the form controller's (exercises/assets/form/controller.js): `field(name)`, `rows`.

import { mountBreathing } from "../widgets/breathing.js";
import { mountTimer } from "../widgets/timer.js";

const text = {
  read: (page, f, name) => page.field(name)?.value ?? "",
  fill(page, f, name, value) {
    const box = page.field(name);
    if (box) box.value = value ?? "";
  },
  blank: (value) => !String(value).trim(),
};

/** Ticks the options named in `value` (one, or a list) and no others. */
function tick(page, f, name, value) {
  const chosen = new Set(Array.isArray(value) ? value : [value]);
  for (const box of page.field(name)?.querySelectorAll("input") ?? []) box.checked = chosen.has(box.value);
}

/** Tick boxes: the answer is the list of options ticked. */
const ticks = {
  read: (page, f, name) => [...(page.field(name)?.querySelectorAll("input:checked") ?? [])].map((box) => box.value),
  fill: tick,
  blank: (value) => value.length === 0,
};

export const FIELD_TYPES = {
  short_text: text,
  long_text: text,
  rating: text,
  choice: {
    read: (page, f, name) => page.field(name)?.querySelector("input:checked")?.value ?? "",
    fill: tick,
    blank: (value) => value === "",
  },
  checklist: ticks,
  page_checklist: ticks, // a checklist whose options also link to pages (drawn at build time)
  group: {
    // A list of rows, each an object of the group's own fields by id.
    read: (page, f, name) => page.rows.rowsOf(name).map((_, n) => Object.fromEntries(
      f.fields.map((sub) => [sub.id, readField(page, sub, `${name}.${n}.${sub.id}`)]))),
    fill(page, f, name, value) {
      const rows = Array.isArray(value) ? value : [];
      page.rows.ensure(name, rows.length);
      rows.forEach((row, n) => {
        for (const sub of f.fields) fillField(page, sub, `${name}.${n}.${sub.id}`, row?.[sub.id] ?? "");
      });
    },
    blank: (value, f) => value.every((row) => f.fields.every((sub) => !answered(sub, row[sub.id]))),
    // A saved row keeps each answer with its label: [{id, label, value}, ...].
    fromEntry: (value) => value.map((row) => Object.fromEntries(row.map((cell) => [cell.id, cell.value ?? ""]))),
  },
  breathing: { mount: mountBreathing },
  timer: { mount: mountTimer },
  help_now: {}, // drawn whole at build time from the site's settings; nothing to read or start
};

/** The fields of a worksheet definition that hold an answer. */
export const answerFields = (definition) =>
  definition.steps.flatMap((step) => step.fields ?? []).filter((f) => FIELD_TYPES[f.type]?.read);

export const readField = (page, f, name) => FIELD_TYPES[f.type].read(page, f, name);

export function fillField(page, f, name, value) {
  FIELD_TYPES[f.type].fill(page, f, name, value);
}

/** Whether the answer to field `f` holds anything the reader wrote. */
export const answered = (f, value) => !FIELD_TYPES[f.type].blank(value, f);

/** A saved entry keeps each answer with its label and type; turn it back into answers by field id. */
export function entryAnswers(data) {
  const out = {};
  for (const answer of data.answers ?? []) {
    const fromEntry = FIELD_TYPES[answer.type]?.fromEntry;
    out[answer.id] = fromEntry ? fromEntry(answer.value) : answer.value ?? "";
  }
  return out;
}

/** Give every guide in `section` its buttons. */
export function mountWidgets(section) {
  for (const box of section.querySelectorAll("[data-widget]")) FIELD_TYPES[box.dataset.widget]?.mount?.(box);
}
