"""Firefox ESR, from Debian's package, driven over WebDriver BiDi: Firefox speaks it itself
(`--remote-debugging-port`), so no geckodriver is needed (none is packaged). The BiDi client is the
few commands the tests need, over one WebSocket (the `websockets` package).
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

from .page import KEYS, EngineError, ReaderPage, keystrokes, newest_file

BROWSER = "firefox-esr"
# Quiet and local: no updates, studies, telemetry or first-run pages; downloads go without a dialog
# to the profile's downloads folder, where a test can read them.
PREFS = {
    "app.update.disabledForTesting": True, "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore", "browser.startup.page": 0,
    "datareporting.policy.dataSubmissionEnabled": False, "toolkit.telemetry.server": "",
    "app.normandy.enabled": False, "messaging-system.rsexperimentloader.enabled": False,
    "services.settings.server": "data:,", "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False, "browser.safebrowsing.update.enabled": False,
    "extensions.update.enabled": False, "browser.download.folderList": 2,
    "browser.download.useDownloadDir": True, "browser.download.always_ask_before_handling_new_types": False,
    "browser.download.start_downloads_in_tmp_dir": False, "browser.download.alwaysOpenPanel": False,
}


# Before a click: EL scrolled to the middle of the view, as a reader scrolls, and the page let come to
# rest. Right after typing, Firefox scrolls the text box's caret back into view at its next frame: a
# click aimed before that frame (on a busy machine the scroll, the aim and the press can all come
# before it) comes down where the page has moved to, on whatever is there then, and the press is
# lost. So: scrolled, then a frame, again until EL has stayed put over the frame and is itself under
# the point the pointer aims at (the middle of its part in view; a part still sliding in is waited
# for, up to 5 s, as a reader would wait for it to stop). Returns why it cannot be clicked
# ('' when it can); when it can, the press that follows is noted (window.__kitMissed: '' when it came
# down on EL, else what it came down on).
_IN_VIEW_AND_STILL = """async (el) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const middle = () => {
    const box = el.getClientRects()[0];
    if (!box) return null;
    const left = Math.max(box.left, 0), right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0), bottom = Math.min(box.bottom, innerHeight);
    return [Math.floor((left + right) / 2), Math.floor((top + bottom) / 2)];
  };
  let found = '';
  for (const until = performance.now() + 5000; performance.now() < until;) {
    el.scrollIntoView({block: 'center'});
    const aimed = middle();
    await frame();
    const point = middle();
    if (!aimed || !point) return 'it is not shown';
    const there = document.elementFromPoint(...point);
    const still = aimed[0] === point[0] && aimed[1] === point[1];
    if (still && there && el.contains(there)) {
      window.__kitPress?.abort();
      window.__kitPress = new AbortController();
      window.__kitMissed = null;
      addEventListener('pointerdown', (event) => {
        window.__kitMissed = el.contains(event.target) ? ''
          : `${event.target.outerHTML.slice(0, 120)}, not on ${el.outerHTML.slice(0, 120)}`;
      }, {capture: true, once: true, signal: window.__kitPress.signal});
      return '';
    }
    found = !still ? 'it kept moving' : there ? `${there.outerHTML.slice(0, 120)} is over its middle`
      : 'its middle is out of view';
  }
  return found;
}"""


class Bidi:
    """Firefox with a fresh profile, and one BiDi session to it."""

    def __init__(self) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="kit-firefox-"))
        self.downloads = self.profile / "downloads"
        self.downloads.mkdir()
        prefs = {**PREFS, "browser.download.dir": str(self.downloads)}
        (self.profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in prefs.items()))
        self.process = subprocess.Popen(
            [shutil.which(BROWSER) or BROWSER, "--headless", "--no-remote", "--profile", str(self.profile),
             "--remote-debugging-port=0"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        address = self._address()
        threading.Thread(target=self._drain, daemon=True).start()
        self.open = contextlib.ExitStack()
        self.ws: ClientConnection = self.open.enter_context(connect(address + "/session", max_size=None,
                                                                    open_timeout=30))
        self.ids = itertools.count(1)
        self.command("session.new", capabilities={})
        self.context = self.command("browsingContext.getTree")["contexts"][0]["context"]

    def _address(self) -> str:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            found = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
            if found:
                return found.group(1)
        raise EngineError("firefox: Firefox ended before it offered WebDriver BiDi")

    def _drain(self) -> None:
        assert self.process.stderr is not None
        for _ in self.process.stderr:  # Firefox's own log: read so it never blocks on a full pipe
            pass

    def command(self, method: str, **params: Any) -> Any:
        number = next(self.ids)
        self.ws.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=180))
            if message.get("id") != number:
                continue  # an event: none is subscribed to, but skip any
            if message.get("type") == "error":
                raise EngineError(f"firefox: {method}: {message['error']}: {message.get('message')}")
            return message["result"]

    def quit(self) -> None:
        with contextlib.suppress(Exception):  # already gone is fine: the process is killed next
            self.command("browser.close")
        try:
            self.open.close()
        finally:
            self.process.kill()
            self.process.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


class FirefoxPage(ReaderPage):
    engine = "firefox"

    def __init__(self, bidi: Bidi) -> None:
        self.bidi = bidi
        self.downloads = bidi.downloads

    def _context(self, **params: Any) -> dict[str, Any]:
        return {"context": self.bidi.context, **params}

    def goto(self, url: str) -> None:
        self.bidi.command("browsingContext.navigate", **self._context(url=url, wait="complete"))

    def reload(self) -> None:
        self.bidi.command("browsingContext.reload", **self._context(wait="complete"))

    def _run_json(self, script: str, args: list[Any]) -> str:
        result = self.bidi.command(
            "script.callFunction", functionDeclaration=script, awaitPromise=True,
            target={"context": self.bidi.context},
            arguments=[{"type": "string", "value": json.dumps(a)} for a in args])
        if result["type"] == "exception":
            raise EngineError(f"firefox: the page's script failed: {result['exceptionDetails']['text']}")
        return result["result"]["value"]

    def run(self, function: str, *args: Any) -> Any:
        # Arguments travel as JSON text and are parsed in the page: BiDi's own values need a schema.
        parsed = "(...args) => (" + function + ")(...args.map((a) => JSON.parse(a)))"
        return super().run(parsed, *args)

    def _node(self, selector: str) -> dict[str, str]:
        nodes = self.bidi.command("browsingContext.locateNodes", **self._context(
            locator={"type": "css", "value": selector}, maxNodeCount=1))["nodes"]
        if not nodes:
            raise EngineError(f"firefox: no element matches {selector}")
        return {"sharedId": nodes[0]["sharedId"]}

    def _actions(self, *sources: dict[str, Any]) -> None:
        self.bidi.command("input.performActions", **self._context(actions=list(sources)))
        self.bidi.command("input.releaseActions", **self._context())

    def click(self, selector: str) -> None:
        node = self._node(selector)
        pointer = {"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
            {"type": "pointerMove", "x": 0, "y": 0, "origin": {"type": "element", "element": node}},
            {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}
        for attempt in range(3):
            checked = self.bidi.command("script.callFunction", awaitPromise=True, arguments=[node],
                                        functionDeclaration=_IN_VIEW_AND_STILL,
                                        target={"context": self.bidi.context})
            if checked["type"] == "exception":
                raise EngineError(f"firefox: {selector} could not be brought into view:"
                                  f" {checked['exceptionDetails']['text']}")
            if checked["result"]["value"]:
                raise EngineError(f"firefox: cannot click {selector}: {checked['result']['value']}")
            try:
                self._actions(pointer)
            except EngineError as err:
                # Nothing was pressed: the page moved between the check and the aim. Look again.
                if "out of bounds" not in str(err) or attempt == 2:
                    raise
                continue
            self._pressed_on(selector)
            return

    def _pressed_on(self, selector: str) -> None:
        """Fail at once, saying where, when the press came down on anything but SELECTOR's element
        (a lost press otherwise shows only as a wait that runs out much later)."""
        try:
            missed = self.run("() => window.__kitMissed ?? null")
        except EngineError:
            return  # the click opened another page: this one cannot be asked
        if missed:
            raise EngineError(f"firefox: the click meant for {selector} came down on {missed}")

    def type(self, selector: str, text: str) -> None:
        self.click(selector)
        self._actions({"type": "key", "id": "keyboard", "actions": keystrokes(*text)})

    def press(self, key: str) -> None:
        self._actions({"type": "key", "id": "keyboard", "actions": keystrokes(KEYS[key])})

    def downloaded(self, suffix: str, timeout: float = 30) -> str:
        return newest_file(self.downloads, suffix, self.engine, timeout)

    def screenshot(self, path: Path) -> None:
        data = self.bidi.command("browsingContext.captureScreenshot", **self._context(origin="document"))
        path.write_bytes(base64.b64decode(data["data"]))

    def close(self) -> None:
        self.bidi.quit()
