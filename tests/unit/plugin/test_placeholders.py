"""Placeholders a new site starts with are found wherever they are left, with their line."""

from __future__ import annotations

from pathlib import Path

from exercises.mkdocs_plugin.placeholders import in_page, in_settings, marked_lines


def test_a_page_is_read_as_markdown_code_may_quote_the_marker() -> None:
    page = ("---\ndescription: REPLACE with a sentence.\n---\n\n# Title\n\nREPLACE this paragraph.\n\n"
            "Write `REPLACE` to mark a placeholder.\n\n```text\nREPLACE in code\n```\n\n"
            "REPLACED is a word.\n")
    assert [n for n, _ in marked_lines(page, markdown=True)] == [2, 7]
    assert in_page("docs/x.md", page)[1] == (
        "docs/x.md:7: the placeholder 'REPLACE this paragraph.' is still there, and readers would see "
        "it. Write your own words in its place, without the word REPLACE.")


def test_an_old_todo_description_is_a_placeholder_too() -> None:
    [(line, text)] = marked_lines('---\ndescription: "TODO: one sentence."\n---\n# A\n', markdown=True)
    assert line == 2
    assert in_page("docs/a.md", f"---\n{text}\n---\n")[0].endswith("Write your own words in its place.")


def test_a_comment_in_settings_marks_only_when_it_starts_with_the_marker(tmp_path: Path) -> None:
    settings = tmp_path / "mkdocs.yml"
    settings.write_text(
        "# Replace what is marked REPLACE before you publish.\n"          # explains: not a placeholder
        "site_name: My site\n"
        "site_description: >-\n"
        "  Education, not therapy.\n"
        "  REPLACE: one or two sentences.\n"                              # line 5, inside a folded text
        "extra:\n"
        "  # REPLACE: the crisis helplines for your readers' country.\n"  # an old starter's marker
        "  crisis:\n"
        "    resources:\n"
        "      - name: Samaritans\n"
        "        href: tel:REPLACE\n")                                   # line 11
    found = in_settings(settings)
    assert [line.split(":")[1] for line in found] == ["5", "7", "11"]
    assert found[0].startswith("mkdocs.yml:5: site_description: the placeholder 'REPLACE: one or two")
    assert found[1].startswith("mkdocs.yml:7: the placeholder '# REPLACE: the crisis helplines")
    assert "A reader in crisis or in danger would find a placeholder" in found[1]
    assert found[2].startswith(
        "mkdocs.yml:11: extra.crisis.resources[1].href: the placeholder 'href: tel:REPLACE'")
    assert "mkdocs-exercises guide site-settings" in found[2]


def test_settings_that_cannot_be_read_say_nothing_here(tmp_path: Path) -> None:
    settings = tmp_path / "mkdocs.yml"
    settings.write_text("site_name: [REPLACE\n")  # MkDocs reports the YAML itself
    assert in_settings(settings) == []
    assert in_settings(tmp_path / "missing.yml") == []
