"""Batch records' format choice: `newsclean batch --format markdown` adds "markdown",
--explain adds "removed" and "sources", --blocks adds "blocks"; records stay JSON lines
with the plain-text body, and extract_many's Articles carry the same."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import NewscleanError, extract
from newsclean.batch import Document, extract_many, iter_records
from newsclean.batch.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = next(FIXTURES.glob("001_*.txt"))  # seed 001: subheadings such as "Attacks and injuries"
OPTIONAL = {"markdown", "removed", "sources", "blocks"}


def batch(tmp_path: Path, *options: str) -> list[dict]:
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}.jsonl"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main([str(SEED), str(empty), "-o", str(out), "--jobs", "1", "--timeout", "0", "--max-memory", "0",
                 *options]) in (0, 1)
    lines = out.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_default_records_have_the_text_body_and_no_optional_field(tmp_path):
    record, _ = batch(tmp_path)
    assert record["body"] == extract(SEED).body
    assert not OPTIONAL & set(record)


def test_markdown_adds_a_markdown_field_and_keeps_the_body(tmp_path):
    plain, _ = batch(tmp_path)
    record, error = batch(tmp_path, "--format", "markdown")
    assert record["body"] == plain["body"]  # the text body is unchanged
    assert "## Attacks and injuries" in record["markdown"].splitlines()
    assert not record["markdown"].startswith("# ")  # the title is the record's "title"
    assert record["markdown"] == extract(SEED).to_markdown()
    assert set(record) - set(plain) == {"markdown"}
    # An error record stays an error record: nothing to render.
    assert error["error"]["kind"] == "no_article" and "markdown" not in error


def test_explain_adds_removed_and_sources_and_blocks_adds_blocks(tmp_path):
    plain, _ = batch(tmp_path)
    record, _ = batch(tmp_path, "--explain", "--blocks")
    assert set(record) - set(plain) == {"removed", "sources", "blocks"}
    article = extract(SEED)
    assert record["removed"] == article.to_dict(include_removed=True)["removed"] and record["removed"]
    assert record["sources"]["title"]["source"] == article.sources["title"].source
    assert {"heading", "paragraph"} <= {block["kind"] for block in record["blocks"]}
    assert {"kind": "heading", "text": "Attacks and injuries", "level": 2} in record["blocks"]


def test_iter_records_takes_the_same_choice_and_refuses_an_unknown_format():
    doc = Document(id="seed", source_type="auto", path=str(SEED))
    (record,) = iter_records([doc], jobs=1, timeout=None, max_memory_mb=None, format="markdown", explain=True)
    assert {"markdown", "removed", "sources"} <= set(record) and "blocks" not in record
    with pytest.raises(ValueError, match="format must be one of text, markdown"):
        iter_records([doc], jobs=1, format="html")


def test_extract_many_articles_carry_sources_blocks_and_removals():
    (article,) = extract_many([SEED], jobs=1, timeout=None, max_memory_mb=None)
    data = article.to_dict(include_removed=True, include_blocks=True, include_sources=True)
    assert data["sources"] == extract(SEED).to_dict(include_sources=True)["sources"]
    assert data["blocks"] and data["removed"]


def test_the_dask_path_takes_the_same_record_options(tmp_path):
    # path_records is what each Dask task runs: its records must offer what the CLI's do.
    from newsclean.batch.scaleout import path_records

    from batch_corpus import article_html

    page = tmp_path / "a.html"
    page.write_text(article_html(1), encoding="utf-8")
    [record] = path_records(str(page), format="markdown", explain=True)
    assert record["markdown"].startswith(record["body"][:40]) and "removed" in record and "sources" in record


def test_engine_option_reaches_every_record_and_extract_many(tmp_path):
    # The engine test's page (an article among a menu, teasers and a footer): with
    # --engine newsclean, the records hold the engine's explained removals, as extract's do.
    from test_engine import ARTICLE_PAGE

    page = tmp_path / "page.html"
    page.write_text(ARTICLE_PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(page), "-o", str(out), "--jobs", "1", "--timeout", "0", "--max-memory", "0",
                 "--explain", "--engine", "newsclean"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    expected = extract(page, engine="newsclean")
    assert record["body"] == expected.body
    assert any(r["cleaner"] == "engine" for r in record["removed"])
    default = next(iter_records([Document(id="p", path=str(page))], jobs=1, timeout=None, max_memory_mb=None,
                                explain=True))
    assert not any(r["cleaner"] == "engine" for r in default["removed"])
    (article,) = extract_many([page], jobs=1, timeout=None, max_memory_mb=None, engine="newsclean")
    assert article.body == expected.body


def test_an_unknown_engine_is_refused_before_any_work(tmp_path, capsys):
    with pytest.raises(NewscleanError, match="unknown engine"):
        list(extract_many(["<p>x</p>"], jobs=1, timeout=None, max_memory_mb=None, engine="boilerpipe"))
    assert main([str(SEED), "-o", str(tmp_path / "o.jsonl"), "--engine", "boilerpipe"]) == 2
    assert "invalid choice: 'boilerpipe'" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
