"""The sites the tests open, built once per test run for each address they are served at, and shared:
this repository's own site ("root", for its own tests: every page, the sitemap, its pages' words)
and the generator's test site (tests/fixtures/site: pages and exercises of its own, at the server's
root and under /some-repo/), which every test of the generator's behaviour in a browser uses, so
they stay meaningful whatever this repository's docs/ holds.

Each site is built for the address it is served at (Material's instant navigation needs it), so its
server listens first; the build then runs in the background from the start of the run
(tests/conftest.py starts every build the collected tests need), and the first test that needs a
site waits for its build. Tests only read these sites: one that changes files works on a copy.

With pytest-xdist (make test runs two workers), the controller process builds and serves the sites
and tells each worker where they are, so they are still built once per run, not once per worker.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from kit import languages
from kit.pages import EDITIONS
from kit.serve import Server
from kit.site import GENERATOR_SITE, GUIDE_SITE, ROOT

SUBPATH = "some-repo"
# Where `make site` publishes the guide: beside the site, in guide/ (so under /some-repo/guide/ on a
# project's GitHub Pages).
GUIDE_PATH = f"{SUBPATH}/guide"
WAIT = 900  # seconds a test waits for a build at most (two builds at once on a loaded machine)


class SiteBuild:
    """`mkdocs build --strict` of CONFIG into OUT, for the server that serves it (in this process);
    when the build ends, DONE holds its exit status and output."""

    def __init__(self, out: Path, server: Server, config: Path = ROOT / "mkdocs.yml",
                 url_variable: str = "SITE_URL", language: str = "") -> None:
        self.out = out
        self.config = config
        self.url_variable = url_variable  # the variable its mkdocs.yml reads its address from
        # A site in another language (kit/languages.py): made when its build starts, built without
        # --strict, and checked for any warning its catalog does not explain. This repository's site
        # (with its Spanish edition) is checked the same way while the edition's catalog is incomplete.
        self.language = language
        self.allowed = (languages.EXPECTED_WARNINGS[language] if language
                        else languages.catalog_warnings(EDITIONS) if config == ROOT / "mkdocs.yml" else [])
        self.done = out.with_name(out.name + ".done.json")
        self.server = server
        self.process: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> None:
        if self.process is not None:
            return
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", self.url_variable: self.server.url}
        if self.language:
            self.config = languages.make(self.language, self.out.with_name(self.out.name + "-source"))
        strict = [] if self.allowed else ["--strict"]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", *strict, "-f", str(self.config),
             "-d", str(self.out)], cwd=self.config.parent, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.server.start()
        threading.Thread(target=self._record, args=(self.process,), daemon=True).start()

    def _record(self, process: subprocess.Popen[str]) -> None:
        stdout, stderr = process.communicate()
        written = self.done.with_suffix(".part")
        returncode = process.returncode
        unexplained = languages.unexpected_warnings(self.allowed, stdout + stderr) if self.allowed else []
        if returncode == 0 and unexplained:
            returncode = -1  # a warning the language's missing catalog does not explain
        written.write_text(json.dumps({"returncode": returncode, "output": stdout + stderr}))
        written.rename(self.done)

    def served(self) -> str:
        """Wait for the build (starting it if need be); the address the site is served at."""
        self.start()
        return wait_for(self.done, self.url)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        self.server.stop()


def wait_for(done: Path, url: str) -> str:
    deadline = time.monotonic() + WAIT
    while not done.exists():
        assert time.monotonic() < deadline, f"the site for {url} was not built within {WAIT} s"
        time.sleep(0.2)
    result = json.loads(done.read_text())
    assert result["returncode"] == 0, f"mkdocs build failed:\n{result['output']}"
    return url


class BuiltElsewhere:
    """A site another process (xdist's controller) builds and serves."""

    def __init__(self, url: str, out: str, done: str) -> None:
        self.url, self.out, self.done = url, Path(out), Path(done)

    def start(self) -> None:
        pass

    def served(self) -> str:
        return wait_for(self.done, self.url)

    def stop(self) -> None:
        pass


class Sites:
    """This repository's site at the server's root ("root"); the generator's test site at the root
    ("generator") and under /some-repo/ ("subpath"), as GitHub Pages serves a project site (a missing
    address gets the site's 404 page); the guide under /some-repo/guide/, where `make site` puts it
    ("guide")."""

    def __init__(self, elsewhere: dict[str, dict[str, str]] | None = None) -> None:
        self.elsewhere = elsewhere
        self.folder: Path | None = None  # made when the first site is
        self.builds: dict[str, Any] = {name: BuiltElsewhere(**where)
                                       for name, where in (elsewhere or {}).items()}

    def get(self, name: str) -> SiteBuild | BuiltElsewhere:
        if name not in self.builds:
            assert not self.elsewhere, f"no site {name!r} from the controller"
            if self.folder is None:
                self.folder = Path(tempfile.mkdtemp(prefix="exercises-sites-"))
            out = self.folder / name
            if name == "root":
                self.builds[name] = SiteBuild(out, Server(out))
            elif name == "generator":
                self.builds[name] = SiteBuild(out, Server(out), GENERATOR_SITE)
            elif name == "subpath":
                server = Server(out, prefix=f"/{SUBPATH}/", not_found_page="404.html")
                self.builds[name] = SiteBuild(out, server, GENERATOR_SITE)
            elif name == "guide":
                server = Server(out, prefix=f"/{GUIDE_PATH}/", not_found_page="404.html")
                self.builds[name] = SiteBuild(out, server, GUIDE_SITE, url_variable="GUIDE_URL")
            elif name in ("generator-ar", "generator-es", "generator-de", "generator-fr"):
                self.builds[name] = SiteBuild(out, Server(out), GENERATOR_SITE, language=name.split("-")[1])
            else:
                raise KeyError(name)
        return self.builds[name]

    def start(self, *names: str) -> None:
        for name in names:
            self.get(name).start()

    def describe(self) -> dict[str, dict[str, str]]:
        """Where each started site is, for another process (Sites(elsewhere=...))."""
        return {name: {"url": build.url, "out": str(build.out), "done": str(build.done)}
                for name, build in self.builds.items()}

    def close(self) -> None:
        for build in self.builds.values():
            build.stop()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


# Fixture name -> the site it needs.
FIXTURES = {"site_url": "generator", "built_site": "generator", "subpath_url": "subpath",
            "our_site_url": "root", "our_built_site": "root", "guide_url": "guide", "built_guide": "guide",
            "arabic_site_url": "generator-ar", "arabic_built_site": "generator-ar",
            "bilingual_site_url": "generator-es", "bilingual_built_site": "generator-es",
            "german_site_url": "generator-de", "german_built_site": "generator-de",
            "french_site_url": "generator-fr", "french_built_site": "generator-fr"}
