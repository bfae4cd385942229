"""Load exercise definitions from YAML, turning every problem into file:line and a fix."""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import yaml_slips
from .core.errors import DefinitionError, Problem
from .core.errors import Path as FieldPath
from .core.fields import describe
from .core.kinds import parse_definition
from .guide_site import reference

SUFFIXES = (".yml", ".yaml")
# An exercise's name is its file's name without the suffix: never a path.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


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


def line_of(root: yaml.Node | None, path: FieldPath) -> int | None:
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


def _read_text(source: Path, root_dir: Path | None) -> str:
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        # The library lists and looks a file up before reading it, so this is a link (symlink) to a
        # file that is gone, a file removed between the look and the read (an editor saving while
        # `make serve` rebuilds), or a caller of load_definition with a path of its own.
        if source.is_symlink():
            raise AuthorError(f"{_where(source, None, root_dir)}: is a link to {os.readlink(source)}, "
                              "which is not there. Put the file itself in its place, or point the "
                              "link at a file that exists.") from None
        raise AuthorError(f"{_where(source, None, root_dir)}: the file does not exist. "
                          "Create it, or check the name in the exercise line.") from None
    except OSError as err:
        raise AuthorError(f"{_where(source, None, root_dir)}: cannot be read ({err.strerror or err}). "
                          "Check that the file is there and readable.") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise AuthorError(f"{_where(source, line, root_dir)}: the file is not UTF-8 text (byte "
                          f"0x{raw[err.start]:02x} is not UTF-8). Save it as UTF-8: most editors "
                          "offer it under 'Save with encoding'.") from None


def _yaml_error(source: Path, text: str, err: yaml.YAMLError, root_dir: Path | None) -> AuthorError:
    mark = getattr(err, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(err, "problem", None) or str(err)
    if "another document" in problem:
        # The mark is where the first document ended; point at the '---' that starts the next.
        lines = text.splitlines()
        start = (line or 1) - 1
        line = next((n + 1 for n in range(start, len(lines)) if lines[n].startswith("---")), line)
        return AuthorError(f"{_where(source, line, root_dir)}: this file holds more than one YAML "
                           "document (a '---' line starts another). Remove the '---' line and what "
                           "follows it, or move it to a file of its own.")
    return AuthorError(yaml_slips.explain(text, err).message(_where(source, None, root_dir)))


def _duplicate_keys(root: yaml.Node | None) -> list[tuple[int, int, str]]:
    """(line, first line, key) for every key given twice in one mapping; PyYAML keeps the last."""
    found: list[tuple[int, int, str]] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    here = key.start_mark.line + 1
                    if key.value in seen:
                        found.append((here, seen[key.value], key.value))
                    else:
                        seen[key.value] = here
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(found)


def load_definition(source: Path, root_dir: Path | None = None) -> Definition:
    """Read and validate one definition file, or raise AuthorError saying where and what to fix."""
    text = _read_text(source, root_dir)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise _yaml_error(source, text, err, root_dir) from None
    duplicates = _duplicate_keys(root)
    if duplicates:
        raise AuthorError("\n".join(
            f"{_where(source, line, root_dir)}: '{key}' is given twice (first on line {first}). Keep "
            "one of them." for line, first, key in duplicates))
    if data is None:
        raise AuthorError(f"{_where(source, 1, root_dir)}: the file is empty. Start it with 'kind:' "
                          "and the exercise's fields (there is an example of each kind in "
                          f"{reference('errors', 'The start of any exercise file')}).")
    if not isinstance(data, dict):
        raise AuthorError(f"{_where(source, 1, root_dir)}: the file holds {describe(data)}, not a set of "
                          "fields (name: value). Write the definition as 'name: value' lines, starting "
                          "with 'kind:'.")
    try:
        model = parse_definition(data)
    except DefinitionError as err:
        raise AuthorError(_report(source, root, err.problems, root_dir)) from None
    return Definition(source.stem, source, data, model)


def _report(source: Path, root: yaml.Node | None, problems: list[Problem], root_dir: Path | None) -> str:
    """Each problem as 'file:line: field: message. Fix.'"""
    return "\n".join(f"{_where(source, line_of(root, p.path), root_dir)}: {p.field}: {p.message}. {p.fix}"
                     for p in problems)


def page_links(data: dict[str, Any]) -> list[tuple[FieldPath, str]]:
    """Every page of the site a (valid) definition links to by its path in docs/, as a worksheet
    field's option with a 'page' (page_checklist), with where it is written."""
    found = []
    for s, step in enumerate(data.get("steps") or []):
        for f, field in enumerate(step.get("fields") or []):
            for o, option in enumerate(field.get("options") or []):
                if isinstance(option, dict) and isinstance(option.get("page"), str):
                    found.append((("steps", s, "fields", f, "options", o, "page"), option["page"]))
    return found


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
            if candidate.exists() or candidate.is_symlink():  # a broken link is reported as one
                return candidate
        return self.folder / f"{name}.yml"

    def get(self, name: str) -> Definition:
        if name not in self._cache:
            if not NAME.fullmatch(name):
                raise AuthorError(f"'{name}' is not a usable exercise name. Use the name of a file in "
                                  "the exercises folder without '.yml': letters, digits, '-' or '_'.")
            path = self.path_of(name)
            if not path.exists() and not path.is_symlink():
                known = ", ".join(self.names()) or "none yet"
                folder = _where(self.folder, None, self.root_dir)
                raise AuthorError(f"there is no exercise called '{name}': no file {name}.yml in "
                                  f"{folder}. Known exercises: {known}.")
            self._cache[name] = load_definition(path, self.root_dir)
        return self._cache[name]

    def missing_pages(self, pages: set[str]) -> list[str]:
        """For every definition in the folder, each page it links to that the site does not have."""
        errors = []
        for name in self.names():
            defn = self.get(name)
            fix = "Write the path of one of this site's pages, like steps/1-self-compassion.md."
            problems = [Problem(path, f"there is no page '{page}' in docs/", fix)
                        for path, page in page_links(defn.data) if page.partition("#")[0] not in pages]
            if problems:
                root = yaml.compose(_read_text(defn.source, self.root_dir), Loader=yaml.SafeLoader)
                errors.append(_report(defn.source, root, problems, self.root_dir))
        return errors

    def check_all(self) -> list[str]:
        """Validate every file in the folder, used or not; return the author errors found."""
        errors = []
        for name in self.names():
            try:
                self.get(name)
            except AuthorError as err:
                errors.append(str(err))
        return errors
