"""Reader comments and the site's policy text, found as regions below the article.

A comment list prints the same shape again and again: a header line (who, when, maybe
"says:") over the comment's text. One such line proves little (a dateline, a quoted
"He said:"); two or more of the same kind, a few lines apart, below the article's
start, are a comment list. The evidence holds in any language: the repetition, the
header's shape (a short line with a date and a time of day, or a name and a
says-verb and a colon), the position. Words come second: the says-verbs and the
comment headings ("Kommentare", "3 thoughts on ...") come from the chrome lexicon.

The region runs from the first header (and the comments heading just above it) to
the end of the page: what follows a comment list is the page's footer.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from ..model import Block, Page
from ..lexicon.chrome import (AGREE_TO_TERMS, COMMENT_COUNTS, COMMENT_LABELS, COMMENT_STEMS, COMMENT_VERBS,
                              POLICY_STEMS, RELATIVE_TIMES, either, patterns, phrases)
from ..layout import is_prose
from .base import Verdict, cleaner
from .phrases import fold, refold
from .speech import unquoted_search

# A time of day: "15:24", "15h24", "3:04 pm", and "08:12PM" with its am/pm glued on (so
# the time ends at the last digit, not at a word boundary).
_TIME = r"\b\d{1,2}[:h]\d{2}(?!\d)"
# A date: a year, or day and month in figures ("15.05.2019", "5/15/19", "2019-05-15").
_DATE = r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
# A header line with a timestamp: a date and a time of day (on a line with a digit), or
# a relative time ("2 years ago", "vor 3 Tagen", "il y a 2 jours", "a year ago").
_STAMP = re.compile(rf"(?=.*(?:{_DATE})).*{_TIME}", re.IGNORECASE)
_RELATIVE = re.compile(rf"\b(?:{patterns(RELATIVE_TIMES)})\b", re.IGNORECASE)
# A header line that introduces what someone wrote: "Jane Doe says:", "Max sagt:", "Marie a écrit :".
_SAYS = re.compile(rf"\b(?:{either(COMMENT_VERBS)})\s*:?\s*$", re.IGNORECASE)
# A comments heading: "Comments", "12 Kommentare", "3 thoughts on “...”", "One response to ...".
_HEADING = re.compile(
    rf"^[\W_]*(?:\d+|one|two|three)?\s*(?:{either(COMMENT_LABELS)})\b.{{0,80}}$"
    r"|^[\W_]*(?:\d+|one|two|three)\s+(?:thoughts?|responses?|replies|reactions?)\s+(?:on|to)\b.{0,120}$",
    re.IGNORECASE,
)
# A header is short; a comment header holds a name and a stamp or a verb.
_HEADER_MAX_WORDS = 16
# Consecutive headers of one list are at most this many lines apart (a comment's text).
_MAX_GAP = 25
# The article above a comment list has at least this many words of prose.
_ARTICLE_ABOVE = 100
# A comments heading stands at most this many lines above the first header.
_HEADING_REACH = 3


def header_kind(block: Block) -> str | None:
    """"stamp" or "says" when the line reads as a comment's header, else None.

    >>> header_kind(Block(0, "Par Marie-Claire DELAIRE, le mercredi 15 mai 2019 à 15h24"))
    'stamp'
    >>> header_kind(Block(0, "Jane Doe says:")), header_kind(Block(0, "The vote was held on May 5, 2019 at 10:00."))
    ('says', None)

    A line of code or markup holding a timestamp is not a header: a comment's header is
    words, and code's operators (" = ", " < ", " >= ", braces, ";") are in no one's name.
    A tag around a name ("<span>Jane</span> Wed, 12/03/2025 - 02:42", as a renderer may
    print escaped markup) is not an operator.

    >>> header_kind(Block(0, "WHERE created_at < '2024-06-15 10:30:00' -- last seen timestamp")) is None
    True

    A ";" is code's only where code puts it: at the line's end, or glued to what follows.
    A ";" between a name and a date is punctuation ("Jane Doe; March 3, 2024 at 10:15").

    >>> header_kind(Block(0, "Jane Doe; March 3, 2024 at 10:15"))
    'stamp'

    A line that counts an item's comments is a teaser card's line, not a comment's header:
    a comment does not count comments ("10 months ago · 154 likes · 10 comments").

    >>> header_kind(Block(0, "10 months ago · 154 likes · 10 comments")) is None
    True

    An embedded social post's attribution names its account in brackets; it is the
    article's media, and the article goes on below it.

    >>> header_kind(Block(0, "A post shared by Jane Doe (@janedoe) on Jun 16, 2019 at 7:30am PDT")) is None
    True
    """
    if not 0 < block.word_count <= _HEADER_MAX_WORDS or block.ends_like_sentence:
        return None
    if _CODE.search(block.text) or "(@" in block.text or (block.has_digit and _COMMENT_COUNT.search(block.text)):
        return None
    text = block.text
    # The says-verb ends the line (maybe before a colon): the line's folded end is tested
    # for one first, and the pattern runs only on the lines that pass.
    end = text.rstrip()
    end = end[:-1].rstrip() if end.endswith(":") else end
    if fold(end[-_LONGEST_VERB - 2:]).endswith(_VERBS) and _SAYS.search(text):
        return "says"
    if (block.has_digit and _DATE_IN.search(text) and _TIME_IN.search(text)) or _RELATIVE.search(text):
        return "stamp"
    return None


# Operators of code and markup, which no comment header holds; a ";" ending the line or
# glued to the next token ("i++;", "a;b"), not one followed by a space.
_CODE = re.compile(r"\s[=<>!]=?\s|[{}]|;(?:\s*$|(?=\S))")
# A count of comments ("10 comments", "3 Kommentare", "12 commentaires"): a teaser's line.
# (Not the minutes of a time: "15:24 Comments" is a stamp and a heading.) The number
# starts where no digit, letter or separator stands before it, so each run of digits and
# separators is tried from one place only: linear in the line ("1,1,1,..." was quadratic).
_COMMENT_COUNT = re.compile(rf"(?<![\w:.,])\d[\d.,]*\s*(?:{either(COMMENT_COUNTS)})\b", re.IGNORECASE)
_VERBS = tuple(phrases(COMMENT_VERBS))
_LONGEST_VERB = max(map(len, _VERBS))
# A date and a time of day anywhere in the line: what _STAMP matches (on a line
# without line breaks), as two plain searches.
_DATE_IN = re.compile(_DATE, re.IGNORECASE)
_TIME_IN = re.compile(_TIME, re.IGNORECASE)


def comment_region(page: Page) -> int | None:
    """The position of the first line of the page's comment list, or None."""
    # All lines, removed or not: a header an earlier cleaner took (a byline, a date line)
    # still shows the list's rhythm.
    blocks = page.blocks
    if len(blocks) < 4:
        return None
    # A list starts below the article: the first line with 100 words of article prose
    # above it. The lines above that point are not read for headers at all (a run only
    # goes down), and the count only grows, so the lines below it are not read for prose.
    begin, above = len(blocks), 0
    for i, b in enumerate(blocks):
        if above >= _ARTICLE_ABOVE:
            begin = i
            break
        above += b.word_count if b.kept and is_prose(b) else 0
    # header_kind's first test (a short line, not a sentence) is made here: most lines
    # fail it, and are passed over without a call.
    headers = [(i, kind) for i in range(begin, len(blocks))
               if 0 < (line := blocks[i]).word_count <= _HEADER_MAX_WORDS and not line.ends_like_sentence
               and (kind := header_kind(line))]
    for start in range(len(headers)):
        i, kind = headers[start]
        run = [i]
        for j, other in headers[start + 1:]:
            if j - run[-1] > _MAX_GAP:
                break
            if other == kind:
                run.append(j)
        # Two headers of the same shape, below the first quarter of the page, or three; and
        # the article above them (a list of teasers with times above the article is not
        # a comment list).
        # (i >= begin: the article, 100 words of prose or more, is above the header.)
        if (len(run) >= 2 and i >= len(blocks) // 4) or len(run) >= 3:
            first = i
            for k in range(i - 1, max(-1, i - 1 - _HEADING_REACH), -1):
                if blocks[k].word_count <= 20 and _HEADING.match(blocks[k].text):
                    first = k
            return first
    return None


@cleaner(inputs=("text",))
def comment_sections(page: Page) -> Iterator[Verdict]:
    """Text dumps: the readers' comments below an article, found as a region: two or more
    comment headers of one shape a few lines apart ("Jane Doe says:",
    "Par Marie-Claire DELAIRE, le mercredi 15 mai 2019 à 15h24", "Max, 12.03.2020 um
    14:22 Uhr"), from the comments heading above the first to the end of the page.
    A dateline or a single quoted "She said:" is not a list and stays.
    """
    start = comment_region(page)
    if start is None:
        return
    for block in page.blocks[start:]:
        if block.kept:
            yield block, "reader comments: below a run of comment headers (who and when)"


# Policy text: the site's rules for comments. Each line of it names comments and one of
# the rules' words; a run of such lines, at the article's end (little prose follows
# it), is the site's text, not the article's.
_COMMENTS = re.compile(rf"\b(?:{either(COMMENT_STEMS)})", re.IGNORECASE)
_POLICY = re.compile(rf"\b(?:{either(POLICY_STEMS)})", re.IGNORECASE)
_AGREE = re.compile(patterns(AGREE_TO_TERMS), re.IGNORECASE)
# Lines of one run are at most this many lines apart (a list of conditions between them).
_POLICY_GAP = 3
# A run has at least this many policy lines.
_POLICY_RUN = 2
# After a run, at most this share of the page's prose may follow (else the article
# goes on, and the run is the article's own account of some rules).
_PROSE_AFTER = 0.2


def is_policy_line(block: Block) -> bool:
    """A line of four or more words that names comments and a rule's word.

    >>> is_policy_line(Block(0, "A user comment will be deleted if it:"))
    True
    >>> is_policy_line(Block(0, "The council will publish the budget on Monday."))
    False
    """
    return block.word_count >= 4 and _COMMENTS.search(block.text) is not None \
        and _POLICY.search(block.text) is not None


def agrees_to_terms(block: Block) -> bool:
    """A line that has the reader accept the site's terms or privacy policy.

    >>> agrees_to_terms(Block(0, "By subscribing, you agree to our Terms of Service and Privacy Policy."))
    True
    >>> agrees_to_terms(Block(0, "By clicking one button, you agree to be tracked, the lawsuit alleges."))
    False
    """
    if block.word_count > 60:
        return False
    # Consent words quoted with who wrote them ("..., the lawsuit alleges") are the
    # article's reporting about a site, not the site's own form (cleaners/speech.py).
    return unquoted_search(_AGREE, block.text)


# Every match of _AGREE holds one of these (its consent verbs), compared on ``fold``ed
# text: the lines that hold none are found in one pass over the page's text, and the
# pattern, which backtracks over the line, runs on the others alone.
_CONSENT_ANCHORS = ("agree", "consent", "accept", "akzept", "stimm", "zugestimmt", "einverstanden", "acepta",
                    "accett", "concorda", "aceita", "akkoord", "akceptuj", "zgadzasz",
                    # the consent of a form's button ("By clicking ..., you confirm", "stem je in")
                    "confirm", "conferm", "acconsent", "consient", "acept", "erklär", "stem je in", "stemt u in", "zgod")
def lines_holding(blocks: list[Block], anchors: tuple[str, ...]) -> set[int]:
    """The positions (in ``blocks``) of the lines whose folded text holds an anchor:
    one folded text of the page, and a C-level find per anchor."""
    # Folding may change lengths ("ß" -> "ss"): fold line by line, joined, and locate
    # the lines in the folded text. Each line's case fold is the Block's, cached.
    folded = [refold(b.folded) for b in blocks]
    starts, position = [], 0
    for f in folded:
        starts.append(position)
        position += len(f) + 1
    page = "\n".join(folded)
    out: set[int] = set()
    for anchor in anchors:
        at = page.find(anchor)
        while at != -1:
            line = bisect.bisect_right(starts, at) - 1
            out.add(line)
            at = page.find(anchor, starts[line + 1] if line + 1 < len(starts) else len(page))
    return out


def tail_start(mass: list[int], most: float) -> int:
    """The first position of the page's tail: the lines below which, with themselves, at
    most ``most`` words of prose lie (``mass``: each line's prose words).

    >>> tail_start([50, 40, 5, 0, 3], 10), tail_start([50, 40], 10)
    (2, 2)
    """
    after, start = 0, len(mass)
    while start > 0 and after + mass[start - 1] <= most:
        start -= 1
        after += mass[start]
    return start


def runs_of(hits: list[int], gap: int) -> list[list[int]]:
    """``hits`` (ascending positions) grouped into runs of positions at most ``gap`` apart.

    >>> runs_of([3, 5, 9, 20], 4)
    [[3, 5, 9], [20]]
    """
    runs: list[list[int]] = []
    for i in hits:
        if runs and i - runs[-1][-1] <= gap:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


@cleaner(inputs=("text",))
def policy_text(page: Page) -> Iterator[Verdict]:
    """Text dumps: the site's rules for comments, as a region: two or more policy lines
    (each naming comments and a rule: "comment" and "deleted", "Kommentare" and
    "moderiert", "commentaires" and "publiés") a few lines apart, with the article's
    prose above and little after; and a line that
    has the reader accept the terms ("By subscribing, you agree to our Terms of
    Service and Privacy Policy", "Mit der Anmeldung akzeptieren Sie die
    Datenschutzerklärung"). A paragraph of an article about moderation, with the
    article going on below it, stays.
    """
    blocks = page.kept()
    mass = [b.word_count if is_prose(b) else 0 for b in blocks]
    total = sum(mass) or 1
    above = 0
    consenting = lines_holding(blocks, _CONSENT_ANCHORS)
    agreeing = {i for i in consenting if agrees_to_terms(blocks[i])}
    for i in sorted(agreeing):
        yield blocks[i], "the site's terms: a line that has the reader accept them"
    hits = _policy_lines(blocks, mass, total, agreeing)
    runs = runs_of(hits, _POLICY_GAP)
    prefix = [0]
    for m in mass:
        above += m
        prefix.append(above)
    for run in runs:
        first, last = run[0], run[-1]
        if len(run) < _POLICY_RUN or prefix[first] < _ARTICLE_ABOVE \
                or (total - prefix[last + 1]) > _PROSE_AFTER * total:
            continue
        for block in blocks[first:last + 1]:
            yield block, f"the site's policy text: a run of {len(run)} lines of its rules (comments, privacy, terms)"


def _policy_lines(blocks: list[Block], mass: list[int], total: int, skip: set[int]) -> list[int]:
    """The positions of the policy lines (not in ``skip``) that can be in a run: a run
    ends where at most _PROSE_AFTER of the prose follows, and reaches up from there
    through lines at most _POLICY_GAP apart; lines above that reach are not read."""
    end = tail_start(mass, _PROSE_AFTER * total)
    # Little prose follows line ``end - 1`` and each line below it: a run's last line is one of them.
    last_start = max(0, end - 1)
    hits = [i for i in range(last_start, len(blocks)) if i not in skip and is_policy_line(blocks[i])]
    reach = hits[0] if hits else len(blocks)
    i = last_start - 1
    while i >= 0 and reach - i <= _POLICY_GAP:
        if i not in skip and is_policy_line(blocks[i]):
            hits.insert(0, i)
            reach = i
        i -= 1
    return hits
