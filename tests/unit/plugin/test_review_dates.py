"""Each reader page says when a person last read it through, and the build asks for a new reading
when a page has no date or one older than the site allows (exercises/mkdocs_plugin/review.py)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from kit.project import tiny_settings
from kit.site import ROOT, build_site

from exercises.mkdocs_plugin import review

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(("earlier", "later", "months"), [
    ("2025-12-01", "2026-12-01", 12), ("2025-11-30", "2026-12-01", 12), ("2025-12-02", "2026-12-01", 11),
    ("2025-11-01", "2026-12-01", 13), ("2026-12-01", "2026-12-01", 0), ("2024-02-29", "2025-02-28", 11),
])
def test_months_count_once_the_day_comes_round(earlier: str, later: str, months: int) -> None:
    assert review.months_between(dt.date.fromisoformat(earlier), dt.date.fromisoformat(later)) == months


@pytest.mark.parametrize(("meta", "expected"), [
    ({"last_reviewed": dt.date(2026, 1, 5)}, None),
    ({"last_reviewed": "2026-01-05"}, None),  # quoted: still a date
    ({"last_reviewed": dt.date(2025, 11, 30)}, "the page was last reviewed on 2025-11-30, 12 months ago"),
    ({"last_reviewed": dt.date(2024, 6, 1)}, "the page was last reviewed on 2024-06-01, 30 months ago (the "
                                             "site asks for every 11)"),
    ({}, "the page has no 'last_reviewed' date"),
    ({"last_reviewed": "last spring"}, "'last spring' is not a date. Write it as YYYY-MM-DD"),
    ({"last_reviewed": dt.date(2027, 1, 1)}, "'last_reviewed: 2027-01-01' is in the future"),
])
def test_what_is_wrong_with_a_date_is_said_in_words(meta: dict, expected: str | None) -> None:
    found = review.problem(meta, 11, TODAY)
    assert (found is None) if expected is None else (found is not None and expected in found), found


def test_the_date_reads_as_words() -> None:
    assert review.long_date(dt.date(2026, 3, 7)) == "March 7, 2026"


def _site(tmp: Path, pages: dict[str, str], months: int) -> Path:
    docs = tmp / "docs"
    docs.mkdir()
    for name, text in pages.items():
        (docs / name).write_text(text)
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump(tiny_settings(docs, {
        "last_reviewed_months": months, "last_reviewed_exclude": ["notes/*", "plain.md"]})))
    return config


PAGES = {
    "index.md": "---\ndescription: Home.\nlast_reviewed: 2026-11-02\n---\n\n# Home\n\nWelcome.\n",
    "old.md": "---\ndescription: Old.\n\nlast_reviewed: 2025-06-01\n---\n\n# Old\n\nA page.\n",
    "undated.md": "# Undated\n\nA page.\n",
    "plain.md": "# Plain\n\nSkipped by the check.\n",
}


def test_the_build_names_each_page_with_its_line_and_shows_the_date(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 12, 1, tzinfo=dt.UTC).timestamp())))
    run = build_site(tmp_path / "site", _site(tmp_path, PAGES, 12))
    output = run.stdout + run.stderr
    assert run.returncode != 0 and "Traceback" not in output
    assert ("exercises: docs/old.md:4: the page was last reviewed on 2025-06-01, 18 months ago (the site "
            "asks for every 12). Read it again: check its facts, links and phone numbers, then set "
            "'last_reviewed:' to today's date") in output
    assert "exercises: docs/undated.md: the page has no 'last_reviewed' date" in output
    assert "docs/index.md" not in output and "docs/plain.md" not in output


def test_with_the_check_off_nothing_is_asked(tmp_path: Path) -> None:
    # (The date at each page's foot is this theme's: tests/content/test_site_pages.py checks it.)
    run = build_site(tmp_path / "site", _site(tmp_path, PAGES, 0))
    assert run.returncode == 0, run.stdout + run.stderr


def test_this_sites_reader_pages_are_dated_within_a_year() -> None:
    config = (ROOT / "mkdocs.yml").read_text()
    assert "last_reviewed_months: 12" in config
    now = review.today() if "SOURCE_DATE_EPOCH" in os.environ else dt.date.today()
    for page in (ROOT / "docs").rglob("*.md"):
        rel = page.relative_to(ROOT / "docs").as_posix()
        meta = yaml.safe_load(page.read_text().split("---\n")[1])
        assert review.problem(meta, 12, now) is None, rel
