"""A static psychoeducation site generator: lessons in Markdown, exercises that run in the browser."""

#: The one version number: the distribution's (pyproject reads it), the core wheel's, and what the
#: engine's "ping" reports.
__version__ = "0.8.2"
