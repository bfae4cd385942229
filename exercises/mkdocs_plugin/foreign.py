"""What a built site would fetch from another origin: scripts, styles, fonts, images, frames and
workers named by an address outside the site.

The site promises that a reader's browser asks no one else for anything. The Content-Security-Policy
(csp.py) enforces that in the browser, where a broken promise shows up as a missing font or script;
this check finds it at build time instead, so the author hears of it with the page and the address.
Links a reader may follow (<a href>) are not fetched by the page and are fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

# Attributes whose address the browser fetches by itself, per tag (<a href> is absent: a link is
# fetched only when the reader follows it).
FETCHED = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "video": ("src", "poster"),
    "audio": ("src",), "track": ("src",), "iframe": ("src",), "embed": ("src",), "object": ("data",),
    "input": ("src",), "image": ("href",), "use": ("href",),
}
# <link rel=...> values that make the browser fetch (or connect to) the address.
FETCHING_LINKS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch",
                  "icon", "shortcut", "apple-touch-icon", "manifest", "mask-icon"}
FOREIGN = re.compile(r"^\s*(?:(?:https?|wss?|ftp):)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.IGNORECASE)


@dataclass(frozen=True)
class Fetch:
    where: str  # the page or stylesheet, as the author knows it
    what: str  # the tag and attribute, or "a url() in the style"
    address: str


def is_foreign(address: str) -> bool:
    return bool(FOREIGN.match(address))


def _addresses(attribute: str, value: str) -> list[str]:
    if attribute == "srcset":  # "a.png 1x, https://x/b.png 2x"
        return [part.strip().split()[0] for part in value.split(",") if part.strip()]
    return [value]


def css_addresses(css: str) -> list[str]:
    return [m.group(2) or m.group(4) for m in CSS_URL.finditer(css)]


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (what, address)
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for attribute in FETCHED.get(tag, ()):
            if attribute in values:
                self.found += [(f"<{tag} {attribute}>", a) for a in _addresses(attribute, values[attribute])]
        if tag == "link" and FETCHING_LINKS & set(values.get("rel", "").lower().split()):
            self.found.append((f"<link rel=\"{values.get('rel')}\">", values.get("href", "")))
        if "style" in values:
            self.found += [("a url() in a style attribute", a) for a in css_addresses(values["style"])]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found += [("a url() in a <style>", a) for a in css_addresses(data)]


# Only these parts of a page can make it fetch anything: the tags in FETCHED and <link>, <style>
# blocks, and tags with a style attribute. Parsing just them (as csp.py does for scripts) keeps the
# check to a fraction of a millisecond a page; the rest of a page is text and links. Style
# attributes are rare (the theme writes none), so they are looked for only where "style=" appears.
_FETCHING_TAGS = re.compile(r"<(?:" + "|".join(sorted({*FETCHED, "link"})) + r")\b[^>]*>"
                            r"|<style\b[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)
_STYLED_TAGS = re.compile(r"<[a-z][a-z0-9-]*\s[^>]*\bstyle\s*=[^>]*>", re.IGNORECASE)


def _fetching_parts(html: str) -> list[str]:
    parts: list[str] = _FETCHING_TAGS.findall(html)
    if "style=" in html.lower():
        parts += _STYLED_TAGS.findall(html)
    return parts


def in_html(html: str) -> list[tuple[str, str]]:
    finder = _Finder()
    for part in _fetching_parts(html):
        if "//" not in part and "&" not in part:
            continue  # an address on another origin has "//" (or hides it in a character reference)
        # A script's start tag alone would leave the parser reading the rest as the script's text.
        finder.feed(part + ("</script>" if part[:7].lower() == "<script" else ""))
    finder.close()
    return [(what, address) for what, address in finder.found if is_foreign(address)]


def find(site_dir: Path, sources: Mapping[str, str] | None = None) -> list[Fetch]:
    """Every address on another origin the built site's pages and stylesheets would fetch."""
    def shown(path: Path) -> str:
        built = path.relative_to(site_dir).as_posix()
        return (sources or {}).get(built) or f"the built file {built}"
    found: list[Fetch] = []
    for path in sorted(site_dir.rglob("*.html")):
        found += [Fetch(shown(path), what, a) for what, a in in_html(path.read_text(encoding="utf-8"))]
    for path in sorted(site_dir.rglob("*.css")):
        css = path.read_text(encoding="utf-8", errors="replace")
        found += [Fetch(shown(path), "a url() in the stylesheet", a) for a in css_addresses(css)
                  if is_foreign(a)]
    return found


def in_templates(custom_dir: Path | None, shown_from: Path) -> list[Fetch]:
    """Every address on another origin the site's own templates (the theme's custom_dir) would make
    a page fetch, each where it is written (overrides/main.html:12), as an author finds it."""
    if custom_dir is None or not custom_dir.is_dir():
        return []
    found: list[Fetch] = []
    for path in sorted(custom_dir.rglob("*.html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            shown = path.relative_to(shown_from).as_posix()
        except ValueError:
            shown = str(path)
        for what, address in in_html(text):
            line = text[: text.find(address)].count("\n") + 1 if address in text else None
            found.append(Fetch(f"{shown}:{line}" if line else shown, what, address))
    return found


def attributed(pages: list[Fetch], templates: list[Fetch]) -> list[Fetch]:
    """What to report: each template line once, in place of every built page it put its address
    in, then what pages fetch by themselves."""
    from_templates = {f.address for f in templates}
    return [f for f in templates if any(p.address == f.address for p in pages)] + [
        p for p in pages if p.address not in from_templates]


def report(found: Iterable[Fetch], limit: int = 10) -> str:
    found = list(found)
    lines = [f"  {f.where}: {f.what} {f.address}" for f in found[:limit]]
    if len(found) > limit:
        lines.append(f"  and {len(found) - limit} more")
    fonts = any("font" in f.address.lower() for f in found)
    font_fix = (" A web font: remove its line, and the site uses the reader's own fonts; or put the "
                "font files in docs/ and load them from a stylesheet there." if fonts else "")
    return ("exercises: the site would fetch these from another origin, so a reader's browser would "
            "tell that origin who is reading (and the site's policy would block them anyway). Put the "
            f"file in docs/ and name it by its path there, or remove it.{font_fix}\n" + "\n".join(lines))
