"""Fixtures for the browser tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from kit.builds import FIXTURES, Sites
from kit.reader import hold_python_back
from kit.site import CHROMIUM_ARGS, ROOT, chromium_path
from kit.warm import BootCopies
from playwright.sync_api import Browser, BrowserContext, Page, Playwright


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def attachment() -> dict:
    """The questionnaire of the generator's test site."""
    return yaml.safe_load((ROOT / "tests" / "fixtures" / "site" / "docs" / "_exercises" / "attachment.yml")
                          .read_text())


@pytest.fixture(scope="session")
def reused_context(browser: Browser, browser_context_args: dict[str, Any]) -> Iterator[BrowserContext]:
    """One browser context kept for the whole run, for tests that need no fresh one: its HTTP cache
    (and the WebAssembly Chromium compiled from it) is warm after the first page, and no context is
    made and closed per test. What a test could leave for the next is not kept: each test gets a new
    page (its own tab storage), and the site's localStorage is empty whenever a page starts loading.
    A test that saves, routes, watches the context or counts downloads uses `page` (a fresh context)."""
    context = browser.new_context(**browser_context_args)
    context.add_init_script("try { localStorage.clear(); } catch (e) {}")
    yield context
    context.close()


@pytest.fixture
def reused_page(reused_context: BrowserContext) -> Iterator[Page]:
    page = reused_context.new_page()
    yield page
    page.close()


@pytest.fixture
def profile(playwright: Playwright, tmp_path: Path) -> Iterator[BrowserContext]:
    """A browser with a new profile on disk, as a returning reader has (Cache Storage, service
    workers and the HTTP cache persist across its pages; a browser that is not incognito, as its
    install check requires)."""
    path = chromium_path()
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), args=CHROMIUM_ARGS, **({"executable_path": path} if path else {}))
    yield context
    context.close()


BOOT_COPIES = BootCopies()


@pytest.fixture
def boot_copy(context: BrowserContext, browser: Browser, site_url: str, built_site: Path) -> None:
    """For a test whose file makes its own `context`: the engine's start-up copy of Python for the
    generator's test site put into it, as the `context` below does for every other test."""
    BOOT_COPIES.give(context, browser, site_url, built_site)
# The fixtures that name a site's address, and so which sites a test opens.
SITE_URLS = ("site_url", "subpath_url", "our_site_url", "arabic_site_url", "bilingual_site_url",
             "german_site_url", "french_site_url")


@pytest.fixture
def context(new_context: Any, browser: Browser, request: pytest.FixtureRequest, sites: Sites
            ) -> BrowserContext:
    """A fresh browser context, as pytest-playwright's, holding the engine's start-up copy of Python
    for each site the test opens (tests/kit/warm.py): its engine restores Python as on a reader's
    second visit instead of starting it from nothing. Not for a test marked cold_engine, nor for any
    with EXERCISES_TESTS_COLD=1 in the environment (to compare, or to test every first start)."""
    context: BrowserContext = new_context()
    if request.node.get_closest_marker("cold_engine") is None and not os.environ.get("EXERCISES_TESTS_COLD"):
        for fixture in SITE_URLS:
            if fixture in request.fixturenames:
                build = sites.get(FIXTURES[fixture])
                BOOT_COPIES.give(context, browser, request.getfixturevalue(fixture), Path(build.out))
    return context


@pytest.fixture
def held_page(new_context: Any) -> Page:
    """A tab of a fresh browser context with the engine held back for the whole test
    (kit.reader.hold_python_back), for behaviour that needs no answer from Python: it is given no
    start-up copy of Python, as nothing in it starts Python."""
    page: Page = new_context().new_page()
    hold_python_back(page)
    return page
