"""Small definitions for the core tests (plain data, as the build hands it over)."""

from __future__ import annotations

import copy
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
