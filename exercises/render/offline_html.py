"""The HTML of reading offline: the plain page a reader gets offline for a page this device does not
keep, and the "Keep this site for reading offline" box (the privacy page and the journal).

Every word a reader sees here is a message of the catalog (keys ``offline.*``), in the language of
the page it is built for.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from ..core.messages import msg

WORDS = {
    # i18n: The title of the plain page shown offline for a page this device does not keep.
    "offline_title": msg("offline.page.title", "You are offline"),
    # i18n: The first line of the plain offline page.
    "offline_lead": msg("offline.page.lead", "This page is not kept on this device, and there is no "
                        "connection to fetch it."),
    # i18n: A heading on the offline page, above the list of pages kept on this device.
    "offline_kept": msg("offline.page.kept", "Pages you can read now"),
    # i18n: On the offline page, when no page is kept on this device.
    "offline_none": msg("offline.page.none", "No page of this site is kept on this device."),
    # i18n: On the offline page: how to keep the site next time. The quoted words are the button's
    # (the message "offline.keep.button").
    "offline_keep_hint": msg("offline.page.keep_hint", "To read this site without a connection next time, "
                             "choose \"Keep this site for reading offline\" on its privacy page."),
    # i18n: A heading on the offline page, above the crisis and relationship-safety services.
    "offline_help": msg("offline.page.help", "If you need help now"),
    # i18n: The link at the bottom of the offline page.
    "offline_home": msg("offline.page.home", "Try the home page again"),
    # i18n: The heading of the box that keeps the site for reading offline (privacy page, journal).
    "keep_title": msg("offline.keep.title", "Keep this site for reading offline"),
    # i18n: The first words of the box that keeps the site for reading offline.
    "keep_lead": msg("offline.keep.lead", "Keep a copy of this site's lessons and pages on this device, so "
                     "you can read them without a connection. The copy holds nothing you type."),
    # i18n: After the first words of the box that keeps the site for reading offline.
    "keep_runtime": msg("offline.keep.runtime", "If you have used an exercise here, its tool is kept too, so "
                        "exercises also work offline."),
    # i18n: The button that keeps the site for reading offline.
    "keep_button": msg("offline.keep.button", "Keep this site for reading offline"),
    # i18n: The button that stops keeping the site for reading offline.
    "drop_button": msg("offline.keep.drop", "Stop keeping it"),
}


def words(key: str) -> str:
    return str(WORDS[key])


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
