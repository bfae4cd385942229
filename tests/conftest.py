"""Shared fixtures: the real site, built once per run for each address it is served at and served on
loopback (tests/kit/builds.py), tiny sites built once per run (tests/kit/project.py), and Debian's
Chromium; and the order make test's processes take the test files in (tests/kit/schedule.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kit import schedule
from kit.builds import FIXTURES, Sites
from kit.project import TinySites
from kit.site import CHROMIUM_ARGS, chromium_path

SITES = Sites()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--file-seconds", action="store_true",
                     help=f"write each test file's seconds in this run to {schedule.FILE_SECONDS.name}, "
                          "the figures make test orders the files by")


def pytest_configure(config: pytest.Config) -> None:
    global SITES
    worker = getattr(config, "workerinput", None)
    elsewhere = (worker or {}).get("exercises_sites")
    if elsewhere:  # an xdist worker: the controller builds and serves the sites
        SITES = Sites(elsewhere)
    if config.getoption("file_seconds") and worker is None:  # the process that hears every report
        config.pluginmanager.register(schedule.FileSeconds(), "file-seconds")


@pytest.hookimpl(trylast=True)  # after the folders' own hooks have marked the browser tests
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In make test's processes (xdist's workers), the files that take longest come first."""
    if hasattr(config, "workerinput"):
        items[:] = schedule.longest_first(items, schedule.recorded())


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist's controller, for each worker: start building both sites (once), and say where they are."""
    SITES.start(*sorted(set(FIXTURES.values())))
    node.workerinput["exercises_sites"] = SITES.describe()


@pytest.fixture(scope="session")
def sites() -> Sites:
    return SITES


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> None:
    """Start, in the background, the build of every site the collected tests need."""
    if session.config.option.collectonly:
        return
    needed = {FIXTURES[name] for item in session.items for name in getattr(item, "fixturenames", ())
              if name in FIXTURES}
    SITES.start(*sorted(needed))


def pytest_unconfigure(config: pytest.Config) -> None:
    SITES.close()


@pytest.fixture(scope="session")
def site_url(sites: Sites) -> str:
    """The generator's test site (tests/fixtures/site), built for the address it is served at
    (instant navigation needs it): every test of what the generator does in a browser uses it."""
    return sites.get("generator").served()


@pytest.fixture(scope="session")
def built_site(sites: Sites, site_url: str) -> Path:
    """Where the generator's test site served at site_url was built."""
    return sites.get("generator").out


@pytest.fixture(scope="session")
def subpath_url(sites: Sites) -> str:
    """The generator's test site built for and served under http://127.0.0.1:<port>/some-repo/, as
    on GitHub Pages."""
    return sites.get("subpath").served()


def _site_fixtures(prefix: str, site: str, about: str) -> tuple[Any, Any]:
    """The two session fixtures of a site built in another language (kit/languages.py): its address
    (once built and served) and the folder it was built into."""

    def url(sites: Sites) -> str:
        return sites.get(site).served()

    def built(sites: Sites) -> Path:
        sites.get(site).served()  # built and served first
        return sites.get(site).out

    url.__doc__ = about
    return (pytest.fixture(scope="session", name=f"{prefix}_site_url")(url),
            pytest.fixture(scope="session", name=f"{prefix}_built_site")(built))


arabic_site_url, arabic_built_site = _site_fixtures(
    "arabic", "generator-ar",
    "The generator's test site with theme.language: ar (right to left, its catalog incomplete).")
bilingual_site_url, bilingual_built_site = _site_fixtures(
    "bilingual", "generator-es",
    "The generator's test site in English at / and Spanish at /es/ (mkdocs-static-i18n).")
german_site_url, german_built_site = _site_fixtures(
    "german", "generator-de", "The generator's test site with theme.language: de.")
french_site_url, french_built_site = _site_fixtures(
    "french", "generator-fr", "The generator's test site with theme.language: fr.")


@pytest.fixture(scope="session")
def our_site_url(sites: Sites) -> str:
    """This repository's own site, for its own tests (every page, its sitemap, its words)."""
    return sites.get("root").served()


@pytest.fixture(scope="session")
def our_built_site(sites: Sites, our_site_url: str) -> Path:
    return sites.get("root").out


@pytest.fixture(scope="session")
def guide_url(sites: Sites) -> str:
    """The guide, built as `make site` builds it and served under /some-repo/guide/ (a missing
    address gets its 404 page), as on a project's GitHub Pages."""
    return sites.get("guide").served()


@pytest.fixture(scope="session")
def built_guide(sites: Sites, guide_url: str) -> Path:
    return sites.get("guide").out


@pytest.fixture(scope="session")
def tiny_sites(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> TinySites:
    """Tiny projects (tests/kit/project.py), each built once per run, tables of them several at a time;
    under xdist in a folder every test process of the run shares (beside each one's own)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if hasattr(request.config, "workerinput") else base
    folder = shared / "tiny"
    folder.mkdir(exist_ok=True)
    return TinySites(folder)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    path = chromium_path()
    if path:
        args["executable_path"] = path
    return args
