// Loaded on every page, and tiny: pages without an exercise fetch only "Leave this page quickly"
// (leave.js, a few kilobytes). Pages with one load the engine bridge and the exercise's component.
// Pyodide itself loads later, on the first interaction with an exercise or when the browser is idle.

const KINDS = {
  questionnaire: () => import("./kinds/questionnaire.js"),
  thought_record: () => import("./kinds/thought-record.js"),
  journal: () => import("./kinds/journal.js"),
  worksheet: () => import("./kinds/worksheet.js"),
};

let engine = null;
const getEngine = () => (engine ??= import("./engine.js").then((m) => m.sharedEngine()));

async function mountAll() {
  const sections = document.querySelectorAll("[data-exercise]:not([data-mounted])");
  import("./leave.js").then((m) => m.offerLeave()).catch(() => {});
  for (const section of sections) {
    const load = KINDS[section.dataset.exercise];
    if (!load) continue;
    section.dataset.mounted = "true";
    try {
      const [{ mount }, eng] = await Promise.all([load(), getEngine()]);
      mount(section, eng);
    } catch (err) {
      // The form still works as a printable worksheet; say why results will not come.
      section.dataset.mounted = "failed";
      const text = section.querySelector(".ex-status-text");
      if (text) text.textContent = "This exercise could not start. Reload the page to try again.";
      console.warn("exercise failed to start", err);
    }
  }
}

// Material's instant navigation swaps pages without reloading; document$ emits on each swap.
// The guard keeps one subscription even if this file is evaluated again.
if (!window.__exercisesRuntime) {
  window.__exercisesRuntime = true;
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(() => mountAll());
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
}
