"""What a kind of exercise is: one record, declared in the kind's own module, that every layer reads.

A kind's module ends with ``KIND_DECLARATION = ExerciseKind(...)``, and ``exercises/core/kinds.py``
lists it in one line. From that record the build finds the parser and the renderer, the plugin
writes the browser's map of kinds (its module and its name in words), the API offers the kind's
operations, and the journal reads, formats and exports the kind's saved entries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .messages import Message
from .protocol import Request

Operation = Callable[[Request], Any]


@dataclass(frozen=True)
class JournalFormat:
    """How a kind's saved entries are read back (checked), shown in Markdown and flattened for CSV."""

    #: The entry's data, checked: (clean data, {field: problem}); no problems means it can be used.
    read_entry: Callable[[Any], tuple[dict[str, Any], dict[str, str]]]
    markdown: Callable[[Mapping[str, Any]], str]
    flat: Callable[[Mapping[str, Any]], dict[str, str]]
    #: A more specific name for one entry than the kind's own ("Grounding" for a worksheet), or "".
    name_of: Callable[[Mapping[str, Any]], str] = lambda data: ""
    #: Whether a saved entry can be opened again in its exercise to be changed (a score cannot).
    editable: bool = True
    #: The entry's data and title without what names people the reader can reach (for a printed or
    #: downloaded copy the reader chose to keep them out of), or None when it holds nothing of the kind.
    without_contacts: Callable[[Mapping[str, Any], str], tuple[dict[str, Any], str] | None] = (
        lambda data, title: None)


@dataclass(frozen=True)
class ExerciseKind:
    """One kind of exercise, by the name a definition gives in its ``kind:`` line."""

    name: str
    #: Reads a definition's plain data; raises DefinitionError with every problem found.
    parse: Callable[[Any], Any]
    #: The function that renders the form at build time, as "module:function". Named, not imported,
    #: so the core (which runs in the browser) never loads the HTML code.
    renderer: str
    #: The kind's browser module, relative to the runtime's folder (it exports mount(section, engine)).
    module: str
    #: What the reader calls an exercise of this kind, e.g. in the journal ("Thought record"): a
    #: message of the catalog (``msg("kind.<name>", ...)``), in the page's language when it is used.
    title: Message | str
    #: How the page's status line speaks of the engine: "scored" (answers are scored) or "practice".
    status: str = "practice"
    #: Operations the page may ask the core for on behalf of this kind, by name.
    operations: Mapping[str, Operation] = field(default_factory=dict)
    #: Set for kinds whose entries can be saved to the journal.
    journal: JournalFormat | None = None

    @property
    def schema(self) -> str:
        """The kind's JSON Schema for editors, relative to ``exercises/schemas/``."""
        return f"{self.name}.schema.json"
