"""Archives the build makes for the browser (the core's wheel and tables, the standard library's
zips): each entry deflated at level 9, with the fixed date that keeps the bytes reproducible."""

from __future__ import annotations

import io
import zipfile
import zlib

EPOCH = (1980, 1, 1, 0, 0, 0)


def not_packed_tightly(data: bytes) -> list[str]:
    """The entries of the zip DATA that are not deflated at level 9 or not dated EPOCH."""
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            level_9 = len(packer.compress(archive.read(info)) + packer.flush())
            packed = (info.compress_type, info.compress_size, info.date_time)
            if packed != (zipfile.ZIP_DEFLATED, level_9, EPOCH):
                found.append(info.filename)
    return found
