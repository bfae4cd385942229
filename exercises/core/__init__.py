"""The pure-Python core: definitions, validation and scoring.

Standard library only. The same modules run at build time (CPython) and in the
reader's browser (Pyodide), so nothing here may import MkDocs, Markdown, YAML or
do I/O beyond what it is handed.
"""
