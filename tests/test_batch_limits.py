"""Per-document limits in batch: time, memory, dying workers, a dying parent; bad items in extract_many."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import Document, extract_many, iter_records
from newsclean.batch.pool import PoolFailure, ordered_map
from newsclean.errors import NewscleanError

from batch_corpus import article_html


def square_or_hang(n: int) -> int:
    if n == 3:
        time.sleep(3600)  # a document that never ends
    return n * n


def square_or_hog(n: int) -> int:
    if n == 2:
        hog = bytearray(1 << 30)  # 1 GB, over a 200 MB allowance
        return len(hog)
    return n * n


def test_an_item_over_the_time_limit_costs_its_result_and_the_batch_goes_on():
    results = list(ordered_map(square_or_hang, range(8), jobs=2, timeout=1,
                               on_failure=lambda n, failure: failure))
    assert results[:3] == [0, 1, 4] and results[4:] == [16, 25, 36, 49]
    assert results[3].kind == "timeout" and "1 s" in results[3].message


def test_the_time_limit_holds_with_one_job():
    results = ordered_map(square_or_hang, range(5), jobs=1, timeout=1)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    with pytest.raises(PoolFailure, match="timeout"):
        next(results)


def test_an_item_over_the_memory_limit_costs_its_result_only():
    results = list(ordered_map(square_or_hog, range(6), jobs=2, max_memory_mb=200,
                               on_failure=lambda n, failure: failure))
    assert [r for i, r in enumerate(results) if i != 2] == [0, 1, 9, 16, 25]
    assert results[2].kind == "out_of_memory" and "200 MB" in results[2].message


def test_text_and_html_documents_extract_under_a_tight_memory_limit(tmp_path):
    """The worker loads every library before its limit: numpy's OpenBLAS, loaded later, aborts under one.

    Run through the CLI, whose parent process has not loaded the libraries for the workers.
    """
    from batch_corpus import article_plain

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(article_plain(1).encode("cp1252"))
    (tmp_path / "in" / "b.html").write_text(article_html(2))
    out = tmp_path / "out.jsonl"
    proc = run_cli(tmp_path / "in", "-o", out, "-j", "1", "--max-memory", "80", log=tmp_path / "log")
    proc.wait(timeout=120)
    assert proc.returncode == 0, (tmp_path / "log").read_text()
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert "Report 1.3." in records[0].get("body", records[0])
    assert "Report 2.3." in records[1].get("body", records[1])


def hang_on_marker(page):
    """A cleaner that never ends on a page holding the marker: a stand-in for a pathological page."""
    if any("HANG-HERE" in block.text for block in page.blocks):
        time.sleep(3600)
    return []


def test_a_slow_document_becomes_a_timeout_record_in_place():
    docs = [Document(id=f"d{n}", source_type="html", data=article_html(n)) for n in range(4)]
    docs[1] = Document(id="d1", source_type="html", data=article_html(1).replace("Report 1.2.", "HANG-HERE"))
    records = list(iter_records(docs, jobs=2, timeout=2, cleaners=[hang_on_marker]))
    assert [r["id"] for r in records] == ["d0", "d1", "d2", "d3"]
    assert records[1]["error"]["kind"] == "timeout"
    assert all("error" not in records[n] and f"Report {n}.3." in records[n]["body"] for n in (0, 2, 3))


def test_extract_many_time_limit():
    pages = [article_html(0), article_html(1).replace("Report 1.2.", "HANG-HERE"), article_html(2)]
    results = list(extract_many(pages, jobs=1, timeout=2, cleaners=[hang_on_marker], errors="return"))
    assert "Report 0.1." in results[0].body and "Report 2.1." in results[2].body
    assert isinstance(results[1], NewscleanError) and "timeout" in str(results[1])


def test_extract_many_returns_an_error_for_any_bad_item():
    items = [article_html(1), None, 42, article_html(2)]
    results = list(extract_many(items, jobs=1, errors="return"))
    assert "Report 1.0." in results[0].body and "Report 2.0." in results[3].body
    for n in (1, 2):
        assert isinstance(results[n], NewscleanError) and f"item {n}" in str(results[n])
    with pytest.raises(NewscleanError, match="NoneType"):
        list(newsclean.extract_many([None], jobs=1))


def run_cli(*args, log: Path) -> subprocess.Popen:
    """The batch CLI in a subprocess, its stderr to ``log``: a file, so no pipe can outlive it."""
    package_root = str(Path(newsclean.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": package_root}
    with open(log, "w") as stderr:
        return subprocess.Popen([sys.executable, "-m", "newsclean", "batch", *map(str, args)],
                                stdout=subprocess.DEVNULL, stderr=stderr, env=env)


def test_cli_timeout_flag_gives_timeout_records(tmp_path):
    lines = [json.dumps({"id": f"doc{n}", "html": article_html(n)}) for n in range(3)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    # A thousandth of a second is shorter than any extraction: every document times out.
    proc = run_cli(tmp_path / "in.jsonl", "-o", out, "--jobs", "1", "--timeout", "0.001", log=tmp_path / "log")
    proc.wait(timeout=120)
    stderr = (tmp_path / "log").read_text()
    assert proc.returncode == 0, stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["doc0", "doc1", "doc2"]
    assert [r["error"]["kind"] for r in records] == ["timeout"] * 3
    assert "3 errors" in stderr


def children_of(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_kill_9_of_the_parent_then_resume_gives_every_id_once(tmp_path):
    n_docs = 60
    lines = [json.dumps({"id": f"doc{n}", "html": article_html(n)}) for n in range(n_docs)]
    lines.insert(7, lines[3])  # a repeated id: the second one must survive a resume too
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    proc = run_cli(tmp_path / "in.jsonl", "-o", out, "--jobs", "2", log=tmp_path / "log1")
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    workers = children_of(proc.pid)
    assert proc.poll() is None and workers, "the batch ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60  # generous: the workers must go, not go fast
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "workers outlived their parent"
    written = out.read_text()
    assert 0 < written.count("\n") < len(lines)

    resumed = run_cli(tmp_path / "in.jsonl", "-o", out, "--jobs", "2", "--resume", log=tmp_path / "log2")
    resumed.wait(timeout=300)
    stderr = (tmp_path / "log2").read_text()
    assert resumed.returncode == 0, stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    expected = [f"doc{n}" for n in range(n_docs)]
    expected.insert(7, "doc3#2")
    assert sorted(ids) == sorted(expected)
