// Records what only Pyodide can tell about its standard library (see stdlib.py, which runs this):
//   startup: every module of python_stdlib.zip loaded while Pyodide boots and the engine's worker
//            installs the core wheel (as engine-worker.js does), from sys.modules and from Python's
//            own import log (PYTHONPROFILEIMPORTTIME), so a module dropped again is seen too;
//   imports: the imports of every module in the zip, read by this Python's own parser (stdlib.py);
//   comment_lines: the lines of every module that hold only a comment, by this Python's tokenizer.
// Usage: node record_stdlib.mjs <pyodide dir> <core wheel> <stdlib.py>   (prints JSON)

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath, scannerPath] = process.argv.slice(2);
const indexURL = pyodideDir.endsWith("/") ? pyodideDir : pyodideDir + "/";
const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);

const log = [];
const py = await loadPyodide({
  indexURL,
  env: { PYTHONPROFILEIMPORTTIME: "1" },
  stdout: () => {},
  stderr: (line) => log.push(line),
});
// The worker's own steps, up to importing the core (whose imports stdlib.py follows itself).
const extractDir = py.runPython("import site; site.getsitepackages()[0]");
py.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel", { extractDir });
const logged = log.filter((l) => l.startsWith("import time:")).map((l) => l.split("|").pop().trim());

py.globals.set("logged", py.toPy(logged));
const loaded = py.runPython(`
import sys
zip_path = sys.path[1] if len(sys.path) > 1 and sys.path[1].endswith(".zip") else "/lib/python314.zip"
names = set(logged)
for name, module in list(sys.modules.items()):
    origin = getattr(getattr(module, "__spec__", None), "origin", None) or getattr(module, "__file__", None)
    if isinstance(origin, str) and origin.startswith(zip_path):
        names.add(name)
sorted(names)
`).toJs();

py.FS.mkdirTree("/recorder");
py.FS.writeFile("/recorder/stdlib_scan.py", readFileSync(scannerPath));
py.globals.set("loaded", py.toPy(loaded));
const result = py.runPython(`
import json, sys, zipfile
sys.path.insert(0, "/recorder")
import stdlib_scan
with zipfile.ZipFile(stdlib_scan.ZIP_IN_PYODIDE) as archive:
    modules = {n[0] for p in archive.namelist() if (n := stdlib_scan.module_name(p))}
    graph = stdlib_scan.zip_graph(archive)
    comments = stdlib_scan.zip_comments(archive)
json.dumps({"startup": sorted(set(loaded) & modules), "imports": graph, "comment_lines": comments})
`);
process.stdout.write(result + "\n");
