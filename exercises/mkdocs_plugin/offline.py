"""A returning reader, installed or offline: the web app manifest, the offline page, and the list of
what "Keep this site for reading offline" keeps.

- ``manifest.webmanifest`` (site root): the site's name, its icons (made from its logo: the logo
  itself, and a "maskable" copy with room around it for the shapes phones cut icons to), its colours.
  Every address in it is relative to the manifest, so the site installs under a sub-path too.
- ``offline.html`` (site root): what the service worker shows offline for a page this device does not
  keep: plain, self-contained HTML with the crisis and safety services as text.
- ``offline.json`` (site root): every page (address and title) and every file the pages need
  (stylesheets, scripts, images, the search index), each with a digest, and their total size: what
  the service worker keeps when the reader chooses to, and refreshes when the site changes. Never the
  exercise runtime (Pyodide, the core): the service worker keeps that only once the reader has used
  an exercise.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Iterable, Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

MANIFEST = "manifest.webmanifest"
OFFLINE_PAGE = "offline.html"
OFFLINE_LIST = "offline.json"
MASKABLE_ICON = "assets/app-icon-maskable.svg"
# Never kept for reading: the exercise runtime (kept by the service worker once used), the service
# worker itself, the list, sitemaps and the plain page "Leave this page quickly" opens.
RUNTIME = ("assets/pyodide/", "assets/exercises/core-")
NOT_KEPT = ("sw.js", OFFLINE_LIST, "sitemap.xml", "sitemap.xml.gz", "404.html")


def manifest(site_name: str, description: str, language: str, theme_color: str, background: str,
             logo: str | None, logo_file: Path | None) -> dict[str, Any]:
    """The web app manifest; LOGO is the logo's address in the site, LOGO_FILE the file itself."""
    short = site_name if len(site_name) <= 12 else site_name.split()[0][:12]
    icons: list[dict[str, str]] = []
    if logo and logo_file is not None:
        kind = logo.rsplit(".", 1)[-1].lower()
        if kind == "svg":
            icons = [{"src": logo, "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
                     {"src": MASKABLE_ICON, "sizes": "any", "type": "image/svg+xml", "purpose": "maskable"}]
        elif kind == "png" and (size := png_size(logo_file.read_bytes())):
            icons = [{"src": logo, "sizes": f"{size[0]}x{size[1]}", "type": "image/png", "purpose": "any"}]
    return {"name": site_name, "short_name": short, "description": description, "lang": language,
            "start_url": "./", "scope": "./", "display": "standalone", "theme_color": theme_color,
            "background_color": background, "icons": icons}


def png_size(data: bytes) -> tuple[int, int] | None:
    """A PNG's width and height, from its header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


_SVG_OPEN = re.compile(r"<svg\b[^>]*>", re.IGNORECASE | re.DOTALL)
_VIEWBOX = re.compile(r'viewBox\s*=\s*"([^"]+)"', re.IGNORECASE)


def maskable_svg(logo_svg: str, background: str) -> str:
    """The logo inside the safe zone of a maskable icon (the middle 80%), on BACKGROUND: a phone may
    cut the icon to a circle or a rounded square without cutting the logo."""
    opening = _SVG_OPEN.search(logo_svg)
    box = _VIEWBOX.search(opening.group(0)) if opening else None
    view_box = box.group(1) if box else "0 0 100 100"
    body = logo_svg[opening.end():logo_svg.rindex("</svg>")] if opening else ""
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
            f'<rect width="100" height="100" fill="{background}"/>'
            f'<svg x="15" y="15" width="70" height="70" viewBox="{view_box}">{body}</svg></svg>\n')


class _Links(HTMLParser):
    """The addresses a page loads (src, href of stylesheets and icons) and its title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in ("script", "img", "source") and values.get("src"):
            self.found.append(values["src"])
        if tag == "link" and values.get("href") and values.get("rel", "") in (
                "stylesheet", "icon", "manifest", "modulepreload", "apple-touch-icon"):
            self.found.append(values["href"])
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def keep_list(site_dir: Path, titles: Mapping[str, str], also: Iterable[str] = ()) -> dict[str, Any]:
    """offline.json: every page of SITE_DIR (TITLES: a page's address -> its title) and the files its
    pages load, plus ALSO (addresses the theme's scripts fetch, such as the search index)."""
    pages: list[dict[str, str]] = []
    files: set[str] = set(also)
    for page in sorted(site_dir.rglob("index.html")):
        address = page.parent.relative_to(site_dir).as_posix()
        address = "" if address == "." else address + "/"
        links = _Links()
        links.feed(page.read_text(encoding="utf-8"))
        title = titles.get(address) or links.title.split(" - ")[0].strip() or address or "/"
        pages.append({"url": address, "title": title, "digest": _digest(page)})
        for found in links.found:
            parts = urlsplit(urljoin(f"https://site.invalid/{address}", found))
            if parts.netloc == "site.invalid" and not parts.path.endswith("/"):
                files.add(parts.path.lstrip("/"))
    kept = sorted(f for f in files if (site_dir / f).is_file() and not f.startswith(RUNTIME)
                  and f not in NOT_KEPT)
    entries = [{"url": f, "digest": _digest(site_dir / f)} for f in kept]
    size = sum((site_dir / ("index.html" if not p["url"] else p["url"] + "index.html")).stat().st_size
               for p in pages) + sum((site_dir / f).stat().st_size for f in kept)
    return {"pages": pages, "files": entries, "bytes": size}


def write_keep_list(site_dir: Path, data: Mapping[str, Any]) -> str:
    """Write offline.json; its digest (the service worker changes with it)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    (site_dir / OFFLINE_LIST).write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode()).hexdigest()[:16]
