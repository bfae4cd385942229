"""Every word the package puts in front of a reader comes from the message catalog: extraction finds
nothing new. Words written straight into Python, a template or a browser module fail here (and in
`make lint`, for the browser's modules), and so does a message extraction would miss."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from exercises.i18n import extract

from .raw_words import (
    CATALOG_CALLS,
    NOT_MESSAGES,
    PACKAGE,
    ROOT,
    _Python,
    python_raw_words,
    reads_as_words,
    template_raw_words,
)

ESLINT = ROOT / "node_modules" / ".bin" / "eslint"


def test_no_words_for_a_reader_are_written_in_python_or_the_templates() -> None:
    found = [*python_raw_words(), *template_raw_words()]
    assert not found, (
        "Words for a reader written in the code (ask for them with t/tn/msg and a note for translators, "
        "exercises/guide/docs/maintainers/messages.md; if no reader sees them, list them with a reason in "
        "tests/unit/i18n/not_messages.json):\n" + "\n".join(map(str, found)))


def _asked_for_in_python() -> dict[str, str]:
    """Every key a t/tn/msg call names in the package's Python, read from its syntax tree."""
    keys: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(extract.SKIP):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in CATALOG_CALLS and node.args
                    and isinstance(node.args[0], ast.Constant)):
                keys[node.args[0].value] = f"{relative}:{node.lineno}"
    return keys


_JS_CALL = re.compile(r"\btn?\(\s*\"([a-z0-9_.]+)\"")


def _asked_for_in_javascript() -> dict[str, str]:
    keys: dict[str, str] = {}
    for path in (PACKAGE / "assets").rglob("*.js"):
        if path.name == "i18n.js":
            continue  # the layer itself: its comments show how a call looks
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(ROOT).as_posix()
        for match in _JS_CALL.finditer(text):
            keys[match.group(1)] = f"{relative}:{text.count(chr(10), 0, match.start()) + 1}"
    return keys


def test_extraction_misses_no_message_the_code_asks_for() -> None:
    # Babel reads the source token by token: a name it mistakes for a call (a loop variable called
    # `t`) can swallow the messages after it without a word. The syntax tree sees every call.
    extracted = extract.extract()
    missed = {key: where for key, where in {**_asked_for_in_python(), **_asked_for_in_javascript()}.items()
              if key not in extracted}
    assert not missed, f"extraction does not see these messages: {missed}"


# What the tests above and the lint rest on: a new raw string is caught in each of the three.


def test_a_new_raw_string_in_python_is_caught() -> None:
    source = '''
"""A docstring is not a message."""
from .messages import t

WORDS = {"title": "Your message, ready to copy"}


def feedback(n: int) -> dict[str, str]:
    label = "Show a softer way"
    ok = t("x.y", "Asked for by key, so this is fine.")
    if n == "some words compared":
        raise ValueError("a programmer's error is not a reader's")
    return {"text": f"You wrote {n} words.", "css": "ex-card ex-card--wide", "ok": ok, "label": label}
'''
    visitor = _Python("exercises/core/planted.py")
    visitor.visit(ast.parse(source))
    assert [raw.text for raw in visitor.found] == [
        "Your message, ready to copy", "Show a softer way", "You wrote {x} words."]


def test_a_new_raw_string_in_a_template_is_caught(tmp_path: Path) -> None:
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "planted.html").write_text(
        '{# a comment #}<nav aria-label="Steps of the lesson" class="ex-nav">{{ t("a.b", "Fine") }}'
        '<a href="{{ url }}" title="{{ t("a.c", "Fine too") }}">Next step</a>'
        '<script>const x = "not shown";</script>{{ "Raw words in an expression" }}</nav>', encoding="utf-8")
    found = sorted(raw.text for raw in template_raw_words(tmp_path))
    assert found == ["Next step", "Raw words in an expression", "Steps of the lesson"]


@pytest.mark.skipif(not ESLINT.exists() or shutil.which("node") is None, reason="needs npm ci (make setup)")
def test_a_new_raw_string_in_a_browser_module_is_caught_by_the_lint() -> None:
    planted = '''import { t } from "./i18n.js";
const box = document.querySelector(".ex-card .ex-title");
box.textContent = "Your entry was saved.";
box.setAttribute("aria-label", "Close the box");
box.title = t("x.y", "Asked for by key");
if (box.dataset.state === "some words compared") throw new Error("a programmer's error");
console.warn("a note for the developer");
export const LABELS = { open: "Open" };
'''
    result = subprocess.run([str(ESLINT), "--format", "json", "--stdin", "--stdin-filename",
                             "exercises/assets/planted.js"], input=planted, capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    messages = json.loads(result.stdout)[0]["messages"]
    flagged = sorted(planted.splitlines()[m["line"] - 1].strip() for m in messages
                     if m["ruleId"] == "reader-words/no-raw-words")
    assert flagged == ['box.setAttribute("aria-label", "Close the box");',
                       'box.textContent = "Your entry was saved.";',
                       'export const LABELS = { open: "Open" };'], result.stdout


@pytest.mark.parametrize(("text", "words"), [
    ("Open", True), ("Untitled", True), ("{count} entries left", True), ("How {about} changed", True),
    ("Time {number}", True), ("¿Qué pasó?", True), ("open", False), ("{x} {y}", False),
    ("ex-card ex-card--wide", False), ("input[data-trap]", False), (r"\bnever\b", False),
    ("button.ex-retry, .md-button", False), ("application/json", False), ("aria-label", False),
])
def test_what_reads_as_words(text: str, words: bool) -> None:
    assert reads_as_words(text) is words


def test_every_exemption_says_why() -> None:
    reasons = [*(why for group in ("modules", "calls", "errors", "names", "dict_keys")
                 for why in NOT_MESSAGES["python"][group].values()),
               *(why for group in ("calls", "errors") for why in NOT_MESSAGES["javascript"][group].values())]
    assert all(isinstance(why, str) and len(why) > 10 for why in reasons)
    for item in NOT_MESSAGES["strings"]:  # each still in its file (a stale exemption is dropped)
        assert len(item["why"]) > 10 and (ROOT / item["file"]).is_file(), item
        source = (ROOT / item["file"]).read_text(encoding="utf-8")
        assert item["text"] in source or "{}" in item["text"] or "{x}" in item["text"], item
