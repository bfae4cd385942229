"""The core's Python source as the browser gets it: without comments and docstrings, every line in
its place.

Comments and docstrings are written for maintainers; a reader's phone pays for every byte of them.
What is taken out leaves its lines empty, so a line keeps its number: a traceback in the developer
console points at the line of the file in the repository. Nothing else changes:

- a comment goes with the spaces before it; an encoding declaration on the first two lines stays
  (it tells Python how to read the file);
- a docstring (a string constant that is the first statement of a module, class or function)
  standing on lines of its own leaves them empty, or becomes ``pass`` where the body would be left
  empty, or where the next statement is a string that would become the docstring in its place;
- a docstring that shares a line with other code on one line becomes ``""`` (still the first
  statement, so the code that follows keeps its columns); one that shares a line and spans several is
  kept;
- every other string (data tables, f-strings, a string after the first statement) stays as written.

Read with ``tokenize`` (where the comments are) and ``ast`` (which strings are docstrings), and
edited as text, never unparsed. tests/unit/plugin/test_stripped_source.py proves that each module of
the core is the same code, line for line and column for column, but for its docstrings.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

_CODING = re.compile(r"^[ \t\f]*#.*?coding[:=]")
_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def is_docstring(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def docstrings(tree: ast.AST) -> list[tuple[ast.Expr, list[ast.stmt]]]:
    """Each docstring of TREE, with the body it opens."""
    found: list[tuple[ast.Expr, list[ast.stmt]]] = []
    for node in ast.walk(tree):
        if isinstance(node, _DOCUMENTED) and node.body and is_docstring(node.body[0]):
            found.append((node.body[0], node.body))  # type: ignore[arg-type]
    return found


def needs_pass(node_is_module: bool, rest: list[ast.stmt]) -> bool:
    """Whether a docstring taken out must leave a statement behind: a class or function body would be
    empty, or REST (the statements after it) starts with a string that would become the docstring."""
    return (not rest and not node_is_module) or bool(rest and is_docstring(rest[0]))


def _without_comments(text: str, lines: list[str]) -> None:
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type != tokenize.COMMENT:
            continue
        (row, start), (_, end) = token.start, token.end
        line = lines[row - 1]
        if row <= 2 and _CODING.match(line) and not line[:start].strip():
            continue
        kept = line[:start].rstrip(" \t\f") + line[end:]
        lines[row - 1] = kept if kept.strip() else ""


def _column(line: str, offset: int) -> int:
    """The character column of AST's byte OFFSET in LINE (UTF-8)."""
    return len(line.encode("utf-8")[:offset].decode("utf-8"))


def _without_docstrings(tree: ast.Module, lines: list[str]) -> None:
    for doc, body in docstrings(tree):
        first, last = doc.lineno - 1, (doc.end_lineno or doc.lineno) - 1
        start = _column(lines[first], doc.col_offset)
        end = _column(lines[last], doc.end_col_offset or 0)
        continued = first > 0 and lines[first - 1].endswith("\\")
        alone = not lines[first][:start].strip() and not lines[last][end:].strip() and not continued
        if alone:
            keep_pass = needs_pass(body is tree.body, body[1:])
            lines[first] = lines[first][:start] + "pass" if keep_pass else ""
            for row in range(first + 1, last + 1):
                lines[row] = ""
        elif first == last:
            # Shares its line: an empty docstring, padded so what follows keeps its columns.
            after = lines[first][end:]
            width = len(lines[first][start:end].encode("utf-8")) if after.strip() else 0
            lines[first] = lines[first][:start] + '""'.ljust(width) + (after if after.strip() else "")


def stripped(source: bytes) -> bytes:
    """SOURCE (Python) without its comments and docstrings, each line where it was."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
    text = source.decode(encoding)
    tree = ast.parse(text)
    lines = text.split("\n")
    _without_comments(text, lines)
    _without_docstrings(tree, lines)
    return "\n".join(lines).encode(encoding)
