"""The matching engine of the concern check: language-neutral, standard library only.

A language gives a ``PhraseTable`` (its words, in data: see ``en.py``); the engine compiles it once
into regular expressions over a sentence's words and runs them. Nothing in this module knows a
word of any language.

How a sentence is read:

1. *Folded*: one kind of apostrophe, lower case, the table's spellings applied (slang and the short
   forms people type in a hurry: "wanna" is "want to", "cant" is "can't"), letters typed three or
   more times in a row kept twice ("sooo" is "soo").
2. *Split* into sentences, and each sentence into words (letters, digits and apostrophes).
3. *Typos*: a word the table does not know, of ``TYPO_MIN`` letters or more, that is one slip away
   from a word the table does know (a letter missing, one too many, a doubled letter typed once or
   the other way round, two letters swapped) is read as that word, unless the table lists it among
   the real words that only look like a slip (``not_typos``).
4. *Harmless senses* the table names are blanked ("dying to see you"), so no rule reads them.
5. *Rules*: each is a pattern over words, in the small language below, and belongs to a category.

The pattern language (a rule, a lexicon entry, a harmless sense are all written in it):

    word            that word;  word|other  either word
    {a b|c d}       either sequence of words (groups nest)
    @name           any entry of the table's lexicon NAME (entries are patterns too)
    _               any one word
    ...N            up to N words (default 3), none of them one of the table's gap stops (words
                    such as "not", "never", "i": "he never hit me" is not "he ... hit me")
    ~N              up to N words of any kind
    X?  X*          X optional; X up to three times
    !X              not followed by X;  <!X  not preceded by X (X: words, a group or a lexicon)
    ^  $            the start or the end of the sentence

Each match says its category, its concern (from ``categories.CATEGORIES``) and the words it read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .categories import CATEGORIES

#: Words shorter than this are never read as a typo of another.
TYPO_MIN = 5
#: Where a sentence ends (the engine's split; a table may add its own by a spelling).
_SENTENCE_END = re.compile(r"[.!?;\n\u2026\u3002]+")
_WORD = re.compile(r"'?[^\W_]+(?:'[^\W_]+)*")
#: The mark a gap stop carries in a sentence as the rules read it (never typed by a reader: the
#: words of a sentence are letters, digits and apostrophes).
STOP = "\u00a7"
_GAP_WORD = f"[^ {STOP}][^ ]* "
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u0060\u00b4\uff07\u2032"})


# ---------------------------------------------------------------------------------------------
# What a language gives


@dataclass(frozen=True)
class Rule:
    """A pattern that, matched in a sentence, raises its category."""
    category: str
    pattern: str


@dataclass(frozen=True)
class PhraseTable:
    """A language's words for the concern check. Every pattern is written in the language above."""
    language: str
    #: name -> entries (each a pattern), referred to as @name.
    lexicons: Mapping[str, tuple[str, ...]]
    rules: tuple[Rule, ...]
    #: (regular expression, replacement) pairs run over the lower-cased text, in order.
    spellings: tuple[tuple[str, str], ...] = ()
    #: Patterns whose words are blanked before any rule reads the sentence.
    harmless: tuple[str, ...] = ()
    #: The lexicon whose entries a ``...N`` gap never crosses.
    gap_stops: str = "gap_stops"
    #: The lexicon of words a typo may be read as: the words that carry a sentence's meaning here
    #: ("strangled", "suicide"), not every word a rule names.
    slips: str = "slips"
    #: Real words that look like a slip of one of those ("treats" beside "threats").
    not_typos: frozenset[str] = frozenset()
    #: A regular expression where the clauses of a sentence meet (lower-case text), for checks that
    #: read a clause at a time.
    clause_breaks: str = r"$^"
    #: Named sets of patterns for other checks of the same language (a fear word in a feeling box,
    #: a word of violence anywhere, a sentence that reports what someone else did): name -> patterns.
    cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Words that show a sentence is written in this language (common little words no other
    #: shipped language has): on a page in another language, only such sentences are read with
    #: this table as well (``Matcher.matches(text, marked=True)``).
    markers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Match:
    category: str
    concern: str
    words: str

    def as_dict(self) -> dict[str, str]:
        return {"category": self.category, "concern": self.concern, "words": self.words}


class TableError(ValueError):
    """A phrase table that cannot be compiled: names the table, the pattern and what is wrong."""


# ---------------------------------------------------------------------------------------------
# The pattern language: parsed into small nodes, compiled into regular-expression text over a
# sentence written as " word word word " (a space before and after every word).


@dataclass
class _Node:
    kind: str                   # "words", "ref", "group", "any", "gap", "start", "end"
    words: tuple[str, ...] = ()
    name: str = ""
    alts: tuple[tuple[_Node, ...], ...] = ()
    count: int = 0
    free: bool = False
    opt: bool = False
    star: bool = False
    neg: bool = False
    behind: bool = False

    @property
    def required(self) -> bool:
        optional = self.opt or self.star or self.neg or self.behind
        return not optional and self.kind in ("words", "ref", "group")


def _split_top(text: str, sep: str) -> list[str]:
    """TEXT split on SEP outside braces."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                raise TableError("a '}' without its '{'")
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    if depth:
        raise TableError("a '{' without its '}'")
    parts.append(text[start:])
    return parts


def _tokens(pattern: str) -> list[str]:
    """The pattern's tokens: spaces separate them, except inside braces."""
    if "{" not in pattern and "}" not in pattern:
        return pattern.split()
    return [token for token in _split_top(pattern, " ") if token]


_GAP = re.compile(r"(\.\.\.|~)(\d*)")


_PLAIN = re.compile(r"[^\s{}@!?*~^$_.|]+")
_PARSED: dict[str, tuple[_Node, ...]] = {}


def parse(pattern: str) -> tuple[_Node, ...]:
    """A pattern's nodes (each pattern is parsed once; nodes are never changed after parsing)."""
    if pattern not in _PARSED:
        _PARSED[pattern] = tuple(_parse_token(t) for t in _tokens(pattern.strip()))
    return _PARSED[pattern]


def _parse_token(token: str) -> _Node:
    neg = behind = False
    if token.startswith("<!"):
        behind, token = True, token[2:]
    elif token.startswith("!"):
        neg, token = True, token[1:]
    opt = star = False
    if token.endswith("?") and len(token) > 1:
        opt, token = True, token[:-1]
    elif token.endswith("*") and len(token) > 1:
        star, token = True, token[:-1]
    gap = _GAP.fullmatch(token)
    if token == "^":
        node = _Node("start")
    elif token == "$":
        node = _Node("end")
    elif token == "_":
        node = _Node("any")
    elif gap:
        node = _Node("gap", count=int(gap.group(2) or 3), free=gap.group(1) == "~")
    elif token.startswith("@"):
        node = _Node("ref", name=token[1:])
    elif token.startswith("{") and token.endswith("}"):
        alts = _split_top(token[1:-1], "|")
        if all(_PLAIN.fullmatch(alt) for alt in alts):  # {a|b|c}: just words, the usual case
            node = _Node("words", words=tuple(alts))
        else:
            node = _Node("group", alts=tuple(parse(alt) for alt in alts))
    elif re.fullmatch(r"[^\s{}@!?*~]+", token) and token not in ("...",):
        node = _Node("words", words=tuple(token.split("|")))
        if any(not w for w in node.words):
            raise TableError(f"an empty word in {token!r}")
    else:
        raise TableError(f"{token!r} is not a word, a group or a lexicon")
    node.opt, node.star, node.neg, node.behind = opt, star, neg, behind
    if (neg or behind) and node.kind not in ("words", "ref", "group"):
        raise TableError(f"'!' and '<!' go before words, a group or a lexicon, not {token!r}")
    return node


class _Compiler:
    """Turns a table's patterns into regular-expression text, with the lexicons compiled once."""

    def __init__(self, table: PhraseTable) -> None:
        self.table = table
        self.lexicons = {name: tuple(parse(p) for p in entries) for name, entries in table.lexicons.items()}
        self._compiled: dict[str, str] = {}
        self._firsts: dict[str, frozenset[str] | None] = {}
        self._expanding: set[str] = set()
        # Gap stops are marked in the sentence itself ("§not"), so a gap is a plain character class.
        self.stops: frozenset[str] = frozenset()
        if table.gap_stops in self.lexicons:
            self.stops = frozenset(self.expand(_Node("ref", name=table.gap_stops)))
            if any(" " in stop for stop in self.stops):
                raise TableError(f"the gap stops (@{table.gap_stops}) are single words")

    def mark(self, word: str) -> str:
        return STOP + word if word in self.stops else word

    def lexicon(self, name: str) -> str:
        if name not in self._compiled:
            if name not in self.lexicons:
                raise TableError(f"there is no lexicon called @{name}")
            if name in self._expanding:
                raise TableError(f"the lexicon @{name} refers to itself")
            self._expanding.add(name)
            entries = sorted((self.seq(e) for e in self.lexicons[name]), key=len, reverse=True)
            self._expanding.discard(name)
            self._compiled[name] = "(?:" + "|".join(entries) + ")"
        return self._compiled[name]

    def seq(self, nodes: Iterable[_Node]) -> str:
        return "".join(self.node(n) for n in nodes)

    def node(self, n: _Node) -> str:
        if n.kind == "start":
            return "(?<=^ )"
        if n.kind == "end":
            return r"\Z"
        if n.kind == "any":
            body = "[^ ]+ "
        elif n.kind == "gap":
            return f"(?:{'[^ ]+ ' if n.free else _GAP_WORD}){{0,{n.count}}}"
        elif n.kind == "words":
            body = "(?:" + "|".join(re.escape(self.mark(w)) + " " for w in n.words) + ")"
        elif n.kind == "ref":
            body = self.lexicon(n.name)
        else:
            body = "(?:" + "|".join(self.seq(alt) for alt in n.alts) + ")"
        if n.behind:
            return "".join(f"(?<! {re.escape(' '.join(map(self.mark, p.split())))} )" for p in self.expand(n))
        if n.neg:
            return f"(?!{body})"
        if n.opt:
            return f"(?:{body})?"
        if n.star:
            return f"(?:{body}){{0,3}}"
        return body

    def expand(self, n: _Node) -> list[str]:
        """Every phrase a node stands for (for a look-behind, which needs them one by one)."""
        if n.kind == "words":
            return list(n.words)
        if n.kind == "ref":
            alts: Iterable[tuple[_Node, ...]] = self.lexicons[n.name]
        elif n.kind == "group":
            alts = n.alts
        else:
            raise TableError("'<!' takes words, a group or a lexicon of plain words")
        out = []
        for alt in alts:
            phrases = [""]
            for part in alt:
                if part.opt or part.star or part.neg or part.behind:
                    raise TableError("'<!' takes plain words only")
                phrases = [f"{a} {b}".strip() for a in phrases for b in self.expand(part)]
            out += phrases
        return out

    def firsts(self, nodes: Iterable[_Node]) -> frozenset[str] | None:
        """The words a sequence can start with, or None when it can start with any word."""
        out: set[str] = set()
        for n in nodes:
            if n.kind in ("start", "end") or n.neg or n.behind:
                continue
            if n.kind in ("any", "gap"):
                return None
            mine = self.node_firsts(n)
            if mine is None:
                return None
            out |= mine
            if not (n.opt or n.star):
                return frozenset(out)
        return None  # the sequence can be empty

    def node_firsts(self, n: _Node) -> frozenset[str] | None:
        if n.kind == "words":
            return frozenset(map(self.mark, n.words))
        if n.kind == "ref":
            if n.name not in self._firsts:
                if n.name not in self.lexicons:
                    raise TableError(f"there is no lexicon called @{n.name}")
                if n.name in self._expanding:
                    raise TableError(f"the lexicon @{n.name} refers to itself")
                self._expanding.add(n.name)
                self._firsts[n.name] = self._alt_firsts(self.lexicons[n.name])
                self._expanding.discard(n.name)
            return self._firsts[n.name]
        return self._alt_firsts(n.alts)

    def _alt_firsts(self, alts: Iterable[tuple[_Node, ...]]) -> frozenset[str] | None:
        out: set[str] = set()
        for alt in alts:
            mine = self.firsts(alt)
            if mine is None:
                return None
            out |= mine
        return frozenset(out)

    def vocabulary(self) -> set[str]:
        words: set[str] = set()

        def walk(nodes: Iterable[_Node]) -> None:
            for n in nodes:
                words.update(w for w in n.words)
                for alt in n.alts:
                    walk(alt)

        for entries in self.lexicons.values():
            for e in entries:
                walk(e)
        for rule in self.table.rules:
            walk(parse(rule.pattern))
        for patterns in self.table.cues.values():
            for p in patterns:
                walk(parse(p))
        return {w for w in words if w.isalpha()}


# ---------------------------------------------------------------------------------------------
# A compiled table


@dataclass
class _Compiled:
    category: str
    nodes: tuple[_Node, ...]
    compiler: _Compiler
    #: For each word the rule needs, the words it can start with: all must be in the sentence.
    needs: tuple[frozenset[str], ...]
    regex: re.Pattern[str] | None = None

    def search(self, line: str) -> re.Match[str] | None:
        if self.regex is None:  # compiled the first time a sentence has the words it needs
            self.regex = re.compile("(?<= )" + self.compiler.seq(self.nodes))
        return self.regex.search(line)


class Matcher:
    """One language's table, compiled: what the concern check and its helpers run."""

    def __init__(self, table: PhraseTable) -> None:
        self.table = table
        compiler = _Compiler(table)
        self._mark = compiler.mark
        self.rules: list[_Compiled] = []
        self._index: dict[str, list[int]] = {}
        self._always: list[int] = []
        for rule in table.rules:
            if rule.category not in CATEGORIES:
                raise TableError(f"{table.language}: there is no category called {rule.category!r} "
                                 f"(rule {rule.pattern!r})")
            try:
                nodes = parse(rule.pattern)
                firsts = (compiler.node_firsts(n) for n in nodes if n.required)
                needs = tuple(f for f in firsts if f is not None)
            except TableError as err:
                raise TableError(f"{table.language}: rule {rule.pattern!r}: {err}") from None
            number = len(self.rules)
            self.rules.append(_Compiled(rule.category, nodes, compiler, needs))
            if needs:
                for word in min(needs, key=len):
                    self._index.setdefault(word, []).append(number)
            else:
                self._always.append(number)
        try:
            self._harmless = [re.compile("(?<= )" + compiler.seq(parse(p))) for p in table.harmless]
            self._cues = {name: [_Compiled(name, parse(p), compiler, ()) for p in patterns]
                          for name, patterns in table.cues.items()}
        except (TableError, re.error) as err:
            raise TableError(f"{table.language}: {err}") from None
        self._spellings = [(re.compile(p), r) for p, r in table.spellings]
        self._clause_break = re.compile(table.clause_breaks)
        self.vocabulary = frozenset(compiler.vocabulary())
        slips = frozenset()
        if table.slips in compiler.lexicons:
            slips = frozenset(compiler.expand(_Node("ref", name=table.slips)))
        self._typos = _TypoIndex(self.vocabulary, slips, table.not_typos)

    def compile_all(self) -> None:
        """Compile every rule now (a test does, to find a pattern the regular-expression engine
        refuses; readers' devices compile each rule when a sentence first needs it)."""
        for rule in (*self.rules, *(c for cues in self._cues.values() for c in cues)):
            try:
                rule.search(" ")
            except (re.error, TableError) as err:
                raise TableError(f"{self.table.language}: a {rule.category} pattern: {err}") from None

    # ---- reading a text

    def sentences(self, text: str) -> list[list[str]]:
        """The text as the rules read it: sentences of folded words, typos read as meant."""
        folded = text.translate(_APOSTROPHES).lower()
        folded = _REPEATS.sub(r"\1\1", folded)
        for pattern, replacement in self._spellings:
            folded = pattern.sub(replacement, folded)
        out = []
        for sentence in _SENTENCE_END.split(folded):
            words = [self._typos.meant(w) for w in _WORD.findall(sentence)]
            if words:
                out.append(words)
        return out

    def _line(self, words: list[str]) -> str:
        line = " " + " ".join(map(self._mark, words)) + " "
        for harmless in self._harmless:
            line = harmless.sub(lambda m: f"{STOP}~ " * m.group(0).count(" "), line)
        return line

    def matches(self, text: str, marked: bool = False) -> list[Match]:
        """Every match in the text, at most one per category and sentence, in the rules' order.
        MARKED: only in the sentences that carry one of the table's markers (words of its language)."""
        found: list[Match] = []
        for words in self.sentences(text):
            if marked and self.table.markers.isdisjoint(words):
                continue
            line = self._line(words)
            present = set(line.split())
            candidates = set(self._always)
            for word in present:
                candidates.update(self._index.get(word, ()))
            seen: set[str] = set()
            for number in sorted(candidates):
                rule = self.rules[number]
                if rule.category in seen or not all(not need.isdisjoint(present) for need in rule.needs):
                    continue
                hit = rule.search(line)
                if hit:
                    seen.add(rule.category)
                    words_read = hit.group(0).replace(STOP, "").strip()
                    found.append(Match(rule.category, CATEGORIES[rule.category].concern, words_read))
        return found

    def clauses(self, text: str) -> list[tuple[int, int]]:
        """Where TEXT's sentences and their clauses start and end (offsets into TEXT)."""
        lowered = text.translate(_APOSTROPHES).lower()  # keeps every offset
        spans, start = [], 0
        for cut in re.finditer(_SENTENCE_END.pattern + "|" + self._clause_break.pattern, lowered):
            if cut.start() > start:
                spans.append((start, cut.start()))
            start = cut.end()
        if start < len(text):
            spans.append((start, len(text)))
        return [(a, b) for a, b in spans if text[a:b].strip()]

    def cue(self, name: str, text: str) -> list[str]:
        """The words of each sentence of TEXT that the table's cue NAME finds."""
        out = []
        for words in self.sentences(text):
            hit = self._cue_hit(name, words)
            if hit:
                out.append(hit)
        return out

    def cue_in_words(self, name: str, words: list[str]) -> bool:
        """Whether the cue NAME finds something in one sentence's words (from ``sentences``)."""
        return self._cue_hit(name, words) is not None

    def _cue_hit(self, name: str, words: list[str]) -> str | None:
        line = self._line(words)
        for pattern in self._cues.get(name, []):
            hit = pattern.search(line)
            if hit:
                return hit.group(0).replace(STOP, "").strip()
        return None


# ---------------------------------------------------------------------------------------------
# Typos


def _squeeze(word: str) -> str:
    """A word with its doubled letters typed once: "slapped" -> "slaped"."""
    return re.sub(r"(.)\1", r"\1", word)


class _TypoIndex:
    """Finds the word the table knows that a word it does not know was meant to be."""

    def __init__(self, vocabulary: frozenset[str], slips: frozenset[str], not_typos: frozenset[str]) -> None:
        self.known = vocabulary
        self.not_typos = not_typos
        self._same: dict[str, set[str]] = {}      # squeezed form -> words
        self._shorter: dict[str, set[str]] = {}   # squeezed form with a letter missing -> words
        for word in slips:
            if len(word) < TYPO_MIN:
                continue
            key = _squeeze(word)
            self._same.setdefault(key, set()).add(word)
            for i in range(len(key)):
                self._shorter.setdefault(key[:i] + key[i + 1:], set()).add(word)
        self._cache: dict[str, str] = {}

    def meant(self, word: str) -> str:
        if word in self.known or len(word) < TYPO_MIN or word in self.not_typos or not word.isalpha():
            return word
        if word not in self._cache:
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[word] = self._guess(word)
        return self._cache[word]

    def _guess(self, word: str) -> str:
        key = _squeeze(word)
        found = set(self._same.get(key, ()))           # a doubled letter typed once, or the other way
        found |= self._shorter.get(key, set())         # a letter missing
        for i in range(len(key)):                      # a letter too many
            found |= self._same.get(key[:i] + key[i + 1:], set())
        for i in range(len(key) - 1):                  # two letters swapped
            found |= self._same.get(key[:i] + key[i + 1] + key[i] + key[i + 2:], set())
        found = {w for w in found if w[0] == word[0]}
        if not found:
            return word
        ranked = sorted(found, key=lambda w: (abs(len(w) - len(word)), w))
        closest = [w for w in ranked if abs(len(w) - len(word)) == abs(len(ranked[0]) - len(word))]
        return closest[0] if len(closest) == 1 else word  # two words as close: leave it

    def neighbours(self, words: Iterable[str]) -> dict[str, str]:
        """Which of WORDS (real words of the language, say) would be read as another: for a test
        that keeps ``not_typos`` complete."""
        out = {}
        for w in words:
            if w in self.known or len(w) < TYPO_MIN or not w.isalpha():
                continue
            guess = self._guess(w)
            if guess != w:
                out[w] = guess
        return out
