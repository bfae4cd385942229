"""The tests' shared set-up, imported as `kit` (pyproject's pytest `pythonpath`), one module a concern:

- site: ROOT, building a site with `mkdocs build --strict`, and which Chromium to launch
- builds: the real site built once per run for each address it is served at (root, /some-repo/)
- project: a tiny MkDocs project, and TinySites (such projects built once per run, tables in batches)
- serve: the one HTTP server (sub-path, Cache-Control, headers, Pages' 404 page, gzip, requests held
  back or dropped, as options)
- watch: what a browser context asked for and what went wrong (requests, failures, errors, CSP)
- reader: driving an exercise as a reader would (the engine's state, answering, Tab)
- engines: one tab of Chromium, WebKit or Firefox behind one small interface, for tests/engines/
- axe: no accessibility violation on a page
- storage: the keys the site keeps in the browser, and putting an entry there
- pages: every page of the built site, known before it is built
- samples: every small definition and journal entry the tests start from (standard library only)
- scratch: a scratch worksheet field type (standard library only)
- node: the page's own modules tested in Node (`node --test`), no browser

samples and scratch also run inside Pyodide with tests/unit/core (tests/pyodide/test_core_in_pyodide.py).
"""
