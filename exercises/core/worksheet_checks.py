"""Checks a worksheet can name under ``feedback:``, each giving the reader gentle feedback.

A check is a plain function of the worksheet's answers. Its parameters name fields of the
worksheet (validated at build time: the field must exist and be of the right type) or hold words.

- ``compare_ratings``: how a rating moved from before to after (kindness, calm).
- ``message_builder``: drafts an I-statement from four boxes and points out blame, "always" and
  "never", and demands, each with a gentler way to say it. When the reader's feeling is fear, or the
  boxes describe a partner who controls, threatens or hurts them, it does neither: a boundary stays
  as the reader wrote it, and a note points to the relationship-safety page instead.
- ``urge_log``: in a repeatable group, how each urge changed after waiting, and on average.
- ``prediction_test``: how the belief in a worried prediction moved after a behavioral experiment
  (its own module, ``prediction_check``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .field_types import answer_map, text_types
from .prediction_check import prediction_test
from .text_checks import concerns, normalise, sounds_afraid
from .worksheet_model import Worksheet


@dataclass(frozen=True)
class Param:
    #: Field types the parameter may name; with ``text``, none: it holds words, not a field id.
    types: tuple[str, ...] = ()
    required: bool = True
    #: For a sub-field: the parameter naming the group it belongs to.
    inside: str = ""
    #: It may name a field of any type whose answer is the reader's own words (``FieldType.text``).
    text: bool = False

    @property
    def needs(self) -> tuple[str, ...]:
        """Every field type the parameter may name."""
        return (*self.types, *(text_types() if self.text else ()))


@dataclass(frozen=True)
class Check:
    params: Mapping[str, Param]
    run: Callable[[Mapping[str, str], dict[str, Any]], dict[str, Any]]
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# compare_ratings


def _points(n: int) -> str:
    return f"{n} point" if n == 1 else f"{n} points"


def compare_ratings(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    before, after = answers.get(params["before"]), answers.get(params["after"])
    about = params.get("about", "this")
    title = f"How {about} changed"
    if before is None or after is None:
        return {"check": "compare_ratings", "title": title, "before": before, "after": after, "change": None,
                "text": "Rate it at the start and again at the end to see how it moved."}
    change = after - before
    better = params.get("better", "higher")
    if change == 0:
        moved = f"It stayed at {after}."
        comfort = "That is okay. Some days a practice does not shift much. You still took this time for you."
    else:
        moved = f"It went from {before} to {after}, {'up' if change > 0 else 'down'} {_points(abs(change))}."
        helped = (change > 0) == (better == "higher")
        comfort = ("Something shifted. Notice what helped, so you can come back to it."
                   if helped else "That is okay. Hard feelings can rise when we look at them. "
                   "Be gentle with yourself, and try again another day.")
    return {"check": "compare_ratings", "title": title, "before": before, "after": after,
            "change": change, "text": f"{moved} {comfort}"}


# ---------------------------------------------------------------------------------------------
# message_builder


@dataclass(frozen=True)
class Wording:
    kind: str
    why: str
    instead: str
    patterns: tuple[str, ...]


WORDINGS: tuple[Wording, ...] = (
    Wording("blame", "Blame words can make the other person defend themselves instead of listening.",
            "Say what happened and how you felt: \u201cWhen the plans changed, I felt hurt.\u201d",
            (r"\byou made me\b", r"\b(?:it'?s|it is|it was|this is) (?:all )?your fault\b",
             r"\bbecause of you\b", r"\byou (?:don'?t|do not) care\b",
             r"\byou(?:'re| are) (?:so |being )?(?:selfish|cold|mean|careless|thoughtless|lazy|rude|"
             r"cruel|heartless)\b", r"\byou ruin(?:ed|s)?\b", r"\bthanks to you\b")),
    Wording("always_never", "Words like \u201calways\u201d and \u201cnever\u201d turn one moment into a "
            "rule, and invite an argument about the times it was not true.",
            "Name the one time: \u201cLast night\u2026\u201d or \u201cThis week\u2026\u201d.",
            (r"\balways\b", r"\bnever\b", r"\bevery ?time\b", r"\bconstantly\b", r"\ball the time\b")),
    Wording("demand", "A demand leaves no room for a \u201cyes\u201d that is freely given.",
            "Ask instead: \u201cWould you be willing to\u2026?\u201d",
            (r"\byou (?:must|have to|need to|should|better|'d better|had better)\b", r"\bi demand\b",
             r"\b(?:don'?t|do not) (?:you )?ever\b", r"\bor else\b", r"\bi expect you to\b")),
    Wording("feel_that", "\u201cI feel that\u2026\u201d or \u201cI feel like you\u2026\u201d often "
            "holds a thought about the other person, not a feeling.",
            "Try one feeling word: hurt, worried, lonely, scared, sad.",
            (r"\bi feel (?:that|like you|like he|like she|like they)\b", r"^\s*(?:that|like) you\b")),
)


def wording_notes(text: str) -> list[dict[str, str]]:
    """Blame, always/never, demands and "I feel that", each once, with what was found."""
    norm = normalise(text)
    notes = []
    for wording in WORDINGS:
        for pattern in wording.patterns:
            match = re.search(pattern, norm, re.MULTILINE)
            if match:
                found = text[match.start():match.end()] if len(norm) == len(text) else match.group(0)
                notes.append({"kind": wording.kind, "found": found.strip(), "why": wording.why,
                              "instead": wording.instead})
                break
    return notes


def _clause(text: str, *leads: str) -> str:
    """A box's words ready to go inside a sentence: trimmed, no end stop, a lead-in removed."""
    words = " ".join(text.split()).rstrip(".!?;, ")
    for lead in leads:
        if normalise(words).startswith(lead + " "):
            words = words[len(lead) + 1:]
            break
    first = words.split(" ", 1)[0]
    if first and first[0].isupper() and first[1:].islower() and first not in {"I", "I'm", "I've", "I'd"}:
        words = first[0].lower() + words[1:]
    return words


def _ask(text: str) -> str:
    words = _clause(text, "please", "can you please", "could you please")
    norm = normalise(words)
    if re.match(r"(?:could|would|can|will) you\b", norm):
        return words[0].upper() + words[1:] + "?"
    # "You must text me" and "to text me" both become "Would you be willing to text me?"
    words = re.sub(r"^(?:you(?:'d)? )?(?:must |have to |need to |should |better |had better )?(?:to )?", "",
                   words, flags=re.IGNORECASE)
    return f"Would you be willing to {words}?"


# Said instead of wording notes when the reader is afraid: a boundary is not a demand to soften.
SAFETY_NOTE = {
    "text": "If you are afraid of how they will react, your safety comes first. You do not have to send "
            "this. A boundary does not need softer words, and being checked on, controlled or scared is "
            "not something better wording can fix.",
    "link_text": "Is it worry, or is something wrong?",
    "page": "relationship-safety.md",
}


def _as_written(text: str) -> str:
    """A box's words as a sentence of their own, otherwise unchanged: "You need to stop." """
    words = " ".join(text.split())
    words = words[0].upper() + words[1:]
    return words if words[-1] in ".!?" else words + "."


def message_builder(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    texts = {key: answers.get(params[key]) or "" for key in ("happened", "feel", "need", "ask")}
    # Fear in the feeling box, or words about being checked, threatened or hurt: keep the reader's
    # own words and say nothing about how they might land; point to the safety page instead.
    afraid = sounds_afraid(texts["feel"]) or concerns("\n".join(texts.values()))["safety"]
    parts = []
    if texts["happened"].strip():
        parts.append(f"When {_clause(texts['happened'], 'when')},")
    if texts["feel"].strip():
        feel = _clause(texts["feel"], "i feel", "i felt", "feel", "i am", "i'm")
        parts.append(f"I feel {feel}.")
    elif parts:
        parts[-1] = parts[-1].rstrip(",") + "."
    if texts["need"].strip():
        parts.append(f"I need {_clause(texts['need'], 'i need', 'i need to', 'need')}.")
    if texts["ask"].strip():
        parts.append(_as_written(texts["ask"]) if afraid else _ask(texts["ask"]))
    draft = " ".join(parts)
    if draft:
        draft = draft[0].upper() + draft[1:]
    notes = [] if afraid else wording_notes("\n".join(texts.values()))
    if not draft:
        text = "Fill in the boxes to see your message take shape."
    elif afraid:
        text = "Here is your message, in your own words. Nothing is sent anywhere."
    elif notes:
        text = "Here is your message, ready to copy. Nothing is sent anywhere."
    else:
        text = ("Here is your message, ready to copy. Nothing is sent anywhere. It sounds calm and "
                "clear. You can read it out loud to check how it feels.")
    notes_intro = "A few words might land harder than you mean them to:" if notes else ""
    return {"check": "message_builder", "title": "Your message", "text": text, "draft": draft,
            "notes": notes, "notes_intro": notes_intro, "safety": dict(SAFETY_NOTE) if afraid else None}


# ---------------------------------------------------------------------------------------------
# urge_log


def urge_log(params: Mapping[str, str], answers: dict[str, Any]) -> dict[str, Any]:
    rows = answers.get(params["group"]) or []
    lines, changes = [], []
    name_key = params.get("name")
    for n, row in enumerate(rows, start=1):
        before, after = row.get(params["before"]), row.get(params["after"])
        if before is None or after is None:
            continue
        change = after - before
        changes.append(change)
        name = (row.get(name_key) or "").strip() if name_key else ""
        what = f"\u201c{name}\u201d" if name else f"Time {n}"
        words = "the same" if change == 0 else f"{'up' if change > 0 else 'down'} {_points(abs(change))}"
        lines.append(f"{what}: {before} at first, {after} after waiting ({words}).")
    title = "How the urge changed"
    if not changes:
        return {"check": "urge_log", "title": title, "lines": [], "average": None,
                "text": "Rate the urge when it starts and again after waiting, to see how it changes."}
    average = round(sum(changes) / len(changes))
    if average < 0:
        text = (f"On average the urge went down {_points(-average)} after waiting. Urges rise, peak "
                "and fall on their own. Each time you wait, you show yourself you can ride one out.")
    else:
        text = ("This time the urge did not ease with waiting, and that is okay. Try a calming practice "
                "while you wait, or a shorter wait to start with.")
    return {"check": "urge_log", "title": title, "lines": lines, "average": average, "text": text}


CHECKS: dict[str, Check] = {
    "compare_ratings": Check(
        {"before": Param(("rating",)), "after": Param(("rating",)), "about": Param(required=False),
         "better": Param(required=False)},
        compare_ratings, {"better": ("higher", "lower")}),
    "message_builder": Check(
        {key: Param(text=True) for key in ("happened", "feel", "need", "ask")}, message_builder),
    "urge_log": Check(
        {"group": Param(("group",)), "before": Param(("rating",), inside="group"),
         "after": Param(("rating",), inside="group"),
         "name": Param(required=False, inside="group", text=True)},
        urge_log),
    "prediction_test": Check(
        {"prediction": Param(text=True), "before": Param(("rating",)), "after": Param(("rating",))},
        prediction_test),
}


def run_checks(ws: Worksheet, entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The feedback of every check the worksheet names, in its order."""
    answers = answer_map(entry)
    return [CHECKS[f.check].run(f.params, answers) for f in ws.feedback]
