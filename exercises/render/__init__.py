"""Build-time side (CPython only): reading authors' files and rendering exercise HTML."""
