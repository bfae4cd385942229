"""The performance benchmark (`make bench`): build times and what a reader's browser does, in figures.

A script, not a test: it measures and reports against the targets of issue 7 and never fails on a
figure. It prints a table, writes bench-results/latest.json and latest.md, and with --docs also
docs/maintainers/performance.md (commit that page to keep the latest table in the docs).

    .venv/bin/python tests/bench/run.py [--repeats 3] [--sizes 10,100,1000] [--docs]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))  # sitekit and netkit live beside the tests

from authorkit import GOOD_YAML  # noqa: E402
from netkit import Served, serve  # noqa: E402
from sitekit import CHROMIUM_ARGS, ROOT, chromium_path  # noqa: E402

OUT_DIR = ROOT / "bench-results"
DOCS_PAGE = ROOT / "docs" / "maintainers" / "performance.md"
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
        options: dict[str, Any] = {"pyodide_source": str(ROOT / "node_modules" / "pyodide")}
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

# Runs in every page before its own scripts: engine states, long tasks, when the form takes input.
PROBE = """
(() => {
  const m = (window.__bench = { engine: {}, longtasks: [], inputAt: null });
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
})();
"""

# Submit five times once the engine is ready; time from the click to the frame after the result shows.
SUBMIT = """
async () => {
  for (const fs of document.querySelectorAll("fieldset[data-item]")) {
    fs.querySelector("input[type=radio][value='4']").checked = true;
  }
  const section = document.querySelector("section[data-exercise]");
  const result = section.querySelector(".ex-result");
  const button = section.querySelector("form.ex-form button[type=submit]");
  const times = [];
  for (let i = 0; i < 5; i++) {
    result.hidden = true;
    await new Promise((r) => setTimeout(r, 100));
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

FLOOR_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor: Pyodide alone in a module worker</title>
<script type="module" src="floor.js"></script></head><body><p>Booting Pyodide.</p></body></html>
"""
# The same hand-off as the engine: a state on <html>, a module worker that only boots Pyodide.
FLOOR_JS = """const html = document.documentElement;
html.dataset.exerciseEngine = "loading";
const worker = new Worker(new URL("floor-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => { html.dataset.exerciseEngine = event.data; };
worker.postMessage(new URL("../assets/pyodide/VERSION/", location.href).href);
"""
FLOOR_WORKER_JS = """self.onmessage = async (event) => {
  const indexURL = event.data;
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  self.postMessage("ready");
};
"""


def pyodide_version() -> str:
    return json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]


def write_floor(site: Path) -> None:
    floor = site / FLOOR
    floor.mkdir()
    (floor / "index.html").write_text(FLOOR_HTML)
    (floor / "floor.js").write_text(FLOOR_JS.replace("VERSION", pyodide_version()))
    (floor / "floor-worker.js").write_text(FLOOR_WORKER_JS)


def is_pyodide(path: str) -> bool:
    return "/assets/pyodide/" in path


def is_runtime(path: str) -> bool:
    return is_pyodide(path) or "/assets/exercises/" in path


def visit(context: Any, served: Served, path: str, engine: bool) -> dict[str, Any]:
    """One page load in CONTEXT: bytes the server sent for it, paint, input, engine and long tasks."""
    served.traffic.reset()
    page = context.new_page()
    page.goto(served.url + path, wait_until="load")
    if engine:
        page.wait_for_function("() => window.__bench.engine.ready !== undefined", timeout=120_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    probe = page.evaluate("window.__bench")
    paint = page.evaluate("Object.fromEntries(performance.getEntriesByType('paint')"
                          ".map((e) => [e.name, e.startTime]))")
    row: dict[str, Any] = {
        "bytes": served.traffic.bytes(), "runtime_bytes": served.traffic.bytes(is_runtime),
        "pyodide_bytes": served.traffic.bytes(is_pyodide),
        "exercise_assets_bytes": served.traffic.bytes(lambda p: "/assets/exercises/" in p),
        "first_paint_ms": paint.get("first-paint"),
        "first_contentful_paint_ms": paint.get("first-contentful-paint"),
        "input_ms": probe["inputAt"],
        "sw_registrations": page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)"),
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


def launch(playwright: Any, profile: Path) -> Any:
    path = chromium_path()
    context = playwright.chromium.launch_persistent_context(
        str(profile), args=CHROMIUM_ARGS, **({"executable_path": path} if path else {}))
    context.add_init_script(PROBE)
    return context


def bench_browser(repeats: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "lesson", "exercise_cold", "exercise_warm", "exercise_later", "floor_cold", "floor_warm",
        "floor_later")}
    with tempfile.TemporaryDirectory() as tmp, serve(Path(tmp) / "site") as served:
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": served.url}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT,
                       env=env, check=True)
        write_floor(site)
        with sync_playwright() as p:
            for rep in range(repeats):
                # A new profile per repeat: cold is a first visit, warm the same reader coming back.
                context = launch(p, Path(tmp) / f"profile-site-{rep}")
                runs["lesson"].append(visit(context, served, LESSON, engine=False))
                runs["exercise_cold"].append(visit(context, served, EXERCISE, engine=True))
                runs["exercise_warm"].append(visit(context, served, EXERCISE, engine=True))
                # A third visit: Chromium keeps compiled WebAssembly per cached copy, and the second
                # visit is the first to compile the service worker's copy.
                runs["exercise_later"].append(visit(context, served, EXERCISE, engine=True))
                context.close()
                # The floor has a profile of its own, so the site's service worker cannot help it.
                context = launch(p, Path(tmp) / f"profile-floor-{rep}")
                runs["floor_cold"].append(visit(context, served, FLOOR, engine=True))
                runs["floor_warm"].append(visit(context, served, FLOOR, engine=True))
                runs["floor_later"].append(visit(context, served, FLOOR, engine=True))
                context.close()
                print(f"  browser repeat {rep + 1}/{repeats} done", file=sys.stderr)
    return {"runs": runs, "summary": summarize(runs)}


def median_of(rows: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in rows if r.get(key) is not None]
    return statistics.median(values) if values else None


def summarize(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    keys = ("bytes", "runtime_bytes", "pyodide_bytes", "exercise_assets_bytes", "first_paint_ms",
            "first_contentful_paint_ms", "input_ms", "engine_ready_ms", "engine_boot_ms",
            "longtasks_during_boot", "longest_task_during_boot_ms", "sw_registrations",
            "bytes_incl_sw_install")
    out: dict[str, Any] = {name: {k: median_of(rows, k) for k in keys} for name, rows in runs.items()}
    for name in ("exercise_cold", "exercise_warm", "exercise_later"):
        submits = [t for r in runs[name] for t in r.get("submit_to_result_ms", [])]
        out[name]["submit_to_result_ms"] = statistics.median(submits) if submits else None
        out[name]["submit_to_result_max_ms"] = max(submits, default=None)
        out[name]["longest_task_during_boot_max_ms"] = max(
            (r["longest_task_during_boot_ms"] for r in runs[name]), default=None)
        floor = out[name.replace("exercise", "floor")]["engine_boot_ms"]
        out[name]["boot_vs_floor"] = out[name]["engine_boot_ms"] / floor if floor else None
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


def targets(results: dict[str, Any]) -> list[tuple[str, bool, str]]:
    s = results["browser"]["summary"]
    build = results["build"]["synthetic"]
    lesson, cold, warm, later = s["lesson"], s["exercise_cold"], s["exercise_warm"], s["exercise_later"]
    worst_overhead = max(r["overhead"] for r in build)
    marginal = [r["marginal_s_per_page"] for r in build if "marginal_s_per_page" in r]
    linear = len(marginal) >= 2 and max(marginal) <= 1.5 * min(marginal)
    longest = max(cold["longest_task_during_boot_max_ms"] or 0, warm["longest_task_during_boot_max_ms"] or 0)
    fp = cold["first_contentful_paint_ms"] or 0
    return [
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


def markdown(results: dict[str, Any]) -> str:
    m, b, s = results["machine"], results["build"], results["browser"]["summary"]
    lines = [
        "---",
        "description: Build times and what a reader's browser does, measured by make bench.",
        "---",
        "",
        "# Performance",
        "",
        "Measured by `make bench` (`tests/bench/run.py`); this page is its latest table. Times are",
        f"medians of {results['repeats']} runs unless noted. The site is served on loopback, so bytes,",
        "not network speed, are what to compare across machines.",
        "",
        f"**Machine:** {m['cores']} cores, {m['cpu']}, {m['memory_gib']} GiB; Python {m['python']}; "
        f"{m['chromium']}; Pyodide {m['pyodide']}; {m['date']}.",
        "",
        "## Targets",
        "",
        "| Target | Met | Figures |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {name} | {'yes' if ok else '**no**'} | {detail} |" for name, ok, detail in targets(results)]
    lines += [
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
    rows = [("Lesson (first visit)", "lesson"), ("Questionnaire, cold", "exercise_cold"),
            ("Questionnaire, warm", "exercise_warm"), ("Questionnaire, third visit", "exercise_later"),
            ("Floor, cold", "floor_cold"), ("Floor, warm", "floor_warm"),
            ("Floor, third visit", "floor_later")]
    lines += [
        "",
        "## Browser",
        "",
        "Cold: a new browser profile. Warm: the same profile, a new tab; the third visit, once more.",
        "The floor is a bare page that",
        "only boots the same Pyodide files in a module worker (no page, no core, no service worker).",
        "Engine boot runs from the engine's `loading` state to `ready`; the engine starts when the",
        "browser is first idle.",
        "",
        "| Page | Bytes | Runtime bytes | First paint | Input | Engine ready | Boot | vs floor "
        "| Long tasks in boot | Submit to result |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, key in rows:
        r = s[key]
        lines.append(
            f"| {label} | {kb(r['bytes'])} | {kb(r['runtime_bytes'])} "
            f"| {fmt(r['first_contentful_paint_ms'], ' ms')} | {fmt(r['input_ms'], ' ms')} "
            f"| {fmt(r['engine_ready_ms'], ' ms')} | {fmt(r['engine_boot_ms'], ' ms')} "
            f"| {fmt(r.get('boot_vs_floor'), 'x', 2)} "
            f"| {fmt(r['longtasks_during_boot'])} (max {fmt(r['longest_task_during_boot_ms'])} ms) "
            f"| {fmt(r.get('submit_to_result_ms'), ' ms', 1)} |")
    cold = s["exercise_cold"]
    lines += ["", f"The first visit to the questionnaire, service worker install included, transferred "
                  f"{kb(cold['bytes_incl_sw_install'])}.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--docs", action="store_true", help=f"also write {DOCS_PAGE.relative_to(ROOT)}")
    parser.add_argument("--skip-build", action="store_true", help="reuse the build figures of latest.json")
    parser.add_argument("--from-json", action="store_true", help="only rewrite the tables from latest.json")
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
    step("browser: lesson, questionnaire cold and warm, floor")
    results["browser"] = bench_browser(args.repeats)
    if args.skip_build:
        results["build"] = json.loads((OUT_DIR / "latest.json").read_text())["build"]
    else:
        step("build: the real site and synthetic sites " + args.sizes)
        results["build"] = bench_build([int(n) for n in args.sizes.split(",")], args.repeats)
    results["targets"] = [{"target": n, "met": ok, "figures": d} for n, ok, d in targets(results)]
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
