// Records what only Pyodide can tell about its standard library (see stdlib.py, which runs this):
//   startup:    every module of python_stdlib.zip loaded while Pyodide boots and the engine's worker
//               installs the core wheel and a phrase table (as engine-worker.js does);
//   operations: the modules of the zip that importing the core (and every phrase table, each of
//               which a page in its language imports) loads, then those each operation of the
//               worker protocol loads while it answers the sample requests (in their order, so a
//               module is listed under the first step that needed it);
//   comment_lines: the lines of every module that hold only a comment, by this Python's tokenizer.
// A module counts when it is in sys.modules afterwards or in Python's own import log
// (PYTHONPROFILEIMPORTTIME), so a module imported and dropped again is seen too.
// Usage: node record_stdlib.mjs <pyodide dir> <core dir> <stdlib.py> <requests.json> <import step name>
// (prints JSON); the core dir holds the core's wheel and its phrase tables apart (exercises/wheel.py).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, coreDir, scannerPath, requestsPath, importStep] = process.argv.slice(2);
const indexURL = pyodideDir.endsWith("/") ? pyodideDir : pyodideDir + "/";
const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);

const log = [];
const py = await loadPyodide({
  indexURL,
  env: { PYTHONPROFILEIMPORTTIME: "1" },
  stdout: () => {},
  stderr: (line) => log.push(line),
});
// The worker's own steps, up to importing the core: the wheel, then the tables apart.
const extractDir = py.runPython("import site; site.getsitepackages()[0]");
for (const [suffix, format] of [[".whl", "wheel"], [".zip", "zip"]]) {
  for (const name of readdirSync(coreDir).filter((n) => n.endsWith(suffix))) {
    py.unpackArchive(new Uint8Array(readFileSync(join(coreDir, name))), format, { extractDir });
  }
}

py.runPython(`
import sys, zipfile
ZIP = sys.path[1] if len(sys.path) > 1 and sys.path[1].endswith(".zip") else "/lib/python314.zip"
with zipfile.ZipFile(ZIP) as _archive:
    IN_ZIP = {p[:-3].replace("/__init__", "").replace("/", ".") for p in _archive.namelist() if p.endswith(".py")}
SEEN = set()

def loaded_since(logged):
    """The modules of the zip loaded since the last call (by the log lines given, and sys.modules)."""
    names = {line.split("|")[-1].strip() for line in logged if line.startswith("import time:")}
    for name, module in list(sys.modules.items()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or getattr(module, "__file__", None)
        if isinstance(origin, str) and origin.startswith(ZIP):
            names.add(name)
    new = sorted((names & IN_ZIP) - SEEN)
    SEEN.update(new)
    return new
`);
const loadedSince = py.globals.get("loaded_since");
const step = () => {
  const found = loadedSince(py.toPy(log.splice(0))).toJs();
  return found;
};

const startup = step();
const operations = { [importStep]: [] };
// As the worker does: its finders first, then the core; and every phrase table, as a page in its
// language imports it.
py.runPython(`
import importlib, exercises.core.rest_of_library, exercises.core.api
from exercises.core import safety
for _module in safety.BUILTIN.values():
    importlib.import_module(_module)
`);
operations[importStep] = step();
const handle = py.pyimport("exercises.core.api").handle;
for (const request of JSON.parse(readFileSync(requestsPath, "utf-8"))) {
  const reply = JSON.parse(handle(JSON.stringify(request)));
  if (!reply.ok && reply.error.code === "internal") {
    console.error(`the core failed on a sample ${request.op} request: ${reply.error.message}`);
    process.exit(1);
  }
  operations[request.op] = [...(operations[request.op] ?? []), ...step()];
}

py.FS.mkdirTree("/recorder");
py.FS.writeFile("/recorder/stdlib_scan.py", readFileSync(scannerPath));
const comments = py.runPython(`
import json
sys.path.insert(0, "/recorder")
import stdlib_scan
with zipfile.ZipFile(stdlib_scan.ZIP_IN_PYODIDE) as archive:
    comments = stdlib_scan.zip_comments(archive)
json.dumps(comments)
`);
process.stdout.write(JSON.stringify({ startup, operations, comment_lines: JSON.parse(comments) }) + "\n");
