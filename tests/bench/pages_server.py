"""A loopback server that sends files as GitHub Pages does, compressed, and counts the bytes it sends.

Text, JavaScript, JSON, SVG and WebAssembly go out gzip-compressed (level 6) to a browser that
accepts gzip, with Last-Modified and If-Modified-Since as the plain server has; zip files and images
go out as they are. So the bytes counted are the bytes on the wire of a real host, not the size of
the files.
"""

from __future__ import annotations

import email.utils
import functools
import gzip
import http.server
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kit.serve import CountingHandler, Served, Traffic

COMPRESSED = {"text/html", "text/css", "text/javascript", "application/javascript", "application/json",
              "image/svg+xml", "text/plain", "text/xml", "application/xml", "application/wasm",
              "application/manifest+json"}


def gzip_size(path: Path) -> int:
    """What the server sends for PATH when it compresses it."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


class PagesHandler(CountingHandler):
    compressed_copies: dict[tuple[str, float], bytes]

    def send_head(self) -> Any:
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


@contextmanager
def serve_like_pages(directory: Path, prefix: str = "/") -> Iterator[Served]:
    """Serve DIRECTORY compressed at http://127.0.0.1:<free port><prefix> until the block ends."""
    traffic = Traffic()
    handler_class = type("Handler", (PagesHandler,), {
        "traffic": traffic, "prefix": prefix, "cache_control": None, "compressed_copies": {}})
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_address[1]}{prefix}", traffic)
    finally:
        server.shutdown()
        server.server_close()
