"""The HTML of reading offline: the plain page a reader gets offline for a page this device does not
keep, and the "Keep this site for reading offline" box (the privacy page and the journal).

Every word a reader sees here is in WORDS, one table, by key (the words move to the message catalogs
with the rest of the package's).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

WORDS = {
    "offline_title": "You are offline",
    "offline_lead": "This page is not kept on this device, and there is no connection to fetch it.",
    "offline_kept": "Pages you can read now",
    "offline_none": "No page of this site is kept on this device.",
    "offline_keep_hint": ("To read this site without a connection next time, choose \"Keep this site for "
                          "reading offline\" on its privacy page."),
    "offline_help": "If you need help now",
    "offline_home": "Try the home page again",
    "keep_title": "Keep this site for reading offline",
    "keep_lead": ("Keep a copy of this site's lessons and pages on this device, so you can read them "
                  "without a connection. The copy holds nothing you type."),
    "keep_runtime": ("If you have used an exercise here, its tool is kept too, so exercises also work "
                     "offline."),
    "keep_button": "Keep this site for reading offline",
    "drop_button": "Stop keeping it",
}


def words(key: str, **values: str) -> str:
    return WORDS[key].format(**values)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def keep_box() -> str:
    """The box a reader keeps the site with (shown by its script, keep-offline.js, where the browser
    can keep it: without JavaScript nothing can be kept, so it stays hidden)."""
    return (
        '<section class="ex-keep-offline" hidden aria-labelledby="ex-keep-offline-title">'
        f'<h2 id="ex-keep-offline-title">{_e(words("keep_title"))}</h2>'
        f'<p>{_e(words("keep_lead"))} {_e(words("keep_runtime"))}</p>'
        '<p class="ex-keep-offline-actions">'
        '<button type="button" class="md-button md-button--primary ex-keep">'
        f'{_e(words("keep_button"))}</button> '
        f'<button type="button" class="md-button ex-drop" hidden>{_e(words("drop_button"))}</button></p>'
        '<p class="ex-keep-offline-status" role="status" aria-live="polite"></p>'
        '</section>')


def offline_page(site_name: str, language: str, home: str, help_lists: Sequence[Mapping[str, Any]],
                 direction: str = "ltr") -> str:
    """The page the service worker shows offline for a page this device does not keep: plain HTML,
    nothing to fetch (no stylesheet, no script, no image), so it reads at once. The service worker
    lists the pages it can show in place of the <li data-kept-pages> line. HELP_LISTS: the site's
    extra.crisis and extra.relationship_safety, whose services are listed as text (numbers to call
    or text are in their words)."""
    services = []
    for help_list in help_lists:
        items = "".join(f"<li><strong>{_e(r['name'])}</strong>: {_e(r['how'])}</li>"
                        for r in help_list.get("resources", []))
        services.append(f"<p><strong>{_e(help_list.get('intro', ''))}</strong></p>"
                        f"<p>{_e(help_list.get('emergency', ''))}</p><ul>{items}</ul>")
    return (
        f'<!doctype html>\n<html lang="{_e(language)}" dir="{_e(direction)}">\n'
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n<link rel="icon" href="data:,">\n'
        f'<title>{_e(words("offline_title"))} - {_e(site_name)}</title>\n</head>\n<body>\n<main>\n'
        f'<h1>{_e(words("offline_title"))}</h1>\n<p>{_e(words("offline_lead"))}</p>\n'
        f'<h2>{_e(words("offline_help"))}</h2>\n{"".join(services)}\n'
        f'<h2>{_e(words("offline_kept"))}</h2>\n'
        f'<ul class="kept-pages"><li data-kept-pages>{_e(words("offline_none"))}</li></ul>\n'
        f'<p data-keep-hint>{_e(words("offline_keep_hint"))}</p>\n'
        f'<p><a href="{_e(home)}">{_e(words("offline_home"))}</a></p>\n'
        '</main>\n</body>\n</html>\n')
