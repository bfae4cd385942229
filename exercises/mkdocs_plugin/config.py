"""The plugin's options (``plugins: - exercises: {...}`` in mkdocs.yml)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class ExercisesConfig(base.Config):
    # Folder inside docs/ with one YAML definition per exercise; not published as pages.
    definitions = c.Type(str, default="_exercises")
    # A folder holding Pyodide's npm package (relative to mkdocs.yml). Empty: the version pinned in
    # pyodide_dist.py, downloaded on the first build and kept in the user's cache (no Node needed).
    pyodide_source = c.Type(str, default="")
    # Where browsers load Pyodide from. Empty: the self-hosted copy the plugin puts in the site.
    # Any other value (a path on this site) is used as it is and nothing is copied.
    pyodide_url = c.Type(str, default="")
    # Prefix of every key the site writes to browser storage (site_identity.py). Unset: made from
    # site_url (host and path), so two sites under one origin keep their readers' entries apart.
    site_id = c.Optional(c.Type(str))
    # The plain page "Leave this page quickly" opens, as a path inside the site (an .html file: a page
    # with the theme would show the site's name). Without such a file in docs/, the plugin writes its
    # own there (a soup recipe, not indexed by search engines).
    leave_page = c.Type(str, default="tomato-soup.html")
    # The site lists crisis helplines (extra.crisis) and relationship-safety services
    # (extra.relationship_safety), and the build stops without them. false: a site with none, such
    # as a private draft; every build then warns (so `mkdocs build --strict` stops).
    help_services = c.Type(bool, default=True)
    # Write sw.js at the site root: it keeps Pyodide and the core in a versioned browser cache, so
    # a second visit does not download them again. Exercise pages register it; lessons never do.
    service_worker = c.Type(bool, default=True)
    # Publish, for the engine to boot with, only the part of Python's standard library it was
    # recorded importing (Pyodide's start-up modules, the core's and its operations', see stdlib.py),
    # and the rest in a second file fetched only if a module outside it is ever imported.
    trim_stdlib = c.Type(bool, default=True)
    # Write a Content-Security-Policy <meta> into every page: scripts, workers, styles, images, fonts
    # and connections from this site only, inline scripts only by hash (see csp.py). Turn it off only
    # to add something the policy refuses, and know that it is then another origin's to see.
    # `mkdocs serve` leaves it out: its live reload injects an inline script no hash can allow.
    content_security_policy = c.Type(bool, default=True)
    # Pages above this Flesch-Kincaid grade get a build warning (fails `mkdocs build --strict`). Also the
    # limit of the other grade formulas (German: the Wiener Sachtextformel).
    readability_max_grade = c.Type((int, float), default=8.0)
    # For a language whose formula is a reading ease (higher reads easier: Spanish, Szigriszt-Pazos on
    # the INFLESZ scale; French, Kandel-Moles): pages below it get a build warning. Unset: the
    # formula's own limit for grade 8 (55 in Spanish, 60 in French; exercises/readability.py).
    readability_min_ease = c.Optional(c.Type((int, float)))
    # Pages (paths inside docs/) the readability check skips, such as a reference list. Glob
    # patterns work too: `authors/*` skips every page in docs/authors/.
    readability_exclude = c.ListOfItems(c.Type(str), default=[])
    # Each page's front matter says when a person last read it through: `last_reviewed: 2026-12-01`,
    # shown at the foot of the page. Above 0, the build warns (fails `mkdocs build --strict`) for a
    # page with no date, or one more than this many months old. 0 turns the check off.
    last_reviewed_months = c.Type(int, default=0)
    # Pages (paths or glob patterns inside docs/) the review-date check skips, such as the author's guide.
    last_reviewed_exclude = c.ListOfItems(c.Type(str), default=[])
    # The colours of the site installed as an app (its web app manifest): the browser's bar and the
    # screen shown while it opens. Use the theme's primary colour and its page background.
    theme_color = c.Type(str, default="#4051b5")
    background_color = c.Type(str, default="#ffffff")
    # The site's own translations of the package's messages: a folder beside mkdocs.yml with one .po
    # file per language (translations/es.po). A missing folder or file overrides nothing.
    translations = c.Type(str, default="translations")
    # Messages in the site's own words, by language and message key (wins over the .po files):
    #   messages: {es: {help_bar.lead: "¿Lo estás pasando mal?"}}
    messages = c.Type(dict, default={})
