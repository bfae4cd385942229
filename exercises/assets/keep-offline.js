// "Keep this site for reading offline" (the privacy page and the journal): the reader chooses to
// keep the site's lessons and pages on this device, sees how much that is and what else the site
// keeps, and can stop keeping them. The service worker (sw.js) does the keeping; it keeps the
// exercise tool too only if the reader has used an exercise. Without this choice, no page is kept.

import config from "./config.js";
import { cacheSizes } from "./device.js";

const WORDS = {
  size: "The lessons and pages take about {size}.",
  keeping: "Keeping the site on this device…",
  keptSize: "This site is kept on this device for reading offline: {size}.",
  kept: "Done: this site is now kept on this device for reading offline.",
  dropped: "The offline copy was deleted. Pages you open are no longer kept.",
  failed: "The site could not be kept for reading offline: the connection may have dropped. Nothing was kept. Try again later.",
  unavailable: "This browser cannot keep the site for reading offline here (a private window may not allow it).",
  also: "It also keeps the exercise tool ({runtime}) and a start-up copy of it ({boot}), because you used an exercise.",
};

const say = (key, values = {}) => WORDS[key].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");

function megabytes(bytes) {
  return bytes >= 100_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

const siteRoot = () => new URL(config.serviceWorker, import.meta.url);

/** Ask the service worker (registered first if need be) to do JOB; its answer. */
async function ask(job) {
  const registration = await navigator.serviceWorker.register(siteRoot());
  const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
  const channel = new MessageChannel();
  const answer = new Promise((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data);
  });
  worker.postMessage({ type: job }, [channel.port2]);
  return answer;
}

async function show(box, keepButton, dropButton, status, listSize) {
  const sizes = await cacheSizes();
  const isKept = await caches.has(config.caches.pages);
  keepButton.hidden = isKept;
  dropButton.hidden = !isKept;
  const lines = [isKept ? say("keptSize", { size: megabytes(sizes.pages) }) : say("size", { size: megabytes(listSize) })];
  if (sizes.runtime) lines.push(say("also", { runtime: megabytes(sizes.runtime), boot: megabytes(sizes.boot) }));
  box.querySelector(".ex-keep-offline-size")?.remove();
  const sizeLine = Object.assign(document.createElement("p"), { className: "ex-keep-offline-size", textContent: lines.join(" ") });
  status.before(sizeLine);
}

/** Bind one box (exercises/render/offline_html.py). Shown only where the browser can keep the site. */
export async function bindKeepOffline(box) {
  if (!config.serviceWorker || !("serviceWorker" in navigator) || !("caches" in window)) return;
  const keepButton = box.querySelector(".ex-keep");
  const dropButton = box.querySelector(".ex-drop");
  const status = box.querySelector(".ex-keep-offline-status");
  let listSize = 0;
  try {
    listSize = (await (await fetch(new URL("offline.json", siteRoot()))).json()).bytes;
  } catch {
    return; // the list is not there (an older build, no connection): nothing to offer
  }
  box.hidden = false;
  await show(box, keepButton, dropButton, status, listSize);
  const run = async (job, done, failed) => {
    keepButton.disabled = dropButton.disabled = true;
    status.textContent = job === "keep-pages" ? say("keeping") : "";
    try {
      const answer = await ask(job);
      status.textContent = answer?.ok ? say(done) : say(failed);
    } catch {
      status.textContent = say("unavailable");
    } finally {
      keepButton.disabled = dropButton.disabled = false;
      await show(box, keepButton, dropButton, status, listSize);
      (keepButton.hidden ? dropButton : keepButton).focus();
    }
  };
  keepButton.addEventListener("click", () => run("keep-pages", "kept", "failed"));
  dropButton.addEventListener("click", () => run("drop-pages", "dropped", "failed"));
}
