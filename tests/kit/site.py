"""Building a site with `mkdocs build --strict`, and launching Debian's Chromium (tests, fixtures, bench)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from exercises.mkdocs_plugin import pyodide_dist

ROOT = Path(__file__).resolve().parents[2]
# The site the generator's browser tests run on: pages and exercise files of its own.
GENERATOR_SITE = ROOT / "tests" / "fixtures" / "site" / "mkdocs.yml"
# The authors' and maintainers' guide, which ships with the package.
GUIDE_SITE = ROOT / "exercises" / "guide" / "mkdocs.yml"
# The pinned Pyodide, fetched as an author's first build fetches it (into this checkout's .cache/,
# as the Makefile says, so a clean clone starts from nothing); every build in the tests uses it.
os.environ.setdefault("MKDOCS_EXERCISES_CACHE", str(ROOT / ".cache" / "mkdocs-exercises"))
PYODIDE = pyodide_dist.ensure()
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def chromium_path() -> str | None:
    """Debian's Chromium (make test installs it); None lets Playwright use its own download."""
    found = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    return found


def build_site(out: Path, config: Path = ROOT / "mkdocs.yml", site_url: str | None = None,
               strict: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []),
                           "-f", str(config), "-d", str(out)], cwd=config.parent, env=env,
                          capture_output=True, text=True)
