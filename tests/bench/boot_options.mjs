// The ways a returning reader's device could skip compiling Python again, measured side by side
// under Node (the same Pyodide, the site's own standard library and core), for make bench:
//   plain:    Pyodide boots and the core is imported, as on a first visit;
//   bytecode: the same, with a standard library whose modules Pyodide itself compiled (unchecked
//             .pyc beside each .py), as a device could keep them after a first visit;
//   snapshot: Pyodide restores a memory snapshot taken after the core was imported (the site's way).
// Each is timed RUNS times, alternating, from loadPyodide to the core answering a ping; the sizes
// are what a device would keep (compressed as the engine keeps its snapshot: gzip).
// Usage: node boot_options.mjs <pyodide dir> <stdlib zip> <core wheel> [runs]   (prints JSON)

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const [pyodideDir, stdlibZip, wheelPath, runsArg] = process.argv.slice(2);
const indexURL = pyodideDir.endsWith("/") ? pyodideDir : pyodideDir + "/";
const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
const wheel = new Uint8Array(readFileSync(wheelPath));
const quiet = { stdout: () => {}, stderr: () => {} };
const runs = Number(runsArg ?? 3);

function installCore(py) {
  const extractDir = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(wheel, "wheel", { extractDir });
  const handle = py.pyimport("exercises.core.api").handle;
  if (!JSON.parse(handle('{"op": "ping"}')).ok) throw new Error("the core did not answer");
}

async function timed(options) {
  const started = performance.now();
  const py = await loadPyodide({ indexURL, ...quiet, ...options });
  installCore(py);
  return { ms: performance.now() - started, py };
}

// The bytecode a device would keep: every module of the site's library compiled by this Pyodide.
const maker = await loadPyodide({ indexURL, stdLibURL: stdlibZip, ...quiet });
maker.runPython(`
import zipfile, importlib.util, importlib._bootstrap_external as be
with zipfile.ZipFile("/lib/python314.zip") as src, zipfile.ZipFile("/tmp/with_pyc.zip", "w") as out:
    for info in src.infolist():
        data = src.read(info)
        out.writestr(info, data)
        if info.filename.endswith(".py"):
            code = compile(data, "/lib/python314.zip/" + info.filename, "exec", dont_inherit=True)
            out.writestr(info.filename + "c", be._code_to_hash_pyc(code, importlib.util.source_hash(data), False))
`);
const bytecodeZip = maker.FS.readFile("/tmp/with_pyc.zip");
const bytecodeURL = "/tmp/exercises-bench-with-pyc.zip";
(await import("node:fs")).writeFileSync(bytecodeURL, bytecodeZip);

const { py: source } = await timed({ stdLibURL: stdlibZip, _makeSnapshot: true });
source.runPython("import gc; gc.collect()");
const snapshot = source.makeMemorySnapshot();

const times = { plain: [], bytecode: [], snapshot: [] };
for (let i = 0; i < runs; i++) {
  times.plain.push((await timed({ stdLibURL: stdlibZip })).ms);
  times.bytecode.push((await timed({ stdLibURL: bytecodeURL })).ms);
  times.snapshot.push((await timed({ stdLibURL: stdlibZip, _loadSnapshot: snapshot })).ms);
}
process.stdout.write(JSON.stringify({
  runs,
  times,
  sizes: {
    bytecode_zip: bytecodeZip.length,
    bytecode_zip_gzip: gzipSync(bytecodeZip).length,
    snapshot: snapshot.length,
    snapshot_gzip: gzipSync(snapshot).length,
  },
}) + "\n");
