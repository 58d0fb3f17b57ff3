"""Where the article is on a page: one ``Layout`` per page, worked out once from the blocks
before any cleaner runs, for both inputs.

Three readings of the page, each by one rule with named thresholds:

- the **article start** (``article_start``): the first block of the article's first run
  of prose lines. The headline, byline and date are looked for above it (the text
  reader's "anchor").
- the **prose paragraphs** (``is_prose``): the paragraphs a reader reads. The first and
  last of them that no cleaner has removed are the **article span**
  (``Layout.article_span``): what lies outside it is header chrome or tail.
- the thresholds the region rules judge a line beside a paragraph by
  (``CLOSING_SENTENCE_WORDS``, ``VOUCHING_PARAGRAPH_WORDS``, ``VOUCHED_PARAGRAPH_WORDS``).

A prose *line* (``is_prose_line``, 15 words) and a prose *paragraph* (``is_prose``, 20
words) differ on purpose: the start of the article is found from shorter lines (a text
dump breaks paragraphs into lines), while the span's ends must be whole paragraphs.

>>> from newsclean.read.text import text_to_blocks
>>> blocks = text_to_blocks("Menu\\nCouncil approves budget\\n" + "The council voted on Tuesday to approve "
...                         "the new budget for the schools of the city and its port, after a long debate.\\n" * 3
...                         + "Share this")
>>> layout = Layout.of(blocks)
>>> layout.article_start, layout.article_span(blocks)
(2, (2, 4))
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import CLOSERS, SENTENCE_MARKS, WORD_CHAR, Block

# A prose line: at least this many words and characters, finished like a sentence.
PROSE_LINE_WORDS = 15
PROSE_LINE_CHARS = 29
# The article's first run of prose lines: lines at most RUN_GAP lines apart holding
# RUN_WORDS words together (tune split: 60 words beat 45 and 80; gap 4 beat 3 and 6).
RUN_GAP = 4
RUN_WORDS = 60
# The start is looked for in the page's first START_SCAN lines; a page without prose there
# starts its article at line NO_START (or its end, if shorter).
START_SCAN = 300
NO_START = 250
# A prose paragraph: at least this many words, finished like a sentence.
PROSE_WORDS = 20
# A sentence of at least this many words below the last paragraph closes the article
# ("He denied the charges."): the tail rule keeps it.
CLOSING_SENTENCE_WORDS = 3
# A sentence beside a kept paragraph of at least VOUCHING_PARAGRAPH_WORDS words is vouched
# for by it; a sentence so kept vouches for the next line only from VOUCHED_PARAGRAPH_WORDS.
VOUCHING_PARAGRAPH_WORDS = 10
VOUCHED_PARAGRAPH_WORDS = 15

# Cheap tests before any regex: a prose line is long and ends like a sentence (in any
# script model.py knows the sentence ends of).
_SENTENCE_CHARS = frozenset(SENTENCE_MARKS + CLOSERS)
# Scripts written without spaces between words: Han ideographs (CJK unified, extension A,
# compatibility), hiragana, katakana (full- and half-width). A run of them is one \w+
# "word"; ``length_in_words`` counts CHARS_PER_WORD of its characters as a word instead
# (Chinese words average about 1.5-2 characters; the lower rate would call a 30-character
# caption a prose paragraph).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_WORD = re.compile(WORD_CHAR + "+")
CHARS_PER_WORD = 2
# Alphabets written without spaces between words: Thai, Lao, Myanmar, Khmer (Thai and Lao
# put a space between phrases, not words). Their words are longer than Chinese ones, vowel
# signs and tone marks included: CHARS_PER_ALPHABET_WORD of their characters count as a word.
_UNSPACED_ALPHABET = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
CHARS_PER_ALPHABET_WORD = 4
# Either kind: one search tells a line with none (most lines) from one to count.
_ANY_UNSPACED = re.compile(_UNSPACED.pattern[:-1] + _UNSPACED_ALPHABET.pattern[1:])
# Thai and Lao write no sentence-end mark: a paragraph there ends on a letter or mark of
# the script (``reads_finished``).
_FIRST_UNMARKED, _LAST_UNMARKED = "\u0e00", "\u0eff"


def length_in_words(block: Block) -> int:
    """The block's length in words: ``word_count``, but for text in a script written
    without spaces (Chinese, Japanese), where ``CHARS_PER_WORD`` characters count as one
    word. A line with no such character (any Latin-script line) is its ``word_count``.

    >>> length_in_words(Block(0, "Council approves the budget")), length_in_words(Block(0, "市议会通过了明年的预算"))
    (4, 5)
    >>> length_in_words(Block(0, "新型iPhone 16今天在北京发售。"))  # "iPhone", "16" and 9 characters
    6
    """
    text = block.text
    if text.isascii() or _ANY_UNSPACED.search(text) is None:
        return block.word_count
    unspaced = len(_UNSPACED.findall(text))
    alphabet = len(_UNSPACED_ALPHABET.findall(text))
    rest = _UNSPACED_ALPHABET.sub(" ", _UNSPACED.sub(" ", text))
    return len(_WORD.findall(rest)) + unspaced // CHARS_PER_WORD + alphabet // CHARS_PER_ALPHABET_WORD


def reads_finished(block: Block) -> bool:
    """Finished like a sentence (``Block.ends_like_sentence``), or a line of Thai or Lao,
    which write no sentence-end mark, ending on a letter or mark of its script."""
    if block.ends_like_sentence:
        return True
    last = block.text[-1:]
    return _FIRST_UNMARKED <= last <= _LAST_UNMARKED
# Words of the notices over a page (cookies, sign-in, subscription): prose, not the article.
# The pattern is cookie|consent|privacy|terms of (?:use|service)|sign in|log in|subscri
# (case-insensitive), written to open with one class of the first letters in both cases
# ("ſ" is an "s" to the regex engine without case): the engine then skips in C to those
# letters, where the case-insensitive alternation was tried at every character of each
# prose line (0.55 -> 0.24 ms per 9-13 KB dump over all its prose lines, same matches).
_NOTICE = re.compile(r"[cCpPtTsSſlL](?:(?<=[cC])(?i:ookie|onsent)|(?<=[pP])(?i:rivacy)|(?<=[tT])(?i:erms of (?:use|service))"
                     r"|(?<=[sSſ])(?i:ign in|ubscri)|(?<=[lL])(?i:og in))")


def is_prose_line(block: Block) -> bool:
    """A paragraph line: 15 words or more and finished like a sentence (length and the
    last character are checked first, so most lines cost two comparisons)."""
    text = block.text
    if len(text) < PROSE_LINE_CHARS:
        return False
    last = text[-1]
    if last in _SENTENCE_CHARS:
        finished = block.ends_like_sentence
    else:  # a Thai or Lao paragraph (no sentence mark): ``reads_finished``
        finished = _FIRST_UNMARKED <= last <= _LAST_UNMARKED
    return finished and length_in_words(block) >= PROSE_LINE_WORDS


def is_prose(block: Block) -> bool:
    """A paragraph a reader reads: long enough, and finished like a sentence (or, in Thai
    and Lao, ``reads_finished``)."""
    return reads_finished(block) and length_in_words(block) >= PROSE_WORDS


def article_start(blocks: list[Block]) -> int:
    """Where the article's paragraphs start: the first run of prose lines (each within
    ``RUN_GAP`` lines of the last) that holds ``RUN_WORDS`` words. A cookie or sign-in
    notice is not counted as prose, and a short run (two menu blurbs, a promo) is passed
    over; without a long run, the first run is taken."""
    first = None
    start, last, words = -1, -99, 0
    for i, b in enumerate(blocks[:START_SCAN]):
        if not is_prose_line(b) or _NOTICE.search(b.text):
            continue
        if i - last <= RUN_GAP:
            words += length_in_words(b)
            if words >= RUN_WORDS:
                return start
        else:
            start, words = i, length_in_words(b)
            if first is None:
                first = i
        last = i
    return first if first is not None else min(len(blocks), NO_START)


# A line of PROSE_WORDS words or more holding INNER_SENTENCES sentence ends inside it is
# prose, however it ends (``holds_sentences``: the text path's tail rule; as a stop for
# related_sections' teaser lists it was measured no better, and is not used there).
INNER_SENTENCES = 2
# A sentence end inside a line: a stop, maybe a closing quote or bracket, then a space and
# more text; CJK text writes no space after its full-width stops.
_INNER_END = re.compile(r"[.!?…؟۔।॥።፧။។][\"'”’»)]?\s+\S|[。！？｡][」』”’）)]?\s*\S")
# An HTML tag in a line: page source shown as text (a "republish this article" box).
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


def holds_sentences(block: Block) -> bool:
    """A paragraph of sentences, whatever its last characters (and not page source).

    >>> holds_sentences(Block(0, "The port grew by nine percent. New rail shuttles link it to four towns. "
    ...                            "More growth is expected next year, the company said. (cm)"))
    True
    >>> holds_sentences(Block(0, "Home About Contact Privacy Terms Careers Advertise Newsletter Shop "
    ...                            "Archive Podcasts Events Jobs Help Login Register Subscribe Apps Sitemap"))
    False
    """
    return (length_in_words(block) >= PROSE_WORDS and len(_INNER_END.findall(block.text)) >= INNER_SENTENCES
            and not _MARKUP.search(block.text))


@dataclass(frozen=True)
class Layout:
    """One page's layout, read from all its blocks before cleaning (``Layout.of``).

    ``article_start``: see ``article_start``. ``prose``: the positions of the prose
    paragraphs (``is_prose``), in page order.
    """

    article_start: int
    prose: tuple[int, ...]

    @classmethod
    def of(cls, blocks: list[Block]) -> "Layout":
        return cls(article_start(blocks), tuple(i for i, b in enumerate(blocks) if is_prose(b)))

    def article_span(self, blocks: list[Block]) -> tuple[int, int] | None:
        """Positions of the first and last prose paragraphs no cleaner has removed yet
        (read anew at each call: a cleaner that removed a paragraph moves the span), or
        None when none is left."""
        first = next((i for i in self.prose if blocks[i].removed_by is None), None)
        if first is None:
            return None
        last = next(i for i in reversed(self.prose) if blocks[i].removed_by is None)
        return first, last

    def outside_article(self, blocks: list[Block], block: Block) -> bool:
        """Whether ``block`` lies above the first or below the last kept prose paragraph."""
        span = self.article_span(blocks)
        return span is not None and not span[0] <= block.index <= span[1]
