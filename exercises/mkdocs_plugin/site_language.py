"""The languages a site is built in, and the message files the plugin writes for each.

The site's language is Material's ``theme.language``. A site built in several languages with
mkdocs-static-i18n runs one build per language on the same settings, all writing into one folder: the
runtime's files (``assets/exercises/``) are shared, so every build writes the message files of every
language (identical each time), and a page loads the ones named by its ``<html lang>``:

- ``assets/exercises/messages/<lang>.js``: the browser's messages (``exercises/assets/i18n.js``);
- ``assets/exercises/messages/<lang>.json``: the core's, which the engine's worker activates at boot.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from jinja2 import Environment, TemplateError
from mkdocs.config.defaults import MkDocsConfig

from ..i18n.catalogs import SiteMessages, site_messages

log = logging.getLogger("mkdocs.plugins.exercises")

MESSAGES_DIR = "messages"  # inside the runtime's folder


@dataclass(frozen=True)
class SiteLanguage:
    code: str  # as theme.language says it ("es", "pt-BR")
    page_lang: str  # as Material writes it in <html lang> ("pt" for pt-BR): the name of its files
    direction: str  # as Material lays the page out: "ltr" or "rtl"


def english_name(code: str) -> str:
    try:
        return f"{Locale.parse(code.replace('-', '_')).english_name} ({code})"
    except (UnknownLocaleError, ValueError):
        return code


def build_languages(config: MkDocsConfig) -> list[str]:
    """theme.language, then every other language mkdocs-static-i18n builds (if the site uses it)."""
    codes = [str(config.theme.get("language") or "en")]
    i18n = config.plugins.get("i18n")
    for language in getattr(getattr(i18n, "config", None), "languages", None) or []:
        if getattr(language, "build", False) and language.locale not in codes and language.locale != "null":
            codes.append(language.locale)
    return codes


def describe(env: Environment, code: str, direction: str | None = None) -> SiteLanguage:
    """What Material writes for a page in CODE: its <html lang> and its direction (DIRECTION, when the
    theme sets one, wins), read from Material's own table of languages."""
    page_lang, said = code, ""
    try:
        words = env.get_template(f"partials/languages/{code}.html").module
        page_lang = str(words.t("language")).strip() or code  # type: ignore[attr-defined]
        said = str(words.t("direction")).strip()  # type: ignore[attr-defined]
    except (TemplateError, AttributeError, KeyError):
        pass  # a language Material does not have: it falls back to English, and so does its lang
    return SiteLanguage(code, page_lang, direction or said or "ltr")


def messages_for(config: MkDocsConfig, options: Any, language: SiteLanguage) -> SiteMessages:
    """LANGUAGE's messages: the package's, the site's translations/<language>.po, then the settings."""
    root = Path(config.config_file_path).parent
    folder = root / options.translations
    names = dict.fromkeys((language.code, language.code.replace("-", "_")))
    site_po = next((folder / f"{name}.po" for name in names if (folder / f"{name}.po").is_file()), None)
    settings = (options.messages or {}).get(language.code) or {}
    return site_messages(language.code, direction=language.direction, site_po=site_po, settings=settings,
                         shown_po=f"{options.translations}/{site_po.name}" if site_po else "",
                         shown_settings=f"{Path(config.config_file_path).name}: messages.{language.code}")


def message_files(result: SiteMessages, language: SiteLanguage, site_name: str,
                  kind_titles: list[str]) -> dict[str, str]:
    """The files a page in LANGUAGE loads, by path inside the runtime's folder. The browser's also
    carry what config.js cannot, as it serves every language of the site: the site's name in this
    language (an export names its site) and the kinds' names (KIND_TITLES, message keys)."""
    data = result.data("browser")
    data["site_name"] = site_name
    data["messages"].update({key: words for key in kind_titles
                             if isinstance(words := result.words.get(key), str)})
    browser = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    core = json.dumps(result.data("core"), ensure_ascii=False, separators=(",", ":"))
    return {f"{MESSAGES_DIR}/{language.page_lang}.js": f"export default {browser};\n",
            f"{MESSAGES_DIR}/{language.page_lang}.json": core + "\n"}


def language_folder(config: MkDocsConfig) -> str:
    """Where mkdocs-static-i18n puts this build's language ("es/"), or "" for the default language
    (and for a site in one language)."""
    i18n = config.plugins.get("i18n")
    current, default = getattr(i18n, "current_language", None), getattr(i18n, "default_language", None)
    if i18n is None or current is None or current == default:
        return ""
    link = str(getattr(i18n.current_language_config, "link", "") or f"/{current}/").strip("/")
    return f"{link}/" if link else ""


NOT_FOUND = "404.html"


def keep_one_not_found_page(config: MkDocsConfig, held: set[str]) -> None:
    """With mkdocs-static-i18n, only the default language's build writes 404.html: every language's
    build writes into the same folder, and the page a host serves for a missing address is the one at
    the root, which the last language built would otherwise replace (in Spanish, for an English
    reader). HELD keeps the name while another language builds, to put it back for the next build
    (`mkdocs serve` builds again)."""
    templates = config.theme.static_templates
    if language_folder(config):
        if NOT_FOUND in templates:
            templates.discard(NOT_FOUND)
            held.add(NOT_FOUND)
    elif NOT_FOUND in held:
        templates.add(NOT_FOUND)
        held.discard(NOT_FOUND)


# Material's language selector: <a href="/es/" hreflang="es" class="md-select__link">.
_SELECTOR_LINK = re.compile(r'<a href="([^"]*)" hreflang="([^"]*)" class="md-select__link">')


def same_page_links(output: str, page_url: str, config: MkDocsConfig) -> str:
    """With mkdocs-static-i18n, the language selector's links open this page in the other language
    ("/es/" becomes "/es/questionnaire/"), in a fresh page load (target="_self").

    Material finds the same page itself only when no language lives at the site's root (its lookup
    takes the root's sitemap for every language's), and its instant navigation would otherwise swap
    the other language's page into this one, whose modules keep this language's messages. A link
    Material sees with a target is left to the browser. Every page exists in every language (the
    plugin falls back to the default language's page where there is no translation)."""
    if config.plugins.get("i18n") is None:
        return output
    page_url = page_url.removeprefix(language_folder(config))  # "es/questionnaire/" in the es build

    def link(match: re.Match[str]) -> str:
        home, lang = match.group(1), match.group(2)
        if "://" in home or not home.endswith("/"):
            return match.group(0)  # another site, or a link the author wrote to a file
        return f'<a href="{home}{page_url}" hreflang="{lang}" target="_self" class="md-select__link">'

    return _SELECTOR_LINK.sub(link, output)


def copy_sitemaps(config: MkDocsConfig) -> None:
    """With mkdocs-static-i18n, a copy of the site's sitemap in each other language's folder
    (es/sitemap.xml): Material asks for the sitemap under every language's address on every page,
    and without it that request fails on every page."""
    i18n = config.plugins.get("i18n")
    site = Path(config.site_dir)
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        if not (site / name).is_file():
            continue
        for language in getattr(getattr(i18n, "config", None), "languages", None) or []:
            link = str(getattr(language, "link", "") or "").strip("/")
            if getattr(language, "build", False) and not getattr(language, "default", False) and link:
                (site / link).mkdir(parents=True, exist_ok=True)
                shutil.copyfile(site / name, site / link / name)


def report(result: SiteMessages, language: SiteLanguage) -> list[str]:
    """The build's warnings for LANGUAGE: translations that could not be used, the messages shown in
    English (with how many), and a language the concern check cannot read."""
    from ..i18n.catalogs import summary_of_missing

    said = list(result.problems)
    missing = summary_of_missing(result, english_name(language.code))
    if missing:
        said.append(missing)
    unread = no_phrase_table(language.code)
    if unread:
        said.append(unread)
    return said


def no_phrase_table(code: str) -> str:
    """The warning for a site language the on-device concern check has no phrase table for, or ""."""
    from ..core import safety
    from ..guide_site import reference

    if safety.has_table(code):
        return ""
    names = [english_name(c) for c in safety.languages()]
    readable = " and ".join((", ".join(names[:-1]), names[-1])) if len(names) > 1 else names[0]
    return (f"the on-device check that offers help when a reader's words speak of suicide, self-harm, "
            f"harming someone or a partner who hurts or controls them has phrase tables for {readable} "
            f"only, not for {english_name(code)}: it will not notice such words written in that "
            f"language, so the offer of help inside the exercises may not come. The help bar and the "
            f"help pages still appear on every page, and the exercises still offer help for what the "
            f"check reads. Say on your help page, in your readers' words, where help is; see "
            f"{reference('languages', 'What stays in English for now')}.")
