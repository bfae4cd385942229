"""A Content-Security-Policy for the built site, written into every page as a <meta> tag.

The policy allows this origin only, so a page cannot be made to send the reader's words anywhere
else, and it allows no inline script except the few the theme writes (by their sha256 hash).

One policy for the whole site, not one per page: Material's instant navigation keeps the first
page's document and pulls the next page's <head> tags into it. A page whose policy differed would
add a second policy, and a browser enforces every policy it has seen, so an inline script allowed
by the new page but not by the first would be refused. The hashes are therefore those of every
inline script on every page, which is why this runs once the whole site is written.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.exercises")

# <script type=...> values a browser runs as script; anything else (Material's config JSON) is data,
# never run, and needs no hash.
SCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "application/ecmascript",
                "text/ecmascript", "importmap"}
META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', re.IGNORECASE)
CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)
HEAD = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE)


def sha256_source(text: str) -> str:
    """A CSP hash source for TEXT, e.g. 'sha256-abc...='."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@dataclass
class Inline:
    """What a page runs or styles inline: script bodies and style attribute values."""

    scripts: set[str] = field(default_factory=set)
    style_attributes: set[str] = field(default_factory=set)
    event_handlers: set[str] = field(default_factory=set)  # onclick="..." and the like


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = Inline()
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "style" in values:
            self.found.style_attributes.add(values["style"])
        self.found.event_handlers.update(name for name in values if name.startswith("on"))
        if tag == "script" and "src" not in values and values.get("type", "").strip().lower() in SCRIPT_TYPES:
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.found.scripts.add("".join(self._script))
            self._script = None


def _parse(html: str) -> Inline:
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.found


# A page's text can only hold an inline style or event handler where one of these appears; the
# theme's pages have neither, so most pages skip the full parse (a few ms a page, most of this
# step's time) and only their <script> elements are read.
_MAYBE_ATTRIBUTE = re.compile(r"\s(?:style|on[a-z]+)\s*=", re.IGNORECASE)
# Script text ends at the first "</script" (HTML has no way to escape it inside a script).
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def find_inline(html: str) -> Inline:
    """The inline scripts, style attributes and event handlers in HTML."""
    if _MAYBE_ATTRIBUTE.search(html):
        return _parse(html)
    return _parse("".join(_SCRIPT.findall(html)))


def policy(found: Inline) -> str:
    """The site's policy, allowing exactly the inline scripts (and style attributes) in FOUND."""
    script_hashes = " ".join(sorted(sha256_source(s) for s in found.scripts))
    directives = [
        # Anything not named below (media, frames, manifest, prefetch): this origin only.
        "default-src 'self'",
        # Our files, the theme's inline scripts by hash, and WebAssembly for Pyodide. Pyodide runs in
        # a module worker, and a worker takes its policy from its own response headers, not from this
        # <meta> (Chromium boots it without 'wasm-unsafe-eval' here). It is here for browsers and
        # hosts that do apply this policy to the worker: sent as a header on every file, the policy
        # without it stops Pyodide's WebAssembly, with it Pyodide works (test_policy_in_browser.py).
        # No 'unsafe-eval' and no 'unsafe-inline': neither Pyodide nor the theme needs them.
        f"script-src 'self' 'wasm-unsafe-eval' {script_hashes}".rstrip(),
        # The Pyodide engine's module worker, the theme's search worker and the service worker.
        "worker-src 'self'",
        # Pages (instant navigation), the sitemap; the workers' own fetches follow their own policy.
        "connect-src 'self'",
        # Theme and our stylesheets. The theme sets styles only through the CSSOM (element.style),
        # which a policy does not restrict, and the built pages carry no <style> element, so no
        # 'unsafe-inline' for styles.
        "style-src 'self'",
        # data: for the theme's icons, which its stylesheet embeds as data: SVG images.
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        # No form on the site is ever sent anywhere. An exercise form has no action; sent natively
        # (a tap before its script is ready) it would put the reader's answers into a URL for the
        # host to log. 'none' refuses that: answers stay in the page.
        "form-action 'none'",
    ]
    if found.style_attributes:
        # Markdown writes style="text-align: right;" for aligned table columns. Allow those exact
        # values (hashes need 'unsafe-hashes' to apply to attributes), and no other inline style.
        style_hashes = " ".join(sorted(sha256_source(s) for s in found.style_attributes))
        directives.insert(directives.index("style-src 'self'") + 1,
                          f"style-src-attr 'unsafe-hashes' {style_hashes}")
    return "; ".join(directives)


def meta_tag(content: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{content}">'


def with_policy(html: str, content: str) -> str | None:
    """HTML with the policy as the first tag after <meta charset> (or <head>); None if no <head>."""
    html = META.sub("", html)
    anchor = CHARSET.search(html) or HEAD.search(html)
    if anchor is None:
        return None
    return html[: anchor.end()] + meta_tag(content) + html[anchor.end():]


def apply(site_dir: Path, pages: Iterable[Path] | None = None, sources: Mapping[str, str] | None = None
          ) -> str:
    """Write the site-wide policy into every HTML page under SITE_DIR; return the policy. SOURCES
    maps a built page (index.html) to the file an author wrote (docs/index.md), for the warnings."""

    def shown(path: Path) -> str:
        built = path.relative_to(site_dir).as_posix()
        return (sources or {}).get(built) or f"the built page {built}"
    files = sorted(pages if pages is not None else site_dir.rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    found = Inline()
    for path, html in texts.items():
        inline = find_inline(META.sub("", html))
        found.scripts |= inline.scripts
        found.style_attributes |= inline.style_attributes
        if inline.event_handlers:
            # A policy without 'unsafe-inline' refuses these, so the page would not work as written.
            log.warning(f"exercises: {shown(path)} has inline event handlers "
                        f"({', '.join(sorted(inline.event_handlers))}), which the "
                        "Content-Security-Policy blocks. Use a script file instead.")
    content = policy(found)
    for path, html in texts.items():
        updated = with_policy(html, content)
        if updated is None:
            log.warning(f"exercises: {shown(path)} has no <head>, so it got no "
                        "Content-Security-Policy.")
        elif updated != html:
            path.write_text(updated, encoding="utf-8")
    return content
