"""Turn what the caller passed (str, bytes or path) into decoded text and say whether it is HTML."""
from __future__ import annotations

import codecs
import gzip
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import NewscleanError

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


@dataclass(frozen=True)
class Source:
    text: str
    source_type: str  # "html" or "text"
    path: str | None = None


def read_source(source: str | bytes | os.PathLike[str], source_type: str = "auto") -> Source:
    """Decode and sniff ``source``.

    A ``str`` is treated as a path only when it is a single short line naming an
    existing file; otherwise it is page content.
    """
    if source_type not in ("auto", "html", "text"):
        raise NewscleanError(f"source_type must be 'auto', 'html' or 'text', not {source_type!r}")
    path: str | None = None
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _looks_like_path(source)):
        path = os.fspath(source)
        data = _read_file(path)
        text = decode_bytes(data)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        text = decode_bytes(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise NewscleanError(f"cannot read a {type(source).__name__}: pass str, bytes or a path")
    text = text.lstrip("\ufeff")
    if source_type == "auto":
        source_type = "html" if looks_like_html(text) else "text"
    return Source(text=text, source_type=source_type, path=path)


def _looks_like_path(text: str) -> bool:
    if len(text) > 4096 or "\n" in text or not text.strip():
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise NewscleanError(f"cannot read {path}: {error.strerror or error}") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise NewscleanError(f"cannot read {path}: broken gzip data ({error})") from None
    return data


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
