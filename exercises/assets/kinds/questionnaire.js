// Binds a server-rendered questionnaire form: collects answers, asks the Python core to score
// them, and shows the result. All text from the core or the reader is set with textContent.

import { OP } from "../protocol.js";
import { journal, newId } from "../storage.js";
import { bindStatus, startWhenNeeded, warmUp } from "../ui.js";
import { t } from "../i18n.js";

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
    // i18n: A questionnaire's status line when the reader asked for scores before its tool was ready.
    status.say(t("questionnaire.scores_waiting", "Your scores will appear as soon as the scoring tool is ready."),
      "loading");
  }
  try {
    const reply = await q.engine.call(OP.score_questionnaire, { definition: q.definition, answers: answers(form) });
    if (!reply.ok) {
      // i18n: A questionnaire's status line when scoring failed. {problem} is why, in a sentence.
      status.say(t("questionnaire.scoring_failed", "Something went wrong while scoring: {problem}",
        { problem: reply.error.message }), "error");
      return;
    }
    if (reply.result.complete) {
      q.record = reply.result.record;
      q.savedId = null;
      if (q.keepStatus) q.keepStatus.textContent = "";
      showResult(q, reply.result);
      // i18n: A questionnaire's status line once the scores are shown. {summary} is the scores in
      // sentences ("Worry: 4.5 on a scale from 1 to 7. ...").
      status.say(t("questionnaire.scored", "{summary} More is below the questions.",
        { summary: reply.result.summary }), "ready");
    } else {
      showUnanswered(q, reply.result.unanswered, reply.result.message);
      // i18n: A questionnaire's status line when questions still need an answer.
      status.say(t("questionnaire.needs_answers", "Some questions still need an answer."), "ready");
    }
  } catch (err) {
    // i18n: A questionnaire's status line when its tool failed. {problem} is why, in a sentence.
    status.say(t("questionnaire.tool_failed", "{problem} Your answers are still here. Try again in a moment.",
      { problem: err.message }), "failed");
  } finally {
    q.busy = false;
    form.removeAttribute("aria-busy");
  }
}

/** Keep the result shown in the journal, only when the reader asks: the date, scores and skips. */
async function keepResult(q) {
  if (!q.record) return;
  if (q.savedId) {
    // i18n: Under a questionnaire's result when the reader presses "Save to my journal" a second time.
    q.keepStatus.textContent = t("questionnaire.already_saved", "This result is already in your journal.");
    return;
  }
  const now = new Date().toISOString();
  const entry = { id: newId(), kind: "questionnaire", title: q.definition.title ?? "",
    page: window.location.pathname, created: now, updated: now, data: q.record };
  q.savedId = entry.id; // a second press while this one is written keeps no copy
  const done = await journal.save(entry);
  if (!done.ok) q.savedId = null;
  q.keepStatus.textContent = done.ok
    // i18n: Under a questionnaire's result once it is saved in the journal.
    ? t("questionnaire.saved", "Saved to your journal on this device. Answer again another day to see how your "
      + "answers change.")
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
    // i18n: Next to a questionnaire's question that has no answer.
    error.textContent = t("questionnaire.choose_answer", "Please choose an answer for this question.");
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
  const question = fs.querySelector("legend span:last-child").textContent.trim();
  // i18n: A link in the list of questions that still need an answer. {number} is the question's
  // number, {question} its words.
  link.textContent = t("questionnaire.question_link", "Question {number}: {question}", { number: index + 1, question });
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
