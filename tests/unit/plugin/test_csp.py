"""Every built page carries the site's Content-Security-Policy, and it allows only what the site needs.

The browser side (the policy really enforced, nothing refused, Pyodide booting under it) is in
tests/browser/test_crawl.py and tests/browser/test_policy_in_browser.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from kit.project import tiny_settings
from kit.site import build_site

from exercises.mkdocs_plugin import csp

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def directives(policy: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in policy.split("; ")}


@pytest.fixture(scope="module")
def pages(site_url: str, built_site: Path) -> dict[str, str]:
    return {p.relative_to(built_site).as_posix(): p.read_text() for p in built_site.rglob("*.html")}


def test_every_page_has_the_same_policy_before_any_script_or_style(pages: dict[str, str]) -> None:
    assert "404.html" in pages and "index.html" in pages
    policies = set()
    for name, html in pages.items():
        found = META.findall(html)
        assert len(found) == 1, f"{name}: {len(found)} policies"
        policies.add(found[0])
        head = html[: html.index("<meta http-equiv")]
        # Right after <meta charset>: nothing before it can load or run.
        assert re.search(r'<meta charset="utf-8">$', head) and not re.search(r"<script|<link|<style", head)
    assert len(policies) == 1, "pages differ: instant navigation would stack policies"


def test_the_policy_allows_this_origin_only(pages: dict[str, str]) -> None:
    policy = directives(META.findall(pages["index.html"])[0])
    assert policy["default-src"] == ["'self'"]
    script = policy["script-src"]
    assert script[:2] == ["'self'", "'wasm-unsafe-eval'"]
    assert all(s.startswith("'sha256-") for s in script[2:])
    for name in ("worker-src", "connect-src", "style-src", "font-src", "base-uri"):
        assert policy[name] == ["'self'"], name
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"] and policy["form-action"] == ["'none'"]
    everything = " ".join(v for values in policy.values() for v in values)
    for loose in ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "blob:"):
        assert loose not in everything.split(), loose


def test_every_inline_script_is_hashed_and_nothing_else_is(pages: dict[str, str]) -> None:
    hashes = set(directives(META.findall(pages["index.html"])[0])["script-src"][2:])
    expected: set[str] = set()
    for html in pages.values():
        bodies = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", html, re.DOTALL)
        expected |= {csp.sha256_source(body) for attrs, body in bodies if "application/json" not in attrs}
    assert expected and hashes == expected


def test_inline_style_attributes_are_allowed_by_exact_value_only() -> None:
    found = csp.find_inline('<table><td style="text-align: right;">1</td><p style="a&amp;b">')
    assert found.style_attributes == {"text-align: right;", "a&b"}
    policy = directives(csp.policy(found))
    assert policy["style-src"] == ["'self'"]
    assert policy["style-src-attr"] == ["'unsafe-hashes'", *sorted(
        [csp.sha256_source("a&b"), csp.sha256_source("text-align: right;")])]
    assert "style-src-attr" not in directives(csp.policy(csp.find_inline("<p>plain</p>")))


def test_data_blocks_are_not_hashed_and_scripts_are_hashed_byte_for_byte() -> None:
    found = csp.find_inline('<script id="c" type="application/json">{"a": 1}</script>'
                            "<script>var a = '&amp;';\n</script><script type=module>x()</script>"
                            '<script src="s.js"></script>')
    assert found.scripts == {"var a = '&amp;';\n", "x()"}
    # The hash of a known script, as a browser computes it (sha256 of the UTF-8 text, base64).
    known = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
    assert csp.sha256_source("alert('Hello, world.');") == known


def small_project(tmp: Path, **options: object) -> Path:
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nA short page.\n")
    (docs / "old.md").write_text('# Old\n\n<button onclick="go()">Go</button>\n')
    config = tmp / "mkdocs.yml"
    config.write_text(yaml.safe_dump(tiny_settings(docs, options)))
    return config


def test_inline_event_handlers_fail_a_strict_build_with_the_page_named(tmp_path: Path) -> None:
    # The page is named as the author wrote it (docs/old.md), not as it was built (old/index.html).
    run = build_site(tmp_path / "site", small_project(tmp_path))
    output = run.stdout + run.stderr
    assert run.returncode != 0
    assert "exercises: docs/old.md has inline event handlers (onclick)" in output, output


def test_a_page_with_no_source_in_docs_is_named_as_built(tmp_path: Path, caplog: pytest.LogCaptureFixture
                                                         ) -> None:
    page = '<!doctype html><html><head><meta charset="utf-8"></head><body>{}</body></html>'
    (tmp_path / "404.html").write_text(page.format('<a onclick="x()">x</a>'))
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "index.html").write_text(page.format('<a onmouseover="x()">x</a>'))
    with caplog.at_level("WARNING"):
        csp.apply(tmp_path, sources={"old/index.html": "docs/old.md"})
    assert "exercises: docs/old.md has inline event handlers (onmouseover)" in caplog.text
    assert "exercises: the built page 404.html has inline event handlers (onclick)" in caplog.text


def test_the_option_turns_the_policy_off(tmp_path: Path) -> None:
    config = small_project(tmp_path, content_security_policy=False)
    run = build_site(tmp_path / "site", config)
    assert run.returncode == 0, run.stdout + run.stderr
    assert not META.search((tmp_path / "site" / "index.html").read_text())


def test_a_script_on_one_page_is_allowed_on_every_page(tmp_path: Path) -> None:
    # Instant navigation runs the next page's scripts under the first page's policy, so the one
    # page's inline script must be in every page's policy.
    page = '<!doctype html><html><head><meta charset="utf-8"></head><body>{}</body></html>'
    (tmp_path / "a.html").write_text(page.format("<p>No script here.</p>"))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "index.html").write_text(page.format("<script>start()</script>"))
    policy = csp.apply(tmp_path)
    assert csp.sha256_source("start()") in policy
    for html in (tmp_path / "a.html", tmp_path / "b" / "index.html"):
        assert META.findall(html.read_text()) == [policy]
    # Applying again (a rebuild that kept a page) replaces the policy instead of adding one.
    assert csp.apply(tmp_path) == policy
    assert len(META.findall((tmp_path / "a.html").read_text())) == 1


def test_the_quick_reading_finds_what_a_full_parse_finds_on_every_built_page(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = csp.META.sub("", page.read_text(encoding="utf-8"))
        assert csp.find_inline(html) == csp._parse(html), page.name
