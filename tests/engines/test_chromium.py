"""The reader's main paths (reader_paths.py) in Chromium."""

from .reader_paths import *  # noqa: F403 (the tests, written once for every engine)

ENGINE = "chromium"
