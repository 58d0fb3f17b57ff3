"""The few words the engine reads, in several languages (where newsclean/lexicon/chrome.py
has them, from there).

Two kinds: class/id tokens that name page furniture (written by developers, mostly in
English whatever the page's language), and section headings under which a page lists
what is not the article (comments, related stories, "read more").
"""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicon import chrome
from .literals import LiteralPatterns

# Kinds of page furniture named in class and id attributes. Each kind is one feature
# ("class_<kind>"): set when an ancestor's class or id holds one of the patterns.
CLASS_KINDS: dict[str, str] = {
    # (Not "respons...": "responsive" is in the class names of every kind of element.)
    "comment": r"comment|disqus|\brespond|responses|reply|replies|kommentar|commentaire|comentario",
    "related": r"related|recommend|more-?(?:news|stories|articles)|also|teaser|outbrain|taboola|trending|popular|"
               r"most-?read|read-?next|next-?article|up-?next|similar",
    "share": r"share|social|sharing|follow|facebook|twitter|whatsapp|print|email",
    "promo": r"promo|advert|\bads?\b|\bad-|sponsor|newsletter|subscri|signup|sign-up|paywall|banner|cta\b|marketing|"
             r"donat|membership|offer",
    "footer": r"footer|copyright|legal|colophon|site-?info",
    "header": r"header|masthead|topbar|top-bar|branding|logo",
    "nav": r"\bnav|menu|breadcrumb|pagination|pager|skip|toolbar|tabs?\b|jump",
    "sidebar": r"sidebar|side-bar|widget|rail|aside|complementary",
    "byline": r"byline|author|writer|contributor|dateline|\bmeta\b|posted|published|timestamp|\bdate",
    "caption": r"caption|credit|figure|photo|image|gallery|media|video|player|embed",
    "tags": r"\btags?\b|tag-?list|keywords|topics|categor|label",
    "content": r"article|content|entry|post-?body|story|body|text|main|prose|rich-?text|single|detail|body-?copy",
    "title": r"title|headline|heading",
    # A token of its own: "overflow-hidden" and "border-collapse" (utility classes) hide nothing.
    "hidden": r"(?<![\w-])(?:hidden|hide|d-none|is-hidden|invisible)\b|sr-only|visually-?hidden|screen-?reader|"
              r"offscreen",
}
CLASS_KIND_NAMES = tuple(CLASS_KINDS)
# The patterns as literal forms, matched with str methods (literals.py): the same
# matches as re.search(pattern, token, re.IGNORECASE), several times faster.
_CLASS_PATTERNS = LiteralPatterns(CLASS_KINDS.values())


def class_kind_bits(names: str) -> int:
    """The kinds ``names`` (a class and id string) holds, as bits in CLASS_KIND_NAMES order:
    bit k is set when CLASS_KINDS' k-th pattern matches in ``names`` (case-insensitive).

    >>> [k for i, k in enumerate(CLASS_KIND_NAMES) if class_kind_bits("post-comments list") >> i & 1]
    ['comment']
    """
    # Token by token (no pattern matches whitespace, and whitespace is neither \w nor
    # "-" for the assertions), each token's kinds cached: tokens repeat across elements
    # and pages far more than whole attribute strings do.
    bits = 0
    for token in names.split():
        token_bits = _TOKEN_BITS.get(token)
        if token_bits is None:
            if len(_TOKEN_BITS) >= TOKEN_CACHE_SIZE:
                _TOKEN_BITS.clear()
            token_bits = _TOKEN_BITS[token] = _CLASS_PATTERNS.kinds(token)
        bits |= token_bits
    return bits


def class_kind_bits_many(names: Iterable[str]) -> dict[str, int]:
    """class_kind_bits of each string, the tokens not cached yet matched all together
    (LiteralPatterns.kinds_many: one look for each literal form)."""
    strings = set(names)
    # The tokens' bits are gathered in a local dict and only read from there: another
    # thread may clear the shared cache between filling it and reading it.
    known: dict[str, int] = {}
    for text in strings:
        for token in text.split():
            if token not in known:
                bits = _TOKEN_BITS.get(token)
                if bits is not None:
                    known[token] = bits
    new = [token for text in strings for token in text.split() if token not in known]
    if new:
        tokens = list(dict.fromkeys(new))
        found = dict(zip(tokens, _CLASS_PATTERNS.kinds_many(tokens)))
        if len(_TOKEN_BITS) + len(found) > TOKEN_CACHE_SIZE:
            _TOKEN_BITS.clear()
        _TOKEN_BITS.update(found)
        known.update(found)
    out = {}
    for text in strings:
        bits = 0
        for token in text.split():
            bits |= known[token]
        out[text] = bits
    return out


# Tokens whose kinds are cached; past this many the cache starts again (ids such as
# "post-12345" are new on every page).
TOKEN_CACHE_SIZE = 50_000
_TOKEN_BITS: dict[str, int] = {}


# Headings that open a section which is not the article, by kind; lower-case, matched
# at the start of the heading's text. The languages newsclean/lexicon/chrome.py covers
# come from there (one vocabulary for the cleaners and the engine); here only English
# and the languages it lacks.
_OWN_SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "comments": (
        "comment", "comments", "leave a reply", "leave a comment", "join the conversation", "discussion",
        "responses", "replies", "diskussion", "réactions", "комментарии", "kommentarer", "yorumlar",
    ),
    "related": (
        "related", "read more", "read next", "more from", "more on", "more news", "more stories", "see also",
        "you may also like", "you might also like", "recommended", "popular", "most read", "most popular",
        "trending", "latest", "also read", "further reading", "top stories", "more in", "in other news",
        "mehr zu", "meistgelesen", "empfehlungen", "czytaj też", "читайте также", "läs också", "les også", "læs også",
    ),
    "share": ("share", "share this", "follow us"),
}
_LEXICON_SECTION_HEADINGS = {"comments": chrome.COMMENT_LABELS, "related": chrome.RELATED_HEADINGS,
                             "share": chrome.SHARE_VERBS}
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    kind: tuple(dict.fromkeys(own + chrome.phrases(_LEXICON_SECTION_HEADINGS[kind])))
    for kind, own in _OWN_SECTION_HEADINGS.items()
}


def section_kind(heading: str) -> str | None:
    """Which kind of non-article section a heading opens, if any.

    >>> section_kind("Lesen Sie auch"), section_kind("3 Comments"), section_kind("The vote")
    ('related', 'comments', None)
    """
    text = " ".join(_LEADING_COUNT.sub("", heading.lower()).split())[:60]
    for kind, starts in SECTION_HEADINGS.items():
        if text.startswith(starts):
            return kind
    return None


_LEADING_COUNT = re.compile(r"^[\W\d_]+")

# Phrases that open a line that is not article prose: calls to read on (English here,
# the other languages' "read also" labels from newsclean/lexicon/chrome.py), photo
# credits, bylines. Lower-case, matched at the start of the line.
LINE_OPENERS = tuple(dict.fromkeys((
    "read more", "read also", "see also", "related:", "more:", "click here", "sign up", "subscribe",
    *chrome.phrases(chrome.READ_ALSO_LABELS),
    "foto:", "photo:", "bild:", "crédit photo", "credit:", "image:", "picture:", "quelle:", "source:",
    "by ", "von ", "par ", "por ", "di ", "door ", "av ", "copyright", "©", "(c)", "all rights reserved",
    "share", "teilen", "partager", "compartir", "advertisement", "anzeige", "publicité", "publicidad",
)))


def opens_like_furniture(text: str) -> bool:
    """Whether a line starts with one of LINE_OPENERS.

    >>> opens_like_furniture("Foto: dpa"), opens_like_furniture("Footage shows")
    (True, False)
    """
    return text[:24].lower().startswith(LINE_OPENERS)
