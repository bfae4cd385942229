"""The reader's browser engines, each behind one small interface (page.ReaderPage), so a reader-path
test is written once and runs in every engine a reader uses:

- chromium: Debian's Chromium, driven by Playwright (chromium.py)
- webkit: WebKitGTK's MiniBrowser, Safari's engine family, over W3C WebDriver (webkit.py)
- firefox: Firefox ESR over WebDriver BiDi (firefox.py)

Playwright's own WebKit and Firefox builds cannot be downloaded here; Debian's packages can
(`make browsers`).
"""

from __future__ import annotations

from collections.abc import Callable

from .page import EngineError, ReaderPage

ENGINES = ("chromium", "webkit", "firefox")


def launch(engine: str, chromium: Callable[[], object]) -> ReaderPage:
    """One tab of ENGINE. CHROMIUM gives the run's Playwright Browser (launched once per run)."""
    if engine == "chromium":
        from .chromium import PlaywrightPage
        return PlaywrightPage(chromium())  # type: ignore[arg-type]
    if engine == "webkit":
        from .webkit import WebDriver, WebKitPage
        return WebKitPage(WebDriver())
    if engine == "firefox":
        from .firefox import Bidi, FirefoxPage
        return FirefoxPage(Bidi())
    raise ValueError(f"no engine called {engine!r}; known: {', '.join(ENGINES)}")


__all__ = ["ENGINES", "EngineError", "ReaderPage", "launch"]
