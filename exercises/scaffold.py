"""Start a new lesson, questionnaire or worksheet from a template (the `mkdocs-exercises new-lesson`,
`new-questionnaire` and `new-worksheet` commands, cli.py).

Creates the file, never overwrites one, and prints what to add next: the nav line for a lesson, the
exercise line for an exercise. An exercise file names its editor schema, which is copied into the
site's own `schemas/` folder (beside mkdocs.yml, never published), so the path stays right whoever
installed the package where. Exit codes: 0 created, 1 refused (the file exists), 2 bad input.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from .core.worksheet_checks import CHECKS
from .definitions import NAME
from .yaml_slips import SettingsLoader

SCHEMA = Path(__file__).resolve().parent / "schemas" / "questionnaire.schema.json"
WORKSHEET_SCHEMA = SCHEMA.parent / "worksheet.schema.json"

EXIT_OK, EXIT_EXISTS, EXIT_USAGE = 0, 1, 2

LESSON = """\
---
description: {description}
---

# {title}

REPLACE: start with two or three short sentences that welcome the reader and say what this page
is about. Keep each sentence short and use everyday words.

## What it is

REPLACE: explain the idea in plain words. One idea per paragraph works well.

## Why it helps

REPLACE: say how this can help, and what a small first step looks like.

!!! tip "Try this"

    REPLACE: describe one small practice the reader can do today, in a few steps.

    1. REPLACE: the first step.
    2. REPLACE: the second step.

## Next step

When you are ready, move on to the next lesson.

<!-- Link to another page by its file name, for example [Get help now](get-help.md).
     Add this page to the nav in mkdocs.yml (the scaffold printed the line).
     Preview with `mkdocs serve`. The authors' guide has more: run `mkdocs-exercises guide lessons`. -->
"""

QUESTIONNAIRE = """\
# yaml-language-server: $schema={schema}
# A questionnaire. Show it in a page with this line, alone, with blank lines around it:
#   [[exercise: {name}]]
# Every field is explained in the authors' guide: run `mkdocs-exercises guide questionnaires`.
kind: questionnaire
id: {name}
title: "{title}"
intro: >-
  Choose how much you agree with each sentence. There are no right or wrong
  answers. Go with your first feeling.
scale:
  labels:  # one per point, lowest first. Put "Yes" and "No" in quotes.
    - Strongly disagree
    - Disagree
    - Neither agree nor disagree
    - Agree
    - Strongly agree
subscales:
  - id: first
    name: "REPLACE: the first part's name"
    description: "REPLACE: one sentence on what this score means."
  - id: second
    name: "REPLACE: the second part's name"
    description: "REPLACE: one sentence on what this score means."
items:
  - id: f01
    subscale: first
    text: "REPLACE: a sentence the reader rates."
  - id: f02
    subscale: first
    text: "REPLACE: a sentence that means the opposite, scored the other way round."
  - id: s01
    subscale: second
    text: "REPLACE: a sentence for the second part."
  - id: s02
    subscale: second
    text: "REPLACE: another sentence for the second part."
reverse_keyed: [f02]
unanswered:
  max_per_subscale: 0  # how many items a reader may skip in each part
result:
  plot:
    x: second
    y: first
    x_low: Less
    x_high: More
    y_low: Less
    y_high: More
  regions:  # every possible score must fall in at least one region
    - id: lower
      where: {{first: [1, 3]}}
      text: "REPLACE: a gentle reading for a first-part score from 1 to 3."
    - id: higher
      where: {{first: [3, 5]}}
      text: "REPLACE: a gentle reading for a first-part score from 3 to 5."
      # lessons: [steps/1-self-compassion.md]  # pages to suggest, paths inside docs/
"""

WORKSHEET = """\
# yaml-language-server: $schema={schema}
# A worksheet: a practice the reader does on the page. Show it in a page with this line, alone,
# with blank lines around it:
#   [[exercise: {name}]]
# Every field type and check is explained in the authors' guide: run
# `mkdocs-exercises guide worksheets`.
kind: worksheet
id: {name}
title: "{title}"
intro: >-
  A short practice. Write as much or as little as you like. Nothing you type
  leaves this device.
display: one_at_a_time  # or all_at_once
steps:
  - title: "Before you start"
    fields:
      - id: calm_before
        type: rating  # a whole number from 0 to 100
        label: "How calm do you feel right now?"
        low_label: "not calm at all"
        high_label: "completely calm"
  - title: "Your practice"
    text: "REPLACE: a few words on what to do in this step."
    fields:
      - id: notice
        type: long_text  # or short_text, choice, checklist, group, breathing, timer
        label: "What do you notice?"
        hint: "REPLACE: an example helps the reader start."
  - title: "Now"
    fields:
      - id: calm_after
        type: rating
        label: "How calm do you feel now?"
        low_label: "not calm at all"
        high_label: "completely calm"
feedback:  # checks the site's core runs for the summary: {checks}
  - check: compare_ratings
    before: calm_before
    after: calm_after
    about: "your calm"
"""

# What each kind of exercise starts from: (template, schema, what to write next).
EXERCISES: dict[str, tuple[str, Path, str]] = {
    "questionnaire": (QUESTIONNAIRE, SCHEMA, "write your own items"),
    "worksheet": (WORKSHEET, WORKSHEET_SCHEMA, "write your own steps and fields"),
}


def read_settings(config: Path) -> tuple[Path, Path]:
    """The docs folder and the definitions folder named in mkdocs.yml (MkDocs' defaults otherwise)."""
    data: dict[str, Any] = {}
    if config.is_file():
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=SettingsLoader) or {}
    docs = config.parent / str(data.get("docs_dir") or "docs")
    definitions = "_exercises"
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("exercises"), dict):
            definitions = str(plugin["exercises"].get("definitions") or definitions)
    return docs, docs / definitions


def slugify(title: str) -> str:
    """'Step 6: Setting boundaries' -> 'step-6-setting-boundaries' (ASCII, for a file name)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def nav_line(title: str, path: str) -> str:
    # Quote only when YAML would misread the bare title (':' inside, 'Yes' read as true, '#').
    try:
        plain = yaml.safe_load(f"{title}: x") == {title: "x"}
    except yaml.YAMLError:
        plain = False
    return f"  - {title if plain else json.dumps(title, ensure_ascii=False)}: {path}"


def _write_new(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:  # "x": fail rather than overwrite
        handle.write(text)


def new_lesson(title: str, config: Path) -> int:
    title = " ".join(title.split())
    slug = slugify(title)
    if not slug:
        print('error: give the lesson a title with letters or digits, for example\n'
              '  mkdocs-exercises new-lesson "Setting gentle boundaries"', file=sys.stderr)
        return EXIT_USAGE
    docs, _ = read_settings(config)
    target = docs / f"{slug}.md"
    shown = os.path.relpath(target)
    if target.exists():
        print(f"error: {shown} already exists; nothing was changed. Pick another title, or "
              "edit that file.", file=sys.stderr)
        return EXIT_EXISTS
    description = f"REPLACE: one sentence on what a reader finds on the page {title!r}."
    _write_new(target, LESSON.format(title=title, description=json.dumps(description)))
    print(f"Created {shown}.")
    print("Next: write the lesson over each REPLACE (the strict build stops until none is left), and "
          "add this line under 'nav:' in mkdocs.yml:")
    print(nav_line(title, f"{slug}.md"))
    return EXIT_OK


def site_schema(schema: Path, config: Path) -> Path:
    """The site's copy of an editor schema, brought up to date with the installed package's."""
    copy = config.parent / "schemas" / schema.name
    text = schema.read_text(encoding="utf-8")
    if not copy.is_file() or copy.read_text(encoding="utf-8") != text:
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(text, encoding="utf-8")
    return copy


def write_exercise(kind: str, name: str, target: Path, config: Path) -> Path:
    """Write a new exercise file of KIND at TARGET from its template, naming the site's copy of its
    editor schema (never overwrites: FileExistsError)."""
    template, schema_path, _ = EXERCISES[kind]
    schema = Path(os.path.relpath(site_schema(schema_path, config), target.parent)).as_posix()
    title = name.replace("-", " ").replace("_", " ").strip().capitalize()
    _write_new(target, template.format(name=name, title=title, schema=schema, checks=", ".join(CHECKS)))
    return target


def new_exercise(kind: str, name: str, config: Path) -> int:
    next_step = EXERCISES[kind][2]
    if not NAME.fullmatch(name):  # the rule the build reads exercise lines and files by
        print(f"error: {name!r} cannot be a {kind} name. Start with a letter or digit, then use "
              f"letters, digits, '-' or '_', no spaces, for example\n"
              f"  mkdocs-exercises new-{kind} mood-check",
              file=sys.stderr)
        return EXIT_USAGE
    _, definitions = read_settings(config)
    existing = [definitions / f"{name}{suffix}" for suffix in (".yml", ".yaml")]
    found = next((p for p in existing if p.exists()), None)
    if found is not None:
        print(f"error: {os.path.relpath(found)} already exists; nothing was changed. Pick another "
              "name, or edit that file.", file=sys.stderr)
        return EXIT_EXISTS
    target = write_exercise(kind, name, existing[0], config)
    print(f"Created {os.path.relpath(target)}.")
    print(f"Next: {next_step} over each REPLACE, then show it in a page with this line, alone, with a "
          "blank line before and after it:")
    print(f"[[exercise: {name}]]")
    return EXIT_OK
