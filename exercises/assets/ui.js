// Pieces every exercise component shares: the engine status line and when to start the engine.

import config from "./config.js";
import { t, tn } from "./i18n.js";

// By the kind's declared status: a "scored" kind (the questionnaire) is answered and scored; a
// "practice" kind is written in, and nothing is scored.
// A failed engine is told by why it failed (the engine's reason): most often a download that did
// not finish; "missing" is the site's own fault (its copy of Python lacks a part), which no
// connection fixes; "version", a page older than the site's exercise tool, which a reload fixes;
// anything else, a plain "could not start". "loading:updated": an old copy of the tool was replaced.
const MESSAGES = {
  scored: {
    // i18n: The status line under a questionnaire before its scoring tool has loaded.
    idle: t("status.scored.idle", "You can start answering now. Your answers stay on this device."),
    // i18n: The status line under a questionnaire while its scoring tool loads.
    loading: t("status.scored.loading", "Getting the scoring tool ready. You can keep answering."),
    // i18n: The status line under a questionnaire once its scoring tool is ready.
    ready: t("status.scored.ready", "Ready. Your answers are scored here on this device."),
    // i18n: The status line under a questionnaire when its scoring tool could not be downloaded.
    failed: t("status.scored.failed", "The scoring tool could not load. Your answers are still here. "
      + "Check your connection, then choose Try again. You can also print this page."),
    // i18n: The status line under a questionnaire when the site's copy of the tool lacks a part.
    "failed:missing": t("status.scored.failed_missing", "The scoring tool could not start: this site's copy of it "
      + "is missing a part. Your answers are still here, and you can print this page."),
    // i18n: The status line under a questionnaire when its scoring tool could not start.
    "failed:start": t("status.scored.failed_start", "The scoring tool could not start. Your answers are still "
      + "here. Choose Try again, or print this page."),
    // i18n: The status line under a questionnaire when a newer scoring tool replaces an old copy.
    "loading:updated": t("status.scored.updated", "The scoring tool was updated. Getting the new version ready. "
      + "You can keep answering."),
    // i18n: The status line under a questionnaire when the page is older than the site's tool.
    "failed:version": t("status.scored.failed_version", "This page is older than the site's scoring tool. Your "
      + "answers are still here. Reload the page to get the new version, or print this page."),
  },
  practice: {
    // i18n: The status line under a worksheet or the thought record before its tool has loaded.
    idle: t("status.practice.idle", "Nothing you type is saved unless you choose to save it."),
    // i18n: The status line under a worksheet while its tool loads.
    loading: t("status.practice.loading", "Getting the exercise tool ready. You can keep writing."),
    // i18n: The status line under a worksheet once its tool is ready.
    ready: t("status.practice.ready", "Ready. Nothing you type leaves this device."),
    // i18n: The status line under a worksheet when its tool could not be downloaded.
    failed: t("status.practice.failed", "The exercise tool could not load. What you wrote is still here. "
      + "Check your connection, then choose Try again. You can also print this page."),
    // i18n: The status line under a worksheet when the site's copy of the tool lacks a part.
    "failed:missing": t("status.practice.failed_missing", "The exercise tool could not start: this site's copy of "
      + "it is missing a part. What you wrote is still here, and you can print this page."),
    // i18n: The status line under a worksheet when its tool could not start.
    "failed:start": t("status.practice.failed_start", "The exercise tool could not start. What you wrote is still "
      + "here. Choose Try again, or print this page."),
    // i18n: The status line under a worksheet when a newer tool replaces an old copy.
    "loading:updated": t("status.practice.updated", "The exercise tool was updated. Getting the new version ready. "
      + "You can keep writing."),
    // i18n: The status line under a worksheet when the page is older than the site's tool.
    "failed:version": t("status.practice.failed_version", "This page is older than the site's exercise tool. What "
      + "you wrote is still here. Reload the page to get the new version, or print this page."),
  },
};
// Shown for a state no message above covers: never the browser's own words.
// i18n: The status line under an exercise in a state no other message covers.
const FALLBACK = t("status.fallback", "The exercise tool is not working right now. What you entered is still here.");

/** Keep a status line in words (announced politely) in step with the engine, with a retry. */
export function bindStatus(statusEl, engine) {
  const text = statusEl.querySelector(".ex-status-text");
  const retry = statusEl.querySelector(".ex-retry");
  const kind = statusEl.closest("[data-exercise]")?.dataset.exercise;
  const words = MESSAGES[config.kinds?.[kind]?.status] ?? MESSAGES.practice;
  // Set when the line last said what a press of the reader's did ("The form is clear."): the
  // engine becoming ready a moment later does not talk over it (a failure still does).
  let toldReader = false;
  const show = (state, reason = "") => {
    statusEl.dataset.state = state;
    retry.hidden = state !== "failed";
    if (state === "ready" && toldReader) return;
    toldReader = false;
    text.textContent = words[`${state}:${reason}`] ?? words[state] ?? FALLBACK;
  };
  const onState = (event) => {
    if (!statusEl.isConnected) return engine.removeEventListener("state", onState);
    show(event.detail.state, event.detail.reason);
  };
  engine.addEventListener("state", onState);
  retry.addEventListener("click", () => engine.start().catch(() => {}));
  show(engine.state, engine.reason);
  return {
    /** Say something about this exercise (not the engine), e.g. "Scoring..." */
    say(message, state = statusEl.dataset.state) {
      statusEl.dataset.state = state;
      text.textContent = message;
      retry.hidden = state !== "failed";
      toldReader = true;
    },
  };
}

/** Once the engine is ready, run operation OP once with PAYLOAD, a request holding nothing of the
 * reader's (such as an empty form): the definition is then parsed and the code that answers run once
 * in the worker, so the reader's own first request is answered at once. No answer comes back, and
 * nothing the reader sees changes, whatever happens to it (engine.js warm). */
export function warmUp(engine, op, payload) {
  if (engine.state === "ready") {
    engine.warm(op, payload);
    return;
  }
  const onState = (event) => {
    if (event.detail.state !== "ready") return;
    engine.removeEventListener("state", onState);
    engine.warm(op, payload);
  };
  engine.addEventListener("state", onState);
}

/** Start the engine at the first touch, click, key or focus inside an exercise. (runtime.js starts
 * it earlier, when the exercise is about to scroll into view, unless the browser's Save-Data
 * preference is on: Python is a download of several megabytes.) */
export function startWhenNeeded(section, engine) {
  const start = () => {
    if (section.isConnected && engine.state === "idle") engine.start().catch(() => {});
  };
  for (const type of ["pointerdown", "focusin", "keydown", "input"]) {
    section.addEventListener(type, start, { once: true, passive: true });
  }
}

/**
 * Print one exercise alone, not the lesson around it: while the browser's print dialog is open the
 * page's print styles show only ELEMENT. (The browser's own Print menu still prints the whole page.)
 */
export function printOnly(element) {
  element.classList.add("ex-print-target");
  document.documentElement.classList.add("ex-printing-one");
  try {
    window.print();
  } finally {
    setTimeout(() => {
      document.documentElement.classList.remove("ex-printing-one");
      element.classList.remove("ex-print-target");
    }, 0);
  }
}

/** An element with a class and its text (set as text, never as HTML). */
export function element(tag, className = "", text = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** "1 entry", "3 entries". */
// i18n: How many entries the journal holds. {count} is the number.
export const count = (n) => tn("journal.entry_count", "{count} entry", "{count} entries", n);

/** True when focus is nowhere the reader chose: on <body>, or inside one of PLACES (the controls a
 * step just used). A step that ends after a wait moves focus only then, so it never pulls a reader
 * back from where they went meanwhile. */
export function focusIsFree(...places) {
  const active = document.activeElement;
  return !active || active === document.body || places.some((place) => place?.contains(active));
}
