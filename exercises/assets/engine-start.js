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
import { runtimeFiles } from "./runtime-files.js";

/** How far below (or above) the screen an exercise starts the engine: half a screen, so a reader who
 * scrolls to it finds it ready. */
const NEAR = "50% 0px";
const WORKER_URL = new URL("./engine-worker.js", import.meta.url).href;
const language = document.documentElement.lang || "en";

/** What the worker boots with: where the runtime is (the worker may have started from the same files
 * already: it compares them), and the page's language with the core's words in it
 * (messages/<language>.json, written by the plugin) and its phrase table. */
function bootMessage() {
  const here = (url) => (url ? new URL(url, import.meta.url).href : null);
  return {
    type: MESSAGE.boot,
    protocol: VERSION,
    runtime: runtimeFiles(config),
    table: here(config.tables?.[language]), // the phrase table of the page's language, unless English's
    language,
    catalog: here(`./messages/${encodeURIComponent(language)}.json`),
  };
}

/** A worker started with its boot message. What it says before anyone listens is kept, in order,
 * and given to the first listener: a "ready" that comes before the bridge has loaded is not lost.
 * Its name is the protocol's version: a worker of that version starts Python at once, from the
 * runtime's files beside it, before the boot message comes; one of another version waits for the
 * message and answers it with a version error, having downloaded nothing. */
class StartedWorker {
  #said;
  #listener = null;

  /** A worker from URL, started now. */
  static create(url) {
    return new StartedWorker({ worker: new Worker(url, { type: "module", name: String(VERSION) }) });
  }

  /** WORKER, started at STARTEDAT, with what it SAID before this module loaded (the page's head
   * starts it when its exercise opens the page: the theme's exercises/main.html). */
  constructor({ worker, said = [], startedAt = performance.now() }) {
    this.worker = worker;
    this.startedAt = startedAt;
    this.#said = said;
    worker.onmessage = worker.onerror = null; // the head's record of what it said, which ends here
    const tell = (type, event) => (this.#listener ? this.#listener(type, event) : this.#said.push([type, event]));
    worker.addEventListener("message", (event) => tell("message", event));
    worker.addEventListener("error", (event) => {
      event.preventDefault(); // the bridge tells the reader in words; no uncaught error in the console
      tell("error", event);
    });
    worker.postMessage(bootMessage());
  }

  /** LISTENER(type, event) hears what the worker said so far, then everything it says. */
  listen(listener) {
    this.#listener = listener;
    for (const [type, event] of this.#said.splice(0)) listener(type, event);
  }
}

/** The worker the page's head started (its exercise opens the page), taken over once; null when
 * there is none, or none yet: that script runs once the stylesheets are in, which may be after this
 * module, so each step below looks again. */
function fromHead() {
  const started = self.__exercisesEarlyWorker;
  delete self.__exercisesEarlyWorker;
  return started ? new StartedWorker(started) : null;
}

// The worker the page's head started, else the one started when an exercise first came near; the
// bridge takes it.
let early = fromHead();
let handedOver = false; // the bridge has started its own boot: nothing here starts another worker

/** A worker for the bridge's boot: the one started early when there is one (for the usual address),
 * else a new one from URL (a fresh copy of the worker after an update, or a restart). */
export function takeWorker(url = WORKER_URL) {
  handedOver = true;
  early ??= fromHead();
  const started = early && url === WORKER_URL ? early : StartedWorker.create(url);
  early = null;
  return started;
}

/** Start the worker now, unless one is under way or the bridge has its own. */
function startEarly() {
  early ??= fromHead();
  if (!handedOver && !early) early = StartedWorker.create(WORKER_URL);
}

// With the browser's Save-Data preference on, only a touch in an exercise starts Python (ui.js).
const saveData = Boolean(navigator.connection?.saveData);

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
    startEarly();
    onNear?.();
  }
}

/** Watch SECTIONS (exercises on the page) for the moment one comes near the screen. A section
 * watched again is watched once; one that came near already comes near again (the observer says
 * so at once), so a listener added late still hears it. */
export function watch(sections) {
  if (saveData || !("IntersectionObserver" in window)) return;
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
if (document.readyState === "loading" && !saveData) {
  const look = () => {
    early ??= fromHead();
    const sections = document.querySelectorAll("[data-exercise]");
    if ([...sections].some(nearNow)) startEarly();
    watch(sections);
    if (document.readyState === "loading" && !early && !handedOver) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
