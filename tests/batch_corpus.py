"""Builders for the batch tests: article pages, a directory tree, a real WARC, a JSONL file."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

SENTENCES = [
    "The city council voted on Tuesday to expand the bus network into the northern districts.",
    "Officials said the first new routes would open in the spring, pending a final budget review.",
    "Residents who spoke at the meeting described commutes of more than an hour each way.",
    "The transport authority estimates that the plan will cost about forty million dollars.",
    "Critics argued that the money would be better spent on repairing existing roads and bridges.",
    "Supporters countered that the expansion would cut traffic and help workers reach new jobs.",
    "A final vote on the funding package is expected before the end of the fiscal year.",
    "The mayor said she was confident the council would approve the measure by a wide margin.",
]


def article_text(n: int) -> tuple[str, list[str]]:
    """A title and five paragraphs, different for each ``n``."""
    title = f"Council approves bus expansion plan, part {n}"
    paragraphs = [
        " ".join(SENTENCES[(n + i + k) % len(SENTENCES)] for k in range(3)) + f" (Report {n}.{i}.)"
        for i in range(5)
    ]
    return title, paragraphs


def article_html(n: int) -> str:
    title, paragraphs = article_text(n)
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1><p class='byline'>By Jane Doe</p>{body}</article>"
        f"<footer>Copyright 2024 The Example Times</footer></body></html>"
    )


def article_plain(n: int) -> str:
    title, paragraphs = article_text(n)
    return title + "\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n"


def make_tree(root: Path) -> list[str]:
    """A nested directory of pages (plain, gzipped, text) plus files a batch ignores.

    Returns the paths a batch reads, in its order: a directory's files, then its subdirectories.
    """
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.html").write_text(article_html(1), encoding="utf-8")
    (root / "a" / "b" / "two.htm").write_text(article_html(2), encoding="utf-8")
    (root / "a" / "b" / "three.html.gz").write_bytes(gzip.compress(article_html(3).encode()))
    (root / "four.txt").write_text(article_plain(4), encoding="utf-8")
    (root / "five.txt.gz").write_bytes(gzip.compress(article_plain(5).encode()))
    (root / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / ".hidden.html").write_text(article_html(6), encoding="utf-8")
    return [str(root / p) for p in ("five.txt.gz", "four.txt", "a/one.html", "a/b/three.html.gz", "a/b/two.htm")]


def make_corrupt(root: Path) -> list[str]:
    """A truncated gzip, a file of binary garbage, and a WARC cut off inside its second page.

    Returns the ids a batch gives, in order: the WARC's first page, then its cut one.
    """
    root.mkdir(parents=True, exist_ok=True)
    whole = gzip.compress(article_html(7).encode())
    (root / "truncated.html.gz").write_bytes(whole[: len(whole) // 2])
    (root / "garbage.html").write_bytes(bytes((i * 97 + 13) % 256 for i in range(4096)))
    warc = root / "truncated.warc"
    pages = make_warc(warc)
    data = warc.read_bytes()
    warc.write_bytes(data[: data.index(b"Report 12.2.")])
    return [str(root / "garbage.html"), str(root / "truncated.html.gz")] + [record_id for record_id, _ in pages[:2]]


def make_warc(path: Path) -> list[tuple[str, str]]:
    """A real WARC: HTML responses, one gzip-encoded, plus records a batch must skip.

    Returns the (record id, target URI) of the HTML responses, in file order.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    kept = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))

        def response(uri: str, payload: bytes, content_type: str, encoding: str | None = None):
            headers = [("Content-Type", content_type), ("Content-Length", str(len(payload)))]
            if encoding:
                headers.append(("Content-Encoding", encoding))
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http)
            writer.write_record(record)
            return record

        request = writer.create_warc_record(
            "https://news.example/a", "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example")], is_http_request=True),
        )
        writer.write_record(request)
        for n, uri in ((11, "https://news.example/a"), (12, "https://news.example/b")):
            rec = response(uri, article_html(n).encode(), "text/html; charset=utf-8")
            kept.append((rec.rec_headers.get_header("WARC-Record-ID"), uri))
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(32), "image/png")
        rec = response("https://news.example/c", gzip.compress(article_html(13).encode()), "text/html", "gzip")
        kept.append((rec.rec_headers.get_header("WARC-Record-ID"), "https://news.example/c"))
        meta = writer.create_warc_record(
            "https://news.example/c", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\n"),
            warc_content_type="application/warc-fields",
        )
        writer.write_record(meta)
    return kept


def make_jsonl(path: Path) -> list[str]:
    """JSONL with html and text records, ids and urls, and two bad lines. Returns the ids in order."""
    lines = [
        json.dumps({"id": "doc-html", "url": "https://news.example/j1", "html": article_html(21)}),
        json.dumps({"url": "https://news.example/j2", "text": article_plain(22)}),
        json.dumps({"id": 23, "text": article_plain(23)}),
        "{not json at all",
        json.dumps({"id": "no-content", "title": "nothing to extract"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["doc-html", "https://news.example/j2", "23", f"{path}:4", "no-content"]


def warc_record(warc_type: str, record_id: str, content: bytes, **headers: str) -> bytes:
    """One WARC record written by hand: version line, headers, blank line, content, blank lines."""
    lines = [
        "WARC/1.1",
        f"WARC-Type: {warc_type}",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        "WARC-Date: 2024-05-06T07:08:09Z",
        *(f"{name.replace('_', '-')}: {value}" for name, value in headers.items()),
        f"Content-Length: {len(content)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + content + b"\r\n\r\n"


def http_response(body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
                  *extra: str) -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", *extra, f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def response_record(record_id: str, uri: str, http: bytes) -> bytes:
    return warc_record("response", record_id, http, WARC_Target_URI=uri,
                       Content_Type="application/http; msgtype=response")
