"""The guide's MkDocs hooks (mkdocs.yml beside this file): the reader site's standards for a site
without exercises.

The guide is published beside a reader's site (site/guide/) and opened by `mkdocs-exercises guide`,
so it keeps the same promises: the theme fixes every reader page gets (links told apart by more than
colour, a readable accent, focusable wide tables: every-page.css and every-page.js), the same
Content-Security-Policy on every page, and no request to another origin. It needs none of the
exercises' runtime, so it does not use the exercises plugin (which would fetch Pyodide).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from exercises.mkdocs_plugin import csp, foreign
from exercises.mkdocs_plugin.plugin import EVERY_PAGE_CSS, EVERY_PAGE_JS, RUNTIME_URI
from exercises.mkdocs_plugin.runtime_files import ASSETS_DIR, stylesheet

_command = {"name": "build"}


def on_startup(command: str, dirty: bool) -> None:
    _command["name"] = command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra_css.insert(0, f"{RUNTIME_URI}/{EVERY_PAGE_CSS}")
    fixes = ExtraScriptValue(f"{RUNTIME_URI}/{EVERY_PAGE_JS}")
    fixes.type = "module"
    config.extra_javascript.append(fixes)  # type: ignore[arg-type]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, f"{RUNTIME_URI}/{EVERY_PAGE_CSS}",
                                content=stylesheet(ASSETS_DIR / EVERY_PAGE_CSS)))
    files.append(File.generated(config, f"{RUNTIME_URI}/{EVERY_PAGE_JS}",
                                abs_src_path=str(ASSETS_DIR / EVERY_PAGE_JS)))
    return files


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    site = Path(config.site_dir)
    fetched = foreign.find(site)
    if fetched:
        raise PluginError(foreign.report(fetched))
    # Not under `mkdocs serve`: its live reload adds an inline script no hash can allow.
    if _command["name"] != "serve":
        csp.apply(site)
