"""The plugin's `readability_exclude` option takes exact page paths and glob patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from kit.project import Built, TinySites, Writer, tiny_settings

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
    config.write_text(yaml.safe_dump(tiny_settings(docs, {"readability_exclude": exclude})))
    return config


EXCLUDES = {
    "nothing": ([], {"authors/index.md", "authors/deeper/fields.md", "reference.md"}),
    "exact path": (["reference.md"], {"authors/index.md", "authors/deeper/fields.md"}),
    "a section": (["authors/*"], {"reference.md"}),
    "section and path": (["authors/*", "reference.md"], set()),
    "nested glob": (["authors/deeper/*.md"], {"authors/index.md", "reference.md"}),
    "case matters": (["Authors/*"], {"authors/index.md", "authors/deeper/fields.md", "reference.md"}),
}


@pytest.fixture(scope="module")
def built(tiny_sites: TinySites) -> dict[str, Built]:
    """The project with each value of the option, built once each, as a batch."""
    def writer(exclude: list[str]) -> Writer:
        return lambda folder: project(folder, exclude)
    runs = tiny_sites.build_all({f"readability-exclude-{name}": writer(exclude)
                                 for name, (exclude, _) in EXCLUDES.items()})
    return {name: runs[f"readability-exclude-{name}"] for name in EXCLUDES}


def warned_pages(done: Built) -> set[str]:
    run = done.run
    output = run.stdout + run.stderr
    assert "Traceback" not in output, output
    pages = {p for p in ("authors/index.md", "authors/deeper/fields.md", "reference.md")
             if f"exercises: docs/{p} reads at grade" in output}
    # --strict turns any readability warning into a failed build, and only a warning.
    assert (run.returncode != 0) == bool(pages), output
    return pages


@pytest.mark.parametrize("name", EXCLUDES)
def test_readability_exclude_skips_exact_paths_and_globs(built: dict[str, Built], name: str) -> None:
    _, still_warned = EXCLUDES[name]  # the pages still warned of with that readability_exclude
    assert warned_pages(built[name]) == still_warned
