"""Every page of the built site, known before it is built (so tests can be parametrized by page).

Pages come from the Markdown files in docs/ (MkDocs' directory URLs; in English: each edition's
are in EDITION_PAGES), the HTML files in docs/ (copied
as they are, without the theme), the plain page "Leave this page quickly" opens (the plugin's own when
docs/ has none), plus the 404 page.
tests/browser/test_crawl.py checks that this list, the sitemap and the links between pages agree,
so a new page is crawled and checked by axe without anyone editing a list.
"""

from __future__ import annotations

import yaml
from kit.site import ROOT

from exercises.markdown_ext import DIRECTIVE
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
    """The default language's source files ending in SUFFIX (not a translation: index.es.md)."""
    found = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob(f"*{suffix}"))
    return [s for s in found if not s.startswith(NOT_PAGES) and not _translation(s)]


def _translation(src: str) -> bool:
    """index.es.md, attachment.es.yml: a page in an edition's language (mkdocs-static-i18n's suffix)."""
    parts = src.rsplit("/", 1)[-1].split(".")
    return len(parts) == 3 and parts[1] in EDITIONS


def _plugin(name: str) -> dict:
    """The options of the plugin NAME in mkdocs.yml ({} when the site does not use it)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # !ENV stays text
    return next((p[name] for p in config["plugins"] if isinstance(p, dict) and name in p), {})


def _editions() -> tuple[str, ...]:
    """The languages mkdocs-static-i18n builds beside the default one, each in its own folder."""
    return tuple(lang["locale"] for lang in _plugin("i18n").get("languages", [])
                 if lang.get("default") != "true" and lang.get("build", "true") == "true")


# The languages of the site's editions beside English (mkdocs.yml), each built in its own folder (/es/).
EDITIONS = _editions()
LEAVE = _plugin("exercises").get("leave_page", LEAVE_PAGE).strip("/")
# The plain page the service worker shows offline for a page the device does not have.
OFFLINE = "offline.html"
# Plain HTML pages, served as written (no theme, no colour schemes).
STATIC = sorted({*sources(".html"), LEAVE, OFFLINE})
PAGES = [url_path(s) for s in sources(".md")] + ["404.html"] + STATIC


def _has_exercise(src: str) -> bool:
    return any(DIRECTIVE.match(line) for line in (DOCS / src).read_text(encoding="utf-8").splitlines())


# The pages with an exercise on them: the only ones that start Python.
EXERCISE_PAGES = sorted(url_path(s) for s in sources(".md") if _has_exercise(s))
# Every page of each edition: every page exists in it (a page not yet translated is the English one,
# under the edition's folder), the plain page Leave quickly opens and the offline page, in the
# edition's language.
EDITION_PAGES = {lang: [f"{lang}/{url_path(s)}" for s in sources(".md")]
                 + [f"{lang}/{LEAVE}", f"{lang}/{OFFLINE}"] for lang in EDITIONS}
