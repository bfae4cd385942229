"""Load exercise definitions from YAML, turning every problem into file:line and a fix."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.errors import DefinitionError
from ..core.errors import Path as FieldPath
from ..core.kinds import parse_definition

SUFFIXES = (".yml", ".yaml")


class AuthorError(Exception):
    """A mistake in an author's file, already worded for the author (no traceback needed)."""


@dataclass(frozen=True)
class Definition:
    """A validated definition with the plain data it came from (sent to the browser as JSON)."""

    name: str
    source: Path
    data: dict[str, Any]
    model: Any

    @property
    def kind(self) -> str:
        return str(self.data["kind"])


def _line_of(root: yaml.Node | None, path: FieldPath) -> int | None:
    """The 1-based line of the deepest node on ``path`` that exists in the file."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if key.value == part:
                    line = key.start_mark.line + 1
                    child = value
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def _where(source: Path, line: int | None, root_dir: Path | None) -> str:
    shown = source
    if root_dir is not None:
        with contextlib.suppress(ValueError):
            shown = source.relative_to(root_dir)
    return f"{shown}:{line}" if line else str(shown)


def load_definition(source: Path, root_dir: Path | None = None) -> Definition:
    """Read and validate one definition file, or raise AuthorError saying where and what to fix."""
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AuthorError(f"{_where(source, None, root_dir)}: the file does not exist. "
                          "Create it, or check the name in the exercise line.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise AuthorError(f"{_where(source, None, root_dir)}: cannot be read ({err}). "
                          "Save it as UTF-8 text.") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(err, "problem", None) or str(err)
        raise AuthorError(f"{_where(source, line, root_dir)}: this is not valid YAML ({problem}). "
                          "Check the indentation and that text with ':' or '#' is in quotes.") from None
    try:
        model = parse_definition(data)
    except DefinitionError as err:
        lines = [f"{_where(source, _line_of(root, p.path), root_dir)}: {p.field}: {p.message}. "
                 f"{p.fix}" for p in err.problems]
        raise AuthorError("\n".join(lines)) from None
    return Definition(source.stem, source, data, model)


class DefinitionLibrary:
    """All definitions in one folder, loaded once per build and found by name."""

    def __init__(self, folder: Path, root_dir: Path | None = None) -> None:
        self.folder = folder
        self.root_dir = root_dir
        self._cache: dict[str, Definition] = {}

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.iterdir() if p.suffix in SUFFIXES)

    def path_of(self, name: str) -> Path:
        for suffix in SUFFIXES:
            candidate = self.folder / f"{name}{suffix}"
            if candidate.exists():
                return candidate
        return self.folder / f"{name}.yml"

    def get(self, name: str) -> Definition:
        if name not in self._cache:
            path = self.path_of(name)
            if not path.exists():
                known = ", ".join(self.names()) or "none yet"
                folder = _where(self.folder, None, self.root_dir)
                raise AuthorError(f"there is no exercise called '{name}': no file {name}.yml in "
                                  f"{folder}. Known exercises: {known}.")
            self._cache[name] = load_definition(path, self.root_dir)
        return self._cache[name]

    def check_all(self) -> list[str]:
        """Validate every file in the folder, used or not; return the author errors found."""
        errors = []
        for name in self.names():
            try:
                self.get(name)
            except AuthorError as err:
                errors.append(str(err))
        return errors
