"""Fixtures for the reader's paths in every engine: one browser per engine and test file, and for
each test the generator's test site served afresh at a new address (a new origin: nothing saved,
no service worker, no cached file from an earlier test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kit.engines import ReaderPage, launch
from kit.serve import Served, serve


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
