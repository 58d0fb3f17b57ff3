"""WARC and WET input: breaks at any offset, HTTP status, WET text, encoded payloads left to the workers."""
from __future__ import annotations

import gzip
import json
import os
import re
from pathlib import Path

import pytest

from newsclean.batch import iter_documents, iter_records
from newsclean.batch.readers import ReadStats

from batch_corpus import article_html, article_plain, http_response, response_record, warc_record
from test_batch import read_records, run_batch


def uuid(n: int) -> str:
    return f"00000000-0000-0000-0000-{n:012d}"


def rid(n: int) -> str:
    return f"<urn:uuid:{uuid(n)}>"


def short_page(n: int) -> bytes:
    return f"<html><head><title>Page {n}</title></head><body><p>Report {n} body.</p></body></html>".encode()


# (record bytes, the id of the document it gives or None, its WARC-Type)
RECORDS = [
    (warc_record("warcinfo", uuid(1), b"software: test\r\n", Content_Type="application/warc-fields"), None),
    (warc_record("request", uuid(2), b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
                 WARC_Target_URI="https://news.example/a", Content_Type="application/http; msgtype=request"), None),
    (response_record(uuid(3), "https://news.example/a", http_response(short_page(3))), rid(3)),
    (response_record(uuid(4), "https://news.example/gone", http_response(short_page(4), "404 Not Found")), None),
    (response_record(uuid(5), "https://news.example/logo.png",
                     http_response(b"\x89PNG\r\n\x1a\n" + bytes(40), content_type="image/png")), None),
    (response_record(uuid(6), "https://news.example/z", http_response(
        gzip.compress(short_page(6)), "200 OK", "text/html", "Content-Encoding: gzip")), rid(6)),
    (warc_record("metadata", uuid(7), b"fetchTimeMs: 12\r\n", WARC_Target_URI="https://news.example/z",
                 Content_Type="application/warc-fields"), None),
    (warc_record("conversion", uuid(8), article_plain(8).encode(), WARC_Target_URI="https://news.example/t",
                 Content_Type="text/plain"), rid(8)),
    (response_record(uuid(9), "https://news.example/b", http_response(short_page(9))), rid(9)),
]
TYPES = ["warcinfo", "request", "response", "response", "response", "response", "metadata", "conversion", "response"]


def read(path: Path) -> list:
    return list(iter_documents([str(path)]))


def check_break(docs: list, expected_docs: list[str], path: Path, offset: int, error_id: str | None = None) -> None:
    assert [d.id for d in docs[:-1]] == expected_docs
    error = docs[-1]
    assert error.error is not None and error.error[0] == "read_error", error
    assert str(path) in error.error[1] and f"offset {offset})" in error.error[1], error.error
    if error_id is not None:
        assert error.id == error_id


def cuts(data: bytes, starts: list[int], marks: list[bytes]) -> list[int]:
    """Offsets to cut at: every 11th byte, and around every record start and structural mark."""
    points = set(starts)
    for mark in marks:
        at = data.find(mark)
        while at >= 0:
            points.update((at, at + len(mark)))
            at = data.find(mark, at + 1)
    around = {p + d for p in points for d in (-2, -1, 0, 1, 2)}
    return sorted(c for c in around | set(range(1, len(data), 11)) if 0 < c < len(data))


def test_a_plain_warc_cut_at_many_offsets(tmp_path):
    data = b"".join(record for record, _ in RECORDS)
    starts = [0]
    for record, _ in RECORDS:
        starts.append(starts[-1] + len(record))
    doc_ids = [doc_id for _, doc_id in RECORDS]
    assert [d.id for d in read(_write(tmp_path / "whole.warc", data))] == [i for i in doc_ids if i]
    path = tmp_path / "cut.warc"
    real = os.path.realpath(path)
    for cut in cuts(data, starts, [b"\r\n\r\n", b"HTTP/1.1", b"Content-Length"]):
        path.write_bytes(data[:cut])
        k = max(n for n, start in enumerate(starts) if start <= cut)
        record, _ = RECORDS[k]
        header_end = starts[k] + record.index(b"\r\n\r\n") + 4
        content_end = starts[k + 1] - 4  # before the blank lines that close the record
        before = [i for i in doc_ids[:k] if i]
        docs = read(path)
        if cut == starts[k]:  # between records: a shorter, whole WARC
            assert [d.id for d in docs] == before, cut
        elif cut < content_end:
            if cut < header_end or TYPES[k] not in ("response", "conversion"):
                error_id = f"{real}@{starts[k]}"
            else:
                error_id = rid(k + 1)
            check_break(docs, before, path, starts[k], error_id)
        else:  # only (part of) the closing blank lines are missing: the record is whole
            assert [d.id for d in docs] == [i for i in doc_ids[: k + 1] if i], cut


def test_a_gzipped_warc_cut_at_many_offsets(tmp_path):
    members = [gzip.compress(record) for record, _ in RECORDS]
    data = b"".join(members)
    starts = [0]
    for member in members:
        starts.append(starts[-1] + len(member))
    doc_ids = [doc_id for _, doc_id in RECORDS]
    path = tmp_path / "cut.warc.gz"
    for cut in cuts(data, starts, []):
        path.write_bytes(data[:cut])
        k = max(n for n, start in enumerate(starts) if start <= cut)
        docs = read(path)
        before = [i for i in doc_ids[:k] if i]
        if cut == starts[k]:
            assert [d.id for d in docs] == before, cut
            continue
        # Inside member k: what it inflated to before the cut may hold its document whole.
        at_most = [i for i in doc_ids[: k + 1] if i]
        assert docs[-1].error is not None, cut
        assert [d.id for d in docs[:-1]] in (before, at_most), cut
        check_break(docs, [d.id for d in docs[:-1]], path, starts[k])


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_damaged_byte_anywhere_gives_records_then_at_most_one_error(tmp_path, gzipped):
    pieces = [gzip.compress(record, mtime=0) if gzipped else record for record, _ in RECORDS]
    data = b"".join(pieces)
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    path = tmp_path / ("damaged.warc.gz" if gzipped else "damaged.warc")
    for at in cuts(data, starts, [b"\r\n\r\n", b"HTTP/1.1", b"Content-Length"] if not gzipped else []):
        damaged = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
        docs = read(_write(path, damaged))  # never an exception
        errors = [n for n, d in enumerate(docs) if d.error is not None and d.error[0] == "read_error"]
        assert errors in ([], [len(docs) - 1]), at
        if errors:
            assert str(path) in docs[-1].error[1] and "offset" in docs[-1].error[1]
        assert len(docs) <= len(RECORDS), at  # a flipped byte may change an id or a type, never add records


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_huge_content_length_is_a_break_not_a_crash(tmp_path):
    good = RECORDS[2][0]
    head, blank, rest = RECORDS[8][0].partition(b"\r\n\r\n")
    bad = re.sub(rb"Content-Length: \d+", b"Content-Length: " + b"9" * 30, head) + blank + rest
    path = _write(tmp_path / "big.warc", good + bad)
    check_break(read(path), [rid(3)], path, len(good))


def test_a_text_file_named_warc_is_an_error_not_zero_records(tmp_path):
    path = _write(tmp_path / "notes.warc", b"These are my notes, not an archive.\n")
    docs = read(path)
    assert len(docs) == 1 and docs[0].error[0] == "read_error"
    assert "not a WARC file" in docs[0].error[1] and str(path) in docs[0].error[1]
    empty = _write(tmp_path / "empty.warc.gz", b"")
    docs = read(empty)
    assert len(docs) == 1 and "empty" in docs[0].error[1]


def test_non_2xx_responses_are_skipped_and_counted_unless_asked_for(tmp_path):
    path = _write(tmp_path / "crawl.warc", b"".join(record for record, _ in RECORDS))
    stats = ReadStats()
    docs = list(iter_documents([str(path)], stats=stats))
    assert rid(4) not in [d.id for d in docs] and stats.status_skipped == 1
    kept = list(iter_documents([str(path)], keep_all_statuses=True))
    assert [d.id for d in kept] == [rid(3), rid(4), rid(6), rid(8), rid(9)]
    assert kept[1].status == 404 and kept[0].status == 200
    assert all(d.warc_date == "2024-05-06T07:08:09Z" for d in kept)

    out = tmp_path / "out.jsonl"
    proc = run_batch(path, "-o", out, "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert "1 non-2xx responses skipped" in proc.stderr
    records = {r["id"]: r for r in read_records(out)}
    assert records[rid(3)]["status"] == 200 and records[rid(3)]["warc_date"] == "2024-05-06T07:08:09Z"
    assert records[rid(8)]["status"] is None  # a WET conversion has no HTTP status
    proc = run_batch(path, "-o", out, "-j", "1", "--all-statuses")
    assert read_records(out)[1]["id"] == rid(4) and read_records(out)[1]["status"] == 404


@pytest.mark.parametrize("name", ["crawl.wet", "crawl.wet.gz"])
def test_wet_conversion_records_are_text_documents(tmp_path, name):
    records = [warc_record("warcinfo", uuid(1), b"software: test\r\n", Content_Type="application/warc-fields")]
    for n in (31, 32):
        records.append(warc_record("conversion", uuid(n), article_plain(n).encode(),
                                   WARC_Target_URI=f"https://news.example/{n}", Content_Type="text/plain"))
    data = b"".join(gzip.compress(r) for r in records) if name.endswith(".gz") else b"".join(records)
    path = _write(tmp_path / name, data)
    out = tmp_path / "out.jsonl"
    proc = run_batch(path, "-o", out, "-j", "1")
    assert proc.returncode == 0, proc.stderr
    got = read_records(out)
    assert [r["id"] for r in got] == [rid(31), rid(32)]
    for record, n in zip(got, (31, 32)):
        assert record["url"] == f"https://news.example/{n}" and record["source_type"] == "text"
        assert f"Report {n}.2." in record["body"] and record["warc_date"] == "2024-05-06T07:08:09Z"


def test_http_gzip_is_left_to_the_worker_and_capped_there(tmp_path):
    page = article_html(5).replace("</article>", "<p>" + "filler words here " * 2000 + "</p></article>").encode()
    encoded = gzip.compress(page)
    path = _write(tmp_path / "bomb.warc", response_record(uuid(40), "https://news.example/big", http_response(
        encoded, "200 OK", "text/html", "Content-Encoding: gzip")) + RECORDS[2][0])
    docs = read(path)
    assert docs[0].data == encoded and docs[0].content_encoding == "gzip"  # still encoded in the parent
    records = list(iter_records(docs, jobs=1, max_bytes=len(page) // 2))
    assert records[0]["error"]["kind"] == "too_large"
    assert records[1]["id"] == rid(3) and "error" not in records[1]
    records = list(iter_records(docs[:1], jobs=1, max_bytes=len(page) * 2))
    assert "Report 5.3." in records[0]["body"]


def test_a_cut_warc_keeps_the_records_of_every_input(tmp_path):
    lines = [json.dumps({"id": f"j{n}", "html": article_html(n)}) for n in range(2)]
    _write(tmp_path / "a.jsonl", ("\n".join(lines) + "\n").encode())
    data = b"".join(record for record, _ in RECORDS)
    cut = _write(tmp_path / "b.warc", data[: data.index(b"Report 9 body")])
    out = tmp_path / "out.jsonl"
    proc = run_batch(tmp_path / "a.jsonl", cut, tmp_path / "a.jsonl", "-o", out, "-j", "2")
    assert proc.returncode == 0, proc.stderr
    ids = [r["id"] for r in read_records(out)]
    assert ids == ["j0", "j1", rid(3), rid(6), rid(8), rid(9), "j0#2", "j1#2"]
    assert read_records(out)[5]["error"]["kind"] == "read_error"
