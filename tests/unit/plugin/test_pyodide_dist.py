"""Pyodide for authors without Node: downloaded once and checked against the pinned hash, kept in
the cache and used offline after that; a damaged download or a half-unpacked copy is never used."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from exercises.mkdocs_plugin import pyodide_dist
from exercises.mkdocs_plugin.pyodide_dist import FetchError, Release, ensure


def tarball(files: dict[str, bytes]) -> bytes:
    """An npm package tarball: every file under package/ (and one trying to escape it)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as archive:
        for name, data in {**{f"package/{n}": d for n, d in files.items()}, "../escape.txt": b"x"}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


GOOD = tarball({"pyodide.mjs": b"export {};\n", "pyodide.asm.wasm": b"\0asm" * 1000,
                "package.json": b'{"version": "1.2.3"}'})
RELEASE = Release("1.2.3", "sha512-" + base64.b64encode(hashlib.sha512(GOOD).digest()).decode())


class Registry:
    """A registry on loopback that answers with the next body in `answers` (the last one again
    when they run out) and counts what it was asked."""

    def __init__(self, answers: list[bytes]) -> None:
        self.answers, self.asked = answers, 0
        registry = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = registry.answers[min(registry.asked, len(registry.answers) - 1)]
                registry.asked += 1
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/pyodide/-/pyodide-1.2.3.tgz"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def registry(request: pytest.FixtureRequest) -> Iterator[Registry]:
    server = Registry(getattr(request, "param", [GOOD]))
    yield server
    server.stop()


def test_the_first_build_downloads_and_later_ones_work_offline(tmp_path: Path, registry: Registry) -> None:
    said: list[str] = []
    folder = ensure(RELEASE, tmp_path, registry.url, said.append)
    assert (folder / "pyodide.mjs").read_bytes() == b"export {};\n"
    assert registry.asked == 1 and "Downloading Pyodide 1.2.3 once" in said[0]
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()
    registry.stop()  # offline from now on
    assert ensure(RELEASE, tmp_path, registry.url) == folder


@pytest.mark.parametrize("registry", [[GOOD[: len(GOOD) // 2], GOOD]], indirect=True)
def test_a_download_cut_short_is_fetched_again(tmp_path: Path, registry: Registry) -> None:
    folder = ensure(RELEASE, tmp_path, registry.url)
    assert registry.asked == 2 and (folder / "pyodide.asm.wasm").stat().st_size == 4000


@pytest.mark.parametrize("registry", [[b"not the package"]], indirect=True)
def test_a_changed_download_stops_the_build_in_words_and_nothing_is_unpacked(
        tmp_path: Path, registry: Registry) -> None:
    with pytest.raises(FetchError) as stopped:
        ensure(RELEASE, tmp_path, registry.url)
    message = str(stopped.value)
    assert "Pyodide 1.2.3 is not on this computer yet" in message
    assert "is not the pinned Pyodide 1.2.3: the download was cut short or changed on the way" in message
    assert registry.asked == 2 and not (tmp_path / "pyodide-1.2.3").exists()


def test_no_connection_stops_the_build_in_words(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="the download failed .*Check the internet connection"):
        ensure(RELEASE, tmp_path, "http://127.0.0.1:9/pyodide-1.2.3.tgz")


def test_a_copy_left_half_unpacked_or_damaged_is_unpacked_again(tmp_path: Path, registry: Registry) -> None:
    folder = ensure(RELEASE, tmp_path, registry.url)
    (folder / "pyodide.asm.wasm").write_bytes(b"\0asm")  # a file cut short
    assert ensure(RELEASE, tmp_path, registry.url) == folder
    assert (folder / "pyodide.asm.wasm").stat().st_size == 4000 and registry.asked == 2
    (folder / pyodide_dist.DONE).unlink()  # unpacking stopped before its mark was written
    ensure(RELEASE, tmp_path, registry.url)
    assert registry.asked == 3 and (folder / pyodide_dist.DONE).is_file()


def test_the_pinned_release_is_the_one_the_tests_and_the_site_use() -> None:
    from kit.site import PYODIDE

    assert PYODIDE.name == f"pyodide-{pyodide_dist.VERSION}"
    assert f'"version": "{pyodide_dist.VERSION}"' in (PYODIDE / "package.json").read_text()
    npm = json.loads((Path(__file__).parents[3] / "package.json").read_text())
    assert "pyodide" not in {**npm.get("dependencies", {}), **npm["devDependencies"]}  # pinned once
