"""Batch inputs: files that are not regular, unlistable directories, ids that are stable, unique and exact."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsclean.batch import iter_documents

from batch_corpus import article_html, make_tree
from test_batch import read_records, run_batch


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_a_directory_is_an_error_record_not_a_hang(tmp_path):
    make_tree(tmp_path / "in")
    os.mkfifo(tmp_path / "in" / "a" / "pipe.html")
    (tmp_path / "in" / "a" / "gone.html").symlink_to(tmp_path / "nowhere.html")
    out = tmp_path / "out.jsonl"
    proc = run_batch(tmp_path / "in", "-o", out, "-j", "1")  # the old batch hung here forever
    assert proc.returncode == 0, proc.stderr
    by_id = {r["id"]: r for r in read_records(out)}
    assert len(by_id) == 7
    fifo = by_id[str(tmp_path / "in" / "a" / "pipe.html")]
    assert fifo["error"]["kind"] == "read_error" and "FIFO" in fifo["error"]["message"]
    dangling = by_id[str(tmp_path / "nowhere.html")]  # the id of a link is where it points
    assert dangling["error"]["kind"] == "read_error"


def test_an_unlistable_directory_is_an_error_record(tmp_path, monkeypatch):
    make_tree(tmp_path)
    locked = str(tmp_path / "a" / "b")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == locked:  # root reads any directory: refuse this one as a mode 000 one would be
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = list(iter_documents([str(tmp_path)]))
    assert [d.id for d in docs] == [str(tmp_path / p) for p in ("five.txt.gz", "four.txt", "a/one.html")] + [locked]
    assert docs[-1].error[0] == "read_error" and "Permission denied" in docs[-1].error[1]


def test_ids_do_not_depend_on_how_the_path_was_typed(tmp_path):
    make_tree(tmp_path / "pages")
    out = tmp_path / "out.jsonl"
    first = run_batch("pages", "-o", "out.jsonl", "-j", "1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    ids = [r["id"] for r in read_records(out)]
    assert ids[0] == str(tmp_path / "pages" / "five.txt.gz")
    again = run_batch(tmp_path / "pages", "-o", out, "-j", "1", "--resume", cwd=tmp_path / "pages" / "a")
    assert again.returncode == 0, again.stderr
    assert "0 documents" in again.stderr and "5 already done" in again.stderr
    assert [r["id"] for r in read_records(out)] == ids


def test_the_same_file_twice_gives_two_records_and_both_survive_a_resume(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(article_html(1))
    out = tmp_path / "out.jsonl"
    proc = run_batch(page, "page.html", "-o", out, "-j", "1", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in read_records(out)] == [str(page), f"{page}#2"]
    lines = out.read_text().splitlines(keepends=True)
    out.write_text(lines[0])  # a run stopped after the first record
    again = run_batch(page, page, "-o", out, "-j", "1", "--resume")
    assert "1 documents" in again.stderr
    assert [r["id"] for r in read_records(out)] == [str(page), f"{page}#2"]


@pytest.mark.skipif(os.name != "posix", reason="needs byte file names")
def test_an_id_that_is_not_utf8_round_trips_exactly(tmp_path):
    directory = os.fsencode(tmp_path / "in")
    os.mkdir(directory)
    with open(os.path.join(directory, b"caf\xe9.html"), "wb") as f:  # Latin-1 bytes: not UTF-8
        f.write(article_html(2).encode())
    out = tmp_path / "out.jsonl"
    proc = run_batch(tmp_path / "in", "-o", out, "-j", "1")
    assert proc.returncode == 0, proc.stderr
    text = out.read_bytes().decode("utf-8")  # still valid UTF-8 JSON
    [record] = [json.loads(line) for line in text.splitlines()]
    assert record["id"] == os.fsdecode(os.path.join(directory, b"caf\xe9.html"))
    again = run_batch(tmp_path / "in", "-o", out, "-j", "1", "--resume")
    assert "0 documents" in again.stderr and "1 already done" in again.stderr
    assert len(read_records(out)) == 1


def test_an_earlier_output_in_an_input_directory_is_not_read_as_pages(tmp_path):
    make_tree(tmp_path / "in")
    old = tmp_path / "in" / "old-run.jsonl"
    first = run_batch(tmp_path / "in", "-o", old, "-j", "1")
    assert first.returncode == 0 and len(read_records(old)) == 5
    out = tmp_path / "new-run.jsonl"
    assert run_batch(tmp_path / "in", "-o", out, "-j", "1").returncode == 0
    records = read_records(out)
    assert len(records) == 6  # the five pages, and one record about the old output
    about_old = records[2]  # in sorted order: five.txt.gz, four.txt, old-run.jsonl, then a/
    assert about_old["id"] == str(old) and about_old["error"]["kind"] == "bad_record"
    assert "output" in about_old["error"]["message"]


def test_max_bytes_caps_gzip_files_and_jsonl_lines(tmp_path):
    import gzip

    (tmp_path / "in").mkdir()
    bomb = b"<html><body><p>" + b"a" * 5_000_000 + b"</p></body></html>"
    (tmp_path / "in" / "bomb.html.gz").write_bytes(gzip.compress(bomb))  # about 5 KB, inflates to 5 MB
    (tmp_path / "in" / "ok.html").write_text(article_html(3))
    lines = [json.dumps({"id": "long", "html": "<p>" + "b" * 2_000_000 + "</p>"}),
             json.dumps({"id": "short", "html": article_html(4)})]
    (tmp_path / "in" / "docs.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    proc = run_batch(tmp_path / "in", "-o", out, "-j", "1", "--max-bytes", "1000000")
    assert proc.returncode == 0, proc.stderr
    by_id = {r["id"]: r for r in read_records(out)}
    assert by_id[str(tmp_path / "in" / "bomb.html.gz")]["error"]["kind"] == "too_large"
    assert by_id[f"{tmp_path / 'in' / 'docs.jsonl'}:1"]["error"]["kind"] == "too_large"
    assert "Report 3.2." in by_id[str(tmp_path / "in" / "ok.html")]["body"]
    assert "Report 4.2." in by_id["short"]["body"]
