"""The thin MkDocs plugin: configuration, assets, packing the core. No rendering of its own."""

from __future__ import annotations

import dataclasses
import fnmatch
import json
import logging
from pathlib import Path
from typing import Any, NoReturn

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from .. import markdown_ext, readability, requirement
from ..core import messages, protocol
from ..core.errors import Problem
from ..core.fields import closest
from ..guide_site import reference
from ..i18n import jinja
from ..i18n.catalogs import SiteMessages
from ..markdown_ext import ExercisesExtension
from ..render import offline_html
from ..render.html import opens_with_exercise
from ..render.leave_page import leave_page
from ..render.parts import CRISIS_CLASS, HELP_PAGE, SAFETY_PAGE
from ..wheel import TABLE_PREFIX, build_core, table_language
from . import (
    csp,
    device_caches,
    foreign,
    offline,
    placeholders,
    pyodide_dist,
    review,
    site_checks,
    site_identity,
    site_language,
    stdlib,
)
from .config import ExercisesConfig
from .runtime_files import (
    ASSETS_DIR,
    GENERATED,
    kind_title_keys,
    kinds_config,
    protocol_module,
    stylesheet,
    worker_only_modules,
    worker_source,
)
from .service_worker import SW_URI, Entry, content_digest
from .service_worker import render as render_service_worker
from .translated_definitions import TranslatedLibrary

log = logging.getLogger("mkdocs.plugins.exercises")

RUNTIME_URI = "assets/exercises"
# The plugin's templates (the help bar on every page, the help pages' lists of services, the 404
# page) come with the package, so a site keeps them without copying anything into its custom_dir.
THEME_DIR = Path(__file__).resolve().parent.parent / "theme"
HELP_BAR_CLASS = "crisis-bar"  # in THEME_DIR/exercises/main.html
EVERY_PAGE_CSS = "every-page.css"  # the help bar's and the services' styles, focus, reduced motion
EVERY_PAGE_JS = "every-page.js"  # the theme's fixes that need the page (a name for search, wide tables)
# The parts of the npm package a browser needs to boot Python; nothing else is published. Its
# pyodide-lock.json lists 357 packages the site does not serve: the engine gets the lock's "info"
# alone, inside config.js (one request and 27 KB fewer).
# The plain page "Leave this page quickly" opens when the author has none (exercises/assets/pages/).
LEAVE_PAGE = "tomato-soup.html"
# The privacy page, where a reader chooses to keep the site for reading offline (so does the journal).
PRIVACY_PAGE = "privacy.md"
PYODIDE_NOTICE = "NOTICE.txt"  # Pyodide's licence, published beside its files
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
# The rest of the trimmed standard library (and its list of modules): fetched only on a miss.
REST_PREFIX = "python_stdlib_rest-"


class ExercisesPlugin(BasePlugin[ExercisesConfig]):
    #: Set by `mkdocs-exercises check`, which runs this very build into a folder it then deletes:
    #: every check runs as in `mkdocs build`, but the pinned Pyodide is never downloaded for it (when
    #: it is not in the cache yet, the build leaves the runtime's files out).
    checking = False
    #: Templates left out of a build in another language than the default (site_language.py).
    held_templates: set[str]

    def __init__(self) -> None:
        super().__init__()
        self.held_templates = set()

    def load_config(self, options: dict[str, Any], config_file_path: str | None = None
                    ) -> tuple[Any, Any]:
        """MkDocs' checks of this plugin's options, with the closest option named for an unknown one
        (and its line in mkdocs.yml)."""
        errors, warnings = super().load_config(options, config_file_path)
        names = [name for name, _ in ExercisesConfig._schema]
        settings = Path(config_file_path) if config_file_path else None
        return errors, [(key, self._unknown_option(key, message, names, settings))
                        for key, message in warnings]

    @staticmethod
    def _unknown_option(key: str, message: str, names: list[str], settings: Path | None) -> str:
        if not message.startswith("Unrecognised configuration name"):
            return message
        close = closest(key, names)
        guess = f" Did you mean '{close}'?" if close else ""
        where = ""
        if settings is not None and settings.is_file():
            line = site_checks.where(settings, [Problem(site_checks.option_path(settings, key), "", "")])
            found = line[0].split(":", 2)[1] if line and line[0].count(":") >= 2 else ""
            where = f" ({settings.name}:{found})" if found.isdigit() else ""
        listed = reference("site-settings", "The exercises plugin")
        return f"{message}{where}.{guess} The options are listed in {listed}."

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # A site built in several languages (mkdocs-static-i18n) runs on_config once per language on
        # the same settings: every change to them is made once.
        root = Path(config.config_file_path).parent
        self.definitions_dir = Path(config.docs_dir) / self.config.definitions
        if getattr(self, "ext", None) in config.markdown_extensions:
            config.markdown_extensions.remove(self.ext)  # type: ignore[arg-type]
        self.ext = ExercisesExtension(definitions_dir=str(self.definitions_dir))
        self.ext.md_in_html = any("md_in_html" in str(name) for name in config.markdown_extensions)
        config.markdown_extensions.append(self.ext)  # type: ignore[arg-type]
        self._add_theme(config)
        _add_once(config.extra_css, f"{RUNTIME_URI}/exercises.css")
        _add_script_once(config, f"{RUNTIME_URI}/runtime.js")
        self.pyodide_dir = self._pyodide_dir(root)
        self._check_theme(config)
        self.site_id = self._site_id(config)
        self._check_placeholders(config)
        return config

    @staticmethod
    def _check_placeholders(config: MkDocsConfig) -> None:
        """What a new site starts with and must not publish: placeholders in mkdocs.yml, and a
        requirements.txt that installs the package from a folder on this computer."""
        settings = Path(config.config_file_path)
        for line in placeholders.in_settings(settings):
            log.warning(f"exercises: {line}")
        for line in requirement.problems(settings.parent / "requirements.txt"):
            log.warning(f"exercises: {line}")

    def _pyodide_dir(self, root: Path) -> Path | None:
        """The folder of Pyodide's npm package: the pinned release from the user's cache (fetched on
        the first build), or the author's own folder (pyodide_source). None: `check` before the first
        build, which leaves the runtime out rather than download it."""
        if self.config.pyodide_url:
            return Path()  # the site loads Pyodide from elsewhere; nothing is copied
        if not self.config.pyodide_source and self.checking:
            return pyodide_dist.cached()
        if not self.config.pyodide_source:
            try:
                return pyodide_dist.ensure(say=log.info)
            except pyodide_dist.FetchError as err:
                raise PluginError(f"exercises: {err}") from None
        folder = root / self.config.pyodide_source
        if not (folder / "pyodide.mjs").is_file():
            raise PluginError(
                f"exercises: Pyodide was not found in {folder} (pyodide_source in mkdocs.yml). Leave "
                "pyodide_source out to use the Pyodide the plugin downloads and keeps for you, or "
                "name a folder that holds Pyodide's npm package.")
        return folder

    @staticmethod
    def _add_theme(config: MkDocsConfig) -> None:
        """The plugin's templates sit after the site's own custom_dir (which may extend them) and
        before Material's; its page styles come before the site's stylesheets (which may restyle)."""
        dirs = config.theme.dirs
        if str(THEME_DIR) not in dirs:
            dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        _add_once(config.extra_css, f"{RUNTIME_URI}/{EVERY_PAGE_CSS}", at=0)
        _add_script_once(config, f"{RUNTIME_URI}/{EVERY_PAGE_JS}")

    def _check_theme(self, config: MkDocsConfig) -> None:
        settings = Path(config.config_file_path)
        problems = site_checks.theme_problems(config.theme.name, config.theme.get("font"))
        if problems:
            raise PluginError("\n".join(site_checks.report(settings, "the theme", problems)))

    def _site_id(self, config: MkDocsConfig) -> str:
        if self.config.site_id is None:
            return site_identity.derive(config.site_url, config.site_name)
        problem = site_identity.problem(self.config.site_id, ())
        if problem:
            self._stop_for_option(config, "site_id", problem)
        return self.config.site_id

    @staticmethod
    def _stop_for_option(config: MkDocsConfig, option: str, problem: Problem) -> NoReturn:
        """Stop the build for one of the plugin's options, naming its line (mkdocs.yml is read only
        now, when there is something to say)."""
        settings = Path(config.config_file_path)
        placed = dataclasses.replace(problem, path=site_checks.option_path(settings, option))
        raise PluginError("\n".join(site_checks.report(settings, option, [placed])))

    def _check_help(self, config: MkDocsConfig) -> None:
        """extra.crisis and extra.relationship_safety, which the plugin's help pages list: required,
        unless the site says it has none (help_services: false, with a warning on every build). The
        first service of each also gives its buttons to the exercises' offers of help."""
        self.ext.help_buttons = {}
        self.ext.help_services = {}
        settings = Path(config.config_file_path)
        if not self.config.help_services:
            log.warning("exercises: " + site_checks.NO_HELP_SERVICES.format(settings=settings.name))
            return
        report: list[str] = []  # every setting's mistakes at once
        for setting in site_checks.HELP_SETTINGS:
            problems = site_checks.help_problems(config.extra, setting)
            if problems:
                report += site_checks.report(settings, setting.what, problems)
                continue
            resources = config.extra[setting.key]["resources"]
            self.ext.help_buttons[setting.concern] = site_checks.buttons(resources[0])
            self.ext.help_services[setting.concern] = [
                {"name": r["name"], "buttons": site_checks.buttons(r)} for r in resources]
        if report:
            raise PluginError("\n".join(report))

    def on_pre_build(self, config: MkDocsConfig) -> None:
        # After every plugin's on_config: mkdocs-static-i18n sets theme.language in its own, for each
        # language it builds. The site's words are this language's from here on (the forms, the
        # templates, the defaults a definition takes).
        site_language.keep_one_not_found_page(config, self.held_templates)
        # Here, not in on_config: mkdocs-static-i18n gives each language its own extra (its help
        # services) in its on_config, which runs after this plugin's.
        self._check_help(config)
        env = config.theme.get_env()
        self.languages = [site_language.describe(env, code, config.theme.get("direction") if n == 0 else None)
                          for n, code in enumerate(site_language.build_languages(config))]
        self.language = self.languages[0]
        self.messages: dict[str, SiteMessages] = {
            lang.code: site_language.messages_for(config, self.config, lang) for lang in self.languages}
        messages.activate(self.messages[self.language.code].catalog())
        for line in site_language.report(self.messages[self.language.code], self.language):
            log.warning(f"exercises: {line}")
        self._say_readability_formula()
        self.ext.library = TranslatedLibrary(self.definitions_dir, Path(config.config_file_path).parent,
                                             self.language.code)
        errors = self.ext.library.check_all()
        if errors:
            raise PluginError("exercises: fix these exercise definitions:\n" + "\n".join(errors))
        root = Path(config.config_file_path).parent
        for name in self.ext.library.names():
            source = self.ext.library.path_of(name)
            shown = source.relative_to(root).as_posix() if source.is_relative_to(root) else str(source)
            for line in placeholders.in_definition(shown, source.read_text(encoding="utf-8")):
                log.warning(f"exercises: {line}")

    # After mkdocs-static-i18n's (-100), which keeps only this language's pages and cannot handle a file
    # made in memory, as the runtime's are.
    @event_priority(-110)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self._check_images(files, config)
        self._leave_page(files, config)
        self.help_page = files.get_file_from_path(HELP_PAGE) is not None
        # Pages by the path links name them (mkdocs-static-i18n's index.es.md is index.md).
        self.ext.pages = {getattr(f, "norm_src_uri", f.src_uri) for f in files if f.is_documentation_page()}
        missing = self.ext.library.missing_pages(self.ext.pages)
        if missing:
            raise PluginError("exercises: fix these exercise definitions:\n" + "\n".join(missing))
        if self.config.help_services and SAFETY_PAGE not in self.ext.pages:
            log.warning("exercises: " + site_checks.missing_safety_page(
                f"{Path(config.docs_dir).name}/{SAFETY_PAGE}"))
        self.pages_offering_help: list[str] = []
        prefix = self.config.definitions.strip("/") + "/"
        for file in [f for f in files if f.src_uri.startswith(prefix)]:
            files.remove(file)
        not_shipped = {*GENERATED, *worker_only_modules()}
        for asset in sorted(ASSETS_DIR.rglob("*")):
            relative = asset.relative_to(ASSETS_DIR).as_posix()
            if asset.is_file() and asset.suffix == ".css":
                files.append(File.generated(config, f"{RUNTIME_URI}/{relative}", content=stylesheet(asset)))
            elif asset.is_file() and asset.suffix == ".js" and relative not in not_shipped:
                files.append(File.generated(config, f"{RUNTIME_URI}/{relative}", abs_src_path=str(asset)))
        for language in self.languages:
            for uri, text in site_language.message_files(self.messages[language.code], language,
                                                         config.site_name, kind_title_keys()).items():
                files.append(File.generated(config, f"{RUNTIME_URI}/{uri}", content=text))
        files.append(File.generated(config, f"{RUNTIME_URI}/protocol.js", content=protocol_module()))
        # The core's wheel, and beside it the phrase table of each of the site's languages but English
        # (in the wheel): a page's engine fetches its own language's only.
        core = build_core(lang.code for lang in self.languages)
        core_dir = f"core-{core.wheel.digest[:12]}"  # inside the runtime's folder, as config.js names it
        for archive in core.archives():
            files.append(File.generated(config, f"{RUNTIME_URI}/{core_dir}/{archive.filename}",
                                        content=archive.data))
        tables = {lang.page_lang: f"{core_dir}/{core.tables[code].filename}"
                  for lang in self.languages if (code := table_language(lang.code))}
        pyodide_url = self.config.pyodide_url
        stdlib_url = None  # None: Pyodide's own python_stdlib.zip, beside pyodide.mjs
        lock = None  # None: Pyodide's own pyodide-lock.json, beside pyodide.mjs
        rest_urls = None  # the rest of the standard library, fetched on a miss (trimmed library only)
        boot = None  # where the engine keeps its snapshot; none for a Pyodide of unknown version
        if not pyodide_url and self.pyodide_dir is not None:
            version = self._pyodide_version()
            lock = {"info": self._pyodide_lock()["info"], "packages": {}}
            pyodide_url = f"../pyodide/{version}/"
            library = self._trimmed_stdlib(version) if self.config.trim_stdlib else None
            files.append(File.generated(config, f"assets/pyodide/{version}/{PYODIDE_NOTICE}",
                                        content=self._pyodide_notice(version)))
            for name in PYODIDE_FILES:
                if not (library and name == "python_stdlib.zip"):
                    files.append(File.generated(config, f"assets/pyodide/{version}/{name}",
                                                abs_src_path=str(self.pyodide_dir / name)))
            if library:
                # A new name whenever the content changes, so each can be cached for good.
                shipped = f"python_stdlib-{library.shipped.digest[:12]}.zip"
                rest = f"{REST_PREFIX}{library.rest.digest[:12]}"
                for name, content in ((shipped, library.shipped.data), (f"{rest}.zip", library.rest.data),
                                      (f"{rest}.json", library.rest_index())):
                    files.append(File.generated(config, f"assets/pyodide/{version}/{name}", content=content))
                stdlib_url = pyodide_url + shipped
                rest_urls = {"index": pyodide_url + f"{rest}.json", "archive": pyodide_url + f"{rest}.zip"}
            stdlib_digest = (library.shipped.digest if library else
                             content_digest((self.pyodide_dir / "python_stdlib.zip").read_bytes()))
            identity = device_caches.runtime_identity(version, stdlib_digest, core.digest)
            boot = {"name": device_caches.boot_cache(self.site_id, identity),
                    "prefix": device_caches.boot_prefix(self.site_id)}
        runtime_config = {"pyodide": pyodide_url, "stdlib": stdlib_url, "rest": rest_urls, "lock": lock,
                          "boot": boot, "caches": {"all": device_caches.prefix(self.site_id),
                                                   "runtime": device_caches.runtime_prefix(self.site_id),
                                                   "pages": device_caches.pages_cache(self.site_id)},
                          "core": f"{core_dir}/{core.wheel.filename}",
                          # By the page's <html lang>: the phrase table its engine unpacks beside the core.
                          "tables": tables,
                          "siteId": self.site_id,
                          "leavePage": self.config.leave_page.strip("/"),
                          "kinds": kinds_config(),
                          # Relative to engine.js, so the site works under a sub-path too.
                          "serviceWorker": f"../../{SW_URI}" if self.config.service_worker else None}
        files.append(File.generated(
            config, f"{RUNTIME_URI}/config.js",
            content=f"export default {json.dumps(runtime_config, indent=2)};\n"))
        files.append(File.generated(config, f"{RUNTIME_URI}/engine-worker.js",
                                    content=worker_source(runtime_config)))
        self._reading_offline(files, config)
        self.runtime_entries = self._runtime_entries(files) if self.config.service_worker else []
        return files

    def _reading_offline(self, files: Files, config: MkDocsConfig) -> None:
        """The web app manifest (and a maskable icon made from an SVG logo), and the offline page: at
        the root for the default language, in its own folder for each other (mkdocs-static-i18n
        builds every language into the same folder, so a root file would be the last language's)."""
        folder = site_language.language_folder(config)
        logo = config.theme.get("logo")
        logo_file = files.get_file_from_path(logo) if logo else None
        logo_path = Path(logo_file.abs_src_path) if logo_file and logo_file.abs_src_path else None
        data = offline.manifest(config.site_name, config.site_description or "",
                                config.theme.get("language") or "en", self.config.theme_color,
                                self.config.background_color, logo if logo_path else None, logo_path)
        if folder:  # its icons are the root's, one folder up
            up = "../" * folder.count("/")
            data["icons"] = [{**icon, "src": up + icon["src"]} for icon in data["icons"]]
        files.append(File.generated(config, folder + offline.MANIFEST, content=json.dumps(data, indent=2)))
        if logo_path and logo_path.suffix.lower() == ".svg" and not folder:
            files.append(File.generated(config, offline.MASKABLE_ICON, content=offline.maskable_svg(
                logo_path.read_text(encoding="utf-8"), self.config.background_color)))
        lists = [config.extra[s.key] for s in site_checks.HELP_SETTINGS
                 if self.config.help_services and isinstance(config.extra.get(s.key), dict)]
        page = offline_html.offline_page(config.site_name, self.language.page_lang, "./", lists,
                                         self.language.direction)
        files.append(File.generated(config, folder + offline.OFFLINE_PAGE, content=page))

    def _leave_page(self, files: Files, config: MkDocsConfig) -> None:
        """The plain page "Leave this page quickly" opens: the author's, or the plugin's own."""
        page = self.config.leave_page.strip("/")
        problem = site_checks.leave_page_problem(
            page, (), exists=files.get_file_from_path(page) is not None, default=LEAVE_PAGE,
            docs=Path(config.docs_dir).name)
        if problem:
            self._stop_for_option(config, "leave_page", problem)
        if files.get_file_from_path(page) is None:
            # In this build's language: a site in several languages has one in each language's folder.
            folder = site_language.language_folder(config)
            files.append(File.generated(config, f"{folder}{page}", content=leave_page()))

    def _check_images(self, files: Files, config: MkDocsConfig) -> None:
        """theme.logo and theme.favicon name a file in docs/ (or the theme's own, by default)."""
        docs = Path(config.docs_dir).name
        problems = [p for key in ("logo", "favicon") if (p := site_checks.image_problem(
            key, config.theme.get(key), lambda uri: files.get_file_from_path(uri) is not None, docs))]
        for line in site_checks.where(Path(config.config_file_path), problems):
            log.warning(f"exercises: {line}")

    def _runtime_entries(self, files: Files) -> list[Entry]:
        """This build's runtime files, for the service worker (sw.js, written once the site is)."""
        entries: list[Entry] = []
        for file in files:
            uri = file.dest_uri
            if uri.endswith(PYODIDE_NOTICE):
                continue  # for people who read the site's files, never fetched by the engine
            if uri.startswith("assets/pyodide/") or uri.startswith(f"{RUNTIME_URI}/core-"):
                # The version or hash is in the path. The rest of the library is fetched only on a
                # miss, and a phrase table only on a page in its language: neither ahead.
                name = uri.rsplit("/", 1)[-1]
                entries.append(Entry(uri, immutable=True,
                                     ahead=not name.startswith((REST_PREFIX, TABLE_PREFIX))))
            elif uri.startswith(f"{RUNTIME_URI}/"):
                entries.append(Entry(uri, immutable=False, digest=content_digest(file.content_bytes)))
        return entries

    # After mkdocs-static-i18n's (-100), which gives the pages their titles in this build's language
    # (nav_translations): an exercise's links to lessons carry the titles the reader's menu shows.
    @event_priority(-110)
    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        # By the page's path as links name it: mkdocs-static-i18n's "index.es.md" is "index.md".
        self.ext.titles = {getattr(page.file, "norm_src_uri", page.file.src_uri): page.title
                           for page in nav.pages if page.title}
        return nav

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files
                         ) -> str:
        src = page.file.src_uri
        self.ext.page_path = src
        offset = _front_matter_lines(page, markdown)
        problems = self.ext.check(markdown)
        if problems:
            shown = f"{Path(config.docs_dir).name}/{src}"
            raise PluginError("exercises: fix the exercise lines in this page:\n" + "\n".join(
                f"{shown}:{p.line + offset}: {p.message}" for p in problems))
        found = review.read_date(page.meta)
        if found is not None:
            page.meta["last_reviewed_text"] = review.long_date(found, self.language.code)
        # A page mkdocs-static-i18n shows in another language's place (no translation yet) is checked
        # in the build of its own language only.
        if getattr(page.file, "locale", self.language.code) == self.language.code or len(self.languages) == 1:
            self._check_readability(src, markdown, f"{Path(config.docs_dir).name}/{src}")
            self._check_review_date(page, offset, f"{Path(config.docs_dir).name}/{src}")
            for line in placeholders.in_page(f"{Path(config.docs_dir).name}/{src}", page.file.content_string):
                log.warning(f"exercises: {line}")
        return markdown

    def _check_review_date(self, page: Page, front_matter_lines: int, shown: str) -> None:
        """The page's last_reviewed date, made ready for its footer, and a warning when it is missing
        or older than the site allows."""
        months = self.config.last_reviewed_months
        src = page.file.src_uri
        if months <= 0 or any(fnmatch.fnmatchcase(src, p) for p in self.config.last_reviewed_exclude):
            return
        problem = review.problem(page.meta, months, review.today())
        if problem:
            line = review.meta_line(page.file.content_string, front_matter_lines)
            log.warning(f"exercises: {shown}{f':{line}' if line else ''}: {problem}")

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        # Form parts reach the page as ready HTML (see markdown_ext._pack); a link to one of their
        # ids is as valid as a link to a heading.
        if page.present_anchor_ids is not None:
            page.present_anchor_ids |= self.ext.anchor_ids
        shown = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
        if not self.help_page and f'class="{CRISIS_CLASS}"' in html:
            self.pages_offering_help.append(shown)
        # A reader who opens this page came for its exercise: its head starts Python at once (main.html).
        page.meta["exercise_opens_page"] = opens_with_exercise(html)
        if page.file.src_uri == PRIVACY_PAGE or 'data-exercise="journal"' in html:
            html += offline_html.keep_box()  # "Keep this site for reading offline"
        left = markdown_ext.unprocessed_line(html)
        if left:
            # Raw HTML that find_directives did not see as such (a table, HTML it does not know):
            # the same message, at the line of the page's file that holds the text.
            line = markdown_ext.line_of_text(page.file.content_string, left)
            raise PluginError("exercises: fix the exercise lines in this page:\n"
                              f"{shown}{f':{line}' if line else ''}: '{left}': "
                              + markdown_ext.inside_html(None, None, self.ext.md_in_html))
        return html

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if f'class="{HELP_BAR_CLASS}"' not in output:
            shown = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
            template = str(page.meta.get("template") or "main.html")
            raise PluginError(
                f"exercises: {self._template_place(config, template)}: {shown} has no \"Get help now\" "
                "bar: this template does not build on the plugin's page frame. Start it with "
                "{% extends \"main.html\" %} (a page template) or {% extends \"exercises/main.html\" %} "
                "(your own main.html), and fill its blocks with {{ super() }}.")
        return site_language.same_page_links(output, page.url, config)

    @staticmethod
    def _template_place(config: MkDocsConfig, name: str) -> str:
        """Where the site's own template NAME is, as the author knows it: overrides/main.html:1 (the
        line of its {% extends %}, where the fix goes)."""
        root = Path(config.config_file_path).parent
        for folder in config.theme.dirs:
            path = Path(folder) / name
            if path.is_file() and Path(folder).resolve() != THEME_DIR.resolve():
                text = path.read_text(encoding="utf-8", errors="replace")
                line = next((n for n, words in enumerate(text.splitlines(), start=1)
                             if "{% extends" in words or "{%- extends" in words), 1)
                shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
                return f"{shown}:{line}"
        return f"the template '{name}'"

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        env.globals.update(jinja.GLOBALS)  # the templates' words: {{ t("key", "English") }}
        # The help bar's links stay in this build's language (mkdocs-static-i18n: "es/"; else "").
        env.globals["language_home"] = site_language.language_folder(config)
        env.globals["exercises_runtime"] = RUNTIME_URI  # where the browser's modules are
        env.globals["exercises_protocol"] = protocol.VERSION  # the name of a worker that starts at once
        # Every page has been read: say once which of them offer a link to a help page that is not
        # there, and remember which built page comes from which source (for the policy's warnings).
        if not self.help_page:
            log.warning("exercises: " + site_checks.missing_help_page(
                f"{Path(config.docs_dir).name}/{HELP_PAGE}", self.pages_offering_help))
        docs_dir = Path(config.docs_dir).resolve()
        self.sources = {
            file.dest_uri: f"{docs_dir.name}/{file.src_uri}" for file in files
            if file.dest_uri.endswith(".html") and file.generated_by is None and file.abs_src_path
            and Path(file.abs_src_path).resolve().is_relative_to(docs_dir)}
        return env

    def _readability_limit(self, formula: readability.Formula) -> float:
        if formula.scale == "grade":
            return float(self.config.readability_max_grade)
        return float(self.config.readability_min_ease if self.config.readability_min_ease is not None
                     else formula.limit)

    def _say_readability_formula(self) -> None:
        formula = readability.formula_for(self.language.code)
        if formula is None:
            name = site_language.english_name(self.language.code)
            log.info(f"exercises: no readability formula for {name} (there are for "
                     f"{', '.join(readability.FORMULAS)}): pages are not checked for reading level.")
        elif formula.language != "en_US":
            kind = "above" if formula.scale == "grade" else "below"
            log.info(f"exercises: reading level by the {formula.name} for "
                     f"{site_language.english_name(self.language.code)}: pages {kind} "
                     f"{self._readability_limit(formula):g} are reported.")

    def _check_readability(self, src: str, markdown: str, shown: str) -> None:
        # Exact paths or glob patterns (fnmatch: `authors/*` skips a whole section).
        if any(fnmatch.fnmatchcase(src, pattern) for pattern in self.config.readability_exclude):
            return
        formula = readability.formula_for(self.language.code)
        if formula is None:
            return
        text = readability.plain_text(markdown)
        if len(text.split()) < 150:  # grades of very short pages say little
            return
        value, limit = formula.score(text), self._readability_limit(formula)
        if formula.too_hard(value, limit):
            log.warning(f"exercises: {shown} {formula.said(value, limit)}. Use shorter sentences and "
                        "everyday words.")

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_post_build(self, config: MkDocsConfig) -> None:
        fetched = foreign.find(Path(config.site_dir), getattr(self, "sources", {}))
        if fetched:
            custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
            templates = foreign.in_templates(custom, Path(config.config_file_path).parent)
            raise PluginError(foreign.report(foreign.attributed(fetched, templates)))
        # After every page (and 404.html) is written: one policy for the site, see csp.py.
        # Not under `mkdocs serve`: its live reload adds an inline script to each page as it is
        # served, different every time, which no hash could allow.
        if self.config.content_security_policy and getattr(self, "command", "build") != "serve":
            csp.apply(Path(config.site_dir), sources=getattr(self, "sources", {}))
        site_language.copy_sitemaps(config)
        if self.config.service_worker:
            self._write_service_worker(Path(config.site_dir))

    def _write_service_worker(self, site_dir: Path) -> None:
        """offline.json (what keeping the site for reading offline keeps), then sw.js at the site root
        (its scope covers every page), which names this build's runtime files and the digests of the
        offline page and of offline.json: a new build of any page is a new service worker."""
        also = [f.relative_to(site_dir).as_posix() for f in (
            *site_dir.glob("search/search_index.json"), *site_dir.glob("assets/javascripts/workers/*.js"))]
        keep = offline.keep_list(site_dir, {}, also)
        keep_digest = offline.write_keep_list(site_dir, keep)
        # The offline page of each language: the root's, and one in each other language's folder.
        pages = [offline.OFFLINE_PAGE, *(p.relative_to(site_dir).as_posix()
                                         for p in sorted(site_dir.glob(f"*/{offline.OFFLINE_PAGE}")))]
        shell = [*(Entry(page, immutable=False, digest=content_digest((site_dir / page).read_bytes()))
                   for page in pages),
                 Entry(offline.OFFLINE_LIST, immutable=False, digest=keep_digest)]
        (site_dir / SW_URI).write_text(render_service_worker(self.site_id, self.runtime_entries, shell),
                                       encoding="utf-8")

    def _trimmed_stdlib(self, version: str) -> stdlib.SiteLibrary | None:
        library, problem = stdlib.site_library(self.pyodide_dir, version)
        if problem:
            log.warning(
                "exercises: the whole Python standard library is published (2.5 MB), because the "
                f"list of what the engine needs does not fit this Pyodide: {problem}. Record it "
                f"again with 'python -m exercises.mkdocs_plugin.stdlib {self.pyodide_dir}', "
                "or set trim_stdlib: false.")
        return library

    def _pyodide_lock(self) -> dict[str, Any]:
        try:
            lock: dict[str, Any] = json.loads((self.pyodide_dir / "pyodide-lock.json").read_text())
            return {"info": dict(lock["info"])}
        except (OSError, ValueError, KeyError, TypeError):
            raise PluginError(f"exercises: cannot read {self.pyodide_dir / 'pyodide-lock.json'}: the "
                              "folder does not hold a whole Pyodide npm package.") from None

    def _pyodide_notice(self, version: str) -> str:
        """Who made the Pyodide files beside it, and under which licence (its package.json says)."""
        meta = json.loads((self.pyodide_dir / "package.json").read_text())
        home = meta.get("homepage", "the Pyodide project")
        return (f"The files in this folder are Pyodide {version}, unchanged; a python_stdlib-<hash>.zip,\n"
                "where there is one, holds only the part of Python's standard library this site uses.\n\n"
                f"Pyodide: {home}\nLicence of Pyodide: {meta.get('license', 'see the project')}\n"
                "It includes CPython and its standard library, under the Python Software Foundation "
                "License,\nand other parts under their own licences, listed in the project's repository.\n")

    def _pyodide_version(self) -> str:
        try:
            meta: dict[str, Any] = json.loads((self.pyodide_dir / "package.json").read_text())
            return str(meta["version"])
        except (OSError, ValueError, KeyError):
            raise PluginError(f"exercises: cannot read the Pyodide version from "
                              f"{self.pyodide_dir / 'package.json'}: the folder does not hold a whole "
                              "Pyodide npm package.") from None


def _add_once(items: list[Any], item: str, at: int | None = None) -> None:
    if item not in items:
        items.insert(len(items) if at is None else at, item)


def _add_script_once(config: MkDocsConfig, path: str) -> None:
    """A module script on every page (once, however many times on_config runs)."""
    if any(str(script) == path for script in config.extra_javascript):
        return
    script = ExtraScriptValue(path)
    script.type = "module"
    config.extra_javascript.append(script)  # type: ignore[arg-type]


def _front_matter_lines(page: Page, markdown: str) -> int:
    """How many source lines MkDocs stripped (front matter) before the Markdown it hands us."""
    source = page.file.content_string
    if source.endswith(markdown):
        return source[: len(source) - len(markdown)].count("\n")
    return 0
