"""A second author's first hour, exactly: in a fresh virtual environment with no Node on the PATH,
`pip install` this repository, `mkdocs-exercises new mysite`, `mkdocs build --strict` in mysite; the
site's questionnaire scores in Chromium, every page has crisis help and a working "leave quickly" and
passes axe, and nothing is requested from another origin.

Nothing of this repository's own site is used: the starter and the package are all there is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from kit.axe import assert_no_violations
from kit.reader import answer_all, follow_link
from kit.serve import Served, Server
from kit.site import ROOT
from kit.watch import visit
from playwright.sync_api import Page, expect

PAGES = ["", "lesson/", "questionnaire/", "thought-record/", "journal/", "get-help/",
         "relationship-safety/", "privacy/"]


def run(args: list[str], cwd: Path, env: dict[str, str]) -> None:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(args)}:\n" + textwrap.indent(done.stdout + done.stderr, "  ")


@pytest.fixture(scope="module")
def starter_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The starter, built as its publishing workflow builds it (SITE_URL: the address it is served
    at, which Material's instant navigation needs), and served."""
    tmp = tmp_path_factory.mktemp("author")
    server = Server(tmp / "mysite" / "site")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # The venv's own commands and nothing else: no Node, no npm, no project .venv.
    env = {**os.environ, "PATH": str(venv / "bin"), "NO_MKDOCS_2_WARNING": "1"}
    env.pop("VIRTUAL_ENV", None)
    assert shutil.which("node", path=env["PATH"]) is None
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(ROOT)], tmp, env)
    run([str(venv / "bin" / "mkdocs-exercises"), "new", "mysite"], tmp, env)
    run([str(venv / "bin" / "mkdocs"), "build", "--strict"], tmp / "mysite", {**env, "SITE_URL": server.url})
    yield server.start()
    server.stop()


def test_the_starter_builds_from_a_pip_install_and_scores_its_questionnaire(
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
    for path in PAGES:  # as a reader follows links: the engine keeps running
        follow_link(page, served.url + path)
        bar = page.locator(".crisis-bar")
        expect(bar.get_by_role("link", name="Get help now"), f"/{path}").to_be_visible()
        expect(bar.get_by_role("link", name="Afraid of a partner?"), f"/{path}").to_be_visible()
        links = page.evaluate("() => [...document.querySelectorAll('.crisis-bar a')].map(a => a.href)")
        assert links == [served.url + "get-help/", served.url + "relationship-safety/"], links
        expect(page.get_by_role("button", name="Leave this page quickly"), f"/{path}").to_be_visible()
        assert_no_violations(page, f"the starter's /{path}")  # in Material's own look, as it starts
        if path == "get-help/":  # the crisis services from mkdocs.yml, with their buttons
            expect(page.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")
    assert page.evaluate("window.__sameDocument") is True, "a link reloaded the page"
    page.wait_for_load_state("networkidle")
    problems = watch.problems(page)
    assert problems == [], "\n".join(problems)
    # Leaving stops whatever is still under way (the engine's worker): only the address matters.
    page.get_by_role("button", name="Leave this page quickly").click()
    expect(page).to_have_url(served.url + "tomato-soup.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("Simple tomato soup")
    page.wait_for_load_state("networkidle")
    assert watch.elsewhere() == [], watch.elsewhere()
