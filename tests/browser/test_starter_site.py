"""An author in Ireland publishes on day one, exactly as the issue that asked for it tells:

1. In a fresh virtual environment, `pip install` this repository from its folder (as the trial did),
   then `mkdocs-exercises new mysite --country IE` (no terminal: nothing is asked).
2. `mkdocs-exercises check` stops: it names each placeholder, and the requirement GitHub cannot reach
   (a folder of this computer) with the line to write instead. The author writes over the
   placeholders and writes that line.
3. The package is built as a wheel and served by a package index of our own on loopback (a PEP 503
   "simple" index made of two files, served by http.server); the rest of what the site needs comes
   from the package index pip is set up to use (PIP_EXTRA_INDEX_URL).
4. The Pages workflow's own commands, read from the new site's .github/workflows/pages.yml with its
   environment, run in another fresh virtual environment with no Node on the PATH: they install
   from that index and build strictly. The workflow's cache step is played by placing the pinned
   Pyodide where the cache would restore it.

The site built that way is then served and read as a reader would: the questionnaire scores in
Chromium, every page has crisis help, a working "leave quickly", no axe violation and nothing under
the leave button on a phone, and nothing is requested from another origin. Nothing of this
repository's own site is used: the package and the starter are all there is.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from kit.authoring import fill_placeholders, requirement_line, use_requirement
from kit.axe import assert_no_violations
from kit.reader import answer_all, follow_link, scroll_to_end
from kit.serve import Served, Server
from kit.site import PYODIDE, ROOT
from kit.watch import visit
from playwright.sync_api import Page, expect

from exercises import __version__
from exercises.presets import load
from tests.browser.test_phone import LAST_LINK, UNDER_THE_BUTTON

PAGES = ["", "lesson/", "questionnaire/", "thought-record/", "journal/", "get-help/",
         "relationship-safety/", "privacy/"]


def run(args: list[str], cwd: Path, env: dict[str, str], ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900,
                          stdin=subprocess.DEVNULL)
    if ok:
        assert done.returncode == 0, f"{' '.join(args)}:\n" + textwrap.indent(done.stdout + done.stderr, "  ")
    return done


def fresh_venv(folder: Path) -> dict[str, str]:
    """A new virtual environment, and an environment whose PATH is its commands alone: no Node, no
    npm, no project .venv."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    env = {**os.environ, "PATH": str(folder / "bin")}
    for name in ("VIRTUAL_ENV", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "MKDOCS_EXERCISES_CACHE"):
        env.pop(name, None)
    assert shutil.which("node", path=env["PATH"]) is None
    return env


def simple_index(wheel: Path, folder: Path) -> Path:
    """A PEP 503 package index holding WHEEL: /simple/mkdocs-exercises/ links to it, with its hash."""
    (folder / "files").mkdir(parents=True)
    shutil.copy(wheel, folder / "files" / wheel.name)
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    project = folder / "simple" / "mkdocs-exercises"
    project.mkdir(parents=True)
    (project / "index.html").write_text(
        f'<!DOCTYPE html><html><body><a href="../../files/{wheel.name}#sha256={digest}">{wheel.name}</a>'
        "</body></html>\n")
    (folder / "simple" / "index.html").write_text(
        '<!DOCTYPE html><html><body><a href="mkdocs-exercises/">mkdocs-exercises</a></body></html>\n')
    return folder


def other_indexes() -> str:
    """The package indexes pip here is set up to use (its configured index, or PyPI's, and any extra
    ones), for everything the site needs besides mkdocs-exercises."""
    shown = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True,
                           text=True).stdout
    settings = dict(line.split("=", 1) for line in shown.splitlines() if "=" in line)
    index = settings.get("global.index-url", "'https://pypi.org/simple'").strip("'")
    extra = settings.get("global.extra-index-url", "''").strip("'")
    return " ".join(filter(None, [index, extra]))


def workflow_commands(site: Path, site_url: str) -> list[tuple[str, dict[str, str]]]:
    """The `run:` steps of the site's Pages workflow (its build job), in order, each with the
    environment the workflow gives it; GitHub's expressions stand for what they are here."""
    workflow = yaml.safe_load((site / ".github" / "workflows" / "pages.yml").read_text())
    job = workflow["jobs"]["build"]
    steps = []
    for step in job["steps"]:
        if "run" not in step:
            continue
        env = {**job.get("env", {}), **step.get("env", {})}
        env = {key: str(value).replace("${{ steps.pages.outputs.base_url }}/", site_url)
               for key, value in env.items()}
        assert not [v for v in env.values() if "${{" in v], env
        steps.append((step["run"], env))
    return steps


@pytest.fixture(scope="module")
def starter_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("author")
    site = tmp / "mysite"
    server = Server(site / "site")
    # 1. Installed from this repository's folder, as in the trial; a new site for Ireland.
    author = fresh_venv(tmp / "author-venv")
    run([str(tmp / "author-venv" / "bin" / "python"), "-m", "pip", "install", "--quiet", str(ROOT)],
        tmp, author)
    run([str(tmp / "author-venv" / "bin" / "mkdocs-exercises"), "new", "mysite", "--country", "IE",
         "--name", "Calmer together"], tmp, author)
    # 2. check names what to write: the placeholders, and the requirement GitHub cannot reach.
    checked = run([str(tmp / "author-venv" / "bin" / "mkdocs-exercises"), "check"], site,
                  {**author, "MKDOCS_EXERCISES_CACHE": str(PYODIDE.parent)}, ok=False)
    assert checked.returncode == 1 and "the placeholder" in checked.stderr, checked.stderr
    line = requirement_line(checked.stderr)
    assert line == f"mkdocs-exercises=={__version__}", line  # this clone has no remote on the web
    assert fill_placeholders(site)
    use_requirement(site, line)
    # 3. The wheel, on a package index of our own.
    wheels = tmp / "wheels"
    run([str(tmp / "author-venv" / "bin" / "python"), "-m", "pip", "wheel", "--quiet", "--no-deps",
         "--wheel-dir", str(wheels), str(ROOT)], tmp, author)
    [wheel] = wheels.glob("mkdocs_exercises-*.whl")
    index = Server(simple_index(wheel, tmp / "index"))
    index_url = index.start().url
    # 4. The workflow's commands, in a fresh environment without Node, with the cache restored.
    publisher = fresh_venv(tmp / "runner-venv")
    publisher |= {"PIP_INDEX_URL": index_url + "simple/", "PIP_EXTRA_INDEX_URL": other_indexes()}
    commands = workflow_commands(site, server.url)
    assert [c for c, _ in commands] == ["pip install -r requirements.txt",
                                        "mkdocs-exercises check && mkdocs build --strict"]
    for command, env in commands:
        cache = site / env.get("MKDOCS_EXERCISES_CACHE", ".cache/mkdocs-exercises")
        if not cache.exists():
            cache.mkdir(parents=True)
            (cache / PYODIDE.name).symlink_to(PYODIDE)  # what actions/cache restores
        done = run(["/bin/sh", "-e", "-c", command], site, {**publisher, **env})
        if command.startswith("mkdocs-exercises check"):
            assert "No mistakes found" in done.stdout
            assert "Material for MkDocs reaches end of life" not in done.stdout + done.stderr
    assert f"/files/{wheel.name}" in index.served.traffic.paths(), "the wheel did not come from our index"
    index.stop()
    shown = run([str(tmp / "runner-venv" / "bin" / "python"), "-m", "pip", "show", "mkdocs-exercises"],
                site, publisher).stdout
    assert f"Version: {__version__}" in shown
    yield server.start()
    server.stop()


def test_a_site_for_ireland_published_from_the_package_index_works_for_its_readers(
        starter_site: Served, page: Page) -> None:
    served = starter_site
    watch = visit(page, served.url + "questionnaire/")  # the engine booted, the service worker in
    answer_all(page, {"f01": 4, "f02": 1, "s01": 2, "s02": 5})
    page.get_by_role("button", name="See my scores").click()
    result = page.locator(".ex-result")
    expect(result).to_be_visible(timeout=90_000)
    # f02 is scored the other way round: (4 + (6 - 1)) / 2 = 4.5; (2 + 5) / 2 = 3.5.
    expect(result.locator("dd[data-subscale=first] .ex-score-value")).to_have_text("4.5")
    expect(result.locator("dd[data-subscale=second] .ex-score-value")).to_have_text("3.5")
    page.evaluate("window.__sameDocument = true")
    ireland = load("IE")
    for path in PAGES:  # as a reader follows links: the engine keeps running
        follow_link(page, served.url + path)
        bar = page.locator(".crisis-bar")
        expect(bar.get_by_role("link", name="Get help now"), f"/{path}").to_be_visible()
        expect(bar.get_by_role("link", name="Afraid of a partner?"), f"/{path}").to_be_visible()
        links = page.evaluate("() => [...document.querySelectorAll('.crisis-bar a')].map(a => a.href)")
        assert links == [served.url + "get-help/", served.url + "relationship-safety/"], links
        expect(page.get_by_role("button", name="Leave this page quickly"), f"/{path}").to_be_visible()
        assert "REPLACE" not in page.locator("body").inner_text()
        assert_no_violations(page, f"the starter's /{path}")  # in Material's own look, as it starts
        # Ireland's services from mkdocs.yml, with their buttons, on the pages that list them.
        listed = {"get-help/": ireland.crisis, "relationship-safety/": ireland.relationship_safety}
        for service in listed.get(path, ()):
            button = page.get_by_role("link", name=service["action"])
            expect(button).to_have_attribute("href", service["href"])
    assert page.evaluate("window.__sameDocument") is True, "a link reloaded the page"
    page.wait_for_load_state("networkidle")
    problems = watch.problems(page)
    assert problems == [], "\n".join(problems)
    # On a phone, nothing at the end of a page is under the leave button.
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("", "lesson/", "get-help/"):
        follow_link(page, served.url + path)
        # The button comes back with the new page's scripts (leave.js), and the room kept for it
        # with the button: a reader scrolls a page that is in, not the moment of the swap.
        expect(page.locator(".ex-leave")).to_be_visible()
        scroll_to_end(page)
        last = page.evaluate(LAST_LINK)
        assert last and last["reached"], (path, last)
        assert page.evaluate(UNDER_THE_BUTTON) == [], path
    # Leaving stops whatever is still under way (the engine's worker): only the address matters.
    page.get_by_role("button", name="Leave this page quickly").click()
    expect(page).to_have_url(served.url + "tomato-soup.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("Simple tomato soup")
    page.wait_for_load_state("networkidle")
    assert watch.elsewhere() == [], watch.elsewhere()
