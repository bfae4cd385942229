"""Watching a page as a privacy reviewer would: every request, failure, console error and CSP violation.

A context is watched from before its first byte: every request (the page's, its workers' and the
service worker's), every failed response, every console error and uncaught exception, and every
Content-Security-Policy violation in the page.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from kit.reader import wait_for_engine
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response

# Set before any script of the page runs; a policy violation in the page lands here.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
  `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
"""


class Watch:
    """What one browser context asked for and what went wrong, seen from the browser's side."""

    def __init__(self, context: BrowserContext, origin: str) -> None:
        self.origin = origin
        self.requests: list[str] = []
        self.failed: list[str] = []  # requests that failed, and responses with an error status
        self.error_responses: list[str] = []  # the responses alone
        self.errors: list[str] = []
        context.add_init_script(RECORD_VIOLATIONS)
        context.on("request", lambda r: self.requests.append(r.url))
        context.on("requestfailed", self._request_failed)
        context.on("response", self._response)
        context.on("console", self._console)
        context.on("weberror", lambda e: self.errors.append(f"uncaught: {e.error}"))

    def _request_failed(self, request: Request) -> None:
        if request.failure == "net::ERR_CACHE_MISS":
            return  # the service worker asking the browser's own cache (only-if-cached): no request
        self.failed.append(f"{request.failure} {request.url}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")
            self.error_responses.append(f"{response.status} {response.url}")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def elsewhere(self) -> list[str]:
        def same_origin(url: str) -> bool:
            parts = urlsplit(url)
            return parts.scheme in ("data", "blob") or f"{parts.scheme}://{parts.netloc}" == self.origin
        return [u for u in self.requests if not same_origin(u)]

    def outside(self, base: str) -> list[str]:
        """Requests for anything but BASE and what is under it (a site under a sub-path)."""
        return [u for u in self.requests if not u.startswith(base) and not u.startswith(("data:", "blob:"))]

    def problems(self, page: Page) -> list[str]:
        violations = page.evaluate("window.__cspViolations")
        return ([f"request to another origin: {u}" for u in self.elsewhere()]
                + [f"failed: {f}" for f in self.failed] + self.errors
                + [f"CSP violation: {v}" for v in violations])


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def visit(page: Page, url: str) -> Watch:
    """Open URL in PAGE's fresh context, let everything it starts finish, and return what was seen."""
    watch = Watch(page.context, origin_of(url))
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.ok, f"{url}: {response and response.status}"
    if page.locator("[data-exercise]").count():
        # The engine starts when the reader comes to an exercise (a practice ends each lesson).
        page.locator("[data-exercise]").first.scroll_into_view_if_needed()
        wait_for_engine(page)
        # The engine registers the service worker once ready; its install downloads the runtime.
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_load_state("networkidle")
    return watch
