"""The reader's main paths (reader_paths.py) in WebKit: WebKitGTK, the engine family of Safari and of
every browser on an iPhone."""

from .reader_paths import *  # noqa: F403 (the tests, written once for every engine)

ENGINE = "webkit"
