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
from .messages import date_and_time, t

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
    return FORMATS[entry["kind"]].name_of(entry["data"]) or str(KIND_NAMES[entry["kind"]])


def _entry(raw: Any, n: int) -> dict[str, Any]:
    # i18n: The start of a sentence saying why a journal file cannot be imported. {number} is the
    # entry's place in the file (1 for the first).
    where = t("journal_file.entry", "entry {number}", number=n + 1)
    if not isinstance(raw, Mapping):
        # i18n: Why a journal file cannot be imported. {where} is "entry 3".
        raise JournalFileError(t("journal_file.not_entry", "{where} is not an entry.", where=where))
    for key in ("id", "kind", "created", "updated"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            # i18n: Why a journal file cannot be imported. {where} is "entry 3"; {field} the name of a
            # value every entry has in the file (id, kind, created or updated: not words to translate).
            raise JournalFileError(t("journal_file.no_field", "{where} has no '{field}'.", where=where,
                                     field=key))
    if raw["kind"] not in FORMATS:
        # i18n: Why a journal file cannot be imported. {where} is "entry 3"; {kind} the kind named in
        # the file, as it is written there.
        raise JournalFileError(t("journal_file.unknown_kind", "{where} is of a kind this site does not know "
                                 "('{kind}').", where=where, kind=raw["kind"]))
    data, errors = FORMATS[raw["kind"]].read_entry(raw.get("data"))
    if errors:
        field, message = next(iter(errors.items()))
        # i18n: Why a journal file cannot be imported. {where} is "entry 3"; {field} names the value
        # (as the file does); {problem} says what is wrong with it.
        raise JournalFileError(t("journal_file.bad_value", "{where} has a value that cannot be used "
                                 "({field}: {problem})", where=where, field=field, problem=message))
    title = raw.get("title") if isinstance(raw.get("title"), str) else ""
    page = raw.get("page") if isinstance(raw.get("page"), str) else ""
    return {"id": raw["id"], "kind": raw["kind"], "title": title, "page": page,
            "created": raw["created"], "updated": raw["updated"], "data": data}


def normalise(entries: Any) -> list[dict[str, Any]]:
    """Entries as stored in the browser, checked and in the one shape every format uses."""
    if not isinstance(entries, list):
        # i18n: Why a journal file cannot be imported: its list of entries is missing or broken.
        raise JournalFileError(t("journal_file.no_list", "the entries should be a list."))
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
        # i18n: Shown in the journal when a file chosen for import is not a journal export.
        raise JournalFileError(t("journal_file.not_json",
                                 "This file is not a journal export: it is not JSON.")) from None
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        # i18n: Shown in the journal when a file chosen for import is not a journal export of this site.
        raise JournalFileError(t("journal_file.not_export", "This file is not a journal export from this "
                                 "site."))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION or version < 1:
        # i18n: Shown in the journal when an imported file is of another format version. {found} is
        # the version the file says it is (as written in it), {version} the one this site reads.
        raise JournalFileError(t("journal_file.version", "This journal file is version {found}; this site "
                                 "reads version {version}. Update the site, or export again.",
                                 found=repr(version), version=VERSION))
    if document.get("site") != site:
        # i18n: Shown in the journal when an imported file was exported from another site.
        raise JournalFileError(t("journal_file.other_site",
                                 "This journal file comes from another site, so it was not imported."))
    entries = document.get("entries")
    if isinstance(entries, list) and len(entries) > MAX_ENTRIES:
        # i18n: Shown in the journal when an imported file holds too many entries. {most} is the limit.
        raise JournalFileError(t("journal_file.too_many", "This file holds more than {most} entries.",
                                 most=MAX_ENTRIES))
    try:
        return normalise(entries)
    except JournalFileError as err:
        # i18n: Shown in the journal when an entry of an imported file cannot be used. {problem} says
        # which entry and why ("entry 3 has no 'id'.").
        raise JournalFileError(t("journal_file.cannot_import", "This journal file cannot be imported: "
                                 "{problem}",
                                 problem=err)) from None


def readable_time(iso: str) -> str:
    """'2026-11-28T10:05:00.000Z' as '28 November 2026, 10:05 UTC'; anything else as it is."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        return date_and_time(moment.astimezone(UTC), zone="UTC")
    return date_and_time(moment)


def entry_markdown(entry: Mapping[str, Any]) -> str:
    """One checked entry as a Markdown section (shown when opened, printed, exported)."""
    if entry["updated"] != entry["created"]:
        # i18n: Under a journal entry's heading, for an entry changed after it was written. {created}
        # and {updated} are a date and time ("28 November 2026, 10:05 UTC").
        written = t("journal.written_changed", "Written {created}; last changed {updated}.",
                    created=readable_time(entry["created"]), updated=readable_time(entry["updated"]))
    else:
        # i18n: Under a journal entry's heading. {created} is a date and time ("28 November 2026, 10:05 UTC").
        written = t("journal.written", "Written {created}.", created=readable_time(entry["created"]))
    # i18n: The title of a journal entry that has none, in its heading.
    title = entry["title"] or t("journal.untitled", "untitled")
    # i18n: A journal entry's heading. {kind} is what it is ("Thought record", or a worksheet's name),
    # {title} its first words.
    heading = t("journal.entry_heading", "{kind}: {title}", kind=kind_name(entry), title=title)
    body = FORMATS[entry["kind"]].markdown(entry["data"]).rstrip()
    return "\n".join([f"## {heading}", "", written, "", body, ""])


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
    # i18n: The first heading of a journal exported as text (Markdown). {site} is the site's name.
    heading = t("journal.export_heading", "My journal ({site})", site=site_name)
    return "\n".join([f"# {heading}", "", *sections]).rstrip() + "\n"


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
