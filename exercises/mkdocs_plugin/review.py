"""The "last reviewed" date in a page's front matter: read, shown, and checked for age.

A page about feelings and safety is only as good as its last careful reading; the date tells a
reader how fresh it is and tells the author when to read it again.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from typing import Any

KEY = "last_reviewed"
FIX = (f"After you have read the page through, write '{KEY}: ' and today's date (YYYY-MM-DD) in "
       "its front matter")


def today() -> dt.date:
    """Today, or SOURCE_DATE_EPOCH's day for a reproducible build (and for tests)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def read_date(meta: Mapping[str, Any]) -> dt.date | None:
    """The date, whether YAML read it as a date or the author quoted it as text."""
    value = meta.get(KEY)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def long_date(day: dt.date, language: str = "en") -> str:
    """The date as the page's language writes it in full ("March 5, 2026", "5 de marzo de 2026"),
    from CLDR through Babel; English's when Babel does not know the language."""
    from babel import UnknownLocaleError
    from babel.dates import format_date

    try:
        return format_date(day, format="long", locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return format_date(day, format="long", locale="en")


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from EARLIER to LATER (a month counts once its day of the month comes round)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def problem(meta: Mapping[str, Any], max_months: int, now: dt.date) -> str | None:
    """What is wrong with a page's review date, in words, or None."""
    value = meta.get(KEY)
    if value is None:
        return f"the page has no '{KEY}' date, so readers cannot see when it was last checked. {FIX}."
    day = read_date(meta)
    if day is None:
        return f"'{value}' is not a date. Write it as YYYY-MM-DD, like '{KEY}: 2026-12-01'."
    if day > now:
        return f"'{KEY}: {day.isoformat()}' is in the future. Write the day you read the page through."
    age = months_between(day, now)
    if age > max_months:
        return (f"the page was last reviewed on {day.isoformat()}, {age} months ago (the site asks for "
                f"every {max_months}). Read it again: check its facts, links and phone numbers, then "
                f"set '{KEY}:' to today's date")
    return None


def meta_line(source: str, front_matter_lines: int) -> int | None:
    """The line of the date in the page's front matter, if it has one there."""
    for number, line in enumerate(source.splitlines()[:front_matter_lines], start=1):
        if re.match(rf"{KEY}\s*:", line):
            return number
    return None
