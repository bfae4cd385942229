"""On-device text checks: possible thinking traps, and words that call for help instead.

Both are simple phrase patterns, run in the reader's browser; nothing is logged or sent.
Suggestions are offered, never asserted: the reader keeps or leaves each one. ``concerns`` notices
two things worth offering help for (it never blocks anything):

- ``crisis``: thoughts of suicide or self-harm, or of harming someone else;
- ``safety``: a partner (or someone close) who hits, threatens, controls or frightens the reader.

A partner's controlling or frightening actions are never a thinking trap, so the thought record
suggests no traps when ``safety`` is noticed.

The traps' names and explanations are messages of the catalog; the patterns that suggest them read
English words, so they run only on a page in a language listed in ``TRAP_LANGUAGES``. On a page in
another language nothing is suggested (the reader's own words are kept, and they can still tick any
trap themselves): an English pattern never judges Spanish words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import safety
from .messages import Message, active, msg

#: The languages the trap patterns below are written for (a page's base language, "en" for "en-GB").
TRAP_LANGUAGES = ("en",)


def suggests_traps() -> bool:
    """Whether thinking traps are looked for on this page (its language has patterns for them)."""
    return page_language() in TRAP_LANGUAGES


def page_language() -> str:
    """The base language of the page the core works for (its active catalog): "es" for "es-MX"."""
    return safety.base_language(active().language) or safety.DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Trap:
    id: str
    name: Message
    explanation: Message
    patterns: tuple[str, ...]


_PRONOUN = r"(?:he|she|they|you|people|everyone|my partner|my friend)"

# In the order the lesson (step 4) and the thought record's "Name the trap" step list them. The ids
# are kept in saved entries, so they never change; the names are what the reader sees.
TRAPS: tuple[Trap, ...] = (
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("mind-reading", msg("trap.mind_reading.name", "Mind reading"),
         # i18n: What the thinking trap "Mind reading" is, beside its name.
         msg("trap.mind_reading.explanation", "Being sure you know what someone else thinks or feels, "
                                              "without asking."),
         (rf"\b{_PRONOUN} (?:must |probably |definitely )?(?:thinks?|feels?) (?:i|i'?m|that i)\b",
          r"\b(?:is|are|must be|'?s|'?re) (?:mad|angry|upset|annoyed|bored|fed up|tired) (?:at|with|of) me\b",
          r"\b(?:doesn'?t|does not|don'?t|do not) (?:like|love|care about|want) me\b",
          r"\b(?:losing interest|pulling away|going off me)\b", r"\b(?:hates?|resents?) me\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("fortune-telling", msg("trap.fortune_telling.name", "Fortune telling"),
         # i18n: What the thinking trap "Fortune telling" is, beside its name.
         msg("trap.fortune_telling.explanation", "Being sure things will turn out badly, before they "
             "happen."),
         (r"\b(?:will|going to|gonna|'ll) (?:leave|end|dump|break up|fail|go wrong|hate|reject|get bored)\b",
          r"\bi (?:just )?know (?:it|this|they|he|she|it'?s)\b.*\b(?:will|going to)\b", r"\bwhat if\b",
          r"\bit'?s (?:going to|gonna) (?:end|fail|go wrong)\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("catastrophising", msg("trap.catastrophising.name", "Jumping to the worst"),
         # i18n: What the thinking trap "Jumping to the worst" is, beside its name.
         msg("trap.catastrophising.explanation", "Going from a small thing straight to disaster."),
         (r"\b(?:disaster|catastroph\w*|unbearable|end of the world|the worst)\b",
          r"\bcan'?t (?:stand|bear|survive|cope with|handle) (?:it|this|that|losing)\b",
          r"\bnever (?:recover|get over)\b", r"\bterrible\b", r"\b(?:it'?s|it is|we'?re|we are) over\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("all-or-nothing", msg("trap.all_or_nothing.name", "All-or-nothing thinking"),
         # i18n: What the thinking trap "All-or-nothing thinking" is, beside its name.
         msg("trap.all_or_nothing.explanation", "Seeing things as all good or all bad, with nothing in "
                                                "between."),
         (r"\b(?:completely|totally|entirely) (?:ruined|wrong|useless|failed)\b", r"\bperfect(?:ly)?\b",
          r"\bruined\b", r"\b(?:a |an )?(?:complete|total|utter) (?:failure|mess|disaster)\b",
          r"\bnothing (?:ever )?(?:works|goes right)\b", r"\ball (?:wrong|bad)\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("overgeneralising", msg("trap.overgeneralising.name", "Always-and-never thinking"),
         # i18n: What the thinking trap "Always-and-never thinking" is, beside its name.
         msg("trap.overgeneralising.explanation", "Turning one hard moment into a rule, with words like "
                                                  "always, never or everyone."),
         (r"\balways\b", r"\bnever\b", r"\bevery ?time\b", r"\b(?:no ?one|nobody|everyone|everybody)\b",
          r"\beverything\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("mental-filter", msg("trap.mental_filter.name", "Only seeing the bad"),
         # i18n: What the thinking trap "Only seeing the bad" is, beside its name.
         msg("trap.mental_filter.explanation", "Noticing the one hard moment and missing the rest."),
         (r"\ball i can (?:think about|see|remember)\b", r"\bthe only thing i (?:remember|noticed|see)\b",
          r"\bi can'?t stop thinking about\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("discounting-the-positive", msg("trap.discounting_the_positive.name", "Brushing off the good"),
         # i18n: What the thinking trap "Brushing off the good" is, beside its name.
         msg("trap.discounting_the_positive.explanation", "Deciding the good things do not count."),
         (r"\b(?:doesn'?t|does not|didn'?t|did not) (?:really )?count\b",
          r"\bjust being (?:nice|polite|kind)\b", r"\bonly (?:said|did) (?:it|that|so) (?:because|to)\b",
          r"\bjust luck\b", r"\banyone could have\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("emotional-reasoning", msg("trap.emotional_reasoning.name", "Feelings as facts"),
         # i18n: What the thinking trap "Feelings as facts" is, beside its name.
         msg("trap.emotional_reasoning.explanation", "Treating a feeling as proof: I feel it, so it must be "
                                                     "true."),
         (r"\bi feel (?:it|that|like)?\b[^.]*\bso (?:it|i|they|he|she|this) (?:must|is|am|are)\b",
          r"\b(?:it|this) feels (?:true|real|like a fact)\b", r"\bi just know\b", r"\bmy gut says\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("should-statements", msg("trap.should_statements.name", "Should rules"),
         # i18n: What the thinking trap "Should rules" is, beside its name.
         msg("trap.should_statements.explanation", "Strict rules for how you or others must act, and feeling "
                                                   "bad when they are broken."),
         (r"\bshould(?:n'?t)?\b", r"\bmust(?:n'?t)?\b(?! (?:be|think|feel|hate|have))", r"\bought to\b",
          r"\bsupposed to\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("labelling", msg("trap.labelling.name", "Calling yourself names"),
         # i18n: What the thinking trap "Calling yourself names" is, beside its name.
         msg("trap.labelling.explanation", "Putting one harsh label on your whole self, instead of "
                                           "describing what happened."),
         (r"\bi'?m (?:such )?(?:a|an) (?:idiot|failure|loser|mess|burden|fool|disappointment|joke)\b",
          r"\bi(?:'?m| am) (?:so |just |too )?(?:stupid|worthless|unlovable|pathetic|useless|needy|"
          r"clingy|too much|broken)\b")),
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("personalising", msg("trap.personalising.name", "Taking it personally"),
         # i18n: What the thinking trap "Taking it personally" is, beside its name.
         msg("trap.personalising.explanation", "Assuming someone's mood, or something that went wrong, is "
                                               "about you or your fault."),
         (r"\b(?:it'?s|it is|it was|all) my fault\b", r"\bbecause of me\b",
          r"\bi (?:must have )?(?:done|did|said) something (?:wrong|bad)\b", r"\bwhat did i do\b",
          r"\bi (?:made|drove) (?:him|her|them) (?:leave|angry|upset|go)\b")),
)

# No longer suggested, but still read and named in entries saved when it was: "Blaming" framed
# other people's actions (often exactly what hurt the reader) as the reader's thinking error.
RETIRED_TRAPS: tuple[Trap, ...] = (
    # i18n: A thinking trap's name (the thought record's step 5 and the lesson on challenging thoughts).
    Trap("blaming", msg("trap.blaming.name", "Blaming"),
         # i18n: What the thinking trap "Blaming" is, beside its name.
         msg("trap.blaming.explanation", "Putting all the blame on someone else."), ()),
)

TRAP_NAMES: dict[str, Message] = {t.id: t.name for t in (*TRAPS, *RETIRED_TRAPS)}


def normalise(text: str) -> str:
    """Curly apostrophes from phone keyboards made straight, and any case made lower.

    Keeps the length of the text, so a match can be quoted from the reader's own words."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def suggest_traps(text: str, language: str | None = None) -> list[dict[str, str]]:
    """Thinking traps the text may show, each with the words that suggested it.

    Only the reader's own readings are offered: none when the text calls for help (``concerns``),
    and none found in a clause that tells what someone else did, said or threatened ("he punched the
    wall beside me", "she gets angry when I'm late"), which may be an accurate fear, not a trap.
    LANGUAGE (the page's, by default): none either in a language the patterns are not written for."""
    language = language or page_language()
    if language not in TRAP_LANGUAGES or any(concerns(text, language).values()):
        return []
    norm = normalise(text)
    reports = [span for span in safety.matcher(language).clauses(text)
               if safety.reports_action(text[span[0]:span[1]], language)]

    def theirs(start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in reports)

    out = []
    for trap in TRAPS:
        for pattern in trap.patterns:
            match = next((m for m in re.finditer(pattern, norm) if not theirs(m.start(), m.end())), None)
            if match:
                out.append({"id": trap.id, "name": str(trap.name), "explanation": str(trap.explanation),
                            "because": text[match.start():match.end()]})
                break
    return out


# ---------------------------------------------------------------------------------------------
# Concerns: words that call for an offer of help (the check itself is ``safety``)


def concerns(text: str, language: str = safety.DEFAULT_LANGUAGE) -> dict[str, bool]:
    """What the text suggests that calls for an offer of help (never a block):

    - ``crisis``: thoughts of suicide or self-harm, or of harming someone else;
    - ``safety``: a partner (or someone close) who hits, threatens, controls or frightens the reader.

    ``safety.matches`` says why: each match's category and the words it read."""
    return safety.concerns(text, language)


def sounds_afraid(text: str, language: str = safety.DEFAULT_LANGUAGE) -> bool:
    """True when the text names fear (as a feeling box might: "scared", "afraid of him", "unsafe")."""
    return bool(safety.matcher(language).cue("afraid", text))
