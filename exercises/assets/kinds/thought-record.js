// Binds a server-rendered thought record. The form controller (../form/controller.js) does what every
// practice shares: rows added and removed, drafts, Clear, Save. What is the thought record's own is
// here: its entry (boxes, feelings with their re-ratings, thoughts with the one that hurts most),
// the words of its rows, and the summary: belief and feelings before and after, and thinking traps
// the core suggests. The traps the reader names are the checkboxes of step 5; keeping a suggestion
// ticks its box. Text from the reader or the core is only ever set with textContent or form values.

import { practiceForm } from "../form/controller.js";
import { OP } from "../protocol.js";
import { fill, t } from "../i18n.js";

const KIND = "thought_record";
const TEXT_FIELDS = ["situation", "evidence_for", "evidence_against", "balanced"];
const RATINGS = ["belief_before", "belief_after"];
const ROW_NAMES = {
  // i18n: A feeling's row in the thought record as it is named inside a sentence ("Remove feeling 2").
  // {number} is its number.
  emotions: t("thought_record.feeling_row", "feeling {number}"),
  // i18n: A thought's row in the thought record as it is named inside a sentence ("Remove thought 2").
  // {number} is its number.
  thoughts: t("thought_record.thought_row", "thought {number}"),
};
// What an entry opened here holds that this form has no box for, kept as it was: the balanced
// thought's rating (asked by an earlier version) and trap ids this page does not know.
const NOTHING_CARRIED = { balanced_belief: "", traps: [] };

export function mount(section, engine) {
  const page = practiceForm(section, engine, {
    kind: KIND, keeps: "entry", fileStem: "thought-record",
    // i18n: Asked before the thought record is cleared when something is written in it.
    clearQuestion: t("thought_record.clear_question", "Clear the form? What you typed will be removed from this page."),
    // A feeling's re-rating in the last step comes and goes with it.
    rows: {
      path: { after: "emotions" }, linked: { emotions: ["after"] }, name: rowName, retitle, changed: labelAfterRows,
    },
  });
  page.carried = { ...NOTHING_CARRIED };
  page.start({
    read: () => readForm(page),
    fill: (entry) => fillForm(page, entry),
    written: () => hasText(page),
    opened: (saved) => saved.data,
    check: (entry) => engine.call(OP.check_thought_record, { entry }),
    showSummary: (r) => showSummary(page, r),
    reset() {
      setTraps(page, []);
      page.carried = { ...NOTHING_CARRIED };
      labelAfterRows(page.form);
    },
    onInput(event) {
      if (event.target.matches("[data-field$='.name']")) labelAfterRows(page.form);
      if (event.target.matches("input[data-trap]")) syncKeepButtons(page);
    },
  });
}

const fieldIn = (form, name) => form.querySelector(`[data-field="${CSS.escape(name)}"]`);

// ---- rows ---------------------------------------------------------------------------------------

const rowName = (row) => fill(ROW_NAMES[row.parentElement.dataset.rows], { number: Number(row.dataset.row) + 1 });

/** The words and values of a row that hold its number ("Feeling 2", the hot thought's mark): the
 * build drew each such label from its words with {number} (data-words), in the page's language. */
function retitle(row, from, to) {
  for (const el of row.querySelectorAll("input[type=radio][data-field=hot]")) el.value = String(to);
  for (const el of row.querySelectorAll("[data-words]")) el.textContent = fill(el.dataset.words, { number: to + 1 });
}

/** Each re-rating in the last step is labelled with its feeling's name, once there is one. */
function labelAfterRows(form) {
  form.querySelectorAll("[data-rows=emotions] > .ex-row").forEach((row, n) => {
    const name = fieldIn(form, `emotions.${n}.name`)?.value.trim();
    const label = form.querySelector(`label[for="${CSS.escape(fieldIn(form, `emotions.${n}.after`)?.id ?? "")}"]`);
    if (!label) return;
    // i18n: The label of a feeling's second rating in the thought record, once the reader named it.
    // {name} is the feeling as the reader wrote it.
    label.textContent = name ? t("thought_record.named_feeling_now", "{name} now (0 to 100)", { name })
      : fill(label.dataset.words, { number: n + 1 });
  });
}

// ---- thinking traps (step 5) --------------------------------------------------------------------

const trapBoxes = (page) => [...page.form.querySelectorAll("input[data-trap]")];
const trapBox = (page, id) => trapBoxes(page).find((box) => box.value === id);

function setTraps(page, ids) {
  const wanted = new Set(ids);
  for (const box of trapBoxes(page)) {
    box.checked = wanted.has(box.value);
    // A retired trap shows only in an entry that has it ticked.
    const choice = box.closest("[data-retired]");
    if (choice) choice.hidden = !box.checked;
  }
  page.carried.traps = ids.filter((id) => !trapBox(page, id));
}

function readTraps(page) {
  return [...trapBoxes(page).filter((box) => box.checked).map((box) => box.value), ...page.carried.traps];
}

// ---- reading and filling the form ---------------------------------------------------------------

function readForm(page) {
  const { field, form } = page;
  const entry = { emotions: [], thoughts: [], traps: readTraps(page) };
  for (const key of TEXT_FIELDS) entry[key] = field(key).value;
  for (const key of RATINGS) entry[key] = field(key).value;
  entry.balanced_belief = page.carried.balanced_belief;
  page.rows.rowsOf("emotions").forEach((_, n) => {
    entry.emotions.push({
      name: field(`emotions.${n}.name`).value,
      before: field(`emotions.${n}.before`).value,
      after: field(`emotions.${n}.after`)?.value ?? "",
    });
  });
  const hot = form.querySelector("input[data-field=hot]:checked")?.value;
  page.rows.rowsOf("thoughts").forEach((_, n) => {
    entry.thoughts.push({ text: field(`thoughts.${n}.text`).value, hot: hot === String(n) });
  });
  return entry;
}

function fillForm(page, entry) {
  const { field, form } = page;
  for (const key of TEXT_FIELDS) field(key).value = entry[key] ?? "";
  for (const key of RATINGS) field(key).value = entry[key] ?? "";
  page.carried = { balanced_belief: entry.balanced_belief ?? "", traps: [] };
  const emotions = entry.emotions ?? [];
  const thoughts = entry.thoughts ?? [];
  page.rows.ensure("emotions", emotions.length);
  page.rows.ensure("thoughts", thoughts.length);
  emotions.forEach((e, n) => {
    field(`emotions.${n}.name`).value = e.name ?? "";
    field(`emotions.${n}.before`).value = e.before ?? "";
    field(`emotions.${n}.after`).value = e.after ?? "";
  });
  thoughts.forEach((t, n) => {
    field(`thoughts.${n}.text`).value = t.text ?? "";
    const radio = form.querySelector(`input[data-field=hot][value="${n}"]`);
    if (radio) radio.checked = Boolean(t.hot);
  });
  setTraps(page, Array.isArray(entry.traps) ? entry.traps.filter((id) => typeof id === "string") : []);
  labelAfterRows(form);
}

function hasText(page) {
  return [...page.form.querySelectorAll("input:not([type=radio]):not([type=checkbox]), textarea")]
    .some((el) => el.value.trim()) || readTraps(page).length > 0;
}

// ---- the summary --------------------------------------------------------------------------------

function showSummary(page, r) {
  const { result } = page;
  const belief = result.querySelector(".ex-belief");
  belief.textContent = r.belief
    // i18n: In the thought record's summary: belief in the hot thought before and after. {before}
    // and {after} are ratings (0 to 100); {words} says how it moved, in the core's words.
    ? t("thought_record.belief_change", "{before} before, {after} now ({words})", r.belief)
    : "";
  belief.hidden = !r.belief;
  result.querySelector(".ex-belief-empty").hidden = Boolean(r.belief);
  result.querySelector(".ex-changes").replaceChildren(...r.changes.map((c) => {
    const li = document.createElement("li");
    // i18n: In the thought record's summary: one feeling before and after. {name} is the feeling as the
    // reader wrote it; {before} and {after} are ratings (0 to 100); {words} says how it moved.
    li.textContent = t("thought_record.feeling_change", "{name}: {before} before, {after} now ({words})", c);
    return li;
  }));
  result.querySelector(".ex-changes-empty").hidden = r.changes.length > 0;
  // When the entry sounds like it is about how someone treats the reader, or like a crisis, no trap
  // is suggested (the core sends none) and the summary says why instead.
  const withheld = r.safety || r.crisis;
  // On a page in a language the traps' patterns are not written for, none was looked for: nothing is
  // said about what was found (the reader ticks their own in step 5).
  const looked = result.querySelector(".ex-traps").dataset.suggests !== "false";
  result.querySelector(".ex-trap-list").replaceChildren(...r.traps.map((trap) => trapItem(page, trap)));
  result.querySelector(".ex-traps .ex-subtitle").hidden = !looked && !withheld;
  result.querySelector(".ex-traps-hint").hidden = withheld || r.traps.length === 0;
  result.querySelector(".ex-traps-empty").hidden = !looked || withheld || r.traps.length > 0;
  result.querySelector(".ex-traps-safety").hidden = !r.safety;
  result.querySelector(".ex-traps-crisis").hidden = !r.crisis || r.safety;
  result.hidden = false;
  result.focus();
}

function trapItem(page, trap) {
  const li = document.createElement("li");
  const name = document.createElement("strong");
  name.textContent = trap.name;
  const about = document.createElement("span");
  // i18n: After a suggested thinking trap's name in the thought record's summary. {explanation} says
  // what the trap is; {because} is the reader's words that suggested it.
  about.textContent = " " + t("thought_record.trap_because", "{explanation} (You wrote: \u201c{because}\u201d.)",
    trap);
  const keep = document.createElement("button");
  keep.type = "button";
  keep.className = "md-button ex-trap-keep";
  // Keeping a suggestion ticks its box in step 5 (and unticking the box lets it go again).
  keep.dataset.trap = trap.id;
  keep.addEventListener("click", () => {
    const box = trapBox(page, trap.id);
    if (!box) return;
    box.checked = !box.checked;
    syncKeep(page, keep);
    page.keepDraft();
  });
  syncKeep(page, keep);
  li.append(name, about, document.createElement("br"), keep);
  return li;
}

function syncKeep(page, keep) {
  const on = Boolean(trapBox(page, keep.dataset.trap)?.checked);
  keep.setAttribute("aria-pressed", String(on));
  keep.textContent = on
    // i18n: The toggle beside a suggested thinking trap, when the reader has kept it (its box in step 5
    // is ticked).
    ? t("thought_record.trap_kept", "Kept: this fits")
    // i18n: The same toggle when the reader has not kept the suggestion.
    : t("thought_record.trap_keep", "This fits");
}

function syncKeepButtons(page) {
  page.result.querySelectorAll(".ex-trap-keep").forEach((keep) => syncKeep(page, keep));
}
