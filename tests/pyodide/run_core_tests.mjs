// Runs pytest on the core's test files inside real Pyodide (the npm copy the site ships).
// Usage: node run_core_tests.mjs <pyodide dir> <wheels dir> <tests dir> [pytest args...]
// Exits with pytest's exit code.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelsDir, testsDir, ...pytestArgs] = process.argv.slice(2);
if (!testsDir) {
  console.error("usage: node run_core_tests.mjs <pyodide dir> <wheels dir> <tests dir> [pytest args]");
  process.exit(2);
}

const { loadPyodide } = await import(pathToFileURL(join(resolve(pyodideDir), "pyodide.mjs")).href);
const started = Date.now();
const py = await loadPyodide({ indexURL: resolve(pyodideDir) + "/" });
console.log(`Pyodide ${py.version} (Python ${py.runPython("import sys; sys.version.split()[0]")}) ` +
  `booted in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// unpackArchive extracts into the working directory unless told otherwise.
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
for (const name of readdirSync(wheelsDir).filter((n) => n.endsWith(".whl")).sort()) {
  py.unpackArchive(new Uint8Array(readFileSync(join(wheelsDir, name))), "wheel", { extractDir: sitePackages });
}

// Copy the test folder into Pyodide's file system, keeping its layout.
function copyTree(from, to) {
  py.FS.mkdirTree(to);
  for (const name of readdirSync(from)) {
    if (name === "__pycache__") continue;
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyTree(source, `${to}/${name}`);
    else py.FS.writeFile(`${to}/${name}`, readFileSync(source));
  }
}
copyTree(resolve(testsDir), "/tests");

py.globals.set("pytest_args", py.toPy(["-p", "no:cacheprovider", "/tests", ...pytestArgs]));
const code = py.runPython(`
import os, sys, pytest
os.chdir("/tests")
int(pytest.main(list(pytest_args)))
`);
process.exit(code);
