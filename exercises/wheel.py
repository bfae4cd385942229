"""Pack the pure-Python core into a wheel for the browser, byte-for-byte reproducible.

The browser gets the core without comments and docstrings, every line in its place
(stripped_source.py).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .stripped_source import stripped

PACKAGE_DIR = Path(__file__).resolve().parent
NAME = "exercises"
VERSION = __version__
# Only the core goes to the browser: it must not need MkDocs, Markdown or YAML.
INCLUDE = ("__init__.py", "core/**/*.py")
_EPOCH = (1980, 1, 1, 0, 0, 0)
# Stripping reads every module twice (tokens, syntax tree): done once per content in a process, which
# builds once per language of a site (mkdocs-static-i18n) and again on every change under `mkdocs serve`.
_stripped = functools.lru_cache(maxsize=512)(stripped)


@dataclass(frozen=True)
class Wheel:
    filename: str
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _record_hash(data: bytes) -> str:
    raw = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def core_files() -> dict[str, bytes]:
    """The core's files as the wheel holds them (``exercises/core/api.py`` -> its bytes): what the
    browser gets, and what the trimmed standard library is computed from."""
    files: dict[str, bytes] = {}
    for pattern in INCLUDE:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            files[f"{NAME}/{path.relative_to(PACKAGE_DIR).as_posix()}"] = _stripped(path.read_bytes())
    return files


def build_core_wheel() -> Wheel:
    """A py3-none-any wheel of the core, with fixed timestamps so its hash only follows the code."""
    files = core_files()
    info = f"{NAME}-{VERSION}.dist-info"
    files[f"{info}/METADATA"] = (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
                                 "Summary: Exercise core (scoring and checks)\n").encode()
    files[f"{info}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: exercises.wheel\n"
                              b"Root-Is-Purelib: true\nTag: py3-none-any\n")
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            # Given here: an entry's own ZipInfo does not take the archive's level.
            archive.writestr(entry, data, compresslevel=9)
    return Wheel(f"{NAME}-{VERSION}-py3-none-any.whl", buffer.getvalue())


if __name__ == "__main__":  # python -m exercises.wheel DIR: write the wheel, e.g. to inspect it
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    wheel = build_core_wheel()
    (out / wheel.filename).write_bytes(wheel.data)
    print(out / wheel.filename)
