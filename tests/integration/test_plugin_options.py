"""The plugin's `readability_exclude` option takes exact page paths and glob patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from kit.site import ROOT, build_site

# Well over the 150 words the check needs, and far above grade 8.
HARD = ("Notwithstanding considerable methodological heterogeneity, contemporary investigations "
        "consistently demonstrate that interpersonal hypervigilance characteristically intensifies "
        "physiological dysregulation. ") * 12


def project(tmp: Path, exclude: list[str]) -> Path:
    docs = tmp / "docs"
    (docs / "authors" / "deeper").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nA short, easy page.\n")
    (docs / "authors" / "index.md").write_text(f"# Authors\n\n{HARD}\n")
    (docs / "authors" / "deeper" / "fields.md").write_text(f"# Fields\n\n{HARD}\n")
    (docs / "reference.md").write_text(f"# Reference\n\n{HARD}\n")
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "Test site",
        "plugins": [{"exercises": {"pyodide_source": str(ROOT / "node_modules" / "pyodide"),
                                   "readability_exclude": exclude}}],
    }))
    return config


def warned_pages(tmp: Path, exclude: list[str]) -> set[str]:
    run = build_site(tmp / "site", project(tmp, exclude))
    output = run.stdout + run.stderr
    assert "Traceback" not in output, output
    pages = {p for p in ("authors/index.md", "authors/deeper/fields.md", "reference.md")
             if f"exercises: docs/{p} reads at grade" in output}
    # --strict turns any readability warning into a failed build, and only a warning.
    assert (run.returncode != 0) == bool(pages), output
    return pages


@pytest.mark.parametrize(("exclude", "still_warned"), [
    ([], {"authors/index.md", "authors/deeper/fields.md", "reference.md"}),
    (["reference.md"], {"authors/index.md", "authors/deeper/fields.md"}),
    (["authors/*"], {"reference.md"}),
    (["authors/*", "reference.md"], set()),
    (["authors/deeper/*.md"], {"authors/index.md", "reference.md"}),
    (["Authors/*"], {"authors/index.md", "authors/deeper/fields.md", "reference.md"}),
], ids=["nothing", "exact path", "a section", "section and path", "nested glob", "case matters"])
def test_readability_exclude_skips_exact_paths_and_globs(tmp_path: Path, exclude: list[str],
                                                        still_warned: set[str]) -> None:
    assert warned_pages(tmp_path, exclude) == still_warned
