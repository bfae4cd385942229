"""Finding words for a person written straight into the package's code, outside the message catalog.

Every reader-facing word the package ships comes from the catalog (``t``, ``tn``, ``msg`` in Python and
the browser's modules, ``{{ t(...) }}`` in the theme's templates). This module finds the ones that do
not, so a test can fail on them: in Python by its syntax tree, in the theme's templates by Jinja's.
The browser's modules are checked by ESLint (``eslint-no-raw-words.js``, in ``make lint``), with the
same idea of what reads as words.

What is not a reader's, and why, is listed in one place: ``not_messages.json`` (whole modules,
calls and error classes whose words are an author's or a developer's, and single strings).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from jinja2 import Environment, nodes

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "exercises"
NOT_MESSAGES = json.loads((Path(__file__).with_name("not_messages.json")).read_text(encoding="utf-8"))
CATALOG_CALLS = {"t", "tn", "msg"}

# A word as a sentence writes it: letters (an apostrophe inside), with quotation marks or punctuation
# around. "ex-card", "data-state", "aria_label", "a.b", "/path" and "\\bregex" are not.
_WORD = re.compile(r"^[\"\u201c\u2018(\[\u00ab\u00bf\u00a1]*[^\W\d_][^\W\d_'\u2019]*(?:['\u2019][^\W\d_]+)*"
                   r"[,.:;!?\u201d\u2019)\]\u00bb\u2026]*$")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_PATTERN = re.compile(r"\\[bBdDsSwW]|\(\?[:!=<]")  # a regular expression, not words


def reads_as_words(text: str) -> bool:
    """Whether TEXT reads as words for a person: two words or more that make most of it ("Open the
    file", "{count} entries left"), or one capitalised word ("Untitled", "Feeling.")."""
    if _PATTERN.search(text):
        return False
    tokens = _PLACEHOLDER.sub("{}", text).split()
    words = [token for token in tokens if _WORD.match(token)]
    if len(words) == 1 and all(token == words[0] or "{}" in token for token in tokens):
        return bool(re.fullmatch(r"[\"\u201c]?[A-Z][a-z]{2,}[.!?:]?[\"\u201d]?", words[0]))
    return len(words) >= 2 and len(words) >= 0.6 * len(tokens)


@dataclass(frozen=True)
class Raw:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text[:90]!r}"


def _allowed(path: str, text: str) -> bool:
    return any(item["file"] == path and item["text"] == text for item in NOT_MESSAGES["strings"])


def _exempt_module(path: str) -> bool:
    return any(path == item or path.startswith(item.rstrip("/") + "/")
               for item in NOT_MESSAGES["python"]["modules"])


# ---------------------------------------------------------------------------------------------
# Python


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


class _Python(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[Raw] = []
        self.author_calls = set(NOT_MESSAGES["python"]["calls"])
        self.author_errors = set(NOT_MESSAGES["python"]["errors"])

    def _words(self, node: ast.AST, text: str) -> None:
        if reads_as_words(text) and not _allowed(self.path, text):
            self.found.append(Raw(self.path, getattr(node, "lineno", 0), text))

    def _body(self, body: list[ast.stmt]) -> None:
        for n, statement in enumerate(body):
            is_doc = (n == 0 and isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
                      and isinstance(statement.value.value, str))
            if not is_doc:
                self.visit(statement)

    def visit_Module(self, node: ast.Module) -> None:
        self._body(node.body)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for item in (*node.decorator_list, *node.bases, *node.keywords):
            self.visit(item)
        self._body(node.body)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        # A function handed the definition Checker reports to the author who wrote the file.
        arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        if any(isinstance(a.annotation, ast.Name) and a.annotation.id == "Checker" for a in arguments):
            return
        for item in (*node.decorator_list, *node.args.defaults, *node.args.kw_defaults):
            if item is not None:
                self.visit(item)
        self._body(node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call) -> None:
        name = _called(node)
        if name in CATALOG_CALLS or name in self.author_calls or name in self.author_errors:
            return
        self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        error = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
        name = (error.id if isinstance(error, ast.Name)
                else error.attr if isinstance(error, ast.Attribute) else "")
        if name not in self.author_errors:
            self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        names = NOT_MESSAGES["python"]["names"]
        if any(isinstance(target, ast.Name) and target.id in names for target in node.targets):
            return
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if not (isinstance(node.target, ast.Name) and node.target.id in NOT_MESSAGES["python"]["names"]):
            self.generic_visit(node)

    def visit_Assert(self, node: ast.Assert) -> None:
        pass  # a programmer's check, never shown

    def visit_Dict(self, node: ast.Dict) -> None:
        for key, value in zip(node.keys, node.values, strict=True):  # the keys are names, not words
            if not (isinstance(key, ast.Constant) and key.value in NOT_MESSAGES["python"]["dict_keys"]):
                self.visit(value)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)

    def visit_Compare(self, node: ast.Compare) -> None:
        pass  # a string compared with is a value read, not words shown

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self._words(node, "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values))

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self._words(node, node.value)


def python_raw_words(root: Path = PACKAGE) -> Iterator[Raw]:
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if _exempt_module(relative):
            continue
        visitor = _Python(relative)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), relative))
        yield from visitor.found


# ---------------------------------------------------------------------------------------------
# The theme's templates

# (A <meta>'s content is the author's page description or the site's name, filled in by Jinja.)
READER_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label", "aria-description", "aria-valuetext",
                     "value", "label"}


class _Text(HTMLParser):
    """The words of a piece of a template: text between tags (not in script or style), and the
    attributes a reader sees or hears."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[tuple[int, str]] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        line = self.getpos()[0]
        self.words += [(line, value) for name, value in attrs if name in READER_ATTRIBUTES and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            self.words.append((self.getpos()[0], data))


_JINJA = re.compile(r"\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def _jinja_blanked(source: str) -> str:
    """SOURCE with every Jinja comment, expression and statement blanked (its line breaks kept), so
    what is left is the HTML a reader gets around them."""
    return _JINJA.sub(lambda m: "\n" * m.group(0).count("\n") + " ", source)


def _jinja_strings(node: nodes.Node) -> Iterator[nodes.Const]:
    """String constants in Jinja expressions, except those given to t()."""
    if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Name) and node.node.name == "t":
        return
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        yield node
    for child in node.iter_child_nodes():
        yield from _jinja_strings(child)


def template_raw_words(root: Path = PACKAGE / "theme") -> Iterator[Raw]:
    environment = Environment()
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(ROOT if path.is_relative_to(ROOT) else root).as_posix()
        source = path.read_text(encoding="utf-8")
        parser = _Text()
        parser.feed(_jinja_blanked(source))
        parser.close()
        for line, words in parser.words:
            text = " ".join(words.split())
            # In a template any letters between tags are shown, even one lower-case word.
            if re.search(r"[^\W\d_]{2,}", text) and not _allowed(relative, text):
                yield Raw(relative, line, text)
        for const in _jinja_strings(environment.parse(source)):
            if reads_as_words(const.value) and not _allowed(relative, const.value):
                yield Raw(relative, const.lineno, const.value)


def all_raw_words() -> list[Raw]:
    return [*python_raw_words(), *template_raw_words()]
