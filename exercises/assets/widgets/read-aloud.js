// Read aloud, on the device. Any part of a page the author marks with `data-read-aloud` (a lesson's
// practice, each step of a worksheet with `read_aloud: true`) gets a "Read it to me" control that
// reads its words with the browser's own speech synthesis, sentence by sentence, with Pause, Resume
// and Stop. A breathing guide inside such a part can say each breath (`speaker`, used by
// breathing.js).
//
// Privacy: only a voice whose `localService` is true is ever used, and every utterance names it, so
// the browser never falls back to a default voice that may be a network one: the words stay on the
// device. Where the device has no such voice for the page's language (voices arrive later, with
// `voiceschanged`), the control is not shown. It is off until pressed, keeps the words on screen, and
// stops when its part is hidden (the next part of a worksheet), when the page changes (instant
// navigation) and when the page is left ("Leave this page quickly" included).

import { t } from "../i18n.js";

const TEXT = {
  // i18n: The button that has the device's voice read a part of the page aloud.
  read: t("read_aloud.read", "Read it to me"),
  // i18n: The button that pauses reading aloud.
  pause: t("read_aloud.pause", "Pause"),
  // i18n: The button that goes on reading aloud after a pause.
  resume: t("read_aloud.resume", "Resume"),
  // i18n: The button that stops reading aloud.
  stop: t("read_aloud.stop", "Stop"),
  // i18n: Beside the "Read it to me" button.
  note: t("read_aloud.note", "Uses a voice on this device. Nothing is sent anywhere."),
  // i18n: Announced when reading aloud starts or goes on.
  reading: t("read_aloud.reading", "Reading aloud."),
  // i18n: Announced when reading aloud is paused.
  paused: t("read_aloud.paused", "Paused."),
  // i18n: Announced when reading aloud is stopped.
  stopped: t("read_aloud.stopped", "Stopped reading."),
  // i18n: Announced when reading aloud reached the end.
  finished: t("read_aloud.finished", "Finished reading."),
  // i18n: Announced when the device's voice failed.
  failed: t("read_aloud.failed", "This device could not read it aloud."),
};

// What is never read: controls, what is hidden, guides with their own voice, and this control itself.
const SKIP = [
  "button", "input", "textarea", "select", "svg", "script", "style", "noscript", "[hidden]",
  "[aria-hidden='true']", ".ex-visually-hidden", ".ex-read-aloud", "[data-widget]", "[data-read-aloud-skip]",
].join(", ");
// Elements whose words are read as a block of their own (a pause comes between blocks).
const BLOCK = "p, li, legend, label, h1, h2, h3, h4, h5, h6, dt, dd, th, td, blockquote, figcaption, summary";

const engine = () => window.speechSynthesis ?? null;
const entries = new Set(); // {part, bar, toggle, stop, live}
const listeners = new Set(); // guides told when the device's voices change (false: forget me)
let reading = null; // {entry, chunks, index, paused, utterance}
let watcher = null;

// ---- voices ---------------------------------------------------------------------------------------

/** The language a node is written in: its own `lang`, the page's, or the browser's. */
export function languageOf(node) {
  return node.closest?.("[lang]")?.getAttribute("lang") || document.documentElement.lang || navigator.language || "";
}

/** 2 for the same language and region, 1 for the same language, 0 otherwise. */
function sameLanguage(voiceLang, wanted) {
  const [a, b] = [voiceLang, wanted].map((tag) => String(tag ?? "").toLowerCase().replace(/_/g, "-"));
  if (!a || !b) return 0;
  if (a === b) return 2;
  return a.split("-")[0] === b.split("-")[0] ? 1 : 0;
}

/** The best voice on this device for `lang`, or null. A voice that is not on the device is never chosen. */
export function localVoice(lang) {
  const synth = engine();
  if (!synth || typeof synth.getVoices !== "function" || typeof window.SpeechSynthesisUtterance !== "function") {
    return null;
  }
  let best = null;
  let bestScore = 0;
  for (const voice of synth.getVoices() ?? []) {
    if (voice?.localService !== true) continue; // a network voice would send the words away
    const match = sameLanguage(voice.lang, lang);
    const score = match * 2 + (voice.default ? 1 : 0);
    if (match > 0 && score > bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}

/** One utterance, always naming its (on-device) voice. */
function utterance(text, voice) {
  const said = new window.SpeechSynthesisUtterance(text);
  said.voice = voice;
  said.lang = voice.lang;
  return said;
}

// ---- the words of a part --------------------------------------------------------------------------

const visible = (node) => node.isConnected && (node.checkVisibility ? node.checkVisibility() : node.getClientRects().length > 0);

/** The part's visible words as sentences, each with the number of its block (long utterances are
 * cut off by some engines, and a sentence is where Pause and Resume pick up). */
export function sentencesOf(part) {
  const blocks = [];
  let block = null;
  const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const skipped = parent?.closest(SKIP);
    if (!parent || (skipped && part.contains(skipped)) || !visible(parent) || !node.data.trim()) continue;
    const owner = parent.closest(BLOCK);
    const home = owner && part.contains(owner) ? owner : part;
    if (home !== block || !blocks.length) blocks.push("");
    block = home;
    blocks[blocks.length - 1] += node.data;
  }
  return blocks.flatMap((words, n) => words.replace(/\s+/g, " ").trim()
    .split(/(?<=[.!?\u2026]["\u201d\u2019)]?)\s+/)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
    .map((text) => ({ text, block: n })));
}

/** The silence the author asked for between blocks (`data-read-aloud-pause`, in seconds, up to 60):
 * time to do each step of a practice before the next is read. */
function gapOf(part) {
  const seconds = Number(part.getAttribute("data-read-aloud-pause"));
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 60) * 1000 : 0;
}

// ---- reading ----------------------------------------------------------------------------------------

function say(entry, message) {
  entry.live.textContent = message;
}

function show(entry, state) {
  entry.part.dataset.readAloud = state; // "" (ready), "reading" or "paused": styles and tests read it
  entry.toggle.textContent = state === "reading" ? TEXT.pause : state === "paused" ? TEXT.resume : TEXT.read;
  entry.stop.hidden = state === "";
}

function speakCurrent(current) {
  const voice = localVoice(languageOf(current.entry.part));
  if (!voice) return stopReading(TEXT.stopped);
  const said = utterance(current.chunks[current.index].text, voice);
  current.utterance = said;
  said.onend = () => {
    if (reading !== current || current.utterance !== said) return; // paused, stopped or replaced
    const { block } = current.chunks[current.index];
    current.index += 1;
    if (current.index >= current.chunks.length) return stopReading(TEXT.finished);
    const gap = current.chunks[current.index].block === block ? 0 : gapOf(current.entry.part);
    if (!gap) return speakCurrent(current);
    current.utterance = null;
    current.timer = setTimeout(() => {
      current.timer = null;
      if (reading === current && !current.paused) speakCurrent(current);
    }, gap);
  };
  said.onerror = (event) => {
    if (reading !== current || current.utterance !== said) return;
    if (event?.error === "interrupted" || event?.error === "canceled") return;
    stopReading(TEXT.failed);
  };
  engine().speak(said);
}

function startReading(entry) {
  stopReading();
  const chunks = sentencesOf(entry.part);
  if (!chunks.length || !localVoice(languageOf(entry.part))) return;
  reading = { entry, chunks, index: 0, paused: false, utterance: null, timer: null };
  show(entry, "reading");
  say(entry, TEXT.reading);
  watch();
  speakCurrent(reading);
}

function pauseReading() {
  clearTimeout(reading.timer);
  reading.paused = true;
  reading.utterance = null; // what cancel() ends is not the end of a sentence
  engine()?.cancel();
  show(reading.entry, "paused");
  say(reading.entry, TEXT.paused);
}

function resumeReading() {
  reading.paused = false;
  show(reading.entry, "reading");
  say(reading.entry, TEXT.reading);
  speakCurrent(reading); // from the start of the sentence it was in
}

/** Stop whatever is being read (MESSAGE, if given, is announced where it was read). */
export function stopReading(message = "") {
  const was = reading;
  reading = null;
  watcher?.disconnect();
  watcher = null;
  if (!was) return;
  clearTimeout(was.timer);
  was.utterance = null;
  engine()?.cancel();
  show(was.entry, "");
  if (message) say(was.entry, message);
}

/** While reading: stop when the part is hidden (another part of a worksheet) or leaves the page. */
function watch() {
  watcher?.disconnect();
  watcher = new MutationObserver(() => {
    if (reading && !visible(reading.entry.part)) stopReading(TEXT.stopped);
  });
  watcher.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden"] });
}

// ---- the control ------------------------------------------------------------------------------------

function button(label, className) {
  const node = document.createElement("button");
  node.type = "button";
  node.className = `md-button ${className}`;
  node.textContent = label;
  return node;
}

function controlFor(part) {
  const bar = document.createElement("div");
  bar.className = "ex-read-aloud";
  bar.hidden = true;
  const entry = { part, bar, toggle: button(TEXT.read, "ex-read-toggle"), stop: button(TEXT.stop, "ex-read-stop") };
  const note = document.createElement("span");
  note.className = "ex-read-note";
  note.textContent = TEXT.note;
  entry.live = document.createElement("p");
  entry.live.className = "ex-visually-hidden";
  entry.live.setAttribute("aria-live", "polite");
  bar.append(entry.toggle, entry.stop, note, entry.live);
  entry.toggle.addEventListener("click", () => {
    if (reading?.entry !== entry) startReading(entry);
    else if (reading.paused) resumeReading();
    else pauseReading();
  });
  entry.stop.addEventListener("click", () => {
    stopReading(TEXT.stopped);
    entry.toggle.focus();
  });
  const legend = part.tagName === "FIELDSET" ? part.querySelector(":scope > legend") : null;
  if (legend) legend.after(bar);
  else part.prepend(bar);
  show(entry, "");
  return entry;
}

/** Show each control where the device has a voice for its part's language; stop one that lost it. */
function refresh() {
  for (const entry of entries) {
    if (!entry.part.isConnected) {
      entries.delete(entry);
      continue;
    }
    entry.bar.hidden = !localVoice(languageOf(entry.part));
    if (entry.bar.hidden && reading?.entry === entry) stopReading(TEXT.stopped);
  }
  for (const listener of listeners) if (listener() === false) listeners.delete(listener);
}

/** A voice for a guide that speaks short cues (the breathing guide): on this device only. */
export function speaker(node) {
  startOnce();
  let speaking = false;
  return {
    available: () => Boolean(localVoice(languageOf(node))),
    say(text) {
      const voice = localVoice(languageOf(node));
      if (!voice) return;
      stopReading();
      engine().cancel();
      speaking = true;
      engine().speak(utterance(text, voice));
    },
    hush() {
      if (speaking) engine()?.cancel();
      speaking = false;
    },
    /** LISTENER runs when the device's voices change; it returns false once it is no longer needed. */
    onChange(listener) {
      listeners.add(listener);
    },
  };
}

let started = false;

function startOnce() {
  const synth = engine();
  if (started || !synth) return;
  started = true;
  if (synth.addEventListener) synth.addEventListener("voiceschanged", refresh);
  else synth.onvoiceschanged = refresh;
  window.addEventListener("pagehide", () => {
    stopReading();
    engine()?.cancel();
  });
}

/** Give every part marked `data-read-aloud` in ROOT its control (once), and stop reading a part
 * that is no longer in the page. */
export function mountReadAloud(root = document) {
  if (!engine()) return; // no speech synthesis in this browser: nothing is shown
  startOnce();
  if (reading && !visible(reading.entry.part)) stopReading();
  for (const part of root.querySelectorAll("[data-read-aloud]")) {
    if (part.querySelector(":scope > .ex-read-aloud")) continue;
    if (part.parentElement?.closest("[data-read-aloud]")) continue; // read with the part around it
    entries.add(controlFor(part));
  }
  refresh();
}
