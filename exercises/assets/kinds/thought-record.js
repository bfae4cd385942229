// Binds a server-rendered thought record: rows can be added (and removed again), a draft is kept
// while typing, the Python core checks the entry, suggests thinking traps and notices words that
// call for help. The traps the reader names are the checkboxes of step 5; keeping a suggestion ticks
// its box. Saving is opt-in. Text from the reader or the core is only ever set with textContent or
// form values.

import { bindCrisis, bindKeepButtons, fieldErrors, noteStorage, rowRemover } from "../practice.js";
import { draftKeeper, drafts, journal, newId } from "../storage.js";
import { bindStatus, startWhenNeeded } from "../ui.js";

const KIND = "thought_record";
const TEXT_FIELDS = ["situation", "evidence_for", "evidence_against", "balanced"];
const RATINGS = ["belief_before", "belief_after"];
const ROW_NAMES = { emotions: "feeling", thoughts: "thought" };

export function mount(section, engine) {
  const form = section.querySelector("form.ex-form");
  const result = section.querySelector(".ex-result");
  const draftNote = section.querySelector(".ex-draft-note");
  const status = bindStatus(form.querySelector(".ex-status"), engine);
  const draftName = `${KIND}:${location.pathname}:${section.dataset.exerciseId}`;
  let editing = null; // the saved entry being changed, if any
  // What an entry opened here holds that this form has no box for, kept as it was: the balanced
  // thought's rating (asked by an earlier version) and trap ids this page does not know.
  let carried = { balanced_belief: "", traps: [] };

  startWhenNeeded(section, engine);
  const field = (name) => form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const rowsOf = (kind) => [...form.querySelectorAll(`[data-rows="${kind}"] > .ex-row`)];
  const crisis = bindCrisis(section, form, engine, () => field("situation"));
  const errors = fieldErrors(form, field);

  // ---- rows ---------------------------------------------------------------------------------

  function renumber(node, from, to) {
    // "emotions.2.name" and "ex-x-emotions-2-name" become row `to`; nothing else changes.
    const row = new RegExp(`(emotions|thoughts)([-.])${from}([-.])`);
    const swap = (v) => v.replace(row, `$1$2${to}$3`);
    for (const el of [node, ...node.querySelectorAll("*")]) {
      for (const attr of ["id", "for", "name", "data-field", "data-error-for"]) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, swap(value));
      }
      if (el.matches("input[type=radio][data-field=hot]")) el.value = String(to);
      if (el.matches("label, span") && !el.children.length) {
        el.textContent = el.textContent.replace(new RegExp(`\\b(Feeling|feeling|Thought) ${from + 1}\\b`), `$1 ${to + 1}`);
      }
    }
    node.dataset.row = String(to);
  }

  function addRow(kind) {
    const rows = rowsOf(kind);
    const last = rows[rows.length - 1];
    const clone = last.cloneNode(true);
    renumber(clone, rows.length - 1, rows.length);
    for (const input of clone.querySelectorAll("input, textarea")) {
      if (input.type === "radio") input.checked = false;
      else input.value = "";
      input.removeAttribute("aria-invalid");
    }
    for (const error of clone.querySelectorAll(".ex-field-error")) {
      error.hidden = true;
      error.textContent = "";
    }
    last.after(clone);
    // A feeling's re-rating in the last step goes with it, so only the feeling has the button.
    if (kind !== "after") remover.attach(clone);
    if (kind === "emotions") addRow("after");
    return clone;
  }

  // An added row can go again (a feeling with its re-rating); the rows after it move up one.
  const remover = rowRemover(form, status, {
    name: (row) => `${ROW_NAMES[row.parentElement.dataset.rows]} ${Number(row.dataset.row) + 1}`,
    remove(row) {
      const kind = row.parentElement.dataset.rows;
      const at = rowsOf(kind).indexOf(row);
      for (const k of kind === "emotions" ? ["emotions", "after"] : [kind]) {
        const rows = rowsOf(k);
        rows[at].remove();
        rows.slice(at + 1).forEach((later, n) => renumber(later, at + 1 + n, at + n));
      }
      labelAfterRows();
    },
  });

  function ensureRows(kind, count) {
    while (rowsOf(kind).length < count) addRow(kind);
  }

  function labelAfterRows() {
    rowsOf("emotions").forEach((row, n) => {
      const name = field(`emotions.${n}.name`)?.value.trim();
      const label = form.querySelector(`label[for="${CSS.escape(field(`emotions.${n}.after`)?.id ?? "")}"]`);
      if (label) label.textContent = name ? `${name} now (0 to 100)` : `Feeling ${n + 1} now (0 to 100)`;
    });
  }

  for (const button of form.querySelectorAll("button.ex-add")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const row = addRow(button.dataset.add);
      row.querySelector("input, textarea")?.focus();
    });
  }

  // ---- thinking traps (step 5) ----------------------------------------------------------------

  const trapBoxes = () => [...form.querySelectorAll("input[data-trap]")];
  const trapBox = (id) => trapBoxes().find((box) => box.value === id);

  function setTraps(ids) {
    const wanted = new Set(ids);
    for (const box of trapBoxes()) {
      box.checked = wanted.has(box.value);
      // A retired trap shows only in an entry that has it ticked.
      const choice = box.closest("[data-retired]");
      if (choice) choice.hidden = !box.checked;
    }
    carried.traps = ids.filter((id) => !trapBox(id));
  }

  function readTraps() {
    return [...trapBoxes().filter((box) => box.checked).map((box) => box.value), ...carried.traps];
  }

  // ---- reading and filling the form ---------------------------------------------------------

  function readForm() {
    const entry = { emotions: [], thoughts: [], traps: readTraps() };
    for (const key of TEXT_FIELDS) entry[key] = field(key).value;
    for (const key of RATINGS) entry[key] = field(key).value;
    entry.balanced_belief = carried.balanced_belief;
    rowsOf("emotions").forEach((_, n) => {
      entry.emotions.push({
        name: field(`emotions.${n}.name`).value,
        before: field(`emotions.${n}.before`).value,
        after: field(`emotions.${n}.after`)?.value ?? "",
      });
    });
    const hot = form.querySelector("input[data-field=hot]:checked")?.value;
    rowsOf("thoughts").forEach((_, n) => {
      entry.thoughts.push({ text: field(`thoughts.${n}.text`).value, hot: hot === String(n) });
    });
    return entry;
  }

  function fillForm(entry) {
    for (const key of TEXT_FIELDS) field(key).value = entry[key] ?? "";
    for (const key of RATINGS) field(key).value = entry[key] ?? "";
    carried = { balanced_belief: entry.balanced_belief ?? "", traps: [] };
    const emotions = entry.emotions ?? [];
    const thoughts = entry.thoughts ?? [];
    ensureRows("emotions", emotions.length);
    ensureRows("thoughts", thoughts.length);
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
    setTraps(Array.isArray(entry.traps) ? entry.traps.filter((id) => typeof id === "string") : []);
    labelAfterRows();
  }

  function hasText() {
    return [...form.querySelectorAll("input:not([type=radio]):not([type=checkbox]), textarea")]
      .some((el) => el.value.trim()) || readTraps().length > 0;
  }

  // ---- drafts -------------------------------------------------------------------------------

  const keeper = draftKeeper(draftName, () => (hasText() ? { entry: readForm(), editing } : null));
  const keepDraft = () => keeper.keep();

  function restore() {
    const draft = drafts.load(draftName);
    const wanted = new URLSearchParams(location.search).get("entry");
    if (draft?.entry) {
      try {
        fillForm(draft.entry);
        editing = draft.editing?.id ? draft.editing : null;
        draftNote.textContent = "We brought back what you were writing.";
      } catch {
        // Not what this page wrote (changed by hand, or by another version of the site).
        form.reset();
        setTraps([]);
        carried = { balanced_belief: "", traps: [] };
        keeper.clear();
        draftNote.textContent = "What you were writing in this tab could not be brought back, so the form starts empty.";
      }
      draftNote.hidden = false;
    } else if (wanted) {
      const saved = journal.get(wanted);
      if (saved && saved.kind === KIND) {
        fillForm(saved.data);
        editing = saved;
        draftNote.textContent = "You are changing an entry saved on this device.";
        draftNote.hidden = false;
      }
    }
  }

  // ---- errors -------------------------------------------------------------------------------

  function showErrors(found) {
    errors.show(found, field("situation"))?.focus();
  }

  // ---- the core -----------------------------------------------------------------------------

  async function check() {
    const reply = await engine.call("check_thought_record", { entry: readForm() });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result;
  }

  function showSummary(r) {
    const belief = result.querySelector(".ex-belief");
    belief.textContent = r.belief
      ? `${r.belief.before} before, ${r.belief.after} now (${r.belief.words})`
      : "";
    belief.hidden = !r.belief;
    result.querySelector(".ex-belief-empty").hidden = Boolean(r.belief);
    const changes = result.querySelector(".ex-changes");
    changes.replaceChildren(
      ...r.changes.map((c) => {
        const li = document.createElement("li");
        li.textContent = `${c.name}: ${c.before} before, ${c.after} now (${c.words})`;
        return li;
      }),
    );
    result.querySelector(".ex-changes-empty").hidden = r.changes.length > 0;
    // When the entry sounds like it is about how someone treats the reader, no trap is suggested
    // (the core sends none) and the summary says why instead.
    const list = result.querySelector(".ex-trap-list");
    list.replaceChildren(...r.traps.map(trapItem));
    result.querySelector(".ex-traps-hint").hidden = r.safety || r.traps.length === 0;
    result.querySelector(".ex-traps-empty").hidden = r.safety || r.traps.length > 0;
    result.querySelector(".ex-traps-safety").hidden = !r.safety;
    result.hidden = false;
    result.focus();
  }

  function trapItem(trap) {
    const li = document.createElement("li");
    const name = document.createElement("strong");
    name.textContent = trap.name;
    const about = document.createElement("span");
    about.textContent = ` ${trap.explanation} (You wrote: \u201c${trap.because}\u201d.)`;
    const keep = document.createElement("button");
    keep.type = "button";
    keep.className = "md-button ex-trap-keep";
    // Keeping a suggestion ticks its box in step 5 (and unticking the box lets it go again).
    keep.dataset.trap = trap.id;
    keep.addEventListener("click", () => {
      const box = trapBox(trap.id);
      if (!box) return;
      box.checked = !box.checked;
      syncKeep(keep);
      keepDraft();
    });
    syncKeep(keep);
    li.append(name, about, document.createElement("br"), keep);
    return li;
  }

  // ---- actions ------------------------------------------------------------------------------

  /** The journal entry for what the core checked: a new one, or the one being changed. */
  function toEntry(checked) {
    const now = new Date().toISOString();
    return {
      id: editing?.id ?? newId(), kind: KIND, title: checked.title, page: location.pathname,
      created: editing?.created ?? now, updated: now, data: checked.entry,
    };
  }

  form.addEventListener("input", (event) => {
    if (event.target.matches("[data-field$='.name']")) labelAfterRows();
    if (event.target.matches("input[data-trap]")) syncKeepButtons();
    keepDraft();
    crisis.schedule();
  });

  function syncKeep(keep) {
    const on = Boolean(trapBox(keep.dataset.trap)?.checked);
    keep.setAttribute("aria-pressed", String(on));
    keep.textContent = on ? "Kept: this fits" : "This fits";
  }

  function syncKeepButtons() {
    result.querySelectorAll(".ex-trap-keep").forEach(syncKeep);
  }

  form.querySelector(".ex-discard").addEventListener("click", () => {
    if (hasText() && !window.confirm("Clear the form? What you typed will be removed from this page.")) return;
    remover.removeAdded();
    form.reset();
    setTraps([]);
    carried = { balanced_belief: "", traps: [] };
    editing = null;
    keeper.clear();
    errors.clear();
    result.hidden = true;
    draftNote.hidden = true;
    labelAfterRows();
    status.say("The form is clear.", engine.state);
    field("situation").focus();
  });

  bindKeepButtons(form, {
    engine, status, crisis, errors, check, showErrors, showSummary, toEntry, fileStem: "thought-record",
    saved(entry) {
      editing = entry;
      keeper.clear();
      draftNote.hidden = true;
    },
  });

  noteStorage(section);
  restore();
  // Words typed before this script arrived are kept like any others.
  if (!drafts.load(draftName) && hasText()) keepDraft();
  section.dataset.ready = "true";
}
