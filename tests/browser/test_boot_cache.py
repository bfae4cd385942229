"""Compiling is paid once, on the reader's device: after a first start, the engine keeps a memory
snapshot of Python (taken before any request reached it) in the browser's Cache Storage, and a later
visit restores it instead of starting Python again. The copy never holds what the reader typed, is
dropped by "Delete everything", and a damaged one only costs a normal start.

A module outside the standard library the site ships is fetched from the rest of the library when
the engine needs it (exercises/core/rest_of_library.py), and only then.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from kit.device import BOOT_CACHE, BOOT_CACHES, KEPT, RESTORED, RUNTIME_MODULE, kept_copy, until
from kit.reader import answer_all, hold_python_back, wait_for_engine
from kit.samples import entry
from kit.storage import save_entry, save_entry_before_load
from playwright.sync_api import BrowserContext, Page, Route, expect

THOUGHTS = "steps/4-challenging-thoughts/"

# Every entry of every cache of the origin as text (a gzip body inflated first), to search.
CACHED_TEXT = """async () => {
  const out = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      let bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
        bytes = new Uint8Array(await new Response(inflated).arrayBuffer());
      }
      out.push({ name, url: request.url, bytes: bytes.length,
                 text: new TextDecoder("latin1").decode(bytes) });
    }
  }
  return out;
}"""
# Everything the origin keeps in IndexedDB, as JSON text.
INDEXED_DB_TEXT = """async () => {
  const out = [];
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = no;
    });
    for (const store of db.objectStoreNames) {
      const all = await new Promise((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
      });
      out.push(JSON.stringify(all));
    }
    db.close();
  }
  return out.join("\\n");
}"""


def questionnaire_started(profile: BrowserContext, site_url: str) -> Page:
    """A new tab on the questionnaire, its engine ready (restored or started afresh)."""
    page = profile.new_page()
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page)
    return page


def scores(page: Page, attachment: dict) -> str:
    answer_all(page, {item["id"]: 4 for item in attachment["items"]})
    page.get_by_role("button", name="See my scores").click()
    page.locator(".ex-result").wait_for(state="visible", timeout=30_000)
    return page.locator("dd[data-subscale=anxiety] .ex-score-value").inner_text()


def test_a_second_visit_starts_python_from_the_copy_kept_on_this_device(
        profile: BrowserContext, site_url: str, attachment: dict) -> None:
    page = questionnaire_started(profile, site_url)
    assert page.evaluate(RESTORED) is False
    [name] = kept_copy(page)
    # Named by the runtime it belongs to: Pyodide's version, the library's and the core's digests.
    config = page.evaluate(f"() => ({RUNTIME_MODULE})('config.js').then((m) => m.default.boot)")
    assert name == config["name"] and name.startswith(f"{BOOT_CACHE}314.")
    stored = [e for e in page.evaluate(CACHED_TEXT) if e["name"] == name]
    assert len(stored) == 1 and stored[0]["bytes"] > 10_000_000  # Python's memory, inflated
    page.close()

    page = questionnaire_started(profile, site_url)
    assert page.evaluate(RESTORED) is True
    assert scores(page, attachment) == "4.0"
    assert page.evaluate(KEPT) == [name]  # a restored start keeps no second copy


def test_the_copy_never_holds_what_the_reader_typed(profile: BrowserContext, site_url: str) -> None:
    """The reader's words reach Python as soon as it is ready (asked before it was): the copy,
    taken as it became ready, holds Python's memory and not one of them."""
    canary = "Zebracanary4417"
    page = profile.new_page()
    page.goto(site_url + THOUGHTS)
    page.fill("#ex-thought-record-situation", f"{canary} did not answer my text.")
    page.fill("#ex-thought-record-thoughts-0-text", f"{canary} will leave me. I just know it.")
    page.get_by_role("button", name="See my summary").click()  # held until the engine is ready
    wait_for_engine(page)
    # The words did reach Python: the core read the thought and suggests the traps it fits.
    result = page.locator(".ex-thought-record .ex-result")
    expect(result.locator(".ex-trap-list strong")).to_contain_text(["Fortune telling"], timeout=30_000)
    kept_copy(page)
    stored = page.evaluate(CACHED_TEXT)
    snapshot = [e for e in stored if e["name"].startswith(BOOT_CACHE)]
    assert snapshot and "exercises.core.api" in snapshot[0]["text"]  # the search sees Python's memory
    assert not [e["url"] for e in stored if canary in e["text"]]
    assert canary not in page.evaluate(INDEXED_DB_TEXT)


@pytest.fixture
def context(new_context: Any) -> BrowserContext:
    """A fresh context with no start-up copy of Python in it: a test here makes its own, or is given
    the one the site's engine made for the run (boot_copy), whatever EXERCISES_TESTS_COLD says."""
    return new_context()


@pytest.mark.usefixtures("boot_copy")
def test_delete_everything_drops_the_copy(page: Page, site_url: str) -> None:
    # The copy the site's engine keeps after a first start (given to this browser, as after a first
    # visit); deleting it is the journal's own script, so Python is held back.
    hold_python_back(page)
    page.goto(site_url + "journal/")
    save_entry(page, entry())
    kept_copy(page)
    page.get_by_role("button", name="Delete everything saved on this device").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page.locator(".ex-journal .ex-status")).to_contain_text(
        "Everything this site saved on this device was deleted.")
    until(page, f"() => ({BOOT_CACHES})().then((names) => names.length === 0)", seconds=10)


@pytest.mark.usefixtures("boot_copy")
def test_a_damaged_copy_costs_only_a_normal_start(page: Page, site_url: str, attachment: dict) -> None:
    # The copy the site's engine keeps after a first start (given to this browser, as after a first
    # visit), then damaged before the reader's next visit.
    page.goto(site_url + "offline.html")  # a page of the site's origin, with no script
    [name] = kept_copy(page)
    # Someone (or a failing disk) changed the copy: still gzip, but not the snapshot it was.
    page.evaluate("""async (name) => {
        const cache = await caches.open(name);
        const [request] = await cache.keys();
        const junk = new Blob([new Uint8Array(40_000_000).fill(7)]).stream()
            .pipeThrough(new CompressionStream("gzip"));
        await cache.put(request, new Response(await new Response(junk).blob(),
            { headers: { "x-snapshot-length": "40000000" } }));
    }""", name)
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page)
    assert page.evaluate(RESTORED) is False
    assert scores(page, attachment) == "4.0"
    # A good copy took its place.
    until(page, """async (name) => {
        const [request] = await (await caches.open(name)).keys();
        const hit = request && await caches.match(request, { cacheName: name });
        return hit && hit.headers.get("x-snapshot-length") !== "40000000";
    }""", name)


@pytest.mark.usefixtures("boot_copy")
def test_a_file_that_does_not_arrive_costs_no_kept_copy(page: Page, site_url: str, attachment: dict) -> None:
    # A second visit on a broken connection: one of Pyodide's own files does not arrive, so Python
    # can be neither restored nor started. The copy is not at fault, and is kept for the next try.
    page.route("**/pyodide.asm.mjs", lambda route: route.abort("failed"))
    page.goto(site_url + "questionnaire/")
    wait_for_engine(page, "failed")
    kept_copy(page)
    page.unroute("**/pyodide.asm.mjs")
    page.locator(".ex-status").get_by_role("button", name="Try again").click()
    wait_for_engine(page)
    assert page.evaluate(RESTORED) is True
    assert scores(page, attachment) == "4.0"


# ---- a module outside the shipped library ------------------------------------------------------

def moved(shipped: bytes, rest: bytes, member: str) -> tuple[bytes, bytes]:
    """The two zips with MEMBER taken out of the shipped one and put into the rest."""
    source, target = zipfile.ZipFile(io.BytesIO(shipped)), zipfile.ZipFile(io.BytesIO(rest))
    out_shipped, out_rest = io.BytesIO(), io.BytesIO()
    with zipfile.ZipFile(out_shipped, "w", zipfile.ZIP_DEFLATED) as a, \
            zipfile.ZipFile(out_rest, "w", zipfile.ZIP_DEFLATED) as b:
        for info in source.infolist():
            (b if info.filename == member else a).writestr(info, source.read(info.filename))
        for info in target.infolist():
            b.writestr(info, target.read(info.filename))
    return out_shipped.getvalue(), out_rest.getvalue()


# From nothing: the library is swapped under the same address and name, which a real site never
# does (a new library is a new name, and so a new start-up copy); a copy made with the real library
# would remember the real one's table of contents.
@pytest.mark.cold_engine
def test_a_module_the_site_did_not_ship_is_fetched_from_the_rest_when_needed(
        page: Page, site_url: str, built_site: Path) -> None:
    # csv is shipped (a CSV export imports it): served here from the rest instead, as a module no
    # recording reached would be.
    folder = next((built_site / "assets" / "pyodide").iterdir())
    [shipped_zip] = folder.glob("python_stdlib-*.zip")
    [rest_zip] = folder.glob("python_stdlib_rest-*.zip")
    shipped, rest = moved(shipped_zip.read_bytes(), rest_zip.read_bytes(), "csv.py")
    index = json.dumps([*json.loads(rest_zip.with_suffix(".json").read_text()), "csv"])
    asked: list[str] = []

    def serve(body: bytes | str) -> callable:
        def handle(route: Route) -> None:
            asked.append(route.request.url.rsplit("/", 1)[-1])
            route.fulfill(body=body)
        return handle

    page.context.set_offline(False)
    page.route(f"**/{shipped_zip.name}", serve(shipped))
    page.route(f"**/{rest_zip.name}", serve(rest))
    page.route(f"**/{rest_zip.with_suffix('.json').name}", serve(index))
    save_entry_before_load(page, entry(title="A record to export"))  # one visit, one start of Python
    page.goto(site_url + "journal/")
    wait_for_engine(page)
    assert asked == [shipped_zip.name]  # the rest is not fetched to start
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as a spreadsheet (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert text.startswith("id,kind,title,created,updated") and "A record to export" in text
    assert asked == [shipped_zip.name, rest_zip.with_suffix(".json").name, rest_zip.name]
