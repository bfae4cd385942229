"""The message builder (the ``message_builder`` check of a worksheet): four boxes become one message
in the reader's own words, ready to copy. Nothing is sent anywhere.

It fails safe. The reader's words are never rewritten: the boxes are joined with "When ...",
"I feel ..." and "I need ..." only where the reader left those words out, and the ask is kept as
written. A softer way to ask is an offer the reader may open ("If you want, here is a softer way
to ask"), never a correction, and it is not offered at all

- when the ask is a boundary (it starts with "stop", "don't", "never" and the like),
- when the need is about safety ("to feel safe"),
- when any word of violence, threat or control appears anywhere in the boxes, or fear in the
  feeling box, or the concern check (``safety``) notices a crisis or a partner who hurts,
  threatens or controls the reader.

In those cases there are no notes on wording either; when the reader may be afraid, a note points
to the relationship-safety page instead. Ideas about blame words, "always" and "never", and "I feel
that" are offered (as ideas) only when softening is.

Reader-facing words are in ``MESSAGES``, one keyed table (the keys a message catalog will use); the
English grammar the builder leans on is in ``GRAMMAR``; the words that decide when not to soften are
in the concern check's phrase table (``safety/en.py``: cues ``afraid``, ``danger``, ``boundary``,
``need_safety``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import safety
from .text_checks import normalise, sounds_afraid

MESSAGES: dict[str, str] = {
    "title": "Your message",
    "empty": "Fill in the boxes to see your message take shape.",
    "own_words": "Here is your message, in your own words, ready to copy. Nothing is sent anywhere.",
    "kept": "Here is your message, in your own words. Nothing is sent anywhere.",
    "calm": "It reads calm and clear. You can read it out loud to check how it feels.",
    "boundary": ("A clear \u201cstop\u201d or \u201cdon\u2019t\u201d is a boundary. It does not need softer "
                 "words."),
    "notes_intro": "If you want, a few words could be said more gently. These are only ideas:",
    "softer_intro": "If you want, here is a softer way to ask.",
    "softer_show": "Show a softer way to ask",
    "softer_hide": "Hide the softer way to ask",
    "softer_note": "It is only an idea. Your own words are fine to keep.",
    "softer_copy": "Copy this version",
    "softer_shown": "A softer way to ask is shown below your message. Your own words have not changed.",
    "softer_hidden": "The softer way to ask is hidden. Your message is as you wrote it.",
    "safety": ("If you are afraid of how they will react, your safety comes first. You do not have to send "
               "this. A boundary does not need softer words, and being checked on, controlled or scared is "
               "not something better wording can fix."),
    "safety_link": "Is it worry, or is something wrong?",
    # The parts of the message, around the reader's words.
    "when": "When {happened},",
    "feel": "I feel {feel}.",
    "need": "I need {need}.",
    "willing": "Would you be willing to {ask}?",
    "open_to": "Would you be open to {ask}?",
    "could_we": "Could we {ask}?",
    # Ideas on wording: why, and another way.
    "blame_why": "Blame words can make the other person defend themselves instead of listening.",
    "blame_instead": ("You could say what happened and how you felt: \u201cWhen the plans changed, I felt "
                      "hurt.\u201d"),
    "always_never_why": ("Words like \u201calways\u201d and \u201cnever\u201d turn one moment into a rule, "
                         "and invite an argument about the times it was not true."),
    "always_never_instead": ("You could name the one time: \u201cLast night\u2026\u201d or \u201cThis "
                             "week\u2026\u201d."),
    "feel_that_why": ("\u201cI feel that\u2026\u201d or \u201cI feel like you\u2026\u201d often holds a "
                      "thought about the other person, not a feeling."),
    "feel_that_instead": "You could try one feeling word: hurt, worried, lonely, scared, sad.",
}
SAFETY_PAGE = "relationship-safety.md"

# The English the builder leans on (a language's own list, beside its phrase table, when a second
# language comes): openings of each box the reader may write themselves, and how an ask begins.
GRAMMAR: dict[str, tuple[str, ...]] = {
    "when": ("when", "whenever"),
    "feel": ("i feel", "i felt", "i'm", "i am", "i was", "i've been", "i have been", "i get", "i got",
             "feeling", "i keep feeling", "i always feel", "i often feel", "i sometimes feel"),
    "need": ("i need", "i needed", "i want", "i wanted", "i'd like", "i would like", "i wish", "i just need",
             "i really need", "what i need", "all i need", "i'd love", "i would love", "i'm asking",
             "i am asking", "i hope"),
    "need_bare": ("need",),
    # A box that starts with its own subject is a sentence of its own, kept as written.
    "subjects": ("we", "you", "he", "she", "they", "it", "there", "i", "let's", "lets"),
    # Asks that are already questions: nothing to offer.
    "question": ("could you", "would you", "can you", "will you", "could we", "would we", "can we",
                 "do you", "are you", "is it", "would it", "could i", "can i", "may i", "is there",
                 "shall we", "how about", "what if", "why don't we", "would you be"),
    # Asks already put gently: nothing to offer either.
    "gentle": ("i'd love it if you", "i would love it if you", "i'd like it if you", "i would like it if you",
               "it would help if you", "it would help me if you", "it would mean a lot if you",
               "i wish you would", "i wish you'd", "i'd appreciate it if you", "i would appreciate it if you",
               "i'd be grateful if you", "i would be grateful if you", "if you could", "if you're willing",
               "if you are willing",
               "would it be okay", "would it be ok", "i was wondering if", "i wonder if"),
    # Questions that press rather than ask: written with a question mark, and a softer way offered.
    "pressing": ("can't you", "won't you", "why don't you", "why can't you", "why won't you", "don't you",
                 "will you ever", "why do you", "why did you", "how come you"),
    "please": ("please", "pls", "plz", "kindly"),
    # Leads that hand the rest of the ask to the other person: "you need to text me" -> "text me".
    "to_you": ("i need you to", "i want you to", "i'd like you to", "i would like you to", "i'd love you to",
               "i would love you to", "i expect you to", "i demand that you", "i demand you",
               "i'm asking you to", "i am asking you to", "i'd prefer you to", "i would prefer you to",
               "you need to", "you have to", "you must", "you should", "you better", "you'd better",
               "you had better", "you will", "you'll", "you're going to", "you are going to", "you gotta",
               "you've got to", "you have got to", "you got to", "make sure you", "that you",
               "for you to", "can't you", "why don't you", "why can't you", "won't you", "just", "to",
               "try to", "remember to", "always", "from now on,", "from now on"),
    # Words that may stand between "you" and the rest ("you always have to", "you really need to").
    "adverbs": ("always", "really", "just", "seriously", "honestly", "definitely", "absolutely", "still",
                "also", "actually", "simply", "totally", "literally", "at least"),
    # The reader's own plans ("I want to see my friends"): theirs, not a request to soften.
    "mine": ("i want to", "i'd like to", "i would like to", "i need to", "i'm going to", "i am going to",
             "i will", "i'll", "i plan to", "i'm planning to", "i wish to", "i'm", "i am", "i have", "i've",
             "i can", "i should", "i must", "i"),
    # Leads of a wish for something ("I'd like more time together"): asked with "open to".
    "wish": ("i'd like", "i would like", "i want", "i need", "i'd love", "i would love", "i wish for",
             "i'm asking for", "i am asking for", "i'd appreciate", "i would appreciate", "i really need",
             "i just need", "i really want", "i just want", "what i need is", "all i want is",
             "all i need is"),
    "us": ("let's", "lets", "let us"),
    "we": ("we should", "we need to", "we have to", "we must", "we could", "we ought to", "we've got to",
           "we gotta"),
    # How a noun phrase starts ("more time together"): asked with "open to" rather than "willing to".
    "noun_start": ("a", "an", "the", "some", "more", "less", "fewer", "my", "our", "your", "time", "space",
                   "help", "support", "honesty", "patience", "reassurance", "quality", "regular", "one",
                   "two", "an hour", "a little", "any"),
    # A trailing part that softening leaves out.
    "tail": (", please", " please", " ok?", " okay?", " ok", " okay", ", or else", " or else", ", alright",
             " alright", ", thanks", " thanks", ", thank you", " thank you"),
}


# ---------------------------------------------------------------------------------------------
# Ideas on wording (offered only when softening is)


@dataclass(frozen=True)
class Wording:
    kind: str
    patterns: tuple[str, ...]

    @property
    def why(self) -> str:
        return MESSAGES[f"{self.kind}_why"]

    @property
    def instead(self) -> str:
        return MESSAGES[f"{self.kind}_instead"]


WORDINGS: tuple[Wording, ...] = (
    Wording("blame", (r"\byou made me\b", r"\b(?:it'?s|it is|it was|this is) (?:all )?your fault\b",
                      r"\bbecause of you\b", r"\byou (?:don'?t|do not) care\b",
                      r"\byou(?:'re| are) (?:so |being )?(?:selfish|cold|mean|careless|thoughtless|lazy|rude|"
                      r"cruel|heartless)\b", r"\byou ruin(?:ed|s)?\b", r"\bthanks to you\b")),
    Wording("always_never", (r"\balways\b", r"\bnever\b", r"\bevery ?time\b", r"\bconstantly\b",
                             r"\ball the time\b")),
    Wording("feel_that", (r"\bi feel (?:that|like you|like he|like she|like they)\b",
                          r"^\s*(?:that|like) you\b")),
)


def wording_notes(text: str) -> list[dict[str, str]]:
    """Blame, always/never and "I feel that", each once, with the words that were found."""
    norm = normalise(text)
    notes = []
    for wording in WORDINGS:
        for pattern in wording.patterns:
            match = re.search(pattern, norm, re.MULTILINE)
            if match:
                notes.append({"kind": wording.kind, "found": text[match.start():match.end()].strip(),
                              "why": wording.why, "instead": wording.instead})
                break
    return notes


# ---------------------------------------------------------------------------------------------
# The boxes, in the reader's words


def _tidy(text: str) -> str:
    """One space between words, no end stop or trailing comma."""
    return " ".join(text.split()).rstrip(".!?;:, ")


def _starts(text: str, leads: tuple[str, ...]) -> str | None:
    """The lead TEXT starts with (as a whole word, apostrophes of any kind), or None."""
    norm = normalise(text)
    for lead in sorted(leads, key=len, reverse=True):
        if norm == lead or norm.startswith(lead + " ") or (lead.endswith(",") and norm.startswith(lead)):
            return lead
    return None


def _lower_first(words: str) -> str:
    """The first word in lower case when it is a capitalised ordinary word ("Dinner"), not "I"."""
    first = words.split(" ", 1)[0]
    if first and first[0].isupper() and first[1:].islower() \
            and normalise(first) not in ("i", "i'm", "i've", "i'd", "i'll"):
        return first[0].lower() + words[1:]
    return words


def _sentence(text: str, stop: str = ".") -> str:
    """TEXT as a sentence of its own, otherwise as written: a capital first, an end stop if none."""
    words = " ".join(text.split())
    words = words[0].upper() + words[1:]
    return words if words[-1] in ".!?" else words + stop


def _several_sentences(text: str) -> bool:
    return bool(re.search(r"[.!?]\s+\S", text.strip()))


def _happened(text: str) -> str:
    if _several_sentences(text):
        return _sentence(text)
    words = _tidy(text)
    if _starts(words, GRAMMAR["when"]):
        return words[0].upper() + words[1:] + ","
    return MESSAGES["when"].format(happened=_lower_first(words))


def _feel(text: str) -> str:
    if _several_sentences(text) or _starts(text, GRAMMAR["feel"] + GRAMMAR["subjects"]):
        return _sentence(text)
    return MESSAGES["feel"].format(feel=_lower_first(_tidy(text)))


def _need(text: str) -> str:
    if _several_sentences(text) or _starts(text, GRAMMAR["need"] + GRAMMAR["subjects"]):
        return _sentence(text)
    words = _tidy(text)
    if _starts(words, GRAMMAR["need_bare"]):
        return _sentence("I " + words[0].lower() + words[1:])
    return MESSAGES["need"].format(need=_lower_first(words))


def _ask(text: str) -> str:
    """The ask as written, made a sentence: a question mark if it asks one."""
    words = " ".join(text.split())
    bare = _drop(words, GRAMMAR["please"])
    question = _starts(bare, GRAMMAR["question"] + GRAMMAR["pressing"])
    return _sentence(words, "?" if question else ".")


def _drop(words: str, leads: tuple[str, ...]) -> str:
    lead = _starts(words, leads)
    return words[len(lead):].lstrip(" ,") if lead else words


def softer_ask(text: str) -> str | None:
    """The ask as a request, "Would you be willing to ...?", or None when there is nothing to soften
    (it already asks), when it is the reader's own plan, or when it cannot be put that way well."""
    words = " ".join(text.split())
    if not words or _several_sentences(words):
        return None
    words = words.rstrip(".!? ")
    for tail in GRAMMAR["tail"]:
        if normalise(words).endswith(tail):
            words = words[: len(words) - len(tail)].rstrip(" ,")
    words = _drop(words, GRAMMAR["please"])
    if not words or _starts(words, GRAMMAR["question"]):
        return None
    if _starts(words, GRAMMAR["us"]):
        rest = _drop(words, GRAMMAR["us"])
        return MESSAGES["willing"].format(ask=_lower_first(rest)) if rest else None
    if _starts(words, GRAMMAR["we"]):
        rest = _drop(words, GRAMMAR["we"])
        return MESSAGES["could_we"].format(ask=_lower_first(rest)) if rest else None
    if _starts(words, GRAMMAR["gentle"]):
        return None
    lead = _starts(words, ("you",))
    if lead and _starts(words[4:], GRAMMAR["adverbs"]):  # "you always have to call" -> "you have to call"
        words = "you " + _drop(words[4:], GRAMMAR["adverbs"])
    handed = _drop(words, GRAMMAR["to_you"])
    if handed == words:
        wished = _drop(words, GRAMMAR["wish"])
        # "I'd like more time together" (not "I want to see my friends": the reader's own plan)
        if wished != words:
            wished = _drop(wished, GRAMMAR["please"])
            if not wished or _starts(wished, GRAMMAR["subjects"]) \
                    or normalise(wished).startswith(("to ", "for ")):
                return None
            if re.search(r"\b(?:myself|me|my own)\b", normalise(wished)):
                return None  # "time to myself": not something to ask them to be open to in these words
            return MESSAGES["open_to"].format(ask=_lower_first(wished))
    while handed != words:  # "I need you to just text me": leads one after another
        words, handed = handed, _drop(handed, GRAMMAR["to_you"])
    if not words or _starts(words, GRAMMAR["mine"] + GRAMMAR["subjects"]):
        return None  # "I want to see my friends", "you never listen": nothing asked of them to soften
    words = _lower_first(words)
    if _starts(words, GRAMMAR["noun_start"]):
        return MESSAGES["open_to"].format(ask=words)
    return MESSAGES["willing"].format(ask=words)


# ---------------------------------------------------------------------------------------------
# The check


def _why_not_soften(texts: Mapping[str, str]) -> dict[str, bool]:
    """Each reason the builder keeps the reader's words without any offer to soften them."""
    everything = "\n".join(texts.values())
    matcher = safety.matcher()
    found = safety.concerns(everything)
    ask = texts["ask"].strip()
    return {
        "afraid": sounds_afraid(texts["feel"]) or found["safety"],
        "crisis": found["crisis"],
        "danger": bool(matcher.cue("danger", everything)),
        "boundary": bool(ask) and bool(matcher.cue("boundary", ask.splitlines()[0])),
        "safety_need": bool(matcher.cue("need_safety", texts["need"])),
    }


def message_builder(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    texts = {key: str(answers.get(params[key]) or "") for key in ("happened", "feel", "need", "ask")}
    parts = []
    if texts["happened"].strip():
        parts.append(_happened(texts["happened"]))
    if texts["feel"].strip():
        parts.append(_feel(texts["feel"]))
    elif parts and parts[-1].endswith(","):
        parts[-1] = parts[-1][:-1] + "."
    if texts["need"].strip():
        parts.append(_need(texts["need"]))
    draft = " ".join(parts + ([_ask(texts["ask"])] if texts["ask"].strip() else []))
    reasons = _why_not_soften(texts)
    keep = any(reasons.values())
    softer = None if keep or not texts["ask"].strip() else softer_ask(texts["ask"])
    notes = [] if keep else wording_notes("\n".join(texts.values()))
    afraid = reasons["afraid"] or reasons["danger"]
    if not draft:
        text = MESSAGES["empty"]
    elif keep:
        text = MESSAGES["kept"] + (" " + MESSAGES["boundary"] if reasons["boundary"] and not afraid else "")
    else:
        text = MESSAGES["own_words"] + ("" if notes or softer else " " + MESSAGES["calm"])
    return {
        "check": "message_builder", "title": MESSAGES["title"], "text": text, "draft": draft,
        "softer": None if softer is None else {
            **{key: MESSAGES[f"softer_{key}"]
               for key in ("intro", "show", "hide", "note", "copy", "shown", "hidden")},
            "ask": softer, "draft": " ".join(parts + [softer]),
        },
        "notes": notes, "notes_intro": MESSAGES["notes_intro"] if notes else "",
        "safety": {"text": MESSAGES["safety"], "link_text": MESSAGES["safety_link"], "page": SAFETY_PAGE}
        if afraid and draft else None,
    }
