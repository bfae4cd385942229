"""What a worksheet definition becomes once read: steps of fields, and the feedback checks it names.

A field and its types are in ``field_types``; reading a definition is ``worksheet_parse``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .field_types import FIELD_TYPES, Field

TOP_KEYS = ("kind", "id", "title", "intro", "display", "read_aloud", "steps", "feedback")
STEP_KEYS = ("title", "text", "fields")
DISPLAYS = ("all_at_once", "one_at_a_time")


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Feedback:
    check: str
    params: Mapping[str, str]


@dataclass(frozen=True)
class Worksheet:
    id: str
    title: str
    intro: str
    display: str
    steps: tuple[Step, ...]
    feedback: tuple[Feedback, ...]
    #: Each step gets a "Read it to me" control, and each breathing guide one that says the breaths,
    #: spoken by an on-device voice (exercises/assets/widgets/read-aloud.js).
    read_aloud: bool = False

    @property
    def fields(self) -> list[Field]:
        """Every top-level field, in the order shown."""
        return [f for step in self.steps for f in step.fields]

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)

    @property
    def contacts(self) -> tuple[str, ...]:
        """The ids of the fields that hold the names or numbers of people the reader can reach, as
        the fields whose type has a contacts key name them (help_now's 'contacts')."""
        named = (fid for f in self.fields if (key := FIELD_TYPES[f.type].contacts_key)
                 for fid in f.settings.get(key, ()))
        return tuple(dict.fromkeys(named))
