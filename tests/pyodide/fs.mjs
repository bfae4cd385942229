// Copying a folder of this machine into Pyodide's file system, and installing the core, for the
// runners that boot Pyodide under Node (the core's tests, and the concern check's bench).

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Copy the folder FROM (on this machine) to TO (in Pyodide's file system), keeping its layout. */
export function copyTree(py, from, to) {
  py.FS.mkdirTree(to);
  for (const name of readdirSync(from)) {
    if (name === "__pycache__") continue;
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyTree(py, source, `${to}/${name}`);
    else py.FS.writeFile(`${to}/${name}`, readFileSync(source));
  }
}

/** Install the core from FOLDER into SITE_PACKAGES as the engine's worker does: its wheel, then the
 * phrase tables shipped apart (every one here; a page gets its language's). Other wheels in FOLDER
 * (pytest's) are left for later. Returns the names installed. */
export function installCore(py, folder, sitePackages) {
  const names = readdirSync(folder).sort();
  const core = [...names.filter((n) => n.startsWith("exercises-") && n.endsWith(".whl")),
    ...names.filter((n) => n.startsWith("phrases-") && n.endsWith(".zip"))];
  for (const name of core) {
    const format = name.endsWith(".whl") ? "wheel" : "zip";
    py.unpackArchive(new Uint8Array(readFileSync(join(folder, name))), format, { extractDir: sitePackages });
  }
  return core;
}
