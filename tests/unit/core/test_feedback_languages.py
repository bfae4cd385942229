"""The core's feedback on a page in another language: its words come from that language's catalog,
and what reads English words (thinking-trap patterns, the message builder's grammar and ideas on
wording) fails safe where the language has no rules: the reader's words are kept, and nothing
English-only is said about them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from exercises.core import messages, thought_record
from exercises.core.message_builder import message_builder, softer_ask, wording_notes
from exercises.core.text_checks import page_language, suggest_traps
from exercises.core.worksheet_checks import compare_ratings, urge_log

SPANISH = {
    "language": "es", "numbers": {"decimal": ",", "group": "."},
    "messages": {
        "check.ratings.title": "Cómo cambió {about}",
        "check.ratings.up": ["Pasó de {before} a {after}: subió {count} punto.",
                             "Pasó de {before} a {after}: subió {count} puntos."],
        "check.ratings.better": "Algo cambió.",
        "check.urge.time": "Vez {number}",
        "message_builder.own_words": "Aquí está tu mensaje, con tus propias palabras.",
        "message_builder.draft.when_then": "Cuando {happened}, {sentence}",
        "message_builder.draft.need": "Necesito {need}.",
        "message_builder.draft.ask": "¿Podrías {ask}?",
        "trap.mind_reading.name": "Leer la mente",
        "thought_record.md.rated": "{name}: {value} de 100",
    },
}
BOXES = {"happened": "happened", "feel": "feel", "need": "need", "ask": "ask"}


@pytest.fixture
def spanish_page() -> Iterator[None]:
    with messages.using(SPANISH):
        yield


def test_the_page_language_is_the_catalogs_base_language() -> None:
    with messages.using({"language": "es-MX"}):
        assert page_language() == "es"
    assert page_language() == "en"


def test_rating_feedback_is_said_in_the_pages_language(spanish_page: None) -> None:
    result = compare_ratings({"before": "a", "after": "b", "about": "Tu calma"}, {"a": 20, "b": 23})
    assert result["title"] == "Cómo cambió tu calma"
    assert result["text"] == "Pasó de 20 a 23: subió 3 puntos. Algo cambió."
    lines = urge_log({"group": "g", "before": "a", "after": "b"}, {"g": [{"a": 70, "b": 40}]})["lines"]
    assert lines[0].startswith("Vez 1: ")  # a message with no translation yet is said in English


def test_no_thinking_trap_is_suggested_from_english_patterns_on_a_spanish_page(spanish_page: None) -> None:
    # English words on a Spanish page: the patterns would match, but they are not this page's rules.
    assert suggest_traps("He must think I'm boring. He will leave me.") == []
    assert suggest_traps("He must think I'm boring.", "en") != []  # asked for English, they run
    thought = {"text": "Seguro que piensa que soy aburrida.", "hot": True}
    summary = thought_record.check({"thoughts": [thought], "emotions": [{"name": "miedo", "before": 80}]})
    assert summary["traps"] == [] and summary["errors"] == {}
    assert "miedo: 80 de 100" in thought_record.markdown(summary["entry"])


GERMAN = {"language": "de", "messages": {
    "message_builder.own_words": "Hier ist deine Nachricht, in deinen eigenen Worten.",
    # Words of the draft's frame: a language without a grammar never shows them.
    "message_builder.draft.when_feel": "Als {happened}, fühlte ich {feel}.",
    "message_builder.draft.need": "Ich brauche {need}.",
}}


def english_words_get_no_english_advice() -> str:
    """The draft of English words typed on the active (not English) page, after checking that the
    builder offered no softer way and no idea on wording about them."""
    english = message_builder(BOXES, {"happened": "You always cancel", "feel": "hurt", "need": "",
                                      "ask": "you need to call me"})
    assert english["softer"] is None and english["notes"] == []
    assert softer_ask("you need to call me") is None and wording_notes("You always cancel") == []
    return english["draft"]


def test_the_message_builder_keeps_the_readers_words_where_it_has_no_grammar() -> None:
    answers = {"happened": "du hast die Pläne abgesagt", "feel": "verletzt",
               "need": "zu wissen, woran wir sind", "ask": "sag mir vorher Bescheid"}
    with messages.using(GERMAN):
        result = message_builder(BOXES, answers)
        # Each box as written (a capital first, an end stop if none), never framed.
        assert result["draft"] == ("Du hast die Pläne abgesagt. Verletzt. Zu wissen, woran wir sind. "
                                   "Sag mir vorher Bescheid.")
        assert result["softer"] is None and result["notes"] == [] and result["notes_intro"] == ""
        assert result["text"] == "Hier ist deine Nachricht, in deinen eigenen Worten."
        # English words on the same page get no English advice either.
        english_words_get_no_english_advice()


def test_the_message_builder_frames_spanish_with_its_own_grammar_and_no_english_advice(
        spanish_page: None) -> None:
    answers = {"happened": "cancelaste los planes", "feel": "me sentí dolida",
               "need": "saber dónde estamos", "ask": "avisarme antes la próxima vez"}
    result = message_builder(BOXES, answers)
    assert result["draft"] == ("Cuando cancelaste los planes, me sentí dolida. Necesito saber dónde estamos. "
                               "¿Podrías avisarme antes la próxima vez?")
    # The softer way and the ideas on wording read English: none on a Spanish page, and no "calm"
    # verdict either (nothing about the wording was judged).
    assert result["softer"] is None and result["notes"] == [] and result["notes_intro"] == ""
    assert result["text"] == "Aquí está tu mensaje, con tus propias palabras."
    # English typed on the Spanish page: kept as written, and no English advice.
    assert english_words_get_no_english_advice() == "You always cancel. Hurt. You need to call me."


def test_the_message_builder_frames_english_as_before() -> None:
    result = message_builder(BOXES, {"happened": "The plans changed", "feel": "hurt", "need": "to know",
                                     "ask": "text me first"})
    assert result["draft"] == "When the plans changed, I feel hurt. I need to know. Text me first."
    assert result["softer"]["ask"] == "Would you be willing to text me first?"
