"""The performance benchmark (`make bench`): build times and what a reader's browser does, in figures.

A script, not a test: it measures and reports against the targets of issues 7 and 14 and never
fails on a figure. It prints a table, writes bench-results/latest.json and latest.md, and with --docs
also exercises/guide/docs/maintainers/performance.md (commit that page to keep the latest table in the docs).

    .venv/bin/python tests/bench/run.py [--repeats 3] [--sizes 10,100,1000] [--docs]
                                        [--before REF] [--no-lighthouse] [--skip-build]

--before REF measures the site as git commit REF built it too, for a before-and-after table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))  # the kit (tests/kit/) lives beside the tests

import safety_check  # noqa: E402  (beside this file)
from kit.phrases import measure as measure_phrases  # noqa: E402
from kit.samples import GOOD_YAML  # noqa: E402
from kit.serve import Served, gzip_size, serve  # noqa: E402
from kit.site import CHROMIUM_ARGS, PYODIDE, ROOT, chromium_path  # noqa: E402

OUT_DIR = ROOT / "bench-results"
DOCS_PAGE = ROOT / "exercises" / "guide" / "docs" / "maintainers" / "performance.md"
LESSON = "understanding/"
EXERCISE = "questionnaire/"
FLOOR = "bench-floor/"

# ---------------------------------------------------------------------------------------------
# Build


# A small questionnaire every synthetic lesson holds: the author tests' good example.
DEFINITION_NAME = "mood"

# Plain, short sentences (about 200 words) so the readability check grades every page, as on a lesson.
PROSE = " ".join([
    "Take a slow breath and let your shoulders drop.", "Notice your feet on the floor.",
    "You are safe in this moment.", "A worried thought is a thought, not a fact.",
    "You can name it and let it pass.", "Say to yourself that this feeling will change.",
    "Think of a friend who cares about you.", "What would they say to you now?",
    "Write down one kind thing about yourself.", "Small steps count, even on hard days.",
] * 4)


def synthetic_project(root: Path, pages: int, with_exercises: bool, readability: bool = True) -> Path:
    """A site of PAGES lessons, each with an exercise when WITH_EXERCISES (else the same prose alone)."""
    docs = root / "docs"
    (docs / "_exercises").mkdir(parents=True)
    (docs / "_exercises" / f"{DEFINITION_NAME}.yml").write_text(GOOD_YAML)
    (docs / "index.md").write_text("# Home\n\nA test site.\n")
    for n in range(pages):
        exercise = f"[[exercise: {DEFINITION_NAME}]]\n\n" if with_exercises else ""
        body = f"# Lesson {n}\n\n{PROSE}\n\n{exercise}"
        (docs / f"lesson-{n:04d}.md").write_text(body + f"{PROSE}\n")
    plugins: list[Any] = ["search"]
    if with_exercises:
        # Build time is what is measured: no help services to write (a real site must have them).
        options: dict[str, Any] = {"help_services": False}
        if not readability:  # the plugin's lesson check, apart from the exercises
            options["readability_exclude"] = ["*"]
        plugins.append({"exercises": options})
    config = root / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Bench site", "site_url": "http://127.0.0.1:8000/",
        "theme": {"name": "material", "font": False, "features": ["navigation.instant"]},
        "plugins": plugins,
        # A fixed nav: Material renders the whole nav into every page, which would make build time
        # grow with pages squared whatever the plugin does. The other pages are built all the same.
        "nav": ["index.md", *[f"lesson-{n:04d}.md" for n in range(min(pages, 10))]],
    }))
    return config


def timed_build(config: Path, out: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)],
                         cwd=config.parent, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(f"build of {config} failed:\n{run.stdout}\n{run.stderr}")
    return elapsed


def bench_build(sizes: list[int], repeats: int) -> dict[str, Any]:
    real = [timed_build(ROOT / "mkdocs.yml", Path(tempfile.mkdtemp()) / "site") for _ in range(repeats)]
    rows = []
    for pages in sizes:
        runs = 1 if pages >= 1000 else repeats  # the largest site is measured once (time budget)
        on, off, unchecked = [], [], []
        with tempfile.TemporaryDirectory() as tmp:
            on_cfg = synthetic_project(Path(tmp) / "on", pages, with_exercises=True)
            off_cfg = synthetic_project(Path(tmp) / "off", pages, with_exercises=False)
            unchecked_cfg = synthetic_project(Path(tmp) / "unchecked", pages, True, readability=False)
            for _ in range(runs):  # interleaved, so a busy moment on the machine hits all alike
                on.append(timed_build(on_cfg, Path(tmp) / "site-on"))
                off.append(timed_build(off_cfg, Path(tmp) / "site-off"))
                unchecked.append(timed_build(unchecked_cfg, Path(tmp) / "site-unchecked"))
        with_s, without_s = statistics.median(on), statistics.median(off)
        rows.append({"pages": pages, "runs": runs, "with_plugin_s": with_s, "without_plugin_s": without_s,
                     "without_readability_s": statistics.median(unchecked),
                     "s_per_page": with_s / pages, "overhead": with_s / without_s - 1,
                     "overhead_without_readability": statistics.median(unchecked) / without_s - 1})
    # Linearity: the time each extra page costs between consecutive sizes (fixed start-up cost removed).
    for a, b in zip(rows, rows[1:], strict=False):
        b["marginal_s_per_page"] = (b["with_plugin_s"] - a["with_plugin_s"]) / (b["pages"] - a["pages"])
        b["marginal_s_per_page_without"] = (b["without_plugin_s"] - a["without_plugin_s"]) / (
            b["pages"] - a["pages"])
    return {"real_site_s": statistics.median(real), "real_site_runs": real, "synthetic": rows}


# ---------------------------------------------------------------------------------------------
# Browser

# Runs in every page before its own scripts: engine states, long tasks, when the form takes input,
# and, at #answer-at-once, a reader who answers every question and sends the form as soon as it is
# bound (before the engine is ready): when the result shows.
PROBE = """
(() => {
  const m = (window.__bench = { engine: {}, longtasks: [], inputAt: null, resultAt: null });
  new MutationObserver(() => {
    const s = document.documentElement && document.documentElement.dataset.exerciseEngine;
    if (s && !(s in m.engine)) m.engine[s] = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-exercise-engine"] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (err) { m.longtasks = null; }
  // The first frame in which an answer button exists, is enabled and is laid out.
  const poll = () => {
    const r = document.querySelector("form.ex-form input[type=radio]");
    if (r && !r.disabled && r.getClientRects().length) m.inputAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  if (location.hash !== "#answer-at-once") return;
  const answer = () => {
    const section = document.querySelector("section[data-exercise][data-ready]");
    if (!section) return setTimeout(answer, 5);
    for (const fs of section.querySelectorAll("fieldset[data-item]")) {
      fs.querySelector("input[type=radio][value='4']").checked = true;
    }
    const result = section.querySelector(".ex-result");
    new MutationObserver((_, mo) => {
      if (result.hidden) return;
      mo.disconnect();
      requestAnimationFrame(() => { m.resultAt = performance.now(); });
    }).observe(result, { attributes: true, attributeFilter: ["hidden"] });
    m.answeredAt = performance.now();
    section.querySelector("form.ex-form button[type=submit]").click();
  };
  answer();
})();
"""

# Five sends of the questionnaire, the engine ready: the time from each press to the frame after the
# result shows. BEFORE_EACH answers before each send (see timed_sends).
SENDS = """
async () => {
  const section = document.querySelector("section[data-exercise]");
  const result = section.querySelector(".ex-result");
  const button = section.querySelector("form.ex-form button[type=submit]");
  const times = [];
  for (let round = 0; round < 5; round++) {
    result.hidden = true;
    /* BEFORE_EACH */
    const t0 = performance.now();
    await new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (!result.hidden) { mo.disconnect(); requestAnimationFrame(() => resolve()); }
      });
      mo.observe(result, { attributes: true, attributeFilter: ["hidden"] });
      button.click();
    });
    times.push(performance.now() - t0);
  }
  return times;
}
"""


def timed_sends(before_each: str) -> str:
    """A script that sends the questionnaire five times, the engine ready, and returns the time from
    each press to the frame after the result shows. BEFORE_EACH (JavaScript that may await, with
    `section` and `round` in scope) answers before each send."""
    return SENDS.replace("/* BEFORE_EACH */", before_each)


# Submit five times, every answer 4, a tenth of a second apart.
SUBMIT = timed_sends("""for (const fs of section.querySelectorAll("fieldset[data-item]")) {
      fs.querySelector("input[type=radio][value='4']").checked = true;
    }
    await new Promise((r) => setTimeout(r, 100));""")

FLOOR_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor: Pyodide alone in a module worker</title>
<script type="module" src="floor.js"></script></head><body><p>Booting Pyodide.</p></body></html>
"""
# The same hand-off as the engine: a state on <html>, a module worker that only boots Pyodide, with
# its own whole standard library and lock file (the site publishes neither).
FLOOR_JS = """const html = document.documentElement;
html.dataset.exerciseEngine = "loading";
const worker = new Worker(new URL("floor-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => { html.dataset.exerciseEngine = event.data; };
worker.postMessage(new URL("pyodide/", location.href).href);
"""
FLOOR_WORKER_JS = """self.onmessage = async (event) => {
  const indexURL = event.data;
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  self.postMessage("ready");
};
"""
PYODIDE_DIR = PYODIDE
# The bytes floor: Pyodide's own three files, compressed as the server sends them.
FLOOR_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# A lesson whose practice is at its end, read at the top only; pages Lighthouse opens.
LESSON_WITH_PRACTICE = "steps/1-self-compassion/"
LIGHTHOUSE_PAGES = {"Home": "", "Lesson (step 1)": LESSON_WITH_PRACTICE, "Questionnaire": EXERCISE,
                    "Thought record (step 4)": "steps/4-challenging-thoughts/"}
LIGHTHOUSE = ROOT / ".cache" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"


def pyodide_version() -> str:
    return json.loads((PYODIDE_DIR / "package.json").read_text())["version"]


def write_floor(site: Path) -> None:
    floor = site / FLOOR
    (floor / "pyodide").mkdir(parents=True)
    (floor / "index.html").write_text(FLOOR_HTML)
    (floor / "floor.js").write_text(FLOOR_JS)
    (floor / "floor-worker.js").write_text(FLOOR_WORKER_JS)
    for name in (*FLOOR_FILES, "python_stdlib.zip", "pyodide-lock.json"):
        shutil.copy(PYODIDE_DIR / name, floor / "pyodide" / name)


def floor_bytes() -> dict[str, int]:
    return {name: gzip_size(PYODIDE_DIR / name) for name in FLOOR_FILES}


def is_pyodide(path: str) -> bool:
    return "/assets/pyodide/" in path or "/bench-floor/pyodide/" in path


def is_runtime(path: str) -> bool:
    return is_pyodide(path) or "/assets/exercises/" in path


def is_stdlib(path: str) -> bool:
    return "/python_stdlib" in path and path.endswith(".zip")


# ---- the tab's memory: the renderer process Chromium starts for the page (its worker included)

def _processes() -> dict[int, tuple[int, list[str]]]:
    found: dict[int, tuple[int, list[str]]] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                words = [w for part in f.read().split(b"\0") for w in part.decode(errors="replace").split()]
            with open(f"/proc/{pid}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        found[int(pid)] = (parent, words)
    return found


def renderers(profile: Path) -> set[int]:
    """The renderer processes of the Chromium that runs PROFILE."""
    procs = _processes()
    roots = [pid for pid, (_, words) in procs.items() if f"--user-data-dir={profile}" in words
             and not any(w.startswith("--type=") for w in words)]
    found: set[int] = set()
    todo = list(roots)
    while todo:
        parent = todo.pop()
        for pid, (ppid, _) in procs.items():
            if ppid == parent and pid not in found:
                found.add(pid)
                todo.append(pid)
    return {pid for pid in found if "--type=renderer" in procs[pid][1]}


def pss_bytes(pids: set[int]) -> int | None:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:")) * 1024
        except (OSError, StopIteration):
            return None
    return total or None


# ---- visits

def visit(context: Any, served: Served, path: str, engine: bool, answer_at_once: bool = False
          ) -> dict[str, Any]:
    """One page load in CONTEXT: bytes the server sent for it, paint, input, engine, memory, result."""
    served.traffic.reset()
    LOAD.append(os.getloadavg()[0])
    known = renderers(context.profile)
    page = context.new_page()
    page.goto(served.url + path + ("#answer-at-once" if answer_at_once else ""), wait_until="load")
    if engine:
        page.wait_for_function("() => window.__bench.engine.ready !== undefined", timeout=120_000)
    if answer_at_once:
        page.wait_for_function("() => window.__bench.resultAt !== null", timeout=120_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    probe = page.evaluate("window.__bench")
    paint = page.evaluate("Object.fromEntries(performance.getEntriesByType('paint')"
                          ".map((e) => [e.name, e.startTime]))")
    row: dict[str, Any] = {
        "bytes": served.traffic.bytes(), "runtime_bytes": served.traffic.bytes(is_runtime),
        "pyodide_bytes": served.traffic.bytes(is_pyodide),
        "stdlib_bytes": served.traffic.bytes(is_stdlib),
        "exercise_assets_bytes": served.traffic.bytes(lambda p: "/assets/exercises/" in p),
        "first_paint_ms": paint.get("first-paint"),
        "first_contentful_paint_ms": paint.get("first-contentful-paint"),
        "input_ms": probe["inputAt"],
        "sw_registrations": page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)"),
        "memory_bytes": pss_bytes(renderers(context.profile) - known),
        "navigation_to_result_ms": probe["resultAt"],
    }
    if engine:
        start, ready = probe["engine"]["loading"], probe["engine"]["ready"]
        tasks = probe["longtasks"] or []
        during = [d for s, d in tasks if s + d > start and s < ready]
        row.update({"engine_start_ms": start, "engine_ready_ms": ready, "engine_boot_ms": ready - start,
                    "longtasks_during_boot": len(during),
                    "longest_task_during_boot_ms": max(during, default=0),
                    "longtasks_before_boot_ms": [d for s, d in tasks if s + d <= start]})
        if path == EXERCISE:
            page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=120_000)
            row["submit_to_result_ms"] = page.evaluate(SUBMIT)
            row["bytes_incl_sw_install"] = served.traffic.bytes()
    page.close()
    return row


# A reader who answers at reading pace: the engine is ready; one answer every 300 ms, then the form
# is sent; the time from the press to the frame that shows the result. Five times.
READING_PACE = timed_sends("""for (const fs of section.querySelectorAll("fieldset[data-item]")) {
      const choices = fs.querySelectorAll("input[type=radio]");
      choices[(round + 2) % choices.length].click();
      await new Promise((r) => setTimeout(r, 300));
    }""")

# What the site keeps in this browser's Cache Storage, by kind of cache (bytes of the bodies as
# stored: the start-up copy compressed, the runtime's files as served).
DEVICE_CACHES = """
async () => {
  const sizes = {};
  for (const name of await caches.keys()) {
    const kind = name.includes("-boot-") ? "boot" : name.includes("-runtime-") ? "runtime"
      : name.endsWith("-pages") ? "pages" : "other";
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const blob = await (await cache.match(request)).blob();
      sizes[kind] = (sizes[kind] ?? 0) + blob.size;
    }
  }
  return sizes;
}
"""


def reading_pace(context: Any, served: Served) -> dict[str, Any]:
    """Submit to result for a reader who answered at reading pace; and the device's caches."""
    page = context.new_page()
    page.goto(served.url + EXERCISE)
    page.wait_for_function("() => window.__bench.engine.ready !== undefined", timeout=120_000)
    times = page.evaluate(READING_PACE)
    caches = page.evaluate(DEVICE_CACHES)
    page.close()
    return {"reading_pace_ms": times, "device_caches": caches}


def launch(playwright: Any, profile: Path) -> Any:
    path = chromium_path()
    context = playwright.chromium.launch_persistent_context(
        str(profile), args=[*CHROMIUM_ARGS, "--disable-features=SpareRendererForSitePerProcess"],
        **({"executable_path": path} if path else {}))
    context.profile = profile  # where renderers() finds its processes
    context.add_init_script(PROBE)
    return context


def build_site_from(ref: str | None, out: Path, url: str) -> None:
    """The site as this tree builds it, or (REF) as that commit built it."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": url}
    project = ROOT
    if ref:
        project = out.parent / f"project-{ref}"
        project.mkdir()
        archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(project)], input=archive, check=True)
        (project / "node_modules").symlink_to(ROOT / "node_modules")
        env["PYTHONPATH"] = str(project)  # that commit's plugin, not this tree's
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], cwd=project, env=env,
                   check=True)


# The machine's 1-minute load average as each visit starts: other work on the machine slows every
# time measured (bytes are not affected); the page shows it beside the machine.
LOAD: list[float] = []

SITE_VISITS = ("lesson", "lesson_practice", "exercise_cold", "exercise_warm", "exercise_later")
FLOOR_VISITS = ("floor_cold", "floor_warm", "floor_later")


def bench_site(playwright: Any, tmp: Path, name: str, ref: str | None, repeats: int,
               lighthouse: bool) -> dict[str, Any]:
    """Every visit of one build of the site (and of the floor beside it), REPEATS times."""
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in SITE_VISITS + FLOOR_VISITS}
    locked: list[dict[str, Any]] = []
    paced: list[dict[str, Any]] = []
    site = tmp / f"site-{name}"
    with serve(site, compress=True) as served:
        build_site_from(ref, site, served.url)
        write_floor(site)
        stdlib_zips = sorted(z for z in site.glob("assets/pyodide/*/python_stdlib*.zip")
                             if "_rest-" not in z.name)  # the rest is fetched only on a miss
        for rep in range(repeats):
            # A new profile for each lesson: each is a reader's first page of the site.
            for key, path in (("lesson", LESSON), ("lesson_practice", LESSON_WITH_PRACTICE)):
                context = launch(playwright, tmp / f"profile-{name}-{key}-{rep}")
                runs[key].append(visit(context, served, path, engine=False))
                context.close()
            # A new profile per repeat: cold is a first visit, warm the same reader coming back.
            context = launch(playwright, tmp / f"profile-{name}-{rep}")
            runs["exercise_cold"].append(visit(context, served, EXERCISE, engine=True, answer_at_once=True))
            runs["exercise_warm"].append(visit(context, served, EXERCISE, engine=True, answer_at_once=True))
            # A third visit: Chromium keeps compiled WebAssembly per cached copy, and the second
            # visit is the first to compile the service worker's copy.
            runs["exercise_later"].append(visit(context, served, EXERCISE, engine=True, answer_at_once=True))
            paced.append(reading_pace(context, served))
            if (site / "assets" / "exercises" / "crypto.js").is_file():  # a build before it had none
                locked.append(locked_file(context, served))
            context.close()
            # The floor has a profile of its own, so the site's service worker cannot help it.
            context = launch(playwright, tmp / f"profile-floor-{name}-{rep}")
            runs["floor_cold"].append(visit(context, served, FLOOR, engine=True))
            runs["floor_warm"].append(visit(context, served, FLOOR, engine=True))
            runs["floor_later"].append(visit(context, served, FLOOR, engine=True))
            context.close()
            print(f"  {name}: browser repeat {rep + 1}/{repeats} done", file=sys.stderr)
        scores = run_lighthouse(served.url, tmp / f"lighthouse-{name}") if lighthouse else None
    locked_median = ({key: statistics.median(run[key] for run in locked) for key in locked[0]}
                     if locked else None)
    summary = summarize(runs)
    pace = [t for run in paced for t in run["reading_pace_ms"]]
    summary["reading_pace"] = {"median_ms": statistics.median(pace) if pace else None,
                               "max_ms": max(pace, default=None), "min_ms": min(pace, default=None)}
    kinds = {k for run in paced for k in run["device_caches"]}
    summary["device_caches"] = {k: statistics.median(run["device_caches"].get(k, 0) for run in paced)
                                for k in sorted(kinds)}
    return {"ref": ref or "this tree", "runs": runs, "summary": summary,
            "stdlib": stdlib_figures(stdlib_zips), "lighthouse": scores, "locked_file": locked_median}


# A journal of 100 thought records, exported by the core and locked in the page as the journal does;
# then one wrong guess, and opening it with the passphrase and importing it (the core checks it all).
LOCKED_FILE = """async () => {
  const cryptoModule = await import('/assets/exercises/crypto.js');
  const { sharedEngine } = await import('/assets/exercises/engine.js');
  const site = (await import('/assets/exercises/config.js')).default.siteId;
  const engine = sharedEngine();
  const entries = Array.from({ length: 100 }, (_, n) => ({ id: `e${n}`, kind: 'thought_record',
    title: `Entry ${n}`, page: '/', created: '2026-11-30T12:00:00Z', updated: '2026-11-30T12:00:00Z',
    data: { situation: 'A slow reply after a hard day. '.repeat(10),
            emotions: [{ name: 'worried', before: 70, after: 40 }],
            thoughts: [{ text: 'They are pulling away.', hot: true }] } }));
  const exported = await engine.call('export_journal', { format: 'json', entries, site,
    site_name: '', exported: new Date().toISOString() });
  const sealed = await cryptoModule.seal(exported.result.text, 'the passphrase of the bench');
  let started = performance.now();
  try { await cryptoModule.open(sealed, 'a wrong guess'); } catch (err) { /* expected */ }
  const guess = performance.now() - started;
  started = performance.now();
  const text = await cryptoModule.open(sealed, 'the passphrase of the bench');
  const reply = await engine.call('import_journal', { text, site });
  const opened = performance.now() - started;
  return { guess_ms: guess, open_100_ms: opened, imported: reply.ok ? reply.result.entries.length : 0,
           file_bytes: JSON.stringify(sealed).length };
}"""


# The journal's own lock: 100 thought records saved in this browser, then the lock set on them; one
# wrong guess at the passphrase, and unlocking with the right one until all 100 are read. Then every
# entry is deleted again, so the later visits of the bench find the journal as it was.
LOCKED_JOURNAL = """async () => {
  const { journal } = await import('/assets/exercises/storage.js');
  const journalLock = await import('/assets/exercises/journal-lock.js');
  const { forget } = await import('/assets/exercises/lock.js');
  for (let n = 0; n < 100; n++) {
    await journal.save({ id: `b${n}`, kind: 'thought_record', title: `Entry ${n}`, page: '/',
      created: '2026-11-30T12:00:00Z', updated: '2026-11-30T12:00:00Z',
      data: { situation: 'A slow reply after a hard day. '.repeat(10),
              emotions: [{ name: 'worried', before: 70, after: 40 }],
              thoughts: [{ text: 'They are pulling away.', hot: true }] } });
  }
  let started = performance.now();
  await journalLock.setLock('the passphrase of the bench');
  const set = performance.now() - started;
  forget();
  started = performance.now();
  try { await journalLock.unlockJournal('a wrong guess'); } catch (err) { /* expected */ }
  const guess = performance.now() - started;
  started = performance.now();
  await journalLock.unlockJournal('the passphrase of the bench');
  const { entries } = await journal.list();
  const unlocked = performance.now() - started;
  await journal.removeAll();
  return { lock_guess_ms: guess, unlock_100_ms: unlocked, lock_set_100_ms: set,
           unlocked_entries: entries.length };
}"""


def locked_file(context: Any, served: Served) -> dict[str, Any]:
    """Figures for a journal file locked with a passphrase, and for the journal's own lock (on the
    journal page, engine started)."""
    page = context.new_page()
    page.goto(served.url + "journal/")
    figures = page.evaluate(LOCKED_FILE)
    if page.evaluate("() => fetch('/assets/exercises/journal-lock.js').then((r) => r.ok)"):
        figures |= page.evaluate(LOCKED_JOURNAL)  # a build before the lock has none
        assert figures["unlocked_entries"] == 100, figures
    page.close()
    assert figures["imported"] == 100, figures
    return figures


def stdlib_figures(zips: list[Path]) -> dict[str, Any]:
    """Size and modules of the standard library a build publishes, and how much of it is what
    Pyodide itself loads to start (recorded in exercises/mkdocs_plugin/pyodide_stdlib.json)."""
    startup = set(json.loads((ROOT / "exercises" / "mkdocs_plugin" / "pyodide_stdlib.json").read_text())
                  ["startup"])
    entries = [info for z in zips for info in zipfile.ZipFile(z).infolist() if info.filename.endswith(".py")]

    def module(path: str) -> str:
        parts = path[:-3].split("/")
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    at_start = [info for info in entries if module(info.filename) in startup]
    return {"bytes": sum(z.stat().st_size for z in zips), "files": [z.name for z in zips],
            "modules": len(entries), "startup_modules": len(at_start),
            # Compressed, with each entry's zip headers.
            "startup_bytes": sum(info.compress_size + 76 + 2 * len(info.filename) for info in at_start)}


def bench_browser(repeats: int, before: str | None, lighthouse: bool) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {"floor_bytes": floor_bytes()}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        out["after"] = bench_site(p, Path(tmp), "after", None, repeats, lighthouse)
        if before:
            out["before"] = bench_site(p, Path(tmp), "before", before, repeats, lighthouse)
    out["load_average"] = {"median": statistics.median(LOAD), "max": max(LOAD)} if LOAD else None
    return out


# ---- paying for compiling once: the options, side by side under Node

BOOT_OPTIONS = Path(__file__).resolve().with_name("boot_options.mjs")


def bench_boot_options(runs: int) -> dict[str, Any] | None:
    """Plain boot, a standard library with bytecode Pyodide compiled, and a memory snapshot (the
    site's choice): boot to the core answering, under Node, with this tree's library and core."""
    node = shutil.which("node")
    if node is None:
        return None
    from exercises.mkdocs_plugin import pyodide_dist, stdlib
    from exercises.wheel import build_core_wheel

    library, problem = stdlib.site_library(PYODIDE_DIR, pyodide_version())
    if library is None:
        print(f"  boot options skipped: {problem}", file=sys.stderr)
        return None
    pyodide_dist.link_for_node(PYODIDE_DIR, ROOT / "node_modules")
    with tempfile.TemporaryDirectory() as tmp:
        zip_path, wheel = Path(tmp) / "stdlib.zip", build_core_wheel()
        zip_path.write_bytes(library.shipped.data)
        (Path(tmp) / wheel.filename).write_bytes(wheel.data)
        run = subprocess.run([node, str(BOOT_OPTIONS), str(PYODIDE_DIR), str(zip_path),
                              str(Path(tmp) / wheel.filename), str(runs)], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"  boot options failed: {run.stderr[-500:]}", file=sys.stderr)
        return None
    return json.loads(run.stdout)


# ---- Lighthouse (npm, pinned in tests/bench/lighthouse/; make bench installs it into .cache/)

LIGHTHOUSE_RUNS = 3  # per page; the run with the median performance score is kept


def lighthouse_once(base: str, path: str, report: Path) -> dict[str, Any]:
    env = {**os.environ, "CHROME_PATH": chromium_path() or ""}
    run = subprocess.run(
        ["node", str(LIGHTHOUSE), base + path, "--quiet", "--output=json", f"--output-path={report}",
         "--only-categories=performance,accessibility,best-practices",
         "--chrome-flags=" + " ".join(CHROMIUM_ARGS)], env=env, capture_output=True, text=True)
    if run.returncode != 0 or not report.is_file():
        return {"error": (run.stderr or run.stdout)[-500:]}
    data = json.loads(report.read_text())
    audits, categories = data["audits"], data["categories"]
    return {
        "performance": round(categories["performance"]["score"] * 100),
        "accessibility": round(categories["accessibility"]["score"] * 100),
        "best_practices": round(categories["best-practices"]["score"] * 100),
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "transfer_bytes": audits["total-byte-weight"]["numericValue"],
    }


def run_lighthouse(base: str, out: Path) -> dict[str, Any] | None:
    if not LIGHTHOUSE.is_file():
        print("  Lighthouse is not installed (make bench installs it); skipped", file=sys.stderr)
        return None
    out.mkdir(parents=True, exist_ok=True)
    scores: dict[str, Any] = {}
    for n, (label, path) in enumerate(LIGHTHOUSE_PAGES.items()):
        runs = [lighthouse_once(base, path, out / f"{n}-{k}.json") for k in range(LIGHTHOUSE_RUNS)]
        good = sorted((r for r in runs if "error" not in r), key=lambda r: r["performance"])
        scores[label] = ({**good[len(good) // 2], "performance_runs": [r["performance"] for r in good]}
                         if good else runs[0])
        print(f"  Lighthouse {label}: {scores[label]}", file=sys.stderr)
    return scores


def median_of(rows: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in rows if r.get(key) is not None]
    return statistics.median(values) if values else None


def summarize(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    keys = ("bytes", "runtime_bytes", "pyodide_bytes", "stdlib_bytes", "exercise_assets_bytes",
            "first_paint_ms", "first_contentful_paint_ms", "input_ms", "engine_ready_ms", "engine_boot_ms",
            "longtasks_during_boot", "longest_task_during_boot_ms", "sw_registrations",
            "bytes_incl_sw_install", "memory_bytes", "navigation_to_result_ms")
    out: dict[str, Any] = {name: {k: median_of(rows, k) for k in keys} for name, rows in runs.items()}
    for name, rows in runs.items():  # the spread of the times that noise moves most
        for k in ("navigation_to_result_ms", "engine_ready_ms", "bytes_incl_sw_install", "bytes"):
            values = [r[k] for r in rows if r.get(k) is not None]
            out[name][k + "_range"] = (min(values), max(values)) if values else None
    for name in ("exercise_cold", "exercise_warm", "exercise_later"):
        submits = [t for r in runs[name] for t in r.get("submit_to_result_ms", [])]
        out[name]["submit_to_result_ms"] = statistics.median(submits) if submits else None
        out[name]["submit_to_result_max_ms"] = max(submits, default=None)
        out[name]["longest_task_during_boot_max_ms"] = max(
            (r["longest_task_during_boot_ms"] for r in runs[name]), default=None)
        floor = out[name.replace("exercise", "floor")]
        out[name]["boot_vs_floor"] = out[name]["engine_boot_ms"] / floor["engine_boot_ms"] \
            if floor["engine_boot_ms"] else None
        result, bare = out[name]["navigation_to_result_ms"], floor["engine_ready_ms"]
        out[name]["result_vs_bare_boot"] = result / bare if result and bare else None
    return out


# ---------------------------------------------------------------------------------------------
# Report


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    chromium = chromium_path()
    version = subprocess.run([chromium, "--version"], capture_output=True, text=True).stdout.strip() \
        if chromium else "Playwright's Chromium"
    with open("/proc/meminfo") as info:
        mem_kb = next((int(line.split()[1]) for line in info if line.startswith("MemTotal")), 0)
    return {"cores": os.cpu_count(), "cpu": cpu, "memory_gib": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "chromium": version, "pyodide": pyodide_version(),
            "date": time.strftime("%Y-%m-%d")}


def fmt(value: float | None, unit: str = "", digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def kb(value: float | None) -> str:
    return "n/a" if value is None else f"{value / 1000:,.1f} KB"


def mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value / 1e6:,.2f} MB"


def ratio(value: float | None, floor: float | None) -> str:
    return "n/a" if not value or not floor else f"{value / floor:.2f}x"


LIGHTHOUSE_TARGETS = "performance at least 95, accessibility 100, TBT at most 150 ms, CLS at most 0.02"


def lighthouse_met(scores: dict[str, Any] | None) -> bool:
    return bool(scores) and all(
        "error" not in r and r["performance"] >= 95 and r["accessibility"] == 100 and r["tbt_ms"] <= 150
        and r["cls"] <= 0.02 for r in scores.values())


def targets(results: dict[str, Any]) -> list[tuple[str, bool, str]]:
    browser = results["browser"]
    after = browser["after"]
    s = after["summary"]
    build = (results["build"] or {}).get("synthetic") or [{"pages": 0, "overhead": 0.0}]
    lesson, cold, warm, later = s["lesson"], s["exercise_cold"], s["exercise_warm"], s["exercise_later"]
    practice = s["lesson_practice"]
    floor = sum(browser["floor_bytes"].values())
    worst_overhead = max(r["overhead"] for r in build)
    marginal = [r["marginal_s_per_page"] for r in build if "marginal_s_per_page" in r]
    linear = len(marginal) >= 2 and max(marginal) <= 1.5 * min(marginal)
    longest = max(cold["longest_task_during_boot_max_ms"] or 0, warm["longest_task_during_boot_max_ms"] or 0)
    fp = cold["first_contentful_paint_ms"] or 0
    cold_bytes = cold["bytes_incl_sw_install"]
    lighthouse = after.get("lighthouse")
    worst = (min((r for r in lighthouse.values() if "error" not in r), key=lambda r: r["performance"],
                 default=None) if lighthouse else None)
    return [
        # Issue 14: bytes to the first result.
        ("A cold questionnaire visit: compressed bytes at most 1.15x the floor",
         (cold_bytes or 9e9) <= 1.15 * floor,
         f"{mb(cold_bytes)} vs {mb(floor)} (pyodide.mjs, pyodide.asm.mjs and pyodide.asm.wasm "
         f"compressed) = {ratio(cold_bytes, floor)}"),
        ("The standard library shipped: at most 400 KB", after["stdlib"]["bytes"] <= 400_000,
         f"{kb(after['stdlib']['bytes'])}, {after['stdlib']['modules']} modules "
         f"({', '.join(after['stdlib']['files'])}); of these, what Pyodide itself loads to start: "
         f"{after['stdlib']['startup_modules']} modules, {kb(after['stdlib']['startup_bytes'])}"),
        ("A lesson read without reaching its practice: 0 Pyodide bytes", practice["pyodide_bytes"] == 0,
         f"{LESSON_WITH_PRACTICE}, read at the top: {kb(practice['pyodide_bytes'])} of Pyodide, "
         f"{kb(practice['bytes'])} in all"),
        ("Navigation to result, answers at once: at most 1.15x a bare boot",
         max(cold["result_vs_bare_boot"] or 9, warm["result_vs_bare_boot"] or 9) <= 1.15,
         f"cold {fmt(cold['navigation_to_result_ms'], ' ms')} vs "
         f"{fmt(s['floor_cold']['engine_ready_ms'], ' ms')} = {fmt(cold['result_vs_bare_boot'], 'x', 2)}; "
         f"second visit {fmt(warm['navigation_to_result_ms'], ' ms')} vs "
         f"{fmt(s['floor_warm']['engine_ready_ms'], ' ms')} "
         f"= {fmt(warm['result_vs_bare_boot'], 'x', 2)}"),
        ("Lighthouse mobile: " + LIGHTHOUSE_TARGETS, lighthouse_met(lighthouse),
         "not run (Lighthouse not installed)" if not lighthouse else
         f"lowest performance {worst['performance'] if worst else 'n/a'}; see the Lighthouse table"),
        # Issue 7: the engine where a reader can feel it; the build.
        ("A lesson page requests no Pyodide file", lesson["pyodide_bytes"] == 0,
         f"{kb(lesson['pyodide_bytes'])} of Pyodide; the exercise runtime adds "
         f"{kb(lesson['exercise_assets_bytes'])} of CSS and JS (runtime.js, exercises.css); "
         f"{fmt(lesson['sw_registrations'])} service worker registered"),
        ("The form accepts input at first paint", (cold["input_ms"] or 1e9) <= fp + 50,
         f"first answer button usable at {fmt(cold['input_ms'])} ms, first contentful paint {fmt(fp)} ms"),
        ("No long task over 50 ms during engine boot", longest <= 50,
         f"longest task on the main thread while the engine booted: {fmt(longest)} ms"),
        ("Engine ready within 1.15x the floor, cold", (cold["boot_vs_floor"] or 9) <= 1.15,
         f"{fmt(cold['engine_boot_ms'])} ms vs floor {fmt(s['floor_cold']['engine_boot_ms'])} ms "
         f"= {fmt(cold['boot_vs_floor'], 'x', 2)}"),
        ("Engine ready within 1.15x the floor, warm", (warm["boot_vs_floor"] or 9) <= 1.15,
         f"second visit {fmt(warm['engine_boot_ms'])} ms vs floor "
         f"{fmt(s['floor_warm']['engine_boot_ms'])} ms "
         f"= {fmt(warm['boot_vs_floor'], 'x', 2)}; third visit {fmt(later['engine_boot_ms'])} ms vs "
         f"{fmt(s['floor_later']['engine_boot_ms'])} ms = {fmt(later['boot_vs_floor'], 'x', 2)}"),
        ("Result within 150 ms of submit when ready", max(cold["submit_to_result_max_ms"] or 1e9,
                                                          warm["submit_to_result_max_ms"] or 1e9) <= 150,
         f"median {fmt(warm['submit_to_result_ms'], ' ms', 1)}, slowest "
         f"{fmt(max(cold['submit_to_result_max_ms'] or 0, warm['submit_to_result_max_ms'] or 0), ' ms', 1)}"),
        ("Second visit transfers under 100 KB of runtime", (warm["runtime_bytes"] or 0) < 100_000,
         f"{kb(warm['runtime_bytes'])} of runtime ({kb(warm['pyodide_bytes'])} of Pyodide) "
         f"vs {kb(cold['runtime_bytes'])} on the first visit"),
        ("The plugin adds at most 15% to build time", worst_overhead <= 0.15,
         ", ".join(f"{r['pages']} pages +{r['overhead'] * 100:.0f}%" for r in build)),
        ("Build time grows linearly with pages", linear,
         "extra seconds per page between sizes: " + ", ".join(f"{m * 1000:.1f} ms" for m in marginal)),
    ]


def spread(values: tuple[float, float] | None, show: Callable[[Any], str]) -> str:
    return "" if not values else f" ({show(values[0])} to {show(values[1])})"


def stock_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 25: each target with stock Pyodide (the npm files as published, served the same way)
    beside the site, from the same run."""
    browser = results["browser"]
    after = browser["after"]
    s = after["summary"]
    cold, warm, practice = s["exercise_cold"], s["exercise_warm"], s["lesson_practice"]
    stock_cold, stock_warm = s["floor_cold"], s["floor_warm"]
    ms: Callable[[Any], str] = lambda v: fmt(v, " ms")  # noqa: E731
    # Pyodide's own start-up modules as the site ships them (comments out): what any site needs.
    floor = sum(browser["floor_bytes"].values()) + after["stdlib"]["startup_bytes"]
    cold_bytes = cold["bytes_incl_sw_install"]
    pace = s.get("reading_pace") or {}
    lighthouse = after.get("lighthouse") or {}
    lowest = min((r["performance"] for r in lighthouse.values() if "error" not in r), default=None)
    rows = [
        {"target": "1. Navigation to the questionnaire's result, answers at once, cold: at most 1.0x a "
                   "cold boot of stock Pyodide",
         "stock": ms(stock_cold["engine_ready_ms"]) + spread(stock_cold["engine_ready_ms_range"], ms),
         "site": ms(cold["navigation_to_result_ms"]) + spread(cold["navigation_to_result_ms_range"], ms),
         "ratio": cold["navigation_to_result_ms"] / stock_cold["engine_ready_ms"]
         if cold["navigation_to_result_ms"] and stock_cold["engine_ready_ms"] else None, "limit": 1.0},
        {"target": "1. The same, second visit: at most 0.6x a warm boot of stock Pyodide",
         "stock": ms(stock_warm["engine_ready_ms"]) + spread(stock_warm["engine_ready_ms_range"], ms),
         "site": ms(warm["navigation_to_result_ms"]) + spread(warm["navigation_to_result_ms_range"], ms),
         "ratio": warm["navigation_to_result_ms"] / stock_warm["engine_ready_ms"]
         if warm["navigation_to_result_ms"] and stock_warm["engine_ready_ms"] else None, "limit": 0.6},
        {"target": "2. Bytes of a cold questionnaire visit (gzip per file): at most 1.10x the real floor "
                   "(wasm, asm.mjs, mjs and Pyodide's own start-up modules)",
         "stock": f"floor {mb(floor)}; a stock boot downloads {mb(stock_cold['bytes'])}",
         "site": mb(cold_bytes), "ratio": cold_bytes / floor if cold_bytes else None, "limit": 1.10},
        {"target": "3. Answering at reading pace (one answer per 300 ms): result within 100 ms of submit",
         "stock": "n/a", "site": f"median {fmt(pace.get('median_ms'), ' ms', 1)}, slowest "
                                 f"{fmt(pace.get('max_ms'), ' ms', 1)}",
         "met": (pace.get("max_ms") or 1e9) <= 100},
        {"target": "4. A lesson read at the top downloads no byte of Python",
         "stock": "n/a", "site": f"{kb(practice['pyodide_bytes'])} of Pyodide ({LESSON_WITH_PRACTICE})",
         "met": practice["pyodide_bytes"] == 0},
        {"target": "5. Lighthouse mobile performance at least 95: home, a lesson, the questionnaire, the "
                   "thought record (served compressed)",
         "stock": "n/a", "site": "not run" if lowest is None else f"lowest {lowest}",
         "met": lowest is not None and lowest >= 95},
    ]
    for row in rows:
        if "limit" in row:
            row["met"] = row["ratio"] is not None and row["ratio"] <= row["limit"]
    return rows


def stock_table(results: dict[str, Any]) -> list[str]:
    lines = ["| Target | Stock Pyodide | The site | Ratio | Met |", "| --- | ---: | ---: | ---: | --- |"]
    for row in stock_targets(results):
        ratio_text = fmt(row.get("ratio"), "x", 2) if "limit" in row else ""
        lines.append(f"| {row['target']} | {row['stock']} | {row['site']} | {ratio_text} "
                     f"| {'yes' if row['met'] else '**no**'} |")
    return lines


def device_lines(results: dict[str, Any]) -> list[str]:
    """What a returning reader's device keeps, and the ways to skip compiling that were measured."""
    caches = results["browser"]["after"]["summary"].get("device_caches") or {}
    names = {"boot": "the start-up copy of Python (a memory snapshot, gzip)",
             "runtime": "the exercise runtime (Pyodide, the standard library, the core)",
             "pages": "pages kept for reading offline, and the offline page"}
    lines = ["## What a returning reader's device keeps", "",
             "Cache Storage after three visits to the questionnaire (median of the repeats):", "",
             "| Cache | Size on the device |", "| --- | ---: |"]
    lines += [f"| {names.get(k, k)} | {kb(v)} |" for k, v in caches.items()]
    options = results.get("boot_options")
    if options:
        t, z = options["times"], options["sizes"]
        lines += ["", "Paying for compiling once, measured under Node (Pyodide booted to the core "
                  f"answering, {options['runs']} runs each, alternating; the site's library and core):", "",
                  "| Start | Time (median, range) | Kept on the device |", "| --- | ---: | ---: |",
                  f"| From nothing (a first visit) | {fmt(statistics.median(t['plain']), ' ms')}"
                  f"{spread((min(t['plain']), max(t['plain'])), lambda v: fmt(v, ' ms'))} | none |",
                  f"| Bytecode compiled by Pyodide, kept beside the library | "
                  f"{fmt(statistics.median(t['bytecode']), ' ms')}"
                  f"{spread((min(t['bytecode']), max(t['bytecode'])), lambda v: fmt(v, ' ms'))} "
                  f"| {kb(z['bytecode_zip_gzip'])} gzip ({kb(z['bytecode_zip'])} as a zip) |",
                  f"| Memory snapshot (the site's choice) | {fmt(statistics.median(t['snapshot']), ' ms')}"
                  f"{spread((min(t['snapshot']), max(t['snapshot'])), lambda v: fmt(v, ' ms'))} "
                  f"| {kb(z['snapshot_gzip'])} gzip ({kb(z['snapshot'])} in memory) |"]
    return lines + [""]


def before_after(results: dict[str, Any]) -> list[str]:
    """Issue 14's figures for the build before (if measured), this tree, and the floor."""
    browser = results["browser"]
    sites = [(f"Before ({browser['before']['ref']})", browser["before"])] if "before" in browser else []
    sites.append(("After (this tree)", browser["after"]))
    floor = browser["after"]["summary"]
    floor_bytes = sum(browser["floor_bytes"].values())

    def row(label: str, value: Callable[[dict[str, Any]], str], floor_value: str) -> str:
        return f"| {label} | " + " | ".join(value(site) for _, site in sites) + f" | {floor_value} |"

    def at(key: str, field: str, show: Callable[[Any], str]) -> Callable[[dict[str, Any]], str]:
        return lambda site: show(site["summary"][key][field])

    def with_ratio(key: str, field: str, floor_value: float | None, show: Callable[[Any], str]
                   ) -> Callable[[dict[str, Any]], str]:
        return lambda site: (f"{show(site['summary'][key][field])} "
                             f"({ratio(site['summary'][key][field], floor_value)})")

    cold_floor, warm_floor = floor["floor_cold"], floor["floor_warm"]
    lines = [
        "| Figure | " + " | ".join(label for label, _ in sites) + " | Floor |",
        "| --- | " + " | ".join("---:" for _ in sites) + " | ---: |",
        row("Questionnaire, cold: bytes on the wire (service worker install included)",
            with_ratio("exercise_cold", "bytes_incl_sw_install", floor_bytes, mb),
            f"{mb(floor_bytes)} (the three Pyodide files); bare boot {mb(cold_floor['bytes'])}"),
        row("of which the standard library", at("exercise_cold", "stdlib_bytes", mb),
            f"{mb(cold_floor['stdlib_bytes'])} (the whole)"),
        row("Standard library shipped (size, modules)",
            lambda site: f"{mb(site['stdlib']['bytes'])}, {site['stdlib']['modules']}", "2.55 MB, 559"),
        row("Questionnaire, second visit: bytes", at("exercise_warm", "bytes", kb),
            f"bare boot {kb(warm_floor['bytes'])}"),
        row(f"Lesson with a practice ({LESSON_WITH_PRACTICE}), read at the top: bytes (of Pyodide)",
            lambda site: (f"{kb(site['summary']['lesson_practice']['bytes'])} "
                          f"({kb(site['summary']['lesson_practice']['pyodide_bytes'])})"), "0"),
        row("Questionnaire, cold: engine ready (from navigation)",
            with_ratio("exercise_cold", "engine_ready_ms", cold_floor["engine_ready_ms"],
                       lambda v: fmt(v, " ms")), f"bare boot {fmt(cold_floor['engine_ready_ms'], ' ms')}"),
        row("Questionnaire, second visit: engine ready",
            with_ratio("exercise_warm", "engine_ready_ms", warm_floor["engine_ready_ms"],
                       lambda v: fmt(v, " ms")), f"bare boot {fmt(warm_floor['engine_ready_ms'], ' ms')}"),
        row("Questionnaire, cold: navigation to result, answers at once",
            with_ratio("exercise_cold", "navigation_to_result_ms", cold_floor["engine_ready_ms"],
                       lambda v: fmt(v, " ms")), f"bare boot {fmt(cold_floor['engine_ready_ms'], ' ms')}"),
        row("Questionnaire, second visit: navigation to result",
            with_ratio("exercise_warm", "navigation_to_result_ms", warm_floor["engine_ready_ms"],
                       lambda v: fmt(v, " ms")), f"bare boot {fmt(warm_floor['engine_ready_ms'], ' ms')}"),
        row("Tab memory once the engine is ready, cold",
            with_ratio("exercise_cold", "memory_bytes", cold_floor["memory_bytes"], mb),
            f"bare boot {mb(cold_floor['memory_bytes'])}"),
        row("Tab memory, second visit",
            with_ratio("exercise_warm", "memory_bytes", warm_floor["memory_bytes"], mb),
            f"bare boot {mb(warm_floor['memory_bytes'])}"),
    ]
    return lines


def lighthouse_table(results: dict[str, Any]) -> list[str]:
    browser = results["browser"]
    sites = [(f"before ({browser['before']['ref']})", browser["before"])] if "before" in browser else []
    sites.append(("after", browser["after"]))
    if not any(site.get("lighthouse") for _, site in sites):
        return ["Lighthouse was not run (make bench installs it into .cache/lighthouse)."]
    lines = ["| Page | Build | Performance | Accessibility | Best practices | LCP | TBT | CLS | Transfer |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for page in LIGHTHOUSE_PAGES:
        for label, site in sites:
            r = (site.get("lighthouse") or {}).get(page)
            if not r:
                continue
            if "error" in r:
                lines.append(f"| {page} | {label} | failed | | | | | | |")
                continue
            runs = "/".join(str(p) for p in r.get("performance_runs", []))
            lines.append(f"| {page} | {label} | {r['performance']} ({runs}) | {r['accessibility']} "
                         f"| {r['best_practices']} | {fmt(r['lcp_ms'], ' ms')} | {fmt(r['tbt_ms'], ' ms')} "
                         f"| {r['cls']:.3f} | {kb(r['transfer_bytes'])} |")
    return lines


def locked_file_lines(results: dict[str, Any]) -> list[str]:
    figures = results["browser"]["after"].get("locked_file")
    if not figures:
        return []
    return [
        "## A journal file locked with a passphrase",
        "",
        "The journal's locked export: a journal of 100 thought records, exported by the core and locked",
        "in the page (PBKDF2-SHA-256, 600,000 rounds; AES-GCM). A guess is what one wrong passphrase",
        "costs whoever tries it; opening includes the core's check and import of all 100 entries.",
        "",
        "| Figure | Median |",
        "| --- | ---: |",
        f"| One passphrase guess | {fmt(figures['guess_ms'], ' ms')} |",
        f"| Opening the file of 100 entries and importing it | {fmt(figures['open_100_ms'], ' ms')} |",
        f"| Size of the locked file | {kb(figures['file_bytes'])} |",
        "",
        *([
            "## A journal locked with a passphrase",
            "",
            "The journal's own lock on 100 saved thought records. A guess is what one wrong passphrase",
            "costs whoever tries it; unlocking runs until all 100 entries are read back.",
            "",
            "| Figure | Median |",
            "| --- | ---: |",
            f"| One passphrase guess | {fmt(figures['lock_guess_ms'], ' ms')} |",
            f"| Unlocking a journal of 100 entries | {fmt(figures['unlock_100_ms'], ' ms')} |",
            f"| Setting the lock on 100 entries | {fmt(figures['lock_set_100_ms'], ' ms')} |",
            "",
        ] if "unlock_100_ms" in figures else []),
    ]


def load_note(results: dict[str, Any]) -> str:
    load = results["browser"].get("load_average")
    if not load:
        return ""
    return (f" Load average (1 minute) as each page was opened: median {load['median']:.1f}, highest "
            f"{load['max']:.1f}; above the number of cores, other work slowed the times (not the bytes).")


def markdown(results: dict[str, Any]) -> str:
    m, b = results["machine"], results["build"]
    s = results["browser"]["after"]["summary"]
    lines = [
        "---",
        "description: Build times and what a reader's browser does, measured by make bench.",
        "---",
        "",
        "# Performance",
        "",
        "Measured by `make bench` (`tests/bench/run.py`); this page is its latest table. Times are",
        f"medians of {results['repeats']} runs unless noted. The site is served on loopback by a server",
        "that compresses text, JavaScript, JSON and WebAssembly with gzip as GitHub Pages does",
        "(`tests/kit/serve.py`, `compress=True`), so bytes are bytes on the wire; network speed is not",
        "simulated, except by Lighthouse.",
        "",
        f"**Machine:** {m['cores']} cores, {m['cpu']}, {m['memory_gib']} GiB; Python {m['python']}; "
        f"{m['chromium']}; Pyodide {m['pyodide']}; {m['date']}.{load_note(results)}",
        "",
        "## Beside stock Pyodide (issue 25)",
        "",
        "Stock Pyodide is the npm package's own files as published (`pyodide.mjs`, `pyodide.asm.mjs`,",
        "`pyodide.asm.wasm`, its whole `python_stdlib.zip`), booted alone in a module worker from a page",
        "served by the same server, in a browser profile of its own: its cold boot is a new profile, its",
        "warm boot the same profile again. The site's figures run from navigation to the frame that shows",
        "the questionnaire's result. Medians, with the range of the repeats in brackets.",
        "",
        *stock_table(results),
        "",
        *device_lines(results),
        "## Targets of earlier issues",
        "",
        "| Target | Met | Figures |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {name} | {'yes' if ok else '**no**'} | {detail} |" for name, ok, detail in targets(results)
              if b or "build time" not in name]
    lines += [
        "",
        "## Bytes to the first result",
        "",
        "Before is the site as an earlier commit built it, measured by this same bench; after is this",
        "tree. The floor for bytes is Pyodide's own `pyodide.mjs`, `pyodide.asm.mjs` and `pyodide.asm.wasm`,",
        "compressed; the bare boot is a page that only boots the same Pyodide, with its whole standard",
        "library, in a module worker. *Answers at once*: every question answered and the form sent as",
        "soon as its script has bound it, before the engine is ready; the time runs from navigation to",
        "the frame that shows the result. Tab memory is the proportional set size (PSS) of the renderer",
        "process Chromium started for the page, its worker included.",
        "",
        *before_after(results),
        "",
        *locked_file_lines(results),
        "## Lighthouse",
        "",
        "Lighthouse 12 (npm, pinned in `tests/bench/lighthouse/`), mobile preset with its simulated",
        "throttling, a fresh profile per run, driving the same Chromium against the compressing server;",
        f"{LIGHTHOUSE_RUNS} runs per page, the run with the median performance score shown (all scores",
        "in brackets).",
        "",
        *lighthouse_table(results),
    ]
    lines += build_table(b) if b else []
    lines += browser_table(s)
    if results.get("safety"):
        lines += ["", safety_check.markdown(results["safety"]["cpython"], results["safety"]["pyodide"]), ""]
    return "\n".join(lines)


def bench_safety() -> dict[str, Any]:
    """The concern check's figures (tests/bench/safety_check.py): recall, false alarms, time per sentence."""
    cpython = measure_phrases(safety_check.PHRASES / "en", "en", repeats=5)
    return {"cpython": cpython, "pyodide": safety_check.in_pyodide("en")}


def build_table(b: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "## Build",
        "",
        f"The real site builds in {b['real_site_s']:.2f} s. Synthetic sites: each lesson holds about 600",
        "words and one small questionnaire; *without* is the same pages with neither the exercise line",
        "nor the plugin. The 1,000-page site is built once.",
        "",
        "| Pages | With plugin | Without | Per page | Overhead | Overhead, readability check off "
        "| Extra time per added page (with / without) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in b["synthetic"]:
        marginal = (f"{r['marginal_s_per_page'] * 1000:.1f} / "
                    f"{r['marginal_s_per_page_without'] * 1000:.1f} ms" if "marginal_s_per_page" in r else "")
        lines.append(f"| {r['pages']:,} | {r['with_plugin_s']:.2f} s | {r['without_plugin_s']:.2f} s | "
                     f"{r['s_per_page'] * 1000:.1f} ms | +{r['overhead'] * 100:.0f}% | "
                     f"+{r['overhead_without_readability'] * 100:.0f}% | {marginal} |")
    return lines


def browser_table(s: dict[str, Any]) -> list[str]:
    rows = [("Lesson without an exercise", "lesson"),
            (f"Lesson with a practice, read at the top ({LESSON_WITH_PRACTICE})", "lesson_practice"),
            ("Questionnaire, cold", "exercise_cold"),
            ("Questionnaire, warm", "exercise_warm"), ("Questionnaire, third visit", "exercise_later"),
            ("Floor, cold", "floor_cold"), ("Floor, warm", "floor_warm"),
            ("Floor, third visit", "floor_later")]
    lines = [
        "",
        "## Browser",
        "",
        "This tree. Cold: a new browser profile. Warm: the same profile, a new tab; the third visit,",
        "once more. The floor is the bare boot above (no page, no core, no service worker). Engine",
        "boot runs from the engine's `loading` state to `ready`; the engine starts when the",
        "questionnaire is on the screen (it is at the top of its page). Submit to result: five more",
        "sends once the engine is ready.",
        "",
        "| Page | Bytes | Runtime bytes | First paint | Input | Engine ready | Boot | vs floor "
        "| Long tasks in boot | Submit to result | Memory |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, key in rows:
        r = s[key]
        lines.append(
            f"| {label} | {kb(r['bytes'])} | {kb(r['runtime_bytes'])} "
            f"| {fmt(r['first_contentful_paint_ms'], ' ms')} | {fmt(r['input_ms'], ' ms')} "
            f"| {fmt(r['engine_ready_ms'], ' ms')} | {fmt(r['engine_boot_ms'], ' ms')} "
            f"| {fmt(r.get('boot_vs_floor'), 'x', 2)} "
            f"| {fmt(r['longtasks_during_boot'])} (max {fmt(r['longest_task_during_boot_ms'])} ms) "
            f"| {fmt(r.get('submit_to_result_ms'), ' ms', 1)} | {mb(r['memory_bytes'])} |")
    cold = s["exercise_cold"]
    lines += ["", f"The first visit to the questionnaire, service worker install included, transferred "
                  f"{kb(cold['bytes_incl_sw_install'])}.", ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--docs", action="store_true", help=f"also write {DOCS_PAGE.relative_to(ROOT)}")
    parser.add_argument("--skip-build", action="store_true", help="reuse the build figures of latest.json")
    parser.add_argument("--from-json", action="store_true", help="only rewrite the tables from latest.json")
    parser.add_argument("--before", metavar="REF",
                        help="also measure the site as git commit REF built it (before and after)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    args = parser.parse_args()
    if args.from_json:
        page = markdown(json.loads((OUT_DIR / "latest.json").read_text()))
        (OUT_DIR / "latest.md").write_text(page)
        if args.docs:
            DOCS_PAGE.parent.mkdir(parents=True, exist_ok=True)
            DOCS_PAGE.write_text(page)
        print(page)
        return
    started = time.perf_counter()
    step: Callable[[str], None] = lambda text: print(f"[{time.perf_counter() - started:5.0f} s] {text}",  # noqa: E731
                                                     file=sys.stderr)
    results: dict[str, Any] = {"machine": machine(), "repeats": args.repeats}
    step("browser: lessons, questionnaire cold and warm, floor" + (f"; and as {args.before} built it"
                                                                    if args.before else ""))
    results["browser"] = bench_browser(args.repeats, args.before, not args.no_lighthouse)
    step("boot options under Node: from nothing, with bytecode, from a snapshot")
    results["boot_options"] = bench_boot_options(max(args.repeats, 3))
    if args.skip_build:
        earlier = OUT_DIR / "latest.json"
        results["build"] = json.loads(earlier.read_text()).get("build") if earlier.is_file() else None
    else:
        step("build: the real site and synthetic sites " + args.sizes)
        results["build"] = bench_build([int(n) for n in args.sizes.split(",")], args.repeats)
    step("the concern check: its phrase tables in CPython and in Pyodide")
    results["safety"] = bench_safety()
    results["targets"] = [{"target": n, "met": ok, "figures": d} for n, ok, d in targets(results)]
    results["stock_targets"] = stock_targets(results)
    results["seconds"] = time.perf_counter() - started
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "latest.json").write_text(json.dumps(results, indent=2))
    page = markdown(results)
    (OUT_DIR / "latest.md").write_text(page)
    if args.docs:
        DOCS_PAGE.parent.mkdir(parents=True, exist_ok=True)
        DOCS_PAGE.write_text(page)
    print(page)
    step(f"done; wrote {OUT_DIR.relative_to(ROOT)}/latest.json" + (" and the docs page" if args.docs else ""))


if __name__ == "__main__":
    main()
