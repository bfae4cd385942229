"""What the site keeps in the reader's browser besides what the reader saves: its caches, by name.

Every name starts with the site's id (site_identity.py), so two sites under one origin never touch
each other's, and "Delete everything" finds them all by that start (``<site_id>-``):

- ``<site_id>-runtime-<hash>``: the exercise runtime's files (Pyodide, the core), kept by the service
  worker once the reader has used an exercise; the hash changes with any of the files.
- ``<site_id>-boot-<identity>``: the memory snapshot the engine takes on the reader's device after
  its first start, so later starts skip starting Python; never downloaded.
- ``<site_id>-pages``: the pages and their files, when the reader chose "Keep this site for reading
  offline".
- ``<site_id>-offline``: the offline page (a few kilobytes, with the crisis services as text), which
  the service worker keeps from its install: whoever has it (after using an exercise or keeping the
  site) gets that page offline instead of the browser's error.

The runtime's identity is declared here, once: the Pyodide version, the digest of the standard
library the engine boots with, and the digest of the core (its wheel and the phrase tables shipped
apart: exercises/wheel.py, ``Core.digest``). A snapshot is only ever restored into the runtime it was
taken of; any change to one of the three names a new cache.
"""

from __future__ import annotations


def prefix(site_id: str) -> str:
    """The start of every cache name of the site."""
    return f"{site_id}-"


def runtime_prefix(site_id: str) -> str:
    return f"{site_id}-runtime-"


def boot_prefix(site_id: str) -> str:
    return f"{site_id}-boot-"


def pages_cache(site_id: str) -> str:
    return f"{site_id}-pages"


def offline_cache(site_id: str) -> str:
    return f"{site_id}-offline"


def runtime_identity(pyodide_version: str, stdlib_digest: str, core_digest: str) -> str:
    """The runtime a snapshot belongs to: ``<pyodide version>-<stdlib>-<core>`` (12 hex digits each)."""
    return f"{pyodide_version}-{stdlib_digest[:12]}-{core_digest[:12]}"


def boot_cache(site_id: str, identity: str) -> str:
    return f"{boot_prefix(site_id)}{identity}"
