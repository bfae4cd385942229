"""Fixtures for the reader's paths in every engine: one browser per engine and test file. A test
either has the generator's test site served afresh at a new address (`served`: a new origin, nothing
saved, no service worker, no cached file from an earlier test; the server counts, holds back or
drops what is asked), or goes from page to page of the run's shared server by links, as a reader
does (`arrive`: Python, once started, keeps running)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kit.engines import ReaderPage, launch
from kit.serve import Served, serve

from exercises.mkdocs_plugin.plugin import LEAVE_PAGE


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "engines" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def reader(request: pytest.FixtureRequest) -> Iterator[ReaderPage]:
    """A tab of the engine the test file names in ENGINE, kept for the file's tests."""
    page = launch(request.module.ENGINE, lambda: request.getfixturevalue("browser"))
    yield page
    page.close()


@pytest.fixture
def served(built_site: Path) -> Iterator[Served]:
    """The built test site at a new address. No-store: every file the engine needs is fetched, or
    served by the service worker, never taken quietly from the HTTP cache."""
    with serve(built_site, cache_control="no-store") as running:
        yield running


@pytest.fixture
def arrive(reader: ReaderPage, site_url: str) -> Callable[[str], None]:
    """Open a page of the test site (by its path) with nothing saved on the device. By a link when the
    tab is on a page of the site already, so an engine that has started keeps running; by its address
    otherwise."""

    def go(path: str) -> None:
        here = reader.url
        if not here.startswith(site_url) or here.endswith(LEAVE_PAGE):
            reader.goto(site_url + "about/")
        elif here == site_url + path:  # a link to the page itself would not load it again
            reader.follow(site_url + "about/")
        reader.run("() => { localStorage.clear(); sessionStorage.clear(); }")
        reader.follow(site_url + path)

    return go
