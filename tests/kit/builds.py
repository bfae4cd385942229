"""The real site, built once per test run for each address it is served at, and shared.

Each site is built for the address it is served at (Material's instant navigation needs it), so its
server listens first; the build then runs in the background from the start of the run
(tests/conftest.py starts every build the collected tests need), and the first test that needs a
site waits for its build. Tests only read these sites: one that changes files works on a copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kit.serve import Served, Server
from kit.site import ROOT

SUBPATH = "some-repo"


class SiteBuild:
    """`mkdocs build --strict` of the real site into OUT, for the server that will serve it."""

    def __init__(self, out: Path, server: Server) -> None:
        self.out = out
        self.server = server
        self.process: subprocess.Popen[str] | None = None
        self.done: subprocess.CompletedProcess[str] | None = None

    def start(self) -> None:
        if self.process is None:
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": self.server.url}
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                 "-d", str(self.out)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True)

    def served(self) -> Served:
        """Wait for the build (starting it if need be), then serve the site."""
        if self.done is None:
            self.start()
            assert self.process is not None
            stdout, stderr = self.process.communicate()
            self.done = subprocess.CompletedProcess(self.process.args, self.process.returncode,
                                                    stdout, stderr)
        assert self.done.returncode == 0, f"mkdocs build failed:\n{self.done.stdout}\n{self.done.stderr}"
        return self.server.start()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.server.stop()


class Sites:
    """The real site at the server's root ("root") and under /some-repo/ ("subpath"), as GitHub Pages
    serves a project site (a missing address gets the site's 404 page)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="exercises-sites-"))
        self.builds: dict[str, SiteBuild] = {}

    def get(self, name: str) -> SiteBuild:
        if name not in self.builds:
            out = self.folder / name
            if name == "root":
                server = Server(out)
            elif name == "subpath":
                server = Server(out, prefix=f"/{SUBPATH}/", not_found_page="404.html")
            else:
                raise KeyError(name)
            self.builds[name] = SiteBuild(out, server)
        return self.builds[name]

    def start(self, *names: str) -> None:
        for name in names:
            self.get(name).start()

    def close(self) -> None:
        for build in self.builds.values():
            build.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


# Fixture name -> the site it needs.
FIXTURES = {"site_url": "root", "built_site": "root", "subpath_url": "subpath"}
