// Binds a server-rendered questionnaire form: collects answers, asks the Python core to score
// them, and shows the result. All text from the core or the reader is set with textContent.

import { bindStatus, startWhenNeeded } from "../ui.js";

export function mount(section, engine) {
  const form = section.querySelector("form.ex-form");
  const definition = JSON.parse(section.dataset.definition);
  const result = section.querySelector(".ex-result");
  const summary = form.querySelector(".ex-error-summary");
  const status = bindStatus(form.querySelector(".ex-status"), engine);
  let busy = false;

  startWhenNeeded(section, engine);

  const fieldsets = () => [...form.querySelectorAll("fieldset[data-item]")];

  function answers() {
    const out = {};
    for (const fs of fieldsets()) {
      const checked = fs.querySelector("input[type=radio]:checked");
      if (checked) out[fs.dataset.item] = Number(checked.value);
    }
    return out;
  }

  function clearItemError(fs) {
    const error = fs.querySelector(".ex-field-error");
    error.hidden = true;
    error.textContent = "";
    fs.classList.remove("ex-has-error");
    fs.removeAttribute("aria-describedby");
  }

  function showUnanswered(ids, message) {
    const missing = new Set(ids);
    const list = summary.querySelector("ul");
    list.replaceChildren();
    fieldsets().forEach((fs, index) => {
      clearItemError(fs);
      if (!missing.has(fs.dataset.item)) return;
      const error = fs.querySelector(".ex-field-error");
      error.textContent = "Please choose an answer for this question.";
      error.hidden = false;
      fs.classList.add("ex-has-error");
      fs.setAttribute("aria-describedby", error.id);
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
      const item = document.createElement("li");
      item.append(link);
      list.append(item);
    });
    summary.querySelector(".ex-error-title").textContent = message;
    summary.hidden = false;
    result.hidden = true;
    summary.focus();
  }

  function showResult(r) {
    summary.hidden = true;
    fieldsets().forEach(clearItemError);
    const note = result.querySelector(".ex-result-note");
    note.textContent = r.skipped_note;
    note.hidden = !r.skipped_note;
    for (const score of r.scores) {
      const dd = result.querySelector(`dd[data-subscale="${CSS.escape(score.id)}"]`);
      if (dd) dd.querySelector(".ex-score-value").textContent = score.display;
    }
    placeMark(r);
    for (const block of result.querySelectorAll(".ex-region")) {
      block.hidden = block.dataset.region !== r.region;
    }
    result.hidden = false;
    result.focus();
  }

  function placeMark(r) {
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

  form.addEventListener("change", (event) => {
    const fs = event.target.closest("fieldset[data-item]");
    if (fs) clearItemError(fs);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute("aria-busy", "true");
    if (engine.state !== "ready") {
      status.say("Your scores will appear as soon as the scoring tool is ready.", "loading");
    }
    try {
      const reply = await engine.call("score_questionnaire", { definition, answers: answers() });
      if (!reply.ok) {
        status.say(`Something went wrong while scoring: ${reply.error.message}`, "error");
        return;
      }
      if (reply.result.complete) {
        showResult(reply.result);
        status.say(`${reply.result.summary} More is below the questions.`, "ready");
      } else {
        showUnanswered(reply.result.unanswered, reply.result.message);
        status.say("Some questions still need an answer.", "ready");
      }
    } catch (err) {
      status.say(`${err.message} Your answers are still here. Try again in a moment.`, "failed");
    } finally {
      busy = false;
      form.removeAttribute("aria-busy");
    }
  });

  section.dataset.ready = "true";
}
