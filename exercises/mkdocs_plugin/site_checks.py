"""Checks of the site settings an author edits in mkdocs.yml, worded like the exercise messages.

The crisis resources (extra.crisis) feed the "Get help now" page, and the relationship-safety
services (extra.relationship_safety) the page "Is it worry, or is something wrong?"; both are
offered inside exercises too. Without them a template would stop the build with a traceback, and a
helpline without a link would show a button that leads nowhere. A logo or favicon that names no
file, and a missing get-help.md page, would otherwise build without a word.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..core.errors import Path as FieldPath
from ..core.errors import Problem
from ..core.fields import Checker, closest
from ..definitions import line_of
from ..guide_site import reference


@dataclass(frozen=True)
class HelpSetting:
    """A list of services in mkdocs.yml (under extra:) that a theme page shows and the exercises
    offer: helplines for a crisis, services for a reader whose partner hurts or controls them."""

    key: str
    what: str  # what the setting is, as an author reads it
    missing: str  # what is lost without it
    entry: str  # one entry of its list
    shape: str  # how to write it, for a setting that is missing
    concern: str  # what the core notices that makes an exercise offer it (text_checks.concerns)


CRISIS_SETTING = HelpSetting(
    key="crisis", what="the crisis resources",
    missing="the \"Get help now\" page lists its helplines from them", entry="helpline",
    shape="Add 'crisis:' under 'extra:' with 'intro:', 'emergency:' and 'resources:' (one helpline per "
          "'- name:' line, each with how, href and action), as shown in "
          f"{reference('site-settings', 'Crisis resources for your country')}.", concern="crisis")
SAFETY_SETTING = HelpSetting(
    key="relationship_safety",
    what="the relationship-safety services",
    missing="the page \"Is it worry, or is something wrong?\" lists them, and exercises offer them "
            "to a reader who writes about a partner who hurts or frightens them",
    entry="service",
    shape="Add 'relationship_safety:' under 'extra:' with 'intro:', 'emergency:' and 'resources:' (one "
          "service per '- name:' line, each with how, href and action), as shown in "
          f"{reference('site-settings', 'Relationship-safety services')}.", concern="safety")
HELP_SETTINGS = (CRISIS_SETTING, SAFETY_SETTING)

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
BUTTON_FIELDS = ("href", "action")
LINK_SCHEMES = ("tel:", "sms:", "mailto:", "https://", "http://")


def crisis_problems(extra: Mapping[str, Any]) -> list[Problem]:
    """What is missing or wrong in extra.crisis, each tied to its place in mkdocs.yml."""
    return help_problems(extra, CRISIS_SETTING)


def help_problems(extra: Mapping[str, Any], setting: HelpSetting) -> list[Problem]:
    """What is missing or wrong in one list of services under extra:, each tied to its place."""
    check = Checker()
    root: FieldPath = ("extra", setting.key)
    found = extra.get(setting.key)
    if found is None:
        close = difflib.get_close_matches(setting.key, [str(k) for k in extra], n=1, cutoff=0.6)
        check.add(root, f"{setting.what} are missing ({setting.missing})",
                  f"'extra:' has '{close[0]}' instead: change it to '{setting.key}'." if close
                  else setting.shape)
        return check.problems
    if check.mapping(found, root) is None:
        return check.problems
    check.field(found, "intro", root, str, fix="Add 'intro:' with the first, bold sentence of the "
                "box, like 'intro: If you are in danger, get help now.'")
    check.field(found, "emergency", root, str, fix="Add 'emergency:' with what to do in immediate "
                "danger, with your country's emergency number.")
    resources = check.field(found, "resources", root, list, entry=setting.entry,
                            fix=f"Add 'resources:' with at least one {setting.entry}: name, how, href "
                                "and action.")
    if resources is not None and not resources:
        check.add((*root, "resources"), f"there are no {setting.entry}s",
                  "List at least one, with name, how, href and action.")
    for n, raw in enumerate(resources or ()):
        path = (*root, "resources", n)
        helpline = check.mapping(raw, path)
        if helpline is None:
            continue
        name = helpline.get("name")
        called = (f"the {setting.entry} '{name}'" if isinstance(name, str) and name.strip()
                  else f"this {setting.entry}")
        others = [str(k) for k in helpline if k not in (*HELPLINE_FIELDS, "also")]
        for key, (lost, fix) in HELPLINE_FIELDS.items():
            if helpline.get(key) is None:
                # Other keys are the author's to keep (where a number was checked, say); one close
                # to a missing field's name is most likely that field, misspelled.
                close = closest(key, others)
                slip = f"Did you mean '{key}' where it says '{close}'? " if close else ""
                check.add((*path, key), f"{called} has no '{key}'{lost}", slip + fix)
            else:
                check.field(helpline, key, path, str, fix=fix)
        _check_href(check, helpline.get("href"), (*path, "href"))
        also = check.field(helpline, "also", path, list, required=False, default=[], entry="button")
        for m, button in enumerate(also):
            where_ = (*path, "also", m)
            if check.mapping(button, where_) is None:
                continue
            for key in BUTTON_FIELDS:
                lost, fix = HELPLINE_FIELDS[key]
                if button.get(key) is None:
                    check.add((*where_, key), f"this button of {called} has no '{key}'{lost}", fix)
                else:
                    check.field(button, key, where_, str, fix=fix)
            _check_href(check, button.get("href"), (*where_, "href"))
            check.known_keys(button, where_, BUTTON_FIELDS)
    return check.problems


def _check_href(check: Checker, href: Any, path: FieldPath) -> None:
    if not isinstance(href, str) or not href.strip():
        return
    if not href.startswith(LINK_SCHEMES):
        check.add(path, f"'{href}' is not a link a phone or a browser can open",
                  "Start it with tel: to call (tel:116123), sms: to text (sms:85258), or https:// "
                  "for a website.")
    elif href.startswith(("tel:", "sms:")) and re.search(r"\s", href):
        check.add(path, f"the number in '{href}' has a space",
                  "Write the number without spaces, like tel:116123.")


def buttons(helpline: Mapping[str, Any]) -> list[dict[str, str]]:
    """A checked helpline's buttons in order: its own link, then the ones under 'also:'."""
    return [{"action": helpline["action"], "href": helpline["href"]},
            *({"action": b["action"], "href": b["href"]} for b in helpline.get("also") or ())]


def missing_help_page(shown: str, pages: list[str]) -> str:
    """The warning for a help page (docs/get-help.md) that is not there though pages link to it."""
    who = ["the \"Get help now\" bar at the top of every page"]
    if pages:
        who.append(f"the exercises on {', '.join(pages)}")
    verb = "link" if pages else "links"
    return (f"there is no {shown}, but {' and '.join(who)} {verb} to it for a reader who needs help "
            f"now. Add the page {shown} (\"Get help now\"), with what to do and who to call in your "
            "readers' country.")


# The warning on every build of a site that says it lists no help services (help_services: false).
NO_HELP_SERVICES = (
    "help_services is false in {settings}, so no page lists crisis helplines or relationship-safety "
    "services, and no exercise offers them to a reader who writes about wanting to die or about a "
    "partner who hurts them. A site for readers in distress needs them: remove 'help_services: false' "
    f"and add 'crisis:' and 'relationship_safety:' under 'extra:' (see {reference('site-settings')}).")


def missing_safety_page(shown: str) -> str:
    """The warning for a site with relationship-safety services but no page that lists them."""
    return (f"there is no {shown}, but the exercises offer it to a reader who writes about a partner "
            f"who hurts or frightens them. Add the page {shown} (\"Is it worry, or is something "
            "wrong?\") with 'template: relationship-safety.html' in its front matter.")


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


def theme_problems(name: str | None, font: Any) -> list[Problem]:
    """The exercises are made for Material for MkDocs, with its web fonts turned off."""
    if name != "material":
        return [Problem(("theme", "name"), f"the exercises are made for the Material theme, not "
                                           f"'{name}': their forms, the help bar and the leave-quickly "
                                           "button are styled and checked in it",
                        "Set 'name: material' under 'theme:', with 'font: false' below it.")]
    if font is not False:
        return [Problem(("theme", "font"), "Material would load its fonts from another website, which "
                                           "would learn who reads your site (the site's security policy "
                                           "blocks them, so readers would not get them anyway)",
                        "Add 'font: false' under 'theme:'. Readers then see their device's own fonts.")]
    return []


def leave_page_problem(page: str, path: FieldPath, *, exists: bool, default: str, docs: str
                       ) -> Problem | None:
    """The page "Leave this page quickly" opens must be a plain .html file: a page with the theme would
    show the site's name to whoever looks at the screen. Any name but the default must be in docs/."""
    if not page.endswith(".html"):
        return Problem(path, f"'{page}' is not a plain .html page, and a page made from Markdown would "
                             "show the site's name and menu to whoever looks at the screen",
                       f"Write a plain page (a recipe, the weather) as {docs}/{page.rsplit('.', 1)[0]}.html "
                       "and name that, or leave leave_page out to use the plugin's own.")
    if not exists and page != default:
        return Problem(path, f"there is no {docs}/{page}, so 'Leave this page quickly' would lead to a "
                             "page that is not there",
                       f"Put a plain page at {docs}/{page}, or leave leave_page out to use the plugin's "
                       "own.")
    return None


def option_path(config_file: Path, option: str) -> FieldPath:
    """Where an option of this plugin is in mkdocs.yml (`plugins`, its place in the list, `exercises`,
    the option), so a message can name the line."""
    try:
        root = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        root = None
    plugins = next((v for k, v in getattr(root, "value", []) if getattr(k, "value", None) == "plugins"),
                   None)
    for index, entry in enumerate(getattr(plugins, "value", [])):
        if isinstance(entry, yaml.MappingNode) and any(k.value == "exercises" for k, _ in entry.value):
            return ("plugins", index, "exercises", option)
    return ("plugins", "exercises", option)


def report(config_file: Path, what: str, problems: list[Problem]) -> list[str]:
    """'exercises: fix WHAT in mkdocs.yml:' and each problem on its line (see `where`)."""
    return [f"exercises: fix {what} in {config_file.name}:", *where(config_file, problems)]


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
