// Measures the concern check inside real Pyodide under Node: the same kit.phrases.measure the
// CPython side runs, on the same phrase tables, with the core installed from its wheel and phrase
// tables as the browser's worker installs them. Prints the figures as JSON on the last line.
// Usage: node safety_in_pyodide.mjs <pyodide dir> <core dir> <tests/kit dir> <phrases dir> <language>

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { copyTree, installCore } from "../pyodide/fs.mjs";

const [pyodideDir, coreDir, kitDir, phrasesDir, language = "en"] = process.argv.slice(2);
if (!phrasesDir) {
  console.error("usage: node safety_in_pyodide.mjs <pyodide dir> <core dir> <kit dir> <phrases dir> [language]");
  process.exit(2);
}
const { loadPyodide } = await import(pathToFileURL(join(resolve(pyodideDir), "pyodide.mjs")).href);
const started = Date.now();
const py = await loadPyodide({ indexURL: resolve(pyodideDir) + "/" });
const bootMs = Date.now() - started;
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
installCore(py, resolve(coreDir), sitePackages);

py.FS.mkdirTree("/bench/kit");
py.FS.writeFile("/bench/kit/__init__.py", "");
py.FS.writeFile("/bench/kit/phrases.py", readFileSync(join(kitDir, "phrases.py")));
copyTree(py, resolve(phrasesDir), "/bench/phrases");
py.globals.set("language", language);
const figures = py.runPython(`
import json, sys, time
sys.path.insert(0, "/bench")
t = time.perf_counter()
import exercises.core.safety
imported = (time.perf_counter() - t) * 1000
from pathlib import Path
from kit.phrases import measure
found = measure(Path("/bench/phrases") / language, language)
found["ms_to_import"] = imported
json.dumps(found)
`);
console.log(`Pyodide ${py.version} booted in ${(bootMs / 1000).toFixed(1)} s`);
console.log(figures);
