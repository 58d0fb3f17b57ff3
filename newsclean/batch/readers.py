"""Inputs of a batch, read lazily: files, directories, WARC/WET archives and JSONL, as Documents."""
from __future__ import annotations

import json
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..errors import InputTooLargeError, NewscleanError
from ..read.source import DEFAULT_MAX_BYTES, inflate_gzip

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt",)
WARC_SUFFIXES = (".warc", ".wet")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# What can go wrong while reading bytes off disk or out of an archive.
READ_ERRORS = (OSError, EOFError, zlib.error, UnicodeDecodeError)


def default_max_bytes() -> int:
    return DEFAULT_MAX_BYTES


@dataclass
class ReadStats:
    """What the readers passed over on purpose, for the batch summary."""

    status_skipped: int = 0  # WARC responses with a non-2xx HTTP status


@dataclass(frozen=True)
class Document:
    """One page to extract, small enough to send to a worker process.

    Files travel as a ``path`` and are read (and gunzipped) by the worker; WARC, WET
    and JSONL documents travel with their payload in ``data``, still HTTP-encoded
    (``content_encoding``) so that inflating happens in the worker, under the cap.
    ``error`` is set when the document could not even be read; it is then reported,
    never dropped. ``status`` and ``warc_date`` come from WARC and WET records.
    """

    id: str
    url: str | None = None
    source_type: str = "auto"
    data: bytes | str | None = None
    path: str | None = None
    error: tuple[str, str] | None = None
    content_encoding: str | None = None
    status: int | None = None
    warc_date: str | None = None
    from_warc: bool = False

    def origin_fields(self) -> dict[str, Any]:
        """The fields an output record carries about where its document came from."""
        return {"status": self.status, "warc_date": self.warc_date} if self.from_warc else {}

    def load(self, max_bytes: int | None = None) -> bytes | str:
        """The document's content, gzip and HTTP content encoding undone, at most ``max_bytes``."""
        cap = default_max_bytes() if max_bytes is None else max_bytes
        if self.data is not None:
            if self.content_encoding and isinstance(self.data, bytes):
                return inflate(self.data, self.content_encoding, cap)
            return self.data
        if self.path is None:
            raise ValueError(f"document {self.id!r} has neither data nor path")
        raw = read_regular_file(self.path, cap)
        return inflate(raw, "gzip", cap) if raw[:2] == b"\x1f\x8b" else raw


def read_regular_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file; never blocks on a FIFO, never reads past the cap."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"not a regular file ({file_type(info.st_mode)})")
        if info.st_size > max_bytes:
            raise InputTooLargeError(f"the file is {info.st_size} bytes, over the size cap of {max_bytes} bytes")
        os.set_blocking(fd, True)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"the file is over the size cap of {max_bytes} bytes")
    return data


def inflate(data: bytes, encoding: str, max_bytes: int) -> bytes:
    """Undo gzip or deflate as a stream that stops at ``max_bytes`` (a gzip bomb costs nothing)."""
    encoding = encoding.lower()
    if encoding in ("identity", "none"):
        return data
    if encoding in ("gzip", "x-gzip"):
        return inflate_gzip(data, max_bytes)
    if encoding == "deflate":
        # Servers send zlib-wrapped or raw deflate under this name.
        wbits = zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS
    else:
        raise NewscleanError(f"unsupported HTTP Content-Encoding {encoding!r}")
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise NewscleanError(f"broken deflate data ({exc})") from None
    if len(out) > max_bytes:
        raise InputTooLargeError(f"the deflate data inflates to over the size cap of {max_bytes} bytes")
    if not inflater.eof:
        raise NewscleanError("the deflate data is cut off before its end")
    return out


def file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


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


def describe(exc: BaseException, with_type: bool = True) -> str:
    """A one-line message for an exception, with its type when the message alone is vague."""
    message = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    if not with_type and message:
        return message
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def file_id(path: str) -> str:
    """The id of a file: its absolute path with symbolic links resolved.

    So the same file gets the same id however its path was typed (relative or
    absolute, through a link), and a ``--resume`` from another directory finds it.
    """
    return os.path.realpath(path)


@dataclass(frozen=True)
class InputFile:
    """A file to read, or a reason it cannot be (then ``error`` is set)."""

    path: str
    error: tuple[str, str] | None = None


def expand_inputs(inputs: Iterable[str], *, exclude: str | None = None) -> Iterator[InputFile]:
    """The files named by ``inputs``: files as given, directories walked recursively.

    Directory walks are sorted (a directory's files, then its subdirectories), so a
    batch reads its documents in the same order on every run; inside directories
    only files of a known kind are taken, hidden files and directories are passed
    over, and links to directories are not followed. A sub-directory that cannot be
    listed, and a file that is not a regular file (a FIFO, a device, a socket) or
    cannot be examined, come out with an ``error``: never a hang, never a silent
    skip. ``exclude`` (the batch's own output file) is never read as an input.
    """
    skip = os.path.realpath(exclude) if exclude else None
    for given in inputs:
        given = os.fsdecode(given)
        if os.path.isdir(given):
            failures: list[OSError] = []
            for root, dirs, files in os.walk(given, onerror=failures.append):
                yield from _walk_errors(failures)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if not name.startswith(".") and _kind(name) and os.path.realpath(path) != skip:
                        yield _checked(path)
            yield from _walk_errors(failures)
        elif os.path.realpath(given) != skip:
            yield _checked(given)


def _walk_errors(failures: list[OSError]) -> Iterator[InputFile]:
    while failures:
        exc = failures.pop(0)
        where = os.fsdecode(exc.filename) if exc.filename else "?"
        yield InputFile(where, ("read_error", f"cannot list the directory: {exc.strerror or exc}"))


def _checked(path: str) -> InputFile:
    try:
        info = os.stat(path)
    except OSError as exc:
        return InputFile(path, ("read_error", f"cannot read the file: {exc.strerror or exc}"))
    if not stat.S_ISREG(info.st_mode):
        return InputFile(path, ("read_error", f"not a regular file ({file_type(info.st_mode)}): not read"))
    return InputFile(path)


def iter_documents(
    inputs: Iterable[str],
    *,
    exclude: str | None = None,
    max_bytes: int | None = None,
    keep_all_statuses: bool = False,
    stats: ReadStats | None = None,
) -> Iterator[Document]:
    """Every document in ``inputs``, one at a time, in a stable order, with unique ids.

    An id met a second time (a repeated JSONL id, a file given twice) gets ``#2``,
    then ``#3``..., in input order, so it is the same on every run.
    """
    stats = stats if stats is not None else ReadStats()
    cap = default_max_bytes() if max_bytes is None else max_bytes
    return unique_ids(_documents(inputs, exclude, cap, keep_all_statuses, stats))


def _documents(inputs, exclude, max_bytes, keep_all_statuses, stats) -> Iterator[Document]:
    for item in expand_inputs(inputs, exclude=exclude):
        path = item.path
        if item.error is not None:
            yield Document(id=file_id(path), error=item.error)
            continue
        kind = _kind(path)
        if kind == "warc":
            yield from read_warc(path, max_bytes=max_bytes, keep_all_statuses=keep_all_statuses, stats=stats)
        elif kind == "jsonl":
            yield from read_jsonl(path, max_bytes=max_bytes)
        else:
            # An explicitly named file of unknown type is still tried: the core sniffs it.
            yield Document(id=file_id(path), source_type=kind or "auto", path=path)


def unique_ids(docs: Iterable[Document]) -> Iterator[Document]:
    seen: set[str] = set()
    for doc in docs:
        doc_id = doc.id
        n = 1
        while doc_id in seen:
            n += 1
            doc_id = f"{doc.id}#{n}"
        seen.add(doc_id)
        yield doc if doc_id == doc.id else replace(doc, id=doc_id)


def read_warc(
    path: str,
    *,
    max_bytes: int | None = None,
    keep_all_statuses: bool = False,
    stats: ReadStats | None = None,
) -> Iterator[Document]:
    """The documents of a WARC or WET file (plain or gzipped), in order.

    HTML ``response`` records (2xx only, unless ``keep_all_statuses``) and ``conversion``
    records (WET text) are documents; the rest is passed over. A file cut off or
    damaged at any point yields the documents before the break, then one error
    document naming the file and the offset (see ``warc.py``).
    """
    from .warc import WarcError, read_warc_items

    cap = default_max_bytes() if max_bytes is None else max_bytes
    name = file_id(path)
    try:
        with open(path, "rb") as handle:
            for item in read_warc_items(handle, max_bytes=cap, keep_all_statuses=keep_all_statuses):
                doc_id = item.record_id or f"{name}@{item.offset}"
                common = dict(id=doc_id, url=item.url, status=item.status, warc_date=item.warc_date, from_warc=True)
                if item.kind == "status_skipped":
                    if stats is not None:
                        stats.status_skipped += 1
                elif item.kind == "too_large":
                    yield Document(**common, error=(
                        "too_large", f"the record's payload is {item.length} bytes, over the size cap of {cap} bytes"))
                else:
                    yield Document(**common, source_type=item.source_type, data=item.payload,
                                   content_encoding=item.content_encoding)
    except WarcError as exc:
        record = exc.record
        is_document = record is not None and record.type in ("response", "conversion") and record.record_id
        yield Document(
            id=record.record_id if is_document else f"{name}@{exc.offset}",
            url=record.headers.get("warc-target-uri") if is_document else None,
            warc_date=record.headers.get("warc-date") if is_document else None,
            from_warc=True,
            error=("read_error", f"{path}: {exc} (record at offset {exc.offset})"),
        )
    except READ_ERRORS as exc:
        yield Document(id=name, error=("read_error", f"{path}: {describe(exc)}"))


def read_jsonl(path: str, *, max_bytes: int | None = None) -> Iterator[Document]:
    """One document per line of a JSONL file: an object with ``html`` or ``text``, and ``id``/``url``.

    The id is the ``id`` field, else the ``url``, else ``FILE:LINE`` (FILE as in
    ``file_id``); a line that is not such an object becomes an error document with id
    ``FILE:LINE``. A line over the size cap is an error, not read into memory. A file
    whose first record is a newsclean output record (an ``id`` and a ``body`` or
    ``error``, no ``html``/``text``) is an earlier batch's output, not input: it gives
    one ``bad_record`` error and is not read further.
    """
    import gzip

    cap = default_max_bytes() if max_bytes is None else max_bytes
    name = file_id(path)
    lineno = 0
    first = True
    try:
        with open(path, "rb") as raw:
            lines = gzip.open(raw) if raw.peek(2)[:2] == b"\x1f\x8b" else raw
            while True:
                line = lines.readline(cap + 1)
                if not line:
                    break
                lineno += 1
                if len(line) > cap and not line.endswith(b"\n"):
                    while line and not line.endswith(b"\n"):  # skip the rest of it, in bounded memory
                        line = lines.readline(1 << 20)
                    yield Document(id=f"{name}:{lineno}", error=(
                        "too_large", f"the line is over the size cap of {cap} bytes"))
                    first = False
                    continue
                if not line.strip():
                    continue
                doc = _jsonl_document(name, lineno, line.decode("utf-8", errors="replace"))
                if first and doc.error is not None and _is_batch_output(line):
                    yield Document(id=name, error=(
                        "bad_record", "this file holds newsclean batch output (records with 'id' and 'body' or "
                        "'error', no 'html' or 'text'), not pages: not read"))
                    return
                first = False
                yield doc
    except READ_ERRORS as exc:
        where = f"{name}:{lineno + 1}" if lineno else name
        yield Document(id=where, error=("read_error", describe(exc)))


def _is_batch_output(line: bytes) -> bool:
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and "id" in obj and ("body" in obj or "error" in obj) and not (
        "html" in obj or "text" in obj)


def _jsonl_document(name: str, lineno: int, line: str) -> Document:
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Document(id=where, error=("bad_record", f"not JSON: {exc}"))
    if not isinstance(obj, dict):
        return Document(id=where, error=("bad_record", "not a JSON object"))
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    doc_id = obj.get("id")
    if doc_id is None:
        doc_id = url or where
    elif not isinstance(doc_id, str):
        doc_id = json.dumps(doc_id, ensure_ascii=False) if not isinstance(doc_id, (int, float)) else str(doc_id)
    for field, source_type in (("html", "html"), ("text", "text")):
        if isinstance(obj.get(field), str):
            return Document(id=doc_id, url=url, source_type=source_type, data=obj[field])
    return Document(id=doc_id, url=url, error=("bad_record", "no string 'html' or 'text' field"))
