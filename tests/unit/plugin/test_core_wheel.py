"""What the browser gets of the core (exercises/wheel.py): its modules without comments and docstrings
(exercises/stripped_source.py), the same code line for line; every byte reproducible.

That the core still works so is tests/pyodide/test_core_in_pyodide.py (its whole suite inside
Pyodide, with the wheel).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import zipfile
import zlib
from pathlib import Path

import pytest

from exercises import wheel
from exercises.stripped_source import stripped

PACKAGE = Path(wheel.__file__).resolve().parent
CORE = sorted([PACKAGE / "__init__.py", *PACKAGE.glob("core/**/*.py")])
_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _is_string(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def code_of(source: bytes) -> str:
    """SOURCE's syntax tree with every position (line and column) of every node, its docstrings
    taken out as the browser's copy promises: a class or function left with no statement, or any
    body that would open with a string, gets a `pass` where the docstring began. A statement with a
    body of its own (a class, a function, an if) ends where its last statement does, which may have
    been a docstring: its end alone is left out (where it starts, and all it holds, are not)."""
    tree = ast.parse(source)
    bodies = [node for node in ast.walk(tree)
              if isinstance(node, _DOCUMENTED) and node.body and _is_string(node.body[0])]
    for node in bodies:
        doc = node.body.pop(0)
        if (not node.body and not isinstance(node, ast.Module)) or (node.body and _is_string(node.body[0])):
            node.body.insert(0, ast.Pass(lineno=doc.lineno, col_offset=doc.col_offset,
                                         end_lineno=doc.lineno, end_col_offset=doc.col_offset + 4))
    for node in ast.walk(tree):
        if isinstance(getattr(node, "body", None), list) and hasattr(node, "end_lineno"):
            node.end_lineno = node.end_col_offset = None  # type: ignore[attr-defined]
    return ast.dump(tree, include_attributes=True)


def comments(source: bytes) -> list[str]:
    return [t.string for t in tokenize.tokenize(io.BytesIO(source).readline) if t.type == tokenize.COMMENT]


# ---- without comments and docstrings ------------------------------------------------------------

@pytest.mark.parametrize("path", CORE, ids=[p.relative_to(PACKAGE).as_posix() for p in CORE])
def test_each_module_of_the_core_is_the_same_code_on_the_same_lines_without_comments_or_docstrings(
        path: Path) -> None:
    source = path.read_bytes()
    ours = stripped(source)
    assert code_of(ours) == code_of(source)  # every statement, string and position as in the repository
    assert ours.count(b"\n") == source.count(b"\n")
    assert comments(ours) == []
    assert not any(isinstance(n, _DOCUMENTED) and n.body and _is_string(n.body[0])
                   for n in ast.walk(ast.parse(ours)))


def test_nothing_in_the_core_reads_a_docstring() -> None:
    for path in CORE:
        assert not re.search(r"__doc__|getdoc|\bhelp\(", path.read_text(encoding="utf-8")), path


# Source as written -> as the browser gets it.
CASES = {
    "a function's docstring": (b'def f():\n    """Doc."""\n    return 1\n', b"def f():\n\n    return 1\n"),
    "a body that is only a docstring": (
        b'class Refused(Exception):\n    """Only a docstring:\n    on two lines."""\n\n\nx = 1\n',
        b"class Refused(Exception):\n    pass\n\n\n\nx = 1\n"),
    "a docstring before a string that would take its place": (
        b'def f():\n    "Doc."\n    "A string, not a docstring."\n',
        b'def f():\n    pass\n    "A string, not a docstring."\n'),
    "a module's, before a future import": (
        b'"""Module."""\n\nfrom __future__ import annotations\n',
        b"\n\nfrom __future__ import annotations\n"),
    "nested, and async": (
        b'class A:\n    """A."""\n\n    async def run(self):\n        """Run."""\n        await go()\n',
        b"class A:\n\n\n    async def run(self):\n\n        await go()\n"),
    "one sharing its line": (b'def f(): "Doc."\n', b'def f(): ""\n'),
    "one sharing its line with code after it (columns kept)": (
        'def f(): "Déjà."; return 1\n'.encode(), b'def f(): ""       ; return 1\n'),
    "strings that are not docstrings": (
        b'def f():\n    f"""{x} is an f-string."""\n\n\ndef g():\n    b"bytes"\n\n\ndef h():\n    x = 1\n'
        b'    "after the first statement"\n', None),
    "a data table with # inside its strings": (
        b'TABLE = {"#": "not a comment",  # a comment\n         "b": """\n# nor this\n"""}\n',
        b'TABLE = {"#": "not a comment",\n         "b": """\n# nor this\n"""}\n'),
    "comments of every kind": (
        b"# -*- coding: utf-8 -*-\n#!not a shebang here\n    # indented\nx = 1  # type: ignore[assignment]"
        b"\ny = (2,  # noqa: E501\n     3)\n",
        b"# -*- coding: utf-8 -*-\n\n\nx = 1\ny = (2,\n     3)\n"),
    "a file in another encoding": (b"# coding: latin-1\n'''Caf\xe9.'''\nx = 'caf\xe9'  # caf\xe9\n",
                                   b"# coding: latin-1\n\nx = 'caf\xe9'\n"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_what_is_taken_out_and_what_stays(case: str) -> None:
    source, expected = CASES[case]
    ours = stripped(source)
    assert ours == (source if expected is None else expected)
    assert code_of(ours) == code_of(source)


def test_the_comparison_sees_a_changed_string_a_lost_statement_or_a_moved_line() -> None:
    source = (CASES["a data table with # inside its strings"][0]
              + CASES["a docstring before a string that would take its place"][0])
    code = code_of(source)
    assert code_of(source.replace(b'"not a comment"', b'"not a  comment"')) != code
    assert code_of(source.replace(b"# nor this", b"")) != code
    assert code_of(b"\n" + source) != code
    assert code_of(source.replace(b'    "Doc."\n', b"\n")) != code  # the next string became the docstring
    assert code_of(source.replace(b'    "Doc."\n', b"    pass\n")) == code


# ---- the wheel -----------------------------------------------------------------------------------

def test_the_wheel_is_the_same_bytes_every_time_and_packed_at_level_9() -> None:
    first, again = wheel.build_core_wheel(), wheel.build_core_wheel()
    assert first == again and first.digest == again.digest
    for archive in [first]:
        with zipfile.ZipFile(io.BytesIO(archive.data)) as opened:
            for info in opened.infolist():
                packer = zlib.compressobj(9, zlib.DEFLATED, -15)
                level_9 = packer.compress(opened.read(info)) + packer.flush()
                assert (info.compress_type, info.compress_size) == (zipfile.ZIP_DEFLATED, len(level_9))
                assert info.date_time == (1980, 1, 1, 0, 0, 0)
