// A paced-breathing guide with Start, Pause and Stop. The patterns are declared in the core
// (core/worksheet.py BREATHS); the form carries each one's phases (data-phases) and name. The count
// is shown in words ("Breathe in… two"); only a change of phase is announced, so a screen reader is
// not chatty. The circle grows and shrinks only when the reader has not asked for reduced motion.

import { PausableClock, every, prefersReducedMotion } from "./clock.js";

const SLOW = { name: "slow breathing", phases: [["in", 4], ["out", 6]] };
const WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const SAY = { in: "Breathe in", "hold-full": "Hold", out: "Breathe out", "hold-empty": "Hold" };

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
  };
  box.querySelector(".ex-breath-controls").hidden = false;
  guide.toggle.addEventListener("click", () => {
    if (guide.clock.running) pause(guide);
    else {
      if (guide.clock.elapsed() === 0) guide.live.textContent = `Starting ${pattern(box).name}.`;
      start(guide);
    }
  });
  guide.stop.addEventListener("click", () => {
    reset(guide, "Stopped. Well done for taking these breaths.");
    guide.toggle.focus();
  });
  for (const radio of box.querySelectorAll("input[name$='-pattern']")) {
    radio.addEventListener("change", () => reset(guide, `${pattern(box).name} chosen. Press Start when you are ready.`));
  }
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

function show(guide) {
  const { circle, live } = guide;
  const { phase, seconds, second } = positionIn(pattern(guide.box), guide.clock.elapsed());
  guide.count.textContent = `${SAY[phase]}\u2026 ${WORDS[second]}`;
  if (phase !== guide.lastPhase) {
    guide.lastPhase = phase;
    live.textContent = `${SAY[phase]} for ${WORDS[seconds - 1]}.`;
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
  guide.toggle.textContent = "Pause";
  guide.stop.hidden = false;
}

function pause(guide) {
  guide.clock.pause();
  guide.halt?.();
  guide.halt = null;
  guide.toggle.textContent = "Resume";
  guide.count.textContent = "Paused. Press Resume to go on.";
  guide.live.textContent = "Paused.";
}

function reset(guide, message) {
  guide.clock.reset();
  guide.halt?.();
  guide.halt = null;
  guide.lastPhase = "";
  guide.circle.dataset.phase = "rest";
  guide.toggle.textContent = "Start";
  guide.stop.hidden = true;
  guide.count.textContent = "Press Start when you are ready.";
  guide.live.textContent = message;
}
