// Module Web Worker that owns Pyodide, so Python never runs on the page's main thread.
// The plugin writes PROTOCOL_VERSION and MESSAGE above this line, from exercises/core/protocol.py,
// which describes every message. A page of another protocol version is answered at once, before
// anything is downloaded, with a boot-error of reason "version".
// boot-error reasons: "download" (a file did not arrive), "missing" (the site's standard library
// lacks a module Python needed), "version", or "start" (anything else); the bridge turns them
// into words, and detail is for the console only.

let handle = null;
let missed = null; // names no finder could find (the last finder on sys.meta_path keeps them)
let phase = "download"; // the step of the boot that is running: download | runtime | core
const pythonSaid = []; // Python's own error output during the boot, for the console

// Last on sys.meta_path, so it is asked only when no other finder has a module: a name it sees
// was not found. Optional imports (try: import x) pass here too; a request that then failed is
// what tells a missing module apart.
const RECORD_MISSES = `
import sys
class _NotFound:
    names = []
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        cls.names.append(name)
        return None
sys.meta_path.append(_NotFound)
_NotFound.names
`;

const MISSING = /ModuleNotFoundError|ImportError|Fatal Python error|codec/;

class BootError extends Error {
  constructor(reason, detail) {
    super(detail);
    this.reason = reason;
  }
}

async function boot({ pyodide: indexURL, stdlib, lock, core, catalog }) {
  phase = "download";
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  phase = "runtime";
  const options = {
    indexURL,
    stdout: () => {},
    stderr: (line) => pythonSaid.push(line),
  };
  if (stdlib) options.stdLibURL = stdlib;
  if (lock) options.lockFileContents = JSON.stringify(lock);
  let py;
  try {
    py = await loadPyodide(options);
  } catch (err) {
    // A file that did not arrive, or Python that could not start with the library it was given.
    const said = `${err?.message ?? err}\n${pythonSaid.join("\n")}`;
    throw new BootError(MISSING.test(said) ? "missing" : "download", said);
  }
  missed = py.runPython(RECORD_MISSES);
  phase = "download";
  const [response, words] = await Promise.all([fetch(core), catalog ? fetch(catalog) : null]);
  if (!response.ok) throw new BootError("download", `${core}: ${response.status}`);
  if (words && !words.ok) throw new BootError("download", `${catalog}: ${words.status}`);
  const wheel = new Uint8Array(await response.arrayBuffer());
  const wordsText = words ? await words.text() : null;
  phase = "core";
  try {
    // Into site-packages: by default unpackArchive uses the working directory.
    const extractDir = py.runPython("import site; site.getsitepackages()[0]");
    py.unpackArchive(wheel, "wheel", { extractDir });
    handle = py.pyimport("exercises.core.api").handle;
    // The core speaks the page's language (English when its catalog cannot be used).
    if (wordsText !== null) py.pyimport("exercises.core.messages").activate_json(wordsText);
  } catch (err) {
    const said = String(err?.message ?? err);
    throw new BootError(MISSING.test(said) ? "missing" : "start", said);
  }
  const coreVersion = py.pyimport("exercises.core.protocol").VERSION;
  if (coreVersion !== PROTOCOL_VERSION) {
    throw new BootError("version", `the core speaks protocol ${coreVersion}, this worker ${PROTOCOL_VERSION}`);
  }
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
    try {
      await boot(msg);
      if (booting) self.postMessage({ type: MESSAGE.ready, protocol: PROTOCOL_VERSION });
    } catch (err) {
      bootFailed(err);
    }
    booting = false;
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
  }
});
