"""The message builder (step 3's practice) fails safe: the reader's words are kept as written; a
softer way to ask is an offer, worded as a choice, and never made for a boundary, a need for safety,
fear, or any word of violence, threat or control; every sentence it writes is grammatical for every
kind of ask. Tables of asks and situations, as readers write them."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises.core import messages
from exercises.core.message_builder import MESSAGES, message_builder, softer_ask, wording_notes

BOXES = ("happened", "feel", "need", "ask")
PARAMS = {k: k for k in BOXES}


def build(happened: str = "", feel: str = "", need: str = "", ask: str = "") -> dict:
    return message_builder(PARAMS, {"happened": happened, "feel": feel, "need": need, "ask": ask})


# Every kind of ask: (as the reader typed it, the sentence the draft ends with, the softer way offered
# or None). None: already a request, the reader's own plan, or nothing it could be made into well.
ASKS: list[tuple[str, str, str | None]] = [
    # Plain requests ("imperatives"), with and without please, a stop, a capital.
    ("text me if plans change", "Text me if plans change.",
     "Would you be willing to text me if plans change?"),
    ("Call me when you land!", "Call me when you land!", "Would you be willing to call me when you land?"),
    ("please call me at lunch", "Please call me at lunch.", "Would you be willing to call me at lunch?"),
    ("call me at lunch please", "Call me at lunch please.", "Would you be willing to call me at lunch?"),
    ("give me a little space this weekend", "Give me a little space this weekend.",
     "Would you be willing to give me a little space this weekend?"),
    ("be on time on Friday", "Be on time on Friday.", "Would you be willing to be on time on Friday?"),
    ("just text me", "Just text me.", "Would you be willing to text me?"),
    ("Always tell me when you'll be late", "Always tell me when you'll be late.",
     "Would you be willing to tell me when you'll be late?"),
    ("from now on, text me first", "From now on, text me first.", "Would you be willing to text me first?"),
    ("Spend Sunday with me, okay?", "Spend Sunday with me, okay?",
     "Would you be willing to spend Sunday with me?"),
    # Demands: kept as written, the softer way offered.
    ("You have to call me tonight", "You have to call me tonight.",
     "Would you be willing to call me tonight?"),
    ("you need to text me", "You need to text me.", "Would you be willing to text me?"),
    ("You must be home by ten", "You must be home by ten.", "Would you be willing to be home by ten?"),
    ("you should call more", "You should call more.", "Would you be willing to call more?"),
    ("You always have to call me if plans change", "You always have to call me if plans change.",
     "Would you be willing to call me if plans change?"),
    ("you really need to listen to me", "You really need to listen to me.",
     "Would you be willing to listen to me?"),
    ("you'd better text me", "You'd better text me.", "Would you be willing to text me?"),
    ("you\u2019ll call me tomorrow", "You\u2019ll call me tomorrow.",
     "Would you be willing to call me tomorrow?"),
    ("I need you to listen", "I need you to listen.", "Would you be willing to listen?"),
    ("I want you to ask before you make plans for us", "I want you to ask before you make plans for us.",
     "Would you be willing to ask before you make plans for us?"),
    ("I'd like you to meet my friends", "I'd like you to meet my friends.",
     "Would you be willing to meet my friends?"),
    ("I need you to just text me please", "I need you to just text me please.",
     "Would you be willing to text me?"),
    ("that you text me", "That you text me.", "Would you be willing to text me?"),
    ("to talk on Sunday", "To talk on Sunday.", "Would you be willing to talk on Sunday?"),
    ("Can't you just text me", "Can't you just text me?", "Would you be willing to text me?"),
    ("why don't you call me more", "Why don't you call me more?", "Would you be willing to call me more?"),
    # Things, not actions: "open to".
    ("more time together", "More time together.", "Would you be open to more time together?"),
    ("I'd like more time together", "I'd like more time together.",
     "Would you be open to more time together?"),
    ("I need a hug", "I need a hug.", "Would you be open to a hug?"),
    ("a date night once a week", "A date night once a week.",
     "Would you be open to a date night once a week?"),
    # Both of us.
    ("let's talk on Sunday", "Let's talk on Sunday.", "Would you be willing to talk on Sunday?"),
    ("we should talk more", "We should talk more.", "Could we talk more?"),
    ("We need to plan the holidays together", "We need to plan the holidays together.",
     "Could we plan the holidays together?"),
    # Already a request, or put gently: nothing offered.
    ("Could you text me", "Could you text me?", None),
    ("can you please text me", "Can you please text me?", None),
    ("Would you be willing to call me?", "Would you be willing to call me?", None),
    ("I'd like it if you called more", "I'd like it if you called more.", None),
    ("It would help if you texted when you're late", "It would help if you texted when you're late.", None),
    ("how about a walk on Saturday", "How about a walk on Saturday?", None),
    # The reader's own plan or need: theirs, not a request to soften.
    ("I want to see my friends more", "I want to see my friends more.", None),
    ("I'm going to spend Saturday with my sister", "I'm going to spend Saturday with my sister.", None),
    ("I need time to myself", "I need time to myself.", None),
    ("I will go to the party", "I will go to the party.", None),
    # Not an ask: nothing to soften.
    ("you never listen", "You never listen.", None),
    ("Two sentences. Call me.", "Two sentences. Call me.", None),
]


@pytest.mark.parametrize(("ask", "written", "softer"), ASKS)
def test_the_ask_is_kept_as_written_and_a_softer_way_only_offered(ask: str, written: str,
                                                                 softer: str | None) -> None:
    result = build("Plans changed at the last minute", "hurt", "to know where we stand", ask)
    assert result["draft"] == ("When plans changed at the last minute, I feel hurt. I need to know where we "
                               "stand. " + written)
    offered = result["softer"]
    assert (offered and offered["ask"]) == softer
    if offered:
        assert offered["intro"] == "If you want, here is a softer way to ask."
        assert offered["draft"].endswith(" " + softer) and offered["draft"].startswith("When plans changed")
        assert "Would you be willing" not in result["draft"] or "Would you be willing" in ask


def test_the_table_of_asks_is_big_and_covers_every_template() -> None:
    assert len(ASKS) >= 40
    softened = [s for _, _, s in ASKS if s]
    for start in ("Would you be willing to ", "Would you be open to ", "Could we "):
        assert any(s.startswith(start) for s in softened), start


# What a grammatical sentence of the builder looks like: a capital first, one end stop, no doubled
# or dangling words, and a softer ask whose verb is a plain verb (never "to you", "to must", "to I'd").
_BAD = re.compile(r"\s{2}|,[.?!]|[.?!]{2}|\bI feel I\b|\bI need I\b|\bWhen when\b|\bI need need\b|"
                  r"\b(\w+) \1\b", re.IGNORECASE)
_NOT_A_VERB = {"you", "i", "i'd", "i'm", "to", "must", "have", "need", "should", "will", "would", "can",
               "could", "please", "that", "it", "we", "he", "she", "they", "just", "always"}


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z\u201c])", text) if s]


# Ways readers fill the other three boxes, with and without their own openings.
SITUATIONS = [
    ("", "", ""),
    ("plans changed at the last minute", "hurt", "to know where we stand"),
    ("When you were late again", "I feel lonely", "I need some reassurance"),
    ("Dinner was cold.", "worried and a bit sad.", "need to know you care"),
    ("you didn't call", "I felt hurt", "reassurance"),
    ("He was quiet all evening. I kept asking what was wrong.", "anxious", "I'd like to talk about it"),
    ("", "sad", ""),
    ("we argued about the dishes", "", "a calmer evening"),
]


@pytest.mark.parametrize(("happened", "feel", "need"), SITUATIONS)
@pytest.mark.parametrize("ask", [a for a, _, _ in ASKS])
def test_every_template_is_grammatical_for_every_ask(happened: str, feel: str, need: str, ask: str) -> None:
    result = build(happened, feel, need, ask)
    for text in filter(None, (result["draft"], result["softer"] and result["softer"]["draft"])):
        assert not _BAD.search(text), text
        for sentence in sentences(text):
            assert sentence[0].isupper() and sentence[-1] in ".?!", (sentence, text)
            assert sentence.count("?") <= 1, (sentence, text)
    if result["softer"]:
        softer = result["softer"]["ask"]
        verb = re.match(r"(?:Would you be willing to|Would you be open to|Could we) (\S+)", softer)
        assert verb and verb.group(1).lower() not in _NOT_A_VERB and softer.endswith("?"), softer
        assert not re.search(r"\b\w+ed\b", softer.split(" ", 5)[-1].split(" ")[0]), softer  # no "to called"


# ---- boundaries are never softened ----------------------------------------------------------------

BOUNDARIES = [
    "stop checking my phone",
    "Stop calling me names.",
    "don't ever do that again",
    "Do not read my diary",
    "Never yell at me again",
    "never touch my things without asking",
    "Don't call me after midnight",
    "stop",
    "Leave me alone",
    "No more yelling",
    "respect my no",
    "I don't want you to come over tonight",
    "You need to stop ignoring me",
    "quit going through my bag",
    "Please stop texting my friends",
    "Back off when I say I need space",
]


@pytest.mark.parametrize("ask", BOUNDARIES)
def test_a_boundary_is_never_softened(ask: str) -> None:
    result = build("", "hurt", "", ask)
    assert result["softer"] is None and softer_ask(ask) in (None, softer_ask(ask))
    assert result["notes"] == [] and result["notes_intro"] == ""
    assert result["draft"].endswith(" ".join(ask.split()).rstrip(".")[1:] + ".")
    assert "Would you be" not in result["draft"] and "demand" not in result["text"]


def test_a_boundary_without_fear_is_called_a_boundary() -> None:
    result = build("", "tired", "", "Don't call me after midnight")
    assert result["text"] == f"{MESSAGES['kept']} {MESSAGES['boundary']}"
    assert result["safety"] is None


# ---- situations where nothing is softened, whatever the ask ---------------------------------------

ORDINARY_ASK = "text me if plans change"

# (what happened, feeling, need) with a word of violence, threat or control somewhere, or fear.
UNSAFE = [
    ("He hit me when I was late", "hurt", "to know where we stand"),
    ("he grabbed my arm at the party", "embarrassed", ""),
    ("She pushed me against the door", "", ""),
    ("He threatened to take the kids", "upset", ""),
    ("He checks my phone every night", "tired", "some trust"),
    ("he went through my messages again", "hurt", "some privacy"),
    ("He yelled at me in front of my friends", "small", ""),
    ("", "scared", ""),
    ("", "afraid of how he will react", ""),
    ("", "terrified", ""),
    ("", "nervous of him", ""),
    ("", "I feel unsafe", ""),
    ("He took my bank card", "", ""),
    ("He says I'm not allowed to see my sister", "sad", ""),
    ("He tracks my location", "watched", ""),
    ("He punched the wall beside my head", "shaky", ""),
    ("He gets so angry he smashed a plate", "on edge", ""),
    ("She needs my passwords", "uneasy", ""),
    ("He forced me to stay in", "", ""),
    ("My boyfriend choked me", "numb", ""),
    ("he has a gun in the house and reminds me", "", ""),
]


@pytest.mark.parametrize(("happened", "feel", "need"), UNSAFE)
def test_words_of_violence_threat_control_or_fear_anywhere_mean_no_softening_and_a_safety_note(
        happened: str, feel: str, need: str) -> None:
    for ask in (ORDINARY_ASK, "You have to call me tonight", "more time together"):
        result = build(happened, feel, need, ask)
        assert result["softer"] is None, (happened, feel, ask)
        assert result["notes"] == []
        assert result["safety"]["page"] == "relationship-safety.md"
        assert result["safety"]["text"].startswith("If you are afraid of how they will react, your safety "
                                                   "comes first.")
        assert result["text"] == str(MESSAGES["kept"])
        assert "demand" not in result["text"] + result["safety"]["text"]


@pytest.mark.parametrize("need", ["to feel safe", "to be safe at home", "my safety", "not to be yelled at",
                                  "to be left alone", "my phone back", "some privacy",
                                  "to feel safe with you"])
def test_a_need_about_safety_means_no_softening(need: str) -> None:
    result = build("plans changed", "hurt", need, "You have to call me tonight")
    assert result["softer"] is None and result["notes"] == []
    assert result["draft"].endswith("You have to call me tonight.")


def test_words_of_crisis_mean_no_softening() -> None:
    result = build("", "like I want to die", "", "You have to call me tonight")
    assert result["softer"] is None and result["notes"] == []


@pytest.mark.parametrize(("happened", "feel", "need"), [
    ("plans changed at the last minute", "hurt", "to know where we stand"),
    ("you were quiet at dinner", "worried", "to know you are safe"),
    ("you checked your phone all through dinner", "lonely", "your attention"),
    ("we argued about money", "tired", "a calmer way to talk"),
    ("you forgot my birthday", "sad", "to feel remembered"),
])
def test_an_ordinary_request_gets_the_offer_worded_as_a_choice(happened: str, feel: str, need: str) -> None:
    result = build(happened, feel, need, "You have to call me tonight")
    assert result["safety"] is None
    offered = result["softer"]
    assert offered["ask"] == "Would you be willing to call me tonight?"
    assert offered["intro"].startswith("If you want") and offered["note"] == str(MESSAGES["softer_note"])
    assert result["draft"].endswith("You have to call me tonight.")  # the reader's own words by default


# ---- the parts and ideas on wording -------------------------------------------------------------------

@pytest.mark.parametrize(("texts", "draft"), [
    ({"happened": "When plans changed.", "feel": "I feel hurt", "need": "I need to know where we stand",
      "ask": "Could you text me"},
     "When plans changed, I feel hurt. I need to know where we stand. Could you text me?"),
    ({"happened": "", "feel": "lonely", "need": "", "ask": "please call me at lunch"},
     "I feel lonely. Please call me at lunch."),
    ({"happened": "Dinner was cold", "feel": "", "need": "", "ask": ""}, "When dinner was cold."),
    ({"happened": "you were late", "feel": "I felt hurt", "need": "reassurance", "ask": ""},
     "When you were late, I felt hurt. I need reassurance."),
    ({"happened": "He was late. Again.", "feel": "I'm sad", "need": "We need to talk", "ask": ""},
     "He was late. Again. I'm sad. We need to talk."),
    ({"happened": "", "feel": "", "need": "need some quiet", "ask": ""}, "I need some quiet."),
    ({"happened": "", "feel": "", "need": "", "ask": ""}, ""),
])
def test_the_boxes_are_joined_only_where_the_reader_left_the_joining_words_out(texts: dict,
                                                                               draft: str) -> None:
    assert message_builder(PARAMS, texts)["draft"] == draft


@pytest.mark.parametrize(("text", "kind", "found"), [
    ("You made me cry.", "blame", "You made me"),
    ("It\u2019s all your fault.", "blame", "It\u2019s all your fault"),
    ("You always forget.", "always_never", "always"),
    ("Every time you go out", "always_never", "Every time"),
    ("I feel that you don't listen.", "feel_that", "I feel that"),
])
def test_ideas_on_wording_name_the_words_and_offer_another_way(text: str, kind: str, found: str) -> None:
    notes = {n["kind"]: n for n in wording_notes(text)}
    assert kind in notes and notes[kind]["found"] == found
    assert notes[kind]["why"] and notes[kind]["instead"].startswith("You could")


def test_a_demand_is_not_a_note_any_more_but_an_offer() -> None:
    assert wording_notes("You have to call me.") == []
    result = build("", "worried", "", "you need to text me")
    assert result["notes"] == []
    assert result["softer"]["ask"] == "Would you be willing to text me?"


def test_ideas_on_wording_are_offered_as_ideas() -> None:
    result = build("You always cancel", "hurt", "", "call me first")
    assert result["notes_intro"].startswith("If you want")
    assert [n["kind"] for n in result["notes"]] == ["always_never"]


def test_calm_words_get_nothing_to_soften() -> None:
    result = build("plans changed at the last minute", "hurt", "to know where we stand", "Could you text me?")
    assert result["notes"] == [] and result["softer"] is None
    assert result["text"] == f"{MESSAGES['own_words']} {MESSAGES['calm']}"


def test_every_word_the_reader_sees_comes_from_the_table() -> None:
    values = {str(message) for message in MESSAGES.values()}
    for case in (build("", "", "", ""), build("You always cancel", "hurt", "", "call me first"),
                 build("He hit me", "scared", "", "stop"),
                 build("", "tired", "", "Don't call me after midnight")):
        text = case["text"]
        assert text in values or any(text.startswith(v + " ") and text[len(v) + 1:] in values
                                     for v in values), text
        for key in ("intro", "show", "hide", "note", "copy", "shown", "hidden"):
            assert case["softer"] is None or case["softer"][key] in values
        assert case["safety"] is None or {case["safety"]["text"], case["safety"]["link_text"]} <= values


# ==== Spanish: the builder's framing in Spanish words, only where it fits the reader's ==============
#
# "Cuando {happened}, siento {feel}. Necesito {need}. ¿Podrías {ask}?" (the Spanish page's hints ask for
# exactly these shapes), "me siento" for a feeling said as a state ("dolida"), and every box kept as the
# reader wrote it where a frame would not make a whole Spanish sentence of it.

SPANISH_DRAFTS = {
    # The Spanish catalog's words for the draft (checked against the shipped .po below).
    "message_builder.draft.when": "Cuando {happened}.",
    "message_builder.draft.feel": "Siento {feel}.",
    "message_builder.draft.feel_state": "Me siento {feel}.",
    "message_builder.draft.when_then": "Cuando {happened}, {sentence}",
    "message_builder.draft.when_feel": "Cuando {happened}, siento {feel}.",
    "message_builder.draft.when_feel_state": "Cuando {happened}, me siento {feel}.",
    "message_builder.draft.then_feel": "{when}, siento {feel}.",
    "message_builder.draft.then_feel_state": "{when}, me siento {feel}.",
    "message_builder.draft.need": "Necesito {need}.",
    "message_builder.draft.ask": "¿Podrías {ask}?",
    "message_builder.own_words": "Aquí está tu mensaje, con tus propias palabras, listo para copiar.",
    "message_builder.kept": "Aquí está tu mensaje, con tus propias palabras.",
    "message_builder.boundary": "Un “no” o un “basta” dicho con claridad es un límite.",
    "message_builder.safety": "Si te da miedo cómo va a reaccionar, tu seguridad es lo primero.",
}
SPANISH = {"language": "es", "messages": SPANISH_DRAFTS}


@pytest.fixture
def spanish() -> Iterator[None]:
    with messages.using(SPANISH):
        yield


def test_the_spanish_words_of_the_draft_are_the_shipped_catalogs() -> None:
    catalogs = pytest.importorskip("exercises.i18n.catalogs")  # CPython only: Babel reads the .po
    shipped = {m.context: m.string for m in catalogs.read_po_file(catalogs.package_po("es"), "es")
               if m.context in SPANISH_DRAFTS and m.context.startswith("message_builder.draft.")}
    assert shipped == {k: v for k, v in SPANISH_DRAFTS.items() if k.startswith("message_builder.draft.")}


# (what happened, feeling, need, ask) as Spanish readers type them -> the draft.
SPANISH_CASES: list[tuple[tuple[str, str, str, str], str]] = [
    # A question typed with the wrong opening mark, and a space after it (found by Hypothesis).
    (("", "", "", "¡ podrías llamarme?"), "¿Podrías llamarme?"),
    (("", "", "", "¡ a?"), "¿A?"),
    # The hints' own examples, and the issue's choppy draft made whole.
    (("los planes cambiaron a última hora", "dolor, preocupación o soledad", "saber en qué punto estamos",
      "avisarme con un mensaje si cambian los planes"),
     "Cuando los planes cambiaron a última hora, siento dolor, preocupación o soledad. Necesito saber en "
     "qué punto estamos. ¿Podrías avisarme con un mensaje si cambian los planes?"),
    (("Cambiaste los planes a última hora", "Dolor y preocupación", "Saber en qué punto estamos",
      "Avisarme con un mensaje si cambian los planes"),
     "Cuando cambiaste los planes a última hora, siento dolor y preocupación. Necesito saber en qué punto "
     "estamos. ¿Podrías avisarme con un mensaje si cambian los planes?"),
    # Feelings as states take "me siento"; as nouns, "siento".
    (("No me contestaste en todo el día", "dolida", "que me escribas aunque sea un mensaje", ""),
     "Cuando no me contestaste en todo el día, me siento dolida. Necesito que me escribas aunque sea un "
     "mensaje."),
    (("te fuiste sin avisar", "triste y sola", "más tiempo juntos", ""),
     "Cuando te fuiste sin avisar, me siento triste y sola. Necesito más tiempo juntos."),
    (("", "un poco triste", "", ""), "Me siento un poco triste."),
    (("", "mucha ansiedad", "", ""), "Siento mucha ansiedad."),
    (("", "rechazada, ignorada y confundida", "", ""), "Me siento rechazada, ignorada y confundida."),
    (("", "ansiedad e inseguridad", "tranquilidad", ""),
     "Siento ansiedad e inseguridad. Necesito tranquilidad."),
    # The reader's own sentences in each box: kept, joined without a second lead.
    (("Cuando cancelaste la cena", "me sentí sola", "necesito saber que te importo", ""),
     "Cuando cancelaste la cena, me sentí sola. Necesito saber que te importo."),
    (("cada vez que llegas tarde", "siento que no te importo", "me gustaría hablarlo", ""),
     "Cada vez que llegas tarde, siento que no te importo. Me gustaría hablarlo."),
    (("los planes cambiaron", "Me siento dolida", "Quiero saber qué pasó", ""),
     "Cuando los planes cambiaron, me siento dolida. Quiero saber qué pasó."),
    (("llegaste tarde otra vez", "estoy cansada", "me haría falta una disculpa", ""),
     "Cuando llegaste tarde otra vez, estoy cansada. Me haría falta una disculpa."),
    (("desde que te mudaste", "te extraño mucho", "", ""), "Desde que te mudaste, te extraño mucho."),
    (("", "siento dolor", "", ""), "Siento dolor."),
    (("el sábado cancelaste", "me siento", "necesito", ""), "El sábado cancelaste. Me siento. Necesito."),
    (("Cuando", "siento", "", ""), "Cuando. Siento."),
    (("Llegaste tarde otra vez. No avisaste.", "rechazada", "apoyo", ""),
     "Llegaste tarde otra vez. No avisaste. Me siento rechazada. Necesito apoyo."),
    (("", "", "no sentirme sola", ""), "Necesito no sentirme sola."),
    (("", "", "tu atención cuando hablamos", ""), "Necesito tu atención cuando hablamos."),
    # Asks that are already questions, with and without ¿, with please, accents and capitals off.
    (("", "", "", "podrías avisarme antes?"), "¿Podrías avisarme antes?"),
    (("", "", "", "¿puedes llamarme cuando salgas"), "¿Puedes llamarme cuando salgas?"),
    (("", "", "", "PODRIAS LLAMARME"), "¿PODRIAS LLAMARME?"),
    (("", "", "", "te parece si hablamos el domingo"), "¿Te parece si hablamos el domingo?"),
    (("", "", "", "qué te parece si cenamos juntos el viernes."),
     "¿Qué te parece si cenamos juntos el viernes?"),
    (("", "", "", "me puedes escribir cuando llegues"), "¿Me puedes escribir cuando llegues?"),
    (("", "", "", "por favor podrías llamarme"), "Por favor, ¿podrías llamarme?"),
    (("", "", "", "Porfa, ¿me avisas si llegas tarde?"), "Porfa, ¿me avisas si llegas tarde?"),
    (("", "", "", "me llamas en la noche?"), "¿Me llamas en la noche?"),
    (("", "", "", "podrias llamarme por favor"), "¿Podrias llamarme por favor?"),
    # Asks written as an infinitive: the builder's question, the please moved to its end.
    (("", "", "", "llamarme en la noche, porfa"), "¿Podrías llamarme en la noche, porfa?"),
    (("", "", "", "por favor avisarme si vas a llegar tarde"),
     "¿Podrías avisarme si vas a llegar tarde, por favor?"),
    (("", "", "", "Xfa escribirme cuando llegues"), "¿Podrías escribirme cuando llegues, xfa?"),
    (("", "", "", "llegar a tiempo el viernes"), "¿Podrías llegar a tiempo el viernes?"),
    (("", "", "", "decírmelo antes"), "¿Podrías decírmelo antes?"),
    (("", "", "", "darme un abrazo cuando llegues"), "¿Podrías darme un abrazo cuando llegues?"),
    (("tus amigos se burlaron de mí", "humillada", "tu apoyo", "defenderme cuando pase algo así"),
     "Cuando tus amigos se burlaron de mí, me siento humillada. Necesito tu apoyo. ¿Podrías defenderme "
     "cuando pase algo así?"),
    # Asks kept as written: an imperative, a wish, the reader's own plan, a "que", a noun.
    (("", "", "", "avísame si cambian los planes"), "Avísame si cambian los planes."),
    (("", "", "", "avisame porfa"), "Avisame porfa."),
    (("", "", "", "quiero que me llames más"), "Quiero que me llames más."),
    (("", "", "", "que me avises antes"), "Que me avises antes."),
    (("", "", "", "irme temprano de la fiesta"), "Irme temprano de la fiesta."),
    (("", "", "", "verte más seguido"), "Verte más seguido."),
    (("", "", "", "vernos el sábado"), "Vernos el sábado."),  # each other: "¿Podrías vernos?" is not it
    (("", "", "", "calmarme cuando me pongo así"), "Calmarme cuando me pongo así."),  # whose calm?
    (("", "", "", "más tiempo juntos"), "Más tiempo juntos."),
    (("", "", "", "¡llámame!"), "¡Llámame!"),
    # Where a frame would not make a whole sentence: each box as written.
    (("la cena de anoche", "dolor", "", ""), "La cena de anoche. Siento dolor."),
    (("un cambio de planes de último minuto", "frustración", "más aviso", ""),
     "Un cambio de planes de último minuto. Siento frustración. Necesito más aviso."),
    (("Mi novio canceló otra vez", "cansada de esperar", "compromiso", ""),
     "Cuando mi novio canceló otra vez, me siento cansada de esperar. Necesito compromiso."),
    (("me dejaste en visto todo el día", "ignorada y sin ganas de nada", "", ""),
     "Cuando me dejaste en visto todo el día, me siento ignorada y sin ganas de nada."),
    (("lo de ayer", "", "", ""), "Lo de ayer."),
    (("cambiaste los planes", "", "", ""), "Cambiaste los planes."),
    (("cambiaste los planes", "dolor y triste", "", ""), "Cambiaste los planes. Dolor y triste."),
    (("", "muy dolor", "", ""), "Muy dolor."),
    (("", "", "me escribas más", ""), "Me escribas más."),
    (("", "", "", "order dinner"), "Order dinner."),
    # A name keeps its capital; a capitalised ordinary word does not.
    (("Ana canceló la cena", "MUY TRISTE", "", ""), "Cuando Ana canceló la cena, me siento MUY TRISTE."),
    (("Ayer no me llamaste", "Soledad", "", ""), "Cuando ayer no me llamaste, siento soledad."),
    # Accents left out: read the same.
    (("me dejaste en visto", "me senti sola", "necesitaba saber que estabas bien", "podrias escribirme"),
     "Cuando me dejaste en visto, me senti sola. Necesitaba saber que estabas bien. ¿Podrias escribirme?"),
    (("", "preocupacion", "", "avisarme si cambian los planes"),
     "Siento preocupacion. ¿Podrías avisarme si cambian los planes?"),
    # English on a Spanish page: each box kept as written.
    (("plans changed", "hurt", "to know where we stand", "text me if plans change"),
     "Plans changed. Hurt. To know where we stand. Text me if plans change."),
    (("you were late", "sad", "", "never call me after ten"),
     "You were late. Sad. Never call me after ten."),
    # Empty boxes.
    (("", "", "", ""), ""),
    (("  ", "\n", "", " "), ""),
]


@pytest.mark.parametrize(("boxes", "draft"), SPANISH_CASES)
def test_a_spanish_draft_frames_the_readers_words_only_where_the_frame_fits(
        spanish: None, boxes: tuple[str, str, str, str], draft: str) -> None:
    result = build(*boxes)
    assert result["draft"] == draft
    assert result["softer"] is None and result["notes"] == []  # English-only advice: never on this page
    if draft:
        assert result["text"].startswith(SPANISH_DRAFTS["message_builder.own_words"]) \
            or result["text"].startswith(SPANISH_DRAFTS["message_builder.kept"])


def test_the_spanish_table_is_broad() -> None:
    assert len(SPANISH_CASES) >= 50
    drafts = " ".join(d for _, d in SPANISH_CASES)
    for frame in ("Cuando ", ", siento ", ", me siento ", "Me siento ", "Siento ", "Necesito ", "¿Podrías ",
                  "Por favor, ¿"):
        assert frame in drafts, frame


# Boundaries and fear: the ask kept as the reader wrote it (never made "¿Podrías...?"), no advice,
# and, for fear or danger, the relationship-safety page.
SPANISH_KEPT = [
    # (boxes, the ask as it ends the draft, whether the safety page is offered)
    (("me pegó cuando llegué tarde", "miedo", "sentirme segura", "avisarme antes"), "Avisarme antes.", True),
    (("revisa mi celular todas las noches", "cansada", "", "llamarme menos"), "Llamarme menos.", True),
    (("", "me da miedo cómo va a reaccionar", "", "hablar el domingo"), "Hablar el domingo.", True),
    (("me gritó delante de mis amigas", "con miedo y confundida", "", "no me revises el celular"),
     "No me revises el celular.", True),
    (("cambiaste los planes", "enojada", "hablar", "dejar de revisar mi teléfono"),
     "Dejar de revisar mi teléfono.", False),
    (("", "harta", "", "deja de llamarme a cada rato"), "Deja de llamarme a cada rato.", False),
    (("", "cansada", "", "nunca más leer mis mensajes"), "Nunca más leer mis mensajes.", False),
    (("", "", "estar a salvo", "escribirme menos"), "Escribirme menos.", False),
]


@pytest.mark.parametrize(("boxes", "ask", "offered"), SPANISH_KEPT)
def test_a_spanish_boundary_or_fear_keeps_the_ask_as_written(spanish: None, boxes: tuple[str, str, str, str],
                                                             ask: str, offered: bool) -> None:
    result = build(*boxes)
    assert result["draft"].endswith(ask) and "¿Podrías" not in result["draft"]
    assert result["softer"] is None and result["notes"] == []
    assert result["text"].startswith(SPANISH_DRAFTS["message_builder.kept"])
    assert (result["safety"] is not None) == offered
    if offered:
        assert result["safety"]["page"] == "relationship-safety.md"
        assert result["safety"]["text"] == SPANISH_DRAFTS["message_builder.safety"]


def test_a_spanish_boundary_without_fear_is_called_a_boundary(spanish: None) -> None:
    result = build("", "cansada", "", "no me llames después de medianoche")
    assert result["text"].endswith(SPANISH_DRAFTS["message_builder.boundary"])
    assert result["draft"] == "Me siento cansada. No me llames después de medianoche."


# ---- Spanish properties: every word kept, no lead doubled, the question marks paired -------------------

_HAPPENED = ["los planes cambiaron a última hora", "cambiaste los planes", "Cuando cancelaste la cena",
             "no me contestaste", "la cena de anoche", "lo de ayer", "cada vez que llegas tarde",
             "Ana canceló la cena", "te fuiste sin avisar", "mi pareja llegó tarde otra vez",
             "tu mensaje me dolió", "desde que te mudaste", "el sábado", "plans changed", "Cuando", "no sé",
             ""]
_FEEL = ["dolor", "dolor y preocupación", "triste", "triste y sola", "me sentí sola",
         "siento que no te importo", "estoy cansada", "muy dolida", "un poco de miedo", "con miedo",
         "dolor y triste", "nada", "siento",
         "Me siento sola", "siento dolor", "me siento", "sentirme sola", "hurt", "tengo miedo", "celos", ""]
_NEED = ["saber en qué punto estamos", "más tiempo juntos", "que me escribas", "necesito hablar", "necesitar",
         "me gustaría saber", "tranquilidad", "no sentirme sola", "me escribas", "to know", "un abrazo", ""]
_ASK = ["avisarme con un mensaje si cambian los planes", "podrías llamarme", "¿puedes escribirme?",
        "por favor avisarme", "porfa podrías llamarme", "avísame", "verte", "irme temprano", "poder hablar",
        "necesitar algo", "que me llames", "te parece si hablamos", "me llamas?", "podrías podrías",
        "¿¿podrías?", "llamarme porfa", "xfa", "no me grites", "dejar de gritarme", "text me", ""]
_ACCENTS_OFF = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


@st.composite
def _typed(draw: st.DrawFn, choices: list[str]) -> str:
    """One of CHOICES as a reader might type it: accents left out, shouting, a capital, an end stop."""
    text = draw(st.sampled_from(choices) | st.text(alphabet="abcdeíños ¿?¡!.,", max_size=12))
    if draw(st.booleans()):
        text = text.translate(_ACCENTS_OFF)
    case = draw(st.sampled_from(["as", "upper", "capital", "title"]))
    cases = {"upper": text.upper(), "capital": text[:1].upper() + text[1:], "title": text.title()}
    text = cases.get(case, text)
    return text + draw(st.sampled_from(["", ".", "!", "?", "  ", ","]))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


_LEADS = r"(?:siento|me siento|necesito|cuando|podr[ií]as|¿podr[ií]as)"
_DOUBLED = re.compile(rf"\b{_LEADS},? {_LEADS}\b", re.IGNORECASE)


@settings(max_examples=150 if sys.platform == "emscripten" else 600, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(_typed(_HAPPENED), _typed(_FEEL), _typed(_NEED), _typed(_ASK))
def test_a_spanish_draft_keeps_every_word_and_never_doubles_a_lead(happened: str, feel: str, need: str,
                                                                   ask: str) -> None:
    with messages.using(SPANISH):
        draft = build(happened, feel, need, ask)["draft"]
    words = Counter(_words(draft))
    for box in (happened, feel, need, ask):
        assert not Counter(_words(box)) - words, (box, draft)  # each of the reader's words is there
    typed = " ".join((happened, feel, need, ask))
    for doubled in _DOUBLED.finditer(draft):
        assert doubled.group(0).lower() in typed.lower(), draft  # only where the reader wrote it so
    added = draft.count("¿") - typed.count("¿")
    assert added in (0, 1) and (added == 0 or draft.endswith("?")), draft  # the ask, made a question
    for sentence in re.split(r"(?<=[.?!])\s+", draft):
        if "¿" in sentence and "¿" not in typed:  # the builder's question: closed, a capital after ¿
            assert sentence.endswith("?") and not sentence[sentence.index("¿") + 1].isspace(), draft
            assert not sentence.startswith("¿") or not sentence[1].islower(), draft
    for frame in ("Siento ", "Me siento ", "Necesito ", "¿Podrías "):
        if frame in draft and frame.strip("¿ ").lower().translate(_ACCENTS_OFF) \
                not in typed.lower().translate(_ACCENTS_OFF):
            assert re.search(rf"(?:^|[.?!] ){re.escape(frame)}", draft), draft  # a frame starts a sentence


@settings(max_examples=100 if sys.platform == "emscripten" else 400, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.sampled_from([h for h in _HAPPENED if h]), st.sampled_from(["dolor", "triste", "me sentí sola"]),
       st.sampled_from(["saber qué pasa", "apoyo", "que me escribas"]))
def test_a_framed_spanish_opening_is_one_sentence_that_ends_with_the_feeling(happened: str, feel: str,
                                                                             need: str) -> None:
    with messages.using(SPANISH):
        draft = build(happened, feel, need, "")["draft"]
    opening = draft.split(". Necesito ")[0]
    if opening.startswith("Cuando ") or opening.startswith(("Cada vez", "Desde que")):
        assert opening.endswith(("siento dolor", "me siento triste", "me sentí sola")), draft
        assert opening.count(",") >= 1
    else:  # kept: what happened as the reader wrote it, then the feeling on its own
        assert opening.startswith(happened[:1].upper() + happened[1:]), draft
