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
reads in the reader's words is per language (``GRAMMARS`` in ``message_grammar.py``: how a box
starts, and, for a language whose frames fit only some words, which words they fit), so it frames
only on a page in a language ``GRAMMARS`` has. In Spanish: "Cuando {happened}, siento {feel}." for a
feeling said as a noun, "me siento" for one said as a state ("dolida"), "Necesito {need}." and
"¿Podrías {ask}?" for an ask written as an infinitive; where a frame would not make a whole sentence
of the reader's words (a noun phrase after "Cuando", "dolor y triste", English typed on a Spanish
page), the box is kept as written. On a page in a language ``GRAMMARS`` does not have, each box is
kept as the reader wrote it, one sentence after another.

The softer way to ask and the ideas on wording read English words and rebuild English sentences,
so they are offered only on a page in ``ADVICE_LANGUAGES`` (an English rule never judges Spanish
words). The words that decide when not to soften, nor to make an ask "¿Podrías...?", are in the
concern check's phrase tables (``safety/``: cues ``afraid``, ``danger``, ``boundary``,
``need_safety``), in the page's language where it has one, and the grammar's ``boundary`` leads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import safety
from .message_grammar import (
    GRAMMARS,
    Grammar,
    drop,
    feeling_form,
    fits_ask,
    fits_need,
    fold,
    foreign,
    is_clause,
    knows,
    starts,
    strict,
)
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

#: The languages whose softer way to ask and ideas on wording are written (they read English words,
#: and rebuild English sentences): elsewhere the builder frames the reader's words and no more.
ADVICE_LANGUAGES = ("en",)


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
    if page_language() not in ADVICE_LANGUAGES:
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


def _grammar() -> Grammar:
    return GRAMMARS.get(page_language(), GRAMMARS["en"])


def _tidy(text: str) -> str:
    """One space between words, no end stop or trailing comma."""
    return " ".join(text.split()).rstrip(".!?;:,… ")


def _starts(text: str, leads: tuple[str, ...]) -> str | None:
    return starts(text, leads)


def _drop(words: str, leads: tuple[str, ...]) -> str:
    return drop(words, leads)


def _lower_first(words: str, grammar: Grammar | None = None) -> str:
    """The first word in lower case when it is a capitalised ordinary word ("Dinner"), not "I", nor
    a name the page's grammar does not know ("Ana")."""
    first = words.split(" ", 1)[0]
    if first and first[0].isupper() and first[1:].islower() \
            and normalise(first) not in ("i", "i'm", "i've", "i'd", "i'll") \
            and knows(first, grammar or _grammar()):
        return first[0].lower() + words[1:]
    return words


def _capital(words: str) -> str:
    """WORDS with a capital first letter, after any opening mark ("¿podrías" -> "¿Podrías")."""
    at = len(words) - len(words.lstrip(_OPENING))
    return words[:at] + words[at:at + 1].upper() + words[at + 1:]


_OPENING = "¿¡\"'\u201c\u00ab("


def _sentence(text: str, stop: str = ".") -> str:
    """TEXT as a sentence of its own, otherwise as written: a capital first, an end stop if none."""
    words = _capital(" ".join(text.split()))
    return words if words[-1] in ".!?\u2026" else words + stop


def _several_sentences(text: str) -> bool:
    return bool(re.search(r"[.!?]\s+\S", text.strip()))


def _kept(text: str, grammar: Grammar) -> bool:
    """Whether a box is kept as written, whatever it starts with: several sentences, words of
    another language than the page's (English typed on a Spanish page), or a lead with nothing after
    it ("When", "me siento"): no frame can finish it."""
    leads = grammar["when"] + grammar["feel"] + grammar["need"]
    return _several_sentences(text) or foreign(text, grammar) or fold(_tidy(text)) in leads


def _opening(happened: str, feel: str, grammar: Grammar) -> list[str]:
    """The happened and feel boxes as sentences: "When ..., I feel ...", each part framed only
    where the reader left its words out (their own "When ..." or "I felt ..." is kept), and only
    where the framing fits their words (else each box is kept as written)."""
    out: list[str] = []
    when = ""  # the start of a sentence the feel box ends: "When the plans changed"
    framed = False  # whether that start is the builder's "When {happened}" or the reader's own
    if happened.strip():
        words = _tidy(happened)
        if _kept(happened, grammar):
            out.append(_sentence(happened))
        elif _starts(words, grammar["when"]):
            when = _capital(words)
        elif is_clause(words, grammar):
            when, framed = _lower_first(words, grammar), True
        else:
            out.append(_sentence(happened))
    own = False
    form = None
    if feel.strip() and not _kept(feel, grammar):
        own = bool(_starts(feel, grammar["feel"] + grammar["subjects"])) \
            or (strict(grammar) and is_clause(feel, grammar))
        form = None if own else feeling_form(_tidy(feel), grammar)
    if not own and form is None:
        # Nothing to end "When ..." with: the framing would leave half a sentence.
        if when:
            # i18n: The message builder's draft, from the box "what happened" alone. {happened}: the
            # reader's words, as they wrote them (without an end stop).
            out.append((t("message_builder.draft.when", "When {happened}.", happened=when)
                        if not strict(grammar) else _sentence(happened)) if framed else when + ".")
        if feel.strip():
            out.append(_sentence(feel))
        return out
    if own:
        sentence = _sentence(feel)
        if not when:
            out.append(sentence)
        elif framed:
            # i18n: The message builder's draft: what happened, then the reader's own sentence about how
            # they felt. {happened}: the reader's words; {sentence}: the reader's own sentence, like "I felt
            # hurt."
            out.append(t("message_builder.draft.when_then", "When {happened}, {sentence}", happened=when,
                         sentence=_lower_first(sentence, grammar)))
        else:
            out.append(f"{when}, {_lower_first(sentence, grammar)}")
        return out
    feeling = _lower_first(_tidy(feel), grammar)
    out.append(_feeling(feeling, form, when if framed else "", when if not framed else ""))
    return out


def _feeling(feel: str, form: str, happened: str, when: str) -> str:
    """The feeling in the builder's words, after what happened (HAPPENED: to be framed with "When";
    WHEN: the reader's own "When ..."), as a noun ("I feel hurt", "siento dolor") or as a state
    ("me siento dolida", in a language that says the two differently)."""
    if form == "state":
        if happened:
            # i18n: The message builder's draft: what happened and the feeling, when the reader named it
            # as a state (in Spanish an adjective, "dolida", which takes "me siento"; English says it the
            # same way as "When {happened}, I feel {feel}."). {happened}, {feel}: the reader's words.
            return t("message_builder.draft.when_feel_state", "When {happened}, I feel {feel}.",
                     happened=happened, feel=feel)
        if when:
            # i18n: The message builder's draft: the reader's own words for what happened, then the feeling
            # named as a state ("dolida": Spanish "me siento"). {when}: the reader's words, starting with
            # their own "when"; {feel}: the feeling.
            return t("message_builder.draft.then_feel_state", "{when}, I feel {feel}.", when=when, feel=feel)
        # i18n: The message builder's draft: the feeling, named as a state (in Spanish an adjective,
        # "dolida", which takes "me siento"). {feel}: the reader's words, like "hurt and alone".
        return t("message_builder.draft.feel_state", "I feel {feel}.", feel=feel)
    if happened:
        # i18n: The message builder's draft: what happened and the feeling, in one sentence. {happened}
        # and {feel}: the reader's words, like "the plans changed" and "hurt".
        return t("message_builder.draft.when_feel", "When {happened}, I feel {feel}.", happened=happened,
                 feel=feel)
    if when:
        # i18n: The message builder's draft: the reader's own words for what happened, then the feeling.
        # {when}: the reader's words, starting with their own "when"; {feel}: the feeling, like "hurt".
        return t("message_builder.draft.then_feel", "{when}, I feel {feel}.", when=when, feel=feel)
    # i18n: The message builder's draft: the feeling. {feel}: the reader's words, like "hurt and alone".
    return t("message_builder.draft.feel", "I feel {feel}.", feel=feel)


def _need(text: str, grammar: Grammar) -> str:
    words = _tidy(text)
    if _kept(text, grammar) or _starts(text, grammar["need"] + grammar["subjects"]) \
            or not fits_need(words, grammar):
        return _sentence(text)
    bare = _starts(words, grammar["need_bare"])  # "need more time": the reader's own verb
    need = _drop(words, grammar["need_bare"]) if bare else _lower_first(words, grammar)
    # i18n: The message builder's draft: the need. {need}: the reader's words, like "to hear from you".
    return t("message_builder.draft.need", "I need {need}.", need=need)


def _ask(text: str, grammar: Grammar, frame: bool) -> str:
    """The ask as written, made a sentence: a question if it asks one (with the language's opening
    mark, "¿...?"). FRAME: whether an ask the grammar reads as a bare verb may be asked as a question
    in the builder's words (never a boundary, nor when the reader may be afraid)."""
    words = " ".join(text.split())
    if _kept(text, grammar) or not re.search(r"[^\W\d_]", words):
        return _sentence(words)
    body = words.rstrip(" .!?;:,\u2026")
    opening = grammar.get("question_open", ("",))[0]
    plain = body.lstrip(_OPENING + " ")  # "¡ a?": the reader's marks go, and the space after them
    please = _starts(plain, grammar["please"])
    rest = _drop(plain, grammar["please"]) if please else plain
    asks = bool(_starts(rest.lstrip(_OPENING), grammar["question"] + grammar["pressing"]))
    if not opening:
        return _sentence(words, "?" if asks else ".")
    if opening in body:  # the reader opened the question themself: close it
        return _sentence(body + "?")
    if asks or words.endswith("?"):
        if please and rest:  # "Por favor, ¿podrías...?": the question starts after the please
            return f"{_capital(plain[:len(please)])}, {opening}{_lower_first(rest, grammar)}?"
        return f"{opening}{_capital(plain)}?"
    if frame and rest and fits_ask(rest, grammar):
        ask = _lower_first(rest, grammar)
        if please:  # "por favor avisarme" -> "¿Podrías avisarme, por favor?"
            ask += ", " + _lower_first(plain[:len(please)], grammar)
        # i18n: The message builder's draft: the reader's request, asked as a question, when they wrote
        # it as a bare verb (Spanish "avisarme si cambian los planes", from the page's example). English
        # keeps the reader's request as written, so this is shown only where the language asks for it.
        # {ask}: the reader's words, like "text me if plans change".
        return t("message_builder.draft.ask", "Could you {ask}?", ask=ask)
    return _sentence(words)


def softer_ask(text: str) -> str | None:
    """The ask as a request, "Would you be willing to ...?", or None when there is nothing to soften
    (it already asks), when it is the reader's own plan, or when it cannot be put that way well."""
    words = " ".join(text.split())
    if not words or _several_sentences(words) or page_language() not in ADVICE_LANGUAGES:
        return None
    GRAMMAR = GRAMMARS[page_language()]  # noqa: N806 (the advice's grammar, English)
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
    first = ask.splitlines()[0].lstrip(_OPENING) if ask else ""
    limits = GRAMMARS.get(language, {}).get("boundary", ())
    return {
        "afraid": sounds_afraid(texts["feel"], language) or found["safety"],
        "crisis": found["crisis"],
        "danger": bool(matcher.cue("danger", everything)),
        "boundary": bool(ask) and (bool(matcher.cue("boundary", first)) or bool(_starts(first, limits))),
        "safety_need": bool(matcher.cue("need_safety", texts["need"])),
    }


def _sentences(texts: Mapping[str, str], grammar: Grammar | None) -> list[str]:
    """The boxes as sentences, before the ask: framed where the page's language has a GRAMMAR, else
    each as the reader wrote it."""
    if grammar is None:
        return [_sentence(texts[key]) for key in ("happened", "feel", "need") if texts[key].strip()]
    parts = _opening(texts["happened"], texts["feel"], grammar)
    if texts["need"].strip():
        parts.append(_need(texts["need"], grammar))
    return parts


def message_builder(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    texts = {key: str(answers.get(params[key]) or "") for key in ("happened", "feel", "need", "ask")}
    language = page_language()
    grammar = GRAMMARS.get(language)  # the builder frames this language's words; else it keeps them
    advised = language in ADVICE_LANGUAGES  # and judges their wording
    reasons = _why_not_soften(texts, language)
    parts = _sentences(texts, grammar)
    ask = "" if not texts["ask"].strip() else _sentence(texts["ask"]) if grammar is None \
        else _ask(texts["ask"], grammar, frame=not any(reasons.values()))
    draft = " ".join(parts + ([ask] if ask else []))
    keep = any(reasons.values()) or not advised
    softer = None if keep or not texts["ask"].strip() else softer_ask(texts["ask"])
    notes = [] if keep else wording_notes("\n".join(texts.values()))
    afraid = reasons["afraid"] or reasons["danger"]
    if not draft:
        text = str(MESSAGES["empty"])
    elif not advised and not any(reasons.values()):
        text = str(MESSAGES["own_words"])  # nothing judged in words the builder does not advise on
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
