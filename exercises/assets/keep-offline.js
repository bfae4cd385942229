// "Keep this site for reading offline" (the privacy page and the journal): the reader chooses to
// keep the site's lessons and pages on this device, sees how much that is and what else the site
// keeps, and can stop keeping them. The service worker (sw.js) does the keeping; it keeps the
// exercise tool too only if the reader has used an exercise. Without this choice, no page is kept.

import config from "./config.js";
import { cacheSizes } from "./device.js";
import { formatNumber, t } from "./i18n.js";

// The box "Keep this site for reading offline" (on the privacy page and the journal). {size}, {runtime}
// and {boot} are sizes, like "4.2 MB" (the messages "offline.megabytes" and "offline.kilobytes").
const WORDS = {
  // i18n: Before the site is kept offline: how much it would take. {size}: a size, like 4.2 MB.
  size: (values) => t("offline.size", "The lessons and pages take about {size}.", values),
  // i18n: While the site is being kept for reading offline.
  keeping: () => t("offline.keeping", "Keeping the site on this device\u2026"),
  // i18n: Once the site is kept offline: how much it takes. {size}: a size, like 4.2 MB.
  keptSize: (values) => t("offline.kept_size", "This site is kept on this device for reading offline: {size}.",
    values),
  // i18n: Said once the site was kept for reading offline.
  kept: () => t("offline.kept", "Done: this site is now kept on this device for reading offline."),
  // i18n: Said once the reader stopped keeping the site offline.
  dropped: () => t("offline.dropped", "The offline copy was deleted. Pages you open are no longer kept."),
  // i18n: Said when keeping the site offline failed.
  failed: () => t("offline.failed", "The site could not be kept for reading offline: the connection may have "
    + "dropped. Nothing was kept. Try again later."),
  // i18n: Said when the browser cannot keep the site offline.
  unavailable: () => t("offline.unavailable", "This browser cannot keep the site for reading offline here (a "
    + "private window may not allow it)."),
  // i18n: Under the size of the offline copy, when the reader has used an exercise. {runtime}: the size of
  // the exercise tool; {boot}: the size of its start-up copy.
  also: (values) => t("offline.also", "It also keeps the exercise tool ({runtime}) and a start-up copy of it "
    + "({boot}), because you used an exercise.", values),
};

const say = (key, values = {}) => WORDS[key](values);

function megabytes(bytes) {
  // i18n: A size in megabytes. {size}: the number, like 4.2.
  if (bytes >= 100_000) return t("offline.megabytes", "{size} MB", { size: formatNumber((bytes / 1_000_000).toFixed(1)) });
  // i18n: A size in kilobytes. {size}: the number, like 640.
  return t("offline.kilobytes", "{size} KB", { size: Math.max(1, Math.round(bytes / 1000)) });
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
