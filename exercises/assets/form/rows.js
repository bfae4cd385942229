// Lists of rows a reader can add to and remove from (a worksheet group, a thought record's feelings
// and thoughts). The page draws the rows of the paper worksheet; Add copies the last row, empty, and
// a row the reader added (or a draft brought back) gets a Remove button. Rows after a removed one move
// up: every id, name and label that holds the row's number follows it.
//
// A list is the `[data-rows=LIST]` element holding `.ex-row`s; its Add button is
// `button.ex-add[data-add=LIST]`; its most rows are `data-max-rows` on `[data-group=LIST]` (none: no
// limit). What differs by kind is given to `bindRows`:
//   path:    the answer path of a list's rows when it is not the list's name ({after: "emotions"})
//   linked:  lists whose rows come and go with another's ({emotions: ["after"]})
//   name:    a row in words, as it reads inside a sentence ("feeling 2"); default: its `.ex-row-title`
//   retitle: the row's words and values that hold its number, from `from` to `to`; default: every
//            element with `data-words` (its words with {number}, drawn by the build) says the new number
//   changed: called with the form after rows were removed

import { fill, midSentence, sentence, t } from "../i18n.js";

// Attributes that hold a row's answer path ("urges.1.wanted") or its ids ("ex-log-urges-1-wanted").
const NUMBERED = ["id", "for", "name", "data-field", "data-error-for", "data-box", "aria-describedby", "data-hint"];
const FIRST_FIELD = "input:not([type=hidden]), textarea";

const dom = (name) => name.replaceAll(".", "-");
const titleName = (row) => midSentence(row.querySelector(".ex-row-title").textContent);

/** Each of the row's words that hold its number, drawn from their words with {number} (data-words). */
function retitleByTitle(row, from, to) {
  for (const words of row.querySelectorAll("[data-words]")) {
    words.textContent = fill(words.dataset.words, { number: to + 1 });
  }
}

/** Give `node` (a row) the number `to` instead of `from` in every attribute that holds it. */
function renumberAttributes(node, uid, path, from, to) {
  const names = [`${path}.${from}.`, `${path}.${to}.`];
  const ids = [`${uid}-${dom(path)}-${from}-`, `${uid}-${dom(path)}-${to}-`];
  for (const el of [node, ...node.querySelectorAll("*")]) {
    for (const attr of NUMBERED) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, value.replaceAll(names[0], names[1]).replaceAll(ids[0], ids[1]));
    }
  }
  node.dataset.row = String(to);
}

/** Empty every field of a copied row, and the errors it showed. */
function emptyRow(row) {
  for (const input of row.querySelectorAll("input, textarea")) {
    if (input.type === "radio" || input.type === "checkbox") input.checked = false;
    else input.value = "";
    input.removeAttribute("aria-invalid");
    if (input.dataset.hint) input.setAttribute("aria-describedby", input.dataset.hint);
  }
  for (const error of row.querySelectorAll(".ex-field-error")) {
    error.hidden = true;
    error.textContent = "";
  }
}

/**
 * Remove buttons on rows the reader added. Removing is immediate, never a question: the reader chose
 * it. Focus then goes to the first field of the row before (or the list's Add button), the status
 * line says what was removed, and an input event on the form keeps the draft.
 */
function rowRemover(form, status, { name, remove }) {
  const label = (button) => {
    const row = name(button.closest(".ex-row"));
    // i18n: What a screen reader calls a row's Remove button. {row} is the row's name as it reads inside
    // a sentence ("time 2", "feeling 2").
    button.setAttribute("aria-label", t("rows.remove_label", "Remove {row}", { row }));
  };

  function removeRow(row) {
    const said = name(row);
    const list = row.parentElement;
    const before = row.previousElementSibling;
    remove(row);
    form.querySelectorAll("button.ex-remove").forEach(label);
    const add = form.querySelector(`button.ex-add[data-add="${CSS.escape(list.dataset.rows)}"]`);
    (before?.querySelector(FIRST_FIELD) ?? add)?.focus();
    // i18n: The status line once a row was removed. {row} is the row's name as it reads inside a sentence
    // ("time 2"); the sentence's first letter is made a capital.
    status.say(sentence(t("rows.removed", "{row} removed.", { row: said })));
    form.dispatchEvent(new Event("input", { bubbles: true }));
  }

  return {
    /** Back to the rows the page started with, as when the reader clears the form. */
    removeAdded() {
      [...form.querySelectorAll("button.ex-remove")].reverse().forEach((button) => remove(button.closest(".ex-row")));
    },
    /** Give an added row its Remove button, at the end of `inside` (a copied row's old one goes). */
    attach(row, inside) {
      row.querySelectorAll("button.ex-remove").forEach((old) => old.remove());
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button ex-remove";
      // i18n: The button on a row the reader added, which removes it.
      button.textContent = t("rows.remove", "Remove");
      button.addEventListener("click", () => removeRow(row));
      inside.append(button);
      label(button);
    },
  };
}

/** Bind every list of rows in `form`; returns `rowsOf(list)`, `ensure(list, count)` and `removeAdded()`. */
export function bindRows(form, status, uid, options = {}) {
  const { path = {}, linked = {}, name = titleName, retitle = retitleByTitle, changed } = options;
  const rowsOf = (list) => [...form.querySelectorAll(`[data-rows="${CSS.escape(list)}"] > .ex-row`)];
  const addButton = (list) => form.querySelector(`button.ex-add[data-add="${CSS.escape(list)}"]`);
  const most = (list) => Number(form.querySelector(`[data-group="${CSS.escape(list)}"]`)?.dataset.maxRows ?? Infinity);

  function renumber(row, list, from, to) {
    renumberAttributes(row, uid, path[list] ?? list, from, to);
    retitle(row, from, to);
  }

  function syncAdd(list) {
    const button = addButton(list);
    if (button) button.hidden = rowsOf(list).length >= most(list);
  }

  function add(list) {
    const rows = rowsOf(list);
    const last = rows[rows.length - 1];
    const copy = last.cloneNode(true);
    renumber(copy, list, rows.length - 1, rows.length);
    emptyRow(copy);
    last.after(copy);
    // A linked list's row goes with the row it belongs to, so only that row has the button.
    if (addButton(list)) remover.attach(copy, copy.querySelector(".ex-row-fields") ?? copy);
    for (const other of linked[list] ?? []) add(other);
    syncAdd(list);
    return copy;
  }

  const remover = rowRemover(form, status, {
    name,
    remove(row) {
      const list = row.parentElement.dataset.rows;
      const at = rowsOf(list).indexOf(row);
      for (const each of [list, ...(linked[list] ?? [])]) {
        const rows = rowsOf(each);
        rows[at].remove();
        rows.slice(at + 1).forEach((later, n) => renumber(later, each, at + 1 + n, at + n));
      }
      syncAdd(list);
      changed?.(form);
    },
  });

  for (const button of form.querySelectorAll("button.ex-add")) {
    syncAdd(button.dataset.add);
    button.addEventListener("click", () => add(button.dataset.add).querySelector("input, textarea")?.focus());
  }

  return {
    rowsOf,
    /** At least `count` rows (as many as the list may hold), for a draft or an entry being opened. */
    ensure(list, count) {
      while (rowsOf(list).length < Math.min(count, most(list))) add(list);
    },
    removeAdded: () => remover.removeAdded(),
  };
}
