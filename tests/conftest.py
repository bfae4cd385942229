"""Shared fixtures: the real site, built once and served on loopback, and Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kit.serve import QuietHandler
from kit.site import CHROMIUM_ARGS, build_site, chromium_path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the real site is built (by the site_url fixture)."""
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The real site, built for the address it is served at (instant navigation needs it)."""
    out = built_site
    handler = functools.partial(QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    run = build_site(out, site_url=url)
    assert run.returncode == 0, f"mkdocs build failed:\n{run.stdout}\n{run.stderr}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    path = chromium_path()
    if path:
        args["executable_path"] = path
    return args
