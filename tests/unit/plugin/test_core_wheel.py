"""What the browser gets of the core (exercises/wheel.py): its modules without comments and docstrings
(exercises/stripped_source.py), the same code line for line; English's phrase table in the wheel and
each other language's apart, for the pages in that language only; every byte reproducible.

That the core still works so is tests/pyodide/test_core_in_pyodide.py (its whole suite inside
Pyodide, with the wheel and every table); a Spanish page's engine fetching its table and checking
Spanish words with it is tests/browser/test_edition.py.
"""

from __future__ import annotations

import ast
import io
import json
import re
import tokenize
import zipfile
from pathlib import Path

import pytest
from kit.zips import not_packed_tightly

from exercises import wheel
from exercises.core import safety
from exercises.mkdocs_plugin import device_caches
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


# ---- the wheel, and the tables apart -------------------------------------------------------------

def test_english_stays_in_the_wheel_and_every_other_built_in_table_ships_apart() -> None:
    assert wheel.languages_apart() == tuple(code for code in safety.BUILTIN if code != "en") != ()
    files = wheel.core_files()
    assert "exercises/core/safety/en.py" in files and "exercises/core/safety/engine.py" in files
    core = wheel.build_core()
    with zipfile.ZipFile(io.BytesIO(core.wheel.data)) as archive:
        names = set(archive.namelist())
    info = f"exercises-{wheel.VERSION}.dist-info"
    assert names == {*files, f"{info}/METADATA", f"{info}/WHEEL", f"{info}/RECORD"}
    for code in wheel.languages_apart():
        module = f"exercises/core/safety/{safety.BUILTIN[code].rsplit('.', 1)[1]}.py"
        assert module not in names
        table = core.tables[code]
        assert re.fullmatch(rf"phrases-{code}-[0-9a-f]{{12}}\.zip", table.filename)
        with zipfile.ZipFile(io.BytesIO(table.data)) as archive:
            assert archive.namelist() == [module]
            assert archive.read(module) == stripped((PACKAGE.parent / module).read_bytes())


def test_the_tables_apart_follow_builtin(monkeypatch: pytest.MonkeyPatch) -> None:
    # The split reads BUILTIN, never a list of its own: a module that is no built-in table is in
    # the wheel like any other module of the core.
    monkeypatch.delitem(safety.BUILTIN, "es")
    assert "es" not in wheel.languages_apart()
    assert "exercises/core/safety/es.py" in wheel.core_files()
    assert wheel.build_core().tables == {}


def test_a_page_gets_the_table_of_its_base_language_and_english_none() -> None:
    assert [wheel.table_language(code) for code in ("es", "es-MX", "es_ES")] == ["es"] * 3
    assert wheel.table_language("en") is None and wheel.table_language("en-GB") is None
    assert wheel.table_language("de") is None  # no table: the page reads English's
    assert wheel.build_core(["en"]).tables == {}
    assert set(wheel.build_core(["en", "es-MX"]).tables) == {"es"}


def test_the_core_is_the_same_bytes_every_time_and_packed_at_level_9() -> None:
    first, again = wheel.build_core(), wheel.build_core()
    assert first == again and first.digest == again.digest
    for archive in first.archives():
        assert not_packed_tightly(archive.data) == [], archive.filename


def test_the_cores_digest_follows_the_wheel_and_each_table() -> None:
    core = wheel.build_core()
    changed = wheel.Archive(core.tables["es"].filename, core.tables["es"].data + b"\0")
    assert wheel.Core(core.wheel, {"es": changed}).digest != core.digest
    assert wheel.Core(core.wheel).digest != core.digest


# ---- in a built site ----------------------------------------------------------------------------

def runtime_config(site: Path) -> dict:
    text = (site / "assets/exercises/config.js").read_text()
    return json.loads(text.removeprefix("export default ").rstrip().rstrip(";"))


def test_a_site_in_english_and_spanish_serves_the_spanish_table_beside_the_core_to_spanish_pages(
        our_built_site: Path) -> None:
    config = runtime_config(our_built_site)
    core = wheel.build_core(["en", "es"])
    folder = f"core-{core.wheel.digest[:12]}"
    assert config["core"] == f"{folder}/{core.wheel.filename}"
    # By <html lang>: a Spanish page's engine unpacks the Spanish table; an English page's none.
    assert config["tables"] == {"es": f"{folder}/{core.tables['es'].filename}"}
    served = our_built_site / "assets/exercises" / config["tables"]["es"]
    assert served.read_bytes() == core.tables["es"].data
    # The device's start-up copy of Python belongs to this core, tables included.
    assert config["boot"]["name"].endswith("-" + core.digest[:12])
    assert device_caches.runtime_identity("x", "y", core.digest).endswith(core.digest[:12])
    # The service worker keeps the table once a page has fetched it, never ahead of that.
    worker = (our_built_site / "sw.js").read_text()
    ahead, on_demand = worker.split("const ON_DEMAND")
    url = f"assets/exercises/{config['tables']['es']}"
    assert url not in ahead and url in on_demand.split(";")[0]
    assert f"assets/exercises/{config['core']}" in ahead.split("const MUTABLE")[0]


def test_a_site_in_english_alone_ships_no_table_apart(built_site: Path) -> None:
    config = runtime_config(built_site)
    assert config["tables"] == {}
    assert not list((built_site / "assets/exercises").glob("core-*/phrases-*"))
