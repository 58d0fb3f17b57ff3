"""The headline of a text dump, chosen among the lines above the article by a small learned scorer.

Evidence a headline carries: it is repeated (the <title> copy and the <h1>), it sits
just above the first paragraphs and above a byline or date line, it is written like a
headline (title case, no closing period), and a copy may carry the site's name after
a separator ("Best Cloud Stocks of 2025 | The Motley Fool"), its words run through the
whole article (a section heading's only through its section), and it is not written
again over a paragraph of the body (a table of contents entry is). A dump without blank
lines or list markers (lxml's text) shows none of the layout cues that mark a heading
elsewhere: there the ``flat_`` features carry their own weights. The weights are fitted on
the tune split by ``benchmarks/train_text_metadata.py``, run by ``benchmarks/retrain.py``
(newsclean/data/text_title.json; docs/training.md). Features are built by name
(``FEATURES``); loading checks the file's names against them (newsclean.learned).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import mul

from ..model import Block, words_key
from ..layout import NO_START, START_SCAN, article_start, is_prose_line
from ..learned import LinearModel, load_linear, vector
from ..lexicon import alternation
from ..lexicon.bylines import AGENCIES, ALL_BY_LABELS, BY_LABELS
from ..lexicon.credits import ALL_CREDIT_MARKERS
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from .dates import parse_text_date
from .names import looks_like_name
from .url_words import fold, slug_words, word_key, words_of

# A byline: "By <anything>"; in the other languages' labels ("Von", "Par", "Door"), a capital follows.
_BY_LINE = re.compile(r"^(?i:" + alternation(BY_LABELS["en"]) + r")\s+\S|^(?i:" + alternation(
    w for lang, words in BY_LABELS.items() if lang != "en" for w in words) + r")\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])")
# " | Site", " - Site", " – Site", " — Site", " :: Site" at the end of a <title> copy.
_SITE_SUFFIX = re.compile(r"\s+(?:[|–—·•»:]{1,2}|-)\s+(?P<site>[^|–—·•»]{1,60})$")
_CAPITALISED = re.compile(r"\b[^\W\d_]")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
# Function words: a headline has a few, a sentence many, a menu none.
_STOP = ALL_FUNCTION_WORDS
_FOLDED_STOP = frozenset(map(fold, _STOP))
# The lines a headline is looked for in: a headline sits above the article's first lines.
# Under a long menu that a dump writes one entry a line, it is found 250-500 lines down.
TITLE_LINES = 600

FEATURES = (
    "log_words", "period_end", "comma_colon_end", "capitalised", "log_copies", "site_stripped",
    "before_anchor", "log_anchor_distance", "date_follows", "byline_follows", "has_date",
    "looks_like_name", "position", "first_line", "longest", "separator_left", "blank_before",
    "list_item", "question", "log_index", "words_4_20", "words_over_20", "stop_density",
    "sentence_end", "glued", "by_prefix", "anchor_1_3", "anchor_4_10", "nearest_above_anchor",
    "all_caps", "short_above", "body_vocabulary", "crumb_stripped", "numbered", "site_elsewhere",
    "top_unrepeated", "echo", "article_vocabulary", "article_frequency", "repeated_below", "neighbours_short",
    "stands_out", "prose_above", "prose_follows", "first_over_prose",
)
# The page's URL, when the caller gives it: how many of a line's words its path holds.
# Fitted after the others, on top of their score (benchmarks/train_text_metadata.py):
# 0.0 on every line of a page without a URL, which is then ranked as it would be without them.
URL_FEATURES = ("url_share", "url_cover")
# A dump without blank lines (lxml's text writes none, nor list markers) shows a
# headline by other evidence than one with them: these features get a second weight,
# read only on such dumps ("flat_" + name; 0.0 on the others).
FLAT_READ = (
    "log_words", "capitalised", "log_copies", "log_anchor_distance", "date_follows", "byline_follows",
    "longest", "question", "words_4_20", "sentence_end", "anchor_1_3", "anchor_4_10", "nearest_above_anchor",
    "short_above", "body_vocabulary", "article_frequency", "repeated_below", "neighbours_short", "stands_out",
    "prose_follows", "first_over_prose", "prose_above", "before_anchor", "all_caps", "stop_density",
)
_FLAT_NAMES = tuple("flat_" + name for name in FLAT_READ)
_FLAT_ZEROS = dict.fromkeys(_FLAT_NAMES, 0.0)
FEATURES = FEATURES + _FLAT_NAMES + URL_FEATURES
# A dump is flat when fewer than this share of its lines follow a blank line.
FLAT_BLANKS = 0.02
# Below the article's start, headline-shaped lines of the next AFTER lines are candidates
# too: a promo or a notice written as prose can sit above the headline and start the run.
AFTER = 12
# The article's body, for the words a headline shares with all of it (not only with the
# first paragraphs, as a section heading does): this many lines from its start.
BODY_LINES = 200
# A breadcrumb trail ends with the headline: "Home » Guides » <headline>", "Blog / <headline>".
_CRUMB_SEPARATOR = re.compile(r"\s[>»/›]\s")
_SEPARATORS = frozenset(">»/›")
# A dump that joins inline elements without spaces glues the trail: "Home>Blog>Headline",
# "Home» Reviews»Headline", "Blog/tips/Headline" (a slash only when there are two: one
# slash is "and/or" or "24/7"). A separator left over in front ("/Headline", "| Headline")
# is the end of a trail whose steps the dump split into lines.
_GLUED_ARROWS = re.compile(r"\s*[>»›]\s*")
_GLUED_SLASHES = re.compile(r"(?<=[^\W\d_])\s?/\s?(?=[^\W\d_])")
_LEADING_SEPARATOR = re.compile(r"^[|/>»›•·]\s*(?=\w)")
_HOME = re.compile(r"^(?:home|start)\s+(?=\S)", re.I)
# A numbered section heading or a list entry ("2. Make a Plan", "Tip #3 -"): inside an article.
_NUMBERED = re.compile(r"^(?:\d{1,2}\s*[.):]\s|#\d|(?:step|tip|part|chapter)\s*#?\d)", re.I)


# A photo credit ending a line: a credit marker then a colon, an ellipsis or "by" and a
# few words ("Credit... Doug Mills/The New York Times", "Foto: dpa", "Crédit photo : AFP",
# "(Photo by Jane Doe)"), after a sentence, a bracket or a bar.
_MARKER = r"(?:" + alternation(ALL_CREDIT_MARKERS) + r")\s*(?::|\.{2,}|…|\s(?:" + alternation(ALL_BY_LABELS) + r")\s)\s*"
_CREDIT_TAIL = re.compile(r"(?:[.!?»”\"')\]]\s+|[(\[|/–—•·]\s*)" + _MARKER + r"[^.!?]{1,80}$", re.I)
# A line that is only a credit: "Foto: Michael Kappeler/dpa", "Photo by Jane Doe" (the
# words after the marker are names: capitalised, or small joining words).
_CREDIT_LINE = re.compile(r"^\(?" + _MARKER + r"(?P<tail>[^.!?]{1,80})$", re.I)
_NAME_JOINERS = frozenset({"by", "via", "the", "of", "and", "de", "di", "da", "von", "van", "der", "du", "la", "le", "y"})
# An agency or a "Name/Agency" credit after the caption's last sentence, or one in brackets:
# "... el 11 de febrero pasado. EFE", "... in Kyiv. (AP Photo/Efrem Lukatsky)", "... © Reuters".
_AGENCY = r"(?:" + alternation(AGENCIES) + r")"
_NAME_SLASH_ORG = r"(?-i:[A-Z][^\s/()]*(?:\s[A-Z][^\s/()]*){0,3}\s?/\s?[A-Z][^/()]{1,59})"
_CREDIT_END = re.compile(
    r"[.!?»”\"]\s+(?:" + _AGENCY + "|" + _NAME_SLASH_ORG + r")\s*\.?$"
    r"|\(\s*" + _AGENCY + r"(?:\s+photo)?(?:\s?/\s?[^/()]{2,60})?\s*\)\s*\.?$|©\s*[^.!?]{2,120}$", re.I)
# A capitalised marker and a colon after the caption's last word, with no full stop
# between ("... in London Photo: Getty Images", "... in Berlin Foto: Michael Kappeler/dpa"):
# the words after it must read as names (checked like a credit-only line).
_CREDIT_MID = re.compile(r"\s(?P<marker>" + alternation(ALL_CREDIT_MARKERS) + r")\s*:\s*(?P<tail>[^.!?:]{1,80})$", re.I)


# What every credit pattern needs somewhere: a character, a by-label, or an agency as last word.
_CREDIT_CHARS = frozenset(":/©(…")
_AGENCY_WORDS = frozenset(a for a in AGENCIES if " " not in a)
_CREDIT_LABELS = tuple(f" {label} " for label in ALL_BY_LABELS if " " not in label)


@lru_cache(maxsize=4096)
def ends_in_credit(text: str) -> bool:
    """A caption or a photo credit: the line ends with a credit, and is never the headline.

    >>> ends_in_credit("Trump asked voters for a big win. He didn't get it. Credit... Doug Mills/The New York Times")
    True
    >>> ends_in_credit("Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE")
    True
    >>> ends_in_credit("Die Kanzlerin in Berlin. Foto: dpa"), ends_in_credit("Fed raises rates by half a point")
    (True, False)
    """
    if not (_CREDIT_CHARS.intersection(text) or ".." in text
            or text.rsplit(None, 1)[-1].strip(".)»”\"").lower() in _AGENCY_WORDS
            or any(label in text.lower() for label in _CREDIT_LABELS)):
        return False
    if _CREDIT_TAIL.search(text) or _CREDIT_END.search(text):
        return True
    line = _CREDIT_LINE.match(text)
    # Mid-line, only after a caption's worth of words written as a sentence (a lower-case
    # word that is no function word), or with a "Name/Agency" or agency credit: a title-case
    # headline ("Five Lessons From the Best Photo: What Makes It Work") is no caption.
    if line is None and (mid := _CREDIT_MID.search(text)) is not None and mid["marker"][:1].isupper():
        before = text[: mid.start()].split()
        tail = mid["tail"].split()
        if len(before) >= 5 and (any(w[:1].islower() and w.lower() not in _STOP for w in before)
                                 or "/" in mid["tail"] or tail[-1].lower() in _AGENCY_WORDS):
            line = mid
    return line is not None and _names_only(line["tail"])


def _names_only(tail: str) -> bool:
    """The words of a credit: capitalised (names, agencies), or small joining words."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_JOINERS for w in tail.split())


@lru_cache(maxsize=None)
def model() -> LinearModel:
    """The headline scorer (newsclean/data/text_title.json), checked against FEATURES."""
    return load_linear("text_title", FEATURES)


# Every date pattern of dates.py has a year: lines without one never reach parse_date.
YEAR = re.compile(r"(?:19|20)\d\d")
# Headline candidates: this many lines above the first paragraph, and the page's first lines.
ABOVE = 60
# Within NEAR lines of the first paragraph every line is a candidate; above, headline-shaped ones.
NEAR = 15
TOP = 5


def anchor(blocks: list[Block]) -> int:
    """Where the article's paragraphs start: ``layout.article_start`` (the page's
    ``Layout.article_start``), the one rule for it."""
    return article_start(blocks)


def headline_anchor(blocks: list[Block], start: int) -> int:
    """Where the headline is looked for above: the article's start, or, when the page's
    first START_SCAN lines hold no prose line at all (the layout's fallback start), the
    first prose further down, within TITLE_LINES (a menu written one entry a line can be
    that long)."""
    if start != min(len(blocks), NO_START) or len(blocks) <= START_SCAN:
        return start
    if any(is_prose_line(b) for b in blocks[:START_SCAN]):
        return start
    later = article_start(blocks[START_SCAN:TITLE_LINES])
    found = START_SCAN + later
    return found if found < min(len(blocks), TITLE_LINES) and is_prose_line(blocks[found]) else start


def title_window(blocks: list[Block], start: int) -> list[int]:
    """Indexes of the lines that may hold the headline: the first few lines (a <title>
    copy) and those just above the first paragraph (the <h1>)."""
    end = min(len(blocks), start, TITLE_LINES)
    low = max(0, end - ABOVE)
    return list(range(min(TOP, low))) + list(range(low, end))


def _is_date_line(b: Block) -> bool:
    return b.word_count <= 14 and YEAR.search(b.text) is not None and parse_text_date(b.text) is not None


@lru_cache(maxsize=2048)
def maybe_name(text: str) -> bool:
    """looks_like_name behind a cheap gate: a name line is short and has 2-5 words (with
    at most a "By" or "Written by" in front); most lines fail the gate and skip the call.
    Cached: the headline, byline and date scorers ask about the same lines."""
    return len(text) <= 75 and 1 <= text.count(" ") <= 7 and looks_like_name(text)


def _is_byline(b: Block) -> bool:
    # Length first: most lines are too long to be a byline.
    return len(b.text) <= 100 and 2 <= b.word_count <= 12 and (_BY_LINE.match(b.text) is not None or maybe_name(b.text))


@dataclass
class _Evidence:
    """What the features of a page's candidate lines read, gathered once per page."""

    blocks: list[Block]
    start: int
    # The candidate lines: the headline window, then headline-shaped lines below the start.
    lines: list[int]
    # Lines with a date on them, with a date (a byline) one to three lines below them.
    dated: set[int]
    date_follows: set[int]
    byline_follows: set[int]
    # How often each line's words are written near the headline window and the start.
    copies: dict[str, int]
    longest: int
    # Words of the first paragraphs, of the page's first lines (a <title> copy), and how
    # often each word is written in the body; the body's lines.
    lead: set[str]
    top_words: set[str]
    body_counts: Counter
    below_lines: set[str]
    nearest: int | None
    prose_above: dict[int, int]
    over_prose: set[int]
    first_over: int
    flat: bool
    # The content words of the page's URL path as ``word_key``s (empty without a URL, or
    # a path of ids).
    url_words: frozenset[str]
    # The page's first and last lines, where a site names itself (logo, copyright);
    # joined only when a line has a separator to check.
    edges: list[str] = field(default_factory=list)


def _evidence(blocks: list[Block], start: int, url: str | None = None) -> _Evidence | None:
    """The page-wide facts the candidates' features read; None when no line may be the
    headline (a page that opens with its paragraphs, a copy of the body alone, has none)."""
    start = headline_anchor(blocks, start)
    window = title_window(blocks, start)
    if not window:
        return None
    # Flags of the lines just below each candidate (date, byline), computed once each.
    below = {j for i in window for j in (i + 1, i + 2, i + 3) if j < len(blocks)}
    dated = {i for i in below if _is_date_line(blocks[i])}
    copies: dict[str, int] = {}
    for i in set(window) | set(range(start, min(len(blocks), start + 10))):
        b = blocks[i]
        if 2 <= b.word_count <= 40:
            copies[b.normalized] = copies.get(b.normalized, 0) + 1
    # A headline names what the article is about: its content words recur in the
    # first paragraphs (a menu's or a promo's do not). It is echoed by the other copy
    # (the <title> copy on top, the <h1> near the paragraphs), even reworded.
    lead = {w for b in blocks[start : start + 8] for w in b.normalized.split()} - _STOP
    top_words = {w for b in blocks[:TOP] if b.word_count >= 4 and not b.is_list_item for w in b.normalized.split()} - _STOP
    # A headline's words run through the whole article; a line written again in the body
    # is a section heading that a table of contents lists above it.
    body = [b.normalized for b in blocks[start : start + BODY_LINES]]
    prose_above = _headline_shaped_below(blocks, start)
    lines = window + list(prose_above)
    # A headline is written over prose (its dek or the first paragraph), with at most a
    # date or byline line between; the first such line of the page is the headline more
    # often than the section headings under it. A dump without blank lines or list
    # markers (lxml's) has little else to tell a headline from the menu over it.
    over_prose = {i for i in lines if _over_prose(blocks, i)}
    return _Evidence(
        blocks=blocks, start=start, lines=lines, dated=dated,
        date_follows={d - k for d in dated for k in (1, 2, 3)},
        byline_follows={j - k for j in below if _is_byline(blocks[j]) for k in (1, 2, 3)},
        copies=copies,
        longest=max((blocks[i].word_count for i in window
                     if blocks[i].word_count <= 30 and not blocks[i].ends_like_sentence), default=0),
        lead=lead, top_words=top_words, body_counts=Counter(" ".join(body).split()), below_lines=set(body),
        nearest=next((i for i in reversed(window)
                      if 3 <= blocks[i].word_count <= 30 and not blocks[i].ends_like_sentence), None),
        prose_above=prose_above, over_prose=over_prose, first_over=min(over_prose, default=-1),
        flat=sum(1 for b in blocks if b.blank_before) < FLAT_BLANKS * len(blocks),
        url_words=frozenset(map(word_key, slug_words(url) - _FOLDED_STOP)),
    )


def candidates(blocks: list[Block], start: int | None = None,
               url: str | None = None) -> list[tuple[Block, str, list[float]]]:
    """(block, title text, features) for each line that could be the headline; ``start``
    is the article's first paragraph (``anchor``), ``url`` the page's address (its path's
    words are compared with each line's; without one those features are 0.0 on every
    line, and the ranking is the one the other features give)."""
    if not blocks:
        return []
    ev = _evidence(blocks, anchor(blocks) if start is None else start, url)
    if ev is None:
        return []
    out = []
    for i in ev.lines:
        b = blocks[i]
        if not _may_be_headline(b, i, ev.start - NEAR):
            continue
        texts, suffix = _texts(ev, i)
        shape = _neighbour_shape(blocks, i)
        for text, stripped, crumb, elsewhere in texts:
            norm = b.normalized if not (stripped or crumb) else words_key(text)
            split = norm.split()
            if len(split) < 2:
                continue
            values = _features(ev, i, text, split, norm, (stripped, crumb, elsewhere), suffix, shape)
            out.append((b, text, vector(FEATURES, values)))
    return out


def _may_be_headline(b: Block, i: int, near: int) -> bool:
    """A line of 2-40 words that is no credit; far above the paragraphs (above ``near``),
    only a line shaped like a headline (not a one-word menu entry, not a promo's sentence)."""
    if len(b.text) > 300 or not 2 <= b.word_count <= 40:
        return False
    if TOP <= i < near and (b.word_count < 3 or b.text[-1] == "."):
        return False
    return not ends_in_credit(b.text)


def _texts(ev: _Evidence, i: int) -> tuple[list[tuple[str, float, float, float]], re.Match | None]:
    """The texts line ``i`` offers as the headline: (text, stripped of a site name,
    stripped of a breadcrumb, the site name is found elsewhere); and the line's site suffix."""
    b = ev.blocks[i]
    texts = [(b.text, 0.0, 0.0, 0.0)]
    match = _SITE_SUFFIX.search(b.text)
    if match and len(match.group("site").split()) <= 6 and match.start() > 8:
        texts.append((b.text[: match.start()].strip(), 1.0, 0.0, _elsewhere(match.group("site"), i, ev.blocks, ev.edges)))
        inner = _SITE_SUFFIX.search(texts[-1][0])
        if inner and len(inner.group("site").split()) <= 6 and inner.start() > 8:
            texts.append((texts[-1][0][: inner.start()].strip(), 1.0, 0.0,
                          _elsewhere(inner.group("site"), i, ev.blocks, ev.edges)))
    # Character tests first: most lines have no separator and start otherwise.
    crumbs = _crumbs(b.text) if b.word_count >= 2 and _SEPARATORS & set(b.text) else []
    if len(crumbs) >= 2:
        # The trail itself is never the headline: only its last step is a candidate.
        texts = [(crumbs[-1].strip(), 0.0, 1.0, 0.0)]
    elif b.word_count >= 3 and b.text[:1] in "HhSs" and (home := _HOME.match(b.text)):
        # "Home /Cheap Fixes Are the Best!": a trail of one step whose separator is glued
        # to the headline (lxml's text) leaves the separator to strip as well.
        rest = b.text[home.end():]
        leading = _LEADING_SEPARATOR.match(rest) if rest[:1] in "|/>»›•·" else None
        texts.append((rest[leading.end():] if leading else rest, 0.0, 1.0, 0.0))
    elif b.text[:1] in "|/>»›•·" and (leading := _LEADING_SEPARATOR.match(b.text)):
        texts = [(b.text[leading.end():], 0.0, 1.0, 0.0)]
    return texts, match


def _features(ev: _Evidence, i: int, text: str, split: list[str], norm: str, how: tuple[float, float, float],
              suffix: re.Match | None, shape: tuple[float, int]) -> dict[str, float]:
    """The features of one text offered by line ``i`` (``split``: its words, ``norm``
    joined; ``how``: stripped of a site name, of a breadcrumb, site found elsewhere)."""
    blocks, start, b = ev.blocks, ev.start, ev.blocks[i]
    stripped, crumb, elsewhere = how
    short_share, neighbour_words = shape
    words = len(split)
    caps = len([w for w in _CAPITALISED.findall(text) if w.isupper()]) / words
    n_copies = ev.copies.get(norm, 0) + (1 if stripped else 0)
    values = {
        "log_words": math.log1p(words),
        "period_end": 1.0 if text.endswith(".") else 0.0,
        "comma_colon_end": 1.0 if text.endswith((",", ":", ";")) else 0.0,
        "capitalised": min(caps, 1.0),
        "log_copies": math.log1p(n_copies),
        "site_stripped": stripped,
        "before_anchor": 1.0 if i < start else 0.0,
        "log_anchor_distance": math.log1p(abs(start - i)),
        "date_follows": 1.0 if i in ev.date_follows else 0.0,
        "byline_follows": 1.0 if i in ev.byline_follows else 0.0,
        "has_date": 1.0 if i in ev.dated else 0.0,
        "looks_like_name": 1.0 if words <= 5 and maybe_name(text) else 0.0,
        "position": i / len(blocks),
        "first_line": 1.0 if i == 0 else 0.0,
        "longest": 1.0 if b.word_count == ev.longest else 0.0,
        "separator_left": (1.0 if suffix else 0.0) if text is b.text else (1.0 if _SITE_SUFFIX.search(text) else 0.0),
        "blank_before": 1.0 if b.blank_before else 0.0,
        "list_item": 1.0 if b.is_list_item else 0.0,
        "question": 1.0 if text.endswith("?") else 0.0,
        "log_index": math.log1p(i),
        "words_4_20": 1.0 if 4 <= words <= 20 else 0.0,
        "words_over_20": 1.0 if words > 20 else 0.0,
        "stop_density": sum(1 for w in split if w in _STOP) / words,
        "sentence_end": 1.0 if b.ends_like_sentence else 0.0,
        "glued": 1.0 if _GLUED.search(text) else 0.0,
        "by_prefix": 1.0 if _BY_LINE.match(text) or text.lower().startswith("by:") else 0.0,
        "anchor_1_3": 1.0 if 1 <= start - i <= 3 else 0.0,
        "anchor_4_10": 1.0 if 4 <= start - i <= 10 else 0.0,
        "nearest_above_anchor": 1.0 if i == ev.nearest else 0.0,
        "all_caps": 1.0 if text.isupper() else 0.0,
        "short_above": 1.0 if i > 0 and blocks[i - 1].word_count <= 3 else 0.0,
        "body_vocabulary": _overlap(split, ev.lead),
        "crumb_stripped": crumb,
        "numbered": 1.0 if _NUMBERED.match(text) else 0.0,
        "site_elsewhere": elsewhere,
        # The <title> copy on top, written nowhere else: the page's <h1> near the
        # paragraphs, when there is one, is usually the headline as printed.
        "top_unrepeated": 1.0 if i < TOP and n_copies <= 1 and ev.nearest is not None and ev.nearest >= TOP else 0.0,
        "echo": 0.0 if i < TOP else _overlap(split, ev.top_words),
        "article_vocabulary": _overlap(split, ev.body_counts),
        "article_frequency": _frequency(split, ev.body_counts),
        "repeated_below": 1.0 if norm in ev.below_lines else 0.0,
        "neighbours_short": short_share,
        "stands_out": 1.0 if words > neighbour_words else 0.0,
        "prose_above": math.log1p(ev.prose_above.get(i, 0)),
        "prose_follows": 1.0 if i in ev.over_prose else 0.0,
        "first_over_prose": 1.0 if i == ev.first_over else 0.0,
    }
    values["url_share"], values["url_cover"] = _url_overlap(text, ev.url_words)
    values.update(zip(_FLAT_NAMES, map(values.__getitem__, FLAT_READ)) if ev.flat else _FLAT_ZEROS)
    return values


def _headline_shaped_below(blocks: list[Block], start: int) -> dict[int, int]:
    """The lines of the AFTER lines from the start that read like a headline (not a prose
    line, no closing period, below at least one prose line) -> how many prose lines lie
    between the start and each; in page order."""
    found: dict[int, int] = {}
    seen = 0
    for j in range(start, min(len(blocks), start + AFTER, TITLE_LINES)):
        line = blocks[j]
        if is_prose_line(line):
            seen += 1
        elif 3 <= line.word_count <= 30 and line.text[-1] != "." and seen:
            found[j] = seen
    return found


def _neighbour_shape(blocks: list[Block], i: int) -> tuple[float, int]:
    """The share of the two lines on each side of line ``i`` that are short (3 words or
    fewer), and the most words of those that do not end like a sentence. A dump without
    blank lines or list markers (lxml's text) writes a menu as a run of short lines; a
    headline among them is longer than the lines around it."""
    around = [blocks[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(blocks)]
    short_share = sum(1 for n in around if n.word_count <= 3) / len(around) if around else 0.0
    return short_share, max((n.word_count for n in around if not n.ends_like_sentence), default=0)


def _crumbs(text: str) -> list[str]:
    """The steps of a breadcrumb trail ending with the headline, spaced or glued; [] or
    one step when the line is no trail."""
    crumbs = _CRUMB_SEPARATOR.split(text)
    if len(crumbs) < 2:
        crumbs = _GLUED_ARROWS.split(text)
    if len(crumbs) < 2 and text.count("/") >= 2 and "://" not in text:
        crumbs = _GLUED_SLASHES.split(text)
        if len(crumbs) < 3:
            return []
    # A trail's last step is the headline: an empty one is a trail cut off, not a headline.
    return crumbs if crumbs[-1].strip() else []


def _elsewhere(site: str, i: int, blocks: list[Block], edges: list[str]) -> float:
    """1.0 when the text after a separator is also written at the page's top or foot
    (a site names itself there; a headline's second half is not repeated)."""
    name = site.strip().lower()
    if not name:
        return 0.0
    if not edges:
        edges.append("\n".join(b.text for b in blocks[:10] + blocks[-30:]).lower())
    seen = edges[0].count(name) - (1 if i < 10 or i >= len(blocks) - 30 else 0)
    return 1.0 if seen > 0 else 0.0


def _over_prose(blocks: list[Block], i: int) -> bool:
    """A prose line follows line ``i``, next or after one short line (a date, a byline)."""
    for j in (i + 1, i + 2):
        if j >= len(blocks):
            return False
        if is_prose_line(blocks[j]):
            return True
        if blocks[j].word_count > 8:
            return False
    return False


def _url_overlap(text: str, url_words: frozenset[str]) -> tuple[float, float]:
    """The share of the line's content words written in the URL's path, and the share of
    the path's content words written in the line: a slug is the headline's words, in any
    language. (0.0, 0.0) without a URL."""
    if not url_words:
        return 0.0, 0.0
    content = {word_key(w) for w in words_of(text) if w not in _FOLDED_STOP}
    if not content:
        return 0.0, 0.0
    shared = len(content & url_words)
    return shared / len(content), shared / len(url_words)


def _frequency(split: list[str], counts: dict[str, int]) -> float:
    """How often the line's content words are written in the body, each counted up to 5 times."""
    content = [w for w in split if w not in _STOP]
    return sum(min(counts.get(w, 0), 5) for w in content) / (5 * len(content)) if content else 0.0


def _overlap(split: list[str], lead: set[str] | dict[str, int]) -> float:
    content = [w for w in split if w not in _STOP]
    return sum(1 for w in content if w in lead) / len(content) if content else 0.0


def best_title(blocks: list[Block], start: int | None = None, url: str | None = None) -> tuple[Block, str] | None:
    """The candidate the scorer likes best, or None when there is no candidate."""
    ranked = ranked_titles(blocks, start, url)
    return (ranked[0][1], ranked[0][2]) if ranked else None


def ranked_titles(blocks: list[Block], start: int | None = None, url: str | None = None) -> list[tuple[float, Block, str]]:
    """(score, block, title text) of every candidate, best first; of equal scores the
    earlier candidate first (the sort is stable), so the first is best_title's choice."""
    weights = model().weights  # standardisation folded in: the constant is the same for every candidate
    scored = [(sum(map(mul, weights, feats)), block, text) for block, text, feats in candidates(blocks, start, url)]
    return sorted(scored, key=lambda s: s[0], reverse=True)
