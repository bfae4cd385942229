"""Journal files: a lossless JSON round trip, readable Markdown and CSV, clear refusals."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kit.samples import entry as sample_entry

from exercises.core import journal
from exercises.core.text_checks import TRAP_NAMES

SITE = "haa"
texts = st.text(max_size=200)  # any unicode, including the empty string
ratings = st.none() | st.integers(min_value=0, max_value=100)
entry_data = st.fixed_dictionaries({
    "situation": texts, "evidence_for": texts, "evidence_against": texts, "balanced": texts,
    "emotions": st.lists(st.fixed_dictionaries({"name": texts.filter(str.strip), "before": ratings,
                                                 "after": ratings}), max_size=4),
    "thoughts": st.lists(st.fixed_dictionaries({"text": texts.filter(str.strip), "hot": st.booleans()}),
                         max_size=4),
    "belief_before": ratings, "balanced_belief": ratings, "belief_after": ratings,
    # Every trap an entry can hold, the retired "blaming" of older entries included.
    "traps": st.lists(st.sampled_from(sorted(TRAP_NAMES)), unique=True, max_size=4),
})
entries = st.lists(st.fixed_dictionaries({
    "id": st.uuids().map(str), "kind": st.just("thought_record"), "title": texts, "page": texts,
    "created": st.just("2026-11-28T10:00:00.000Z"), "updated": st.just("2026-11-28T11:30:00.000Z"),
    "data": entry_data,
}), max_size=5)


@settings(max_examples=60, deadline=None)
@given(entries)
def test_json_export_then_import_gives_back_the_same_entries(original: list) -> None:
    text = journal.export_json(original, SITE, "2026-11-28T12:00:00Z")
    assert journal.import_json(text, SITE) == original


@settings(max_examples=30, deadline=None)
@given(entries)
def test_csv_has_one_row_per_entry_and_keeps_text(original: list) -> None:
    rows = list(csv.DictReader(io.StringIO(journal.export_csv(original), newline="")))
    assert len(rows) == len(original)
    for row, entry in zip(rows, original, strict=True):
        situation = entry["data"]["situation"]
        shown = row.get("situation", "")
        assert shown == situation or shown == "'" + situation


def entry(**data: object) -> dict:
    return sample_entry(data=data)


def test_csv_cells_that_look_like_formulas_are_made_harmless() -> None:
    text = journal.export_csv([entry(situation="=HYPERLINK(\"http://x\")")])
    assert "'=HYPERLINK" in text


def test_markdown_export_reads_like_a_document() -> None:
    text = journal.export_markdown([entry(situation="At the station.", balanced="It was a delay.")],
                                   "Healing Anxious Attachment")
    assert text.startswith("# My journal (Healing Anxious Attachment)\n")
    assert "## Thought record: A title" in text
    assert "### What happened?\n\nAt the station." in text


def test_a_thought_record_saved_before_the_belief_ratings_exports_whole() -> None:
    old = entry(situation="At the station.", balanced="It was a delay.", balanced_belief=60,
                traps=["blaming", "mind-reading"], thoughts=[{"text": "He forgot me.", "hot": True}])
    text = journal.export_markdown([old], "Site")
    assert "- Blaming\n- Mind reading" in text
    assert "How much I believed the balanced thought: 60 out of 100" in text
    [row] = list(csv.DictReader(io.StringIO(journal.export_csv([old]), newline="")))
    assert row["thinking_traps"] == "Blaming; Mind reading" and row["balanced_belief"] == "60"
    assert row["belief_before"] == "" and row["belief_after"] == ""
    [back] = journal.import_json(journal.export_json([old], SITE, "2026-11-28T12:00:00Z"), SITE)
    assert back["data"]["traps"] == ["blaming", "mind-reading"] and back["data"]["belief_before"] is None


def test_the_export_format_is_versioned_and_named() -> None:
    document = json.loads(journal.export_json([entry(situation="x")], SITE, "2026-11-28T12:00:00Z"))
    assert (document["format"], document["version"], document["site"]) == ("exercises-journal", 1, SITE)


@pytest.mark.parametrize(("text", "message"), [
    ("not json at all", "not a journal export: it is not JSON"),
    ('{"hello": "world"}', "not a journal export from this site"),
    ('[1, 2, 3]', "not a journal export from this site"),
    ('{"format": "exercises-journal", "version": 2, "site": "haa", "entries": []}', "version 2"),
    ('{"format": "exercises-journal", "version": 1, "site": "other", "entries": []}', "another site"),
    ('{"format": "exercises-journal", "version": 1, "site": "haa", "entries": {}}', "should be a list"),
    ('{"format": "exercises-journal", "version": 1, "site": "haa", "entries": [{"id": "x"}]}',
     "entry 1 has no 'kind'"),
    ('{"format": "exercises-journal", "version": 1, "site": "haa", "entries": [{"id": "x", "kind": "q",'
     ' "created": "t", "updated": "t"}]}', "a kind this site does not know"),
    ('{"format": "exercises-journal", "version": 1, "site": "haa", "entries": [{"id": "x", "kind": '
     '"thought_record", "created": "t", "updated": "t", "data": {"balanced_belief": 900}}]}',
     "balanced_belief: Use a whole number from 0 to 100"),
])
def test_a_malformed_or_foreign_file_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(journal.JournalFileError, match=message):
        journal.import_json(text, SITE)


def test_one_entry_is_formatted_without_the_document_heading() -> None:
    [text] = journal.format_entries([entry(situation="At the station.")])
    assert text.startswith("## Thought record: A title\n")
    assert "# My journal" not in text


def test_dates_read_as_words_and_a_change_is_mentioned_only_when_there_was_one() -> None:
    [same] = journal.format_entries([entry(situation="x")])
    assert "Written 1 January 2026, 00:00 UTC.\n" in same
    changed = dict(entry(situation="x"), updated="2026-11-28T22:05:09.123Z")
    [text] = journal.format_entries([changed])
    assert "Written 1 January 2026, 00:00 UTC; last changed 28 November 2026, 22:05 UTC." in text


def test_a_time_that_is_not_a_date_is_kept_as_written() -> None:
    assert journal.readable_time("sometime") == "sometime"
