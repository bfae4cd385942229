"""Checks of the site settings an author edits in mkdocs.yml, worded like the exercise messages.

The crisis resources (extra.crisis) feed the "Get help now" page; without them its template would
stop the build with a traceback, and a helpline without a link would show a button that leads
nowhere. A logo or favicon that names no file, and a missing get-help.md page, would otherwise
build without a word.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from ..build.sources import line_of
from ..core.errors import Path as FieldPath
from ..core.errors import Problem
from ..core.fields import Checker

# The theme template that shows extra.crisis (overrides/get-help.html in this project).
CRISIS_TEMPLATE = "get-help.html"

CRISIS = ("extra", "crisis")
CRISIS_SHAPE = ("Add 'crisis:' under 'extra:' with 'intro:', 'emergency:' and 'resources:' (one "
                "helpline per '- name:' line, each with how, href and action), as shown in the author's "
                "guide: Site settings, Crisis resources for your country.")
# What each field of a helpline is for: (what is lost without it, how to fix it).
HELPLINE_FIELDS = {
    "name": ("", "Add 'name:' with the service's name and where it works, like 'name: Samaritans (UK "
                 "and Ireland)'."),
    "how": (", so readers do not see how to reach it",
            "Add 'how:' saying how to reach it and when, like 'how: Call 116 123, any time, free.'"),
    "href": (", so its button would lead nowhere",
             "Add 'href:' with where the button leads: tel:116123 to call, sms:85258 to text, or a web "
             "address starting with https://."),
    "action": (", so its button would have no words",
               "Add 'action:' with the button's words, like 'action: Call 116 123'."),
}
LINK_SCHEMES = ("tel:", "sms:", "mailto:", "https://", "http://")


def crisis_problems(extra: Mapping[str, Any]) -> list[Problem]:
    """What is missing or wrong in extra.crisis, each tied to its place in mkdocs.yml."""
    check = Checker()
    crisis = extra.get("crisis")
    if crisis is None:
        close = difflib.get_close_matches("crisis", [str(k) for k in extra], n=1, cutoff=0.6)
        check.add(CRISIS, "the crisis resources are missing (the \"Get help now\" page lists its "
                  "helplines from them)",
                  f"'extra:' has '{close[0]}' instead: change it to 'crisis'." if close else CRISIS_SHAPE)
        return check.problems
    if check.mapping(crisis, CRISIS) is None:
        return check.problems
    check.field(crisis, "intro", CRISIS, str, fix="Add 'intro:' with the first, bold sentence of the "
                "crisis box, like 'intro: If you are in danger, get help now.'")
    check.field(crisis, "emergency", CRISIS, str, fix="Add 'emergency:' with what to do in immediate "
                "danger, with your country's emergency number.")
    resources = check.field(crisis, "resources", CRISIS, list, entry="helpline",
                            fix="Add 'resources:' with at least one helpline: name, how, href and "
                                "action.")
    if resources is not None and not resources:
        check.add((*CRISIS, "resources"), "there are no helplines",
                  "List at least one, with name, how, href and action.")
    for n, raw in enumerate(resources or ()):
        path = (*CRISIS, "resources", n)
        helpline = check.mapping(raw, path)
        if helpline is None:
            continue
        name = helpline.get("name")
        called = f"the helpline '{name}'" if isinstance(name, str) and name.strip() else "this helpline"
        for key, (lost, fix) in HELPLINE_FIELDS.items():
            if helpline.get(key) is None:
                check.add((*path, key), f"{called} has no '{key}'{lost}", fix)
            else:
                check.field(helpline, key, path, str, fix=fix)
        href = helpline.get("href")
        if not isinstance(href, str) or not href.strip():
            continue
        if not href.startswith(LINK_SCHEMES):
            check.add((*path, "href"), f"'{href}' is not a link a phone or a browser can open",
                      "Start it with tel: to call (tel:116123), sms: to text (sms:85258), or https:// "
                      "for a website.")
        elif href.startswith(("tel:", "sms:")) and re.search(r"\s", href):
            check.add((*path, "href"), f"the number in '{href}' has a space",
                      "Write the number without spaces, like tel:116123.")
    return check.problems


def missing_help_page(shown: str, pages: list[str], *, bar: bool) -> str:
    """The warning for a help page (docs/get-help.md) that is not there though pages link to it."""
    who = ["the \"Get help now\" bar at the top of every page"] if bar else []
    if pages:
        who.append(f"the exercises on {', '.join(pages)}")
    verb = "link" if pages else "links"
    return (f"there is no {shown}, but {' and '.join(who)} {verb} to it for a reader who needs help "
            f"now. Add the page {shown} (\"Get help now\"), with what to do and who to call in your "
            "readers' country.")


def image_problem(key: str, value: Any, exists: Callable[[str], bool], docs: str) -> Problem | None:
    """theme.logo or theme.favicon naming a file that is in neither docs/ nor the theme."""
    if not isinstance(value, str) or not value.strip():
        return None
    if re.match(r"[a-z][a-z0-9+.-]*:", value, re.I) or value.startswith("//"):
        return None  # a web address or data: URI: not ours to find
    if re.match(r"(material|fontawesome|octicons|simple)/", value) and "." not in value.rsplit("/", 1)[-1]:
        return None  # an icon name, such as material/heart
    uri = value.lstrip("/")
    if exists(uri):
        return None
    inside = uri.removeprefix(f"{docs}/")
    if inside != uri and exists(inside):
        return Problem(("theme", key), f"the path '{value}' counts from inside {docs}/ already, so it "
                       f"names {docs}/{uri}, which is not there", f"Leave out '{docs}/': '{key}: {inside}'.")
    return Problem(("theme", key), f"there is no file {docs}/{uri}",
                   f"Put the image at {docs}/{uri}, or change '{key}:' under 'theme:' to the path of "
                   f"an image inside {docs}/, like '{key}: assets/logo.svg'.")


def where(config_file: Path, problems: list[Problem]) -> list[str]:
    """Each problem as 'mkdocs.yml:LINE: field: message. Fix.' (no line when the file cannot tell)."""
    try:
        root = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        root = None
    out = []
    for p in problems:
        line = line_of(root, p.path) if root is not None else None
        if line == 1 and not _starts_at(root, p.path):
            line = None  # a whole field missing from the file: no line to point at
        shown = f"{config_file.name}:{line}" if line else config_file.name
        out.append(f"{shown}: {p.field}: {p.message}. {p.fix}")
    return out


def _starts_at(root: yaml.Node | None, path: FieldPath) -> bool:
    """Whether the first part of PATH is in the file (so line 1 may really be its line)."""
    return isinstance(root, yaml.MappingNode) and any(
        isinstance(k, yaml.ScalarNode) and k.value == path[0] for k, _ in root.value) if path else False
