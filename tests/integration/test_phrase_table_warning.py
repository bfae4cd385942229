"""A site whose language has no phrase table for the on-device concern check: the build warns,
naming the languages the check reads (``--strict`` and ``mkdocs-exercises check`` stop), and the
help bar and the help pages are still on every page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from kit.authoring import fill_placeholders

from exercises.core import safety
from exercises.mkdocs_plugin.site_language import no_phrase_table

WARNING = re.compile(r"exercises: the on-device check that offers help .* has phrase tables for English "
                     r"\(en\) and Spanish \(es\) only, not for (?P<language>[^:]+): .*The help bar and the "
                     r"help pages still appear on every page.*mkdocs-exercises guide languages")


@pytest.mark.parametrize("code", ["en", "en-GB", "es", "es-MX", "es_419"])
def test_a_language_with_a_table_is_not_warned_about(code: str) -> None:
    assert safety.has_table(code) and no_phrase_table(code) == ""


@pytest.mark.parametrize(("code", "named"), [("fr", "French (fr)"), ("pt-BR", "Portuguese (Brazil) (pt-BR)"),
                                              ("ar", "Arabic (ar)")])
def test_a_language_without_a_table_is_named_with_the_ones_the_check_reads(code: str, named: str) -> None:
    said = "exercises: " + no_phrase_table(code)
    found = WARNING.search(said)
    assert found and found["language"] == named, said


@pytest.fixture(scope="module")
def french_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The starter, its placeholders written over, with theme.language: fr."""
    site = tmp_path_factory.mktemp("fr") / "site"
    made = subprocess.run([sys.executable, "-m", "exercises.cli", "new", str(site), "--country", "IE"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert made.returncode == 0, made.stderr
    fill_placeholders(site)
    config = site / "mkdocs.yml"
    config.write_text(config.read_text().replace("  language: en\n", "  language: fr\n"))
    return site


def _build(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=site, env=env,
                          capture_output=True, text=True)


def test_the_build_warns_and_the_help_bar_is_still_on_every_page(french_site: Path) -> None:
    run = _build(french_site)
    assert run.returncode == 0, run.stderr
    said = [line for line in run.stderr.splitlines() if WARNING.search(line)]
    assert len(said) == 1 and "French (fr)" in said[0], run.stderr
    for page in ("index.html", "lesson/index.html", "thought-record/index.html"):
        html = (french_site / "site" / page).read_text(encoding="utf-8")
        assert 'class="crisis-bar__link"' in html and "get-help/" in html and "relationship-safety/" in html


def test_the_strict_build_stops_on_it(french_site: Path) -> None:
    run = _build(french_site, "--strict")
    assert run.returncode != 0
    assert any(WARNING.search(line) for line in run.stderr.splitlines()), run.stderr


def test_a_spanish_site_is_not_warned_about(french_site: Path, tmp_path: Path) -> None:
    config = french_site / "mkdocs.yml"
    text = config.read_text()
    try:
        config.write_text(text.replace("  language: fr\n", "  language: es\n"))
        run = _build(french_site, "--site-dir", str(tmp_path / "es"))
    finally:
        config.write_text(text)
    assert run.returncode == 0, run.stderr
    assert "on-device check" not in run.stderr
