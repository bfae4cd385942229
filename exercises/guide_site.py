"""The authors' guide, wherever the package is installed: `mkdocs-exercises guide [PAGE]`.

The guide's Markdown and settings ship with the package (exercises/guide/). The command builds them
with the MkDocs this package already depends on, into a temporary folder, serves that folder on
this computer only (127.0.0.1) and opens the page in the browser. Nothing is fetched from anywhere:
it works offline, and always shows the guide of the version installed.

Every message that sends an author to the guide names the page and this command (`reference`), so
the page and its command are declared once, here, from the guide's own menu.
"""

from __future__ import annotations

import functools
import http.server
import logging
import sys
import tempfile
import threading
import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from .yaml_slips import SettingsLoader

GUIDE_DIR = Path(__file__).resolve().parent / "guide"
CONFIG = GUIDE_DIR / "mkdocs.yml"
COMMAND = "mkdocs-exercises guide"
SECTION = "authors"  # the pages an author is sent to; the maintainers' pages are in the guide too


@functools.cache
def pages() -> dict[str, tuple[str, str]]:
    """The authors' pages: name (the file's, without .md) -> (title in the menu, path in the site)."""
    settings = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=SettingsLoader)
    found: dict[str, tuple[str, str]] = {}
    for entry in settings.get("nav") or []:
        if not isinstance(entry, dict):
            continue
        for section, items in entry.items():
            for item in items if isinstance(items, list) else []:
                title, path = next(iter(item.items())) if isinstance(item, dict) else (section, item)
                if isinstance(path, str) and path.startswith(f"{SECTION}/"):
                    name = Path(path).stem
                    url = f"{SECTION}/" if name == "index" else f"{SECTION}/{name}/"
                    found["authors" if name == "index" else name] = (str(title), url)
    return found


def command(page: str) -> str:
    """The command that opens PAGE of the guide."""
    return COMMAND if page == "authors" else f"{COMMAND} {page}"


def reference(page: str, section: str | None = None) -> str:
    """How a message names a place in the guide: the page (and section), and the command that opens
    it, e.g. 'the authors' guide, page "Site settings" (open it with: mkdocs-exercises guide
    site-settings)'."""
    title, _ = pages()[page]
    where = f'page "{title}"' + (f', section "{section}"' if section else "")
    return f"the authors' guide, {where} (open it with: {command(page)})"


def build(site_dir: Path, site_url: str) -> None:
    """Build the guide into SITE_DIR for SITE_URL (where it is served), quietly."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.WARNING)  # MkDocs' own progress lines say nothing an author needs here
    try:
        config = load_config(str(CONFIG), site_dir=str(site_dir), site_url=site_url)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        logger.setLevel(level)


def send_not_found_page(handler: http.server.BaseHTTPRequestHandler, page: Path) -> None:
    """Answer HANDLER's request with PAGE (a site's 404.html) and the status 404, as a web host does."""
    body = page.read_bytes()
    handler.send_response(404)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """The built guide's files; a missing address gets its 404 page, as a web host would send it."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        send_not_found_page(self, page)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the standard name)
        pass  # one line per file would bury the address the author needs


@contextmanager
def served(port: int = 0) -> Iterator[str]:
    """The guide, built and served at http://127.0.0.1:PORT/ (0: a free port) while the block runs."""
    with tempfile.TemporaryDirectory(prefix="mkdocs-exercises-guide-") as folder:
        handler = functools.partial(_Handler, directory=folder)
        with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
            url = f"http://127.0.0.1:{server.server_address[1]}/"
            build(Path(folder), url)
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            try:
                yield url
            finally:
                server.shutdown()


def open_guide(page: str = "authors", port: int = 0, browser: bool = True) -> int:
    """Serve the guide until Ctrl+C, and open PAGE in the browser (unless BROWSER is false)."""
    try:
        with served(port) as url:
            address = url + pages()[page][1]
            opened = browser and webbrowser.open(address)
            print(f"The authors' guide is at {address}" + ("" if opened else " (open it in your browser)")
                  + ".\nIt is served from this computer only. Press Ctrl+C to stop.", flush=True)
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    except OSError as err:
        print(f"error: the guide could not be served on port {port} ({err.strerror or err}). Try "
              f"another port: {command(page)} --port 8123", file=sys.stderr)
        return 1
    return 0
