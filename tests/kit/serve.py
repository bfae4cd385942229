"""Serving a built site on loopback while counting what the server really sends (tests and bench).

Counting at the server sees every byte, whoever asked for it: the page, its module worker or a
service worker, which browser-side network events do not all report.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript"}

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Traffic:
    """Response bodies the server sent, as (path, bytes), in order; and every GET it was asked,
    answered with a body or not ("not modified")."""

    sent: list[tuple[str, int]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ask(self, path: str) -> None:
        with self.lock:
            self.asked.append(path)

    def add(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def reset(self) -> None:
        with self.lock:
            self.sent.clear()
            self.asked.clear()

    def requests(self, where: Callable[[str], bool]) -> list[str]:
        with self.lock:
            return [p for p in self.asked if where(p)]

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _ in self.sent]

    def bytes(self, where: Callable[[str], bool] = lambda _: True) -> int:
        with self.lock:
            return sum(size for path, size in self.sent if where(path))


class CountingHandler(QuietHandler):
    traffic: Traffic
    prefix: str = "/"
    # "no-store": the HTTP cache keeps nothing, as if the host's cache lifetime had run out, so
    # only a service worker can spare a download.
    cache_control: str | None = None

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def end_headers(self) -> None:
        if self.cache_control:
            self.send_header("Cache-Control", self.cache_control)
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        self.traffic.ask(self.path.split("?")[0])
        super().do_GET()

    def copyfile(self, source: BinaryIO, outputfile: Any) -> None:
        before = source.tell()
        shutil.copyfileobj(source, outputfile)
        self.traffic.add(self.path.split("?")[0], source.tell() - before)


@dataclass
class Served:
    url: str  # ends with the prefix, e.g. http://127.0.0.1:PORT/haa/
    traffic: Traffic


@contextmanager
def serve(directory: Path, prefix: str = "/", cache_control: str | None = None) -> Iterator[Served]:
    """Serve DIRECTORY at http://127.0.0.1:<free port><prefix> until the block ends."""
    traffic = Traffic()
    handler_class = type("Handler", (CountingHandler,), {
        "traffic": traffic, "prefix": prefix, "cache_control": cache_control})
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_address[1]}{prefix}", traffic)
    finally:
        server.shutdown()
        server.server_close()
