"""MkDocs plugin wiring the exercises extension, the browser runtime and Pyodide into a site."""
