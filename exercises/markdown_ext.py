"""Python-Markdown extension: a line ``[[exercise: NAME]]`` becomes the exercise's HTML form.

NAME is a definition file (NAME.yml) in the definitions folder. The form is rendered at build
time, so it is usable (and printable) before any script runs. Works with plain Python-Markdown;
the MkDocs plugin only sets the folder, the current page and page titles.
"""

from __future__ import annotations

import importlib
import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.util import AtomicString

from .core.kinds import KINDS
from .definitions import NAME, AuthorError, Definition, DefinitionLibrary
from .render.parts import CRISIS_CLASS, Button, Service, help_now_list, help_offers
from .render.worksheet_fields import HELP_NOW_ATTRIBUTE, PAGE_LINK_ATTRIBUTE

DIRECTIVE = re.compile(r"^\s*\[\[\s*exercise\s*:\s*(?P<name>[^\]\s]*)\s*\]\]\s*$")
# Any spelling an author may have meant as an exercise line ("[[Exercise: x]]" too), so that a
# near miss is reported instead of reaching readers as literal text.
_LOOSE = re.compile(r"\[\[\s*exercise\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+\1")

Renderer = Callable[..., etree.Element]


def renderer(kind: str) -> Renderer:
    """The function that renders a form of KIND, as its declaration names it ("module:function")."""
    module, _, name = KINDS[kind].renderer.partition(":")
    found = getattr(importlib.import_module(module), name, None)
    if not callable(found):
        raise TypeError(f"the {kind} kind names its renderer {KINDS[kind].renderer!r}, which is not "
                        "a function: fix 'renderer=' in its KIND_DECLARATION")
    return found


@dataclass(frozen=True)
class Directive:
    line: int  # 1-based, in the Markdown given
    name: str


@dataclass(frozen=True)
class LineProblem:
    line: int
    message: str


# Python-Markdown leaves a block-level HTML element that starts a line as it is, Markdown and all,
# unless the element has a `markdown` attribute (the md_in_html extension): an exercise line inside
# one would reach readers as text.
BLOCK_TAGS = frozenset(Markdown().block_level_elements) - {"hr", "br", "img", "input", "link", "meta"}
_HTML_START = re.compile(r"^ {0,3}<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>")
_MARKDOWN_ATTRIBUTE = re.compile(r"""\smarkdown(?:\s*=\s*["']?(?:1|block|span)["']?)?(?=[\s/>]|$)""")


def inside_html(tag: str | None, opened: int | None, md_in_html: bool) -> str:
    """What to do about an exercise line inside raw HTML (TAG opened on line OPENED, when known)."""
    block = f"the HTML block <{tag}> that starts on line {opened}" if tag and opened else "HTML"
    element = f"<{tag} markdown>" if tag else "<div markdown>"
    enable = ("" if md_in_html else ", and add '- md_in_html' under 'markdown_extensions:' in "
              "mkdocs.yml")
    return (f"the exercise line is inside {block}, where Markdown is not read, so readers would see "
            f"it as text. Write the tag as {element}, with an empty line before and after the "
            f"exercise line{enable}; or move the line out of the HTML.")


@dataclass
class _RawHtml:
    """The raw HTML block a page is in while its lines are read: its tag, where it opened, how deep."""

    tag: str
    opened: int
    depth: int

    def read(self, line: str) -> None:
        lower = line.lower()
        self.depth += len(re.findall(rf"<{self.tag}(?=[\s>/])", lower))
        self.depth -= len(re.findall(rf"</{self.tag}\s*>", lower))


def find_directives(markdown: str, md_in_html: bool = True) -> Iterator[Directive | LineProblem]:
    """Every exercise line outside code fences; malformed ones, and ones inside raw HTML, come back
    as errors to report."""
    lines = markdown.splitlines()
    fence: str | None = None
    raw: _RawHtml | None = None
    for index, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if raw is not None:
            raw.read(line)
            here = raw
            if raw.depth <= 0:
                raw = None
            if _LOOSE.search(_INLINE_CODE.sub("", line)):
                yield LineProblem(index + 1, inside_html(here.tag, here.opened, md_in_html))
            continue
        if opening:
            fence = opening.group(1)
            continue
        html = _HTML_START.match(line)
        raw_tag = html is not None and html.group(1).lower() in BLOCK_TAGS
        if html and raw_tag and not _MARKDOWN_ATTRIBUTE.search(html.group(2) or ""):
            block = _RawHtml(html.group(1).lower(), index + 1, 0)
            block.read(line)
            if block.depth > 0:
                raw = block
            continue
        if not _LOOSE.search(_INLINE_CODE.sub("", line)):  # quoting the syntax in `code` is fine
            continue
        match = DIRECTIVE.match(line)
        number = index + 1
        if not match or not match.group("name"):
            yield LineProblem(number, f"'{line.strip()}' is not a valid exercise line. Write it "
                              "alone on its line as [[exercise: NAME]], where NAME is a file in "
                              "the exercises folder without '.yml'.")
            continue
        if not NAME.fullmatch(match.group("name")):
            yield LineProblem(number, f"'{match.group('name')}' is not a usable exercise name. Use the "
                              "name of a file in the exercises folder without '.yml': letters, "
                              "digits, '-' or '_'.")
            continue
        neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if any(n.strip() and not n.lstrip().startswith(">") for n in neighbours):
            yield LineProblem(number, "the exercise line needs an empty line before and after "
                              "it. Add blank lines around it.")
            continue
        yield Directive(number, match.group("name"))


_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)
_LEFT_AS_TEXT = re.compile(r"\[\[\s*exercise\s*:[^\]<]*\]\]")


def unprocessed_line(html: str) -> str | None:
    """An exercise line that reached the page's HTML as text (outside code, where quoting it is
    fine): Markdown inside raw HTML, say, is never seen by the extension."""
    found = _LEFT_AS_TEXT.search(_CODE.sub("", html))
    return found.group(0) if found else None


def line_of_text(markdown: str, text: str) -> int | None:
    """The first line of MARKDOWN, outside code fences, that holds TEXT (1-based)."""
    fence: str | None = None
    for index, line in enumerate(markdown.splitlines()):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
        elif opening:
            fence = opening.group(1)
        elif text in _INLINE_CODE.sub("", line):
            return index + 1
    return None


class ExerciseBlock(BlockProcessor):
    """Replaces a paragraph that is exactly one exercise line with the rendered exercise."""

    def __init__(self, parser: Any, ext: ExercisesExtension) -> None:
        super().__init__(parser)
        self.ext = ext

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(DIRECTIVE.match(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        match = DIRECTIVE.match(blocks.pop(0))
        assert match is not None
        defn = self.ext.library.get(match.group("name"))
        with_markdown: set[etree.Element] = set()

        def markdown_into(into: etree.Element, text: str) -> None:
            with_markdown.add(into)
            self.parser.parseChunk(into, text)

        root = self.ext.render(defn, markdown_into)
        packed = _pack(root, with_markdown, self.parser.md, self.ext.anchor_ids)
        if isinstance(packed, str):
            etree.SubElement(parent, "p").text = packed  # a lone placeholder: the HTML replaces it
        else:
            parent.append(packed)
        return True


# Python-Markdown's tree passes (inline, prettify, toc, links, anchors) walk every element of the
# page. A form is mostly plain controls that none of them change, and a questionnaire holds a few
# thousand, so those parts go to the raw-HTML stash as ready HTML. What keeps a live element:
# Markdown the author wrote, links and images (MkDocs resolves and checks them) and headings
# (the page's table of contents lists them).
_LIVE_TAGS = frozenset({"a", "img", "h1", "h2", "h3", "h4", "h5", "h6"})


def _pack(root: etree.Element, with_markdown: set[etree.Element], md: Markdown,
          anchor_ids: set[str]) -> etree.Element | str:
    """ROOT with every largest plain subtree replaced by a stash placeholder, or ROOT's own
    placeholder when all of it is plain. The ids of stashed elements go into ANCHOR_IDS."""
    live: set[etree.Element] = set()

    def mark(node: etree.Element) -> bool:  # True when NODE or something in it must stay live
        if node in with_markdown:
            live.add(node)
            return True
        inside = [mark(child) for child in node]  # every child, so each gets its mark
        if node.tag in _LIVE_TAGS or any(inside):
            live.add(node)
        return node in live

    def stash(node: etree.Element) -> str:
        anchor_ids.update(a for e in node.iter() if (a := e.get("id")) is not None)
        tail, node.tail = node.tail, None
        return md.htmlStash.store(md.serializer(node)) + (tail or "")

    def pack(node: etree.Element) -> None:
        if node in with_markdown:
            return  # the author's Markdown: every pass must see it
        previous: etree.Element | None = None
        for child in list(node):
            if child in live:
                pack(child)
                previous = child
                continue
            text = stash(child)
            if previous is None:
                node.text = AtomicString((node.text or "") + text)
            else:
                previous.tail = AtomicString((previous.tail or "") + text)
            node.remove(child)

    if not mark(root):
        return stash(root)
    pack(root)
    return root


class ExercisesExtension(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "definitions_dir": ["docs/_exercises", "Folder holding the exercise definitions"],
        }
        super().__init__(**kwargs)
        self.library = DefinitionLibrary(Path(self.getConfig("definitions_dir")))
        # Set per page by the MkDocs plugin; plain Markdown users get paths as written.
        self.page_path = ""
        self.titles: dict[str, str] = {}
        self._used: dict[str, int] = {}
        # Ids inside forms sent to the raw-HTML stash, which MkDocs' anchor check cannot see.
        self.anchor_ids: set[str] = set()
        # The one-tap buttons (call, text) each offer of help shows, from the site settings, and
        # the pages the site has (None: link every help page as written). Set by the plugin.
        self.help_buttons: dict[str, list[Button]] = {}
        # Every help service of each concern, for a worksheet's help_now list. Set by the plugin.
        self.help_services: dict[str, list[Service]] = {}
        self.pages: set[str] | None = None
        # Whether Markdown inside <div markdown> is read (md_in_html); set by the plugin.
        self.md_in_html = True

    def extendMarkdown(self, md: Markdown) -> None:
        # MkDocs makes a new Markdown object per page: ids restart on every page.
        self._used = {}
        self.anchor_ids = set()
        md.registerExtension(self)
        # Above paragraphs (10) and below lists/quotes, so it also works inside admonitions.
        md.parser.blockprocessors.register(ExerciseBlock(md.parser, self), "exercise", 75)

    def reset(self) -> None:
        self._used = {}
        self.anchor_ids = set()

    def page_link(self, target: str) -> tuple[str, str]:
        base = posixpath.dirname(self.page_path)
        href = posixpath.relpath(target, base) if base else target
        title = self.titles.get(target) or Path(target).stem.replace("-", " ").strip().capitalize()
        return href, title

    def render(self, defn: Definition, markdown_into: Callable[[etree.Element, str], None]
               ) -> etree.Element:
        count = self._used.get(defn.name, 0) + 1
        self._used[defn.name] = count
        uid = f"ex-{defn.name}" + (f"-{count}" if count > 1 else "")
        root = renderer(defn.kind)(defn, uid, markdown_into, self.page_link)
        for part in root.iter():
            if part.get("class") == CRISIS_CLASS:
                help_offers(part, self.page_link, self.help_buttons, self.pages)
            elif part.get(HELP_NOW_ATTRIBUTE) is not None:
                del part.attrib[HELP_NOW_ATTRIBUTE]
                help_now_list(part, self.page_link, self.help_services, self.pages)
            elif part.get(PAGE_LINK_ATTRIBUTE):
                target = part.attrib.pop(PAGE_LINK_ATTRIBUTE)
                page, _, anchor = target.partition("#")
                href, title = self.page_link(page)
                part.set("href", href + (f"#{anchor}" if anchor else ""))
                part.text = title
        self._unlink_missing_pages(root)
        # Site search finds an exercise by its title and introduction. Its controls and notes
        # ("Save on this device", scale labels) would crowd the results of every search.
        for part in root:
            if part.get("class") not in ("ex-title", "ex-intro"):
                part.set("data-search-exclude", "")
        return root

    def _unlink_missing_pages(self, root: etree.Element) -> None:
        """A link the form makes to a page of the site that this site does not have (a generator
        site without the relationship-safety page) keeps its words and loses its address, so the
        build has nothing broken to report; the plugin says which help pages are missing."""
        if self.pages is None:
            return
        base = posixpath.dirname(self.page_path)
        for a in root.iter("a"):
            href = a.get("href", "")
            target = href.split("#", 1)[0]
            if not target.endswith(".md") or "://" in target:
                continue
            if posixpath.normpath(posixpath.join(base, target)) not in self.pages:
                a.tag = "span"
                a.attrib.pop("href", None)

    def check(self, markdown: str) -> list[LineProblem]:
        """Every author mistake in a page's exercise lines, without rendering anything."""
        problems: list[LineProblem] = []
        for found in find_directives(markdown, self.md_in_html):
            if isinstance(found, LineProblem):
                problems.append(found)
                continue
            try:
                self.library.get(found.name)
            except AuthorError as err:
                problems.append(LineProblem(found.line, str(err)))
        return problems


def makeExtension(**kwargs: Any) -> ExercisesExtension:  # noqa: N802 (Markdown's API name)
    return ExercisesExtension(**kwargs)
