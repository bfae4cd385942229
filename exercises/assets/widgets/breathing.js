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
  const controls = box.querySelector(".ex-breath-controls");
  const circle = box.querySelector(".ex-breath-circle");
  const count = box.querySelector(".ex-breath-count");
  const live = box.querySelector(".ex-breath-live");
  const toggle = box.querySelector(".ex-breath-toggle");
  const stop = box.querySelector(".ex-breath-stop");
  const clock = new PausableClock();
  let lastPhase = "";
  let halt = null;
  controls.hidden = false;

  const pattern = () => {
    const chosen = box.querySelector("input[name$='-pattern']:checked, input[type=hidden][name$='-pattern']");
    try {
      const phases = JSON.parse(chosen.dataset.phases);
      if (Array.isArray(phases) && phases.length) return { name: chosen.dataset.spoken, phases };
    } catch {
      // A form from an older build: pace the lessons' own pattern.
    }
    return SLOW;
  };

  function show() {
    const { phase, seconds, second } = positionIn(pattern(), clock.elapsed());
    count.textContent = `${SAY[phase]}\u2026 ${WORDS[second]}`;
    if (phase !== lastPhase) {
      lastPhase = phase;
      live.textContent = `${SAY[phase]} for ${WORDS[seconds - 1]}.`;
      if (!prefersReducedMotion()) {
        circle.style.setProperty("--ex-breath-seconds", `${seconds}s`);
        circle.dataset.phase = phase;
      }
    }
  }

  function start() {
    clock.start();
    lastPhase = "";
    show();
    halt = every(box, 200, show);
    toggle.textContent = "Pause";
    stop.hidden = false;
  }

  function pause() {
    clock.pause();
    halt?.();
    halt = null;
    toggle.textContent = "Resume";
    count.textContent = "Paused. Press Resume to go on.";
    live.textContent = "Paused.";
  }

  function reset(message) {
    clock.reset();
    halt?.();
    halt = null;
    lastPhase = "";
    circle.dataset.phase = "rest";
    toggle.textContent = "Start";
    stop.hidden = true;
    count.textContent = "Press Start when you are ready.";
    live.textContent = message;
  }

  toggle.addEventListener("click", () => {
    if (clock.running) pause();
    else {
      if (clock.elapsed() === 0) live.textContent = `Starting ${pattern().name}.`;
      start();
    }
  });
  stop.addEventListener("click", () => {
    reset("Stopped. Well done for taking these breaths.");
    toggle.focus();
  });
  for (const radio of box.querySelectorAll("input[name$='-pattern']")) {
    radio.addEventListener("change", () => reset(`${pattern().name} chosen. Press Start when you are ready.`));
  }
}
