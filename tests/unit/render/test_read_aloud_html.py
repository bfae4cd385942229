"""A worksheet with `read_aloud: true` marks each of its steps for the page's "Read it to me" control
(the control itself is the browser's: tests/browser/test_read_aloud.py); one without it marks none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kit.samples import WORKSHEET_EVERY_KEY

from exercises.core.kinds import parse_definition
from exercises.definitions import Definition
from exercises.render import worksheet_html


def steps(read_aloud: Any) -> list[dict[str, str]]:
    data = {**WORKSHEET_EVERY_KEY, "read_aloud": read_aloud}
    defn = Definition("practice", Path("practice.yml"), data, parse_definition(data))
    form = worksheet_html.render(defn, "ex-practice", lambda parent, text: None, lambda page: (page, page))
    return [dict(fieldset.attrib) for fieldset in form.iter("fieldset")
            if "ex-step-fields" in fieldset.get("class", "")]


@pytest.mark.parametrize(("read_aloud", "marked"), [(True, True), (False, False), (None, False)])
def test_each_step_is_marked_only_when_the_author_asks(read_aloud: Any, marked: bool) -> None:
    found = steps(read_aloud)
    assert len(found) == len(WORKSHEET_EVERY_KEY["steps"])
    assert all(("data-read-aloud" in attrs) is marked for attrs in found)
