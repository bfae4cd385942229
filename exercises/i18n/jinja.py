"""The templates' way to the catalog: globals the plugin registers in the theme's Jinja environment.

    {{ t("help_bar.lead", "Struggling right now?") }}
    {{ t("not_found.help", "If you are struggling right now, {help}.", help=t_link(url, words)) }}

``t`` escapes the words it returns (a translation or an author's override is text, never HTML), and a
placeholder's value too, unless it is markup made here (``t_link``, ``t_time``), so a link can sit
wherever a language puts it in the sentence.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ..core import messages


def _safe(params: dict[str, Any]) -> dict[str, Any]:
    return {name: value if isinstance(value, (Markup, int, float)) else escape(str(value))
            for name, value in params.items()}


def t(key: str, english: str, **params: Any) -> Markup:
    return Markup(messages.fill(str(escape(messages.active().words(key, english))), _safe(params)))


def tn(key: str, singular: str, plural: str, n: int, **params: Any) -> Markup:
    params.setdefault("count", n)
    return Markup(messages.fill(str(escape(messages.active().plural_words(key, singular, plural, n))),
                                _safe(params)))


def t_link(href: str, words: str) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, words)


def t_time(when: Any, words: str) -> Markup:
    return Markup('<time datetime="{}">{}</time>').format(when, words)


GLOBALS = {"t": t, "tn": tn, "t_link": t_link, "t_time": t_time}
