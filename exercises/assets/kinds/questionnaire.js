// Binds a server-rendered questionnaire form: collects answers, asks the Python core to score
// them, and shows the result. All text from the core or the reader is set with textContent.

import { OP } from "../protocol.js";
import { journal, newId } from "../storage.js";
import { bindStatus, startWhenNeeded, warmUp } from "../ui.js";

export function mount(section, engine) {
  const form = section.querySelector("form.ex-form");
  const q = {
    form, engine,
    definition: JSON.parse(section.dataset.definition),
    result: section.querySelector(".ex-result"),
    summary: form.querySelector(".ex-error-summary"),
    status: bindStatus(form.querySelector(".ex-status"), engine),
    keepStatus: section.querySelector(".ex-keep-status"),
    busy: false,
    record: null, // what "Save to my journal" keeps of the result shown
    savedId: null, // set once that result is saved, so a second press adds no copy
  };
  section.querySelector(".ex-save-result")?.addEventListener("click", () => keepResult(q));
  startWhenNeeded(section, engine);
  // Warmed with every question at its first point: a whole set, so the code that writes a result
  // runs once too (an empty set would only reach "still unanswered"); made here, not the reader's.
  const firstPoints = Object.fromEntries(fieldsets(form).map((fs) => [fs.dataset.item,
    Number(fs.querySelector("input[type=radio]")?.value)]));
  warmUp(engine, OP.score_questionnaire, { definition: q.definition, answers: firstPoints });
  form.addEventListener("change", (event) => {
    const fs = event.target.closest("fieldset[data-item]");
    if (fs) clearItemError(fs);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    score(q);
  });
}

const fieldsets = (form) => [...form.querySelectorAll("fieldset[data-item]")];

function answers(form) {
  const out = {};
  for (const fs of fieldsets(form)) {
    const checked = fs.querySelector("input[type=radio]:checked");
    if (checked) out[fs.dataset.item] = Number(checked.value);
  }
  return out;
}

async function score(q) {
  const { form, status } = q;
  if (q.busy) return;
  q.busy = true;
  form.setAttribute("aria-busy", "true");
  if (q.engine.state !== "ready") {
    status.say("Your scores will appear as soon as the scoring tool is ready.", "loading");
  }
  try {
    const reply = await q.engine.call(OP.score_questionnaire, { definition: q.definition, answers: answers(form) });
    if (!reply.ok) {
      status.say(`Something went wrong while scoring: ${reply.error.message}`, "error");
      return;
    }
    if (reply.result.complete) {
      q.record = reply.result.record;
      q.savedId = null;
      if (q.keepStatus) q.keepStatus.textContent = "";
      showResult(q, reply.result);
      status.say(`${reply.result.summary} More is below the questions.`, "ready");
    } else {
      showUnanswered(q, reply.result.unanswered, reply.result.message);
      status.say("Some questions still need an answer.", "ready");
    }
  } catch (err) {
    status.say(`${err.message} Your answers are still here. Try again in a moment.`, "failed");
  } finally {
    q.busy = false;
    form.removeAttribute("aria-busy");
  }
}

/** Keep the result shown in the journal, only when the reader asks: the date, scores and skips. */
async function keepResult(q) {
  if (!q.record) return;
  if (q.savedId) {
    q.keepStatus.textContent = "This result is already in your journal.";
    return;
  }
  const now = new Date().toISOString();
  const entry = { id: newId(), kind: "questionnaire", title: q.definition.title ?? "",
    page: window.location.pathname, created: now, updated: now, data: q.record };
  q.savedId = entry.id; // a second press while this one is written keeps no copy
  const done = await journal.save(entry);
  if (!done.ok) q.savedId = null;
  q.keepStatus.textContent = done.ok
    ? "Saved to your journal on this device. Answer again another day to see how your answers change."
    : done.error;
}

function clearItemError(fs) {
  const error = fs.querySelector(".ex-field-error");
  error.hidden = true;
  error.textContent = "";
  fs.classList.remove("ex-has-error");
  fs.removeAttribute("aria-describedby");
}

function showUnanswered(q, ids, message) {
  const { summary } = q;
  const missing = new Set(ids);
  const list = summary.querySelector("ul");
  list.replaceChildren();
  fieldsets(q.form).forEach((fs, index) => {
    clearItemError(fs);
    if (!missing.has(fs.dataset.item)) return;
    const error = fs.querySelector(".ex-field-error");
    error.textContent = "Please choose an answer for this question.";
    error.hidden = false;
    fs.classList.add("ex-has-error");
    fs.setAttribute("aria-describedby", error.id);
    const item = document.createElement("li");
    item.append(questionLink(fs, index));
    list.append(item);
  });
  summary.querySelector(".ex-error-title").textContent = message;
  summary.hidden = false;
  q.result.hidden = true;
  summary.focus();
}

/** A link in the error summary to question `index`, which it brings into view and focuses. */
function questionLink(fs, index) {
  const link = document.createElement("a");
  link.href = `#${fs.id}`;
  link.textContent = `Question ${index + 1}: ${fs.querySelector("legend span:last-child").textContent.trim()}`;
  link.addEventListener("click", (event) => {
    // Handled here: Material's own hash handling would move focus off the question.
    event.preventDefault();
    event.stopPropagation();
    fs.scrollIntoView({ block: "center" });
    fs.querySelector("input").focus({ preventScroll: true });
  });
  return link;
}

function showResult(q, r) {
  const { result } = q;
  q.summary.hidden = true;
  fieldsets(q.form).forEach(clearItemError);
  const note = result.querySelector(".ex-result-note");
  note.textContent = r.skipped_note;
  note.hidden = !r.skipped_note;
  for (const score of r.scores) {
    const dd = result.querySelector(`dd[data-subscale="${CSS.escape(score.id)}"]`);
    if (dd) dd.querySelector(".ex-score-value").textContent = score.display;
  }
  placeMark(result, r);
  for (const block of result.querySelectorAll(".ex-region")) {
    block.hidden = block.dataset.region !== r.region;
  }
  result.hidden = false;
  result.focus();
}

function placeMark(result, r) {
  const svg = result.querySelector("svg.ex-plot-svg");
  if (!svg) return;
  const mark = svg.querySelector(".ex-plot-mark");
  const pos = Object.fromEntries(r.scores.map((s) => [s.id, s.position]));
  const x0 = Number(svg.dataset.originX);
  const y0 = Number(svg.dataset.originY);
  const extent = Number(svg.dataset.extent);
  mark.setAttribute("cx", String(x0 + pos[mark.dataset.x] * extent));
  mark.setAttribute("cy", String(y0 - pos[mark.dataset.y] * extent));
  mark.setAttribute("visibility", "visible");
  result.querySelector(".ex-plot-alt").textContent = r.plot_description;
}
