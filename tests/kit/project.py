"""A tiny MkDocs project in a temporary folder, for tests of what an author's mistakes do to a build."""

from __future__ import annotations

from pathlib import Path

import yaml
from kit.site import ROOT, build_site

PAGE = "# Check-in\n\n[[exercise: mood]]\n"


def make_project(tmp: Path, definition: str | bytes | None, page: str = PAGE,
                 files: dict[str, str | bytes] | None = None) -> Path:
    """docs/index.md (PAGE) and docs/_exercises/mood.yml (DEFINITION; None writes no such file),
    plus FILES (paths relative to docs/); returns the mkdocs.yml."""
    docs = tmp / "docs"
    (docs / "_exercises").mkdir(parents=True)
    if definition is not None:
        target = docs / "_exercises" / "mood.yml"
        if isinstance(definition, bytes):
            target.write_bytes(definition)
        else:
            target.write_text(definition)
    (docs / "index.md").write_text(page)
    (docs / "get-help.md").write_text("# Get help now\n")  # exercises' help offers link here
    for name, content in (files or {}).items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Test site",
        "plugins": [{"exercises": {"pyodide_source": str(ROOT / "node_modules" / "pyodide")}}],
    }))
    return config


def build(tmp_path: Path, definition: str | bytes | None, page: str | None = None,
          files: dict[str, str | bytes] | None = None) -> str:
    """Build the project, which must fail without a traceback; return what the build printed."""
    config = make_project(tmp_path, definition, PAGE if page is None else page, files)
    run = build_site(tmp_path / "site", config)
    output = run.stdout + run.stderr
    assert "Traceback" not in output, output
    assert run.returncode != 0, f"the build should have failed:\n{output}"
    return output
