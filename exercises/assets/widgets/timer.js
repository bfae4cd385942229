// An optional wait timer ("give it ten minutes"): Start, Pause, Reset; shows the minutes left; no
// sound and no movement. The time left comes from the clock, so it stays right in a background tab.

import { PausableClock, every } from "./clock.js";
import { t, tn } from "../i18n.js";

const MINUTE = 60_000;
// i18n: A wait timer's words when its time has run out.
const TIME_IS_UP = t("timer.time_is_up", "Time is up");

/** "10 minutes left", "1 minute left", "Less than a minute left". */
export function timeLeft(ms) {
  if (ms <= 0) return TIME_IS_UP;
  // i18n: A wait timer's words in its last minute.
  if (ms < MINUTE) return t("timer.less_than_a_minute", "Less than a minute left");
  // i18n: A wait timer's words: how many minutes are left ({count}).
  return tn("timer.minutes_left", "{count} minute left", "{count} minutes left", Math.ceil(ms / MINUTE));
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
    // i18n: The button of a wait timer whose time is up: starts it again.
    toggle.textContent = t("timer.start_again", "Start again");
    box.dataset.timer = "done";
    display.textContent = TIME_IS_UP;
    // i18n: Announced when a wait timer's time is up.
    live.textContent = t("timer.done", "The time is up. Notice how strong the urge is now.");
  }

  function stopTicking() {
    halt?.();
    halt = null;
  }

  toggle.addEventListener("click", () => {
    if (clock.running) {
      clock.pause();
      stopTicking();
      // i18n: The button of a paused wait timer: goes on.
      toggle.textContent = t("timer.resume", "Resume");
      // i18n: Announced when a wait timer is paused. {left} is the time left ("9 minutes left").
      live.textContent = t("timer.paused", "Paused. {left}.", { left: timeLeft(left()) });
    } else {
      if (left() <= 0) clock.reset();
      clock.start();
      halt = every(box, 1000, show);
      // i18n: The button of a running wait timer: pauses it.
      toggle.textContent = t("timer.pause", "Pause");
      // i18n: Announced when a wait timer starts. {left} is the time left ("10 minutes left").
      live.textContent = t("timer.started", "Timer started. {left}.", { left: timeLeft(left()) });
    }
    show();
  });
  reset.addEventListener("click", () => {
    clock.reset();
    stopTicking();
    // i18n: The button that starts a wait timer.
    toggle.textContent = t("timer.start", "Start the timer");
    // i18n: Announced when a wait timer is reset. {left} is its full time ("10 minutes left").
    live.textContent = t("timer.reset_done", "Timer reset. {left}.", { left: timeLeft(duration) });
    show();
  });
  // A background tab's timers are slowed; catch up as soon as the reader comes back.
  document.addEventListener("visibilitychange", () => {
    if (box.isConnected && clock.running) show();
  });
  show();
}
