"""The site's id: the start of every key it keeps in the reader's browser (drafts, saved entries) and
of its service worker's cache names.

Browsers keep storage per origin (scheme, host and port), not per path, so two sites published under
one origin (`you.github.io/site-one/` and `you.github.io/site-two/`) share it. Each site's keys are
kept apart by its id. Without `site_id` in mkdocs.yml the id comes from the site's address (host and
path), so two sites under one origin never share entries or clear each other's caches; without an
address, from the site's name.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..core.errors import Path as FieldPath
from ..core.errors import Problem

# What an author's id may be made of: no space, and no ':' (it ends the id in every key).
SITE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")
MAX_LENGTH = 63


def _slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:MAX_LENGTH].rstrip("-")


def derive(site_url: str | None, site_name: str) -> str:
    """The id of a site with no `site_id`: its address's host and path (the scheme and port left
    out: a port is not kept apart by the browser anyway), else its name, as lower-case words."""
    if site_url:
        parts = urlsplit(site_url)
        slug = _slug(f"{parts.hostname or ''} {parts.path}")
        if slug:
            return slug
    return _slug(site_name) or "site"


def problem(site_id: object, where: FieldPath) -> Problem | None:
    """What is wrong with an author's `site_id`, if anything."""
    if isinstance(site_id, str) and SITE_ID.fullmatch(site_id):
        return None
    suggestion = _slug(str(site_id)) if site_id is not None else ""
    example = f", like 'site_id: {suggestion}'," if suggestion else ""
    return Problem(where, f"'{site_id}' cannot start the names of what the site keeps in the "
                          "reader's browser",
                   f"Use letters, digits, '.', '_' and '-' (up to {MAX_LENGTH}, starting with a letter "
                   f"or digit){example} or leave site_id out to have it made from site_url.")

