"""Problems found in an author's definition, each tied to the field it is about."""

from __future__ import annotations

from dataclasses import dataclass

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a definition: where, what, and how to fix it."""

    path: Path
    message: str
    fix: str

    @property
    def field(self) -> str:
        """The field as an author reads it, e.g. ``items[3].id``."""
        out = ""
        for part in self.path:
            out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "(top level)"


class DefinitionError(ValueError):
    """A definition that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
