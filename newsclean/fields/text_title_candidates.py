"""The lines of a text dump that may be its headline, and what the page says about them.

The headline is looked for above the article's first paragraph (``anchor``; under a long
menu, further down: ``headline_anchor``) and on the page's first lines, where a <title>
copy is printed (``title_window``); headline-shaped lines a little below the start are
candidates too. Each line offers one or more texts: itself, without a site name after a
separator, the last step of a breadcrumb trail (``headline_texts``). The page-wide facts
the features read (the lines' copies, the body's words, the dated lines) are gathered
once per page (``evidence``). Kept apart from the features (text_title_features.py) and
the scorer (text_title.py): this is what is ranked, not how.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Block, words_key
from ..layout import NO_START, START_SCAN, article_start, is_prose_line, length_in_words
from ..lexicon import alternation
from ..lexicon.bylines import ALL_BY_LABELS, BY_LABELS
from ..lexicon.chrome import HOME_LINKS, either, phrases
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from .dates import date_start, has_date_label, parse_text_date
from .text_line_shapes import YEAR, ends_in_credit, maybe_name, name_with_credentials
from .url_words import fold, slug_words, word_key

# A byline: "By <anything>"; in the other languages' labels ("Von", "Par", "Door"), a capital follows.
BY_LINE = re.compile(r"^(?i:" + alternation(BY_LABELS["en"]) + r")\s+\S|^(?i:" + alternation(
    w for lang, words in BY_LABELS.items() if lang != "en" for w in words) + r")\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])")
# " | Site", " - Site", " – Site", " — Site", " :: Site" at the end of a <title> copy.
SITE_SUFFIX = re.compile(r"\s+(?:[|–—·•»:]{1,2}|-)\s+(?P<site>[^|–—·•»]{1,60})$")
# Function words: a headline has a few, a sentence many, a menu none.
_STOP = ALL_FUNCTION_WORDS
_FOLDED_STOP = frozenset(map(fold, _STOP))
_DAY_NUMBER = re.compile(r"\d{1,2}\.?")
# The lines a headline is looked for in: a headline sits above the article's first lines.
# Under a long menu that a dump writes one entry a line, it is found 250-500 lines down.
TITLE_LINES = 600
# A dump is flat when fewer than this share of its lines follow a blank line.
FLAT_BLANKS = 0.02
# Below the article's start, headline-shaped lines of the next AFTER lines are candidates
# too: a promo or a notice written as prose can sit above the headline and start the run.
AFTER = 12
# Below those, down to TITLE_LINES, the first few headline-shaped lines with a date or a
# byline one to three lines under them are candidates too: a run of menu blurbs written as
# sentences can pass for the article's first paragraphs and put the start above the
# headline ("Machine learning, explained / By / Sara Brown / Apr 21, 2021").
OVER_META = 3
# ... searched down to the first prose line of more than BLURB_WORDS words: a menu's blurb
# is a sentence, an article's paragraph longer (under the article, dated teasers of
# related articles and comments are no headline of it).
BLURB_WORDS = 50
# ... and only over an article: more prose in the ARTICLE_LINES lines under the line than
# in any as many lines between the start and it.
ARTICLE_LINES = 30
# The article's body, for the words a headline shares with all of it (not only with the
# first paragraphs, as a section heading does): this many lines from its start.
BODY_LINES = 200
# A site's address in brackets after a headline, as a link aggregator prints the source:
# "Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com)".
_DOMAIN_SUFFIX = re.compile(r"\s+\((?P<site>[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,})\)$")
# A headline glued to the date under it, or to its byline and date: lxml's text joins the
# inline elements of a header in one line ("Headline / Dec 2025", "Headline by Jane Doe |
# Mar 11, 2023 | Category"). What is left in front of the date, without the separators and
# a "by <name>" that end it, is offered as the headline (``cut_at_date``).
_TRAILING_SEPARATORS = re.compile(r"[\s|/–—·•:,-]+$")
_TRAILING_BYLINE = re.compile(r"\s+(?:" + alternation(ALL_BY_LABELS) + r")\s+(?P<name>[^|/–—·•:]{3,60})$", re.I)
# The fewest words left in front of the date: fewer are a label ("Published on 4 May 2024").
CUT_WORDS = 3
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
# The front page's link in front of the headline: "Home /Headline", "Accueil » Headline".
_HOME = re.compile(r"^(?:" + either(HOME_LINKS) + r")\s+(?=\S)", re.I)
# Their first letters, either case: the cheap test before _HOME.
_HOME_STARTS = frozenset(c for w in phrases(HOME_LINKS) for c in (w[0], w[0].upper()))

# Scripts whose vowel signs are no regex word characters, so that ``\w+`` splits their
# words, and that put spaces between words: the Indic ones (Devanagari to Sinhala). Thai,
# Lao, Myanmar and Khmer put spaces between phrases, not words: they are measured in
# characters (``layout.length_in_words``), so that an unspaced headline is not one word.
_INDIC = re.compile(r"[\u0900-\u0dff]")

# The longest headline: the longest title of the tune split's 629 pages has 24 words; a
# line of 31-40 is a dek, or a dek with its byline ("... sources douteuses. Par Marie
# Dupont, le 15 mai 2019"), which a flat dump's scorer could prefer to a short headline.
HEADLINE_WORDS = 30
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


def _is_byline(b: Block) -> bool:
    # Length first: most lines are too long to be a byline.
    return len(b.text) <= 100 and 2 <= b.word_count <= 12 and (BY_LINE.match(b.text) is not None or maybe_name(b.text))


@dataclass
class Evidence:
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
    # Headline-shaped lines further below the start, over a date or a byline (OVER_META).
    over_meta: set[int]
    # The content words of the page's URL path as ``word_key``s (empty without a URL, or
    # a path of ids).
    url_words: frozenset[str]
    # The word-prefixes of the candidate lines (each without a site name after a
    # separator) -> the lines they are a prefix of: a line that is the start of another
    # (a trail's step, a contents entry, a teaser cut with "...") is a shortened copy.
    cut_from: dict[str, set[int]] = field(default_factory=dict)
    # The candidate lines' texts (normalised) -> their lines: a line that ends with another
    # whole candidate line after words of its own ("Blog Fitness <headline>", "0 Comment on
    # <headline>") is a trail or a teaser written around the headline.
    texts_of: dict[str, set[int]] = field(default_factory=dict)
    # Lines under which the next line is a longer headline-shaped line over the article
    # (prose, a date or a byline below it): the headline over its dek, or a kicker or a
    # trail's last step over the headline (the fit weighs it up: text_title_features).
    longer_below: set[int] = field(default_factory=set)
    # The page's first and last lines, where a site names itself (logo, copyright);
    # joined only when a line has a separator to check.
    edges: list[str] = field(default_factory=list)


def evidence(blocks: list[Block], start: int, url: str | None = None) -> Evidence | None:
    """The page-wide facts the candidates' features read; None when no line may be the
    headline (a page that opens with its paragraphs, a copy of the body alone, has none)."""
    start = headline_anchor(blocks, start)
    window = title_window(blocks, start)
    if not window:
        return None
    # Flags of the lines just below each candidate (date, byline), computed once each.
    below = {j for i in window for j in (i + 1, i + 2, i + 3) if j < len(blocks)}
    dated = {i for i in below if _is_date_line(blocks[i])}
    # Only when no line of the window is over a date or a byline: the header was not found above the start.
    over_meta = [] if dated or any(BY_LINE.match(blocks[j].text) for j in below) else _over_meta_below(blocks, start)
    extra = {j for i in over_meta for j in (i + 1, i + 2, i + 3) if j < len(blocks)} - below
    below |= extra
    dated |= {i for i in extra if _is_date_line(blocks[i])}
    copies: dict[str, int] = {}
    for i in set(window) | set(range(start, min(len(blocks), start + 10))):
        b = blocks[i]
        if 2 <= words_of_line(b) <= 40:
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
    lines = window + list(prose_above) + over_meta
    # A headline is written over prose (its dek or the first paragraph), with at most a
    # date or byline line between; the first such line of the page is the headline more
    # often than the section headings under it. A dump without blank lines or list
    # markers (lxml's) has little else to tell a headline from the menu over it.
    over_prose = {i for i in lines if _over_prose(blocks, i)}
    flat = sum(1 for b in blocks if b.blank_before) < FLAT_BLANKS * len(blocks)
    dated_follows = {d - k for d in dated for k in (1, 2, 3)}
    bylined_follows = {j - k for j in below if _is_byline(blocks[j]) for k in (1, 2, 3)}
    over_article = over_prose | dated_follows | bylined_follows
    return Evidence(
        blocks=blocks, start=start, lines=lines, dated=dated,
        date_follows=dated_follows, byline_follows=bylined_follows,
        copies=copies,
        longest=max((words_of_line(blocks[i]) for i in window
                     if words_of_line(blocks[i]) <= 30 and not blocks[i].ends_like_sentence), default=0),
        lead=lead, top_words=top_words, body_counts=Counter(" ".join(body).split()), below_lines=set(body),
        nearest=next((i for i in reversed(window)
                      if 3 <= words_of_line(blocks[i]) <= 30 and not blocks[i].ends_like_sentence), None),
        prose_above=prose_above, over_prose=over_prose, first_over=min(over_prose, default=-1),
        flat=flat, over_meta=set(over_meta),
        url_words=frozenset(map(word_key, slug_words(url) - _FOLDED_STOP)),
        # Read on a flat dump only (text_title_features.FLAT_ONLY).
        cut_from=_prefixes(blocks, lines) if flat else {},
        texts_of=_texts_of(blocks, lines) if flat else {},
        longer_below=_longer_below(blocks, lines, over_article) if flat else set(),
    )


def _prefixes(blocks: list[Block], lines: list[int]) -> dict[str, set[int]]:
    """Every proper word-prefix of 2 words or more of each line (without a site name after
    a separator, so that a <title> copy "Headline | Site" does not make "Headline" a
    prefix) -> the lines it starts."""
    out: dict[str, set[int]] = {}
    for j in set(lines):
        text = blocks[j].text
        match = SITE_SUFFIX.search(text)
        words = (words_key(text[: match.start()]) if match and match.start() > 8 else blocks[j].normalized).split()
        for k in range(2, min(len(words), 40)):
            out.setdefault(" ".join(words[:k]), set()).add(j)
    return out


def _texts_of(blocks: list[Block], lines: list[int]) -> dict[str, set[int]]:
    """Each candidate line's normalised text (of 2 words or more) -> the lines written so."""
    out: dict[str, set[int]] = {}
    for j in set(lines):
        norm = blocks[j].normalized
        if norm.count(" ") >= 1:
            out.setdefault(norm, set()).add(j)
    return out


def ends_with_copy(norm: str, i: int, texts_of: dict[str, set[int]]) -> bool:
    """The text ``norm`` of line ``i`` is another candidate line's whole text with words in front."""
    words = norm.split()
    for k in range(1, len(words) - 1):
        lines = texts_of.get(" ".join(words[k:]))
        if lines and lines - {i}:
            return True
    return False


def _longer_below(blocks: list[Block], lines: list[int], over_article: set[int]) -> set[int]:
    """Lines whose next line is headline-shaped (4-30 words, not a sentence), longer than
    they are, and over the article (prose, a date or a byline follows it)."""
    out = set()
    for i in set(lines):
        j = i + 1
        if j >= len(blocks) or j not in over_article or blocks[j].ends_like_sentence:
            continue
        below = words_of_line(blocks[j])
        if 4 <= below <= 30 and below > words_of_line(blocks[i]):
            out.add(i)
    return out


def words_of_line(b: Block) -> int:
    """A line's length in words for the headline tests: ``word_count``, but in a script
    written without spaces (Chinese, Japanese) ``layout.length_in_words`` (two characters
    a word; Thai, Lao, Myanmar and Khmer four), so that a headline written without
    spaces is not one "word"; and in an Indic script the words between spaces (its vowel
    signs are no regex word characters, so ``word_count`` cuts one menu word, "व्यापार",
    into three)."""
    text = b.text
    if text.isascii():
        return b.word_count
    return len(text.split()) if _INDIC.search(text) else length_in_words(b)


def words_of_text(text: str, split: list[str]) -> int:
    """``words_of_line`` for a text a line offers (``split``: its normalised words)."""
    if text.isascii():
        return len(split)
    return len(text.split()) if _INDIC.search(text) else max(len(split), length_in_words(Block(0, text)))


def may_be_headline(b: Block, i: int, near: int) -> bool:
    """A line of 2-HEADLINE_WORDS words that is no credit nor a name with credentials;
    far above the paragraphs (above ``near``), only a line shaped like a headline (not a
    one-word menu entry, not a promo's sentence)."""
    words = words_of_line(b)
    if len(b.text) > 300 or not 2 <= words <= HEADLINE_WORDS:
        return False
    if TOP <= i < near and (words < 3 or b.text[-1] == "."):
        return False
    # A byline with the author's credentials ("Jane Doe, MS, RD") is no headline.
    return not ends_in_credit(b.text) and not name_with_credentials(b.text)


def headline_texts(ev: Evidence, i: int) -> tuple[list[tuple[str, float, float, float, float]], re.Match | None]:
    """The texts line ``i`` offers as the headline: (text, stripped of a site name,
    stripped of a breadcrumb, the site name is found elsewhere, cut at a date); and the
    line's site suffix."""
    b = ev.blocks[i]
    texts = [(b.text, 0.0, 0.0, 0.0, 0.0)]
    match = SITE_SUFFIX.search(b.text)
    if match and len(match.group("site").split()) <= 6 and match.start() > 8:
        texts.append((b.text[: match.start()].strip(), 1.0, 0.0, _elsewhere(match.group("site"), i, ev.blocks, ev.edges), 0.0))
        inner = SITE_SUFFIX.search(texts[-1][0])
        if inner and len(inner.group("site").split()) <= 6 and inner.start() > 8:
            texts.append((texts[-1][0][: inner.start()].strip(), 1.0, 0.0,
                          _elsewhere(inner.group("site"), i, ev.blocks, ev.edges), 0.0))
    elif b.text[-1] == ")" and (domain := _DOMAIN_SUFFIX.search(b.text)) and domain.start() > 8:
        texts.append((b.text[: domain.start()], 1.0, 0.0, _elsewhere(domain.group("site"), i, ev.blocks, ev.edges), 0.0))
    # A year first: most lines have none, and date_start tries every date pattern.
    if i in ev.dated or (b.word_count > CUT_WORDS and YEAR.search(b.text)):
        cut = cut_at_date(b.text)
        if cut is not None:
            texts.append((cut, 0.0, 0.0, 0.0, 1.0))
    # Character tests first: most lines have no separator and start otherwise.
    crumbs = _crumbs(b.text) if b.word_count >= 2 and _SEPARATORS & set(b.text) else []
    # "Headline / Dec 2025": a date after the separator ends no trail (cut_at_date reads it).
    if len(crumbs) >= 2 and date_start(crumbs[-1].strip()) == 0:
        crumbs = []
    if len(crumbs) >= 2:
        # The trail itself is never the headline: only its last step is a candidate.
        texts = [(crumbs[-1].strip(), 0.0, 1.0, 0.0, 0.0)]
    elif b.word_count >= 3 and b.text[:1] in _HOME_STARTS and (home := _HOME.match(b.text)):
        # "Home /Cheap Fixes Are the Best!": a trail of one step whose separator is glued
        # to the headline (lxml's text) leaves the separator to strip as well.
        rest = b.text[home.end():]
        leading = _LEADING_SEPARATOR.match(rest) if rest[:1] in "|/>»›•·" else None
        texts.append((rest[leading.end():] if leading else rest, 0.0, 1.0, 0.0, 0.0))
    elif b.text[:1] in "|/>»›•·" and (leading := _LEADING_SEPARATOR.match(b.text)):
        texts = [(b.text[leading.end():], 0.0, 1.0, 0.0, 0.0)]
    return texts, match


def cut_at_date(text: str) -> str | None:
    """The words in front of the first date of ``text``, without the separators and a
    "by <name>" that end them; None when the line has no date, or fewer than CUT_WORDS
    words, a date label, a function word or a colon in front of it (a label: "Published on").

    >>> cut_at_date("Porting a Parser to OCaml / Dec 2025")
    'Porting a Parser to OCaml'
    >>> cut_at_date("How to Replace Brake Pads by Jane Doe | Mar 11, 2023 | Brakes")
    'How to Replace Brake Pads'
    >>> cut_at_date("Zuletzt aktualisiert am 12. März 2024") is None
    True
    """
    at = date_start(text)
    # A date in brackets is the headline's own ("Weekly News (2025-09-21)").
    if not at or has_date_label(text[:at]) or text[:at].rstrip().endswith(("(", "[")):
        return None
    head = _TRAILING_SEPARATORS.sub("", text[:at])
    if text[len(head):at].strip(" ").endswith(":"):
        return None
    byline = _TRAILING_BYLINE.search(head)
    if byline is not None and maybe_name(byline.group("name")):
        head = _TRAILING_SEPARATORS.sub("", head[: byline.start()])
    words = head.split()
    # A bare number last is the date's own day, written before a month name that the
    # date was found at ("am 9. November 1989", "9 listopada 1989"): no cut mid-date.
    if len(words) < CUT_WORDS or words[-1].lower() in _STOP or _DAY_NUMBER.fullmatch(words[-1]):
        return None
    return head


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
        elif 3 <= words_of_line(line) <= 30 and line.text[-1] != "." and seen:
            found[j] = seen
    return found


def _over_meta_below(blocks: list[Block], start: int) -> list[int]:
    """The first OVER_META lines from AFTER lines below ``start`` on (down to TITLE_LINES,
    and above the first prose line from ``start`` of more than BLURB_WORDS words) shaped
    like a headline (3-30 words, no closing period, no prose line) with a date line or a
    labelled byline ("By Jane Doe", "Von ...") one to three lines below, before any prose,
    and a prose line within seven (the article under its header; a date at the page's
    foot has none), and more prose words in the ARTICLE_LINES lines under it than in any
    as many lines between the start and it."""
    found: list[int] = []
    end = min(len(blocks), TITLE_LINES)
    # Prose words of the lines from the start: prose[k] for the lines start .. start+k-1.
    prose = [0]
    for b in blocks[start : min(len(blocks), end + ARTICLE_LINES + 1)]:
        prose.append(prose[-1] + (length_in_words(b) if is_prose_line(b) else 0))
    densest_above = 0
    for j in range(start, end):
        k = j - start
        densest_above = max(densest_above, prose[k] - prose[max(0, k - ARTICLE_LINES)])
        line = blocks[j]
        if is_prose_line(line):
            if length_in_words(line) > BLURB_WORDS:
                break
            continue
        if j < start + AFTER or line.text[-1] == "." or not 3 <= words_of_line(line) <= 30:
            continue
        # The article is the page's densest text: the ARTICLE_LINES lines under its header
        # hold more prose than any as many lines between the start and it (menu blurbs
        # stand among menu entries); else the start was the article, and the line a
        # related article's teaser under it (a teaser's blurb, the next teaser, ...).
        if prose[min(len(prose) - 1, k + 1 + ARTICLE_LINES)] - prose[k + 1] <= densest_above:
            continue
        if _meta_under(blocks, j) and any(map(is_prose_line, blocks[j + 2 : j + 8])):
            found.append(j)
            if len(found) == OVER_META:
                break
    return found


def _meta_under(blocks: list[Block], j: int) -> bool:
    """A date line or a labelled byline one to three lines under line ``j``, with no prose
    line between (a header's lines come before its article's)."""
    for n in blocks[j + 1 : j + 4]:
        if _is_date_line(n) or (len(n.text) <= 100 and BY_LINE.match(n.text)):
            return True
        if is_prose_line(n):
            return False
    return False


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
