"""What is likely wrong with a YAML file that cannot be read, and how to fix it, in words.

PyYAML's own messages ("mapping values are not allowed here", "expected <block end>, but found
'<block mapping start>'") name a line but not the slip behind them. Authors make a few slips over and
over: a colon or a '#' in text without quotes, a line indented more or less than its neighbours, a
tab, a quote or a bracket left open, a missing colon or a dash without its space. Each is recognised
here from PyYAML's message and the text of the line, and told with the fix; for the commonest the
fix is the corrected line itself. Used for exercise files (definitions.py) and for mkdocs.yml, which
`mkdocs-exercises check` reads before MkDocs does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml


class SettingsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: its tags (!ENV, !relative, !!python/name) read as nothing,
    which is all a reader of its YAML, its menu or a plugin's options needs."""


SettingsLoader.add_multi_constructor("", lambda loader, suffix, node: None)

GENERAL_FIX = ("Check the indentation (spaces only, the same number for every name at one level) and "
               "that text with ': ' or ' #' in it is in quotes.")
# "  - name: text" -> ("  - ", "name", "text")
_SETTING = re.compile(r"^(\s*(?:-\s+)?)([^\s:#'\"][^:]*?):[ \t]+(\S.*?)\s*$")


@dataclass(frozen=True)
class Slip:
    line: int | None  # 1-based
    cause: str  # what is likely wrong, as a clause
    fix: str  # what to do, as sentences

    def message(self, where: str) -> str:
        """'WHERE:LINE: this is not valid YAML: CAUSE. FIX' (the tab has words of its own)."""
        shown = f"{where}:{self.line}" if self.line else where
        return f"{shown}: {self.cause}. {self.fix}"


def _quoted(text: str) -> str:
    """TEXT as a YAML double-quoted string (JSON's escaping is YAML's there too)."""
    return json.dumps(text, ensure_ascii=False)


def _quote_fix(line: str, why: str) -> Slip | None:
    setting = _SETTING.match(line)
    if not setting:
        return None
    indent, key, value = setting.groups()
    # Text that starts with a quote and goes on after it: quote it all, in single quotes.
    fixed = "'" + value.replace("'", "''") + "'" if value[:1] in "'\"" else _quoted(value)
    return Slip(None, f"this is not valid YAML: the text after '{key}:' {why}",
                f"Put the text in quotes: {indent.lstrip()}{key}: {fixed}")


def explain(text: str, err: yaml.YAMLError) -> Slip:
    """The likely slip behind ERR, raised while reading TEXT."""
    lines = text.splitlines()
    problem = str(getattr(err, "problem", None) or err)
    context = str(getattr(err, "context", None) or "")
    problem_mark = getattr(err, "problem_mark", None)
    context_mark = getattr(err, "context_mark", None)
    at = problem_mark.line + 1 if problem_mark is not None else None
    opened = context_mark.line + 1 if context_mark is not None else None

    def line(number: int | None) -> str:
        return lines[number - 1] if number and 1 <= number <= len(lines) else ""

    if "'\\t'" in problem or "\t" in line(at)[: len(line(at)) - len(line(at).lstrip())]:
        return Slip(at, "a tab is used for indentation", "YAML needs spaces: replace the tab with spaces.")
    here = line(at)
    if "mapping values are not allowed" in problem:
        # A dash without its space ("-name: x") makes a name of "-name"; the next line then fails.
        dashed = next((n for n in (at, (at or 0) - 1) if re.match(r"^\s*-[^\s-]", line(n))), None)
        if dashed:
            fixed = re.sub("-", "- ", line(dashed).strip(), count=1)
            return Slip(dashed, "this is not valid YAML: the '-' that starts a list entry needs a space "
                                "after it", f"Write a dash and a space: {fixed}")
        setting = _SETTING.match(here)
        if setting and re.search(r":(\s|$)", setting.group(3)):
            slip = _quote_fix(here, "has a colon followed by a space in it, which YAML reads as the "
                                    "start of another setting")
            assert slip is not None
            return Slip(at, slip.cause, slip.fix)
        return Slip(at, "this is not valid YAML: this line is indented more than the line above it",
                    "Give it the same number of spaces as the other names at its level. If it goes on "
                    "with the text of the line above, put that text in quotes instead.")
    if "could not find expected ':'" in problem and opened:
        words = line(opened).strip().split(None, 1)
        example = f", like '{words[0]}: {words[1]}'" if len(words) == 2 else ""
        return Slip(opened, "this is not valid YAML: the line has no colon after its name",
                    f"Write a colon and a space after the name{example}.")
    if "cannot start any token" in problem or "undefined alias" in problem:
        character = re.search(r"character '(.)'", problem)
        first = character.group(1) if character else "*"
        slip = _quote_fix(here, f"starts with '{first}', which YAML keeps for itself")
        if slip:
            return Slip(at, slip.cause, slip.fix)
    if "unexpected end of stream" in problem and "quoted scalar" in context:
        return Slip(opened, "this is not valid YAML: a quote opened on this line is never closed",
                    "Add the closing quote at the end of the text (the same kind: \" or ').")
    if "flow sequence" in context or "flow mapping" in context:
        bracket = "[" if "sequence" in context else "{"
        return Slip(opened, f"this is not valid YAML: a '{bracket}' opened on this line is not closed "
                            "where YAML expected, or a comma is missing",
                    f"Close it with '{']' if bracket == '[' else '}'}' and separate its entries with "
                    "commas; put an entry that holds a comma, a colon or a quote in quotes.")
    if "expected <block end>" in problem:
        if "'<scalar>'" in problem:
            slip = _quote_fix(here, "starts with a quote but goes on after the closing quote")
            if slip:
                return Slip(at, slip.cause, slip.fix)
        group = f" (the group that starts on line {opened})" if opened and opened != at else ""
        return Slip(at, "this is not valid YAML: this line is indented differently from the lines "
                        f"above it{group}",
                    "Give it the same number of spaces as the other names or list entries at its "
                    "level.")
    return Slip(at, f"this is not valid YAML ({problem})", GENERAL_FIX)
