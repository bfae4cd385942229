"""Every small definition the tests start from, in one place.

Plain data (as the build hands it to the core) and YAML text (as an author writes it). Standard
library only: tests/unit/core runs again inside Pyodide with this module beside it.
"""

from __future__ import annotations

import copy
import textwrap
from typing import Any

# ---- Definitions as data, as the build hands them to the core ----------------------------------

# Five-point scale; subscale "a" has a reverse-keyed item (a2), "b" has none.
SMALL: dict[str, Any] = {
    "kind": "questionnaire",
    "id": "small",
    "title": "Small questionnaire",
    "scale": {"labels": ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"]},
    "subscales": [
        {"id": "a", "name": "Worry"},
        {"id": "b", "name": "Distance"},
    ],
    "items": [
        {"id": "a1", "subscale": "a", "text": "First worry item."},
        {"id": "a2", "subscale": "a", "text": "A reverse-keyed worry item."},
        {"id": "a3", "subscale": "a", "text": "Third worry item."},
        {"id": "b1", "subscale": "b", "text": "First distance item."},
        {"id": "b2", "subscale": "b", "text": "Second distance item."},
    ],
    "reverse_keyed": ["a2"],
    "unanswered": {"max_per_subscale": 1},
    "result": {
        "plot": {"x": "b", "y": "a", "x_low": "Close", "x_high": "Distant",
                 "y_low": "Calm", "y_high": "Worried"},
        "regions": [
            {"id": "high-a", "where": {"a": [3, 5]}, "text": "More worry."},
            {"id": "low-a", "where": {"a": [1, 3]}, "text": "Less worry."},
        ],
    },
}


def small(**changes: Any) -> dict[str, Any]:
    """A deep copy of SMALL with top-level fields replaced (None removes the field)."""
    data = copy.deepcopy(SMALL)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


# The questionnaire of GOOD_YAML with every optional field written (the schema tests' starting point).
QUESTIONNAIRE_EVERY_FIELD: dict[str, Any] = {
    "kind": "questionnaire",
    "id": "mood",
    "title": "A small check-in",
    "intro": "Answer for today.",
    "scale": {"labels": ["No", "Not really", "Somewhat", "Yes"]},
    "subscales": [{"id": "calm", "name": "Calm", "description": "How settled you feel."},
                  {"id": "close", "name": "Closeness"}],
    "items": [{"id": "c1", "subscale": "calm", "text": "I felt calm today."},
              {"id": "c2", "subscale": "calm", "text": "I felt on edge today."},
              {"id": "k1", "subscale": "close", "text": "I reached out to someone."}],
    "reverse_keyed": ["c2"],
    "unanswered": {"max_per_subscale": 1},
    "result": {
        "plot": {"x": "close", "y": "calm", "x_low": "Less", "x_high": "More",
                 "y_low": "Less", "y_high": "More"},
        "regions": [
            {"id": "low", "where": {"calm": [1, 2.5]}, "text": "A hard day.",
             "lessons": ["steps/2-grounding.md"]},
            {"id": "high", "where": {"calm": [2.5, 4]}, "text": "A steadier day."},
        ],
    },
}

# A worksheet with every field type and every check (the core tests' starting point).
WORKSHEET: dict[str, Any] = {
    "kind": "worksheet",
    "id": "practice",
    "title": "A practice",
    "display": "one_at_a_time",
    "steps": [
        {"title": "Before", "fields": [
            {"id": "calm_before", "type": "rating", "label": "How calm are you?",
             "low_label": "not calm", "high_label": "very calm"}]},
        {"title": "Say it", "text": "Take your time.", "fields": [
            {"id": "happened", "type": "long_text", "label": "What happened?"},
            {"id": "feel", "type": "short_text", "label": "What do you feel?"},
            {"id": "need", "type": "short_text", "label": "What do you need?"},
            {"id": "ask", "type": "short_text", "label": "What do you ask?"},
            {"id": "mood", "type": "choice", "label": "Pick one", "options": ["Calm", "Tense"]},
            {"id": "did", "type": "checklist", "label": "What helped?",
             "options": ["Tea", "A walk", "Music"]},
            {"id": "breath", "type": "breathing", "label": "Breathe", "patterns": ["box"]},
            {"id": "wait", "type": "timer", "label": "Wait", "minutes": 5}]},
        {"title": "Urges", "fields": [
            {"id": "urges", "type": "group", "label": "Each time", "row_label": "Time", "min_rows": 1,
             "max_rows": 3, "fields": [
                 {"id": "wanted", "type": "short_text", "label": "What did you want to hear?"},
                 {"id": "before", "type": "rating", "label": "Urge"},
                 {"id": "after", "type": "rating", "label": "Urge after waiting"}]}]},
        {"title": "After", "fields": [
            {"id": "calm_after", "type": "rating", "label": "How calm are you now?"}]},
    ],
    "feedback": [
        {"check": "compare_ratings", "before": "calm_before", "after": "calm_after", "about": "your calm"},
        {"check": "message_builder", "happened": "happened", "feel": "feel", "need": "need", "ask": "ask"},
        {"check": "urge_log", "group": "urges", "before": "before", "after": "after", "name": "wanted"},
    ],
}

# The same kinds of fields, every key of each written out (the schema tests' starting point).
WORKSHEET_EVERY_KEY: dict[str, Any] = {
    "kind": "worksheet", "id": "practice", "title": "A practice", "intro": "Take your time.",
    "display": "one_at_a_time", "read_aloud": True,
    "steps": [
        {"title": "Before", "text": "Rate it.", "fields": [
            {"id": "calm_before", "type": "rating", "label": "How calm?", "hint": "Any number.",
             "min": 0, "max": 100, "low_label": "not calm", "high_label": "very calm"}]},
        {"title": "Write", "fields": [
            {"id": "happened", "type": "long_text", "label": "What happened?"},
            {"id": "feel", "type": "short_text", "label": "What do you feel?"},
            {"id": "need", "type": "short_text", "label": "What do you need?"},
            {"id": "ask", "type": "short_text", "label": "What do you ask?"},
            {"id": "mood", "type": "choice", "label": "Pick one", "options": ["Calm", "Tense"]},
            {"id": "did", "type": "checklist", "label": "What helped?", "options": ["Tea", "Music"]},
            {"id": "breath", "type": "breathing", "label": "Breathe", "patterns": ["box", "4-7-8"]},
            {"id": "wait", "type": "timer", "label": "Wait", "minutes": 10}]},
        {"title": "Urges", "fields": [
            {"id": "urges", "type": "group", "label": "Each time", "row_label": "Time",
             "add_label": "Add another time", "min_rows": 1, "max_rows": 5, "fields": [
                 {"id": "wanted", "type": "short_text", "label": "What did you want to hear?"},
                 {"id": "before", "type": "rating", "label": "Urge"},
                 {"id": "after", "type": "rating", "label": "Urge after"}]}]},
        {"title": "After", "fields": [{"id": "calm_after", "type": "rating", "label": "How calm now?"}]},
    ],
    "feedback": [
        {"check": "compare_ratings", "before": "calm_before", "after": "calm_after", "about": "calm",
         "better": "higher"},
        {"check": "message_builder", "happened": "happened", "feel": "feel", "need": "need", "ask": "ask"},
        {"check": "urge_log", "group": "urges", "before": "before", "after": "after", "name": "wanted"},
        {"check": "prediction_test", "prediction": "happened", "before": "calm_before",
         "after": "calm_after"},
    ],
}

# A small worksheet whose answers the fuzz tests know.
WORKSHEET_SMALL: dict[str, Any] = {
    "kind": "worksheet", "id": "practice", "title": "A practice",
    "steps": [
        {"title": "Before", "fields": [{"id": "calm_before", "type": "rating", "label": "Calm?"}]},
        {"title": "Write", "fields": [
            {"id": "note", "type": "long_text", "label": "What happened?"},
            {"id": "mood", "type": "choice", "label": "Pick one", "options": ["Calm", "Tense"]},
            {"id": "rows", "type": "group", "label": "Each time", "fields": [
                {"id": "wanted", "type": "short_text", "label": "Wanted"}]}]},
        {"title": "After", "fields": [{"id": "calm_after", "type": "rating", "label": "Calm now?"}]},
    ],
    "feedback": [{"check": "compare_ratings", "before": "calm_before", "after": "calm_after"}],
}

# THOUGHT_RECORD_YAML and JOURNAL_YAML below, as data.
THOUGHT_RECORD: dict[str, Any] = {"kind": "thought_record", "id": "mood", "title": "Thought record",
                                  "intro": "Go step by step.", "emotion_suggestions": ["worried", "sad"]}
JOURNAL: dict[str, Any] = {"kind": "journal", "id": "mood", "title": "Saved on this device",
                           "intro": "Entries you chose to save."}


# ---- Definitions as YAML, as an author writes them (the guide's errors.md shows these four) -------

# A questionnaire that builds: the starting point of the questionnaire cases.
GOOD_YAML = textwrap.dedent("""\
    kind: questionnaire
    id: mood
    title: A small check-in
    scale:
      labels: ["No", Not really, Somewhat, "Yes"]
    subscales:
      - id: calm
        name: Calm
      - id: close
        name: Closeness
    items:
      - id: c1
        subscale: calm
        text: I felt calm today.
      - id: c2
        subscale: calm
        text: I felt on edge today.
      - id: k1
        subscale: close
        text: I reached out to someone.
    reverse_keyed: [c2]
    """)

# A worksheet that builds: the starting point of the worksheet cases.
WORKSHEET_YAML = textwrap.dedent("""\
    kind: worksheet
    id: mood
    title: A short practice
    display: one_at_a_time
    steps:
      - title: Before
        fields:
          - id: calm_before
            type: rating
            label: How calm do you feel?
      - title: Notice
        fields:
          - id: notice
            type: long_text
            label: What do you notice?
      - title: After
        fields:
          - id: calm_after
            type: rating
            label: How calm do you feel now?
    feedback:
      - check: compare_ratings
        before: calm_before
        after: calm_after
    """)

# A thought record and a journal that build.
THOUGHT_RECORD_YAML = textwrap.dedent("""\
    kind: thought_record
    id: mood
    title: Thought record
    intro: Go step by step.
    emotion_suggestions: [worried, sad]
    """)

JOURNAL_YAML = textwrap.dedent("""\
    kind: journal
    id: mood
    title: Saved on this device
    intro: Entries you chose to save.
    """)


# ---- Journal entries, as the page saves them ---------------------------------------------------

def entry(id: str = "e1", kind: str = "thought_record", title: str = "A title", page: str = "",
          data: dict[str, Any] | None = None, created: str = "2026-01-01T00:00:00Z",
          updated: str | None = None) -> dict[str, Any]:
    """A saved entry (the journal's record of one exercise done)."""
    return {"id": id, "kind": kind, "title": title, "page": page, "created": created,
            "updated": updated or created, "data": data if data is not None else {}}
