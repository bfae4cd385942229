"""The engine's finder for modules outside the shipped standard library (core/rest_of_library.py):
the rest is fetched once, on the first import that needs it, and never for a name it does not hold."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises.core import rest_of_library
from exercises.core.rest_of_library import NotFound, RestOfLibrary

INDEX, ARCHIVE = "https://site.example/rest.json", "https://site.example/rest.zip"
# Modules no Python has, under names of the kind the rest holds: a module, a package and a module
# inside a package the shipped zip has.
FILES = {"zz_rest_module.py": "VALUE = 'from the rest'\n",
         "zz_rest_package/__init__.py": "",
         "zz_rest_package/inner.py": "VALUE = 'inner'\n"}


def rest_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in FILES.items():
            archive.writestr(name, text)
    return out.getvalue()


class Server:
    """What the finder asked for, answered from memory (or refused)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.down = False

    def fetch(self, url: str) -> bytes:
        self.asked.append(url)
        if self.down:
            raise OSError("offline")
        if url == INDEX:
            return json.dumps(["zz_rest_module", "zz_rest_package", "zz_rest_package.inner"]).encode()
        return rest_zip()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    server = Server()
    finder = RestOfLibrary(INDEX, ARCHIVE, server.fetch, str(tmp_path / "rest.zip"))
    sys.meta_path.append(finder)
    yield server
    sys.meta_path.remove(finder)
    for name in [n for n in sys.modules if n.startswith("zz_rest_")]:
        del sys.modules[name]


def test_a_module_of_the_rest_is_fetched_once_and_imported(server: Server) -> None:
    import zz_rest_module  # type: ignore[import-not-found]

    assert zz_rest_module.VALUE == "from the rest"
    from zz_rest_package import inner  # type: ignore[import-not-found]

    assert inner.VALUE == "inner"
    assert server.asked == [INDEX, ARCHIVE]


def test_a_name_the_rest_does_not_hold_fetches_only_its_small_list(server: Server) -> None:
    with pytest.raises(ModuleNotFoundError):
        import zz_nowhere  # type: ignore[import-not-found]  # noqa: F401
    assert server.asked == [INDEX]


def test_when_the_rest_cannot_be_fetched_the_module_is_missing_and_not_asked_for_again(
        server: Server) -> None:
    server.down = True
    for _ in range(2):
        with pytest.raises(ModuleNotFoundError):
            import zz_rest_module  # type: ignore[import-not-found]  # noqa: F401
    assert server.asked == [INDEX]


def test_install_adds_the_finders_once_and_gives_a_restored_python_this_boots_addresses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    first = rest_of_library.install("old.json", "old.zip")
    again = rest_of_library.install(INDEX, ARCHIVE)
    assert again is first and isinstance(first, NotFound)
    assert sys.meta_path[-1] is first  # asked last: it only notes what nothing found
    [finder] = [f for f in sys.meta_path if isinstance(f, RestOfLibrary)]
    assert (finder.index_url, finder.archive_url) == (INDEX, ARCHIVE)
    assert not rest_of_library.rest_used()
