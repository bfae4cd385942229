"""What a reader-path test asks of a browser, whichever engine and automation library answer it.

A test speaks only this: go to an address, run a JavaScript function in the page (its result comes
back as JSON), click an element, type into one, press a key, wait until something is true. Clicks,
typing and keys are real input events from the engine's automation (never a script's `.click()`),
so focus, key handling and user activation behave as they do for a reader.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

from kit.reader import ADD_LINK

# The W3C WebDriver codes of the keys the tests press (WebDriver classic and BiDi share them).
KEYS = {"Enter": "\ue007", "Escape": "\ue00c", "Tab": "\ue004", "Backspace": "\ue003"}

# Runs FUNCTION (source text) with ARGS in the page and hands back its awaited result as JSON text.
# Built by the automation, not by the page: the site's Content-Security-Policy forbids eval.
WRAP = "async (...args) => JSON.stringify((await ({function})(...args)) ?? null)"

# Whether the first element matching a selector is shown (in the layout, not display: none).
_SHOWN = "(s) => { const el = document.querySelector(s); return !!el && el.getClientRects().length > 0; }"

_MARK = """(selector, text) => {
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const found = [...document.querySelectorAll(selector)].filter(
    (el) => norm(el.textContent) === text && el.getClientRects().length > 0);
  if (found.length !== 1) return found.length;
  document.querySelectorAll('[data-kit-target]').forEach((el) => el.removeAttribute('data-kit-target'));
  found[0].setAttribute('data-kit-target', '');
  return 1;
}"""


def keystrokes(*keys: str) -> list[dict[str, str]]:
    """WebDriver key actions (classic and BiDi) that press and release each of KEYS in turn: characters,
    or codes from KEYS."""
    return [{"type": kind, "value": key} for key in keys for kind in ("keyDown", "keyUp")]


class EngineError(AssertionError):
    """The engine did not do what the test asked (an element missing, a wait that ran out)."""


class CannotObserve(Exception):
    """What the engine does here cannot be seen by a test through its automation (the reason says why)."""


class ReaderPage(ABC):
    """One tab of one engine."""

    engine: str

    @abstractmethod
    def goto(self, url: str) -> None:
        """Load URL and wait for its load event."""

    @abstractmethod
    def _run_json(self, script: str, args: list[Any]) -> str:
        """Run SCRIPT (an async function's source, see WRAP) with ARGS; return the JSON it resolves to."""

    @abstractmethod
    def click(self, selector: str) -> None:
        """Click the first element matching SELECTOR with the pointer, scrolled into view first."""

    @abstractmethod
    def type(self, selector: str, text: str) -> None:
        """Focus the element matching SELECTOR and type TEXT key by key."""

    @abstractmethod
    def press(self, key: str) -> None:
        """Press and release KEY (a name in KEYS) where the focus is."""

    @abstractmethod
    def screenshot(self, path: Path) -> None: ...

    @abstractmethod
    def downloaded(self, suffix: str, timeout: float = 30) -> str:
        """The text of the file the page last downloaded whose name ends with SUFFIX, once complete;
        CannotObserve when the engine's automation cannot show downloads to a test."""

    def run(self, function: str, *args: Any) -> Any:
        """Run FUNCTION, the source of a JavaScript function, with ARGS in the page; return its result,
        awaited and passed through JSON."""
        return json.loads(self._run_json(WRAP.format(function=function), list(args)))

    def wait(self, function: str, *args: Any, what: str, timeout: float = 60) -> Any:
        """Run FUNCTION until it returns something truthy, and return that; fail naming WHAT. A page
        that is changing (a navigation under way) is asked again."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.run(function, *args)
            except Exception as err:  # noqa: BLE001 (each engine says "navigating" its own way)
                value, last = None, err
            else:
                last = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise EngineError(f"{self.engine}: waited {timeout:.0f} s for {what}") from last
            time.sleep(0.1)

    @abstractmethod
    def reload(self) -> None: ...

    def follow(self, url: str, timeout: float = 60) -> None:
        """Go to URL as a reader following a link on the page, with a real click. On a page of the
        site, Material's instant navigation swaps the page in place: Python, once started, keeps
        running."""
        self.run(ADD_LINK, url)
        self.click("#kit-next")
        self.wait("(u) => location.href === u && document.readyState === 'complete'"
                  " && !document.querySelector('#kit-next')", url, what=f"{url} to open", timeout=timeout)

    @property
    def url(self) -> str:
        return self.run("() => location.href")

    def text(self, selector: str) -> str:
        """The visible words of the first element matching SELECTOR, spaces collapsed ('' if none)."""
        return self.run("(s) => (document.querySelector(s)?.innerText ?? '').replace(/\\s+/g, ' ').trim()",
                        selector)

    def visible(self, selector: str) -> bool:
        return self.run(_SHOWN, selector)

    def wait_visible(self, selector: str, timeout: float = 60) -> None:
        self.wait(_SHOWN, selector, what=f"{selector} to be shown", timeout=timeout)

    def click_text(self, selector: str, text: str) -> None:
        """Click the one shown element matching SELECTOR whose words are TEXT (a button by its name)."""
        found = self.run(_MARK, selector, text)
        if found != 1:
            raise EngineError(f"{self.engine}: {found} shown {selector} say {text!r}; expected one")
        self.click("[data-kit-target]")

    def focused(self, selector: str) -> bool:
        return self.run("(s) => document.activeElement?.matches(s) ?? false", selector)

    @abstractmethod
    def close(self) -> None: ...


def newest_file(folder: Path, suffix: str, engine: str, timeout: float) -> str:
    """The text of the newest complete file in FOLDER whose name ends with SUFFIX (a download)."""
    deadline = time.monotonic() + timeout
    while True:
        files = sorted((p for p in folder.iterdir() if p.name.endswith(suffix)),
                       key=lambda p: p.stat().st_mtime)
        if files and not any(p.name.endswith(".part") for p in folder.iterdir()):
            return files[-1].read_text()
        if time.monotonic() > deadline:
            raise EngineError(f"{engine}: no {suffix} file was downloaded in {timeout:.0f} s")
        time.sleep(0.1)
