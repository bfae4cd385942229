// The bridge to the Python engine: one module Web Worker that owns Pyodide, shared by every
// exercise and kept across instant navigation. Requests are matched to replies by id, time out,
// and are retried once on a fresh worker when the worker crashes, hangs or reports that Python
// itself broke; a second failure is reported in words (never a stack trace).
// Every error this module gives out carries a sentence written for the reader as its message,
// never the browser's own words or an address; the details go to the console for developers.

import config from "./config.js";
import { forgetCaches, forgotten } from "./device.js";
import { takeWorker } from "./engine-start.js";
import { MESSAGE, VERSION } from "./protocol.js";
import { t } from "./i18n.js";

const BOOT_TIMEOUT_MS = 90_000;
const CALL_TIMEOUT_MS = 15_000;

// What a reader is told when a request failed twice, the second time on a fresh worker.
const AFTER_RESTART = {
  // i18n: Shown in an exercise when the exercise tool (Python in the page) did not answer twice.
  timeout: t("engine.timeout_again", "The exercise tool did not answer, even after it was restarted."),
  // i18n: Shown in an exercise when the exercise tool stopped working twice.
  crash: t("engine.crash_again", "The exercise tool stopped working, even after it was restarted."),
};

// What a reader is told when the engine could not start, by the worker's reason.
const BOOT_FAILED = {
  // i18n: Shown in an exercise when the exercise tool's files could not be downloaded.
  download: t("engine.download_failed", "The exercise tool could not be downloaded. Check your connection."),
  // i18n: Shown in an exercise when the site's copy of the exercise tool lacks a file (a site problem).
  missing: t("engine.part_missing", "This site's copy of the exercise tool is missing a part it needs."),
  // i18n: Shown in an exercise when the exercise tool could not start, for another reason.
  start: t("engine.start_failed", "The exercise tool could not start."),
  // i18n: Shown in an exercise when the page and the exercise tool are of two versions of the site.
  version: t("engine.version", "This page is from another version of the site than its exercise tool. "
    + "Reload the page."),
};
// i18n: Shown in an exercise when the site's copy of the exercise tool lacks a part one request needs.
const MISSING_FOR_REQUEST = t("engine.part_missing_here", "This site's copy of the exercise tool is missing a "
  + "part it needs for this.");
// i18n: Shown in an exercise when the exercise tool took too long to load.
const SLOW_BOOT = t("engine.slow_boot", "The exercise tool took too long to load. Check your connection.");
// i18n: Shown in an exercise when the exercise tool stopped working (it is restarted once).
const STOPPED = t("engine.stopped", "The exercise tool stopped working.");
// i18n: Shown in an exercise when the exercise tool did not answer in time (it is restarted once).
const NO_ANSWER = t("engine.no_answer", "The exercise tool did not answer in time.");

class EngineError extends Error {
  /** code: boot | timeout | crash | missing; reason (boot errors): download | missing | start | version */
  constructor(message, code, reason = code) {
    super(message);
    this.code = code;
    this.reason = reason;
  }
}

class Engine extends EventTarget {
  state = "idle"; // idle | loading | ready | failed
  restored = false; // whether Python came from this device's start-up copy (a memory snapshot)
  reason = ""; // why it failed: download | missing | start | version | timeout | crash; "updated"
  // while loading: a worker of another version was replaced by a fresh copy
  #worker = null;
  #booting = null;
  #pending = new Map();
  #nextId = 1;
  #bootStarted = 0;
  #waiting = 0; // requests waiting for the engine to be ready

  #setState(state, err = null) {
    this.state = state;
    this.reason = err?.reason ?? "";
    document.documentElement.dataset.exerciseEngine = state;
    const detail = { state, message: err?.message ?? "", reason: this.reason };
    this.dispatchEvent(new CustomEvent("state", { detail }));
  }

  /** Boot the engine once; later calls share the same boot. */
  start() {
    if (!this.#booting) {
      this.#booting = this.#boot().catch((err) => {
        this.#booting = null;
        const failure = err instanceof EngineError ? err : new EngineError(BOOT_FAILED.start, "boot", "start");
        if (failure !== err) console.warn("exercise engine could not start:", err);
        this.#setState("failed", failure);
        throw failure;
      });
    }
    return this.#booting;
  }

  /** Boot a worker: the one engine-start.js started when an exercise came near (it may be well on
   * its way), else a new one. A worker of another protocol version (a copy cached before the site
   * was updated) is replaced once by a fresh copy fetched past every cache. */
  async #boot() {
    this.#setState("loading");
    try {
      return await this.#bootWorker(takeWorker());
    } catch (err) {
      if (err.reason !== "version" || !err.workerIsOlder) throw err;
      console.info("exercise engine: replacing a worker of another version:", err.detail);
      this.#setState("loading", { reason: "updated" });
      const fresh = new URL(`./engine-worker.js?fresh=${Date.now()}`, import.meta.url).href;
      return this.#bootWorker(takeWorker(fresh));
    }
  }

  #bootWorker(started) {
    this.#bootStarted = started.startedAt;
    return new Promise((resolve, reject) => {
      const { worker } = started;
      this.#worker = worker;
      const fail = (err) => {
        clearTimeout(timer);
        this.#stop(worker, err);
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new EngineError(SLOW_BOOT, "timeout")),
        BOOT_TIMEOUT_MS,
      );
      const heard = (event) => {
        const msg = event.data;
        if (msg.type === MESSAGE.broken) {
          // Python itself failed (not a request): this worker is of no more use.
          console.warn("exercise engine broke:", msg.message);
          const err = new EngineError(STOPPED, "crash");
          if (this.state === "loading") fail(err);
          else this.#stop(worker, err);
        } else if (msg.type === MESSAGE.ready && msg.protocol !== VERSION) {
          // A worker from before versions were checked, or of another version.
          fail(versionError(msg.protocol, `the worker speaks protocol ${msg.protocol}, the page ${VERSION}`));
        } else if (msg.type === MESSAGE.ready) {
          clearTimeout(timer);
          this.restored = Boolean(msg.restored);
          this.#setState("ready");
          resolve();
          // Only now, and once the page is idle: its first install then copies what the boot just
          // downloaded (HTTP cache) instead of competing with the boot, or with the first results,
          // for the network and the CPU.
          whenIdle(registerServiceWorker);
        } else if (msg.type === MESSAGE.bootError && msg.reason === "version") {
          fail(versionError(msg.protocol, msg.detail));
        } else if (msg.type === MESSAGE.bootError) {
          // The details are for developers; the reader gets words.
          console.warn(`exercise engine could not start (${msg.reason}):`, msg.detail);
          const reason = BOOT_FAILED[msg.reason] ? msg.reason : "start";
          fail(new EngineError(BOOT_FAILED[reason], "boot", reason));
        } else if (msg.type === MESSAGE.reply) {
          this.#settle(msg.id, msg.reply);
        } else if (msg.type === MESSAGE.kept && forgotten.at > this.#bootStarted) {
          forgetCaches(); // "Delete everything" came while the copy was being written
        } else if (msg.type === MESSAGE.kept) {
          // This device now keeps a start-up copy of Python (its size, for whoever reports it).
          this.dispatchEvent(new CustomEvent("kept", { detail: { bytes: msg.bytes } }));
        } else if (msg.type === MESSAGE.missing) {
          console.warn("exercise engine is missing a module:", msg.detail);
          this.#settle(msg.id, null, new EngineError(MISSING_FOR_REQUEST, "missing"));
        }
      };
      const broke = (event) => {
        console.warn("exercise engine stopped:", event.message || "the worker script failed");
        if (this.state === "loading") {
          // Before the worker said anything: most likely its script did not arrive.
          fail(new EngineError(BOOT_FAILED.download, "boot", "download"));
        } else {
          this.#stop(worker, new EngineError(STOPPED, "crash"));
        }
      };
      started.listen((type, event) => (type === "message" ? heard(event) : broke(event)));
    });
  }

  /** End a worker and fail whatever it still owed. */
  #stop(worker, err) {
    worker.terminate();
    if (this.#worker !== worker) return;
    this.#worker = null;
    for (const { reject, timer } of this.#pending.values()) {
      clearTimeout(timer);
      reject(err);
    }
    this.#pending.clear();
    // While loading, the boot itself settles (and may try a fresh worker); a later call must not
    // start a second boot beside it.
    if (this.state !== "loading") {
      this.#booting = null;
      this.#setState("idle");
    }
  }

  #settle(id, reply, err = null) {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    clearTimeout(entry.timer);
    if (err) entry.reject(err);
    else entry.resolve(reply);
  }

  async #send(request, timeoutMs) {
    this.#waiting += 1;
    try {
      await this.start();
    } finally {
      this.#waiting -= 1;
    }
    const worker = this.#worker;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        const err = new EngineError(NO_ANSWER, "timeout");
        this.#stop(worker, err); // a hung worker is of no more use
        reject(err);
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
      worker.postMessage({ type: MESSAGE.call, id, request });
    });
  }

  /** Run one operation once, for no answer, when the engine is ready (see ui.js warmUp): never
   * retried, never a reason to restart, fail or say anything. */
  warm(op, payload = {}) {
    // A reader's own request already waiting for the engine does the same work, and comes first.
    if (this.state !== "ready" || this.#waiting) return;
    this.#worker?.postMessage({ type: MESSAGE.warm, request: { op, ...payload } });
  }

  /** Run one operation of the Python core. When the worker crashes or hangs, the request is sent
   * once more to a fresh worker; if that fails too, the engine is "failed" and the error says so. */
  async call(op, payload = {}, { timeoutMs = CALL_TIMEOUT_MS } = {}) {
    const request = { op, ...payload };
    try {
      return await this.#send(request, timeoutMs);
    } catch (first) {
      // The files cannot be had, or the library lacks a module: a retry will not help.
      if (first.code === "boot" || first.code === "missing") throw first;
      console.info("exercise engine restarted after:", first.message);
      try {
        return await this.#send(request, timeoutMs);
      } catch (second) {
        if (second.code === "missing") throw second;
        const err = second.code === "boot" ? second
          : new EngineError(AFTER_RESTART[second.code] ?? AFTER_RESTART.crash, second.code);
        this.#setState("failed", err);
        throw err;
      }
    }
  }
}

/** A worker of another protocol version. Only an older worker is worth replacing: when the worker
 * is newer, this page is the old one, and only a reload brings its new version. */
function versionError(workerVersion, detail) {
  console.warn("exercise engine could not start (version):", detail);
  const err = new EngineError(BOOT_FAILED.version, "boot", "version");
  err.detail = detail;
  err.workerIsOlder = !(Number(workerVersion) > VERSION);
  return err;
}

/** Run TASK when the page has a quiet moment (at most a few seconds from now). */
function whenIdle(task) {
  if ("requestIdleCallback" in window) requestIdleCallback(() => task(), { timeout: 3000 });
  else setTimeout(task, 1000);
}

let swRequested = false;

/** Only pages with an exercise get here, once the engine is ready: the reader has used an exercise,
 * so the service worker keeps the runtime for the next visit (an empty cache under the runtime's
 * prefix tells a worker being installed; one already running is asked). The engine's worker
 * inherits the page's service worker, which serves Pyodide from its cache on later visits. Not
 * awaited, and a failure (no support, private mode, disabled) only means no offline copy. */
async function registerServiceWorker() {
  if (swRequested || !config.serviceWorker || !("serviceWorker" in navigator)) return;
  swRequested = true;
  try {
    await caches.open(`${config.caches.runtime}wanted`);
    const registration = await navigator.serviceWorker.register(new URL(config.serviceWorker, import.meta.url));
    registration.active?.postMessage({ type: "keep-runtime" });
  } catch (err) {
    // e.g. a sandboxed frame, where touching navigator.serviceWorker throws
    console.info("exercise runtime not cached for offline use:", err?.message ?? err);
  }
}

let shared = null;

/** The one engine of this browsing session (survives Material's instant navigation). */
export function sharedEngine() {
  return (shared ??= new Engine());
}
