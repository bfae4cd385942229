"""Exercise definitions in more than one language: ``NAME.<language>.yml`` beside ``NAME.yml``.

A site built in several languages (mkdocs-static-i18n, "suffix" structure: ``index.es.md`` beside
``index.md``) keeps each exercise's words per language the same way: ``[[exercise: attachment]]`` in a
Spanish page is ``attachment.es.yml`` when it exists, else ``attachment.yml``. The exercise keeps its
name (and so its ids in the page) in every language; its ``id:`` should stay the same too, so the
reader's journal (one per site, shared by its languages) groups results of both.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..definitions import SUFFIXES, AuthorError, Definition, DefinitionLibrary, load_definition

# A language as a file name's last part before .yml: es, pt-BR, pt_BR, zh-Hant.
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


def split(stem: str) -> tuple[str, str | None]:
    """'attachment.es' -> ('attachment', 'es'); 'attachment' -> ('attachment', None)."""
    base, dot, language = stem.rpartition(".")
    return (base, language) if dot and base and LANGUAGE.match(language) else (stem, None)


class TranslatedLibrary(DefinitionLibrary):
    """The definitions of one language of the site: each exercise's file for LANGUAGE if it has one."""

    def __init__(self, folder: Path, root_dir: Path | None, language: str) -> None:
        super().__init__(folder, root_dir)
        self.language = language

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.suffix in SUFFIXES)

    def names(self) -> list[str]:
        return sorted({split(p.stem)[0] for p in self._files()})

    def translation_of(self, name: str) -> Path | None:
        for code in dict.fromkeys((self.language, self.language.replace("-", "_"))):
            for suffix in SUFFIXES:
                candidate = self.folder / f"{name}.{code}{suffix}"
                if candidate.exists() or candidate.is_symlink():
                    return candidate
        return None

    def path_of(self, name: str) -> Path:
        """This language's file for the exercise when it has one (its placeholders are this build's)."""
        return self.translation_of(name) or super().path_of(name)

    def get(self, name: str) -> Definition:
        if name not in self._cache:
            translated = self.translation_of(name) if "." not in name else None
            if translated is None:
                return super().get(name)
            # Its name is the exercise's, not the file's, so its ids in the page are the same in every
            # language.
            self._cache[name] = dataclasses.replace(load_definition(translated, self.root_dir), name=name)
        return self._cache[name]

    def check_all(self) -> list[str]:
        """Every file in the folder, each language's too (a translation no page of this build uses is
        still checked, so a mistake in it never waits for the build of its own language)."""
        errors = []
        for path in self._files():
            base, language = split(path.stem)
            used = self.translation_of(base)  # this build's file for the exercise, if not the base one
            try:
                if (language is None and used is None) or (language is not None and path == used):
                    self.get(base)
                else:
                    load_definition(path, self.root_dir)
            except AuthorError as err:
                errors.append(str(err))
        return list(dict.fromkeys(errors))
