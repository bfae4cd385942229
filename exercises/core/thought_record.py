"""The thought record, in the steps of the lesson (step 4): what happened, feelings rated 0-100, the
thoughts (one marked as the one that hurts most), how much that thought is believed, the thinking
traps it fits, the facts for and against it, a more balanced thought, and the ratings again.

Quick capture is allowed: one filled box is enough to save. The core checks an entry, computes how
belief in the hot thought and each feeling changed, suggests possible thinking traps and notices
words that call for help (``text_checks.concerns``). A partner's controlling or frightening actions
are not a thinking trap: when the entry sounds like that, or like a crisis, no trap is suggested, and
none is ever suggested for a sentence that tells what someone else did, said or threatened.

Entries saved before the belief ratings existed (without ``belief_before``/``belief_after``) and
entries that kept the retired trap "blaming" or rated the balanced thought (``balanced_belief``)
still load, show and export.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .exercise_kind import ExerciseKind, JournalFormat
from .fields import Checker
from .text_checks import TRAP_NAMES, concerns, suggest_traps

KIND = "thought_record"
TOP_KEYS = ("kind", "id", "title", "intro", "emotion_suggestions")
TEXT_FIELDS = ("situation", "evidence_for", "evidence_against", "balanced")
MAX_TEXT = 20_000  # far beyond any real entry; keeps browser storage sane
# Every trap an entry may keep: those offered today and the retired ones older entries hold.
TRAP_IDS = set(TRAP_NAMES)
RATINGS = ("belief_before", "balanced_belief", "belief_after")
# The steps, as the lesson numbers and names them.
STEP_TITLES = {
    "situation": "What happened?",
    "emotions": "What did you feel?",
    "thoughts": "What went through your mind?",
    "belief_before": "How much do you believe it?",
    "traps": "Name the trap",
    "evidence_for": "Facts that support the thought",
    "evidence_against": "Facts that do not fit it",
    "balanced": "A more balanced thought",
    "after": "Rate it again",
}
# Said wherever thinking traps are named (the form, the summary): fear of a partner who controls,
# frightens or hurts you is not a thinking trap.
SAFETY_NOTE = "A partner who controls, frightens or hurts you is not a thinking trap. That fear may be right."
SAFETY_LINK = ("relationship-safety.md", "Is it worry, or is something wrong?")
SAFETY_INSTEAD = ("What you wrote sounds like it may be about how someone treats you. That is not a "
                  "thinking trap, so none are suggested here.")
# Reader-facing words added since (one keyed table; the message catalogs will take their keys).
MESSAGES = {
    "crisis_instead": ("What you wrote sounds like things are very hard right now. Looking for thinking "
                       "traps can wait: the help above is there for you now."),
}


def parse(data: Any) -> dict[str, Any]:
    """Read a thought record definition (its words; the steps are fixed by the kind)."""
    check = Checker()
    root = check.mapping(data, ())
    check.raise_if_any()
    assert root is not None
    check.known_keys(root, (), TOP_KEYS)
    out = {
        "id": check.identifier(root, "id", ()),
        "title": check.field(root, "title", (), str),
        "intro": check.field(root, "intro", (), str, required=False, default=""),
        "emotion_suggestions": check.field(root, "emotion_suggestions", (), list, required=False,
                                           default=[], entry="feeling"),
    }
    for n, word in enumerate(out["emotion_suggestions"]):
        if not isinstance(word, str) or not word.strip():
            check.add(("emotion_suggestions", n), "should be a word for a feeling",
                      "Write one feeling per line, like 'worried'.")
    check.raise_if_any()
    return out


# ---------------------------------------------------------------------------------------------
# Entries (what a reader writes)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _rating(value: Any, errors: dict[str, str], key: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        errors[key] = "Use a whole number from 0 to 100."
        return None
    return value


def read_entry(data: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Normalise an entry and collect problems, keyed by field (e.g. ``emotions.0.before``)."""
    errors: dict[str, str] = {}
    raw: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
    entry: dict[str, Any] = {key: _text(raw.get(key)) for key in TEXT_FIELDS}
    entry["emotions"] = []
    for n, item in enumerate(_list(raw.get("emotions"))):
        item = item if isinstance(item, Mapping) else {}
        emotion = {"name": _text(item.get("name")),
                   "before": _rating(item.get("before"), errors, f"emotions.{n}.before"),
                   "after": _rating(item.get("after"), errors, f"emotions.{n}.after")}
        rated = emotion["before"] is not None or emotion["after"] is not None
        if not emotion["name"].strip() and rated:
            errors[f"emotions.{n}.name"] = "Name the feeling you are rating."
        if emotion["name"].strip() or rated or f"emotions.{n}.before" in errors \
                or f"emotions.{n}.after" in errors:
            entry["emotions"].append(emotion)  # blank rows of the form are not kept
    entry["thoughts"] = []
    for item in _list(raw.get("thoughts")):
        item = item if isinstance(item, Mapping) else {}
        if _text(item.get("text")).strip():  # blank rows of the form are not kept
            entry["thoughts"].append({"text": _text(item.get("text")), "hot": item.get("hot") is True})
    for key in RATINGS:
        entry[key] = _rating(raw.get(key), errors, key)
    traps = [t for t in _list(raw.get("traps")) if isinstance(t, str) and t in TRAP_IDS]
    entry["traps"] = list(dict.fromkeys(traps))
    for key in TEXT_FIELDS:
        if len(entry[key]) > MAX_TEXT:
            errors[key] = f"This box holds up to {MAX_TEXT:,} characters."
    return entry, errors


def is_empty(entry: Mapping[str, Any]) -> bool:
    texts = [entry[k] for k in TEXT_FIELDS] + [t["text"] for t in entry["thoughts"]]
    texts += [e["name"] for e in entry["emotions"]]
    ratings = [e["before"] for e in entry["emotions"]] + [e["after"] for e in entry["emotions"]]
    ratings += [entry[key] for key in RATINGS]
    return not any(t.strip() for t in texts) and all(r is None for r in ratings) and not entry["traps"]


def emotion_changes(entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    """How each named feeling moved from before to after (only where both are rated)."""
    out = []
    for emotion in entry["emotions"]:
        if emotion["name"].strip() and emotion["before"] is not None and emotion["after"] is not None:
            change = emotion["after"] - emotion["before"]
            out.append({"name": emotion["name"].strip(), "before": emotion["before"],
                        "after": emotion["after"], "change": change, "words": _change_words(change)})
    return out


def _change_words(change: int) -> str:
    if change < 0:
        return f"down {-change} points"
    if change > 0:
        return f"up {change} points"
    return "about the same"


def all_text(entry: Mapping[str, Any]) -> str:
    parts = [entry[k] for k in TEXT_FIELDS] + [t["text"] for t in entry["thoughts"]]
    parts += [e["name"] for e in entry["emotions"]]
    return "\n".join(p for p in parts if p)


def hot_thought(entry: Mapping[str, Any]) -> str:
    thoughts = [t for t in entry["thoughts"] if t["text"].strip()]
    hot = next((t for t in thoughts if t["hot"]), thoughts[0] if thoughts else None)
    return hot["text"].strip() if hot else ""


def title_of(entry: Mapping[str, Any]) -> str:
    """A short line to recognise the entry by in a list."""
    for text in (entry["situation"], hot_thought(entry), entry["balanced"]):
        line = text.strip().splitlines()[0] if text.strip() else ""
        if line:
            return line if len(line) <= 80 else line[:77].rstrip() + "..."
    return "Thought record"


def belief_change(entry: Mapping[str, Any]) -> dict[str, Any] | None:
    """How belief in the hot thought moved from step 4 to step 9 (None until both are rated)."""
    before, after = entry["belief_before"], entry["belief_after"]
    if before is None or after is None:
        return None
    change = after - before
    return {"before": before, "after": after, "change": change, "words": _change_words(change)}


def check(data: Any) -> dict[str, Any]:
    """Everything the page shows after the reader asks for a summary."""
    entry, errors = read_entry(data)
    found = concerns(all_text(entry))
    thoughts_text = "\n".join(t["text"] for t in entry["thoughts"])
    # Someone else's controlling or frightening actions are never the reader's thinking trap, and
    # words of crisis call for help, not a review of thinking: no suggestion when either is noticed
    # anywhere in the entry (suggest_traps also leaves out what a partner did or said).
    suggestions = suggest_traps(thoughts_text) if thoughts_text.strip() and not any(found.values()) else []
    empty = is_empty(entry)
    if empty:
        errors.setdefault("entry", "Write something in at least one box first.")
    return {
        "entry": entry,
        "errors": errors,
        "empty": empty,
        "belief": belief_change(entry),
        "changes": emotion_changes(entry),
        "traps": suggestions,
        "crisis": found["crisis"],
        "safety": found["safety"],
        "title": title_of(entry),
    }


def markdown(entry: Mapping[str, Any]) -> str:
    """The entry as Markdown, for export and for bringing to a therapist."""
    lines: list[str] = []

    def section(title: str, body: str) -> None:
        if body.strip():
            lines.extend([f"### {title}", "", body.strip(), ""])

    section(STEP_TITLES["situation"], entry["situation"])
    feelings = [f"- {e['name'] or 'Feeling'}: {_rating_text(e['before'])}" for e in entry["emotions"]
                if e["name"].strip() or e["before"] is not None]
    section(STEP_TITLES["emotions"], "\n".join(feelings))
    thoughts = [f"- {t['text'].strip()}" + (" (the one that hurts most)" if t["hot"] else "")
                for t in entry["thoughts"] if t["text"].strip()]
    section(STEP_TITLES["thoughts"], "\n".join(thoughts))
    if entry["belief_before"] is not None:
        section(STEP_TITLES["belief_before"], f"How much I believed it: {entry['belief_before']} out of 100")
    section("Thinking traps I noticed", "\n".join(f"- {TRAP_NAMES[t]}" for t in entry["traps"]))
    section(STEP_TITLES["evidence_for"], entry["evidence_for"])
    section(STEP_TITLES["evidence_against"], entry["evidence_against"])
    belief = entry["balanced_belief"]  # asked by an earlier version of the form
    section(STEP_TITLES["balanced"], entry["balanced"] + (
        f"\n\nHow much I believed the balanced thought: {belief} out of 100" if belief is not None else ""))
    again = []
    moved = belief_change(entry)
    if moved:
        again += [f"The thought that hurts most: {moved['before']} before, {moved['after']} after "
                  f"({moved['words']}).", ""]
    elif entry["belief_after"] is not None:
        again += [f"How much I believe it now: {entry['belief_after']} out of 100", ""]
    again += [f"- {c['name']}: {c['before']} before, {c['after']} after ({c['words']})"
              for c in emotion_changes(entry)]
    section(STEP_TITLES["after"], "\n".join(again))
    return "\n".join(lines).rstrip() + "\n"


def _rating_text(value: int | None) -> str:
    return f"{value} out of 100" if value is not None else "not rated"


def flat(entry: Mapping[str, Any]) -> dict[str, str]:
    """One row of plain columns, for CSV."""
    return {
        "situation": entry["situation"],
        "feelings_before": "; ".join(f"{e['name']} {_num(e['before'])}" for e in entry["emotions"]),
        "thoughts": "; ".join(t["text"] + (" [hot]" if t["hot"] else "") for t in entry["thoughts"]),
        "belief_before": _num(entry["belief_before"]),
        "thinking_traps": "; ".join(TRAP_NAMES[t] for t in entry["traps"]),
        "evidence_for": entry["evidence_for"],
        "evidence_against": entry["evidence_against"],
        "balanced_thought": entry["balanced"],
        "balanced_belief": _num(entry["balanced_belief"]),
        "belief_after": _num(entry["belief_after"]),
        "feelings_after": "; ".join(f"{e['name']} {_num(e['after'])}" for e in entry["emotions"]),
    }


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


# The kind, declared once (see exercise_kind.py)
KIND_DECLARATION = ExerciseKind(
    name=KIND, parse=parse, renderer="exercises.render.thought_record_html:render",
    module="kinds/thought-record.js", title="Thought record",
    operations={"check_thought_record": lambda request: check(request.get("entry"))},
    journal=JournalFormat(read_entry=read_entry, markdown=markdown, flat=flat))
