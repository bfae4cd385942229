// What the site keeps in this browser besides the reader's own entries: its caches, all named with
// the site's id (exercises/mkdocs_plugin/device_caches.py): the exercise runtime's files, the
// start-up copy of Python the engine keeps after its first start, and the pages kept for reading
// offline. "Delete everything" drops them all; the privacy page says how to clear them by hand.

import config from "./config.js";

const ours = (name) => name.startsWith(config.caches.all);

/** When this page last deleted the caches (performance.now()): a copy the engine was still
 * writing then is deleted as soon as it is written (engine.js). */
export const forgotten = { at: -1 };

/** Delete every cache of this site (never another site's on the same origin). Never throws. */
export async function forgetCaches() {
  forgotten.at = performance.now();
  try {
    await Promise.all((await caches.keys()).filter(ours).map((name) => caches.delete(name)));
  } catch {
    // No Cache Storage here (turned off, a private window): nothing was kept there either.
  }
}

/** The bytes each of this site's caches holds, by kind: runtime, boot, pages. Never throws. */
export async function cacheSizes() {
  const sizes = { runtime: 0, boot: 0, pages: 0 };
  try {
    for (const name of (await caches.keys()).filter(ours)) {
      const kind = name.slice(config.caches.all.length).split("-")[0];
      if (!(kind in sizes)) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        sizes[kind] += Number(response.headers.get("content-length")) || (await response.clone().blob()).size;
      }
    }
  } catch {
    // Nothing to count.
  }
  return sizes;
}
