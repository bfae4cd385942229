// A clock that can pause. Time is read from Date.now(), never counted in ticks, so a guide or timer
// stays right when the tab is in the background and the browser slows its timers down.

export class PausableClock {
  #startedAt = null;
  #banked = 0;

  get running() {
    return this.#startedAt !== null;
  }

  start() {
    if (this.#startedAt === null) this.#startedAt = Date.now();
  }

  pause() {
    if (this.#startedAt === null) return;
    this.#banked += Date.now() - this.#startedAt;
    this.#startedAt = null;
  }

  reset() {
    this.#startedAt = null;
    this.#banked = 0;
  }

  /** Milliseconds run so far, not counting pauses. */
  elapsed() {
    return this.#banked + (this.#startedAt === null ? 0 : Date.now() - this.#startedAt);
  }
}

/** Call `fn` every `ms` while the element is in the page; stops by itself after instant navigation. */
export function every(element, ms, fn) {
  const id = setInterval(() => {
    if (!element.isConnected) clearInterval(id);
    else fn();
  }, ms);
  return () => clearInterval(id);
}

export const prefersReducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
