"""Fuzz newsclean.extract with mutated real pages, text dumps and generated str/bytes.

Not run by CI (tests/test_fuzz.py is the small, fast version in the suite). The promise
under test: ``extract`` raises nothing but ``NewscleanError`` on any str or bytes, and
no input runs over the time limit.

Every input is made from ``(--seed, index)`` alone, so a run is reproducible and a worker
can rebuild input ``i`` without the parent sending it. Each input runs in one of
``--jobs`` worker processes with a deadline; a worker over it is killed (the input is
recorded as a time-out) and replaced, as is a worker that dies.

Usage::

    python benchmarks/fuzz.py --count 100000 --jobs 2 --seed 1 --out-dir /tmp/fuzz
    python benchmarks/fuzz.py --replay /tmp/fuzz        # re-run the saved inputs

The out-dir gets ``summary.json`` (updated as the run goes), ``report.md``, and per crash
class ``crashes/<class>/`` holding the first inputs (``N.input`` + ``N.json``) and a
shrunk ``minimal.py`` reproduction; time-outs go to ``timeouts/``.
"""
from __future__ import annotations

import argparse
import codecs
import gzip
import hashlib
import json
import os
import random
import re
import resource
import signal
import sys
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable, Iterator, Union

REPO_ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the repo in every clone, as in benchmarks/data.py.
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DATASETS = ("wcxb-dev-articles", "trafeval-dev")

Payload = Union[str, bytes]

# ----------------------------------------------------------------------------- mutators
# Each mutator takes a Random and a str or bytes and returns the same type. They are
# shared with tests/test_fuzz.py, which drives them from hypothesis on small snippets.

_TAG_NAMES = ["div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "ol", "h1", "h2",
              "article", "section", "main", "header", "footer", "nav", "aside", "figure", "figcaption",
              "blockquote", "pre", "code", "font", "center", "form", "select", "option", "iframe",
              "svg", "math", "template", "noscript", "script", "style", "title", "meta", "head",
              "body", "html", "time", "address", "br", "hr", "img", "s", "u", "em", "strong"]

BAD_URLS = [
    "http://[::1", "http://[", "https://[::1]:99999/x", "http://a:bad/", "http://a:99999999999/",
    "//[x]/", "http://%zz/", "http://\x00/", "javascript:alert(1)", "http:///", "://", "[", "http://[::1]]",
    "http://user@[v1.x]/", "http://xn--/", "http://.../", "ftp://\ud800/", "https://example.com:-1/",
    "http://[0:0:0:0:0:0:0:0:0]/", "\\\\server\\share", "file:///etc/passwd", " http://a b/",
    "http://" + "a" * 300 + ".com/", "https://example.com/%", "http://[fe80::1%25eth0]/",
]
GOOD_URLS = ["https://example.com/news/2024/05/story.html", "http://news.example.org/a?id=3",
             "https://www.example.co.uk/world-12345678"]

_TAG_FRAGMENTS = [
    "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "</br>", "<p/>", "<s <>", "< s>", "<>", "</>", "<<p>>",
    "<!--", "-->", "<!-- x -->", "<![CDATA[", "]]>", "<![CDATA[x]]>", "<?xml version='1.0'?>",
    "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?php x ?>", "<!DOCTYPE html>",
    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&#8;", "&#0;", "&#x0;", "&#xD800;",
    "&#xDFFF;", "&#1114112;", "&#x110000;", "&#99999999999;", "&#x1F;", "&#127;", "&#65534;", "&#xFFFF;",
    "&amp", "&;", "&#;", "&#x;", "&nbsp", "&bogus;", "<script>", "</script>", "<script>var a='</p>';</script>",
    "<style>", "</style>", "<title>", "</title>", "<title>x</title>", "<h1>", "</h1>", "<h1>Head</h1>",
    "<table>", "<td>", "<tr>", "</table>", "<li>", "<ul>", "<select>", "<option>", "<textarea>",
    "<plaintext>", "<xmp>", "<noscript>", "<template>", "<svg>", "<math>", "<iframe>", "<frameset>",
    "<html>", "</html>", "<body>", "</body>", "<head>", "</head>", "<a href='", "'>", "\">",
    "<a href=\"http://[::1\">x</a>", "<link rel=\"canonical\" href=\"http://[::1\">",
    "<meta property=\"og:url\" content=\"http://[\">", "<base href=\"http://a:bad/\">",
    "<meta charset=\"utf-16\">", "<meta charset=\"x-unknown\">", "<meta charset=\"\">",
    "<meta http-equiv=\"content-type\" content=\"text/html; charset=shift_jis\">",
    "<meta name=\"author\" content=\"", "<meta property=\"article:published_time\" content=\"99999-99-99\">",
    "<time datetime=\"0000-00-00T99:99\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
    "<script type=\"application/ld+json\">[[[[[[", "<img src=x alt=\"", "<div class=\"", "<div id=>",
    "<p class=byline>By ", "<span itemprop=author>", "\u00a9 2024", "<xi:include href=\"/etc/passwd\"/>",
    "<p\x00>", "<\x00p>", "</p\x00>", "<p \ud800>", "<\ufeffp>", "<p title='\u2028'>",
]

_CONTROL_STRS = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f",
                 "\u2028", "\u2029", "\u200b", "\u200e", "\u202e", "\ufffe", "\uffff", "\ufffd", "\r", "\r\r\n"]
_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "\udc80"]
_SURROGATE_BYTES = [b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xb0\x80", b"\xf0\x9f", b"\xc3", b"\xe2\x82"]
_BOMS = ["\ufeff", "\ufffe"]
_BOM_BYTES = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
              codecs.BOM_UTF32_BE]
_CODECS = ["latin-1", "cp1252", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "shift_jis", "euc-jp",
           "euc-kr", "gb18030", "big5", "cp1251", "koi8-r", "iso8859-7", "utf-7", "cp437", "mac-roman"]


def _as(data: Payload, text: str) -> Payload:
    """``text`` in the type of ``data`` (UTF-8, surrogates passed through, for bytes)."""
    return text.encode("utf-8", "surrogatepass") if isinstance(data, bytes) else text


def _pos(rng: random.Random, data: Payload) -> int:
    return rng.randint(0, len(data))


def _insert_many(rng: random.Random, data: Payload, pieces: list[Payload], n: int) -> Payload:
    """Insert ``n`` pieces at random places (positions sorted, so one pass builds the result)."""
    cuts = sorted(_pos(rng, data) for _ in range(n))
    out, last = [], 0
    for cut in cuts:
        out += [data[last:cut], rng.choice(pieces)]
        last = cut
    out.append(data[last:])
    return data[:0].join(out)


def flip_bytes(rng: random.Random, data: Payload) -> Payload:
    """Flip bits or overwrite bytes at 1-32 places (str: in its UTF-8, read back with lone surrogates)."""
    raw = bytearray(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    if not raw:
        return data
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(raw))
        raw[i] = raw[i] ^ (1 << rng.randrange(8)) if rng.random() < 0.6 else rng.randrange(256)
    return bytes(raw) if isinstance(data, bytes) else bytes(raw).decode("utf-8", "surrogateescape")


def truncate(rng: random.Random, data: Payload) -> Payload:
    """Cut the end off: anywhere, or just inside a tag, an entity or a multi-byte character."""
    if not data:
        return data
    if rng.random() < 0.5:
        marks = [m.start() for m in re.finditer(b"[<&\x80-\xff]" if isinstance(data, bytes) else "[<&\x80-\uffff]",
                                                data[: 1 << 20])]
        if marks:
            return data[: rng.choice(marks) + rng.randint(1, 6)]
    return data[: rng.randrange(len(data))]


def duplicate_slice(rng: random.Random, data: Payload) -> Payload:
    """Copy a slice (up to 4 KB) and insert it 1-60 times in a row somewhere, as broken templates do."""
    if not data:
        return data
    start = rng.randrange(len(data))
    piece = data[start:start + rng.randint(1, 4096)]
    at = _pos(rng, data)
    return data[:at] + piece * rng.choice([1, 2, 3, 10, 60]) + data[at:]


def insert_tags(rng: random.Random, data: Payload) -> Payload:
    """Insert 1-40 tags, malformed tags, comments, CDATA, doctypes and odd character references."""
    pieces = [_as(data, t) for t in _TAG_FRAGMENTS + [f"<{n}>" for n in _TAG_NAMES] + [f"</{n}>" for n in _TAG_NAMES]]
    return _insert_many(rng, data, pieces, rng.randint(1, 40))


_TAG_RE_S = re.compile(r"<[^<>]{0,200}>")
_TAG_RE_B = re.compile(rb"<[^<>]{0,200}>")


def delete_tags(rng: random.Random, data: Payload) -> Payload:
    """Delete some tags (a few, or a share of all of them): unclosed elements, stray closers."""
    pattern = _TAG_RE_B if isinstance(data, bytes) else _TAG_RE_S
    spans = [m.span() for m in pattern.finditer(data)]
    if not spans:
        return data
    if rng.random() < 0.5:
        doomed = set(rng.sample(range(len(spans)), min(len(spans), rng.randint(1, 20))))
    else:
        share = rng.random()
        doomed = {i for i in range(len(spans)) if rng.random() < share}
    out, last = [], 0
    for i, (a, b) in enumerate(spans):
        if i in doomed:
            out.append(data[last:a])
            last = b
    out.append(data[last:])
    return data[:0].join(out)


def random_nesting(rng: random.Random, data: Payload) -> Payload:
    """Wrap a region in 2-3000 nested elements, closed properly, wrongly, or not at all."""
    depth = rng.choice([2, 5, 30, 255, 256, 300, 1000, 3000])
    names = [rng.choice(_TAG_NAMES[:30]) for _ in range(rng.randint(1, 4))]
    opens = [names[i % len(names)] for i in range(depth)]
    start, end = sorted((_pos(rng, data), _pos(rng, data)))
    head = "".join(f"<{n}>" for n in opens)
    close_mode = rng.random()
    if close_mode < 0.4:
        tail = "".join(f"</{n}>" for n in reversed(opens))
    elif close_mode < 0.7:
        tail = "".join(f"</{n}>" for n in opens)  # closed in the wrong order
    else:
        tail = ""
    return data[:start] + _as(data, head) + data[start:end] + _as(data, tail) + data[end:]


_FOREIGN = "Zürich – Москва, 東京 “quoted” ½ € ğ 한국어 "


def mixed_encodings(rng: random.Random, data: Payload) -> Payload:
    """Re-encode a slice in another codec and splice in foreign text in a third; maybe a false charset.

    For a str the re-encoded bytes are read back as a single-byte codec: the mojibake a
    page made of several encodings turns into once decoded as one.
    """
    start = rng.randrange(len(data) + 1)
    end = min(len(data), start + rng.randint(1, 8192))
    text = data[start:end].decode("utf-8", "replace") if isinstance(data, bytes) else data[start:end]
    middle = b"".join(piece.encode(rng.choice(_CODECS), "replace") for piece in (text, _FOREIGN))
    if isinstance(data, str):
        middle = middle.decode(rng.choice(["latin-1", "cp1252", "cp1251", "cp437"]), "replace")
    result = data[:start] + middle + data[end:]
    if rng.random() < 0.3:
        declaration = f'<meta charset="{rng.choice(_CODECS + ["utf-8", "bogus", "utf-32-le"])}">'
        at = _pos(rng, result)
        result = result[:at] + _as(result, declaration) + result[at:]
    return result


def insert_nuls(rng: random.Random, data: Payload) -> Payload:
    """Insert NULs: single ones, or a run of up to 4096."""
    pieces = [_as(data, "\x00"), _as(data, "\x00" * rng.choice([2, 16, 4096]))]
    return _insert_many(rng, data, pieces, rng.randint(1, 50))


def insert_surrogates(rng: random.Random, data: Payload) -> Payload:
    """Insert lone surrogates (str) or their encoded forms and cut multi-byte sequences (bytes)."""
    pieces: list[Payload] = list(_SURROGATE_BYTES) if isinstance(data, bytes) else list(_SURROGATES)
    return _insert_many(rng, data, pieces, rng.randint(1, 30))


def insert_boms(rng: random.Random, data: Payload) -> Payload:
    """Insert byte-order marks in the middle (and now and then at the very start)."""
    pieces: list[Payload] = list(_BOM_BYTES) if isinstance(data, bytes) else list(_BOMS)
    result = _insert_many(rng, data, pieces, rng.randint(1, 10))
    return rng.choice(pieces) + result if rng.random() < 0.2 else result


def insert_controls(rng: random.Random, data: Payload) -> Payload:
    """Insert C0/C1 controls, line and paragraph separators, non-characters."""
    pieces = [_as(data, c) for c in _CONTROL_STRS]
    return _insert_many(rng, data, pieces, rng.randint(1, 60))


_URL_ATTR_S = re.compile(r"""(href|src|content)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
_URL_ATTR_B = re.compile(rb"""(href|src|content)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)


def malformed_urls(rng: random.Random, data: Payload) -> Payload:
    """Replace some URL attribute values by malformed URLs and add a canonical/og:url/base that is one."""
    pattern = _URL_ATTR_B if isinstance(data, bytes) else _URL_ATTR_S
    spans = [m.span(2) for m in pattern.finditer(data)]
    chosen = sorted(rng.sample(spans, min(len(spans), rng.randint(1, 20)))) if spans else []
    out, last = [], 0
    for a, b in chosen:
        out += [data[last:a], _as(data, rng.choice(BAD_URLS))]
        last = b
    out.append(data[last:])
    result = data[:0].join(out)
    bad = rng.choice(BAD_URLS).replace('"', "")
    extra = rng.choice([f'<link rel="canonical" href="{bad}">', f'<meta property="og:url" content="{bad}">',
                        f'<base href="{bad}">', f'<a href="{bad}">link</a>'])
    at = _pos(rng, result)
    return result[:at] + _as(result, extra) + result[at:]


def one_line(rng: random.Random, data: Payload) -> Payload:
    """Join all lines into one (a minified page, a dump without line breaks)."""
    nl, sp = (b"\n", b" ") if isinstance(data, bytes) else ("\n", " ")
    return data.replace(nl, sp if rng.random() < 0.5 else nl[:0])


Mutator = Callable[[random.Random, Payload], Payload]

# The mutators for HTML; text dumps get those that make sense without markup (and now
# and then stray tags all the same, as real dumps hold).
MUTATORS: dict[str, Mutator] = {
    f.__name__: f for f in (flip_bytes, truncate, duplicate_slice, insert_tags, delete_tags, random_nesting,
                            mixed_encodings, insert_nuls, insert_surrogates, insert_boms, insert_controls,
                            malformed_urls, one_line)
}
TEXT_MUTATORS: dict[str, Mutator] = {
    name: MUTATORS[name] for name in ("flip_bytes", "truncate", "duplicate_slice", "mixed_encodings",
                                      "insert_nuls", "insert_surrogates", "insert_boms", "insert_controls",
                                      "one_line", "insert_tags")
}


def mutate(rng: random.Random, data: Payload, mutators: dict[str, Mutator],
           rounds: int | None = None) -> tuple[Payload, list[str]]:
    """Apply 1-4 (or ``rounds``) random mutators in turn; returns the result and their names."""
    names = [rng.choice(sorted(mutators)) for _ in range(rounds if rounds is not None else rng.randint(1, 4))]
    for name in names:
        data = mutators[name](rng, data)
        if len(data) > MAX_PAYLOAD:  # duplicated slices and deep nesting can compound
            data = data[:MAX_PAYLOAD]
    return data, names


# ----------------------------------------------------------------------------- generated inputs

_WORDS = ["the", "council", "voted", "By", "Jane", "Doe", "Share", "Read more", "©", "2024", "July 4, 2025",
          "Updated", "Advertisement", "Related", "Минск", "東京", "مرحبا", "Ελλάδα", "ü", "ß", "🙂", "—", "…"]


def generated_str(rng: random.Random) -> str:
    """A str of markup tokens, words, URLs and random code points (surrogates and astral included)."""
    length = rng.choice([0, 1, 2, 10, 100, 1000, 5000])
    parts: list[str] = []
    total = 0
    while total < length:
        roll = rng.random()
        if roll < 0.3:
            piece = rng.choice(_TAG_FRAGMENTS)
        elif roll < 0.55:
            piece = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12)))
        elif roll < 0.65:
            piece = rng.choice(["\n", "\n\n", "\r\n", "\t", " " * rng.randint(1, 50)])
        elif roll < 0.7:
            piece = rng.choice(BAD_URLS + GOOD_URLS)
        else:
            top = rng.choice([0x7F, 0xFF, 0xFFFF, 0x10FFFF])
            piece = "".join(chr(rng.randint(0, top)) for _ in range(rng.randint(1, 20)))
        parts.append(piece)
        total += len(piece)
    return "".join(parts)


def generated_bytes(rng: random.Random) -> bytes:
    """Random bytes, or a generated str in some codec, maybe behind a BOM or gzip magic."""
    roll = rng.random()
    if roll < 0.35:
        data = rng.randbytes(rng.choice([0, 1, 2, 3, 10, 100, 2000]))
    else:
        text = generated_str(rng)
        codec = rng.choice(_CODECS + ["utf-8"] * 4)
        data = text.encode("utf-8", "surrogatepass") if codec == "utf-8" else text.encode(codec, "replace")
    roll = rng.random()
    if roll < 0.1:
        data = rng.choice(_BOM_BYTES) + data
    elif roll < 0.2:
        data = b"\x1f\x8b" + data  # gzip magic in front of something that is not gzip
    elif roll < 0.3:
        data = gzip.compress(data, mtime=0)[: rng.choice([None, 10, 20, -4])]  # whole or cut gzip
    return data


# ----------------------------------------------------------------------------- the corpus and inputs

MAX_PAYLOAD = 4_000_000
KINDS = {  # kind -> weight
    "html-str": 30, "html-bytes": 25, "text-str": 15, "text-bytes": 10, "gen-str": 10, "gen-bytes": 10,
}
MEAN_CUT = 14_000  # mean length of a truncated page (bytes)
FULL_SHARE = 0.04  # share of page inputs kept whole


def corpus_paths(data: Path) -> list[Path]:
    """The .html.gz pages of both development sets, in a fixed order."""
    paths = [p for name in DATASETS for p in sorted((data / name / "html").glob("*.html.gz"))]
    if not paths:
        raise SystemExit(f"no pages under {data}/{{{','.join(DATASETS)}}}/html")
    return paths


@dataclass
class FuzzInput:
    index: int
    kind: str
    payload: Payload
    url: str | None = None
    source_type: str = "auto"
    origin: str = "generated"
    mutations: list[str] = field(default_factory=list)
    whole: bool = False  # the whole page, not a window of it

    @property
    def size(self) -> int:
        return len(self.payload)

    def describe(self) -> dict:
        return {"index": self.index, "kind": self.kind, "size": self.size, "url": self.url,
                "source_type": self.source_type, "origin": self.origin, "mutations": self.mutations,
                "is_str": isinstance(self.payload, str), "whole": self.whole}


class Corpus:
    """The pages, gzip-compressed in memory (shared by forked workers), and text dumps on demand."""

    def __init__(self, paths: list[Path]):
        self.names = [f"{p.parent.parent.name}/{p.name.split('.')[0]}" for p in paths]
        self.blobs = [p.read_bytes() for p in paths]
        self._dumps: dict[tuple[int, str], str] = {}

    def __len__(self) -> int:
        return len(self.blobs)

    def page(self, i: int) -> bytes:
        return gzip.decompress(self.blobs[i])

    def dump(self, i: int, how: str) -> str:
        """The page as a text dump: lxml's text_content, or the markup stripped by a regex."""
        key = (i, how)
        if key not in self._dumps:
            html = self.page(i).decode("utf-8", "replace")
            if how == "lxml":
                from lxml import html as lxml_html

                try:
                    root = lxml_html.document_fromstring(html)
                    for bad in root.xpath("//script|//style"):
                        bad.drop_tree()
                    text = root.text_content()
                except Exception:  # noqa: BLE001 - any page lxml refuses falls back to stripping
                    text = _strip_tags(html)
            else:
                text = _strip_tags(html)
            if len(self._dumps) > 400:
                self._dumps.clear()
            self._dumps[key] = text
        return self._dumps[key]


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    html = re.sub(r"(?i)<(?:br|/p|/div|/h\d|/li|/tr)\b[^>]*>", "\n", html)
    return re.sub(r"<[^>]*>", "", html)


def _cut(rng: random.Random, data: Payload) -> Payload:
    """Most page inputs are a window of the page, of random (exponential) length; a few are whole."""
    if rng.random() < FULL_SHARE:
        return data
    length = int(rng.expovariate(1 / MEAN_CUT)) + 100
    start = 0 if rng.random() < 0.7 else rng.randrange(max(1, len(data) - length))
    return data[start:start + length]


def make_input(seed: int, index: int, corpus: Corpus) -> FuzzInput:
    """Input ``index`` of the campaign ``seed``: the same every time."""
    rng = random.Random(f"newsclean-fuzz:{seed}:{index}")
    kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
    inp = FuzzInput(index=index, kind=kind, payload="")
    if kind.startswith("gen-"):
        inp.payload = generated_str(rng) if kind == "gen-str" else generated_bytes(rng)
    else:
        page_no = rng.randrange(len(corpus))
        inp.origin = corpus.names[page_no]
        if kind.startswith("html-"):
            page = corpus.page(page_no)
            raw: Payload = _cut(rng, page)
            inp.whole = len(raw) == len(page)
            if kind == "html-str":
                raw = raw.decode("utf-8", "replace")
            inp.payload, inp.mutations = mutate(rng, raw, MUTATORS)
        else:
            how = rng.choice(["lxml", "strip"])
            dump = corpus.dump(page_no, how)
            text: Payload = _cut(rng, dump)
            inp.whole = len(text) == len(dump)
            inp.origin += f" ({how} dump)"
            if kind == "text-bytes":
                text = text.encode(rng.choice(["utf-8"] * 6 + ["utf-16", "cp1252", "gb18030"]), "replace")
            inp.payload, inp.mutations = mutate(rng, text, TEXT_MUTATORS, rounds=rng.randint(0, 3))
    roll = rng.random()
    if roll < 0.1:
        inp.url = rng.choice(BAD_URLS)
    elif roll < 0.2:
        inp.url = rng.choice(GOOD_URLS)
    roll = rng.random()
    if kind.startswith("text-"):
        inp.source_type = "text" if roll < 0.6 else "auto"
    else:
        inp.source_type = "auto" if roll < 0.75 else ("html" if roll < 0.92 else "text")
    return inp


# ----------------------------------------------------------------------------- running one input

@dataclass
class Outcome:
    index: int
    kind: str
    size: int
    seconds: float
    status: str  # "ok", "rejected" (NewscleanError), "crash", "timeout", "died"
    error_type: str = ""
    location: str = ""  # innermost newsclean frame, then the raising frame
    message: str = ""
    trace: str = ""
    mutations: list[str] = field(default_factory=list)
    whole: bool = False

    @property
    def crash_key(self) -> str:
        return f"{self.error_type} at {self.location}"


def _location(tb: traceback.StackSummary) -> str:
    ours = [f for f in tb if f"{os.sep}newsclean{os.sep}" in f.filename]
    parts = []
    if ours:
        f = ours[-1]
        parts.append(f"{_short(f.filename)}:{f.lineno} {f.name}")
    last = tb[-1] if tb else None
    if last is not None and (not ours or last is not ours[-1]):
        parts.append(f"{_short(last.filename)}:{last.lineno} {last.name}")
    return " -> ".join(parts) or "?"


def _short(filename: str) -> str:
    for marker in (f"{os.sep}newsclean{os.sep}", f"{os.sep}site-packages{os.sep}", f"{os.sep}lib{os.sep}python"):
        if marker in filename:
            return filename.split(marker, 1)[1] if marker != f"{os.sep}newsclean{os.sep}" else \
                "newsclean/" + filename.split(marker, 1)[1]
    return os.path.basename(filename)


def run_one(inp: FuzzInput) -> Outcome:
    """Extract (and serialise) one input; classify what happened."""
    import newsclean

    start = time.perf_counter()
    status, error_type, location, message, trace = "ok", "", "", "", ""
    try:
        article = newsclean.extract(inp.payload, url=inp.url, source_type=inp.source_type)
        article.to_json()
    except newsclean.NewscleanError:
        status = "rejected"
    except Exception as error:  # noqa: BLE001 - every other exception is a finding
        status = "crash"
        error_type = f"{type(error).__module__}.{type(error).__qualname__}".removeprefix("builtins.")
        tb = traceback.extract_tb(error.__traceback__)
        location = _location(tb)
        message = str(error)[:300]
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))[-6000:]
    return Outcome(inp.index, inp.kind, inp.size, time.perf_counter() - start, status, error_type, location,
                   message, trace)


# ----------------------------------------------------------------------------- worker processes

def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _worker_main(conn: Connection, seed: int, corpus: Corpus | None, mem_mb: int) -> None:
    # The parent handles Ctrl-C and SIGTERM (it stops and reports); a worker just goes on.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if mem_mb:
        limit = mem_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        inp = make_input(seed, task, corpus) if isinstance(task, int) else task
        outcome = run_one(inp)
        outcome.kind, outcome.mutations, outcome.whole = inp.kind, inp.mutations, inp.whole
        conn.send(outcome)


_WARM = False


def warm_up() -> None:
    """Pay the one-time costs before any deadline runs: lazy imports (trafilatura, htmldate,
    charset detection) and dateparser's locale tables, which htmldate's extensive search
    loads on its first odd date strings (3 + 1.4 s here, 10 s on a busy machine). Run in the
    parent, so that forked workers, replacements too, start warm.
    """
    global _WARM
    if _WARM:
        return
    import newsclean

    newsclean.extract("<html><body><h1>T</h1><p>Warm up, twice over.</p></body></html>")
    newsclean.extract(b"\xff\xfeW\x00a\x00r\x00m\x00")
    newsclean.extract("Warm\n\nup", source_type="text")
    try:
        from htmldate.extractors import get_external_parser

        # No locale knows these, so every locale's tables load: its words, then (on the
        # broken timestamp, which parses in no locale) its relative-date translations.
        for odd in ("zz 12 qq 2024", "2025- 01-30T23:07:5 2+00:00"):
            get_external_parser().get_date_data(odd)
    except ImportError:
        pass
    _WARM = True


class Worker:
    """One process that runs tasks (an input index, or a FuzzInput) one at a time, under a deadline."""

    def __init__(self, seed: int, corpus: Corpus | None, mem_mb: int):
        ctx = get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, seed, corpus, mem_mb), daemon=True)
        self.process.start()
        child.close()
        self.task: int | FuzzInput | None = None
        self.deadline = 0.0
        self.started = 0.0

    def submit(self, task: int | FuzzInput, timeout: float) -> None:
        self.task = task
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.conn.send(task)

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()


class Pool:
    """``jobs`` workers; tasks in, (task, Outcome) out, with time-outs and deaths turned into outcomes."""

    def __init__(self, jobs: int, seed: int, corpus: Corpus | None, timeout: float, mem_mb: int,
                 warm: bool = True):
        if warm:
            warm_up()  # workers are forked from this process, so they start warm
        self.args = (seed, corpus, mem_mb)
        self.timeout = timeout
        self.workers = [Worker(*self.args) for _ in range(jobs)]

    def run(self, tasks: Iterator[int | FuzzInput]) -> Iterator[tuple[int | FuzzInput, Outcome]]:
        tasks = iter(tasks)
        exhausted = False
        while True:
            for i, w in enumerate(self.workers):
                if w.task is None and not exhausted:
                    task = next(tasks, None)
                    if task is None:
                        exhausted = True
                    else:
                        w.submit(task, self.timeout)
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                return
            now = time.monotonic()
            ready = wait([w.conn for w in busy], timeout=max(0.0, min(w.deadline for w in busy) - now))
            for w in busy:
                task = w.task
                if w.conn in ready:
                    try:
                        outcome = w.conn.recv()
                    except (EOFError, OSError):
                        w.process.join()
                        outcome = self._lost(task, "died", f"worker exit code {w.process.exitcode}", w)
                        self._replace(w)
                    w.task = None
                    yield task, outcome
                elif time.monotonic() > w.deadline:
                    outcome = self._lost(task, "timeout", f"over {self.timeout:g} s", w)
                    self._replace(w)
                    yield task, outcome

    def _lost(self, task: int | FuzzInput, status: str, message: str, w: Worker) -> Outcome:
        index = task if isinstance(task, int) else task.index
        kind = "" if isinstance(task, int) else task.kind
        return Outcome(index, kind, -1, time.monotonic() - w.started, status, status, "", message)

    def _replace(self, w: Worker) -> None:
        w.kill()
        self.workers[self.workers.index(w)] = Worker(*self.args)

    def close(self) -> None:
        for w in self.workers:
            w.stop()


# ----------------------------------------------------------------------------- the campaign

@dataclass
class Tally:
    """What a run found, kept small enough to write out as JSON every few seconds."""

    seed: int = 0
    requested: int = 0
    done: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)
    by_mutator: Counter = field(default_factory=Counter)  # inputs each mutator was applied to
    whole_pages: int = 0
    status_by_kind: dict = field(default_factory=dict)
    crashes: dict = field(default_factory=dict)  # key -> {count, first indices, message, kinds}
    timeouts: list = field(default_factory=list)
    died: list = field(default_factory=list)
    seconds_total: float = 0.0
    slowest: list = field(default_factory=list)  # [seconds, index, kind, size]
    worst_per_mb: list = field(default_factory=list)  # [s/MB, index, kind, size, seconds]
    wall_seconds: float = 0.0

    def add(self, inp_kind: str, o: Outcome) -> bool:
        """Count one outcome; True when it is the first of a crash class (worth saving)."""
        self.done += 1
        self.by_kind[inp_kind] += 1
        self.by_status[o.status] += 1
        self.by_mutator.update(set(o.mutations))
        self.whole_pages += o.whole
        self.status_by_kind.setdefault(inp_kind, Counter())[o.status] += 1
        first = False
        if o.status == "crash":
            entry = self.crashes.get(o.crash_key)
            if entry is None:
                entry = self.crashes[o.crash_key] = {"count": 0, "indices": [], "message": o.message,
                                                     "kinds": Counter()}
                first = True
            entry["count"] += 1
            entry["kinds"][inp_kind] += 1
            if len(entry["indices"]) < 5:
                entry["indices"].append(o.index)
        elif o.status == "timeout":
            self.timeouts.append(o.index)
        elif o.status == "died":
            self.died.append([o.index, o.message])
        if o.status in ("ok", "rejected", "crash"):
            self.seconds_total += o.seconds
            self.slowest = sorted(self.slowest + [[o.seconds, o.index, inp_kind, o.size]], reverse=True)[:10]
            if o.size >= PER_MB_MIN_SIZE:
                per_mb = o.seconds / (o.size / 1e6)
                self.worst_per_mb = sorted(self.worst_per_mb + [[per_mb, o.index, inp_kind, o.size, o.seconds]],
                                           reverse=True)[:10]
        return first

    def to_json(self) -> dict:
        # Not asdict(): it rebuilds a Counter from its items, counting the pairs.
        d = {name: getattr(self, name) for name in self.__dataclass_fields__}
        d["by_kind"], d["by_status"], d["by_mutator"] = dict(self.by_kind), dict(self.by_status), dict(self.by_mutator)
        d["status_by_kind"] = {k: dict(v) for k, v in self.status_by_kind.items()}
        d["crashes"] = {key: {**entry, "kinds": dict(entry["kinds"])} for key, entry in self.crashes.items()}
        return d


# Time per MB means little on tiny inputs (start-up costs dominate), so it is taken over
# inputs of at least this many bytes or characters.
PER_MB_MIN_SIZE = 50_000


def _slug(key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return re.sub(r"[^A-Za-z0-9]+", "_", key)[:80].strip("_") + "_" + digest


def save_input(directory: Path, inp: FuzzInput, outcome: Outcome | None, stem: str | None = None) -> None:
    """Write the input as ``<stem>.input`` (its bytes; a str as UTF-8 with surrogates passed) and ``<stem>.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = stem or str(inp.index)
    raw = inp.payload.encode("utf-8", "surrogatepass") if isinstance(inp.payload, str) else inp.payload
    (directory / f"{stem}.input").write_bytes(raw)
    meta = inp.describe()
    if outcome is not None:
        meta.update(status=outcome.status, error_type=outcome.error_type, location=outcome.location,
                    message=outcome.message, trace=outcome.trace)
    (directory / f"{stem}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=True))


def load_input(meta_path: Path) -> FuzzInput:
    meta = json.loads(meta_path.read_text())
    raw = meta_path.with_suffix(".input").read_bytes()
    payload: Payload = raw.decode("utf-8", "surrogatepass") if meta["is_str"] else raw
    return FuzzInput(index=meta["index"], kind=meta["kind"], payload=payload, url=meta["url"],
                     source_type=meta["source_type"], origin=meta["origin"], mutations=meta["mutations"],
                     whole=meta.get("whole", False))


def campaign(args: argparse.Namespace) -> Tally:
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(corpus_paths(Path(args.data)))
    tally = Tally(seed=args.seed, requested=args.count)
    pool = Pool(args.jobs, args.seed, corpus, args.timeout, args.mem_mb)
    started = last_write = time.monotonic()
    first_inputs: dict[str, FuzzInput] = {}

    def indices() -> Iterator[int]:
        for index in range(args.start, args.start + args.count):
            if args.max_seconds and time.monotonic() - started > args.max_seconds:
                print(f"--max-seconds {args.max_seconds:g} reached: stopping at {tally.done} inputs",
                      file=sys.stderr, flush=True)
                return
            yield index

    def record(index: int, outcome: Outcome) -> None:
        nonlocal last_write
        inp = None
        if outcome.status in ("crash", "timeout", "died"):
            inp = make_input(args.seed, index, corpus)  # rebuilt here: the worker may be gone
            outcome.kind, outcome.size, outcome.mutations, outcome.whole = inp.kind, inp.size, inp.mutations, inp.whole
        first = tally.add(outcome.kind, outcome)
        if inp is not None and outcome.status == "crash":
            entry = tally.crashes[outcome.crash_key]
            if len(entry["indices"]) <= 3 and index in entry["indices"]:
                save_input(out / "crashes" / _slug(outcome.crash_key), inp, outcome)
            if first:
                first_inputs[outcome.crash_key] = inp
                print(f"[{index}] new crash class: {outcome.crash_key}: {outcome.message[:120]}",
                      file=sys.stderr, flush=True)
        elif inp is not None:
            save_input(out / ("timeouts" if outcome.status == "timeout" else "died"), inp, outcome)
            print(f"[{index}] {outcome.status}: {inp.kind} {inp.size} B from {inp.origin} {inp.mutations}",
                  file=sys.stderr, flush=True)
        now = time.monotonic()
        if now - last_write > 15:
            tally.wall_seconds = now - started
            (out / "summary.json").write_text(json.dumps(tally.to_json(), indent=1))
            print(f"{tally.done}/{args.count} done, {tally.wall_seconds:.0f} s, {len(tally.crashes)} crash classes, "
                  f"{len(tally.timeouts)} time-outs", file=sys.stderr, flush=True)
            last_write = now

    interrupted = False
    signal.signal(signal.SIGTERM, _interrupt)  # kill PID: stop, and report what was done
    try:
        try:
            for task, outcome in pool.run(indices()):
                record(task if isinstance(task, int) else task.index, outcome)
        except KeyboardInterrupt:
            interrupted = True
            print(f"interrupted: reporting the {tally.done} inputs done", file=sys.stderr, flush=True)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        tally.wall_seconds = time.monotonic() - started
        (out / "summary.json").write_text(json.dumps(tally.to_json(), indent=1))
        if args.minimize and not interrupted:
            for key, inp in first_inputs.items():
                minimal = minimize(pool, inp, key, args.minimize)
                write_minimal(out / "crashes" / _slug(key), minimal, key)
    finally:
        pool.close()
    return tally


# ----------------------------------------------------------------------------- shrinking

def minimize(pool: Pool, inp: FuzzInput, key: str, budget: float) -> FuzzInput:
    """Shrink a crashing input (delta debugging on chunks) while it keeps crashing the same way."""
    deadline = time.monotonic() + budget

    def still_crashes(candidate: FuzzInput) -> bool:
        if time.monotonic() > deadline:
            return False
        (_, outcome), = list(pool.run(iter([candidate])))
        return outcome.status == "crash" and outcome.crash_key == key

    best = inp
    for change in ({"url": None}, {"source_type": "auto"}):
        candidate = FuzzInput(**{**asdict(best), **change})
        if candidate != best and still_crashes(candidate):
            best = candidate
    data = best.payload
    chunk = max(1, len(data) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i = 0
        while i < len(data) and time.monotonic() < deadline:
            candidate = FuzzInput(**{**asdict(best), "payload": data[:i] + data[i + chunk:]})
            if still_crashes(candidate):
                best, data = candidate, candidate.payload
            else:
                i += chunk
        chunk //= 2
    if isinstance(data, bytes):  # a str reproduction reads better, when it crashes the same way
        try:
            candidate = FuzzInput(**{**asdict(best), "payload": data.decode("utf-8")})
            if still_crashes(candidate):
                best = candidate
        except UnicodeDecodeError:
            pass
    return best


def reproduction(inp: FuzzInput) -> str:
    """One line of Python that reruns the input."""
    extra = "".join([f", url={inp.url!r}" if inp.url is not None else "",
                     f", source_type={inp.source_type!r}" if inp.source_type != "auto" else ""])
    return f"import newsclean; newsclean.extract({inp.payload!r}{extra})"


def write_minimal(directory: Path, inp: FuzzInput, key: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    save_input(directory, inp, None, stem="minimal")
    (directory / "minimal.py").write_text(f"# {key}\n{reproduction(inp)}\n")


# ----------------------------------------------------------------------------- replay and report

def replay(args: argparse.Namespace) -> int:
    """Re-run every saved input under DIR; report which still fail."""
    metas = sorted(p for p in Path(args.replay).rglob("*.json") if p.with_suffix(".input").exists())
    inputs = [load_input(p) for p in metas]
    pool = Pool(args.jobs, args.seed, None, args.timeout, args.mem_mb)
    still = 0
    try:
        for (task, outcome), meta in zip(pool.run(iter(inputs)), metas):
            assert isinstance(task, FuzzInput)
            bad = outcome.status in ("crash", "timeout", "died")
            still += bad
            what = f"{outcome.status} {outcome.crash_key}" if outcome.status == "crash" else outcome.status
            print(f"{'FAIL' if bad else 'ok  '} {meta.relative_to(args.replay)}: {what} ({outcome.seconds:.2f} s)")
    finally:
        pool.close()
    print(f"{still} of {len(inputs)} saved inputs still fail")
    return 1 if still else 0


def report(tally: Tally, args: argparse.Namespace) -> str:
    lines = [f"# newsclean fuzz run: seed {tally.seed}, {tally.done} inputs, {tally.wall_seconds:.0f} s wall, "
             f"{args.jobs} jobs, time limit {args.timeout:g} s"
             + (f" (stopped early: {tally.done} of {tally.requested} requested)" if tally.done < tally.requested else ""),
             ""]
    lines.append("| kind | inputs | ok | NewscleanError | other exception | time-out | worker died |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for kind in list(KINDS) + ["all"]:
        c = tally.by_status if kind == "all" else tally.status_by_kind.get(kind, Counter())
        n = tally.done if kind == "all" else tally.by_kind.get(kind, 0)
        lines.append(f"| {kind} | {n} | {c.get('ok', 0)} | {c.get('rejected', 0)} | {c.get('crash', 0)} | "
                     f"{c.get('timeout', 0)} | {c.get('died', 0)} |")
    lines += ["", f"Page inputs kept whole (not cut to a window): {tally.whole_pages}. Inputs per mutator: "
              + ", ".join(f"{name} {n}" for name, n in sorted(tally.by_mutator.items())),
              "", f"Exceptions other than NewscleanError: {tally.by_status.get('crash', 0)} in "
              f"{len(tally.crashes)} classes"]
    for key, entry in sorted(tally.crashes.items(), key=lambda kv: -kv[1]["count"]):
        lines.append(f"- {entry['count']} x {key}: {entry['message'][:160]!r} (inputs {entry['indices']})")
        minimal = Path(args.out_dir) / "crashes" / _slug(key) / "minimal.py"
        if minimal.exists():
            lines.append(f"  - reproduction: `{minimal.read_text().splitlines()[1][:400]}`")
    lines += ["", f"Time-outs (> {args.timeout:g} s): {len(tally.timeouts)} {tally.timeouts[:20]}",
              f"Workers died: {len(tally.died)} {tally.died[:10]}", ""]
    mean = tally.seconds_total / max(1, tally.done - len(tally.timeouts) - len(tally.died))
    lines.append(f"Mean time per input {mean * 1000:.1f} ms; slowest: "
                 + ", ".join(f"{s:.2f} s (#{i} {k}, {n} B)" for s, i, k, n in tally.slowest[:5]))
    if tally.worst_per_mb:
        per_mb, i, k, n, s = tally.worst_per_mb[0]
        lines.append(f"Worst time per MB (inputs >= {PER_MB_MIN_SIZE // 1000} KB): {per_mb:.2f} s/MB "
                     f"(#{i} {k}, {n} B, {s:.2f} s); next: "
                     + ", ".join(f"{p:.2f} (#{i2})" for p, i2, *_ in tally.worst_per_mb[1:5]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs to run (default 100000)")
    parser.add_argument("--start", type=int, default=0, help="first input index (to resume or split a run)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per input before it is killed")
    parser.add_argument("--mem-mb", type=int, default=3000, help="address-space limit per worker (0: none)")
    parser.add_argument("--max-seconds", type=float, default=0,
                        help="stop starting inputs after this long and report what was done (0: no limit)")
    parser.add_argument("--minimize", type=float, default=60.0, help="seconds to shrink each crash class (0: no)")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="directory holding the development sets")
    parser.add_argument("--out-dir", default="fuzz-out", help="where crashes, time-outs and the summary go")
    parser.add_argument("--replay", metavar="DIR", help="re-run the inputs saved under DIR instead")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args)
    tally = campaign(args)
    text = report(tally, args)
    (Path(args.out_dir) / "report.md").write_text(text)
    print(text)
    return 1 if tally.crashes or tally.timeouts or tally.died else 0


if __name__ == "__main__":
    sys.exit(main())
