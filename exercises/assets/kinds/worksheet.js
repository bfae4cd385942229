// Binds a server-rendered worksheet, whatever fields its definition lists. The form controller
// (../form/controller.js) does what every practice shares: steps one at a time, rows, drafts, Clear,
// Save. Each field type's reading and filling is its entry in ../form/field-types.js. What is the
// worksheet's own is here: its answers by field id, the request to the core, and the feedback the
// core sends back (the reader's message to copy, a softer way to ask when the core offers one, ideas
// on wording, the safety note). Text from the
// reader or the core is only ever set with textContent or form values.

import { answerFields, answered, entryAnswers, fillField, mountWidgets, readField } from "../form/field-types.js";
import { practiceForm } from "../form/controller.js";
import { OP } from "../protocol.js";
import { t } from "../i18n.js";

const KIND = "worksheet";

export function mount(section, engine) {
  const definition = JSON.parse(section.dataset.definition);
  const fields = answerFields(definition);
  const page = practiceForm(section, engine, {
    kind: KIND, keeps: "answers", fileStem: definition.id,
    // i18n: Asked before a worksheet with writing in it is cleared.
    clearQuestion: t("worksheet.clear_question", "Clear the form? What you wrote will be removed from this page."),
  });
  mountWidgets(section);
  const read = () => Object.fromEntries(fields.map((f) => [f.id, readField(page, f, f.id)]));
  page.start({
    read,
    fill(answers) {
      for (const f of fields) fillField(page, f, f.id, answers?.[f.id]);
    },
    written: () => fields.some((f) => answered(f, readField(page, f, f.id))),
    opened: (saved) => (saved.data?.worksheet === definition.id ? entryAnswers(saved.data) : null),
    check: (answers) => engine.call(OP.check_worksheet, { definition, answers }),
    showSummary(r) {
      page.result.querySelector(".ex-feedback").replaceChildren(...r.feedback.map((item) => feedbackItem(page, item)));
      page.result.hidden = false;
      page.result.focus();
    },
  });
}

// ---- feedback from the core ---------------------------------------------------------------------

function text(tag, className, value) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = value;
  return node;
}

function feedbackItem(page, item) {
  const block = document.createElement("div");
  block.className = "ex-feedback-item";
  block.dataset.check = item.check;
  block.append(text("p", "ex-subtitle", item.title), text("p", "ex-feedback-text", item.text));
  if (item.lines?.length) {
    const list = document.createElement("ul");
    list.append(...item.lines.map((line) => text("li", "", line)));
    block.append(list);
  }
  // i18n: The button beside a message a worksheet drafted for the reader: copies it (nothing is sent).
  const copyLabel = t("worksheet.copy_message", "Copy the message");
  if (item.draft) block.append(...draftMessage(page, item.draft, "draft", copyLabel));
  if (item.softer) block.append(softerOffer(page, item.softer));
  if (item.notes?.length) block.append(text("p", "ex-notes-intro", item.notes_intro ?? ""), wordingNotes(item.notes));
  if (item.safety) block.append(safetyNote(item.safety));
  return block;
}

/** The reader's message as written, with a button that copies it (nothing is sent). */
function draftMessage(page, words, name, label) {
  const draft = text("p", "ex-draft", words);
  draft.id = `${page.uid}-${name}`;
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = "md-button ex-copy";
  copy.textContent = label;
  copy.setAttribute("aria-describedby", draft.id);
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(words);
      // i18n: The status line once a drafted message was copied.
      page.status.say(t("worksheet.copied", "The message was copied. Nothing was sent."), "ready");
    } catch {
      // No clipboard (an old browser, or permission refused): select it for the reader to copy.
      const range = document.createRange();
      range.selectNodeContents(draft);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      // i18n: The status line when the browser cannot copy: the message is selected for the reader to copy.
      page.status.say(t("worksheet.selected", "The message is selected. Copy it with your device's copy command."),
        "ready");
    }
  });
  return [draft, copy];
}

/** A softer way to ask, offered and never put in place of the reader's words: a button that shows it
 * (and hides it again), says so in the status line, and a copy button of its own. Its words come
 * from the core. */
function softerOffer(page, softer) {
  const offer = document.createElement("div");
  offer.className = "ex-softer";
  const body = document.createElement("div");
  body.className = "ex-softer-body";
  body.id = `${page.uid}-softer`;
  body.hidden = true;
  body.append(text("p", "ex-softer-note", softer.note), ...draftMessage(page, softer.draft, "softer-draft", softer.copy));
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "md-button ex-softer-toggle";
  toggle.textContent = softer.show;
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", body.id);
  toggle.addEventListener("click", () => {
    const open = body.hidden;
    body.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? softer.hide : softer.show;
    page.status.say(open ? softer.shown : softer.hidden, "ready");
  });
  offer.append(text("p", "ex-softer-intro", softer.intro), toggle, body);
  return offer;
}

/** Words the core found that could be said more gently, each with why and another way: ideas. */
function wordingNotes(notes) {
  const list = document.createElement("ul");
  list.className = "ex-notes";
  for (const note of notes) {
    const li = document.createElement("li");
    // i18n: Words the reader wrote, in quotation marks, in a note on a drafted message (Spanish: «{words}»).
    li.append(text("strong", "", t("worksheet.quoted", "\u201c{words}\u201d", { words: note.found })),
      text("span", "", ` ${note.why} `),
      text("span", "ex-instead", note.instead));
    list.append(li);
  }
  return list;
}

/** The message builder heard fear (or a partner who checks, threatens or hurts): no wording notes,
 * only this, with a link to the page about relationship safety. */
function safetyNote(safety) {
  const note = text("p", "ex-safety-note", safety.text);
  const href = pageHref(safety.page);
  if (href) {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = safety.link_text;
    note.append(" ", link);
  }
  return note;
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
