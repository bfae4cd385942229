"""The build finds what a page or a stylesheet would fetch from another origin; links are fine."""

from __future__ import annotations

from pathlib import Path

from exercises.mkdocs_plugin import foreign


def test_fetched_addresses_on_another_origin_are_found_and_links_are_not() -> None:
    html = """<html><head>
      <link rel="stylesheet" href="https://fonts.example.com/css?family=Roboto">
      <link rel="preconnect" href="//fonts.example.net">
      <link rel="icon" href="assets/logo.svg">
      <link rel="canonical" href="https://site.example.org/page/">
      <script src="https://cdn.example.com/pyodide.js"></script>
      <style>body { background: url('https://img.example.com/bg.png') }</style>
    </head><body>
      <a href="https://findahelpline.com">Find a helpline</a>
      <img src="images/calm.jpg" srcset="images/calm.jpg 1x, https://img.example.com/calm@2x.jpg 2x">
      <iframe src="https://video.example.com/embed/1"></iframe>
      <p style="background-image: url(//img.example.com/x.png)">Hi</p>
      <img src="&#47;&#47;img.example.com/hidden.png" alt="">
    </body></html>"""
    found = foreign.in_html(html)
    assert [address for _, address in found] == [
        "https://fonts.example.com/css?family=Roboto", "//fonts.example.net",
        "https://cdn.example.com/pyodide.js", "https://img.example.com/bg.png",
        "https://img.example.com/calm@2x.jpg", "https://video.example.com/embed/1",
        "//img.example.com/hidden.png", "//img.example.com/x.png"]  # style attributes are read last


def test_a_stylesheet_importing_from_another_origin_is_named(tmp_path: Path) -> None:
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text('<p><a href="https://example.org">x</a></p>')
    (tmp_path / "style.css").write_text(
        '@import "https://fonts.example.com/a.css";\n.a { background: url("img/ok.png") }\n'
        "@font-face { src: url(https://fonts.example.com/f.woff2) }\n")
    found = foreign.find(tmp_path, {"page/index.html": "docs/page.md"})
    assert [(f.where, f.address) for f in found] == [
        ("the built file style.css", "https://fonts.example.com/a.css"),
        ("the built file style.css", "https://fonts.example.com/f.woff2")]
    assert "the built file style.css: a url() in the stylesheet https://fonts.example.com/a.css" in \
        foreign.report(found)
