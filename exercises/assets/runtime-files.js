// Where Python's runtime is, from config.js: its files' addresses (relative to this folder, so the
// site works under a sub-path), the standard library's lock, and the cache that keeps this device's
// start-up copy. Said once, for the two that start Python: the page's boot message (engine-start.js)
// and the worker itself, which starts at once when it is created for this protocol's version.

/** The runtime part of the boot message, from CONFIG (config.js's default export). */
export function runtimeFiles(config) {
  const here = (url) => (url ? new URL(url, import.meta.url).href : null);
  return {
    pyodide: here(config.pyodide),
    stdlib: here(config.stdlib),
    rest: config.rest ? { index: here(config.rest.index), archive: here(config.rest.archive) } : null,
    lock: config.lock ?? null,
    core: here(config.core),
    boot: config.boot ?? null,
  };
}
