"""In the engine's worker: a module the site's standard library lacks is fetched, not missing.

The site ships the standard-library modules the engine was recorded importing, and the rest of the
library in a second zip (exercises/mkdocs_plugin/stdlib.py). ``install`` puts two finders at the end
of ``sys.meta_path``, so they are asked only for a name no other finder found:

- ``RestOfLibrary``: when the name is a module of the rest (its list, a small JSON file, is fetched
  the first time any name is missed), fetches the rest's zip once, writes it into Python's file
  system and imports the module from it. The worker runs Python off the page's main thread, where a
  synchronous request is allowed, and an import cannot wait for anything else.
- ``NotFound``: last, notes each name nothing found; the worker tells a module missing from the
  site (a request that failed because of it) from one an optional import only tried.

Nothing here runs unless a module is missed; the engine's recorded operations miss none.
"""

from __future__ import annotations

import json
import sys
import zipimport
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from typing import Any

#: Where the rest's zip is written in Python's own (in-memory) file system.
ARCHIVE_PATH = "/lib/python_stdlib_rest.zip"


def fetch_sync(url: str) -> bytes:
    """URL's bytes, by a synchronous request (allowed in a worker): an import cannot await."""
    from js import XMLHttpRequest  # Pyodide's bridge to the worker's JavaScript

    request = XMLHttpRequest.new()
    request.open("GET", url, False)
    request.responseType = "arraybuffer"
    request.send()
    if request.status != 200:
        raise OSError(f"{url}: HTTP {request.status}")
    return bytes(request.response.to_bytes())


class RestOfLibrary:
    """A finder for the modules of the rest of the standard library (see the module's docstring)."""

    def __init__(self, index_url: str, archive_url: str,
                 fetch: Callable[[str], bytes] = fetch_sync, path: str = ARCHIVE_PATH) -> None:
        self.index_url, self.archive_url = index_url, archive_url
        self.fetch, self.path = fetch, path
        self.names: frozenset[str] | None = None
        self.fetched: list[str] = []  # what was fetched, for the worker's console
        self.failed: str | None = None  # why the rest could not be had (then it is not asked again)

    def _holds(self, name: str) -> bool:
        if self.names is None:
            try:
                self.names = frozenset(json.loads(self.fetch(self.index_url)))
                self.fetched.append(self.index_url)
            except Exception as err:  # noqa: BLE001 (a failed request in JavaScript, bad JSON, no room)
                self.failed, self.names = f"{self.index_url}: {err}", frozenset()
        return name in self.names

    def _archive(self) -> str | None:
        if self.archive_url not in self.fetched:
            try:
                data = self.fetch(self.archive_url)
                with open(self.path, "wb") as out:
                    out.write(data)
                self.fetched.append(self.archive_url)
            except Exception as err:  # noqa: BLE001 (a failed request in JavaScript, no room)
                self.failed = f"{self.archive_url}: {err}"
                return None
        return self.path

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if self.failed or not self._holds(name):
            return None
        archive = self._archive()
        if archive is None:
            return None
        # A zipimporter finds the last part of a name under its prefix: json.tool in "<zip>/json/".
        package = name.rpartition(".")[0].replace(".", "/")
        return zipimport.zipimporter(f"{archive}/{package}/" if package else archive).find_spec(name)


class NotFound:
    """Last on sys.meta_path: the names no finder found, in order."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        self.names.append(name)


def install(index_url: str | None, archive_url: str | None) -> NotFound:
    """Put the finders at the end of sys.meta_path, once (a Python restored from a memory snapshot
    has them already: they get this boot's addresses); the recorder of names nothing found."""
    for finder in sys.meta_path:
        if isinstance(finder, RestOfLibrary) and index_url and archive_url:
            finder.index_url, finder.archive_url = index_url, archive_url
    found = [f for f in sys.meta_path if isinstance(f, NotFound)]
    if found:
        return found[0]
    if index_url and archive_url:
        sys.meta_path.append(RestOfLibrary(index_url, archive_url))
    not_found = NotFound()
    sys.meta_path.append(not_found)
    return not_found


def rest_used() -> bool:
    """Whether the rest of the library was fetched (or tried) in this Python."""
    return any(isinstance(f, RestOfLibrary) and (f.fetched or f.failed) for f in sys.meta_path)
