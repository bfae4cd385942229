// Pieces every exercise component shares: the engine status line and when to start the engine.

// A questionnaire is answered and scored; the other kinds are written in, and nothing is scored.
const MESSAGES = {
  questionnaire: {
    idle: "You can start answering now. Your answers stay on this device.",
    loading: "Getting the scoring tool ready. You can keep answering.",
    ready: "Ready. Your answers are scored here on this device.",
    failed: "The scoring tool could not load. Your answers are still here. "
      + "Check your connection, then choose Try again. You can also print this page.",
  },
  practice: {
    idle: "Nothing you type is saved unless you choose to save it.",
    loading: "Getting the exercise tool ready. You can keep writing.",
    ready: "Ready. Nothing you type leaves this device.",
    failed: "The exercise tool could not load. What you wrote is still here. "
      + "Check your connection, then choose Try again. You can also print this page.",
  },
};

/** Keep a status line in words (announced politely) in step with the engine, with a retry. */
export function bindStatus(statusEl, engine) {
  const text = statusEl.querySelector(".ex-status-text");
  const retry = statusEl.querySelector(".ex-retry");
  const kind = statusEl.closest("[data-exercise]")?.dataset.exercise;
  const words = MESSAGES[kind] ?? MESSAGES.practice;
  const show = (state, message) => {
    statusEl.dataset.state = state;
    text.textContent = words[state] ?? message;
    retry.hidden = state !== "failed";
  };
  const onState = (event) => {
    if (!statusEl.isConnected) return engine.removeEventListener("state", onState);
    show(event.detail.state, event.detail.message);
  };
  engine.addEventListener("state", onState);
  retry.addEventListener("click", () => engine.start().catch(() => {}));
  show(engine.state);
  return {
    /** Say something about this exercise (not the engine), e.g. "Scoring..." */
    say(message, state = statusEl.dataset.state) {
      statusEl.dataset.state = state;
      text.textContent = message;
      retry.hidden = state !== "failed";
    },
  };
}

/** Start the engine on the first interaction with the exercise or when the browser is idle. */
export function startWhenNeeded(section, engine) {
  const start = () => {
    if (section.isConnected && engine.state === "idle") engine.start().catch(() => {});
  };
  for (const type of ["pointerdown", "focusin", "keydown", "input"]) {
    section.addEventListener(type, start, { once: true, passive: true });
  }
  if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 4000 });
  else setTimeout(start, 1500);
}
