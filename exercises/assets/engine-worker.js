// Module Web Worker that owns Pyodide, so Python never runs on the page's main thread.
// The plugin writes PROTOCOL_VERSION and MESSAGE above this line, from exercises/core/protocol.py,
// which describes every message, and writes the modules imported below into this file in their place
// (runtime_files.py), so the worker starts after one request. A page of another protocol version is
// answered at once, before anything is downloaded, with a boot-error of reason "version".
// boot-error reasons: "download" (a file did not arrive), "missing" (the site's standard library
// lacks a module Python needed), "version", or "start" (anything else); the bridge turns them
// into words, and detail is for the console only.
//
// Compiling is paid once, on the reader's device: the first boot on a device takes a memory
// snapshot of Python (Pyodide's experimental _makeSnapshot / makeMemorySnapshot / _loadSnapshot,
// pinned with the Pyodide version) once the core is imported and before any request is read, so it
// holds no word of the reader's; it is kept compressed in the browser's Cache Storage under a name
// made of the runtime's identity (Pyodide version, standard library, core: config.js). Later boots
// restore it instead of starting Python and compiling the core again. A snapshot that does not
// restore, or a Python restored from it that does not answer as it should, is deleted and Python
// starts from nothing: the snapshot only ever makes a boot faster.

import config from "./config.js";
import { runtimeFiles } from "./runtime-files.js";
import { readSnapshot, storedSnapshot } from "./snapshot-pages.js";

let handle = null;
let missed = null; // names no finder could find (exercises/core/rest_of_library.py, NotFound)
let phase = "download"; // the step of the boot that is running: download | runtime | core
const pythonSaid = []; // Python's own error output during the boot, for the console

const MISSING = /ModuleNotFoundError|ImportError|Fatal Python error|codec/;
// Where the snapshot is kept in its cache: an address of this site that is never served.
const SNAPSHOT_URL = new URL("boot-snapshot", self.location).href;

class BootError extends Error {
  constructor(reason, detail) {
    super(detail);
    this.reason = reason;
  }
}

async function download(url) {
  const response = await fetch(url);
  if (!response.ok) throw new BootError("download", `${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const canKeep = (boot) => Boolean(boot?.name && self.caches && self.CompressionStream && self.DecompressionStream);

/** The snapshot this device kept for this runtime: null when there is none, else {bytes}, a promise of
 * them that Pyodide awaits while its own files load (a broken copy rejects it; startPython drops it).
 * Never throws. */
async function keptSnapshot(boot) {
  if (!canKeep(boot)) return null;
  try {
    const hit = await caches.match(SNAPSHOT_URL, { cacheName: boot.name });
    if (!hit) return null;
    const bytes = readSnapshot(hit);
    bytes.catch(() => {}); // not unhandled while Pyodide loads: it awaits them later
    return { bytes };
  } catch (err) {
    console.info("exercise engine: the kept start-up copy could not be read, so it was dropped:", err?.message ?? err);
    await dropSnapshots(boot);
    return null;
  }
}

/** Delete this site's kept snapshots (all of them, or all but KEEP). */
async function dropSnapshots(boot, keep = null) {
  try {
    for (const name of await caches.keys()) {
      if (name.startsWith(boot.prefix) && name !== keep) await caches.delete(name);
    }
  } catch {
    // Storage turned off or gone: nothing is kept then either.
  }
}

/** Keep BYTES (a snapshot taken before any request) for the next boot on this device, compressed and
 * without its pages of zeros (snapshot-pages.js). */
async function keepSnapshot(boot, bytes) {
  try {
    const { body, headers } = await storedSnapshot(bytes);
    await dropSnapshots(boot, boot.name);
    const cache = await caches.open(boot.name);
    await cache.put(SNAPSHOT_URL, new Response(body, { headers: { "content-type": "application/octet-stream", ...headers } }));
    self.postMessage({ type: MESSAGE.kept, bytes: body.size });
  } catch (err) {
    console.info("exercise engine: no start-up copy kept on this device:", err?.message ?? err);
  }
}

/** Python restored from SNAPSHOT (a promise of its bytes) when there is one, else from its start,
 * ready to be snapshotted when this device can keep one. A copy that cannot be read is dropped at
 * once; one that was read but did not restore, only once Python has started without it: the failure
 * may have been a file that did not arrive, which is no fault of the copy's. */
async function startPython(loadPyodide, options, snapshot, keep) {
  let unrestored = false;
  if (snapshot) {
    try {
      return { py: await loadPyodide({ ...options, _loadSnapshot: snapshot }), restored: true };
    } catch (err) {
      console.info("exercise engine: the kept start-up copy could not be read or restored, starting afresh:", err?.message ?? err);
      unrestored = true;
      if (await snapshot.then(() => false, () => true)) await dropSnapshots(keep);
    }
  }
  let py;
  try {
    py = await loadPyodide({ ...options, _makeSnapshot: canKeep(keep) });
  } catch (err) {
    // A file that did not arrive, or Python that could not start with the library it was given.
    const said = `${err?.message ?? err}\n${pythonSaid.join("\n")}`;
    throw new BootError(MISSING.test(said) ? "missing" : "download", said);
  }
  if (unrestored) await dropSnapshots(keep);
  return { py, restored: false };
}

/** Install the core (and the page language's phrase table) into Python, its finders first; check
 * what it says. */
function startCore(py, wheel, table, rest) {
  // Into site-packages: by default unpackArchive uses the working directory. A restored Python has
  // the core imported already, but not its files (the file system is not in a snapshot).
  const extractDir = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(wheel, "wheel", { extractDir });
  if (table) {
    py.unpackArchive(table, "zip", { extractDir });
    // A restored Python's finders remember the core's folders as they were when its snapshot was
    // taken, maybe on a page in another language: they look again (importlib.invalidate_caches()
    // would import importlib.metadata, which the site's library does not ship).
    py.runPython(`import sys
from importlib.machinery import FileFinder
for finder in [*sys.path_importer_cache.values()]:
    if isinstance(finder, FileFinder):
        finder.invalidate_caches()`);
  }
  missed = py.pyimport("exercises.core.rest_of_library").install(rest?.index ?? null, rest?.archive ?? null).names;
  handle = py.pyimport("exercises.core.api").handle;
  const coreVersion = py.pyimport("exercises.core.protocol").VERSION;
  if (coreVersion !== PROTOCOL_VERSION) {
    throw new BootError("version", `the core speaks protocol ${coreVersion}, this worker ${PROTOCOL_VERSION}`);
  }
  const pong = JSON.parse(handle(JSON.stringify({ op: "ping" })));
  if (!pong.ok) throw new BootError("start", `the core did not answer: ${JSON.stringify(pong)}`);
}

let runtime = null; // the runtime under way: {key, wheel, python} (startRuntime)

/** Start Python from FILES (the boot message's runtime part): ask at once for the core, this
 * device's start-up copy and Pyodide's own files, and start Python from them. Started when the worker
 * is created (see the end of this file), so the downloads begin before the page's boot message. */
function startRuntime(files) {
  phase = "download";
  const wheel = download(files.core);
  wheel.catch(() => {}); // awaited in boot(); a failure is reported there
  const snapshot = keptSnapshot(files.boot);
  const python = (async () => {
    const { loadPyodide } = await import(new URL("pyodide.mjs", files.pyodide).href);
    phase = "runtime";
    const options = {
      indexURL: files.pyodide,
      stdout: () => {},
      stderr: (line) => pythonSaid.push(line),
    };
    if (files.stdlib) options.stdLibURL = files.stdlib;
    if (files.lock) options.lockFileContents = JSON.stringify(files.lock);
    const kept = await snapshot; // found or not; its bytes may still be on their way
    return { ...await startPython(loadPyodide, options, kept?.bytes ?? null, files.boot), loadPyodide, options };
  })();
  python.catch(() => {}); // awaited in boot()
  return { key: JSON.stringify(files), wheel, python };
}

async function boot({ runtime: files, table, catalog }) {
  // The page says where the runtime is; a start under way from other files (a page and a worker
  // from two deploys of the site, of one protocol) gives way to the page's.
  if (runtime?.key !== JSON.stringify(files)) runtime = startRuntime(files);
  // Asked for at once: the phrase table and the words in the page's language.
  const phrases = table ? download(table) : null;
  phrases?.catch(() => {});
  const words = catalog ? download(catalog) : null;
  words?.catch(() => {});
  const keep = files.boot;
  // Awaited together: a file that cannot arrive fails the boot at once, not after Python has started.
  const [python, wheelBytes, tableBytes, wordBytes] = await Promise.all([runtime.python, runtime.wheel, phrases, words]);
  let { py, restored } = python;
  const { loadPyodide, options } = python;
  phase = "core";
  const rest = files.rest;
  try {
    startCore(py, wheelBytes, tableBytes, rest);
  } catch (err) {
    if (!restored) throw coreError(err);
    // A restored Python that does not answer as it should: forget the snapshot, start afresh.
    console.info("exercise engine: the kept start-up copy did not work, starting afresh:", err?.message ?? err);
    await dropSnapshots(keep);
    ({ py, restored } = await startPython(loadPyodide, options, null, keep));
    try {
      startCore(py, wheelBytes, tableBytes, rest);
    } catch (again) {
      throw coreError(again);
    }
  }
  // The core speaks the page's language (English when there is no catalog), on every start: a
  // restored Python holds the words of the page it was kept from.
  const text = wordBytes ? new TextDecoder().decode(wordBytes) : "null";
  try {
    py.pyimport("exercises.core.messages").activate_json(text); // JSON null: English
  } catch (err) {
    throw coreError(err);
  }
  // A snapshot is worth taking of a Python started afresh, unless it had to fetch the rest of its
  // library to start (that file would not be there on the next boot).
  const worthKeeping = !restored && canKeep(keep) && !py.pyimport("exercises.core.rest_of_library").rest_used();
  return { py, restored, worthKeeping };
}

/** The snapshot, taken as "ready" goes out and before any request is read (the caller sends
 * "ready" and calls this in one task, so no message can come between): it holds nothing of the
 * reader's. */
function takeSnapshot(py) {
  py.runPython("import gc; gc.collect()");
  return py.makeMemorySnapshot();
}

// The snapshot is compressed and kept once the worker has been quiet for a moment: the answers a
// reader sent as Python became ready come first, and the page shows them without the compression
// competing for the CPU. A reader who keeps asking does not put it off for more than KEEP_BY_MS.
const QUIET_MS = 400;
const KEEP_BY_MS = 5000;
let keeping = null; // {keep, by, timer}: the snapshot waiting to be kept

function keepWhenQuiet(keep, waitMs = 0) {
  const by = keeping?.by ?? performance.now() + KEEP_BY_MS;
  clearTimeout(keeping?.timer);
  const timer = setTimeout(() => {
    keeping = null;
    keep();
  }, Math.max(0, Math.min(waitMs, by - performance.now())));
  keeping = { keep, by, timer };
}

function coreError(err) {
  if (err instanceof BootError) return err;
  const said = String(err?.message ?? err);
  return new BootError(MISSING.test(said) ? "missing" : "start", said);
}

let booting = false;

function bootFailed(err) {
  if (!booting) return;
  booting = false;
  // A failure outside the steps above (a rejected promise inside Pyodide's loader): during the
  // download or the start of the runtime, most likely a file that did not arrive.
  const reason = err instanceof BootError ? err.reason : phase === "core" ? "start" : "download";
  self.postMessage({ type: MESSAGE.bootError, reason, detail: String(err?.message ?? err), protocol: PROTOCOL_VERSION });
}

// Pyodide's loader reports a .wasm file that cannot be downloaded or compiled (a 404, a dropped
// connection, a Content-Security-Policy without 'wasm-unsafe-eval') only with
// console.warn("wasm instantiation failed!") followed at once by console.warn(error), and
// loadPyodide then never settles; a standard library that cannot be downloaded, only with
// console.error. Watch for both during the boot, so the reader hears at once, not after the time
// limit. The error itself tells a refused compile (not the connection's fault) from a download.
const REFUSED = /Content Security Policy|wasm-unsafe-eval/i;
let wasmFailed = false;
const warn = console.warn.bind(console);
console.warn = (...args) => {
  if (booting && String(args[0]).includes("wasm instantiation failed")) {
    wasmFailed = true;
  } else if (booting && wasmFailed) {
    const said = String(args[0]?.message ?? args[0]);
    const reason = REFUSED.test(said) ? "start" : "download";
    bootFailed(new BootError(reason, `Python's WebAssembly file could not be loaded: ${said}`));
  }
  warn(...args);
};
const error = console.error.bind(console);
console.error = (...args) => {
  if (booting && String(args[0]).includes("installing the standard library")) {
    bootFailed(new BootError("download", `the standard library could not be loaded: ${args[1] ?? ""}`));
  }
  error(...args);
};
self.addEventListener("unhandledrejection", (event) => {
  if (booting) event.preventDefault();
  bootFailed(event.reason);
});

self.addEventListener("message", async (event) => {
  const msg = event.data;
  if (msg.type === MESSAGE.boot) {
    if (msg.protocol !== PROTOCOL_VERSION) {
      self.postMessage({ type: MESSAGE.bootError, reason: "version", protocol: PROTOCOL_VERSION,
        detail: `the page speaks protocol ${msg.protocol}, this worker ${PROTOCOL_VERSION}` });
      return;
    }
    booting = true;
    let started = null;
    try {
      started = await boot(msg);
    } catch (err) {
      bootFailed(err);
    }
    if (!booting || !started) return;
    booting = false;
    self.postMessage({ type: MESSAGE.ready, protocol: PROTOCOL_VERSION, restored: started.restored });
    if (started.worthKeeping) {
      const bytes = takeSnapshot(started.py);
      // Kept in a task of its own, after the requests that came while the snapshot was taken (a
      // reader who answered before Python was ready): copying and compressing it takes a while.
      keepWhenQuiet(() => keepSnapshot(msg.runtime.boot, bytes));
    }
  } else if (msg.type === MESSAGE.warm && handle) {
    try {
      handle(JSON.stringify(msg.request)); // its answer is not wanted; a failure shows in a real call
    } catch {
      // Python itself failed: the next real request says so.
    }
  } else if (msg.type === MESSAGE.call) {
    let text;
    const missedBefore = missed.length;
    try {
      text = handle(JSON.stringify(msg.request));
    } catch (err) {
      // api.handle answers every request with JSON, even a bad one, so a throw here means the
      // Python runtime itself failed (a fatal error, no memory left): nothing more can run here.
      self.postMessage({ type: MESSAGE.broken, message: String(err?.message ?? err) });
      return;
    }
    const reply = JSON.parse(text);
    const notFound = missed.toJs().slice(missedBefore);
    if (!reply.ok && reply.error?.code === "internal" && notFound.length) {
      // The core failed because an import found nothing: the site's library lacks a module.
      self.postMessage({ type: MESSAGE.missing, id: msg.id, detail: `${notFound.join(", ")}: ${reply.error.message}` });
      return;
    }
    self.postMessage({ type: MESSAGE.reply, id: msg.id, reply });
    if (keeping) keepWhenQuiet(keeping.keep, QUIET_MS);
  }
});

// A worker created with this protocol's version as its name starts Python at once, from the runtime's
// files beside it (config.js), while the page is still loading; the page's boot message, checked as
// before, then brings its language. A worker of another version (a copy cached before a deploy) does
// not match its page's name, and downloads nothing.
if (self.name === String(PROTOCOL_VERSION)) {
  booting = true;
  runtime = startRuntime(runtimeFiles(config));
}
