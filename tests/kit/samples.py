"""Every small definition the tests start from, in one place.

Plain data (as the build hands it to the core) and YAML text (as an author writes it). Standard
library only: tests/unit/core runs again inside Pyodide with this module beside it.
"""

from __future__ import annotations

import copy
import textwrap
from typing import Any

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
