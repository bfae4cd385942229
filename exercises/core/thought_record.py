"""The thought record: a situation, feelings rated 0-100, thoughts, evidence, a balanced view.

Quick capture is allowed: one filled box is enough to save. The core checks an entry, computes
how each feeling changed, suggests possible thinking traps and notices crisis language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .fields import Checker
from .text_checks import TRAPS, suggest_traps, suggests_crisis

KIND = "thought_record"
TOP_KEYS = ("kind", "id", "title", "intro", "emotion_suggestions")
TEXT_FIELDS = ("situation", "evidence_for", "evidence_against", "balanced")
MAX_TEXT = 20_000  # far beyond any real entry; keeps browser storage sane
TRAP_IDS = {t.id for t in TRAPS}
STEP_TITLES = {
    "situation": "The situation",
    "emotions": "Feelings",
    "thoughts": "Automatic thoughts",
    "evidence_for": "Evidence that supports the thought",
    "evidence_against": "Evidence that does not support it",
    "balanced": "A more balanced thought",
    "after": "Feelings now",
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
    entry["balanced_belief"] = _rating(raw.get("balanced_belief"), errors, "balanced_belief")
    entry["traps"] = [t for t in _list(raw.get("traps")) if isinstance(t, str) and t in TRAP_IDS]
    for key in TEXT_FIELDS:
        if len(entry[key]) > MAX_TEXT:
            errors[key] = f"This box holds up to {MAX_TEXT:,} characters."
    return entry, errors


def is_empty(entry: Mapping[str, Any]) -> bool:
    texts = [entry[k] for k in TEXT_FIELDS] + [t["text"] for t in entry["thoughts"]]
    texts += [e["name"] for e in entry["emotions"]]
    ratings = [e["before"] for e in entry["emotions"]] + [e["after"] for e in entry["emotions"]]
    return not any(t.strip() for t in texts) and all(r is None for r in ratings) \
        and entry["balanced_belief"] is None


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


def check(data: Any) -> dict[str, Any]:
    """Everything the page shows after the reader asks for a summary."""
    entry, errors = read_entry(data)
    thoughts_text = "\n".join(t["text"] for t in entry["thoughts"])
    suggestions = suggest_traps(thoughts_text) if thoughts_text.strip() else []
    empty = is_empty(entry)
    if empty:
        errors.setdefault("entry", "Write something in at least one box first.")
    return {
        "entry": entry,
        "errors": errors,
        "empty": empty,
        "changes": emotion_changes(entry),
        "traps": suggestions,
        "crisis": suggests_crisis(all_text(entry)),
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
    section(STEP_TITLES["evidence_for"], entry["evidence_for"])
    section(STEP_TITLES["evidence_against"], entry["evidence_against"])
    belief = entry["balanced_belief"]
    section(STEP_TITLES["balanced"], entry["balanced"] + (
        f"\n\nHow much I believe it: {belief} out of 100" if belief is not None else ""))
    changes = [f"- {c['name']}: {c['before']} before, {c['after']} after ({c['words']})"
               for c in emotion_changes(entry)]
    section(STEP_TITLES["after"], "\n".join(changes))
    names = {t.id: t.name for t in TRAPS}
    section("Thinking traps I noticed", "\n".join(f"- {names[t]}" for t in entry["traps"]))
    return "\n".join(lines).rstrip() + "\n"


def _rating_text(value: int | None) -> str:
    return f"{value} out of 100" if value is not None else "not rated"


def flat(entry: Mapping[str, Any]) -> dict[str, str]:
    """One row of plain columns, for CSV."""
    names = {t.id: t.name for t in TRAPS}
    return {
        "situation": entry["situation"],
        "feelings_before": "; ".join(f"{e['name']} {_num(e['before'])}" for e in entry["emotions"]),
        "thoughts": "; ".join(t["text"] + (" [hot]" if t["hot"] else "") for t in entry["thoughts"]),
        "evidence_for": entry["evidence_for"],
        "evidence_against": entry["evidence_against"],
        "balanced_thought": entry["balanced"],
        "balanced_belief": _num(entry["balanced_belief"]),
        "feelings_after": "; ".join(f"{e['name']} {_num(e['after'])}" for e in entry["emotions"]),
        "thinking_traps": "; ".join(names[t] for t in entry["traps"]),
    }


def _num(value: int | None) -> str:
    return "" if value is None else str(value)
