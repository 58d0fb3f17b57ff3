"""`newsclean batch` end to end: directories, a real WARC, JSONL, corrupt files, resume, --jobs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from batch_corpus import make_corrupt, make_jsonl, make_tree, make_warc

ARTICLE_FIELDS = {"title", "byline", "authors", "date", "body", "description", "site_name", "source_type"}


def run_batch(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the CLI of the newsclean these tests import, from any directory."""
    import newsclean

    package_root = str(Path(newsclean.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", "batch", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
    )


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Every kind of input in one place, and its expected ids in output order."""
    root = tmp_path_factory.mktemp("corpus")
    tree_ids = make_tree(root / "tree")
    warc = make_warc(root / "crawl.warc.gz")
    jsonl_ids = make_jsonl(root / "docs.jsonl")
    corrupt_ids = make_corrupt(root / "corrupt")
    inputs = [root / "tree", root / "crawl.warc.gz", root / "docs.jsonl", root / "corrupt"]
    expected = tree_ids + [rid for rid, _ in warc] + jsonl_ids + corrupt_ids
    return {"root": root, "inputs": inputs, "ids": expected, "warc": warc}


@pytest.fixture(scope="module")
def serial(corpus):
    out = corpus["root"] / "serial.jsonl"
    proc = run_batch(*corpus["inputs"], "--output", out, "--jobs", "1")
    return proc, read_records(out)


@pytest.fixture(scope="module")
def parallel(corpus):
    out = corpus["root"] / "parallel.jsonl"
    proc = run_batch(*corpus["inputs"], "--output", out, "--jobs", "2")
    return proc, read_records(out)


def test_every_document_gives_one_record_in_input_order(corpus, serial):
    proc, records = serial
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in records] == corpus["ids"]


def test_directory_pages_become_articles(corpus, serial):
    by_id = {r["id"]: r for r in serial[1]}
    for n, name in ((1, "a/one.html"), (2, "a/b/two.htm"), (3, "a/b/three.html.gz")):
        record = by_id[str(corpus["root"] / "tree" / name)]
        assert "error" not in record, record
        assert set(record) >= {"id", "url"} | ARTICLE_FIELDS
        assert record["source_type"] == "html"
        assert f"Report {n}.0." in record["body"] and f"Report {n}.4." in record["body"]
    for n, name in ((4, "four.txt"), (5, "five.txt.gz")):
        record = by_id[str(corpus["root"] / "tree" / name)]
        assert record["source_type"] == "text"
        assert f"Report {n}.2." in record["body"]
    assert not any("picture.png" in i or ".hidden" in i for i in by_id)


def test_warc_html_responses_only_with_their_uri(corpus, serial):
    by_id = {r["id"]: r for r in serial[1]}
    for (record_id, uri), n in zip(corpus["warc"], (11, 12, 13)):
        record = by_id[record_id]
        assert record["url"] == uri
        assert "error" not in record, record
        assert f"Report {n}.1." in record["body"]  # n=13 was gzip-encoded in HTTP
    ids = [r["id"] for r in serial[1]]
    start = ids.index(corpus["warc"][0][0])
    # The request, the PNG and the metadata record are skipped: the JSONL records follow.
    assert ids[start : start + 4] == [rid for rid, _ in corpus["warc"]] + ["doc-html"]


def test_jsonl_html_and_text_records(corpus, serial):
    by_id = {r["id"]: r for r in serial[1]}
    assert by_id["doc-html"]["url"] == "https://news.example/j1"
    assert by_id["doc-html"]["source_type"] == "html" and "Report 21.3." in by_id["doc-html"]["body"]
    assert by_id["https://news.example/j2"]["source_type"] == "text"
    assert "Report 23.0." in by_id["23"]["body"]
    bad_line = by_id[str(corpus["root"] / "docs.jsonl") + ":4"]
    assert bad_line["error"]["kind"] == "bad_record"
    assert by_id["no-content"]["error"]["kind"] == "bad_record"


def test_corrupt_files_become_error_records(corpus, serial):
    proc, records = serial
    assert proc.returncode == 0
    by_id = {r["id"]: r for r in records}
    truncated = by_id[str(corpus["root"] / "corrupt" / "truncated.html.gz")]
    assert truncated["error"]["kind"] == "read_error" and truncated["error"]["message"]
    garbage = by_id[str(corpus["root"] / "corrupt" / "garbage.html")]
    assert garbage["error"]["kind"] in {"no_article", "unusable"}
    first_page, cut_page = records[-2:]  # from the WARC cut off inside its second page
    assert "Report 11.0." in first_page["body"]
    assert cut_page["url"] == "https://news.example/b"
    cut_warc = corpus["root"] / "corrupt" / "truncated.warc"
    cut_at = cut_warc.read_bytes().rindex(b"WARC/1.")  # the start of the last, cut record
    assert cut_page["error"] == {
        "kind": "read_error",
        "message": f"{cut_warc}: the file ends inside this record (record at offset {cut_at})",
    }
    assert "Traceback" not in proc.stderr


def test_summary_line_and_no_progress_bar_off_a_terminal(corpus, serial):
    proc, records = serial
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    errors = sum("error" in r for r in records)
    assert lines[0].startswith(f"newsclean batch: {len(records)} documents, {len(records) - errors} articles, {errors} errors")


def test_two_jobs_write_the_same_records_as_one(serial, parallel):
    assert parallel[0].returncode == 0, parallel[0].stderr
    assert parallel[1] == serial[1]


def test_resume_after_a_crash_mid_write(corpus, serial, tmp_path):
    out = tmp_path / "out.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in serial[1]]
    half = len(lines) // 2
    # A run killed while writing: half the records, then part of the next line.
    out.write_text("\n".join(lines[:half]) + "\n" + lines[half][:25], encoding="utf-8")
    proc = run_batch(*corpus["inputs"], "--output", out, "--jobs", "2", "--resume")
    assert proc.returncode == 0, proc.stderr
    assert f"{half} already done" in proc.stderr
    records = read_records(out)
    assert [r["id"] for r in records] == corpus["ids"]
    assert records == serial[1]
    # Nothing left to do: a second resume adds nothing.
    again = run_batch(*corpus["inputs"], "--output", out, "--resume")
    assert again.returncode == 0 and "0 documents" in again.stderr
    assert read_records(out) == serial[1]


def test_output_inside_an_input_directory_is_not_read_back(tmp_path):
    make_tree(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "old", "html": "<p>x</p>"}) + "\n")
    proc = run_batch(tmp_path, "-o", out, "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert len(read_records(out)) == 5


def test_unwritable_output_fails_with_one_clear_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>hello</p>")
    proc = run_batch(page, "--output", page / "out.jsonl")  # under a file: cannot be created, even by root
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"newsclean batch: cannot write {page / 'out.jsonl'}: Not a directory"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--jobs", "0", "--output", "o.jsonl", "x"], "--jobs"),
        (["x.html"], "--output"),
        (["does-not-exist.html", "--output", "o.jsonl"], "does-not-exist.html"),
        (["--output", "o.jsonl"], "INPUT"),
    ],
)
def test_bad_arguments_fail_with_one_clear_line(tmp_path, args, message):
    proc = run_batch(*args, cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in proc.stderr, proc.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_progress_bar_on_a_terminal(tmp_path):
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    make_tree(tmp_path / "tree")
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    import newsclean

    env = {**os.environ, "PYTHONPATH": str(Path(newsclean.__file__).resolve().parents[1])}
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "batch", str(tmp_path / "tree"), "-o", str(tmp_path / "o.jsonl")],
        stderr=follower, stdout=subprocess.DEVNULL, env=env, timeout=120,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    shown = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert "5doc [" in shown and "doc/s" in shown  # the bar: documents and rate
    assert "newsclean batch: 5 documents" in shown


def test_records_to_stdout(tmp_path):
    ids = make_jsonl(tmp_path / "docs.jsonl")
    proc = run_batch(tmp_path / "docs.jsonl", "--output", "-", "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == ids
