// A paced-breathing guide with Start, Pause and Stop. The patterns are declared in the core
// (core/worksheet.py BREATHS); the form carries each one's phases (data-phases) and name. The count
// is shown in words ("Breathe in… two"); only a change of phase is announced, so a screen reader is
// not chatty. The circle grows and shrinks only when the reader has not asked for reduced motion.
// Inside a part marked to be read aloud (a worksheet with `read_aloud: true`), a "Say the breaths"
// toggle lets a voice on the device say each change of phase (read-aloud.js): off until pressed,
// silent while paused or stopped, and not shown where the device has no voice of its own.

import { PausableClock, every, prefersReducedMotion } from "./clock.js";
import { sentence, t } from "../i18n.js";

// i18n: The breathing pattern a guide falls back to, as said inside a sentence ("Starting slow breathing.").
const SLOW = { name: t("breathing.slow.spoken", "slow breathing"), phases: [["in", 4], ["out", 6]] };
// i18n: The breathing guide's count, one second after another, in words (ten words, with a comma and a
// space between them). Said aloud by some readers' devices.
const WORDS = t("breathing.count_words", "one, two, three, four, five, six, seven, eight, nine, ten").split(/,\s*/);
const SAY = {
  // i18n: The breathing guide's word for breathing in (shown large, and announced).
  in: t("breathing.in", "Breathe in"),
  // i18n: The breathing guide's word for holding the breath.
  "hold-full": t("breathing.hold", "Hold"),
  // i18n: The breathing guide's word for breathing out.
  out: t("breathing.out", "Breathe out"),
  "hold-empty": t("breathing.hold", "Hold"),
};
const TEXT = {
  // i18n: The button that starts a breathing guide.
  start: t("breathing.start", "Start"),
  // i18n: The button that pauses a breathing guide.
  pause: t("breathing.pause", "Pause"),
  // i18n: The button that goes on with a paused breathing guide.
  resume: t("breathing.resume", "Resume"),
  // i18n: The breathing guide's words before it starts.
  ready: t("breathing.ready", "Press Start when you are ready."),
  // i18n: The breathing guide's words while paused.
  paused: t("breathing.paused", "Paused. Press Resume to go on."),
  // i18n: Announced when a breathing guide is paused.
  pausedShort: t("breathing.paused_short", "Paused."),
  // i18n: Announced when the reader stops a breathing guide.
  stopped: t("breathing.stopped", "Stopped. Well done for taking these breaths."),
  // i18n: Announced when a breathing guide starts. {name} is the pattern as said inside a sentence
  // ("slow breathing").
  starting: (name) => t("breathing.starting", "Starting {name}.", { name }),
  // i18n: Announced when the reader chooses a pattern. {name} is the pattern as said inside a sentence.
  chosen: (name) => sentence(t("breathing.chosen", "{name} chosen. Press Start when you are ready.", { name })),
  // i18n: Announced (and said aloud, if the reader asks) at each change of phase. {phase} is "Breathe
  // in", "Hold" or "Breathe out"; {seconds} how many seconds, in words ("four").
  phase: (phase, seconds) => t("breathing.phase", "{phase} for {seconds}.", { phase: SAY[phase], seconds: WORDS[seconds - 1] ?? `${seconds}` }),
  // i18n: The toggle that has the device's voice say the breaths.
  voice: t("breathing.voice", "Say the breaths aloud"),
};

/** Where a pattern is after `ms` of breathing: the phase, its length and the second within it. */
export function positionIn(pattern, ms) {
  const cycle = pattern.phases.reduce((sum, [, seconds]) => sum + seconds, 0);
  let second = Math.floor(ms / 1000) % cycle;
  for (const [phase, seconds] of pattern.phases) {
    if (second < seconds) return { phase, seconds, second };
    second -= seconds;
  }
  return { phase: pattern.phases[0][0], seconds: pattern.phases[0][1], second: 0 };
}

export function mountBreathing(box) {
  const guide = {
    box,
    circle: box.querySelector(".ex-breath-circle"),
    count: box.querySelector(".ex-breath-count"),
    live: box.querySelector(".ex-breath-live"),
    toggle: box.querySelector(".ex-breath-toggle"),
    stop: box.querySelector(".ex-breath-stop"),
    clock: new PausableClock(),
    lastPhase: "",
    halt: null,
    voice: null, // the device's voice, while the reader has asked for the breaths to be said
  };
  guide.toggle.addEventListener("click", () => {
    if (guide.clock.running) pause(guide);
    else {
      if (guide.clock.elapsed() === 0) guide.live.textContent = TEXT.starting(pattern(box).name);
      start(guide);
    }
  });
  guide.stop.addEventListener("click", () => {
    reset(guide, TEXT.stopped);
    guide.toggle.focus();
  });
  for (const radio of box.querySelectorAll("input[name$='-pattern']")) {
    radio.addEventListener("change", () => reset(guide, TEXT.chosen(pattern(box).name)));
  }
  if (box.closest("[data-read-aloud]")) mountVoice(guide).catch(() => {}); // no voice: the guide as it was
}

/** The "Say the breaths aloud" toggle, beside Start and Stop (its module is fetched only here). */
async function mountVoice(guide) {
  const { speaker } = await import("./read-aloud.js");
  const voice = speaker(guide.box);
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "md-button ex-breath-voice";
  toggle.textContent = TEXT.voice;
  toggle.setAttribute("aria-pressed", "false");
  const set = (on) => {
    toggle.setAttribute("aria-pressed", String(on));
    guide.voice = on ? voice : null;
    if (on && guide.clock.running) voice.say(TEXT.phase(guide.lastPhase, phaseSeconds(guide)));
    if (!on) voice.hush();
  };
  toggle.addEventListener("click", () => set(toggle.getAttribute("aria-pressed") !== "true"));
  const offer = () => {
    if (!guide.box.isConnected) return false;
    toggle.hidden = !voice.available();
    if (toggle.hidden && guide.voice) set(false);
    return true;
  };
  guide.stop.after(toggle);
  offer();
  voice.onChange(offer);
}

/** The pattern chosen (or the only one), as the form carries it. */
function pattern(box) {
  const chosen = box.querySelector("input[name$='-pattern']:checked, input[type=hidden][name$='-pattern']");
  try {
    const phases = JSON.parse(chosen.dataset.phases);
    if (Array.isArray(phases) && phases.length) return { name: chosen.dataset.spoken, phases };
  } catch {
    // A form from an older build: pace the lessons' own pattern.
  }
  return SLOW;
}

const phaseSeconds = (guide) => positionIn(pattern(guide.box), guide.clock.elapsed()).seconds;

function show(guide) {
  const { circle, live } = guide;
  const { phase, seconds, second } = positionIn(pattern(guide.box), guide.clock.elapsed());
  const count = { phase: SAY[phase], second: WORDS[second] ?? `${second + 1}` };
  // i18n: The breathing guide's large words each second. {phase} is "Breathe in", "Hold" or "Breathe
  // out"; {second} the count in words ("two").
  guide.count.textContent = t("breathing.counting", "{phase}\u2026 {second}", count);
  if (phase !== guide.lastPhase) {
    guide.lastPhase = phase;
    live.textContent = TEXT.phase(phase, seconds);
    guide.voice?.say(live.textContent);
    if (!prefersReducedMotion()) {
      circle.style.setProperty("--ex-breath-seconds", `${seconds}s`);
      circle.dataset.phase = phase;
    }
  }
}

function start(guide) {
  guide.clock.start();
  guide.lastPhase = "";
  show(guide);
  guide.halt = every(guide.box, 200, () => show(guide));
  guide.toggle.textContent = TEXT.pause;
  guide.stop.hidden = false;
}

function pause(guide) {
  guide.clock.pause();
  guide.halt?.();
  guide.halt = null;
  guide.voice?.hush();
  guide.toggle.textContent = TEXT.resume;
  guide.count.textContent = TEXT.paused;
  guide.live.textContent = TEXT.pausedShort;
}

function reset(guide, message) {
  guide.clock.reset();
  guide.halt?.();
  guide.halt = null;
  guide.voice?.hush();
  guide.lastPhase = "";
  guide.circle.dataset.phase = "rest";
  guide.toggle.textContent = TEXT.start;
  guide.stop.hidden = true;
  guide.count.textContent = TEXT.ready;
  guide.live.textContent = message;
}
