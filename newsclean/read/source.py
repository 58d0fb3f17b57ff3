"""Turn what the caller passed (str, bytes or path) into decoded text and say whether it is HTML."""
from __future__ import annotations

import codecs
import os
import re
import stat
import zlib
from dataclasses import dataclass

from ..errors import InputTooLargeError, NewscleanError

_HTML_SNIFF = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|span|br|a\s)[\s>/]",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab/newline/carriage return: plenty of them means binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


# The default cap on input size, before decoding and after inflating gzip (as trafilatura's).
DEFAULT_MAX_BYTES = 20_000_000
_GZIP_MAGIC = b"\x1f\x8b"
# Inflating goes in steps of at most this much output, each checked against the cap.
_INFLATE_CHUNK = 1 << 20
_FEED_CHUNK = 1 << 16

# A str that names a file or a URL instead of holding a page (see _path_like).
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")
_PATH_ROOT = re.compile(r"^(?:~?[/\\]|\.\.?[/\\]|[A-Za-z]:[/\\])")
_FILE_SUFFIX = re.compile(r"\.(?:html?|xhtml|shtml|txt|text|gz|json|jsonl|ndjson|xml|warc|wet|arc|md|csv)$",
                          re.IGNORECASE)
_SEPARATOR = re.compile(r"[/\\]")
_SPACE = re.compile(r"\s")
# Longer than any file name a caller would type; a one-line page this long is content.
_PATH_MAX_CHARS = 1024


@dataclass(frozen=True)
class Source:
    text: str
    source_type: str  # "html" or "text"
    path: str | None = None


def read_source(
    source: str | bytes | os.PathLike[str],
    source_type: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Decode and sniff ``source``.

    A ``str`` is always page content; a path is an ``os.PathLike``. A str that looks
    like a file name or a URL raises ``NewscleanError`` instead of being read as a
    one-line page (it was most likely meant as a path). Bytes, files and str over
    ``max_bytes`` (bytes; characters for a str) raise ``InputTooLargeError``; gzip data
    is inflated up to the same cap.
    """
    if source_type not in ("auto", "html", "text"):
        raise NewscleanError(f"source_type must be 'auto', 'html' or 'text', not {source_type!r}")
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise NewscleanError(f"max_bytes must be a positive int, not {max_bytes!r}")
    path: str | None = None
    if isinstance(source, os.PathLike):
        path = os.fsdecode(os.fspath(source))
        text = decode_bytes(_read_file(path, max_bytes))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), max_bytes, "the input")
        if data[:2] == _GZIP_MAGIC:
            data = inflate_gzip(data, max_bytes)
        text = decode_bytes(data)
    elif isinstance(source, str):
        _check_size(len(source), max_bytes, "the input str", unit="characters")
        problem = _path_like(source)
        if problem:
            raise NewscleanError(problem)
        text = _without_surrogates(source)
    else:
        raise NewscleanError(f"cannot read a {type(source).__name__}: pass str, bytes or a path")
    text = text.lstrip("\ufeff")
    if source_type == "auto":
        source_type = "html" if looks_like_html(text) else "text"
    return Source(text=text, source_type=source_type, path=path)


def _path_like(text: str) -> str | None:
    """Why ``text`` cannot be taken as a page: it is a URL or a file name; else None.

    Data is never a file name: a str is not opened, whatever it names. But a short,
    one-line str without markup that has a file suffix, starts like a path or is one
    word with a path separator was meant as a path, and an Article made of that one
    line would be a silent wrong answer.
    """
    if len(text) > _PATH_MAX_CHARS or "\n" in text or "<" in text:
        return None
    name = text.strip()
    if not name:
        return None
    shown = name if len(name) <= 200 else name[:200] + "..."
    if _URL.match(name):
        return ("this str is a URL, not a page: newsclean does not fetch pages; save the page first "
                f"(for example: curl -L -o page.html URL) and pass pathlib.Path('page.html') (got {shown!r})")
    if _PATH_ROOT.match(name) or _FILE_SUFFIX.search(name) or (_SEPARATOR.search(name) and not _SPACE.search(name)):
        return ("this str looks like a file name, not a page: a str is always page content and is never "
                f"opened; to read a file pass pathlib.Path(name) (got {shown!r})")
    return None


def _without_surrogates(text: str) -> str:
    """``text`` with surrogate code points (from JSON "\\ud83d" escapes or "surrogatepass"
    decoding) paired up where they form a character and U+FFFD where they do not, as
    decoding bytes gives: an Article field must encode as UTF-8 (JSON output, a file)."""
    # (Tested in C: ASCII first, with no copy; else UTF-8 encoding, which fails exactly
    # on a surrogate. A regex search tried a character class on every character: 0.9 ms
    # of an ordinary page, against 0.15.)
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _check_size(size: int, max_bytes: int, what: str, unit: str = "bytes") -> None:
    if size > max_bytes:
        raise InputTooLargeError(
            f"{what} is over the size cap of {max_bytes:,} {unit} ({size:,}); raise max_bytes (--max-bytes) to read it"
        )


def _read_file(path: str, max_bytes: int) -> bytes:
    """The file's bytes, gzip inflated; the size is checked before reading and the read is bounded."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise NewscleanError(f"cannot read {path}: it is a directory")
            if stat.S_ISREG(info.st_mode):
                _check_size(info.st_size, max_bytes, path)
            data = handle.read(max_bytes + 1)  # bounded: pipes and devices have no size
    except NewscleanError:
        raise  # a ValueError too: not the one below
    except IsADirectoryError:
        raise NewscleanError(f"cannot read {path}: it is a directory") from None
    except OSError as error:
        raise NewscleanError(f"cannot read {path}: {error.strerror or error}") from None
    except ValueError as error:  # a NUL in the path
        raise NewscleanError(f"cannot read {path!r}: {error}") from None
    _check_size(len(data), max_bytes, path)
    if data[:2] == _GZIP_MAGIC:
        try:
            data = inflate_gzip(data, max_bytes)
        except InputTooLargeError as error:
            raise InputTooLargeError(f"{path}: {error}") from None
        except NewscleanError as error:
            raise NewscleanError(f"cannot read {path}: {error}") from None
    return data


def inflate_gzip(data: bytes, max_bytes: int) -> bytes:
    """Gunzip ``data`` (every member of a multi-member file) as a stream that stops as
    soon as the output passes ``max_bytes``: a gzip bomb costs at most the cap in memory.

    Raises ``InputTooLargeError`` naming the cap, or ``NewscleanError`` on data that is
    not gzip, is cut short or fails its checksum.
    """
    view = memoryview(data)
    out = bytearray()
    pos = 0  # where the next member starts; then the next byte to feed
    while pos < len(view):
        if view[pos:pos + 2] != _GZIP_MAGIC:
            if not view[pos:].tobytes().strip(b"\x00"):
                break  # zero padding after the last member, which gzip allows
            raise NewscleanError("broken gzip data: trailing bytes after the last member")
        inflater = zlib.decompressobj(wbits=31)  # 16 + 15: a gzip header and trailer
        chunk: bytes | memoryview = b""
        try:
            while not inflater.eof:
                if not chunk and pos < len(view):
                    # Fed in slices, so what is left past a member's end is one slice at most.
                    chunk = view[pos:pos + _FEED_CHUNK]
                    pos += len(chunk)
                room = max_bytes + 1 - len(out)  # >= 1: max_length 0 would mean no limit
                piece = inflater.decompress(chunk, min(room, _INFLATE_CHUNK))
                out += piece
                if len(out) > max_bytes:
                    raise InputTooLargeError(
                        f"gzip data inflates to over the size cap of {max_bytes:,} bytes; "
                        "raise max_bytes (--max-bytes) to read it"
                    )
                if not piece and not chunk and not inflater.eof:
                    raise NewscleanError("broken gzip data: it is cut short")
                chunk = inflater.unconsumed_tail
        except zlib.error as error:
            raise NewscleanError(f"broken gzip data ({error})") from None
        pos -= len(inflater.unused_data)  # bytes fed past this member's end
    return bytes(out)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` carries HTML tags."""
    return bool(_HTML_SNIFF.search(text[:4096]))


def decode_bytes(data: bytes) -> str:
    """Decode page bytes: BOM first, then a declared charset, then detection; never raises."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _declared_encoding(data[:4096])
    if declared == "cp1252":
        # Pages that declare latin-1 or ascii are often really UTF-8; when the bytes
        # decode as UTF-8 that reading is almost surely right.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace")


def _declared_encoding(head: bytes) -> str | None:
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="ignore").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages that declare latin-1 are nearly always windows-1252 (as browsers assume).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def looks_like_binary(text: str) -> bool:
    """True when ``text`` is mostly control or replacement characters: not a page at all."""
    sample = text[:8192]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > 0.1 * len(sample)
