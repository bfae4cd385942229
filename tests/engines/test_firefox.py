"""The reader's main paths (reader_paths.py) in Firefox ESR, and what its driver promises of a click."""

import pytest
from kit.engines import ReaderPage
from kit.engines.page import EngineError

from .reader_paths import *  # noqa: F403 (the tests, written once for every engine)
from .reader_paths import STEP5, UL, Arrive

ENGINE = "firefox"


def test_a_click_that_comes_down_elsewhere_fails_at_once(reader: ReaderPage, arrive: Arrive) -> None:
    """The driver's own check (kit/engines/firefox.py): a press lost to a page that moved between
    the aim and the press is said where it happens, not found three minutes later as a result that
    never came."""
    arrive(STEP5)
    reader.type(f"{UL}-urges-0-urge_after", "45")  # aimed and pressed where it was meant: no complaint
    # The page moves as the pointer arrives, as it does when Firefox's next frame comes in between.
    reader.run("() => addEventListener('pointermove', () => scrollBy(0, -400), {once: true, capture: true})")
    with pytest.raises(EngineError, match=r"came down on <.*, not on <button"):
        reader.click_text(".ex-worksheet button", "See my summary")
