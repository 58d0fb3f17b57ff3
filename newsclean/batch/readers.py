"""Inputs of a batch, read lazily: files, directories, WARC archives and JSONL, as Documents."""
from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt",)
WARC_SUFFIXES = (".warc",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# What can go wrong while reading bytes off disk or out of an archive.
READ_ERRORS = (OSError, EOFError, zlib.error, UnicodeDecodeError)


@dataclass(frozen=True)
class Document:
    """One page to extract, small enough to send to a worker process.

    Files travel as a ``path`` and are read (and gunzipped) by the worker; WARC and
    JSONL documents travel with their payload in ``data``. ``error`` is set when the
    document could not even be read; it is then reported, never dropped.
    """

    id: str
    url: str | None = None
    source_type: str = "auto"
    data: bytes | str | None = None
    path: str | None = None
    error: tuple[str, str] | None = None

    def load(self) -> bytes | str:
        if self.data is not None:
            return self.data
        if self.path is None:
            raise ValueError(f"document {self.id!r} has neither data nor path")
        with open(self.path, "rb") as f:
            raw = f.read()
        return gzip.decompress(raw) if self.path.endswith(".gz") else raw


def _kind(path: str) -> str | None:
    """``html``, ``text``, ``warc``, ``jsonl``, or None for a file a batch does not read."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for kind, suffixes in (
        ("html", HTML_SUFFIXES),
        ("text", TEXT_SUFFIXES),
        ("warc", WARC_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def describe(exc: BaseException) -> str:
    """A one-line message for an exception, with its type when the message alone is vague."""
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def expand_inputs(inputs: Iterable[str], *, exclude: str | None = None) -> Iterator[str]:
    """The files named by ``inputs``: files as given, directories walked recursively.

    Directory walks are sorted, so a batch reads its documents in the same order on
    every run; inside directories only files of a known kind are taken, hidden
    files and directories are skipped. ``exclude`` (the batch's own output file) is
    never read as an input.
    """
    skip = os.path.realpath(exclude) if exclude else None
    for given in inputs:
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if not name.startswith(".") and _kind(name) and os.path.realpath(path) != skip:
                        yield path
        elif os.path.realpath(given) != skip:
            yield given


def iter_documents(inputs: Iterable[str], *, exclude: str | None = None) -> Iterator[Document]:
    """Every document in ``inputs``, one at a time, in a stable order."""
    for path in expand_inputs(inputs, exclude=exclude):
        kind = _kind(path)
        if kind == "warc":
            yield from read_warc(path)
        elif kind == "jsonl":
            yield from read_jsonl(path)
        else:
            # An explicitly named file of unknown type is still tried: the core sniffs it.
            yield Document(id=path, source_type=kind or "auto", path=path)


def read_warc(path: str) -> Iterator[Document]:
    """The HTML ``response`` records of a WARC (plain or gzipped), with their target URI.

    Requests, metadata, revisits and non-HTML responses are not documents and are
    passed over. warcio ends quietly on a truncated archive, so every record is read
    to its declared length here: an archive that breaks part-way yields the records
    before the break, then one error document (the broken HTML record's id, or else
    the path).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                doc = _warc_document(path, record)
                if not _read_to_end(record):
                    if doc is None:
                        yield Document(id=path, error=("read_error", "the archive is truncated or corrupt"))
                    else:
                        yield Document(id=doc.id, url=doc.url, error=("read_error", "the archive ends inside this record"))
                    return
                if doc is not None:
                    yield doc
    except (*READ_ERRORS, ArchiveLoadFailed, ValueError) as exc:
        yield Document(id=path, error=("read_error", describe(exc)))


def _warc_document(path: str, record) -> Document | None:
    """The Document of one WARC record, or None when it is not an HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    doc_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path}@{url}"
    try:
        payload = record.content_stream().read()  # undoes HTTP chunking and Content-Encoding
    except READ_ERRORS as exc:
        return Document(id=doc_id, url=url, error=("read_error", describe(exc)))
    return Document(id=doc_id, url=url, source_type="html", data=payload)


def _read_to_end(record) -> bool:
    """Consume the rest of a record; False when it ends before its declared Content-Length."""
    from warcio.limitreader import LimitReader

    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return isinstance(raw, LimitReader) and raw.limit == 0


def read_jsonl(path: str) -> Iterator[Document]:
    """One document per line of a JSONL file: an object with ``html`` or ``text``, and ``id``/``url``.

    The id is the ``id`` field, else the ``url``, else ``PATH:LINE``; a line that is not
    such an object becomes an error document with id ``PATH:LINE``.
    """
    opener = gzip.open if path.lower().endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as lines:
            for lineno, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                yield _jsonl_document(path, lineno, line)
    except READ_ERRORS as exc:
        where = f"{path}:{lineno + 1}" if lineno else path
        yield Document(id=where, error=("read_error", describe(exc)))


def _jsonl_document(path: str, lineno: int, line: str) -> Document:
    where = f"{path}:{lineno}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Document(id=where, error=("bad_record", f"not JSON: {exc}"))
    if not isinstance(obj, dict):
        return Document(id=where, error=("bad_record", "not a JSON object"))
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    doc_id = obj.get("id")
    doc_id = str(doc_id) if doc_id is not None else (url or where)
    for field, source_type in (("html", "html"), ("text", "text")):
        if isinstance(obj.get(field), str):
            return Document(id=doc_id, url=url, source_type=source_type, data=obj[field])
    return Document(id=doc_id, url=url, error=("bad_record", "no string 'html' or 'text' field"))
