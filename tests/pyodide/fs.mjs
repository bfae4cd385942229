// Copying a folder of this machine into Pyodide's file system, for the runners that boot Pyodide
// under Node (the core's tests, and the concern check's bench).

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
