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

Reader-facing words are messages of the catalog (keys ``message_builder.*``), each a whole sentence
with the reader's words as placeholders, so a language can order them its own way. What the builder
reads in the reader's words is English (``GRAMMAR``: how a box starts; ``WORDINGS``: blame, "always",
"I feel that"), so it runs only on a page in a language ``GRAMMAR`` has. On a page in another
language the builder fails safe: each box is kept as the reader wrote it, one sentence after another,
with no softer way and no ideas on wording (an English rule never judges Spanish words). The words
that decide when not to soften are in the concern check's phrase tables (``safety/``: cues ``afraid``,
``danger``, ``boundary``, ``need_safety``), in the page's language where it has one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import safety
from .messages import Message, msg, t
from .text_checks import normalise, page_language, sounds_afraid

MESSAGES: dict[str, Message] = {
    # i18n: The heading of the message builder's result (a worksheet joins four boxes into one message).
    "title": msg("message_builder.title", "Your message"),
    # i18n: The message builder's result while every box is empty.
    "empty": msg("message_builder.empty", "Fill in the boxes to see your message take shape."),
    # i18n: Above the reader's message, when nothing was found to offer.
    "own_words": msg("message_builder.own_words", "Here is your message, in your own words, ready to copy. "
                                                  "Nothing is sent anywhere."),
    # i18n: Above the reader's message, when the builder keeps it as written (a boundary, fear, a crisis).
    "kept": msg("message_builder.kept", "Here is your message, in your own words. Nothing is sent anywhere."),
    # i18n: After "Here is your message...", when nothing in it needs softer words.
    "calm": msg("message_builder.calm", "It reads calm and clear. You can read it out loud to check how it "
                                        "feels."),
    # i18n: After "Here is your message...", when the ask is a boundary. The quoted words are examples of
    # how a boundary starts; use the language's own.
    "boundary": msg("message_builder.boundary", "A clear \u201cstop\u201d or \u201cdon\u2019t\u201d is a "
                                                "boundary. It does not need softer words."),
    # i18n: Above the ideas on wording (blame words, "always" and "never", "I feel that").
    "notes_intro": msg("message_builder.notes_intro", "If you want, a few words could be said more gently. "
                                                      "These are only ideas:"),
    # i18n: Above the offer of a softer way to ask.
    "softer_intro": msg("message_builder.softer.intro", "If you want, here is a softer way to ask."),
    # i18n: The button that shows the softer way to ask.
    "softer_show": msg("message_builder.softer.show", "Show a softer way to ask"),
    # i18n: The same button while the softer way is shown.
    "softer_hide": msg("message_builder.softer.hide", "Hide the softer way to ask"),
    # i18n: Under the softer way to ask.
    "softer_note": msg("message_builder.softer.note", "It is only an idea. Your own words are fine to keep."),
    # i18n: The button that copies the softer version of the message.
    "softer_copy": msg("message_builder.softer.copy", "Copy this version"),
    # i18n: Announced when the softer way to ask is shown.
    "softer_shown": msg("message_builder.softer.shown", "A softer way to ask is shown below your message. "
                                                        "Your own words have not changed."),
    # i18n: Announced when the softer way to ask is hidden.
    "softer_hidden": msg("message_builder.softer.hidden", "The softer way to ask is hidden. Your message is "
                                                          "as you wrote it."),
    # i18n: Under the message when the reader may be afraid of the person (a link to the
    # relationship-safety page follows).
    "safety": msg("message_builder.safety", "If you are afraid of how they will react, your safety comes "
                                            "first. You do not have to send this. A boundary does not need "
                                            "softer words, and being checked on, controlled or scared is not "
                                            "something better wording can fix."),
    # i18n: The link to the relationship-safety page, under the message.
    "safety_link": msg("message_builder.safety_link", "Is it worry, or is something wrong?"),
    # Ideas on wording: why, and another way.
    # i18n: An idea on wording: why blame words may not help.
    "blame_why": msg("message_builder.idea.blame_why", "Blame words can make the other person defend "
                                                       "themselves instead of listening."),
    # i18n: An idea on wording: another way than blame. The quoted sentence is an example.
    "blame_instead": msg("message_builder.idea.blame_instead", "You could say what happened and how you "
                                                               "felt: \u201cWhen the plans changed, I felt "
                                                               "hurt.\u201d"),
    # i18n: An idea on wording: why "always" and "never" may not help (use the language's own words).
    "always_never_why": msg("message_builder.idea.always_never_why", "Words like \u201calways\u201d and "
                                                                     "\u201cnever\u201d turn one moment into "
                                                                     "a rule, and invite an argument about "
                                                                     "the times it was not true."),
    # i18n: An idea on wording: another way than "always" and "never". The quoted words are examples.
    "always_never_instead": msg("message_builder.idea.always_never_instead", "You could name the one time: "
                                                                             "\u201cLast night\u2026\u201d "
                                                                             "or \u201cThis "
                                                                             "week\u2026\u201d."),
    # i18n: An idea on wording: why "I feel that..." may not name a feeling.
    "feel_that_why": msg("message_builder.idea.feel_that_why", "\u201cI feel that\u2026\u201d or \u201cI "
                                                               "feel like you\u2026\u201d often holds a "
                                                               "thought about the other person, not a "
                                                               "feeling."),
    # i18n: An idea on wording: another way than "I feel that...". The words after the colon are examples.
    "feel_that_instead": msg("message_builder.idea.feel_that_instead", "You could try one feeling word: "
                                                                       "hurt, worried, lonely, scared, sad."),
}
SAFETY_PAGE = "relationship-safety.md"

# The English the builder leans on: openings of each box the reader may write themselves, and how an
# ask begins. A language gets the builder's help (framing, a softer way, ideas on wording) once it has
# its own list here, beside its phrase table (GRAMMARS); until then its readers' words are kept.
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


GRAMMARS: dict[str, dict[str, tuple[str, ...]]] = {"en": GRAMMAR}


# ---------------------------------------------------------------------------------------------
# Ideas on wording (offered only when softening is)


@dataclass(frozen=True)
class Wording:
    kind: str
    patterns: tuple[str, ...]

    @property
    def why(self) -> str:
        return str(MESSAGES[f"{self.kind}_why"])

    @property
    def instead(self) -> str:
        return str(MESSAGES[f"{self.kind}_instead"])


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
    """Blame, always/never and "I feel that", each once, with the words that were found (none on a
    page in a language the patterns are not written for)."""
    if page_language() not in GRAMMARS:
        return []
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


def _opening(happened: str, feel: str) -> list[str]:
    """The happened and feel boxes as sentences: "When ..., I feel ...", each part framed only
    where the reader left its words out (their own "When ..." or "I felt ..." is kept)."""
    out: list[str] = []
    when = ""  # the start of a sentence the feel box ends: "When the plans changed"
    framed = False  # whether that start is the builder's "When {happened}" or the reader's own
    if happened.strip():
        words = _tidy(happened)
        if _several_sentences(happened):
            out.append(_sentence(happened))
        elif _starts(words, GRAMMAR["when"]):
            when = words[0].upper() + words[1:]
        else:
            when, framed = _lower_first(words), True
    if not feel.strip():
        if when:
            # i18n: The message builder's draft, from the box "what happened" alone. {happened}: the
            # reader's words, as they wrote them (without an end stop).
            out.append(t("message_builder.draft.when", "When {happened}.", happened=when) if framed
                       else when + ".")
        return out
    own = _several_sentences(feel) or _starts(feel, GRAMMAR["feel"] + GRAMMAR["subjects"])
    feeling = _sentence(feel) if own else _lower_first(_tidy(feel))
    if not when:
        # i18n: The message builder's draft: the feeling. {feel}: the reader's words, like "hurt and alone".
        out.append(feeling if own else t("message_builder.draft.feel", "I feel {feel}.", feel=feeling))
    elif own:
        # i18n: The message builder's draft: what happened, then the reader's own sentence about how they
        # felt. {happened}: the reader's words; {sentence}: the reader's own sentence, like "I felt hurt."
        out.append(t("message_builder.draft.when_then", "When {happened}, {sentence}", happened=when,
                     sentence=feeling) if framed else f"{when}, {feeling}")
    elif framed:
        # i18n: The message builder's draft: what happened and the feeling, in one sentence. {happened}
        # and {feel}: the reader's words, like "the plans changed" and "hurt".
        out.append(t("message_builder.draft.when_feel", "When {happened}, I feel {feel}.", happened=when,
                     feel=feeling))
    else:
        # i18n: The message builder's draft: the reader's own words for what happened, then the feeling.
        # {when}: the reader's words, starting with their own "when"; {feel}: the feeling, like "hurt".
        out.append(t("message_builder.draft.then_feel", "{when}, I feel {feel}.", when=when, feel=feeling))
    return out


def _need(text: str) -> str:
    if _several_sentences(text) or _starts(text, GRAMMAR["need"] + GRAMMAR["subjects"]):
        return _sentence(text)
    words = _tidy(text)
    bare = _starts(words, GRAMMAR["need_bare"])  # "need more time": the reader's own verb
    need = _drop(words, GRAMMAR["need_bare"]) if bare else _lower_first(words)
    # i18n: The message builder's draft: the need. {need}: the reader's words, like "to hear from you".
    return t("message_builder.draft.need", "I need {need}.", need=need)


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
    if not words or _several_sentences(words) or page_language() not in GRAMMARS:
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
        return _willing(_lower_first(rest)) if rest else None
    if _starts(words, GRAMMAR["we"]):
        rest = _drop(words, GRAMMAR["we"])
        # i18n: A softer way to ask something of both people. {ask}: the reader's words, like "talk tonight".
        return t("message_builder.softer.could_we", "Could we {ask}?", ask=_lower_first(rest)) if rest \
            else None
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
            return _open_to(_lower_first(wished))
    while handed != words:  # "I need you to just text me": leads one after another
        words, handed = handed, _drop(handed, GRAMMAR["to_you"])
    if not words or _starts(words, GRAMMAR["mine"] + GRAMMAR["subjects"]):
        return None  # "I want to see my friends", "you never listen": nothing asked of them to soften
    words = _lower_first(words)
    if _starts(words, GRAMMAR["noun_start"]):
        return _open_to(words)
    return _willing(words)


def _willing(ask: str) -> str:
    # i18n: A softer way to ask for something the other person does. {ask}: the reader's words, like
    # "text me when you are running late".
    return t("message_builder.softer.willing", "Would you be willing to {ask}?", ask=ask)


def _open_to(ask: str) -> str:
    # i18n: A softer way to ask for something. {ask}: the reader's words, like "more time together".
    return t("message_builder.softer.open_to", "Would you be open to {ask}?", ask=ask)


# ---------------------------------------------------------------------------------------------
# The check


def _why_not_soften(texts: Mapping[str, str], language: str) -> dict[str, bool]:
    """Each reason the builder keeps the reader's words without any offer to soften them."""
    everything = "\n".join(texts.values())
    matcher = safety.matcher(language)
    found = safety.concerns(everything, language)
    ask = texts["ask"].strip()
    return {
        "afraid": sounds_afraid(texts["feel"], language) or found["safety"],
        "crisis": found["crisis"],
        "danger": bool(matcher.cue("danger", everything)),
        "boundary": bool(ask) and bool(matcher.cue("boundary", ask.splitlines()[0])),
        "safety_need": bool(matcher.cue("need_safety", texts["need"])),
    }


def _sentences(texts: Mapping[str, str], helped: bool) -> list[str]:
    """The boxes as sentences, before the ask: framed where HELPED (a language GRAMMARS has), else
    each as the reader wrote it."""
    if not helped:
        return [_sentence(texts[key]) for key in ("happened", "feel", "need") if texts[key].strip()]
    parts = _opening(texts["happened"], texts["feel"])
    if texts["need"].strip():
        parts.append(_need(texts["need"]))
    return parts


def message_builder(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    texts = {key: str(answers.get(params[key]) or "") for key in ("happened", "feel", "need", "ask")}
    language = page_language()
    helped = language in GRAMMARS  # the builder reads this language's words; else it keeps them
    parts = _sentences(texts, helped)
    ask = (_ask(texts["ask"]) if helped else _sentence(texts["ask"])) if texts["ask"].strip() else ""
    draft = " ".join(parts + ([ask] if ask else []))
    reasons = _why_not_soften(texts, language)
    keep = any(reasons.values()) or not helped
    softer = None if keep or not texts["ask"].strip() else softer_ask(texts["ask"])
    notes = [] if keep else wording_notes("\n".join(texts.values()))
    afraid = reasons["afraid"] or reasons["danger"]
    if not draft:
        text = str(MESSAGES["empty"])
    elif not helped and not any(reasons.values()):
        text = str(MESSAGES["own_words"])  # nothing judged in words the builder cannot read
    elif keep:
        boundary = reasons["boundary"] and not afraid
        text = str(MESSAGES["kept"]) + (f" {MESSAGES['boundary']}" if boundary else "")
    else:
        text = str(MESSAGES["own_words"]) + ("" if notes or softer else f" {MESSAGES['calm']}")
    return {
        "check": "message_builder", "title": str(MESSAGES["title"]), "text": text, "draft": draft,
        "softer": None if softer is None else {
            **{key: str(MESSAGES[f"softer_{key}"])
               for key in ("intro", "show", "hide", "note", "copy", "shown", "hidden")},
            "ask": softer, "draft": " ".join(parts + [softer]),
        },
        "notes": notes, "notes_intro": str(MESSAGES["notes_intro"]) if notes else "",
        "safety": {"text": str(MESSAGES["safety"]), "link_text": str(MESSAGES["safety_link"]),
                   "page": SAFETY_PAGE} if afraid and draft else None,
    }
