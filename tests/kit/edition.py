"""This repository's site in Spanish (docs/*.es.md, docs/_exercises/*.es.yml, built under /es/ by
mkdocs-static-i18n): its sources beside their English ones, its settings, and the words the package
shows a Spanish reader (the catalog's, or the English while the catalog has no translation)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml
from kit.site import ROOT
from kit.storage import keys_js

from exercises.i18n.catalogs import package_messages, site_messages

LANG = "es"
DOCS = ROOT / "docs"


def spanish_of(english: Path) -> Path:
    """docs/steps/1-x.md -> docs/steps/1-x.es.md; docs/_exercises/a.yml -> docs/_exercises/a.es.yml."""
    return english.with_name(f"{english.stem}.{LANG}{english.suffix}")


def english_sources(suffix: str) -> list[Path]:
    """The English pages (".md") or exercise files (".yml") under docs/, not their translations."""
    return sorted(p for p in DOCS.rglob(f"*{suffix}") if not p.stem.endswith(f".{LANG}")
                  and (suffix == ".yml") == (p.parent.name == "_exercises"))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def front(text: str) -> dict[str, Any]:
    """A page's front matter ({} without one)."""
    match = re.match(r"\A---\n(.*?)\n---\n", text, re.DOTALL)
    return yaml.safe_load(match.group(1)) if match else {}


def settings() -> dict[str, Any]:
    """mkdocs.yml, with !ENV read as empty text."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: "")
    return yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)


def language_settings() -> dict[str, Any]:
    """The Spanish language's entry under the i18n plugin's languages."""
    [i18n] = [p["i18n"] for p in settings()["plugins"] if isinstance(p, dict) and "i18n" in p]
    [spanish] = [lang for lang in i18n["languages"] if lang["locale"] == LANG]
    return spanish


@functools.cache
def said(key: str) -> str:
    """What the package shows a Spanish reader for the message KEY: the Spanish catalog's words, or
    the English ones while it has no translation (the build says which)."""
    words = site_messages(LANG).words.get(key)
    if isinstance(words, str) and words:
        return words
    return package_messages()[key].english


def translated(key: str) -> bool:
    """Whether the Spanish catalog has the message KEY yet."""
    return key not in site_messages(LANG).missing


def _site_id() -> str:
    [options] = [p["exercises"] for p in settings()["plugins"] if isinstance(p, dict) and "exercises" in p]
    return str(options["site_id"])


# What this site keeps in the reader's browser (one site id for both languages: one journal).
SITE_ID = _site_id()
ENTRY = f"{SITE_ID}:journal:entry:"  # localStorage: one saved entry
SAVED = keys_js("localStorage", ENTRY)  # a JavaScript expression: the saved entries' keys
DRAFTS = keys_js("sessionStorage", f"{SITE_ID}:draft:")  # the tab's drafts
