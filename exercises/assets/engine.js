// The bridge to the Python engine: one module Web Worker that owns Pyodide, shared by every
// exercise and kept across instant navigation. Requests are matched to replies by id, time out,
// and are retried once on a fresh worker when the worker crashes, hangs or reports that Python
// itself broke; a second failure is reported in words (never a stack trace).

import config from "./config.js";

const BOOT_TIMEOUT_MS = 90_000;
const CALL_TIMEOUT_MS = 15_000;

// What a reader is told when a request failed twice, the second time on a fresh worker.
const AFTER_RESTART = {
  timeout: "The exercise tool did not answer, even after it was restarted.",
  crash: "The exercise tool stopped working, even after it was restarted.",
};

export class EngineError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

class Engine extends EventTarget {
  state = "idle"; // idle | loading | ready | failed
  #worker = null;
  #booting = null;
  #pending = new Map();
  #nextId = 1;

  #setState(state, detail = "") {
    this.state = state;
    document.documentElement.dataset.exerciseEngine = state;
    this.dispatchEvent(new CustomEvent("state", { detail: { state, message: detail } }));
  }

  /** Boot the engine once; later calls share the same boot. */
  start() {
    if (!this.#booting) {
      this.#booting = this.#boot().catch((err) => {
        this.#booting = null;
        this.#setState("failed", err.message);
        throw err;
      });
    }
    return this.#booting;
  }

  #boot() {
    this.#setState("loading");
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL("./engine-worker.js", import.meta.url), { type: "module" });
      this.#worker = worker;
      const fail = (err) => {
        clearTimeout(timer);
        this.#stop(worker, err);
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new EngineError("The exercise tool took too long to load.", "timeout")),
        BOOT_TIMEOUT_MS,
      );
      worker.addEventListener("message", (event) => {
        const msg = event.data;
        if (msg.type === "broken") {
          // Python itself failed (not a request): this worker is of no more use.
          console.warn("exercise engine broke:", msg.message);
          const err = new EngineError("The exercise tool stopped working.", "crash");
          if (this.state === "loading") fail(err);
          else this.#stop(worker, err);
        } else if (msg.type === "ready") {
          clearTimeout(timer);
          this.#setState("ready");
          resolve();
          // Only now: its first install then copies what the boot just downloaded (HTTP cache)
          // instead of competing with the boot for the network and the CPU.
          registerServiceWorker();
        } else if (msg.type === "boot-error") {
          fail(new EngineError(msg.message, "boot"));
        } else if (msg.type === "reply") {
          this.#settle(msg.id, msg.reply);
        }
      });
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        // The details are for developers; the reader gets words.
        console.warn("exercise engine stopped:", event.message || "the worker script failed");
        const err = new EngineError("The exercise tool stopped working.", "crash");
        if (this.state === "loading") fail(err);
        else this.#stop(worker, err);
      });
      worker.postMessage({
        type: "boot",
        pyodide: new URL(config.pyodide, import.meta.url).href,
        core: new URL(config.core, import.meta.url).href,
      });
    });
  }

  /** End a worker and fail whatever it still owed. */
  #stop(worker, err) {
    worker.terminate();
    if (this.#worker !== worker) return;
    this.#worker = null;
    this.#booting = null;
    for (const { reject, timer } of this.#pending.values()) {
      clearTimeout(timer);
      reject(err);
    }
    this.#pending.clear();
    if (this.state !== "loading") this.#setState("idle");
  }

  #settle(id, reply) {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    clearTimeout(entry.timer);
    entry.resolve(reply);
  }

  async #send(request, timeoutMs) {
    await this.start();
    const worker = this.#worker;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        const err = new EngineError("The exercise tool did not answer in time.", "timeout");
        this.#stop(worker, err); // a hung worker is of no more use
        reject(err);
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      worker.postMessage({ type: "call", id, request });
    });
  }

  /** Run one operation of the Python core. When the worker crashes or hangs, the request is sent
   * once more to a fresh worker; if that fails too, the engine is "failed" and the error says so. */
  async call(op, payload = {}, { timeoutMs = CALL_TIMEOUT_MS } = {}) {
    const request = { op, ...payload };
    try {
      return await this.#send(request, timeoutMs);
    } catch (first) {
      if (first.code === "boot") throw first; // the files cannot be had; a retry will not help
      console.info("exercise engine restarted after:", first.message);
      try {
        return await this.#send(request, timeoutMs);
      } catch (second) {
        const err = second.code === "boot" ? second
          : new EngineError(AFTER_RESTART[second.code] ?? second.message, second.code);
        this.#setState("failed", err.message);
        throw err;
      }
    }
  }
}

let swRequested = false;

/** Only pages with an exercise get here, so lessons never register anything. The engine's worker
 * inherits the page's service worker, which serves Pyodide from its cache on later visits. Not
 * awaited, and a failure (no support, private mode, disabled) only means no offline copy. */
function registerServiceWorker() {
  if (swRequested || !config.serviceWorker || !("serviceWorker" in navigator)) return;
  swRequested = true;
  const skip = (err) => console.info("exercise runtime not cached for offline use:", err?.message ?? err);
  try {
    navigator.serviceWorker.register(new URL(config.serviceWorker, import.meta.url)).catch(skip);
  } catch (err) {
    skip(err); // e.g. a sandboxed frame, where touching navigator.serviceWorker throws
  }
}

let shared = null;

/** The one engine of this browsing session (survives Material's instant navigation). */
export function sharedEngine() {
  return (shared ??= new Engine());
}
