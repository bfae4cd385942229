"""Message catalogs at build time and for maintainers (Babel).

``catalogs``: a site's messages for its language (the package's .po, the author's overrides) and the
data each runtime gets. ``extract``: the .pot from the code, and each language's .po kept up to date.
``python -m exercises.i18n``: the maintainers' and authors' commands. The runtimes' own message layer
is ``exercises/core/messages.py`` (standard library only) and ``exercises/assets/i18n.js``.
"""
