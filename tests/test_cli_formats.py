"""`newsclean PAGE --format text|markdown|json` (and --json, its alias)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_001 = str(FIXTURES / "001_987d2e87f9d1aef4.txt")
SEED_002 = str(FIXTURES / "002_e993ff611d2643c6.txt")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_format_prints_the_title_and_the_structure(capsys):
    code, out, _ = run(capsys, SEED_001, "--format", "markdown")
    assert code == 0
    assert out.startswith("# Russian attacks hit Kyiv after Trump halts talks with Putin\n\nOn the night of Thursday")
    assert "\n\n## Attacks and injuries\n\n" in out and "\n\n## Change in the aid balance\n\n" in out


def test_text_format_is_the_default(capsys):
    assert run(capsys, SEED_002, "--format", "text")[1] == run(capsys, SEED_002)[1]
    out = run(capsys, SEED_002)[1]
    assert out.split("\n")[:3] == ["Russian strikes hit Kyiv after Trump says no progress in talks with Putin",
                                   "Oliver James", "2025-07-04T00:41:00"]


def test_json_is_format_json(capsys):
    _, as_format, _ = run(capsys, SEED_002, "--format", "json")
    _, as_flag, _ = run(capsys, SEED_002, "--json")
    assert as_format == as_flag and json.loads(as_format)["byline"] == "Oliver James"


def test_json_has_the_removals_with_explain_only_as_the_library_does(capsys):
    from newsclean import extract

    plain = json.loads(run(capsys, SEED_002, "--format", "json")[1])
    explained = json.loads(run(capsys, SEED_002, "--format", "json", "--explain")[1])
    assert "removed" not in plain and len(explained["removed"]) > 10
    article = extract(Path(SEED_002))
    assert "removed" not in json.loads(article.to_json())  # the same default in the library
    assert explained["removed"] == json.loads(article.to_json(include_removed=True))["removed"]


def test_markdown_with_explain_lists_the_removals_after_it(capsys):
    out = run(capsys, SEED_002, "--format", "markdown", "--explain")[1]
    assert out.startswith("# Russian strikes hit Kyiv")
    assert "\n--- removed: " in out and "[share_widgets] share widget: Facebook X Copy Link Print" in out


def test_json_and_another_format_is_an_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([SEED_002, "--json", "--format", "markdown"])
    assert exit_info.value.code == 2
    assert "--json means --format json" in capsys.readouterr().err


def test_unknown_format_is_an_error(capsys):
    with pytest.raises(SystemExit):
        main([SEED_002, "--format", "html"])
    assert "invalid choice" in capsys.readouterr().err


def test_links_flag_keeps_the_article_links_in_markdown(capsys, tmp_path):
    from helpers import PARAGRAPHS

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Council approves budget</h1>"
        f"<p>{PARAGRAPHS[0]} The <a href='https://example.org/budget.pdf'>full budget</a> is online.</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]) + "</article></body></html>", encoding="utf-8")
    _, plain, _ = run(capsys, str(page), "--format", "markdown")
    _, linked, _ = run(capsys, str(page), "--format", "markdown", "--links")
    assert "The full budget is online." in plain and "](https://" not in plain
    assert "The [full budget](https://example.org/budget.pdf) is online." in linked
