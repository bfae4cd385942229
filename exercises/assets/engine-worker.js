// Module Web Worker that owns Pyodide, so Python never runs on the page's main thread.
// Messages in: {type: "boot", pyodide, core} then {type: "call", id, request}.
// Messages out: {type: "ready"} | {type: "boot-error", message} | {type: "reply", id, reply}
//   | {type: "broken", message} when Python itself failed; the bridge then starts a new worker.

let handle = null;

async function boot({ pyodide: indexURL, core }) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  const response = await fetch(core);
  if (!response.ok) throw new Error(`The exercise code could not be downloaded (${response.status}).`);
  // Into site-packages: by default unpackArchive uses the working directory.
  const extractDir = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(new Uint8Array(await response.arrayBuffer()), "wheel", { extractDir });
  handle = py.pyimport("exercises.core.api").handle;
}

let booting = false;

function bootFailed(err) {
  if (!booting) return;
  booting = false;
  self.postMessage({ type: "boot-error", message: String(err?.message ?? err) });
}

// Pyodide's loader reports a .wasm file that cannot be downloaded or compiled (a 404, a dropped
// connection) only with console.warn("wasm instantiation failed!"), and loadPyodide then never
// settles. Watch for it during the boot, so the reader hears at once, not after the time limit.
const warn = console.warn.bind(console);
console.warn = (...args) => {
  if (booting && String(args[0]).includes("wasm instantiation failed")) {
    bootFailed(new Error("Python's WebAssembly file could not be loaded."));
  }
  warn(...args);
};
self.addEventListener("unhandledrejection", (event) => {
  if (booting) event.preventDefault();
  bootFailed(event.reason);
});

self.addEventListener("message", async (event) => {
  const msg = event.data;
  if (msg.type === "boot") {
    booting = true;
    try {
      await boot(msg);
      if (booting) self.postMessage({ type: "ready" });
    } catch (err) {
      bootFailed(err);
    }
    booting = false;
  } else if (msg.type === "call") {
    let text;
    try {
      text = handle(JSON.stringify(msg.request));
    } catch (err) {
      // api.handle answers every request with JSON, even a bad one, so a throw here means the
      // Python runtime itself failed (a fatal error, no memory left): nothing more can run here.
      self.postMessage({ type: "broken", message: String(err?.message ?? err) });
      return;
    }
    self.postMessage({ type: "reply", id: msg.id, reply: JSON.parse(text) });
  }
});
