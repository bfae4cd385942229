// Service worker, registered by a page once the reader has used an exercise or chosen to keep the
// site for reading offline; lessons read without either never register it. It keeps:
// - the offline page (a few kilobytes, the crisis services as text), from its install: offline, a
//   page this device does not have shows it instead of the browser's error;
// - the exercise runtime (Pyodide, the core wheel, the runtime scripts; the phrase table of a page's
//   language once it has been fetched) in a versioned cache, once a page asks for it (the reader has
//   used an exercise), so a second visit does not download Python again, even where the host's HTTP
//   cache lifetimes are short;
// - the site's pages and their files, only when the reader chose "Keep this site for reading
//   offline" (and never the runtime for that alone), refreshed when the site changes.
// Pages are always fetched from the network first; a kept copy, or the browser's own copy of a page
// the reader opened, is used only when the network fails. Nothing a reader types ever reaches it.
// SHELL above holds the digests of the offline page and of offline.json (every page's digest), so a
// new build of any page is a new version of this file, which refreshes what the reader kept.

const scoped = (path) => new URL(path, self.location).href; // works under any sub-path
const immutable = new Set(IMMUTABLE.map(scoped)); // versioned URLs: content never changes
const mutable = new Set(MUTABLE.map(scoped)); // same URL across releases: network first
const onDemand = new Set(ON_DEMAND.map(scoped)); // versioned too, fetched only when needed
const scope = scoped("./");
// The offline page of each language: the root's, and one in each other language's folder ("es/").
const OFFLINE_PAGES = Object.keys(SHELL).filter((url) => url.split("/").pop() === "offline.html").map(scoped);
const FOLDER_PAGES = OFFLINE_PAGES.filter((url) => url !== scoped("offline.html"));
const KEEP_LIST = scoped("offline.json");
const PARALLEL = 4; // downloads at a time when keeping pages

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

const runtimeUsed = async () => (await caches.keys()).some((name) => name.startsWith(PREFIX));

/** Keep the exercise runtime, all or nothing (one failed download fails it; asked again later). */
async function keepRuntime() {
  const cache = await caches.open(CACHE);
  await Promise.all([
    // The page has most likely just fetched these: take the browser's copy as it is. A download
    // that revalidated it would make Chromium drop the compiled WebAssembly it keeps with it.
    ...[...immutable].map(async (url) => (await cache.match(url)) ?? cache.put(url, (await cachedEarlier(url))
      ?? (await download(url, { cache: "force-cache" })))),
    // Scripts at a fixed address: a new version of the site is a new cache, so what this one holds is
    // current (the fetch handler refreshes them as pages use them).
    ...[...mutable].map(async (url) => (await cache.match(url)) ?? cache.put(url, await download(url, { cache: "no-cache" }))),
    // Files fetched only when needed (a page's phrase table, the rest of the library): kept when
    // this device has fetched them, before this worker could see it; never downloaded for this.
    ...[...onDemand].map(async (url) => {
      if (await cache.match(url)) return;
      const had = (await cachedEarlier(url)) ?? (await httpCached(url));
      if (had) await cache.put(url, had);
    }),
  ]);
}

/** A copy of RESPONSE that carries DIGEST, so a later refresh knows what it holds. */
async function withDigest(response, digest) {
  const headers = new Headers(response.headers);
  headers.set("x-digest", digest);
  return new Response(await response.blob(), { status: response.status, headers });
}

/** Keep every page and file offline.json lists (only those changed since the last time); drop what
 * it no longer lists. A first keeping that fails keeps nothing. Returns the bytes kept. */
async function keepPages() {
  const existed = await caches.has(PAGES_CACHE);
  const cache = await caches.open(PAGES_CACHE);
  try {
    const list = await (await download(KEEP_LIST, { cache: "no-cache" })).clone().json();
    const wanted = [...list.pages.map((p) => ({ url: scoped(p.url || "./"), digest: p.digest })),
      ...list.files.map((f) => ({ url: scoped(f.url), digest: f.digest }))];
    const queue = [...wanted];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const held = await cache.match(item.url);
        if (held?.headers.get("x-digest") === item.digest) continue;
        await cache.put(item.url, await withDigest(await download(item.url, { cache: "no-cache" }), item.digest));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const urls = new Set([...wanted.map((w) => w.url), KEEP_LIST]);
    for (const request of await cache.keys()) if (!urls.has(request.url)) await cache.delete(request);
    await cache.put(KEEP_LIST, await download(KEEP_LIST, { cache: "no-cache" }));
    return list.bytes;
  } catch (err) {
    if (!existed) await caches.delete(PAGES_CACHE);
    throw err;
  }
}

/** The offline page, and the list of pages it names. */
async function keepShell() {
  const cache = await caches.open(OFFLINE_CACHE);
  await Promise.all([...OFFLINE_PAGES, KEEP_LIST].map(async (url) => cache.put(url, await download(url, { cache: "no-cache" }))));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await keepShell();
    // A new version of the site: what the reader kept before is kept again, in its new version.
    if (await runtimeUsed()) await keepRuntime();
    if (await caches.has(PAGES_CACHE)) await keepPages();
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The page's request starts while this worker wakes up, not after.
    await self.registration.navigationPreload?.enable();
    await self.clients.claim();
  })());
});

// A page asks: keep the runtime (an exercise was used), keep the pages, or stop keeping them. The
// answer goes back on the message's port: {ok, bytes} or {ok: false, error}.
self.addEventListener("message", (event) => {
  const jobs = { "keep-runtime": keepRuntime, "keep-pages": keepPages,
    "drop-pages": () => caches.delete(PAGES_CACHE) };
  const job = jobs[event.data?.type];
  if (!job) return;
  const reply = (message) => event.ports[0]?.postMessage(message);
  event.waitUntil(job().then((bytes) => reply({ ok: true, bytes: Number(bytes) || 0 }),
    (err) => reply({ ok: false, error: String(err?.message ?? err) })));
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

// Scripts at a fixed URL must match the page the host serves now, so the host is asked every time;
// but asked whether the copy kept here is still its own (If-None-Match, If-Modified-Since, as GitHub
// Pages answers them), so a second visit costs a 304 per script, not the scripts again. The kept
// copy is the fallback too, offline and when the host answers with an error (an outage's 503).
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const held = await cache.match(request.url);
  const headers = new Headers();
  const etag = held?.headers.get("etag");
  const modified = held?.headers.get("last-modified");
  if (etag) headers.set("if-none-match", etag);
  else if (modified) headers.set("if-modified-since", modified);
  try {
    // Same-origin, not the no-cors of a stylesheet's request, which would drop the two headers.
    const response = await fetch(request.url, { headers, mode: "same-origin", credentials: "same-origin" });
    if (response.status === 304 && held) {
      await response.arrayBuffer(); // read to its (empty) end: a response left unread is an aborted request
      return held;
    }
    if (!response.ok) return held ?? response;
    await cache.put(request.url, response.clone());
    return response;
  } catch (err) {
    if (held) return held;
    throw err;
  }
}

const kept = (url) => caches.match(url, { cacheName: PAGES_CACHE, ignoreSearch: true });
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline page, naming the pages this device can show now: kept, or in the browser's cache. */
async function offlinePage(requested) {
  // In the language of the page asked for: its folder's offline page, else the root's.
  const own = FOLDER_PAGES.find((url) => requested.startsWith(new URL("./", url).href));
  const chosen = own ?? scoped("offline.html");
  const folder = new URL("./", chosen).href;
  const elsewhere = (address) => !own && FOLDER_PAGES.some((url) => address.startsWith(new URL("./", url).href));
  const cache = await caches.open(OFFLINE_CACHE);
  const page = await cache.match(chosen);
  if (!page) return Response.error();
  const list = await (await cache.match(KEEP_LIST))?.json().catch(() => null);
  const readable = [];
  for (const { url, title } of list?.pages ?? []) {
    const address = scoped(url || "./");
    if (!address.startsWith(folder) || elsewhere(address)) continue; // another language's page
    if ((await kept(address)) || (await httpCached(address))) readable.push([address, title]);
  }
  let html = (await page.text()).replace(/<head>/i, `<head><base href="${escapeHtml(folder)}">`);
  if (readable.length) {
    const items = readable.map(([address, title]) => `<li><a href="${escapeHtml(address)}">${escapeHtml(title)}</a></li>`);
    html = html.replace(/<li data-kept-pages>[^<]*<\/li>/, items.join(""));
  }
  if (await caches.has(PAGES_CACHE)) html = html.replace(/<p data-keep-hint>[^<]*<\/p>/, ""); // kept already
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
}

// A page: from the network (started while this worker woke up); offline, the kept copy, else the
// browser's own copy of a page the reader opened, else the offline page.
async function navigate(event) {
  try {
    return (await event.preloadResponse) ?? (await fetch(event.request));
  } catch {
    return (await kept(event.request.url)) ?? (await httpCached(event.request.url)) ?? offlinePage(event.request.url);
  }
}

// Any other file of the site (a stylesheet, the search index, a page Material's instant navigation
// fetches): from the network; offline, the kept copy if there is one.
async function siteFile(request) {
  try {
    return await fetch(request);
  } catch (err) {
    const hit = await kept(request.url);
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  if (immutable.has(request.url) || onDemand.has(request.url)) event.respondWith(cacheFirst(request));
  else if (mutable.has(request.url)) event.respondWith(networkFirst(request));
  else if (request.mode === "navigate") event.respondWith(navigate(event));
  else event.respondWith(siteFile(request));
});
