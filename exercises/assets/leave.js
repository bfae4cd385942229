// "Leave this page quickly", for a reader on a shared device or near someone who checks on them: a
// button on every page, and Escape pressed twice within a second. It clears what is typed on the screen and the drafts this
// tab keeps, then replaces the page with a plain one of this same site (nothing is sent anywhere),
// so Back does not lead to the exercise. Saved journal entries stay: keeping them was the reader's
// choice (and, if the journal has a lock, it is locked again, in every tab). Plain script, no Python: it works before the engine loads and when it cannot load.

import config from "./config.js";
import { DRAFT, LOCK_KEY, SIGNAL_KEY } from "./storage-keys.js";

const DOUBLE_ESCAPE_MS = 1000;
// The words, in the page's language, from the help bar the page was built with (exercises/theme/
// exercises/main.html); English if a site's own frame left them out.
const words = document.querySelector(".crisis-bar")?.dataset ?? {};
// A plain page of the site (the plugin's leave_page option), found from this file's address so it
// works under a sub-path too. A site in several languages has one in each language's folder, in that
// language: the help bar names this page's folder ("es/"; empty for the default language).
export const NEUTRAL_PAGE = new URL(`../../${words.languageHome ?? ""}${config.leavePage}`, import.meta.url).href;
const NAME = words.leaveButton || "Leave this page quickly";

function clearDrafts() {
  try {
    const store = window.sessionStorage;
    const keys = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(DRAFT)) keys.push(key);
    }
    keys.forEach((key) => store.removeItem(key));
  } catch {
    // Storage turned off: there are no drafts to clear.
  }
}

/** Every other tab of the site forgets the journal's keys too (lock.js hears the signal). */
function lockEveryTab() {
  try {
    const store = window.localStorage;
    if (store.getItem(LOCK_KEY) !== null) store.setItem(SIGNAL_KEY, `leave:${crypto.randomUUID()}`);
  } catch {
    // Storage turned off: no journal is open anywhere.
  }
}

/** Clear every exercise on the screen and its drafts, then go to the plain page. */
export function leaveNow() {
  // A locked journal's keys are forgotten (lock.js hears this), here and in every tab: whoever comes
  // next needs the passphrase.
  window.dispatchEvent(new Event("exercises:leave"));
  lockEveryTab();
  for (const form of document.querySelectorAll("[data-exercise] form")) form.reset();
  for (const field of document.querySelectorAll("[data-exercise] input, [data-exercise] textarea")) {
    if (field.type === "checkbox" || field.type === "radio") field.checked = false;
    else if (field.type !== "button" && field.type !== "submit" && field.type !== "range") field.value = "";
  }
  // Results, summaries and opened entries echo what was typed: take them off the screen too.
  for (const section of document.querySelectorAll("[data-exercise]")) section.replaceChildren();
  document.body.hidden = true;
  clearDrafts();
  // A component's pending "keep a draft" timer may still run before the page goes.
  window.addEventListener("pagehide", clearDrafts);
  setTimeout(clearDrafts, 0);
  window.location.replace(NEUTRAL_PAGE);
}

let lastEscape = -Infinity;

function onKey(event) {
  if (event.key !== "Escape" || event.repeat || event.isComposing) return;
  if (event.timeStamp - lastEscape <= DOUBLE_ESCAPE_MS) {
    lastEscape = -Infinity;
    leaveNow();
  } else {
    lastEscape = event.timeStamp;
  }
}

/** Add the button to this page (again after each instant navigation); the sentence about it under
 * each exercise's title is rendered with the page (render/html.py, leave_note). */
export function offerLeave() {
  if (!window.__exercisesLeave) {
    window.__exercisesLeave = true;
    // Capture: seen first, whatever else (the search dialog) does with Escape.
    window.addEventListener("keydown", onKey, true);
  }
  const content = document.querySelector(".md-content") ?? document.body;
  if (content.querySelector(".ex-leave")) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ex-leave";
  button.textContent = NAME;
  button.addEventListener("click", leaveNow);
  content.prepend(button); // early in the tab order; shown in a corner of the screen
}
