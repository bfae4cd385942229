// An optional wait timer ("give it ten minutes"): Start, Pause, Reset; shows the minutes left; no
// sound and no movement. The time left comes from the clock, so it stays right in a background tab.

import { PausableClock, every } from "./clock.js";

const MINUTE = 60_000;

/** "10 minutes left", "1 minute left", "Less than a minute left". */
export function timeLeft(ms) {
  if (ms <= 0) return "Time is up";
  if (ms < MINUTE) return "Less than a minute left";
  const minutes = Math.ceil(ms / MINUTE);
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"} left`;
}

export function mountTimer(box) {
  const display = box.querySelector(".ex-timer-display");
  const live = box.querySelector(".ex-timer-live");
  const toggle = box.querySelector(".ex-timer-toggle");
  const reset = box.querySelector(".ex-timer-reset");
  const duration = Number(box.dataset.minutes || 10) * MINUTE;
  const clock = new PausableClock();
  let halt = null;

  const left = () => duration - clock.elapsed();

  function show() {
    const ms = left();
    display.textContent = timeLeft(ms);
    box.dataset.timer = clock.running ? "running" : ms <= 0 ? "done" : clock.elapsed() ? "paused" : "ready";
    if (ms <= 0 && clock.running) finish();
  }

  function finish() {
    clock.pause();
    halt?.();
    halt = null;
    toggle.textContent = "Start again";
    box.dataset.timer = "done";
    display.textContent = "Time is up";
    live.textContent = "The time is up. Notice how strong the urge is now.";
  }

  function stopTicking() {
    halt?.();
    halt = null;
  }

  toggle.addEventListener("click", () => {
    if (clock.running) {
      clock.pause();
      stopTicking();
      toggle.textContent = "Resume";
      live.textContent = `Paused. ${timeLeft(left())}.`;
    } else {
      if (left() <= 0) clock.reset();
      clock.start();
      halt = every(box, 1000, show);
      toggle.textContent = "Pause";
      live.textContent = `Timer started. ${timeLeft(left())}.`;
    }
    show();
  });
  reset.addEventListener("click", () => {
    clock.reset();
    stopTicking();
    toggle.textContent = "Start the timer";
    live.textContent = `Timer reset. ${timeLeft(duration)}.`;
    show();
  });
  // A background tab's timers are slowed; catch up as soon as the reader comes back.
  document.addEventListener("visibilitychange", () => {
    if (box.isConnected && clock.running) show();
  });
  show();
}
