// Binds a server-rendered worksheet, whatever fields its definition lists: steps one at a time (or
// all at once), rows added to (and removed from) groups, the breathing guide and wait timer, a
// draft kept while typing, feedback from the Python core, and opt-in saving to the journal. Text
// from the reader or the core is only ever set with textContent or form values.

import { bindCrisis, bindKeepButtons, fieldErrors, noteStorage, rowRemover } from "../practice.js";
import { draftKeeper, drafts, journal, newId } from "../storage.js";
import { bindStatus, startWhenNeeded } from "../ui.js";
import { mountBreathing } from "../widgets/breathing.js";
import { mountTimer } from "../widgets/timer.js";

const KIND = "worksheet";
const VALUE_TYPES = new Set(["short_text", "long_text", "rating", "choice", "checklist", "group"]);

export function mount(section, engine) {
  const definition = JSON.parse(section.dataset.definition);
  const uid = section.dataset.exerciseId;
  const form = section.querySelector("form.ex-form");
  const result = section.querySelector(".ex-result");
  const draftNote = section.querySelector(".ex-draft-note");
  const status = bindStatus(form.querySelector(".ex-status"), engine);
  const draftName = `${KIND}:${location.pathname}:${uid}`;
  const fields = definition.steps.flatMap((step) => step.fields ?? []).filter((f) => VALUE_TYPES.has(f.type));
  let editing = null; // the saved entry being changed, if any

  startWhenNeeded(section, engine);
  const field = (name) => form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const firstInput = () => form.querySelector(".ex-step:not([hidden]) input:not([type=hidden]), .ex-step:not([hidden]) textarea");
  // One step at a time: the offer of help goes above the step buttons, so it stays in view.
  const crisis = bindCrisis(section, form, engine, firstInput, form.querySelector(".ex-step-nav"));
  const errors = fieldErrors(form, (name) => {
    const target = field(name);
    return target?.matches("fieldset") ? target.querySelector("input") : target;
  });

  section.querySelectorAll("[data-widget=breathing]").forEach(mountBreathing);
  section.querySelectorAll("[data-widget=timer]").forEach(mountTimer);

  // ---- steps, one at a time -----------------------------------------------------------------

  const steps = [...form.querySelectorAll(".ex-step")];
  const nav = form.querySelector(".ex-step-nav");
  const actions = form.querySelector(":scope > .ex-actions");
  let current = 0;

  function showStep(n, { focus = true } = {}) {
    if (!nav) return;
    current = Math.max(0, Math.min(n, steps.length - 1));
    steps.forEach((step, i) => (step.hidden = i !== current));
    const last = current === steps.length - 1;
    nav.querySelector(".ex-back").hidden = current === 0;
    nav.querySelector(".ex-next").hidden = last;
    actions.hidden = !last;
    // The step's heading takes focus, so a screen reader reads where the reader now is.
    if (focus) steps[current].querySelector("legend").focus();
  }

  if (nav) {
    // Enter in a one-line box moves on to the next part, instead of sending a half-done form.
    form.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || !event.target.matches("input[type=text], input[type=number]")) return;
      if (current === steps.length - 1) return;
      event.preventDefault();
      showStep(current + 1);
    });
    nav.hidden = false;
    nav.querySelector(".ex-back").addEventListener("click", () => showStep(current - 1));
    nav.querySelector(".ex-next").addEventListener("click", () => showStep(current + 1));
    showStep(0, { focus: false });
  }

  /** Make sure the step holding `element` is the one shown. */
  function reveal(element) {
    const step = element?.closest?.(".ex-step");
    if (nav && step) showStep(steps.indexOf(step), { focus: false });
  }

  // ---- rows of groups -----------------------------------------------------------------------

  const rowsOf = (group) => [...form.querySelectorAll(`[data-rows="${CSS.escape(group)}"] > .ex-row`)];
  const dom = (name) => name.replaceAll(".", "-");

  function renumber(node, group, from, to) {
    const names = [`${group}.${from}.`, `${group}.${to}.`];
    const ids = [`${uid}-${dom(group)}-${from}-`, `${uid}-${dom(group)}-${to}-`];
    for (const el of [node, ...node.querySelectorAll("*")]) {
      for (const attr of ["id", "for", "name", "data-field", "data-error-for", "data-box", "aria-describedby", "data-hint"]) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replaceAll(names[0], names[1]).replaceAll(ids[0], ids[1]));
      }
    }
    const title = node.querySelector(".ex-row-title");
    if (title) title.textContent = title.textContent.replace(/\d+$/, String(to + 1));
    node.dataset.row = String(to);
  }

  function addRow(group) {
    const rows = rowsOf(group);
    const last = rows[rows.length - 1];
    const clone = last.cloneNode(true);
    renumber(clone, group, rows.length - 1, rows.length);
    for (const input of clone.querySelectorAll("input, textarea")) {
      if (input.type === "radio" || input.type === "checkbox") input.checked = false;
      else input.value = "";
      input.removeAttribute("aria-invalid");
      if (input.dataset.hint) input.setAttribute("aria-describedby", input.dataset.hint);
    }
    for (const error of clone.querySelectorAll(".ex-field-error")) {
      error.hidden = true;
      error.textContent = "";
    }
    last.after(clone);
    remover.attach(clone, clone.querySelector(".ex-row-fields"));
    syncAddButton(group);
    return clone;
  }

  // An added row can go again; the rows after it move up one.
  const remover = rowRemover(form, status, {
    name: (row) => row.querySelector(".ex-row-title").textContent.toLowerCase(),
    remove(row) {
      const group = row.parentElement.dataset.rows;
      const rows = rowsOf(group);
      const at = rows.indexOf(row);
      row.remove();
      rows.slice(at + 1).forEach((later, n) => renumber(later, group, at + 1 + n, at + n));
      syncAddButton(group);
    },
  });

  function syncAddButton(group) {
    const button = form.querySelector(`button.ex-add[data-add="${CSS.escape(group)}"]`);
    const box = form.querySelector(`[data-group="${CSS.escape(group)}"]`);
    if (button) button.hidden = rowsOf(group).length >= Number(box.dataset.maxRows);
  }

  for (const button of form.querySelectorAll("button.ex-add")) {
    syncAddButton(button.dataset.add);
    button.addEventListener("click", () => {
      const row = addRow(button.dataset.add);
      row.querySelector("input, textarea")?.focus();
    });
  }

  // ---- reading and filling the form ---------------------------------------------------------

  function valueOf(f, name) {
    if (f.type === "choice") {
      return field(name)?.querySelector("input:checked")?.value ?? "";
    }
    if (f.type === "checklist") {
      return [...(field(name)?.querySelectorAll("input:checked") ?? [])].map((box) => box.value);
    }
    if (f.type === "group") {
      return rowsOf(name).map((_, n) => {
        const row = {};
        for (const sub of f.fields) row[sub.id] = valueOf(sub, `${name}.${n}.${sub.id}`);
        return row;
      });
    }
    return field(name)?.value ?? "";
  }

  function setValue(f, name, value) {
    if (f.type === "choice" || f.type === "checklist") {
      const chosen = new Set(Array.isArray(value) ? value : [value]);
      for (const box of field(name)?.querySelectorAll("input") ?? []) box.checked = chosen.has(box.value);
    } else if (f.type === "group") {
      const rows = Array.isArray(value) ? value : [];
      const max = Number(form.querySelector(`[data-group="${CSS.escape(name)}"]`)?.dataset.maxRows ?? 0);
      while (rowsOf(name).length < Math.min(rows.length, max)) addRow(name);
      rows.forEach((row, n) => {
        for (const sub of f.fields) setValue(sub, `${name}.${n}.${sub.id}`, row?.[sub.id] ?? "");
      });
    } else if (field(name)) {
      field(name).value = value ?? "";
    }
  }

  const readForm = () => Object.fromEntries(fields.map((f) => [f.id, valueOf(f, f.id)]));

  function fillForm(answers) {
    for (const f of fields) setValue(f, f.id, answers?.[f.id]);
  }

  /** A saved entry keeps each answer with its label; turn it back into answers by field id. */
  function answersOf(data) {
    const out = {};
    for (const answer of data.answers ?? []) {
      out[answer.id] = answer.type === "group"
        ? answer.value.map((row) => Object.fromEntries(row.map((cell) => [cell.id, cell.value ?? ""])))
        : answer.value ?? "";
    }
    return out;
  }

  function hasAnswer() {
    return [...form.querySelectorAll("input[data-field], textarea")].some((el) => el.value.trim())
      || form.querySelector(".ex-options input:checked") !== null;
  }

  // ---- drafts -------------------------------------------------------------------------------

  const keeper = draftKeeper(draftName, () => (hasAnswer() ? { answers: readForm(), editing } : null));
  const keepDraft = () => keeper.keep();

  function restore() {
    const draft = drafts.load(draftName);
    const wanted = new URLSearchParams(location.search).get("entry");
    if (draft?.answers) {
      fillForm(draft.answers);
      editing = draft.editing ?? null;
      draftNote.textContent = "We brought back what you were writing.";
      draftNote.hidden = false;
    } else if (wanted) {
      const saved = journal.get(wanted);
      if (saved && saved.kind === KIND && saved.data?.worksheet === definition.id) {
        fillForm(answersOf(saved.data));
        editing = saved;
        draftNote.textContent = "You are changing an entry saved on this device.";
        draftNote.hidden = false;
      }
    }
  }

  // ---- the core -----------------------------------------------------------------------------

  async function check() {
    const reply = await engine.call("check_worksheet", { definition, answers: readForm() });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result;
  }

  function showErrors(found) {
    const first = errors.show(found, firstInput());
    reveal(first);
    (first ?? form.querySelector(".ex-form-error")).focus?.();
  }

  function text(tag, className, value) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = value;
    return node;
  }

  function feedbackItem(item) {
    const block = document.createElement("div");
    block.className = "ex-feedback-item";
    block.dataset.check = item.check;
    block.append(text("p", "ex-subtitle", item.title), text("p", "ex-feedback-text", item.text));
    if (item.lines?.length) {
      const list = document.createElement("ul");
      list.append(...item.lines.map((line) => text("li", "", line)));
      block.append(list);
    }
    if (item.draft) {
      const draft = text("p", "ex-draft", item.draft);
      draft.id = `${uid}-draft`;
      const copy = document.createElement("button");
      copy.type = "button";
      copy.className = "md-button ex-copy";
      copy.textContent = "Copy the message";
      copy.setAttribute("aria-describedby", draft.id);
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(item.draft);
          status.say("The message was copied. Nothing was sent.", "ready");
        } catch {
          // No clipboard (an old browser, or permission refused): select it for the reader to copy.
          const range = document.createRange();
          range.selectNodeContents(draft);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          status.say("The message is selected. Copy it with your device's copy command.", "ready");
        }
      });
      block.append(draft, copy);
    }
    if (item.notes?.length) {
      const list = document.createElement("ul");
      list.className = "ex-notes";
      for (const note of item.notes) {
        const li = document.createElement("li");
        li.append(text("strong", "", `\u201c${note.found}\u201d`), text("span", "", ` ${note.why} `),
          text("span", "ex-instead", note.instead));
        list.append(li);
      }
      block.append(text("p", "ex-notes-intro", item.notes_intro ?? ""), list);
    }
    if (item.safety) {
      // The message builder heard fear (or a partner who checks, threatens or hurts): no wording
      // notes, only this, with a link to the page about relationship safety.
      const note = text("p", "ex-safety-note", item.safety.text);
      const href = pageHref(item.safety.page);
      if (href) {
        const link = document.createElement("a");
        link.href = href;
        link.textContent = item.safety.link_text;
        note.append(" ", link);
      }
      block.append(note);
    }
    return block;
  }

  /** The address of a page of the site ("relationship-safety.md") as the build linked it from this
   * page (the help banner does, when the site has the page), or null. */
  function pageHref(page) {
    const stem = page.replace(/\.md$/, "");
    const linked = [...document.querySelectorAll("a[href]")].find((a) => {
      const path = new URL(a.href, location.href).pathname;
      return path.endsWith(`/${stem}/`) || path.endsWith(`/${stem}.html`);
    });
    return linked ? linked.getAttribute("href") : null;
  }

  function showSummary(r) {
    result.querySelector(".ex-feedback").replaceChildren(...r.feedback.map(feedbackItem));
    result.hidden = false;
    result.focus();
  }

  // ---- actions ------------------------------------------------------------------------------

  function toEntry(checked) {
    const now = new Date().toISOString();
    return {
      id: editing?.id ?? newId(), kind: KIND, title: checked.title, page: location.pathname,
      created: editing?.created ?? now, updated: now, data: checked.entry,
    };
  }

  form.addEventListener("input", () => {
    keepDraft();
    crisis.schedule();
  });
  form.addEventListener("change", keepDraft);

  form.querySelector(".ex-discard").addEventListener("click", () => {
    if (hasAnswer() && !window.confirm("Clear the form? What you wrote will be removed from this page.")) return;
    remover.removeAdded();
    form.reset();
    editing = null;
    keeper.clear();
    errors.clear();
    result.hidden = true;
    draftNote.hidden = true;
    status.say("The form is clear.", engine.state);
    if (nav) showStep(0);
    else firstInput()?.focus();
  });

  bindKeepButtons(form, {
    engine, status, crisis, errors, check, showErrors, showSummary, toEntry, fileStem: definition.id,
    saved(entry) {
      editing = entry;
      keeper.clear();
      draftNote.hidden = true;
    },
  });

  noteStorage(section);
  restore();
  // Words typed before this script arrived are kept like any others.
  if (!drafts.load(draftName) && hasAnswer()) keepDraft();
  section.dataset.ready = "true";
}
