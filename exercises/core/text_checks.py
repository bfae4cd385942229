"""On-device text checks: possible thinking traps, and language that suggests a crisis.

Both are simple phrase patterns, run in the reader's browser; nothing is logged or sent.
Suggestions are offered, never asserted: the reader accepts or dismisses each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trap:
    id: str
    name: str
    explanation: str
    patterns: tuple[str, ...]


_PRONOUN = r"(?:he|she|they|you|people|everyone|my partner|my friend)"

TRAPS: tuple[Trap, ...] = (
    Trap("all-or-nothing", "All-or-nothing thinking",
         "Seeing things as all good or all bad, with nothing in between.",
         (r"\b(?:completely|totally|entirely) (?:ruined|wrong|useless|failed)\b", r"\bperfect(?:ly)?\b",
          r"\bruined\b", r"\b(?:a |an )?(?:complete|total|utter) (?:failure|mess|disaster)\b",
          r"\bnothing (?:ever )?(?:works|goes right)\b", r"\ball (?:wrong|bad)\b")),
    Trap("overgeneralising", "Overgeneralising",
         "Taking one event and treating it as a rule for everything.",
         (r"\balways\b", r"\bnever\b", r"\bevery ?time\b", r"\b(?:no ?one|nobody|everyone|everybody)\b",
          r"\beverything\b")),
    Trap("mental-filter", "Mental filter",
         "Noticing only the painful part and letting it colour the whole picture.",
         (r"\ball i can (?:think about|see|remember)\b", r"\bthe only thing i (?:remember|noticed|see)\b",
          r"\bi can'?t stop thinking about\b")),
    Trap("discounting-the-positive", "Discounting the positive",
         "Brushing off good things as if they do not count.",
         (r"\b(?:doesn'?t|does not|didn'?t|did not) (?:really )?count\b",
          r"\bjust being (?:nice|polite|kind)\b", r"\bonly (?:said|did) (?:it|that|so) (?:because|to)\b",
          r"\bjust luck\b", r"\banyone could have\b")),
    Trap("mind-reading", "Mind reading",
         "Being sure you know what someone else thinks or feels, without asking.",
         (rf"\b{_PRONOUN} (?:must |probably |definitely )?(?:thinks?|feels?) (?:i|i'?m|that i)\b",
          r"\b(?:is|are|must be|'?s|'?re) (?:mad|angry|upset|annoyed|bored|fed up|tired) (?:at|with|of) me\b",
          r"\b(?:doesn'?t|does not|don'?t|do not) (?:like|love|care about|want) me\b",
          r"\b(?:losing interest|pulling away|going off me)\b", r"\b(?:hates?|resents?) me\b")),
    Trap("fortune-telling", "Fortune telling",
         "Predicting that things will turn out badly, as if it were already known.",
         (r"\b(?:will|going to|gonna|'ll) (?:leave|end|dump|break up|fail|go wrong|hate|reject|get bored)\b",
          r"\bi (?:just )?know (?:it|this|they|he|she|it'?s)\b.*\b(?:will|going to)\b", r"\bwhat if\b",
          r"\bit'?s (?:going to|gonna) (?:end|fail|go wrong)\b")),
    Trap("catastrophising", "Catastrophising",
         "Jumping to the worst possible outcome and feeling it is unbearable.",
         (r"\b(?:disaster|catastroph\w*|unbearable|end of the world|the worst)\b",
          r"\bcan'?t (?:stand|bear|survive|cope with|handle) (?:it|this|that|losing)\b",
          r"\bnever (?:recover|get over)\b", r"\bterrible\b")),
    Trap("emotional-reasoning", "Emotional reasoning",
         "Treating a feeling as proof: I feel it, so it must be true.",
         (r"\bi feel (?:it|that|like)?\b[^.]*\bso (?:it|i|they|he|she|this) (?:must|is|am|are)\b",
          r"\b(?:it|this) feels (?:true|real|like a fact)\b", r"\bi just know\b", r"\bmy gut says\b")),
    Trap("should-statements", "Should statements",
         "Holding yourself or others to fixed rules, and feeling bad when they are not met.",
         (r"\bshould(?:n'?t)?\b", r"\bmust(?:n'?t)?\b(?! (?:be|think|feel|hate|have))", r"\bought to\b",
          r"\bsupposed to\b")),
    Trap("labelling", "Labelling",
         "Calling yourself (or someone) a name instead of describing what happened.",
         (r"\bi'?m (?:such )?(?:a|an) (?:idiot|failure|loser|mess|burden|fool|disappointment|joke)\b",
          r"\bi(?:'?m| am) (?:so |just |too )?(?:stupid|worthless|unlovable|pathetic|useless|needy|"
          r"clingy|too much|broken)\b")),
    Trap("personalising", "Personalising",
         "Taking the blame for things that are not fully, or at all, in your control.",
         (r"\b(?:it'?s|it is|it was|all) my fault\b", r"\bbecause of me\b",
          r"\bi (?:must have )?(?:done|did|said) something (?:wrong|bad)\b", r"\bwhat did i do\b",
          r"\bi (?:made|drove) (?:him|her|them) (?:leave|angry|upset|go)\b")),
    Trap("blaming", "Blaming",
         "Putting all the blame on someone else, which can leave you feeling stuck.",
         (r"\b(?:it'?s|it is|it was|all) (?:his|her|their|your) fault\b",
          r"\b(?:he|she|they|you) (?:made|make|makes) me (?:feel|do|act)\b",
          r"\bbecause of (?:him|her|them|you)\b")),
)

_CRISIS = tuple(re.compile(p) for p in (
    r"\b(?:suicide|suicidal)\b",
    r"\b(?:kill|killing|hurt|hurting|harm|harming|end) myself\b",
    # "cut myself a slice" is everyday; "cut myself" alone is not.
    r"\bcut(?:ting)? myself\b(?! (?:a|an|some|off|short|free|loose)\b)",
    r"\bself[- ]?harm",
    r"\b(?:want|wanted|wanting|going|plan|planning|ready) to die\b",
    r"\bwish (?:i was|i were|to be|i could be) dead\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life)\b",
    r"\bno (?:reason|point) (?:to|in) (?:live|living|going on|being alive)\b",
    r"\b(?:don'?t|do not) want to (?:live|be alive|exist|wake up|be here anymore)\b",
    r"\bcan'?t go on\b",
    r"\boverdose\b",
    r"\bnot (?:be|being) (?:here|around) anymore\b",
))


def normalise(text: str) -> str:
    """Curly apostrophes from phone keyboards made straight, and any case made lower."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def suggest_traps(text: str) -> list[dict[str, str]]:
    """Thinking traps the text may show, each with the words that suggested it."""
    norm = normalise(text)
    out = []
    for trap in TRAPS:
        for pattern in trap.patterns:
            match = re.search(pattern, norm)
            if match:
                out.append({"id": trap.id, "name": trap.name, "explanation": trap.explanation,
                            "because": text[match.start():match.end()]})
                break
    return out


def suggests_crisis(text: str) -> bool:
    """True when the text suggests thoughts of self-harm or suicide (offer help; never block)."""
    norm = normalise(text)
    return any(p.search(norm) for p in _CRISIS)
