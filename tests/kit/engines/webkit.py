"""WebKitGTK (the engine family of Safari, and of every browser on an iPhone), from Debian's packages:
its MiniBrowser driven by WebKitWebDriver over W3C WebDriver (classic, plain HTTP and JSON), on a
virtual X display of its own (Xvfb: the MiniBrowser has no headless mode that works under automation).

The WebDriver client is the few calls the tests need, with the standard library only.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from .page import KEYS, CannotObserve, EngineError, ReaderPage, keystrokes

DRIVER = "/usr/bin/WebKitWebDriver"
BROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C name of an element reference


class _Display:
    """An Xvfb server on the first free display number (Xvfb picks it and tells it on a pipe)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24",
                                         "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as said:
            number = said.readline().strip()
        if not number:
            raise EngineError("webkit: Xvfb did not start (is the xvfb package installed? make browsers)")
        self.name = f":{number}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """WebKitWebDriver under a virtual display, and one session of the MiniBrowser."""

    def __init__(self) -> None:
        self.display = _Display()
        port = _free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen([DRIVER, f"--port={port}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True,
                                        env={**os.environ, "DISPLAY": self.display.name})
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.base + "/status", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.quit()
                    raise EngineError("webkit: WebKitWebDriver did not start") from None
                time.sleep(0.1)
        options = {"binary": BROWSER, "args": ["--automation"]}
        session = self.call("POST", "/session",
                            {"capabilities": {"alwaysMatch": {"webkitgtk:browserOptions": options}}})
        self.session = f"/session/{session['sessionId']}"

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as err:
            value = json.loads(err.read() or b"{}").get("value", {})
            said = f"{value.get('error')}: {value.get('message')}"
            raise EngineError(f"webkit: {method} {path}: {said}") from None

    def s(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.call(method, self.session + path, body)

    def quit(self) -> None:
        try:
            if getattr(self, "session", None):
                self.s("DELETE", "")
        except (EngineError, OSError):
            pass
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)  # the driver and the MiniBrowser it started
        self.process.wait(timeout=10)
        self.display.stop()


class WebKitPage(ReaderPage):
    engine = "webkit"

    def __init__(self, driver: WebDriver) -> None:
        self.driver = driver

    def goto(self, url: str) -> None:
        self.driver.s("POST", "/url", {"url": url})

    def reload(self) -> None:
        self.driver.s("POST", "/refresh")

    def _run_json(self, script: str, args: list[Any]) -> str:
        return self.driver.s("POST", "/execute/async", {
            "script": f"const done = arguments[arguments.length - 1];"
                      f" ({script})(...Array.from(arguments).slice(0, -1)).then(done,"
                      f" (e) => done(JSON.stringify({{kitError: String(e)}})));",
            "args": args})

    def run(self, function: str, *args: Any) -> Any:
        value = super().run(function, *args)
        if isinstance(value, dict) and set(value) == {"kitError"}:
            raise EngineError(f"webkit: the page's script failed: {value['kitError']}")
        return value

    def _element(self, selector: str) -> str:
        found = self.driver.s("POST", "/element", {"using": "css selector", "value": selector})
        return found[ELEMENT]

    def click(self, selector: str) -> None:
        element = self._element(selector)
        # To the middle, as a reader scrolls: WebDriver's own scrolling stops at the bottom edge,
        # under the fixed "Leave this page quickly" bar, and the click would land on the bar.
        self.driver.s("POST", "/execute/sync", {"script": "arguments[0].scrollIntoView({block: 'center'})",
                                                 "args": [{ELEMENT: element}]})
        self.driver.s("POST", f"/element/{element}/click")

    def type(self, selector: str, text: str) -> None:
        self.driver.s("POST", f"/element/{self._element(selector)}/value", {"text": text})

    def press(self, key: str) -> None:
        self.driver.s("POST", "/actions", {"actions": [
            {"type": "key", "id": "keyboard", "actions": keystrokes(KEYS[key])}]})
        self.driver.s("DELETE", "/actions")

    def downloaded(self, suffix: str, timeout: float = 30) -> str:
        raise CannotObserve("the MiniBrowser under automation saves no download (nothing arrives in its"
                            " downloads folder or anywhere under its home)")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.driver.s("GET", "/screenshot")))

    def close(self) -> None:
        self.driver.quit()
