// Service worker: keeps the exercise runtime (Pyodide, the core wheel, the runtime scripts) in a
// versioned cache, so a second visit does not download Python again, even where the host's HTTP
// cache lifetimes are short. It answers only for the files listed above this line (the plugin
// writes them); every other request (pages, search, anything the reader types) never reaches it.

const scoped = (path) => new URL(path, self.location).href; // works under any sub-path
const immutable = new Set(IMMUTABLE.map(scoped)); // versioned URLs: content never changes
const onDemand = new Set(ON_DEMAND.map(scoped)); // versioned too, fetched only when needed
const mutable = new Set(MUTABLE.map(scoped)); // same URL across releases: network first

async function download(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** An immutable file an older version of this site already cached: copied, not downloaded. */
async function cachedEarlier(url) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit) return hit;
  }
  return undefined;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // All or nothing: one failed download fails the install, and the browser tries again later.
    await Promise.all([
      // The page has most likely just fetched these: take the browser's copy as it is. A download
      // that revalidated it would make Chromium drop the compiled WebAssembly it keeps with it.
      ...[...immutable].map(async (url) => cache.put(url, (await cachedEarlier(url))
        ?? (await download(url, { cache: "force-cache" })))),
      ...[...mutable].map(async (url) => cache.put(url, await download(url, { cache: "no-cache" }))),
    ]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** The browser's own cached copy, if it still has one (stale or not: these URLs never change). */
async function httpCached(url) {
  try {
    const response = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
    return response.ok ? response : undefined;
  } catch {
    return undefined;
  }
}

// The browser's HTTP cache first: Chromium keeps the compiled WebAssembly with that copy, so Python
// starts faster from it than from ours. Ours is there when the browser has dropped its copy.
async function cacheFirst(request) {
  const fromBrowser = await httpCached(request.url);
  if (fromBrowser) return fromBrowser;
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request.url);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

// Scripts at a fixed URL must match the page the host serves now; the cached copy is the fallback,
// offline and when the host answers with an error (an outage's 503), not only when fetch throws.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (!response.ok) return (await cache.match(request.url)) ?? response;
    await cache.put(request.url, response.clone());
    return response;
  } catch (err) {
    const hit = await cache.match(request.url);
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  if (immutable.has(request.url) || onDemand.has(request.url)) event.respondWith(cacheFirst(request));
  else if (mutable.has(request.url)) event.respondWith(networkFirst(request));
  // Anything else: no respondWith, so the browser fetches it as if there were no service worker.
});
