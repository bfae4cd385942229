"""Checked lists of crisis and relationship-safety services, one file per country (countries/XX.yml),
for `mkdocs-exercises new --country XX`, and the `extra:` block of a new site's mkdocs.yml.

Each service in a file records whom it serves, its hours, the page its facts were checked against
(`source`, the service's own page or its operator's) and when (`checked`). The new site's mkdocs.yml
keeps `source` and `checked` on each service, so whoever reviews the site later knows what to check
again; whom it serves and its hours go into a comment above it. Without a country, the block holds
placeholders (REPLACE) that the build refuses until they are replaced.
"""

from __future__ import annotations

import functools
import json
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

FILES = Path(__file__).resolve().parent / "countries"
COUNTRIES: tuple[str, ...] = tuple(sorted(p.stem for p in FILES.glob("*.yml")))
#: What a service in a list shows, in this order; `also` holds more buttons (href and action).
SHOWN = ("name", "how", "href", "action", "also")
RECORDED = ("source", "checked")
WIDTH = 100  # the width of the lines written into mkdocs.yml
FOLDED = ("name", "how", "intro", "emergency")  # text that may go over several lines (never an address)

# The words a reader sees at the top of each help box, whatever the country (the build's help pages
# show them from mkdocs.yml, where the author may change them).
WORDS = {
    "crisis_intro": "If you might hurt yourself or someone else, or you are in danger, get help now.",
    "safety_intro": ("If a partner or someone you live with hurts, threatens or controls you, it is "
                     "not your fault, and you can get help."),
}

# The same words in the other languages a starter is written in (`mkdocs-exercises new --language`).
WORDS_IN = {
    "en": WORDS,
    "es": {
        "crisis_intro": ("Si podrías hacerte daño o hacerle daño a otra persona, o estás en peligro, busca "
                         "ayuda ahora."),
        "safety_intro": ("Si tu pareja o alguien con quien vives te hace daño, te amenaza o te controla, no "
                         "es tu culpa, y puedes recibir ayuda."),
    },
}

# What a site made without a country holds until the author writes its own services.
PLACEHOLDERS = {
    "emergency": "REPLACE: what to do in danger right now, with your country's emergency number.",
    "crisis": {
        "name": "REPLACE: the name of a crisis line in your readers' country",
        "how": "REPLACE: how to reach it and when, like: Call 116 123, any time, free.",
        "href": "tel:REPLACE",
        "action": "REPLACE: the button's words, like: Call 116 123",
    },
    "relationship_safety": {
        "name": "REPLACE: a service for people whose partner hurts, threatens or controls them",
        "how": "REPLACE: how to reach it, when, and whom it is for.",
        "href": "tel:REPLACE",
        "action": "REPLACE: the button's words",
    },
}


PLACEHOLDERS_IN = {
    "en": PLACEHOLDERS,
    "es": {
        "emergency": ("REPLACE: qué hacer ante un peligro inmediato, con el número de emergencias de tu "
                      "país."),
        "crisis": {
            "name": ("REPLACE: el nombre de una línea de crisis del país de tus lectores, que atienda en "
                     "español"),
            "how": ("REPLACE: cómo comunicarse, cuándo y en qué idiomas, por ejemplo: Llama o escribe a "
                    "cualquier hora, gratis; atiende en español."),
            "href": "tel:REPLACE",
            "action": "REPLACE: las palabras del botón, por ejemplo: Llamar ahora",
        },
        "relationship_safety": {
            "name": ("REPLACE: un servicio para personas cuya pareja les hace daño, las amenaza o las "
                     "controla"),
            "how": "REPLACE: cómo comunicarse, cuándo y para quién es.",
            "href": "tel:REPLACE",
            "action": "REPLACE: las palabras del botón",
        },
    },
}

# The comments above the services in mkdocs.yml, in each starter's language.
_COMMENTS = {
    "en": {
        "placeholders": [
            "  # The crisis helplines of your readers' country: the \"Get help now\" bar on every page",
            "  # leads to them, and exercises offer the first. `mkdocs-exercises new --country` fills",
            "  # checked lists for {countries}; otherwise write them here, and check every",
            "  # number with the service itself. The build stops until every placeholder is replaced.",
        ],
        "safety": ["  # Services for a reader whose partner, or someone they live with, hurts, threatens",
                   "  # or controls them: shown on relationship-safety.md and offered inside exercises."],
    },
    "es": {
        "placeholders": [
            "  # Las líneas de crisis del país de tus lectores: la barra \"Ayuda ahora\" de cada página",
            "  # lleva a ellas, y los ejercicios ofrecen la primera. Escríbelas aquí y revisa cada número",
            "  # con el propio servicio (y si atiende en español). La compilación se detiene hasta que",
            "  # no quede ningún marcador REPLACE.",
        ],
        "safety": ["  # Servicios para quien sufre daño, amenazas o control de su pareja o de alguien con",
                   "  # quien vive: se muestran en relationship-safety.md y se ofrecen en los ejercicios."],
    },
}


@dataclass(frozen=True)
class Preset:
    code: str
    country: str
    emergency: str
    emergency_source: str
    emergency_checked: str
    crisis: tuple[Mapping[str, Any], ...]
    relationship_safety: tuple[Mapping[str, Any], ...]


@functools.cache
def load(code: str) -> Preset:
    data = yaml.safe_load((FILES / f"{code}.yml").read_text(encoding="utf-8"))
    return Preset(code, data["country"], data["emergency"], data["emergency_source"],
                  str(data["emergency_checked"]), tuple(data["crisis"]),
                  tuple(data["relationship_safety"]))


def _scalar(value: Any) -> str:
    """VALUE as YAML text: plain where YAML reads it back unchanged, double-quoted otherwise."""
    text = str(value)
    try:
        plain = yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        plain = False
    return text if plain and "\n" not in text else json.dumps(text, ensure_ascii=False)


def _setting(lead: str, key: str, value: Any, indent: str) -> list[str]:
    """'KEY: VALUE' after LEAD, folded over lines (>-) when it is long plain text."""
    if key == "checked":
        return [f"{lead}{key}: {value}"]  # a date, as YAML reads it
    line = f"{lead}{key}: {_scalar(value)}"
    if len(line) <= WIDTH or key not in FOLDED or _scalar(value) != str(value):
        return [line]
    inner = indent + "    "
    folded = textwrap.wrap(str(value), WIDTH, initial_indent=inner, subsequent_indent=inner,
                           break_long_words=False, break_on_hyphens=False)
    return [f"{lead}{key}: >-", *folded]


def _comment(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=f"{indent}# ", subsequent_indent=f"{indent}# ",
                         break_long_words=False, break_on_hyphens=False)


def _service(service: Mapping[str, Any], indent: str) -> list[str]:
    lines = _comment(" ".join(str(service[key]) for key in ("serves", "hours") if service.get(key)),
                     indent)
    first = True
    for key in (*SHOWN, *RECORDED):
        value = service.get(key)
        if value is None:
            continue
        lead = f"{indent}- " if first else f"{indent}  "
        first = False
        if key == "also":
            lines.append(f"{lead}also:")
            for button in value:
                lines.append(f"{indent}    - href: {_scalar(button['href'])}")
                lines.append(f"{indent}      action: {_scalar(button['action'])}")
        elif isinstance(value, list):
            lines.append(f"{lead}{key}:")
            lines += [f"{indent}    - {_scalar(item)}" for item in value]
        else:
            lines += _setting(lead, key, value, indent)
    return lines


def help_services(preset: Preset | None, language: str = "en") -> str:
    """The `extra:` block of a new site's mkdocs.yml: PRESET's services, or placeholders in LANGUAGE
    (the checked lists are written in English: a starter in another language has placeholders)."""
    words, placeholders, comments = WORDS_IN[language], PLACEHOLDERS_IN[language], _COMMENTS[language]
    if preset is None:
        countries = ", ".join(COUNTRIES)
        lines = ["extra:", *(line.format(countries=countries) for line in comments["placeholders"])]
    else:
        lines = [
            "extra:",
            f"  # The crisis helplines for readers in {preset.country}: the \"Get help now\" bar on every",
            "  # page leads to them, and exercises offer the first. Each was checked against the page",
            "  # in its 'source' on the date in 'checked' (the site does not show these two). Check",
            "  # them again with each service before you publish, and from time to time after.",
        ]
    for key, intro in (("crisis", words["crisis_intro"]), ("relationship_safety", words["safety_intro"])):
        if key == "relationship_safety":
            lines += comments["safety"]
        lines += [f"  {key}:", *_setting("    ", "intro", intro, "  ")]
        if preset is None:
            lines.append(f"    emergency: {_scalar(placeholders['emergency'])}")
            services: tuple[Mapping[str, Any], ...] = (placeholders[key],)
        else:
            lines += _comment(f"Checked on {preset.emergency_checked} against {preset.emergency_source}",
                              "    ")
            lines += _setting("    ", "emergency", preset.emergency, "  ")
            services = getattr(preset, key)
        lines.append("    resources:")
        for service in services:
            lines += _service(service, "      ")
    return "\n".join(lines) + "\n"
