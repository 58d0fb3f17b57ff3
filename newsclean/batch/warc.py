"""Reading WARC and WET files record by record, never losing a record to a break in the file.

The framing is read here rather than by warcio, because a crawl file may be cut or
damaged at any byte, and every such break must end in one error record naming the file
and the offset (warcio raises AttributeError or OverflowError on some, and ends quietly
on others). A WARC record is simple: a ``WARC/1.x`` line, header lines, a blank line,
``Content-Length`` bytes of content, then a blank line or two. A gzipped WARC is a
series of gzip members (usually one per record), inflated here as a stream in bounded
memory: payloads that are documents are kept up to the size cap, the rest is skipped.

Only the framing and the HTTP head are read in the batch's parent process. HTTP
``Content-Encoding`` (a gzip bomb, say) is undone in the worker, with the size cap.
"""
from __future__ import annotations

import re
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

CHUNK = 1 << 16
MAX_HEADER_LINE = 1 << 16  # a longer header line is damage, not a header
MAX_HEADER_BYTES = 1 << 20  # the same for a whole WARC or HTTP header block
_DIGITS = re.compile(rb"[0-9]{1,18}")  # a Content-Length of more digits is damage too
_STATUS_LINE = re.compile(rb"HTTP/\d(?:\.\d)?\s+(\d{3})\b")


class WarcBreak(Exception):
    """The file is cut off or damaged; ``offset`` is where (a file offset)."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.offset = offset


class _Stream:
    """The bytes of a WARC file, inflated member by member when it is gzipped.

    ``offset_at(position)`` maps a position in the (inflated) stream to a file offset:
    the byte itself in a plain file, the start of its gzip member in a gzipped one.
    """

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        head = handle.read(2)
        self.gzipped = head == b"\x1f\x8b"
        self.buf = bytearray(head) if not self.gzipped else bytearray()
        self.start = 0  # stream position of buf[0]
        self.pos = 0  # stream position of the next byte to read
        self.produced = len(self.buf)  # stream bytes produced so far
        self.pending = head if self.gzipped else b""  # compressed bytes not yet inflated
        self.pending_at = 0  # file offset of pending[0]
        self.inflater = None
        self.members: deque[tuple[int, int]] = deque()  # (stream position, file offset) of member starts

    def offset_at(self, position: int) -> int:
        if not self.gzipped:
            return position
        offset = 0
        for stream_position, file_offset in self.members:
            if stream_position > position:
                break
            offset = file_offset
        return offset

    def _fill(self) -> bool:
        """Add more bytes to the buffer; False at the clean end of the file."""
        if self.pos - self.start > CHUNK * 4:  # drop what was read
            del self.buf[: self.pos - self.start]
            self.start = self.pos
            while len(self.members) > 1 and self.members[1][0] <= self.pos:
                self.members.popleft()
        if not self.gzipped:
            chunk = self.handle.read(CHUNK)
            self.buf += chunk
            self.produced += len(chunk)
            return bool(chunk)
        while True:
            if not self.pending:
                self.pending = self.handle.read(CHUNK)
                if not self.pending:
                    if self.inflater is not None:
                        raise WarcBreak("the file ends inside a gzip member", self.members[-1][1])
                    return False
            if self.inflater is None:
                self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self.members.append((self.produced, self.pending_at))
            data = self.pending
            try:
                out = self.inflater.decompress(data, CHUNK * 4)
            except zlib.error as exc:
                raise WarcBreak(f"broken gzip data ({exc})", self.members[-1][1]) from None
            if self.inflater.eof:
                rest = self.inflater.unused_data
                self.inflater = None
            else:
                rest = self.inflater.unconsumed_tail
            self.pending_at += len(data) - len(rest)
            self.pending = rest
            if out:
                self.buf += out
                self.produced += len(out)
                return True

    def readline(self, limit: int = MAX_HEADER_LINE) -> bytes:
        """One line with its newline; shorter at the end of the file; ``limit`` bytes at most."""
        while True:
            end = self.buf.find(b"\n", self.pos - self.start, self.pos - self.start + limit)
            if end >= 0:
                line = bytes(self.buf[self.pos - self.start : end + 1])
                break
            if self.produced - self.pos >= limit or not self._fill():
                line = bytes(self.buf[self.pos - self.start : self.pos - self.start + limit])
                break
        self.pos += len(line)
        return line

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes (fewer only at the end of the file)."""
        while self.produced - self.pos < size and self._fill():
            pass
        data = bytes(self.buf[self.pos - self.start : self.pos - self.start + size])
        self.pos += len(data)
        return data

    def skip(self, size: int) -> int:
        """Skip up to ``size`` bytes in bounded memory; the number skipped."""
        skipped = 0
        while skipped < size:
            if self.produced == self.pos and not self._fill():
                break
            step = min(size - skipped, self.produced - self.pos)
            self.pos += step
            skipped += step
        return skipped


@dataclass
class WarcItem:
    """What a WARC yields: a document's payload, a record too big to keep, or a skipped response."""

    kind: str  # "document", "too_large", "status_skipped"
    record_id: str | None
    url: str | None
    warc_date: str | None
    offset: int
    source_type: str = "html"
    status: int | None = None
    payload: bytes = b""
    content_encoding: str | None = None
    length: int = 0


@dataclass
class _Record:
    offset: int
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def record_id(self) -> str | None:
        return self.headers.get("warc-record-id")

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "").lower()


class WarcError(Exception):
    """A break in a WARC, with the id of the record it broke (when it is a document) and the offset."""

    def __init__(self, message: str, offset: int, record: _Record | None):
        super().__init__(message)
        self.offset = offset
        self.record = record


def read_warc_items(handle: BinaryIO, *, max_bytes: int, keep_all_statuses: bool) -> Iterator[WarcItem]:
    """The documents of a WARC or WET stream, in order; raises WarcError at a break.

    Documents are ``response`` records holding an HTTP response with an HTML
    Content-Type (non-2xx skipped unless ``keep_all_statuses``), and ``conversion``
    records (the plain text of WET files). Everything else is skipped.
    """
    stream = _Stream(handle)
    first = True
    while True:
        record = None
        try:
            line = stream.readline()
            while line and not line.strip():  # the blank lines that end a record (or part of them)
                line = stream.readline()
            if not line:
                if first:
                    raise WarcBreak("the file is empty: no WARC record in it", 0)
                return
            offset = stream.offset_at(stream.pos - len(line))
            record = _Record(offset)
            if not line.startswith(b"WARC/"):
                what = "not a WARC file" if first else "no WARC record where one should start"
                raise WarcBreak(f"{what} (no 'WARC/' version line at offset {offset})", offset)
            first = False
            record.headers = _read_headers(stream, "WARC")
            length = _content_length(record.headers.get("content-length"))
            item = _read_content(stream, record, length, max_bytes, keep_all_statuses)
        except WarcBreak as exc:
            offset = record.offset if record is not None else exc.offset
            raise WarcError(str(exc), offset, record) from None
        if item is not None:
            yield item


def _read_headers(stream: _Stream, what: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    total = 0
    while True:
        line = stream.readline()
        total += len(line)
        if not line:
            raise WarcBreak(f"the file ends inside a {what} header", stream.offset_at(stream.pos))
        if line in (b"\r\n", b"\n"):
            return headers
        if not line.endswith(b"\n") or total > MAX_HEADER_BYTES:
            raise WarcBreak(f"a {what} header line is too long (damaged data)", stream.offset_at(stream.pos))
        name, sep, value = line.partition(b":")
        if not sep:
            if line[:1] in (b" ", b"\t") and headers:  # a folded continuation line
                continue
            raise WarcBreak(f"a malformed {what} header line: {line[:60]!r}", stream.offset_at(stream.pos - len(line)))
        headers.setdefault(name.strip().decode("latin-1").lower(), value.strip().decode("utf-8", "replace"))


def _content_length(value: str | None) -> int:
    if value is None:
        raise WarcBreak("a WARC record without Content-Length", 0)
    if not _DIGITS.fullmatch(value.encode("ascii", "replace")):
        raise WarcBreak(f"a bad Content-Length: {value[:40]!r}", 0)
    return int(value)


def _read_content(
    stream: _Stream, record: _Record, length: int, max_bytes: int, keep_all_statuses: bool
) -> WarcItem | None:
    start = stream.pos

    def skip_rest() -> None:
        remaining = length - (stream.pos - start)
        if stream.skip(remaining) < remaining:
            raise WarcBreak("the file ends inside this record", record.offset)

    def item(kind: str, **fields) -> WarcItem:
        return WarcItem(
            kind=kind, record_id=record.record_id, url=record.headers.get("warc-target-uri"),
            warc_date=record.headers.get("warc-date"), offset=record.offset, **fields,
        )

    try:
        if record.type == "conversion":
            if length > max_bytes:
                skip_rest()
                return item("too_large", source_type="text", length=length)
            payload = stream.read(length)
            if len(payload) < length:
                raise WarcBreak("the file ends inside this record", record.offset)
            return item("document", source_type="text", payload=payload)
        content_type = record.headers.get("content-type", "").lower()
        # A response without a Content-Type is tried as HTTP too (the status line decides).
        if record.type != "response" or (content_type and "application/http" not in content_type):
            skip_rest()
            return None
        head = _read_http_head(stream, start, length, record)
        if head is None:
            skip_rest()
            return None
        status, http_headers = head
        if "html" not in http_headers.get("content-type", "").lower():
            skip_rest()
            return None
        if not 200 <= status < 300 and not keep_all_statuses:
            skip_rest()
            return item("status_skipped", status=status)
        body_length = length - (stream.pos - start)
        if body_length > max_bytes:
            skip_rest()
            return item("too_large", status=status, length=body_length)
        payload = stream.read(body_length)
        if len(payload) < body_length:
            raise WarcBreak("the file ends inside this record", record.offset)
        if "chunked" in http_headers.get("transfer-encoding", "").lower():
            payload = dechunk(payload)
        encoding = http_headers.get("content-encoding", "").strip().lower() or None
        return item("document", status=status, payload=payload, content_encoding=encoding)
    except WarcBreak as exc:
        if exc.offset == 0 and record.offset:
            exc.offset = record.offset
        raise


def _read_http_head(stream: _Stream, start: int, length: int, record: _Record) -> tuple[int, dict[str, str]] | None:
    """The status and headers of the HTTP response at the start of a record, or None when it is not one."""
    line = stream.readline(min(MAX_HEADER_LINE, length))
    match = _STATUS_LINE.match(line)
    if not match:
        if len(line) < min(MAX_HEADER_LINE, length) and not line.endswith(b"\n"):
            raise WarcBreak("the file ends inside this record", record.offset)
        return None  # not HTTP (dns:, ftp:...): not a document
    headers: dict[str, str] = {}
    while True:
        if stream.pos - start >= length:
            return None  # no blank line inside the record: a broken HTTP head, not a page
        line = stream.readline(min(MAX_HEADER_LINE, length - (stream.pos - start)))
        if not line:
            raise WarcBreak("the file ends inside this record", record.offset)
        if line in (b"\r\n", b"\n"):
            return int(match.group(1)), headers
        name, sep, value = line.partition(b":")
        if sep:
            headers.setdefault(name.strip().decode("latin-1").lower(), value.strip().decode("latin-1"))


def dechunk(data: bytes) -> bytes:
    """Undo HTTP chunked transfer coding; the data as it is when it is not chunked after all."""
    out = bytearray()
    pos = 0
    try:
        while True:
            end = data.index(b"\r\n", pos)
            size = int(data[pos:end].split(b";")[0].strip() or b"x", 16)
            if size == 0:
                return bytes(out)
            start = end + 2
            if start + size > len(data):
                return data
            out += data[start : start + size]
            pos = start + size + 2
    except ValueError:
        return data
