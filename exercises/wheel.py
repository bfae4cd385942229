"""Pack the pure-Python core for the browser, byte-for-byte reproducible: a wheel, and beside it a
small archive for each phrase table of the concern check but English.

The browser gets the core without comments and docstrings, every line in its place
(stripped_source.py). The phrase tables are the largest part of the core, and a page reads only its
own language's (and English, beside every other): English stays in the wheel, and each other
built-in table (``safety.BUILTIN``) goes to the pages in its language only, as a zip the engine's
worker unpacks into site-packages beside the core.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .core import safety
from .stripped_source import stripped

PACKAGE_DIR = Path(__file__).resolve().parent
NAME = "exercises"
VERSION = __version__
# Only the core goes to the browser: it must not need MkDocs, Markdown or YAML.
INCLUDE = ("__init__.py", "core/**/*.py")
_EPOCH = (1980, 1, 1, 0, 0, 0)
#: How a table's archive is named: phrases-<language>-<hash>.zip.
TABLE_PREFIX = "phrases-"
# Stripping reads every module twice (tokens, syntax tree): done once per content in a process, which
# builds once per language of a site (mkdocs-static-i18n) and again on every change under `mkdocs serve`.
_stripped = functools.lru_cache(maxsize=512)(stripped)


@dataclass(frozen=True)
class Archive:
    filename: str
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Core:
    """What the browser may get of the core: the wheel, and the phrase tables apart by language."""

    wheel: Archive
    tables: Mapping[str, Archive] = field(default_factory=dict)

    @property
    def digest(self) -> str:
        """Of the wheel and every table: the core's part of the runtime's identity."""
        parts = [self.wheel.digest, *(f"{code}:{self.tables[code].digest}" for code in sorted(self.tables))]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def archives(self) -> list[Archive]:
        return [self.wheel, *(self.tables[code] for code in sorted(self.tables))]


def _record_hash(data: bytes) -> str:
    raw = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def languages_apart() -> tuple[str, ...]:
    """The built-in tables' languages that ship apart from the wheel: all but English."""
    return tuple(code for code in safety.BUILTIN if code != safety.FALLBACK_LANGUAGE)


def table_language(code: str) -> str | None:
    """The language of the table shipped apart that a page in CODE ("es", "es-MX") reads; None when
    it reads English's (in the wheel), or has none."""
    base = safety.base_language(code)
    return base if base in languages_apart() else None


def _module_path(module: str) -> str:
    """``exercises.core.safety.es`` -> ``exercises/core/safety/es.py``."""
    return module.replace(".", "/") + ".py"


def _source_files() -> dict[str, bytes]:
    """Every file of the core, by its path in site-packages, as the browser gets it."""
    files: dict[str, bytes] = {}
    for pattern in INCLUDE:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            files[f"{NAME}/{path.relative_to(PACKAGE_DIR).as_posix()}"] = _stripped(path.read_bytes())
    return files


def core_files() -> dict[str, bytes]:
    """The wheel's files (``exercises/core/api.py`` -> its bytes): the core without the tables that
    ship apart."""
    apart = {_module_path(safety.BUILTIN[code]) for code in languages_apart()}
    return {name: data for name, data in _source_files().items() if name not in apart}


def _zip(files: Mapping[str, bytes]) -> bytes:
    """A zip of FILES in their order, with fixed timestamps, so its bytes only follow the content."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            # Given here: an entry's own ZipInfo does not take the archive's level.
            archive.writestr(entry, data, compresslevel=9)
    return buffer.getvalue()


def build_core_wheel() -> Archive:
    """A py3-none-any wheel of the core (without the tables apart)."""
    files = core_files()
    info = f"{NAME}-{VERSION}.dist-info"
    files[f"{info}/METADATA"] = (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
                                 "Summary: Exercise core (scoring and checks)\n").encode()
    files[f"{info}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: exercises.wheel\n"
                              b"Root-Is-Purelib: true\nTag: py3-none-any\n")
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    return Archive(f"{NAME}-{VERSION}-py3-none-any.whl", _zip(files))


def build_table(language: str) -> Archive:
    """LANGUAGE's phrase table as a zip to unpack into site-packages, named by its content."""
    path = _module_path(safety.BUILTIN[language])
    data = _zip({path: _stripped((PACKAGE_DIR.parent / path).read_bytes())})
    return Archive(f"{TABLE_PREFIX}{language}-{hashlib.sha256(data).hexdigest()[:12]}.zip", data)


def build_core(languages: Iterable[str] | None = None) -> Core:
    """The wheel, and the tables apart that pages in LANGUAGES read (None: every one)."""
    wanted = set(languages_apart()) if languages is None else {table_language(code) for code in languages}
    return Core(build_core_wheel(), {code: build_table(code) for code in languages_apart() if code in wanted})


def write_core(folder: Path, core: Core | None = None) -> list[Path]:
    """The wheel and every table apart written into FOLDER (for Pyodide under Node: the core's tests,
    the recording of the standard library, the benches), wheel first."""
    written = []
    for archive in (core or build_core()).archives():
        (folder / archive.filename).write_bytes(archive.data)
        written.append(folder / archive.filename)
    return written


if __name__ == "__main__":  # python -m exercises.wheel DIR: write the wheel and tables, e.g. to inspect them
    import sys

    for path in write_core(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(path)
