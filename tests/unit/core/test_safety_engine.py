"""The concern check's engine (exercises/core/safety/): the small pattern language, a table per
language in a registry, typos, harmless senses, and what every match says. The English table's
recall and false alarms are in test_phrase_tables.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exercises.core import safety, text_checks
from exercises.core.messages import using
from exercises.core.safety import CATEGORIES, Matcher, PhraseTable, Rule, TableError, en, es


def table(*rules: Rule, **lexicons: str) -> Matcher:
    lex = {"gap_stops": ("not", "never"), **{k: tuple(v.split(", ")) for k, v in lexicons.items()}}
    return Matcher(PhraseTable(language="xx", lexicons=lex, rules=rules))


def words(m: Matcher, text: str) -> list[str]:
    return [x.words for x in m.matches(text)]


@pytest.mark.parametrize(("pattern", "text", "found"), [
    ("he hit me", "He hit me.", ["he hit me"]),
    ("he hit|punched me", "he punched me", ["he punched me"]),
    ("{he|my husband} hit me", "My husband hit me", ["my husband hit me"]),
    ("@who hit me", "My husband hit me", ["my husband hit me"]),
    ("he ... hit me", "he has always hit me", ["he has always hit me"]),
    ("he ... hit me", "he has never hit me", []),                         # a gap never crosses a stop
    ("he ...1 hit me", "he has always hit me", []),                       # nor more words than allowed
    ("he ~3 hit me", "he has never hit me", ["he has never hit me"]),     # a free gap does
    ("he really? hit me", "he hit me", ["he hit me"]),
    ("he @adv* hit me", "he just really hit me", ["he just really hit me"]),
    ("he hit me !up", "he hit me up last night", []),
    ("he hit me !{up|with the news}", "he hit me with the news", []),
    ("he hit me !{up|with the news}", "he hit me with a belt", ["he hit me"]),
    ("<!{forgot to} take all my pills", "I forgot to take all my pills", []),
    ("<!{forgot to} take all my pills", "I want to take all my pills", ["take all my pills"]),
    ("^ hit me", "he hit me", []),
    ("^ hit me", "hit me", ["hit me"]),
    ("end it $", "I want to end it", ["end it"]),
    ("end it $", "I want to end it with him", []),
    ("{end|ending} {it|things} !{with}", "ending things with her", []),
])
def test_the_pattern_language(pattern: str, text: str, found: list[str]) -> None:
    m = table(Rule("violence", pattern), who="he, my husband, @det @relation", det="my, his",
              relation="partner", adv="just, really")
    assert words(m, text) == found


def test_a_match_is_found_per_sentence_and_category_and_says_why() -> None:
    m = table(Rule("violence", "he hit me"), Rule("threats", "he threatened me"),
              Rule("violence", "he kicked me"))
    found = m.matches("He hit me. He threatened me and he kicked me.\nHe hit me")
    assert [(x.category, x.concern, x.words) for x in found] == [
        ("violence", "safety", "he hit me"), ("threats", "safety", "he threatened me"),
        ("violence", "safety", "he kicked me"), ("violence", "safety", "he hit me")]
    assert found[0].as_dict() == {"category": "violence", "concern": "safety", "words": "he hit me"}


@pytest.mark.parametrize(("rules", "lexicons", "message"), [
    ((Rule("bruises", "he hit me"),), {}, "there is no category called 'bruises'"),
    ((Rule("violence", "@nobody hit me"),), {}, "there is no lexicon called @nobody"),
    ((Rule("violence", "{he hit me"),), {}, "a '{' without its '}'"),
    ((Rule("violence", "he !_ me"),), {}, "'!' and '<!' go before words"),
    ((Rule("violence", "@loop me"),), {"loop": "@loop"}, "the lexicon @loop refers to itself"),
])
def test_a_table_that_cannot_be_compiled_says_which_rule_and_why(rules: tuple, lexicons: dict,
                                                                  message: str) -> None:
    with pytest.raises(TableError) as err:
        table(*rules, **lexicons).compile_all()
    assert message in str(err.value) and str(err.value).startswith("xx")


def test_every_pattern_of_the_english_table_compiles() -> None:
    matcher = Matcher(en.TABLE)
    matcher.compile_all()
    assert {r.category for r in en.RULES} == set(CATEGORIES)


# ---- reading a sentence --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [
    ("I WANT TO DIE", [["i", "want", "to", "die"]]),
    ("i wanna kms", [["i", "want", "to", "kms"]]),
    ("He\u2019s been hitting me", [["he", "'s", "been", "hitting", "me"]]),
    ("hes gonna hurt me. im scared", [["he", "'s", "going", "to", "hurt", "me"], ["i", "'m", "scared"]]),
    ("he slaped me", [["he", "slapped", "me"]]),                      # a doubled letter typed once
    ("he chocked me", [["he", "choked", "me"]]),                      # a letter too many
    ("he strangeled me", [["he", "strangled", "me"]]),                # a letter too many
    ("sucide", [["suicide"]]),                                        # a letter missing
    ("he cooked me dinner", [["he", "cooked", "me", "dinner"]]),      # a real word is not a slip
    ("he treats me well", [["he", "treats", "me", "well"]]),
    ("my ex-husband", [["my", "ex", "husband"]]),
    ("sooooo scared", [["soo", "scared"]]),
])
def test_how_a_sentence_is_read(text: str, read: list[list[str]]) -> None:
    assert safety.matcher().sentences(text) == read


def test_harmless_senses_are_blanked_before_any_rule_reads() -> None:
    assert safety.matches("I'm dying to see you") == []
    assert safety.matches("I'm dying") == [] and safety.concerns("I want to die")["crisis"]


def test_the_real_words_next_to_a_slip_are_all_listed() -> None:
    """Every real English word the typo reader would take for another: each must be in NOT_TYPOS
    (or, rarely, kept as a slip on purpose in STILL_SLIPS). Needs the system's word lists
    (Debian's wamerican and wbritish); where they are missing, the lists cannot be checked."""
    lists = [Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")]
    if not all(p.is_file() for p in lists):
        pytest.skip("no English word lists here (apt-get install wamerican wbritish)")
    real = {w.strip() for p in lists for w in p.read_text(encoding="utf-8").split() if w.strip().isalpha()}
    taken = Matcher(en.TABLE)._typos.neighbours(w for w in real if w.islower())
    missing = sorted(set(taken) - en.NOT_TYPOS - en.STILL_SLIPS)
    assert not missing, f"add to NOT_TYPOS in exercises/core/safety/en.py: {missing}"


# ---- languages -------------------------------------------------------------------------------------

SPANISH_SAMPLE = PhraseTable(
    language="es",
    lexicons={"gap_stops": ("no", "nunca"), "agent": ("él", "ella", "mi @relation"),
              "relation": ("pareja", "novio")},
    rules=(Rule("violence", "@agent ... me {pegó|pega|golpeó}"), Rule("suicide", "quiero morir")),
)


@pytest.fixture
def spanish() -> Iterator[None]:
    safety.register(SPANISH_SAMPLE)
    yield
    safety._TABLES.pop("es")
    safety._MATCHERS.pop("es", None)


def test_a_language_registers_its_own_table_and_the_engine_reads_it(spanish: None) -> None:
    assert safety.has_table("es-MX") and "es" in safety.languages()
    assert [m.as_dict() for m in safety.matches("Mi novio me pegó otra vez.", "es")] == [
        {"category": "violence", "concern": "safety", "words": "mi novio me pegó"}]
    assert safety.matches("Él nunca me pegó.", "es") == []
    assert safety.concerns("A veces quiero morir", "es") == {"crisis": True, "safety": False}
    assert safety.concerns("A veces quiero morir", "en") == {"crisis": False, "safety": False}


def test_a_language_without_a_table_says_so_and_is_read_with_english() -> None:
    assert not safety.has_table("fr") and safety.has_table("en-GB")
    assert safety.concerns("he hit me", "fr") == {"crisis": False, "safety": True}


# ---- the Spanish table, and the page's language picking the table ------------------------------------


def test_the_real_spanish_words_next_to_a_slip_are_all_listed() -> None:
    """As for English: every real Spanish word (folded as the check folds it: no accents, "ñ" as "n")
    that the typo reader would take for another is in es.NOT_TYPOS ("ahorro" is never "ahorco").
    Needs Debian's wspanish."""
    path = Path("/usr/share/dict/spanish")
    if not path.is_file():
        pytest.skip("no Spanish word list here (apt-get install wspanish)")
    fold = {ord(a): b for a, b in zip("áéíóúüñ", "aeiouun", strict=True)}
    real = {w.strip().lower().translate(fold) for w in path.read_text(encoding="utf-8").split()}
    taken = Matcher(es.TABLE)._typos.neighbours(w for w in real if w.isalpha())
    missing = sorted(set(taken) - es.NOT_TYPOS)
    assert not missing, f"add to NOT_TYPOS in exercises/core/safety/es.py: {missing}"


@pytest.mark.parametrize("text", [
    "Me quiero morir", "ME QUIERO MORIR", "me quiero morír", "ya no quiero vivir más",
    "Mi novio me pegó", "mi novio me pego", "mi novio me pego\u0301",  # an accent typed as a combining mark
    "q ya no kiero vivir", "xq sigo vivo", "me amenaza con matarme", "me ahorca",
])
def test_spanish_is_read_with_or_without_accents_capitals_and_short_forms(text: str) -> None:
    assert any(safety.concerns(text, "es").values()), safety.matcher("es").sentences(text)


def test_spanish_negations_and_idioms_stay_quiet() -> None:
    for text in ("nunca me ha pegado", "ya no me pega", "me muero de risa", "me mata el calor",
                 "me muero de ganas de verte", "mi mamá me va a matar si llego tarde",
                 "se me pegó la canción", "me corté el pelo"):
        assert safety.matches(text, "es") == [], text


def test_the_page_language_picks_the_table() -> None:
    """Without a language, the check reads the active catalog's (the page's): the exercises ask
    without naming one, at build time and in the browser's worker alike."""
    spanish = {"language": "es", "plural": {"forms": 2, "rule": ["!=", "n", 1]}}
    assert safety.concerns("me quiero morir") == {"crisis": False, "safety": False}  # English page
    with using(spanish):
        assert safety.table_language() == "es"
        assert safety.concerns("me quiero morir") == {"crisis": True, "safety": False}
        assert safety.concerns("mi novio me pega") == {"crisis": False, "safety": True}
        assert text_checks.concerns("me quiero morir")["crisis"]  # the exercises' entry point
    with using({"language": "fr"}):
        assert safety.table_language() == "en" and safety.concerns("he hit me")["safety"]


def test_english_is_also_read_on_a_spanish_page_where_a_sentence_is_english() -> None:
    assert safety.concerns("Estoy cansada. I want to kill myself", "es")["crisis"]
    assert safety.concerns("my boyfriend hit me again", "es")["safety"]
    # Spanish words that look like English slang are not read as English: "kms" is kilometres.
    assert safety.matches("hoy camine 5 kms con mi perro", "es") == []
    assert safety.matches("me encanta mi trabajo nuevo", "es") == []


def test_where_text_without_accents_cannot_say_who_acted_both_offers_are_made() -> None:
    """"me quemo con un cigarro": he burned me (pegó, quemó) or I burn myself (quemo)."""
    assert safety.concerns("me quemo con un cigarro", "es") == {"crisis": True, "safety": True}
