// Loaded on every page, and tiny: pages without an exercise fetch only "Leave this page quickly"
// (leave.js, a few kilobytes), and "Read it to me" where a part is marked to be read aloud. Pages with one load the site's config (which names each kind's
// module: the plugin writes it from the kinds' declarations), the engine bridge and the module.
// Pyodide itself loads later, when the reader comes to an exercise.

// The page's words (i18n.js) are in before any module that asks for them is imported. i18n.js waits
// for its catalog at its top level (an async module), and WebKit can run a module whose async
// dependency two dynamic imports share before that dependency has finished ("Cannot access
// uninitialized variable"): the exercise then never starts. One at a time, it cannot happen.
let words = null;
const afterWords = (load) => (words ??= import("./i18n.js").catch(() => null)).then(load);

let engine = null;
const getEngine = () => (engine ??= afterWords(() => import("./engine.js")).then((m) => m.sharedEngine()));
let kinds = null;
const getKinds = () => (kinds ??= import("./config.js").then((m) => m.default.kinds));

// A reader who presses one of a form's buttons before its module has mounted (a slow phone, a module
// still on its way) is not lost: the press is held, and made again once the module is ready. Without
// this script a submit goes nowhere (the policy's form-action 'none') and other buttons do nothing.
const held = new Map(); // section -> Map(what was pressed -> how to press it again)

function unready(event) {
  const section = event.target.closest?.("[data-exercise]");
  return section && section.dataset.ready !== "true" ? section : null;
}

function hold(section, key, again) {
  if (!held.has(section)) held.set(section, new Map());
  held.get(section).set(key, again); // a second press of the same button is one press
}

// Enter in a one-line box submits its form by clicking the form's first submit button. The box
// whose Enter is under way, so that click can be told from a reader's own press.
const ONE_LINE = "input[type=text], input[type=number]";
let enterIn = null;

function noteEnter(event) {
  enterIn = event.key === "Enter" && event.target.matches?.(ONE_LINE) ? event.target : null;
}

/** In a form that goes one part at a time (Back and Next drawn with the page, working once its module is in),
 * Enter in a box of any part but the last means "next part", as it does once the module is there:
 * the press is made again as that Enter, never as a submit of a half-done form. */
function nextPart(form, field) {
  const steps = [...(form?.querySelectorAll(".ex-step") ?? [])];
  if (!field || field.form !== form || !form.querySelector(".ex-step-nav")) return null;
  if (field.closest(".ex-step") === steps.at(-1)) return null;
  return () => field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
}

function holdEarlyClick(event) {
  const button = event.target.closest?.("button");
  const section = button && !button.disabled && unready(event);
  if (!section) return;
  event.preventDefault(); // a submit button's press is made again as a click, submitting then
  const field = button.type === "submit" ? enterIn : null;
  hold(section, button, nextPart(button.form, field) ?? (() => button.click()));
}

function holdEarlySubmit(event) {
  const section = unready(event);
  if (!section) return;
  event.preventDefault();
  const form = event.target;
  hold(section, form, () => form.requestSubmit(event.submitter ?? undefined));
}

// A file chosen in an exercise (the journal's import) before its module is listening is held the
// same way: the input keeps the file, and its change is made again once the module is ready. Nothing
// is read from the file here. Held, it is not heard now as well: a module binding its controls at
// this moment would otherwise act on it twice.
const FILE = "input[type=file]";

function holdEarlyFile(event) {
  const input = event.target;
  const section = input.matches?.(FILE) && unready(event);
  if (!section) return;
  event.stopImmediatePropagation();
  if (section.dataset.mounted === "failed") notStarted(section, [input]);
  else hold(section, input, () => input.dispatchEvent(new Event("change", { bubbles: true })));
}

/** A module that could not start: say so on its status line, and, when the reader had chosen a file
 * in it (among PRESSED, the controls held for it), that the file was not opened; the choice is let go. */
function notStarted(section, pressed = []) {
  const files = pressed.filter((element) => element.matches?.(FILE) && element.files?.length);
  for (const input of files) input.value = "";
  const status = section.querySelector(".ex-status[data-failed]");
  if (!status) return;
  // Its words, in the page's language, were written by the build (render/parts.py, status_element).
  const words = (files.length && status.dataset.failedFile) || status.dataset.failed;
  (status.querySelector(".ex-status-text") ?? status).textContent = words;
  status.dataset.state = "failed";
}

function pressHeld(section) {
  const presses = held.get(section);
  held.delete(section);
  if (!presses || section.dataset.ready !== "true") return;
  for (const [element, again] of presses) if (element.isConnected) again();
}

async function mountOne(section) {
  try {
    const kind = (await getKinds())[section.dataset.exercise];
    if (!kind || section.dataset.mounted) return;
    section.dataset.mounted = "true";
    const [{ mount }, eng] = await Promise.all([afterWords(() => import(`./${kind.module}`)), getEngine()]);
    await mount(section, eng);
    // Mounted: the reader's presses go to the module now (the browser tests wait for this too).
    section.dataset.ready = "true";
    pressHeld(section);
  } catch (err) {
    const presses = held.get(section);
    held.delete(section);
    // The form still works as a printable worksheet; say why results will not come.
    kinds = null; // a config that did not arrive is asked for again on the next page
    section.dataset.mounted = "failed";
    notStarted(section, [...(presses?.keys() ?? [])]);
    console.warn("exercise failed to start", err);
  }
}

/** Start the engine when an exercise is about to scroll into view (engine-start.js watches, and
 * starts the engine's worker itself, before this page's modules have even arrived). */
async function startWhenNear(sections) {
  if (!sections.length) return;
  const start = await import("./engine-start.js");
  start.whenNear(() => {
    getEngine().then((e) => e.state === "idle" && e.start().catch(() => {})).catch(() => {});
  });
  start.watch(sections);
}

async function mountAll() {
  const sections = document.querySelectorAll("[data-exercise]:not([data-mounted])");
  startWhenNear(sections).catch(() => {});
  import("./leave.js").then((m) => m.offerLeave()).catch(() => {});
  // "Keep this site for reading offline" (the privacy page, the journal): its script only there.
  for (const box of document.querySelectorAll(".ex-keep-offline[hidden]:not([data-bound])")) {
    box.dataset.bound = "true";
    afterWords(() => import("./keep-offline.js")).then((m) => m.bindKeepOffline(box)).catch(() => {});
  }
  // Parts an author marked to be read aloud ("Read it to me", with a voice on the device only).
  if (document.querySelector("[data-read-aloud]")) {
    afterWords(() => import("./widgets/read-aloud.js")).then((m) => m.mountReadAloud(document)).catch(() => {});
  }
  for (const section of sections) await mountOne(section);
}

// Material's instant navigation swaps pages without reloading; document$ emits on each swap.
// The guard keeps one subscription even if this file is evaluated again.
if (!window.__exercisesRuntime) {
  window.__exercisesRuntime = true;
  document.addEventListener("keydown", noteEnter, true);
  document.addEventListener("keyup", () => (enterIn = null), true);
  document.addEventListener("click", holdEarlyClick, true);
  document.addEventListener("submit", holdEarlySubmit, true);
  document.addEventListener("change", holdEarlyFile, true);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(() => mountAll());
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
}
