"""A stand-in for the browser's speech engine (window.speechSynthesis), for tests of "Read it to me".

Installed with Playwright's add_init_script before the page's own scripts run, it replaces
speechSynthesis and SpeechSynthesisUtterance with a fake that speaks nothing: it records every
utterance (its words and the voice it names), ends an utterance only when the test says so
(``finish``), and changes the device's voices when the test says so (``set_voices``, firing
``voiceschanged`` as browsers do when their voices load late).
"""

from __future__ import annotations

import json
from typing import Any

from playwright.sync_api import Page

#: A voice on the device, and a network voice (its words would leave the device).
DEVICE_EN = {"name": "Device English", "lang": "en-GB", "localService": True, "default": False}
NETWORK_EN = {"name": "Cloud English", "lang": "en-US", "localService": False, "default": True}
DEVICE_FR = {"name": "Appareil Fran\u00e7ais", "lang": "fr-FR", "localService": True, "default": False}

_FAKE = """
(() => {
  const said = [];
  const listeners = [];
  let voices = VOICES;
  let queue = [];
  class Utterance {
    constructor(text) { Object.assign(this, { text, voice: null, lang: "", onend: null, onerror: null }); }
  }
  const synth = {
    get speaking() { return queue.length > 0; },
    get pending() { return false; },
    get paused() { return false; },
    getVoices: () => voices.map((v) => ({ voiceURI: v.name, ...v })),
    speak(u) {
      said.push({ kind: "speak", text: u.text, voice: u.voice ? u.voice.name : null,
                  local: u.voice ? u.voice.localService === true : null, lang: u.lang });
      queue.push(u);
    },
    cancel() {
      said.push({ kind: "cancel" });
      const dropped = queue;
      queue = [];
      for (const u of dropped) u.onerror?.({ error: "interrupted" });
    },
    pause() { said.push({ kind: "pause" }); },
    resume() { said.push({ kind: "resume" }); },
    addEventListener(type, fn) { if (type === "voiceschanged") listeners.push(fn); },
    removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  window.__speech = {
    said,
    finish() { const u = queue.shift(); u?.onend?.({}); },
    setVoices(next) { voices = next; for (const fn of listeners) fn(new Event("voiceschanged")); },
  };
})();
"""


def install(page: Page, voices: list[dict[str, Any]]) -> None:
    """Replace the page's speech engine, from its first script on, with one that has VOICES."""
    page.add_init_script(_FAKE.replace("VOICES", json.dumps(voices)))


def said(page: Page) -> list[dict[str, Any]]:
    """Everything asked of the engine so far: {"kind": "speak", "text", "voice", "local"} or
    {"kind": "cancel"}, in order."""
    return page.evaluate("() => window.__speech.said.slice()")


def spoken(page: Page) -> list[str]:
    return [s["text"] for s in said(page) if s["kind"] == "speak"]


def finish(page: Page) -> None:
    """The utterance being spoken comes to its end."""
    page.evaluate("() => window.__speech.finish()")


def set_voices(page: Page, voices: list[dict[str, Any]]) -> None:
    """The device's voices change (they load late, or one is removed)."""
    page.evaluate("(v) => window.__speech.setVoices(v)", voices)


def wait_spoken(page: Page, count: int) -> list[str]:
    """Wait until COUNT utterances have been asked for; all the words asked for so far."""
    page.wait_for_function("(n) => window.__speech.said.filter((s) => s.kind === 'speak').length >= n",
                           arg=count)
    return spoken(page)


def voices_used(page: Page) -> set[tuple[str | None, bool | None]]:
    """Each (voice name, on the device?) an utterance named."""
    return {(s["voice"], s["local"]) for s in said(page) if s["kind"] == "speak"}
