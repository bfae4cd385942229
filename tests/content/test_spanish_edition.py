"""The Spanish edition (docs/*.es.md, docs/_exercises/*.es.yml; tests/kit/edition.py) holds what the
English site holds: every page and exercise file translated, the same links, anchors, dates and
exercise structure, the Spanish reading level, the questionnaire's honest claims, the help services
checked like the English ones, and the pages naming the buttons the package shows in Spanish.

The Spanish twins of the English content tests, where those look for English words. No build is
needed (the built pages are checked in test_spanish_pages.py).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from kit.edition import DOCS, english_sources, front, language_settings, read, said, spanish_of, translated

from exercises.core import questionnaire
from exercises.readability import FORMULAS, plain_text

PAGES = english_sources(".md")
EXERCISES = english_sources(".yml")
STEPS = [p for p in PAGES if p.parent.name == "steps"]
ES = FORMULAS["es"]


def _ids(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def links(text: str) -> list[str]:
    """Every Markdown link's target that stays on the site (pages, anchors), in order."""
    return [t for t in re.findall(r"\]\(([^)\s]+)\)", text) if not re.match(r"[a-z]+:", t)]


def test_every_page_and_exercise_file_has_its_spanish_twin() -> None:
    assert len(PAGES) >= 19 and len(EXERCISES) >= 9
    assert [_ids(p) for p in PAGES + EXERCISES if not spanish_of(p).is_file()] == []
    # And no Spanish file without an English one (a page only in Spanish would be missing in English).
    orphans = [p for p in DOCS.rglob("*.es.*") if not p.with_name(p.name.replace(".es.", ".")).is_file()]
    assert orphans == []


@pytest.mark.parametrize("page", PAGES, ids=_ids)
def test_each_spanish_page_reads_plainly_by_the_spanish_formula(page: Path) -> None:
    # Szigriszt-Pazos on the INFLESZ scale, the formula the build uses for Spanish (higher is easier).
    text = plain_text(read(spanish_of(page)))
    if page.name == "about.md":  # as in English, the list of references is not the page's prose
        text = text.split("Referencias.", 1)[0]
    value = ES.score(text)
    assert not ES.too_hard(value), f"{_ids(spanish_of(page))} {ES.said(value)}"


@pytest.mark.parametrize("page", PAGES, ids=_ids)
def test_each_spanish_page_keeps_the_english_dates_template_links_and_exercises(page: Path) -> None:
    english, spanish = read(page), read(spanish_of(page))
    meta_en, meta_es = front(english), front(spanish)
    assert list(meta_es) == list(meta_en)
    for key in meta_en:
        if key == "description":
            assert meta_es[key].strip() and meta_es[key] != meta_en[key]
        else:  # last_reviewed, template, services_checked: the same facts in both languages
            assert meta_es[key] == meta_en[key], key
    # The same pages and anchors, in the same order (the anchors the English ids, kept by attr_list).
    assert links(spanish) == links(english)
    exercises = re.compile(r"^\[\[exercise:.*\]\]$", re.M)
    assert exercises.findall(spanish) == exercises.findall(english)
    body = re.sub(r"\A---\n.*?\n---\n", "", spanish, flags=re.DOTALL)
    assert len(re.findall(r"^# \S", body, re.M)) == 1


def _walk(en: Any, es: Any, path: str, problems: list[str], reader: bool = False,
          feedback: bool = False) -> None:
    """Where the Spanish definition ES differs from the English EN other than in reader-facing text
    (under feedback:, only the words a title is made with, `about`: the rest names fields)."""
    if isinstance(en, dict):
        if not isinstance(es, dict) or list(en) != list(es):
            problems.append(f"{path}: keys differ")
            return
        for key in en:
            inside = feedback or key == "feedback"
            words = key == "about" if inside else key in READER_TEXT
            _walk(en[key], es[key], f"{path}.{key}", problems, words, inside)
    elif isinstance(en, list):
        if not isinstance(es, list) or len(en) != len(es):
            problems.append(f"{path}: a list of another length")
            return
        for n, (a, b) in enumerate(zip(en, es, strict=True)):
            _walk(a, b, f"{path}[{n}]", problems, reader, feedback)
    elif reader and isinstance(en, str):
        if not isinstance(es, str) or not es.strip():
            problems.append(f"{path}: empty")
        elif es == en and re.search(r"[A-Za-z]{3}", en) and not re.fullmatch(r"[\d-]+", en):
            problems.append(f"{path}: still in English: {en!r}")
    elif en != es:
        problems.append(f"{path}: {en!r} became {es!r}")


# The keys whose values a reader reads; everything else (ids, types, numbers, keys, lessons, feedback
# checks and their fields) must stay the English file's.
READER_TEXT = {"title", "intro", "text", "label", "hint", "low_label", "high_label", "options", "name",
               "description", "labels", "x_low", "x_high", "y_low", "y_high", "row_label", "add_label",
               "emotion_suggestions"}


@pytest.mark.parametrize("definition", EXERCISES, ids=_ids)
def test_each_spanish_exercise_file_is_the_english_one_in_other_words(definition: Path) -> None:
    english = yaml.safe_load(read(definition))
    spanish = yaml.safe_load(read(spanish_of(definition)))
    assert spanish["id"] == english["id"]  # one journal across both languages
    problems: list[str] = []
    _walk(english, spanish, definition.name, problems)
    assert problems == []


# ---- The questionnaire


@pytest.fixture(scope="module")
def attachment() -> questionnaire.Questionnaire:
    return questionnaire.parse(yaml.safe_load(read(spanish_of(DOCS / "_exercises" / "attachment.yml"))))


_NUMBERS = {"veinte": 20, "treinta": 30, "cuarenta": 40}
_STATED = re.compile(r"\b(\d+|veinte|treinta|cuarenta)\s+(?:frases|preguntas)\b", re.IGNORECASE)


@pytest.mark.parametrize("page", ["index.md", "questionnaire.md"])
def test_the_page_states_the_questionnaires_item_count_in_spanish(
        page: str, attachment: questionnaire.Questionnaire) -> None:
    stated = [int(m) if m.isdigit() else _NUMBERS[m.lower()]
              for m in _STATED.findall(read(spanish_of(DOCS / page)))]
    assert stated and set(stated) == {len(attachment.items)}, stated


def test_the_spanish_questionnaire_says_it_is_a_reflection_not_a_diagnosis_nor_a_validated_scale() -> None:
    text = " ".join(read(spanish_of(DOCS / "questionnaire.md")).split())
    assert "no es un diagnóstico" in text
    assert "No son una escala publicada ni validada" in text
    assert "(relationship-safety.md)" in text and "(when-to-get-help.md)" in text


def test_every_spanish_item_is_one_short_sentence(attachment: questionnaire.Questionnaire) -> None:
    for item in attachment.items:
        assert len(re.findall(r"[.!?](?:\s|$)", item.text)) == 1, item.id
        assert len(item.text.split()) <= 20, item.id


def test_the_more_worry_readings_point_to_safety_without_saying_often(
        attachment: questionnaire.Questionnaire) -> None:
    more_worry = [r for r in attachment.regions if r.where["anxiety"][0] >= attachment.scale.midpoint]
    assert len(more_worry) >= 2
    for region in more_worry:
        text = " ".join(region.text.split())
        assert "](relationship-safety.md)" in text and "no es un estilo de apego" in text, region.id
        # The readings start at the scale's middle, where "often" would not be true.
        assert not re.search(r"\b(a menudo|muchas veces|suele|sueles)\b", text, re.I), region.id
    for region in attachment.regions:
        assert not re.search(r"\beres una? (persona )?(ansios|evitativ)", region.text, re.I), region.id


# ---- The steps


@pytest.mark.parametrize("step", STEPS, ids=_ids)
def test_each_spanish_step_ends_with_questions_the_plan_and_when_to_get_more_help(step: Path) -> None:
    text = read(spanish_of(step))
    questions = re.search(r"^## Preguntas para reflexionar\n\n((?:- ¿.+\?\n)+)", text, re.M)
    assert questions and len(questions.group(1).splitlines()) >= 2
    assert re.search(r'^!!!\s+\w+\s+"Prueba esto[^"]*"\s*$\n(?:[ \t]*\n)*(?: {4})\S', text, re.M)
    end = text[text.index("## Para recordar"):]
    assert "(../journey.md#your-steady-plan)" in end
    box = re.search(r'^!!! \w+ "Cuándo buscar más ayuda"\n((?: {4}.*\n|\n)+)', end, re.M)
    assert box, "the box 'Cuándo buscar más ayuda' after 'Para recordar'"
    words = " ".join(box.group(1).split())
    for criterion in ("dos semanas", "sueño", "trabajo", "amistades", "hacerte daño", "médico", "terapeuta"):
        assert criterion in words, criterion
    assert "(../when-to-get-help.md)" in words and "(../get-help.md)" in words


def test_the_spanish_steady_plan_keeps_its_heading_and_anchor() -> None:
    journey = read(spanish_of(DOCS / "journey.md"))
    assert "## Tu plan de calma {#your-steady-plan}" in journey and "[[exercise: steady-plan]]" in journey
    assert "(journey.md#your-steady-plan)" in read(spanish_of(DOCS / "get-help.md"))


# ---- Safety


def test_the_spanish_safety_page_names_control_danger_and_the_way_out() -> None:
    text = " ".join(read(spanish_of(DOCS / "relationship-safety.md")).split())
    for words in ("no es una trampa del pensamiento", "No se recomienda la terapia de pareja",
                  "presiona Esc dos veces", "Evaluación de Peligro (Danger Assessment)", "(get-help.md)"):
        assert words in text, words
    # It names the button by the words the package shows a Spanish reader.
    assert f'"{said("leave.button")}"' in text
    assert "template: relationship-safety.html" in text


def test_no_spanish_lesson_tells_every_reader_they_are_safe() -> None:
    for page in PAGES:
        assert not re.search(r"\bEstoy a salvo ahora\b", read(spanish_of(page)), re.I), _ids(page)


# ---- Privacy: the buttons it names are the ones a Spanish reader sees


def test_the_spanish_privacy_page_names_the_key_prefix_the_journal_and_the_buttons() -> None:
    text = " ".join(read(spanish_of(DOCS / "privacy.md")).split())
    assert "`haa:`" in text and "(journal.md)" in text
    assert f"**{said('leave.button')}**" in text
    for english in ("Save on this device", "Delete everything saved on this device"):
        assert f"**{english}**" in " ".join(read(DOCS / "privacy.md").split())
    for spanish in ("Guardar en este dispositivo", "Borrar todo lo guardado en este dispositivo"):
        assert f"**{spanish}**" in text, spanish


@pytest.mark.parametrize(("key", "words"), [
    ("leave.button", "Salir rápido"),
])
def test_the_catalog_shows_the_words_the_spanish_pages_name(key: str, words: str) -> None:
    # The pages name the package's buttons by these words; the Spanish catalog must use the same.
    if not translated(key):
        pytest.skip(f"the Spanish catalog has no {key} yet")
    assert said(key) == words


# ---- Help services for Spanish-speaking readers

LISTS = ("crisis", "relationship_safety")
# Services whose own page could not be opened in the review of 2026-12-07 (the facts were compared
# with a federal agency's and a state's pages, as for the English site's entry).
NOT_ON_ITS_OWN_PAGE = {"National Domestic Violence Hotline, en español (Estados Unidos)"}


def _services() -> list[tuple[str, dict[str, Any]]]:
    extra = language_settings()["extra"]
    return [(where, service) for where in LISTS for service in extra[where]["resources"]]


@pytest.mark.parametrize(("where", "service"), _services(),
                         ids=lambda v: v if isinstance(v, str) else v["name"])
def test_each_spanish_service_is_checked_and_dials_what_it_shows(where: str, service: dict[str, Any]) -> None:
    sources = service.get("source")
    sources = [sources] if isinstance(sources, str) else sources
    assert sources and all(re.match(r"https?://[^\s/]+\.[a-z]+", s) for s in sources)
    assert isinstance(service.get("checked"), dt.date) and service["checked"] <= dt.date.today()
    assert isinstance(service.get("own_page"), bool)
    assert service["own_page"] or service["name"] in NOT_ON_ITS_OWN_PAGE, service["name"]
    shown = re.sub(r"\D", "", " ".join(service["how"].split()))
    for button in [service, *service.get("also", [])]:
        if button["href"].startswith(("tel:", "sms:")):
            number = re.match(r"(tel|sms):(\d+)", button["href"])
            assert number and re.sub(r"\D", "", button["action"]) == number.group(2), button
            assert number.group(2) in shown, button


def test_spanish_readers_get_the_us_spanish_lines_mexico_and_a_pointer_for_everywhere_else() -> None:
    extra = language_settings()["extra"]
    crisis = {s["name"]: s for s in extra["crisis"]["resources"]}
    safety = {s["name"]: s for s in extra["relationship_safety"]["resources"]}
    lifeline = crisis["988 Suicide & Crisis Lifeline, en español (Estados Unidos)"]
    assert "marca 2" in lifeline["how"] and "sms:988?&body=AYUDA" in [b["href"] for b in lifeline["also"]]
    assert any("México" in name for name in crisis) and any("México" in name for name in safety)
    assert "tel:18007997233" in [s["href"] for s in safety.values()]
    for services in (crisis, safety):
        assert next(reversed(services.values()))["href"] == "https://findahelpline.com"
    # Spanish and numbers a reader in Spain or Mexico dials in danger.
    for where in LISTS:
        assert "911" in extra[where]["emergency"] and "112" in extra[where]["emergency"]
