"""The journal's file formats: versioned JSON (lossless), Markdown and CSV.

JSON export, version 1::

    {"format": "exercises-journal", "version": 1, "site": "<site id>",
     "exported": "<ISO 8601 time>",
     "entries": [{"id": "...", "kind": "thought_record", "title": "...", "page": "<where it was made>",
                  "created": "<ISO 8601>", "updated": "<ISO 8601>", "data": {...}}]}

``data`` is the entry as its kind reads it (see ``thought_record.read_entry``). Import accepts
only this format, from the same site, and changes nothing unless the whole file is good.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .exercise_kind import JournalFormat
from .kinds import KINDS, REGISTERED

FORMAT = "exercises-journal"
VERSION = 1
MAX_ENTRIES = 10_000


class JournalFileError(ValueError):
    """A file that is not a journal export this site can read (worded for the reader)."""


# How each kind of entry is read, written as Markdown and flattened for CSV: from the kinds that save.
FORMATS: dict[str, JournalFormat] = {k.name: k.journal for k in REGISTERED if k.journal is not None}
KIND_NAMES = {name: KINDS[name].title for name in FORMATS}


def kind_name(entry: Mapping[str, Any]) -> str:
    """What an entry is, in words: a worksheet says which one ("Grounding")."""
    return FORMATS[entry["kind"]].name_of(entry["data"]) or KIND_NAMES[entry["kind"]]


def _entry(raw: Any, n: int) -> dict[str, Any]:
    where = f"entry {n + 1}"
    if not isinstance(raw, Mapping):
        raise JournalFileError(f"{where} is not an entry.")
    for key in ("id", "kind", "created", "updated"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise JournalFileError(f"{where} has no '{key}'.")
    if raw["kind"] not in FORMATS:
        raise JournalFileError(f"{where} is of a kind this site does not know ('{raw['kind']}').")
    data, errors = FORMATS[raw["kind"]].read_entry(raw.get("data"))
    if errors:
        field, message = next(iter(errors.items()))
        raise JournalFileError(f"{where} has a value that cannot be used ({field}: {message})")
    title = raw.get("title") if isinstance(raw.get("title"), str) else ""
    page = raw.get("page") if isinstance(raw.get("page"), str) else ""
    return {"id": raw["id"], "kind": raw["kind"], "title": title, "page": page,
            "created": raw["created"], "updated": raw["updated"], "data": data}


def normalise(entries: Any) -> list[dict[str, Any]]:
    """Entries as stored in the browser, checked and in the one shape every format uses."""
    if not isinstance(entries, list):
        raise JournalFileError("the entries should be a list.")
    return [_entry(raw, n) for n, raw in enumerate(entries)]


def export_json(entries: Any, site: str, exported: str) -> str:
    document = {"format": FORMAT, "version": VERSION, "site": site, "exported": exported,
                "entries": normalise(entries)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def import_json(text: str, site: str) -> list[dict[str, Any]]:
    """The entries of an exported file, or JournalFileError saying why it cannot be used."""
    try:
        document = json.loads(text)
    except (TypeError, ValueError):
        raise JournalFileError("This file is not a journal export: it is not JSON.") from None
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise JournalFileError("This file is not a journal export from this site.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION or version < 1:
        raise JournalFileError(f"This journal file is version {version!r}; this site reads version "
                               f"{VERSION}. Update the site, or export again.")
    if document.get("site") != site:
        raise JournalFileError("This journal file comes from another site, so it was not imported.")
    entries = document.get("entries")
    if isinstance(entries, list) and len(entries) > MAX_ENTRIES:
        raise JournalFileError(f"This file holds more than {MAX_ENTRIES:,} entries.")
    try:
        return normalise(entries)
    except JournalFileError as err:
        raise JournalFileError(f"This journal file cannot be imported: {err}") from None


def readable_time(iso: str) -> str:
    """'2026-11-28T10:05:00.000Z' as '28 November 2026, 10:05 UTC'; anything else as it is."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    zone = " UTC" if moment.tzinfo is not None else ""
    return f"{moment.day} {moment:%B %Y, %H:%M}{zone}"


def entry_markdown(entry: Mapping[str, Any]) -> str:
    """One checked entry as a Markdown section (shown when opened, printed, exported)."""
    written = f"Written {readable_time(entry['created'])}"
    if entry["updated"] != entry["created"]:
        written += f"; last changed {readable_time(entry['updated'])}"
    return "\n".join([f"## {kind_name(entry)}: {entry['title'] or 'untitled'}", "",
                      written + ".", "", FORMATS[entry["kind"]].markdown(entry["data"]).rstrip(), ""])


def _without_contacts(entry: dict[str, Any]) -> dict[str, Any] | None:
    """The entry without the answers that name people the reader can reach, or None if it has none."""
    found = FORMATS[entry["kind"]].without_contacts(entry["data"], entry["title"])
    return None if found is None else {**entry, "data": found[0], "title": found[1]}


def holds_contacts(entries: Any) -> list[bool]:
    """For each entry, whether it names people the reader can reach that a copy could leave out."""
    return [_without_contacts(entry) is not None for entry in normalise(entries)]


def _copies(entries: Any, without_contacts: bool) -> list[dict[str, Any]]:
    """Checked entries, as a copy shows them: without the people they name if the reader chose so."""
    checked = normalise(entries)
    if not without_contacts:
        return checked
    return [_without_contacts(entry) or entry for entry in checked]


def export_markdown(entries: Any, site_name: str, without_contacts: bool = False) -> str:
    sections = [entry_markdown(entry) for entry in _copies(entries, without_contacts)]
    return "\n".join([f"# My journal ({site_name})", "", *sections]).rstrip() + "\n"


def format_entries(entries: Any, without_contacts: bool = False) -> list[str]:
    """Each entry as its own Markdown section, for showing or printing one at a time."""
    return [entry_markdown(entry).rstrip() + "\n" for entry in _copies(entries, without_contacts)]


def _cell(value: str) -> str:
    # A spreadsheet would run a cell starting with these as a formula.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_csv(entries: Any, without_contacts: bool = False) -> str:
    rows = []
    for entry in _copies(entries, without_contacts):
        flat = FORMATS[entry["kind"]].flat(entry["data"])
        rows.append({"id": entry["id"], "kind": entry["kind"], "title": entry["title"],
                     "created": entry["created"], "updated": entry["updated"], **flat})
    columns = ["id", "kind", "title", "created", "updated"]
    for row in rows:
        columns += [c for c in row if c not in columns]
    import csv  # only for this export: not loaded as the engine starts

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()
