"""The package's catalogs as translators and authors meet them: the .pot holds every message the code
asks for, a catalog declared complete has every one, and a translation that could mislead a reader
(stale English, a placeholder the English does not have, a key nobody asks for) is never shown."""

from __future__ import annotations

import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.catalog import Catalog as PoCatalog
from babel.plural import to_gettext, to_python

from exercises.core import messages
from exercises.i18n import catalogs, extract
from exercises.i18n.languages import LANGUAGES, complete_languages

ROOT = Path(__file__).resolve().parents[3]
I18N_JS = ROOT / "exercises" / "assets" / "i18n.js"


def test_the_pot_holds_exactly_the_messages_the_code_asks_for() -> None:
    differences = extract.template_differences()
    assert not differences, ("exercises/locale/exercises.pot is not current: run 'python -m exercises.i18n "
                             "extract' (and 'update'):\n" + "\n".join(differences))


def test_every_message_has_a_note_for_translators_and_names_its_placeholders() -> None:
    for key, source in catalogs.package_messages().items():
        assert source.comment, f"{key} has no note for translators"
        for name in messages.placeholders(source.english + (source.plural or "")):
            assert "{" + name + "}" in source.comment or name == "count", (
                f"{key}: the note does not say what {{{name}}} is")


def test_every_shipped_catalog_is_up_to_date_with_the_pot() -> None:
    keys = set(catalogs.package_messages())
    for language in extract.shipped_languages():
        path = catalogs.package_po(language)
        assert path is not None
        po = catalogs.read_po_file(path)
        assert {m.context for m in po if m.id} == keys, f"{language}: run 'python -m exercises.i18n update'"
        result = catalogs.site_messages(language)
        assert result.problems == [], f"{language}: {result.problems}"


@pytest.mark.parametrize("language", complete_languages() or ["(none declared yet)"])
def test_a_language_declared_complete_has_every_message(language: str) -> None:
    if language not in LANGUAGES:
        pytest.skip("no language is declared complete yet")
    result = catalogs.site_messages(language)
    assert result.missing == [], f"{language} is declared complete but lacks {result.missing}"


def test_the_completeness_check_finds_a_missing_message(tmp_path: Path) -> None:
    # What the test above relies on: a catalog with every message but one reports that one.
    sources = catalogs.package_messages()
    po = extract.updated(extract.new_catalog("es"), catalogs.read_po_file(catalogs.POT))
    left_out = next(iter(sources))
    for message in po:
        if message.id and message.context != left_out:
            message.string = ("x {count}",) * 2 if not isinstance(message.id, str) else "x"
    path = tmp_path / "es.po"
    path.write_text(extract.po_text(po), encoding="utf-8")
    # Read as a language the package ships no catalog for, so that only this file supplies words
    # (the package's Spanish would fill the gap once it is complete).
    assert catalogs.package_po("eo") is None
    result = catalogs.site_messages("eo", site_po=path)
    assert left_out in result.missing and len(result.missing) == 1, result.missing[:5]


def _po(tmp_path: Path, body: str, plural_forms: str = "nplurals=2; plural=(n != 1);") -> Path:
    path = tmp_path / "site.po"
    path.write_text(f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Plural-Forms: {plural_forms}\\n"\n\n' + textwrap.dedent(body), encoding="utf-8")
    return path


def test_an_authors_po_overrides_the_package_and_the_setting_overrides_both(tmp_path: Path) -> None:
    path = _po(tmp_path, '''
        msgctxt "help_bar.lead"
        msgid "Struggling right now?"
        msgstr "¿Te sientes mal?"

        msgctxt "help_bar.get_help"
        msgid "Get help now"
        msgstr "Pide ayuda"
    ''')
    result = catalogs.site_messages("es", site_po=path, settings={"help_bar.get_help": "Ayuda ya"})
    catalog = result.catalog()
    assert catalog.words("help_bar.lead", "") == "¿Te sientes mal?"
    assert catalog.words("help_bar.get_help", "") == "Ayuda ya"
    # The package's own Spanish where the site says nothing.
    assert catalog.words("questionnaire.submit",
                         "") == catalogs.site_messages("es").words["questionnaire.submit"]
    assert "help_bar.lead" not in result.missing and result.problems == []


def test_english_sites_can_reword_a_message_too() -> None:
    result = catalogs.site_messages("en", settings={"help_bar.lead": "Need someone now?"})
    assert result.missing == [] and result.catalog().words("help_bar.lead", "") == "Need someone now?"


def test_a_translation_that_could_mislead_is_not_shown_and_the_build_says_why(tmp_path: Path) -> None:
    path = _po(tmp_path, '''
        msgctxt "help_bar.lead"
        msgid "Struggling right now??"
        msgstr "traducción de un inglés viejo"

        #, fuzzy
        msgctxt "help_bar.get_help"
        msgid "Get help now"
        msgstr "adivinada"

        msgctxt "questionnaire.unanswered"
        msgid "{count} question still has no answer. {allowance}"
        msgid_plural "{count} questions still have no answer. {allowance}"
        msgstr[0] "Falta {count}. {allowance} {secret}"
        msgstr[1] "Faltan {count}. {allowance}"

        msgctxt "help_bar.typo"
        msgid "Whatever"
        msgstr "Lo que sea"
    ''')
    result = catalogs.site_messages("es", site_po=path, shown_po="translations/es.po")
    said = "\n".join(result.problems)
    assert "translations/es.po: the English of 'help_bar.lead' has changed" in said
    assert "'questionnaire.unanswered' is shown in English: it has {secret}" in said
    assert "'help_bar.typo' is not a message of the package" in said
    assert "help_bar.get_help" not in said  # fuzzy: waiting for a translator, not a mistake
    words = result.catalog()
    assert words.words("help_bar.lead", "E") != "traducción de un inglés viejo"
    assert words.words("help_bar.get_help", "E") != "adivinada"
    assert "{secret}" not in words.plural_words("questionnaire.unanswered", "one", "other", 1)


def test_a_setting_with_the_wrong_shape_is_refused() -> None:
    result = catalogs.site_messages("es", settings={
        "questionnaire.unanswered": "one form for a plural message", "help_bar.lead": 7,
        "not.a.key": "x"}, shown_settings="mkdocs.yml: messages.es")
    said = "\n".join(result.problems)
    assert ("mkdocs.yml: messages.es: 'questionnaire.unanswered' is not used: the message has plural "
            "forms") in said
    assert "'help_bar.lead' is not used: write the words as text" in said
    assert "'not.a.key' is not a message of the package" in said


def test_the_build_warns_with_how_many_messages_are_in_english_and_which() -> None:
    # A language the package ships no catalog for (a shipped one may be complete).
    result = catalogs.site_messages("pl")
    said = catalogs.summary_of_missing(result, "Polish (pl)")
    total = len(catalogs.package_messages())
    assert said.startswith(f"{total} of {total} messages have no Polish (pl) translation")
    assert result.missing[0] in said and "python -m exercises.i18n missing pl" in said
    assert catalogs.summary_of_missing(catalogs.site_messages("en"), "English") == ""


def test_a_language_without_a_catalog_falls_back_whole_with_its_own_numbers_and_plurals() -> None:
    result = catalogs.site_messages("pl")
    assert len(result.missing) == len(result.sources)
    data = result.data()
    assert data["numbers"]["decimal"] == ","
    assert data["months"][2] == Locale.parse("pl").months["format"]["wide"][3]
    assert result.forms == 4


def test_each_runtime_gets_only_the_messages_it_asks_for() -> None:
    result = catalogs.site_messages("es")
    browser, core = result.data("browser")["messages"], result.data("core")["messages"]
    assert "help_bar.lead" not in browser and "help_bar.lead" not in core  # the templates' only
    assert "status.scored.idle" in browser and "questionnaire.unanswered" in core
    assert result.data("browser")["language"] == "es" and result.data()["direction"] == "ltr"
    assert catalogs.site_messages("ar").direction == "rtl"


@pytest.mark.parametrize("language", ["en", "es", "de", "fr", "ar", "he", "ru", "pl", "cs", "ga", "cy", "lt",
                                      "sl", "ja", "pt_BR", "is", "mk", "br"])
def test_babels_cldr_plural_rules_parse_and_agree_with_babel(language: str) -> None:
    # The rule of a language with no catalog comes from Babel (CLDR): our parser reads it and picks
    # the same form as Babel does for every count.
    locale = Locale.parse(language)
    forms, tree = catalogs.parse_plural_forms(to_gettext(locale.plural_form))
    categories = sorted(locale.plural_form.tags | {"other"},
                        key=["zero", "one", "two", "few", "many", "other"].index)
    assert forms == len(categories)
    babel_rule = to_python(locale.plural_form)
    for n in range(0, 1200):
        assert categories[messages.plural_index(tree, n)] == babel_rule(n), (language, n)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_shipped_languages_rule_is_gettexts_usual_one(language: str) -> None:
    forms, tree = catalogs.parse_plural_forms(LANGUAGES[language].plural_forms)
    assert forms == catalogs.site_messages(language).forms
    for n in range(0, 300):
        assert 0 <= messages.plural_index(tree, n) < forms


def test_extraction_refuses_a_key_with_two_englishes_and_a_message_without_a_note(tmp_path: Path) -> None:
    package = tmp_path / "exercises" / "core"
    package.mkdir(parents=True)
    (package / "one.py").write_text(
        "# i18n: A button.\nA = t('same.key', 'Save')\n# i18n: Another.\nB = t('same.key', 'Keep')\n"
        "C = t('no.note', 'Words')\n")
    with pytest.raises(extract.ExtractionError) as caught:
        extract.extract(tmp_path)
    said = str(caught.value)
    assert "the key 'same.key' has other English here" in said
    assert "'no.note' has no note for translators" in said


def test_extraction_reads_python_javascript_and_templates(tmp_path: Path) -> None:
    for folder in ("core", "assets", "theme"):
        (tmp_path / "exercises" / folder).mkdir(parents=True)
    (tmp_path / "exercises/core/a.py").write_text(
        "# i18n: In Python. {count} is a number.\nX = tn('py.key', '{count} thing', '{count} things', 2)\n")
    (tmp_path / "exercises/assets/a.js").write_text(
        '// i18n: In JavaScript.\nconst x = t("js.key", "Two " + "parts", { n });\n')
    (tmp_path / "exercises/theme/a.html").write_text(
        '{% extends "base.html" %}{% block x %}\n{# i18n: In a template. #}\n{{ t("html.key", "Words") }}\n'
        '{% endblock %}\n')
    found = extract.extract(tmp_path)
    assert found["py.key"].plural == "{count} things" and found["py.key"].comments == (
        "In Python. {count} is a number.",)
    assert found["js.key"].english == "Two parts" and found["js.key"].files == ("exercises/assets/a.js",)
    assert found["html.key"].comments == ("In a template.",)


def test_a_changed_english_keeps_its_translation_marked_fuzzy_for_a_translator() -> None:
    pot = PoCatalog()
    pot.add("Save now", context="k", auto_comments=["A button."])
    old = extract.new_catalog("es")
    old.add("Save", "Guardar", context="k")
    new = extract.updated(old, pot)
    message = new.get("Save now", context="k")
    assert message is not None and message.fuzzy and message.string == "Guardar"
    assert message.previous_id == ["Save"]


def test_the_browsers_message_layer_agrees_with_the_cores(tmp_path: Path) -> None:
    # i18n.js evaluates the same parsed rules, fills the same placeholders and writes the same numbers.
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node is not installed")
    cases = {"rules": {name: parse_plural(rule) for name, (rule, _) in RULES_FOR_JS.items()},
             "counts": list(range(0, 130)) + [1000000], "fills": FILLS, "numbers": NUMBERS}
    copy = tmp_path / "i18n.js"
    shutil.copy(I18N_JS, copy)
    script = tmp_path / "run.mjs"
    script.write_text(textwrap.dedent("""
        globalThis.document = { documentElement: { lang: "zz" } };
        const { pluralIndex, fill, formatNumber } = await import("./i18n.js");
        const cases = JSON.parse(process.argv[2]);
        const rules = Object.fromEntries(Object.entries(cases.rules).map(
          ([name, tree]) => [name, cases.counts.map((n) => pluralIndex(tree, n))]));
        const fills = cases.fills.map(([text, params]) => fill(text, params));
        const numbers = cases.numbers.map((n) => formatNumber(n));
        console.log(JSON.stringify({ rules, fills, numbers }));
    """))
    run = subprocess.run([node, str(script), json.dumps(cases)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    said = json.loads(run.stdout)
    for name, tree in cases["rules"].items():
        assert said["rules"][name] == [messages.plural_index(tree, n) for n in cases["counts"]], name
    assert said["fills"] == [messages.fill(text, params) for text, params in FILLS]
    assert said["numbers"] == [messages.number(n) for n in NUMBERS]


def parse_plural(rule: str) -> messages.Plural:
    return messages.parse_plural(rule)


RULES_FOR_JS = {language: (LANGUAGES[language].plural_forms.split("plural=")[1].rstrip(";"), None)
                for language in LANGUAGES}
RULES_FOR_JS["ru"] = ("(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
                      None)
RULES_FOR_JS["cldr-es"] = (to_gettext(Locale.parse("es").plural_form).split("plural=")[1].rstrip(";"), None)
FILLS = [("{a} and {b}", {"a": "x", "b": 2}), ("{{a}} {a} {missing} {0} {a.b}", {"a": 1.5}),
         ("{count} of {total}", {"count": 20000, "total": 3})]
NUMBERS = ["4.3", 20000, 1000, 999, "-0.5", 3]
