"""Every page of the built site, known before it is built (so tests can be parametrized by page).

Pages come from the Markdown files in docs/ (MkDocs' directory URLs), the HTML files in docs/ (copied
as they are, without the theme), the plain page "Leave this page quickly" opens (the plugin's own when
docs/ has none), plus the 404 page.
tests/browser/test_crawl.py checks that this list, the sitemap and the links between pages agree,
so a new page is crawled and checked by axe without anyone editing a list.
"""

from __future__ import annotations

import yaml
from kit.site import ROOT

from exercises.mkdocs_plugin.plugin import LEAVE_PAGE

DOCS = ROOT / "docs"
NOT_PAGES = ("_exercises/",)  # definitions, removed from the site by the plugin


def url_path(src: str) -> str:
    """docs/steps/1-x.md -> steps/1-x/, docs/index.md -> "" (relative to the site's address)."""
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def sources(suffix: str) -> list[str]:
    found = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob(f"*{suffix}"))
    return [s for s in found if not s.startswith(NOT_PAGES)]


def _leave_page() -> str:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # !ENV stays text
    [options] = [p["exercises"] for p in config["plugins"] if isinstance(p, dict) and "exercises" in p]
    return options.get("leave_page", LEAVE_PAGE).strip("/")


LEAVE = _leave_page()
# The plain page the service worker shows offline for a page the device does not have.
OFFLINE = "offline.html"
# Plain HTML pages, served as written (no theme, no colour schemes).
STATIC = sorted({*sources(".html"), LEAVE, OFFLINE})
PAGES = [url_path(s) for s in sources(".md")] + ["404.html"] + STATIC
