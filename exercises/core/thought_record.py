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
from .messages import msg, t, tn
from .text_checks import TRAP_NAMES, concerns, page_language, suggest_traps

KIND = "thought_record"
TOP_KEYS = ("kind", "id", "title", "intro", "emotion_suggestions")
TEXT_FIELDS = ("situation", "evidence_for", "evidence_against", "balanced")
MAX_TEXT = 20_000  # far beyond any real entry; keeps browser storage sane
# Every trap an entry may keep: those offered today and the retired ones older entries hold.
TRAP_IDS = set(TRAP_NAMES)
RATINGS = ("belief_before", "balanced_belief", "belief_after")
# The steps, as the lesson numbers and names them (headings of the form and of the entry's text).
STEP_TITLES = {
    # i18n: The thought record's step 1 (the lesson on challenging negative thoughts names the steps).
    "situation": msg("thought_record.step.situation", "What happened?"),
    # i18n: The thought record's step 2: feelings, each rated 0 to 100.
    "emotions": msg("thought_record.step.emotions", "What did you feel?"),
    # i18n: The thought record's step 3: the thoughts.
    "thoughts": msg("thought_record.step.thoughts", "What went through your mind?"),
    # i18n: The thought record's step 4: how much the reader believes the thought that hurts most.
    "belief_before": msg("thought_record.step.belief_before", "How much do you believe it?"),
    # i18n: The thought record's step 5: thinking traps the thought may fit.
    "traps": msg("thought_record.step.traps", "Name the trap"),
    # i18n: The thought record's step 6.
    "evidence_for": msg("thought_record.step.evidence_for", "Facts that support the thought"),
    # i18n: The thought record's step 7.
    "evidence_against": msg("thought_record.step.evidence_against", "Facts that do not fit it"),
    # i18n: The thought record's step 8.
    "balanced": msg("thought_record.step.balanced", "A more balanced thought"),
    # i18n: The thought record's step 9: the ratings again.
    "after": msg("thought_record.step.after", "Rate it again"),
}
# Said wherever thinking traps are named (the form, the summary): fear of a partner who controls,
# frightens or hurts you is not a thinking trap.
# i18n: Beside the thinking traps (the thought record's form and summary).
SAFETY_NOTE = msg("thought_record.safety_note", "A partner who controls, frightens or hurts you is not a "
                  "thinking trap. That fear may be right.")
# i18n: The link to the relationship-safety page, beside the thinking traps.
SAFETY_LINK = ("relationship-safety.md", msg("thought_record.safety_link", "Is it worry, or is something "
                                                                           "wrong?"))
# i18n: In place of suggested traps, when the entry sounds like it is about how someone treats the reader.
SAFETY_INSTEAD = msg("thought_record.safety_instead", "What you wrote sounds like it may be about how "
                     "someone treats you. That is not a thinking trap, so none are suggested here.")
MESSAGES = {
    # i18n: In place of suggested traps, when the entry sounds like a crisis (the help offer is above it).
    "crisis_instead": msg("thought_record.crisis_instead", "What you wrote sounds like things are very hard "
                          "right now. Looking for thinking traps can wait: the help above is there for you "
                          "now."),
}
# i18n: The name of the thought record, as the journal lists its entries.
KIND_TITLE = msg("kind.thought_record", "Thought record")


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
        # i18n: Beside a rating that is not a whole number in its range. {low} and {high}: the range.
        errors[key] = t("field.rating.out_of_range", "Use a whole number from {low} to {high}.",
                        low=0, high=100)
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
            # i18n: Beside a feeling's rating in the thought record when the feeling has no name.
            errors[f"emotions.{n}.name"] = t("thought_record.name_the_feeling",
                                             "Name the feeling you are rating.")
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
    traps = [trap for trap in _list(raw.get("traps")) if isinstance(trap, str) and trap in TRAP_IDS]
    entry["traps"] = list(dict.fromkeys(traps))
    for key in TEXT_FIELDS:
        if len(entry[key]) > MAX_TEXT:
            # i18n: Beside a box that holds too much text. {most}: how many characters it holds.
            errors[key] = t("field.text.too_long", "This box holds up to {most} characters.", most=MAX_TEXT)
    return entry, errors


def is_empty(entry: Mapping[str, Any]) -> bool:
    texts = [entry[k] for k in TEXT_FIELDS] + [th["text"] for th in entry["thoughts"]]
    texts += [e["name"] for e in entry["emotions"]]
    ratings = [e["before"] for e in entry["emotions"]] + [e["after"] for e in entry["emotions"]]
    ratings += [entry[key] for key in RATINGS]
    return not any(text.strip() for text in texts) and all(r is None for r in ratings) and not entry["traps"]


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
    """How a rating moved, as a short phrase said in parentheses after the two ratings."""
    if change < 0:
        # i18n: How a rating moved, in parentheses after "40 before, 25 after". {count}: by how many points.
        return tn("thought_record.change.down", "down {count} point", "down {count} points", -change)
    if change > 0:
        # i18n: How a rating moved, in parentheses after "25 before, 40 after". {count}: by how many points.
        return tn("thought_record.change.up", "up {count} point", "up {count} points", change)
    # i18n: How a rating moved, in parentheses after "40 before, 40 after": it did not.
    return t("thought_record.change.same", "about the same")


def all_text(entry: Mapping[str, Any]) -> str:
    parts = [entry[k] for k in TEXT_FIELDS] + [th["text"] for th in entry["thoughts"]]
    parts += [e["name"] for e in entry["emotions"]]
    return "\n".join(p for p in parts if p)


def hot_thought(entry: Mapping[str, Any]) -> str:
    thoughts = [th for th in entry["thoughts"] if th["text"].strip()]
    hot = next((th for th in thoughts if th["hot"]), thoughts[0] if thoughts else None)
    return hot["text"].strip() if hot else ""


def title_of(entry: Mapping[str, Any]) -> str:
    """A short line to recognise the entry by in a list."""
    for text in (entry["situation"], hot_thought(entry), entry["balanced"]):
        line = text.strip().splitlines()[0] if text.strip() else ""
        if line:
            return line if len(line) <= 80 else line[:77].rstrip() + "..."
    return str(KIND_TITLE)


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
    language = page_language()
    found = concerns(all_text(entry), language)
    thoughts_text = "\n".join(th["text"] for th in entry["thoughts"])
    # Someone else's controlling or frightening actions are never the reader's thinking trap, and
    # words of crisis call for help, not a review of thinking: no suggestion when either is noticed
    # anywhere in the entry (suggest_traps also leaves out what a partner did or said).
    suggestions = suggest_traps(thoughts_text, language) \
        if thoughts_text.strip() and not any(found.values()) else []
    empty = is_empty(entry)
    if empty:
        # i18n: Under the thought record when the reader asks for a summary of an empty form.
        errors.setdefault("entry", t("thought_record.empty", "Write something in at least one box first."))
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

    def section(title: object, body: str) -> None:
        if body.strip():
            lines.extend(["### " + str(title), "", body.strip(), ""])

    section(STEP_TITLES["situation"], entry["situation"])
    unnamed = _unnamed_feeling()
    feelings = [f"- {_rated(e['name'] or unnamed, e['before'])}" for e in entry["emotions"]
                if e["name"].strip() or e["before"] is not None]
    section(STEP_TITLES["emotions"], "\n".join(feelings))
    thoughts = ["- " + _thought(th) for th in entry["thoughts"] if th["text"].strip()]
    section(STEP_TITLES["thoughts"], "\n".join(thoughts))
    if entry["belief_before"] is not None:
        # i18n: In a thought record's text. {value}: how much the reader believed the thought, 0 to 100.
        section(STEP_TITLES["belief_before"], t("thought_record.md.believed", "How much I believed it: "
                                                "{value} out of 100", value=entry["belief_before"]))
    # i18n: A heading in a thought record's text, above the thinking traps the reader ticked.
    section(t("thought_record.md.traps", "Thinking traps I noticed"),
            "\n".join(f"- {TRAP_NAMES[trap]}" for trap in entry["traps"]))
    section(STEP_TITLES["evidence_for"], entry["evidence_for"])
    section(STEP_TITLES["evidence_against"], entry["evidence_against"])
    # An entry saved by an earlier version of the form rated the balanced thought too.
    believed = _balanced_believed(entry["balanced_belief"])
    section(STEP_TITLES["balanced"], entry["balanced"] + ("\n\n" + believed if believed else ""))
    again = []
    moved = belief_change(entry)
    if moved:
        # i18n: In a thought record's text. {before} and {after}: how much the reader believed the thought
        # that hurts most, 0 to 100; {change}: how it moved, like "down 15 points".
        again += [t("thought_record.md.belief_moved", "The thought that hurts most: {before} before, {after} "
                    "after ({change}).", before=moved["before"], after=moved["after"],
                    change=moved["words"]), ""]
    elif entry["belief_after"] is not None:
        # i18n: In a thought record's text. {value}: how much the reader believes the thought now, 0 to 100.
        again += [t("thought_record.md.believe_now", "How much I believe it now: {value} out of 100",
                    value=entry["belief_after"]), ""]
    # i18n: In a thought record's text, one feeling rated again. {name}: the feeling; {before} and
    # {after}: its ratings, 0 to 100; {change}: how it moved, like "down 15 points".
    again += ["- " + t("thought_record.md.feeling_moved", "{name}: {before} before, {after} after ({change})",
                       name=c["name"], before=c["before"], after=c["after"], change=c["words"])
              for c in emotion_changes(entry)]
    section(STEP_TITLES["after"], "\n".join(again))
    return "\n".join(lines).rstrip() + "\n"


def _balanced_believed(belief: int | None) -> str:
    if belief is None:
        return ""
    # i18n: In a thought record's text (an entry saved by an earlier version of the form). {value}: how
    # much the reader believed the balanced thought, 0 to 100.
    return t("thought_record.md.balanced_believed", "How much I believed the balanced thought: {value} "
             "out of 100", value=belief)


def _unnamed_feeling() -> str:
    # i18n: In a thought record's text, a feeling the reader rated but did not name.
    return t("thought_record.md.feeling", "Feeling")


def _thought(thought: Mapping[str, Any]) -> str:
    if not thought["hot"]:
        return thought["text"].strip()
    # i18n: In a thought record's text, the thought the reader marked as the one that hurts most.
    # {thought}: the reader's words.
    return t("thought_record.md.hot", "{thought} (the one that hurts most)", thought=thought["text"].strip())


def _rated(name: str, value: int | None) -> str:
    if value is None:
        # i18n: In a thought record's text, a feeling the reader did not rate. {name}: the feeling.
        return t("thought_record.md.not_rated", "{name}: not rated", name=name)
    # i18n: In a thought record's text, a feeling and its rating. {name}: the feeling; {value}: 0 to 100.
    return t("thought_record.md.rated", "{name}: {value} out of 100", name=name, value=value)


def flat(entry: Mapping[str, Any]) -> dict[str, str]:
    """One row of plain columns, for CSV."""
    # i18n: In a CSV export of thought records, after the thought the reader marked as the one that
    # hurts most.
    hot = t("thought_record.csv.hot", "[hot]")
    return {
        "situation": entry["situation"],
        "feelings_before": "; ".join(f"{e['name']} {_num(e['before'])}" for e in entry["emotions"]),
        "thoughts": "; ".join(th["text"] + (f" {hot}" if th["hot"] else "") for th in entry["thoughts"]),
        "belief_before": _num(entry["belief_before"]),
        "thinking_traps": "; ".join(str(TRAP_NAMES[trap]) for trap in entry["traps"]),
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
    module="kinds/thought-record.js", title=KIND_TITLE,
    operations={"check_thought_record": lambda request: check(request.get("entry"))},
    journal=JournalFormat(read_entry=read_entry, markdown=markdown, flat=flat))
