// When Python starts: the moment an exercise comes near the screen, and not before. A page with an
// exercise loads this module early and on its own (an async script in its <head>, with its two
// imports preloaded), so the engine's worker is asked for while the rest of the page is still
// arriving, not after the theme's scripts, the page's words and the engine's bridge (engine.js) have
// loaded one after the other. The worker it starts is handed to the bridge, with everything the worker
// said meanwhile. runtime.js uses the same watch on every page Material's instant navigation shows.
//
// A reader who only reads the top of a lesson downloads nothing: the watch is an IntersectionObserver
// (asked, not measured: measuring while the page loads would lay the page out once more). With the
// browser's Save-Data preference on, nothing here starts Python: only a touch, click, key or focus in
// an exercise does (ui.js), as Python is a download of several megabytes.

import config from "./config.js";
import { MESSAGE, VERSION } from "./protocol.js";

/** How far below (or above) the screen an exercise starts the engine: half a screen, so a reader who
 * scrolls to it finds it ready. */
const NEAR = "50% 0px";
const WORKER_URL = new URL("./engine-worker.js", import.meta.url).href;
const language = document.documentElement.lang || "en";

/** What the worker boots with: the runtime's files (their addresses relative to this module, so the
 * site works under a sub-path), where this device keeps its start-up copy of Python, and the page's
 * language with the core's words in it (messages/<language>.json, written by the plugin). */
function bootMessage() {
  const here = (url) => (url ? new URL(url, import.meta.url).href : null);
  return {
    type: MESSAGE.boot,
    protocol: VERSION,
    pyodide: here(config.pyodide),
    stdlib: here(config.stdlib),
    rest: config.rest ? { index: here(config.rest.index), archive: here(config.rest.archive) } : null,
    lock: config.lock ?? null,
    core: here(config.core),
    table: here(config.tables?.[language]), // the phrase table of the page's language, unless English's
    boot: config.boot ?? null,
    language,
    catalog: here(`./messages/${encodeURIComponent(language)}.json`),
  };
}

/** A worker started with its boot message. What it says before anyone listens is kept, in order,
 * and given to the first listener: a "ready" that comes before the bridge has loaded is not lost. */
class StartedWorker {
  startedAt = performance.now();
  #said = [];
  #listener = null;

  constructor(url) {
    this.worker = new Worker(url, { type: "module" });
    const tell = (type, event) => (this.#listener ? this.#listener(type, event) : this.#said.push([type, event]));
    this.worker.addEventListener("message", (event) => tell("message", event));
    this.worker.addEventListener("error", (event) => {
      event.preventDefault(); // the bridge tells the reader in words; no uncaught error in the console
      tell("error", event);
    });
    this.worker.postMessage(bootMessage());
  }

  /** LISTENER(type, event) hears what the worker said so far, then everything it says. */
  listen(listener) {
    this.#listener = listener;
    for (const [type, event] of this.#said.splice(0)) listener(type, event);
  }
}

let early = null; // the worker started when an exercise first came near, until the bridge takes it
let handedOver = false; // the bridge has started its own boot: nothing here starts another worker

/** A worker for the bridge's boot: the one started early when there is one (for the usual address),
 * else a new one from URL (a fresh copy of the worker after an update, or a restart). */
export function takeWorker(url = WORKER_URL) {
  handedOver = true;
  const started = early && url === WORKER_URL ? early : new StartedWorker(url);
  early = null;
  return started;
}

let observer = null;
let onNear = null;

/** Call LISTENER (start the engine) whenever a watched exercise comes near. */
export function whenNear(listener) {
  onNear = listener;
}

function near(entries) {
  for (const entry of entries) {
    if (!entry.isIntersecting || !entry.target.isConnected) continue;
    observer.unobserve(entry.target);
    if (!handedOver && !early) early = new StartedWorker(WORKER_URL);
    onNear?.();
  }
}

/** Watch SECTIONS (exercises on the page) for the moment one comes near the screen. A section
 * watched again is watched once; one that came near already comes near again (the observer says
 * so at once), so a listener added late still hears it. */
export function watch(sections) {
  if (navigator.connection?.saveData || !("IntersectionObserver" in window)) return;
  observer ??= new IntersectionObserver(near, { rootMargin: NEAR });
  for (const section of sections) observer.observe(section); // observing twice is one watch
}

/** Whether SECTION is near the screen now. Asked only in an animation frame, where the browser lays
 * the page out for the frame anyway: an observer's answer comes in a task of its own, which waits
 * behind the theme's scripts while the page loads. */
function nearNow(section) {
  const box = section.getBoundingClientRect();
  const margin = innerHeight / 2;
  return box.bottom > -margin && box.top < innerHeight + margin && box.width > 0;
}

// Loaded early, while the page is still being read: look at each exercise as it arrives, frame by
// frame, until the whole page is in (runtime.js watches from then on).
if (document.readyState === "loading" && !navigator.connection?.saveData) {
  const look = () => {
    const sections = document.querySelectorAll("[data-exercise]");
    if (!handedOver && !early && [...sections].some(nearNow)) early = new StartedWorker(WORKER_URL);
    watch(sections);
    if (document.readyState === "loading" && !early && !handedOver) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
