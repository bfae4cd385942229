"""Serving a built site on loopback: one server for every test and the bench, its variants as options.

`serve(directory)` serves DIRECTORY at http://127.0.0.1:<free port><prefix> until the block ends and
counts what the server really sends. Counting at the server sees every byte, whoever asked for it:
the page, its module worker or a service worker, which browser-side network events do not all report.

Options, each as a host may behave:
- `prefix`: the site lives under a sub-path (a GitHub project page, /<repo>/); anything outside it
  is a 404.
- `cache_control`: a Cache-Control header on every response ("no-store": only a service worker can
  spare a download; "no-cache": every copy is checked with the server first).
- `headers`: more headers on every response (a Content-Security-Policy sent by the host).
- `not_found_page`: a missing address under the prefix gets this page of the site (404.html), status
  404, as on GitHub Pages.
- `gate`: requests the test holds back until it lets them go, or answers with nothing (the connection
  closed: a network error), chosen by path while the server runs (a slow phone's download of Python;
  a reader gone offline).
- `compress`: text, JavaScript, JSON, SVG and WebAssembly go out gzip-compressed (level 6) to a browser
  that accepts gzip, with Last-Modified and If-Modified-Since, as GitHub Pages sends them; zip files
  and images go out as they are. So the bytes counted are the bytes on the wire of a real host.
"""

from __future__ import annotations

import email.utils
import functools
import gzip
import http.server
import io
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from exercises.guide_site import send_not_found_page

COMPRESSED = {"text/html", "text/css", "text/javascript", "application/javascript", "application/json",
              "image/svg+xml", "text/plain", "text/xml", "application/xml", "application/wasm",
              "application/manifest+json"}


def gzip_size(path: Path) -> int:
    """What the server sends for PATH when it compresses it."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


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


@dataclass
class Gate:
    """Which requests the server holds back or refuses, by path; a test may change both at any time."""

    hold: Callable[[str], bool] = lambda _: False
    refuse: Callable[[str], bool] = lambda _: False
    opened: threading.Event = field(default_factory=threading.Event)

    def release(self) -> None:
        """Let every held request go on (and any later one)."""
        self.opened.set()


class Handler(http.server.SimpleHTTPRequestHandler):
    """The standard library's file server, quiet, with the types browsers need and the options above
    (set as class attributes by serve())."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript"}
    traffic: Traffic
    prefix: str = "/"
    cache_control: str | None = None
    extra_headers: dict[str, str] = {}
    not_found_page: str | None = None
    compress: bool = False
    compressed_copies: dict[tuple[str, float], bytes]
    gate: Gate

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def end_headers(self) -> None:
        if self.cache_control:
            self.send_header("Cache-Control", self.cache_control)
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        path = self.path.split("?")[0]
        self.traffic.ask(path)
        if self.gate.refuse(path):
            self.close_connection = True  # no answer at all, as from a host that is gone
            return
        if self.gate.hold(path):
            self.gate.opened.wait(timeout=300)
        super().do_GET()

    def copyfile(self, source: BinaryIO, outputfile: Any) -> None:
        before = source.tell()
        shutil.copyfileobj(source, outputfile)
        self.traffic.add(self.path.split("?")[0], source.tell() - before)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / self.not_found_page if self.not_found_page else None
        if code != 404 or page is None or not self.path.startswith(self.prefix) or not page.is_file():
            super().send_error(code, message, explain)
            return
        send_not_found_page(self, page)

    def send_head(self) -> Any:
        if not self.compress:
            return super().send_head()
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = os.path.join(path, "index.html")
        kind = self.guess_type(path).split(";")[0]
        if (not os.path.isfile(path) or kind not in COMPRESSED
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        modified = os.stat(path).st_mtime
        since = self.headers.get("If-Modified-Since")
        if since and not self.headers.get("If-None-Match"):
            try:
                asked = email.utils.parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                asked = None
            if asked is not None and int(modified) <= asked:
                self.send_response(http.HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                return None
        key = (path, modified)
        if key not in self.compressed_copies:
            self.compressed_copies[key] = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
        body = self.compressed_copies[key]
        self.send_response(http.HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser that closes a page, or cancels a download it no longer needs, hangs up mid-answer.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


@dataclass
class Served:
    url: str  # ends with the prefix, e.g. http://127.0.0.1:PORT/haa/
    traffic: Traffic
    gate: Gate


class Server:
    """A server listening (so its address is known, e.g. to build a site for it) before it serves."""

    def __init__(self, directory: Path, prefix: str = "/", cache_control: str | None = None,
                 headers: dict[str, str] | None = None, not_found_page: str | None = None,
                 compress: bool = False) -> None:
        self.traffic = Traffic()
        self.gate = Gate()
        handler_class = type("Handler", (Handler,), {
            "traffic": self.traffic, "prefix": prefix, "cache_control": cache_control,
            "extra_headers": dict(headers or {}), "not_found_page": not_found_page,
            "compress": compress, "compressed_copies": {}, "gate": self.gate})
        handler = functools.partial(handler_class, directory=str(directory))
        self.server = HTTPServer(("127.0.0.1", 0), handler)
        self.served = Served(f"http://127.0.0.1:{self.server.server_address[1]}{prefix}", self.traffic,
                             self.gate)
        self.started = False

    @property
    def url(self) -> str:
        return self.served.url

    def start(self) -> Served:
        if not self.started:
            threading.Thread(target=self.server.serve_forever, daemon=True).start()
            self.started = True
        return self.served

    def stop(self) -> None:
        self.gate.release()  # a held request must not keep the server from closing
        if self.started:
            self.server.shutdown()
        self.server.server_close()


@contextmanager
def serve(directory: Path, prefix: str = "/", cache_control: str | None = None,
          headers: dict[str, str] | None = None, not_found_page: str | None = None,
          compress: bool = False) -> Iterator[Served]:
    """Serve DIRECTORY at http://127.0.0.1:<free port><prefix> until the block ends."""
    server = Server(directory, prefix, cache_control, headers, not_found_page, compress)
    try:
        yield server.start()
    finally:
        server.stop()
