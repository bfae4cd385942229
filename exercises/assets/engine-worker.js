// Module Web Worker that owns Pyodide, so Python never runs on the page's main thread.
// Messages in: {type: "boot", pyodide, core} then {type: "call", id, request}.
// Messages out: {type: "ready"} | {type: "boot-error", message} | {type: "reply", id, reply}.

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

self.addEventListener("message", async (event) => {
  const msg = event.data;
  if (msg.type === "boot") {
    try {
      await boot(msg);
      self.postMessage({ type: "ready" });
    } catch (err) {
      self.postMessage({ type: "boot-error", message: String(err?.message ?? err) });
    }
  } else if (msg.type === "call") {
    let reply;
    try {
      reply = JSON.parse(handle(JSON.stringify(msg.request)));
    } catch (err) {
      reply = { ok: false, error: { code: "internal", message: String(err?.message ?? err) } };
    }
    self.postMessage({ type: "reply", id: msg.id, reply });
  }
});
