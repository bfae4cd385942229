"""Chromium (Debian's), driven by Playwright over the DevTools protocol."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page

from .page import ReaderPage, newest_file


class PlaywrightPage(ReaderPage):
    engine = "chromium"

    def __init__(self, browser: Browser) -> None:
        self.context = browser.new_context(accept_downloads=True)
        self.page: Page = self.context.new_page()
        self.downloads = Path(tempfile.mkdtemp(prefix="kit-chromium-"))
        self.page.on("download", lambda d: d.save_as(self.downloads / d.suggested_filename))

    def goto(self, url: str) -> None:
        self.page.goto(url)

    def reload(self) -> None:
        self.page.reload()

    def _run_json(self, script: str, args: list[Any]) -> str:
        return self.page.evaluate(f"(args) => ({script})(...args)", args)

    def click(self, selector: str) -> None:
        self.page.locator(selector).first.click()

    def type(self, selector: str, text: str) -> None:
        self.page.locator(selector).first.press_sequentially(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def downloaded(self, suffix: str, timeout: float = 30) -> str:
        return newest_file(self.downloads, suffix, self.engine, timeout)

    def screenshot(self, path: Path) -> None:
        self.page.screenshot(path=str(path), full_page=True)

    def close(self) -> None:
        self.context.close()
        shutil.rmtree(self.downloads, ignore_errors=True)
