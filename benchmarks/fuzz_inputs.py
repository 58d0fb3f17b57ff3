"""Inputs for the fuzz harness: mutators, generated str and bytes, and the corpus of real pages.

Each input is made from ``(seed, index)`` alone (``make_input``), so a run is reproducible
and a worker rebuilds input ``i`` without the parent sending it. The mutators are shared
with tests/test_fuzz.py, which drives them from hypothesis on small invented snippets.
"""
from __future__ import annotations

import codecs
import gzip
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Union

REPO_ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the repo in every clone, as in benchmarks/data.py.
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DATASETS = ("wcxb-dev-articles", "trafeval-dev")

Payload = Union[str, bytes]
# ----------------------------------------------------------------------------- mutators
# Each mutator takes a Random and a str or bytes and returns the same type.

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
MAX_BYTES_SHARE = 0.03  # share of inputs run under a size cap around their own size


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
    max_bytes: int | None = None  # a size cap to pass to extract (where it takes one)

    @property
    def size(self) -> int:
        return len(self.payload)

    def describe(self) -> dict:
        return {"index": self.index, "kind": self.kind, "size": self.size, "url": self.url,
                "source_type": self.source_type, "origin": self.origin, "mutations": self.mutations,
                "is_str": isinstance(self.payload, str), "whole": self.whole, "max_bytes": self.max_bytes}


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
    # Drawn last, so that adding it left every earlier input as it was.
    if rng.random() < MAX_BYTES_SHARE:
        inp.max_bytes = rng.randint(0, 2 * len(inp.payload) + 10)
    return inp
