// Runs pytest on the core's test files inside real Pyodide (the npm copy the site ships).
// Usage: node run_core_tests.mjs <pyodide dir> <wheels dir> <tests dir> [options] [pytest args...]
//   --stdlib ZIP   boot with this standard library (the trimmed one the site ships) instead of
//                  Pyodide's own python_stdlib.zip
//   --extras ZIP   a standard library mounted after it, for what pytest and hypothesis need and the
//                  site does not ship; an import the core makes (directly, or through a module of
//                  the site's library) that only this zip can answer fails the run (exit code 7)
// Exits with pytest's exit code, or 7 when the core reached past the site's standard library.

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { copyTree, installCore } from "./fs.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const [, value] = args.splice(at, 2);
  return value;
};
const stdlib = option("--stdlib");
const extras = option("--extras");
const [pyodideDir, wheelsDir, testsDir, ...pytestArgs] = args;
if (!testsDir) {
  console.error("usage: node run_core_tests.mjs <pyodide dir> <wheels dir> <tests dir> " +
    "[--stdlib ZIP] [--extras ZIP] [pytest args]");
  process.exit(2);
}

const { loadPyodide } = await import(pathToFileURL(join(resolve(pyodideDir), "pyodide.mjs")).href);
const started = Date.now();
const py = await loadPyodide({
  indexURL: resolve(pyodideDir) + "/",
  ...(stdlib ? { stdLibURL: resolve(stdlib) } : {}),
});
console.log(`Pyodide ${py.version} (Python ${py.runPython("import sys; sys.version.split()[0]")}) ` +
  `booted in ${((Date.now() - started) / 1000).toFixed(1)} s` +
  (stdlib ? ` with ${stdlib}` : ""));

// unpackArchive extracts into the working directory unless told otherwise.
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
const wheels = readdirSync(wheelsDir).filter((n) => n.endsWith(".whl")).sort();
// The core first, as the worker installs it (its wheel and phrase tables), and every module of it
// imported with the site's library alone: nothing else is on the path yet.
const core = installCore(py, wheelsDir, sitePackages);
console.log(`The core installed from ${core.join(", ")}`);
const coreImported = py.runPython(`
import importlib, os, exercises.core
# Listed from the folders (not pkgutil, which the site's library does not ship), its packages' too
# (the phrase tables, which a page imports when it first checks words).
top = exercises.core.__path__[0]
names = sorted("exercises.core." + os.path.relpath(os.path.join(folder, n), top)[:-3].replace("/", ".")
               .removesuffix(".__init__") for folder, _, files in os.walk(top) for n in files
               if n.endswith(".py") and not (folder == top and n == "__init__.py"))
try:
    for name in names:
        importlib.import_module(name)
    said = f"{len(names)} modules of the core imported"
except ImportError as err:
    said = f"The core could not be imported: {type(err).__name__}: {err}"
said
`);
console.log(`${coreImported} with ${stdlib ? "the site's" : "the whole"} standard library alone`);
if (coreImported.startsWith("The core could not")) process.exit(7);

if (extras) {
  py.FS.writeFile("/lib/extras.zip", new Uint8Array(readFileSync(extras)));
  py.runPython(`
import sys, zipfile, zipimport

def _modules(path):
    names = set()
    for entry in zipfile.ZipFile(path).namelist():
        if entry.endswith(".py"):
            parts = entry[:-3].split("/")
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names

_SHIPPED = _modules("/lib/python314.zip")  # the site's library, where Pyodide put it
_EXTRA_ONLY = _modules("/lib/extras.zip") - _SHIPPED

class _ReachedPast:
    """First on sys.meta_path, for the modules only the extras have: notes each one imported while
    the core runs, by the core or by a module of the site's library, then finds it in the extras
    (also inside a package of the site's library, such as xml.etree beside the site's xml)."""
    found = []

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name not in _EXTRA_ONLY:
            return None
        frame = sys._getframe(1)
        while frame is not None and (frame.f_code.co_filename.startswith("<frozen")
                                     or frame.f_globals.get("__name__") == "importlib"):
            frame = frame.f_back
        importer = frame.f_globals.get("__name__", "") if frame is not None else ""
        core_running = False
        outer = frame
        while outer is not None:
            core_running = core_running or outer.f_globals.get("__name__", "").startswith("exercises")
            outer = outer.f_back
        by_site = importer.startswith("exercises") or importer in _SHIPPED
        if core_running and by_site:
            cls.found.append(f"{name} (imported by {importer})")
        folder = "/".join(name.split(".")[:-1])
        return zipimport.zipimporter("/lib/extras.zip/" + (folder + "/" if folder else "")).find_spec(name)

sys.meta_path.insert(0, _ReachedPast)
`);
  // The site's library leaves out comment lines: the same code, line for line, by this Python's own
  // parser (the build reads them from a recording).
  const differ = py.runPython(`
import ast
differ = []
with zipfile.ZipFile("/lib/python314.zip") as shipped, zipfile.ZipFile("/lib/extras.zip") as whole:
    names = [n for n in shipped.namelist() if n.endswith(".py")]
    for name in names:
        ours, theirs = shipped.read(name), whole.read(name)
        if ours.count(b"\\n") != theirs.count(b"\\n") or ast.dump(ast.parse(ours)) != ast.dump(ast.parse(theirs)):
            differ.append(name)
(f"{len(names) - len(differ)} of {len(names)} modules of the site's library are the same code as "
 "Pyodide's" + (": not " + ", ".join(differ) if differ else ""))
`);
  console.log(differ);
  if (differ.includes(": not ")) process.exit(7);
}

for (const name of wheels.filter((n) => !n.startsWith("exercises-"))) {
  py.unpackArchive(new Uint8Array(readFileSync(join(wheelsDir, name))), "wheel", { extractDir: sitePackages });
}

// The test folder, in Pyodide's file system with its layout.
copyTree(py, resolve(testsDir), "/tests");

py.globals.set("pytest_args", py.toPy(["-p", "no:cacheprovider", "/tests", ...pytestArgs]));
const code = py.runPython(`
import os, sys, pytest
os.chdir("/tests")
int(pytest.main(list(pytest_args)))
`);
if (extras) {
  const reached = py.runPython("sorted(set(_ReachedPast.found))").toJs();
  if (reached.length) {
    console.log("The core imported modules the site's standard library does not ship:\n  " +
      reached.join("\n  ") + "\nThe build's import closure missed them (see exercises/mkdocs_plugin/stdlib.py).");
    process.exit(7);
  }
  console.log("Every module the core imported came from the site's standard library.");
}
process.exit(code);
