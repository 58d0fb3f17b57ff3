"""`newsclean a b c`: one result per input, in order; failures reported per input; exit
status 0 (all articles), 1 (some input held none), 2 (some input could not be read)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_A = str(FIXTURES / "002_e993ff611d2643c6.txt")
SEED_B = str(FIXTURES / "001_987d2e87f9d1aef4.txt")


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def empty(tmp_path) -> str:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_one_result_per_input_under_a_header(capsys, fmt):
    _, alone_a, _ = run(capsys, SEED_A, "--format", fmt)
    _, alone_b, _ = run(capsys, SEED_B, "--format", fmt)
    assert not alone_a.startswith("==>")  # one input: no header, as before
    status, out, err = run(capsys, SEED_A, SEED_B, "--format", fmt)
    assert (status, err) == (0, "")
    assert out == f"==> {SEED_A} <==\n{alone_a}\n==> {SEED_B} <==\n{alone_b}"


def test_json_gives_one_object_per_line_naming_its_input(capsys):
    _, alone_a, _ = run(capsys, SEED_A, "--json")
    _, alone_b, _ = run(capsys, SEED_B, "--json")
    status, out, _ = run(capsys, SEED_A, SEED_B, "--format", "json", )
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r.pop("input") for r in records] == [SEED_A, SEED_B]
    assert records == [json.loads(alone_a), json.loads(alone_b)]


def test_an_unreadable_input_is_reported_and_the_others_go_on(capsys, tmp_path):
    missing = str(tmp_path / "missing.html")
    status, out, err = run(capsys, SEED_A, missing, SEED_B, "--json")
    assert status == 2
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["input"] for r in records] == [SEED_A, missing, SEED_B]
    assert records[1]["error"]["kind"] == "read_error" and "title" not in records[1]
    assert records[0]["title"] and records[2]["title"]
    assert len(err.splitlines()) == 1 and err.startswith("newsclean: ") and missing in err

    status, out, err = run(capsys, missing, SEED_B)
    assert status == 2 and out.startswith(f"==> {missing} <==\n\n==> {SEED_B} <==\nRussian attacks hit Kyiv")


def test_a_url_among_files_is_refused_on_its_own_line(capsys):
    url = "https://example.com/news/1"
    status, out, err = run(capsys, url, SEED_A)
    assert status == 2 and f"==> {SEED_A} <==\nRussian strikes hit Kyiv" in out
    assert len(err.splitlines()) == 1 and url in err and "does not fetch" in err


def test_exit_status_is_the_worst_input(capsys, empty, tmp_path):
    status, out, err = run(capsys, SEED_A, empty)
    assert status == 1 and err == f"newsclean: no article found in {empty}\n"
    assert out.startswith(f"==> {SEED_A} <==\n") and out.endswith(f"\n==> {empty} <==\n")
    status, _, _ = run(capsys, empty, str(tmp_path / "missing.txt"), SEED_A)
    assert status == 2
    status, out, _ = run(capsys, empty, SEED_A, "--json")
    assert status == 1 and [json.loads(line)["body"] == "" for line in out.splitlines()] == [True, False]


def test_report_and_url_take_one_input(capsys, tmp_path):
    out = tmp_path / "report.html"
    with pytest.raises(SystemExit) as stop:
        main([SEED_A, SEED_B, "--report", str(out)])
    assert stop.value.code == 2 and "--report writes the report of one input" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as stop:
        main([SEED_A, SEED_B, "--url", "https://example.com/a"])
    assert stop.value.code == 2 and "--url names one page's URL" in capsys.readouterr().err


def test_a_report_is_written_for_a_page_without_article(capsys, empty, tmp_path):
    out = tmp_path / "report.html"
    status, _, err = run(capsys, empty, "--report", str(out))
    assert status == 1 and "no article found" in err
    assert "0 blocks: 0 kept, 0 removed" in out.read_text(encoding="utf-8")


def test_a_report_that_cannot_be_written_is_one_line_and_status_2(capsys, tmp_path):
    status, _, err = run(capsys, SEED_A, "--report", str(tmp_path / "no" / "such" / "dir" / "r.html"))
    assert status == 2 and len(err.splitlines()) == 1 and err.startswith("newsclean: cannot write the report")
