"""The block model both inputs meet in: a Page is a list of Blocks, its metadata and its layout."""
from __future__ import annotations

import re
import unicodedata
from operator import methodcaller
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .layout import Layout
    from .fields import Metadata

# The combining marks (Unicode categories Mn, Mc) that \w leaves out: the vowel signs and
# viramas of Devanagari and the other Indic scripts, Thai, Lao, Khmer and Myanmar vowels
# and tones, Arabic and Hebrew vowel points, Latin accents written apart (NFD). They stay
# inside the word they mark: "राहुल शर्मा" is two words, where \w+ cut it into five at its
# vowel signs. Read from unicodedata over the blocks where the marks of living scripts
# sit (a pass of about 8,000 points at import, not the 1.1 million of all Unicode). The
# marks drawn on symbols are left out (the variation selectors U+FE00-FE0F after an
# emoji, "❤️"; U+20D0-20FF): after a non-word character they would make a word alone.
_MARK_BLOCKS = ((0x0300, 0x1DFF), (0x302A, 0x309A), (0xA66F, 0xABFF), (0xFB1E, 0xFB1E), (0xFE20, 0xFE2F))


def _marks_class() -> str:
    """The combining marks of ``_MARK_BLOCKS`` as the body of a regex character class."""
    category = unicodedata.category
    marks = [c for first, last in _MARK_BLOCKS for c in range(first, last + 1)
             if category(chr(c)) in ("Mn", "Mc") and not chr(c).isalnum()]
    ranges: list[tuple[int, int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# A word character: \w or a combining mark. ``WORD_CHAR`` is the class (for the engine's
# character table, engine/chars.py, which must count the same words).
_MARKS = _marks_class()
WORD_CHAR = r"[\w" + _MARKS + "]"
_WORD = re.compile(WORD_CHAR + "+")
_NOT_WORD = re.compile(r"[^\w" + _MARKS + "]+")
# Past this many characters, words are counted one match at a time rather than listed:
# the list of a 1 MB line of short words is about 20 MB, for a count.
_LIST_WORDS_UP_TO = 10_000


def _cache() -> Any:
    """A Block field holding a cached fact (see ``Block.__getattr__``): a slot left unset
    by ``__init__`` until the fact is first read."""
    return field(init=False, repr=False, compare=False)


def words_key(text: str) -> str:
    """The text's words, lower-cased, joined by single spaces: the one key for comparing
    texts that differ only in punctuation, spacing or case (a repeated headline, a line
    and the element it came from, two copies of a title).

    >>> words_key("Council approves budget | Example News!"), words_key("  By: Jane--Doe ")
    ('council approves budget example news', 'by jane doe')
    """
    # The same as " ".join(_WORD.findall(text)).lower() (words are the runs of word
    # characters between runs of the others), without the list of words.
    return _NOT_WORD.sub(" ", text).strip(" ").lower()


# A line that reads as a finished sentence ends like one (possibly inside quotes or brackets):
# its last character, once closing quotes and brackets are stripped, is one of these: the
# Latin stops, and the sentence ends of other scripts: the full-width (CJK) and half-width
# ideographic stops, the Arabic question mark and Urdu full stop, the Devanagari danda and
# double danda, the Ethiopic full stop and question mark, the Myanmar and Khmer full stops.
SENTENCE_MARKS = ".!?…。！？｡؟۔।॥።፧။។"
# What may close a sentence after its mark: quotes and brackets, with the German („...“,
# »...«), French and Spanish («...») quotes and the CJK brackets （）「」『』: "... gesagt.“",
# "... a-t-il dit.»", "...です。」".
CLOSERS = "\"'”’)]“»«）」』"
# The spaces French sets inside its quotes ("« Non. »"): passed over between closers only.
_QUOTE_SPACES = " \u00a0\u202f"
_CLOSERS_AND_SPACES = CLOSERS + _QUOTE_SPACES


def without_closers(text: str) -> str:
    """``text`` without the closers at its end, and the spaces between them ("Non. »" ->
    "Non."); spaces with no closer after them stay ("Non. " is not stripped).

    >>> without_closers("« Non. »"), without_closers("Non. "), without_closers("gesagt.“")
    ('« Non.', 'Non. ', 'gesagt.')
    """
    bare = text.rstrip(CLOSERS)
    if len(bare) != len(text) and bare and bare[-1] in _QUOTE_SPACES:
        return bare.rstrip(_CLOSERS_AND_SPACES)
    return bare


_DIGIT = re.compile(r"\d")


# What a block is, on either input (``Block.kind``).
KINDS = ("heading", "paragraph", "list_item", "quote", "code", "table_row", "caption")


@dataclass(eq=False, slots=True)
class Block:
    """One unit of page text: a line of a text dump, or a paragraph-level element of HTML.

    ``tag`` is the HTML element name ("p", "h2", "li", "figcaption", ...) or, for text,
    "p" / "li" (a bulleted line). ``context`` holds what is known about the block's
    surroundings in HTML ("nav", "aside", "footer", "figure", "header", ...).

    The facts about ``text`` (``word_count``, ``normalized``, ...) are computed on first
    read and kept: a block whose ``text`` is reassigned after one was read keeps the old
    value (engine/segment.py's table-row merge reassigns it before any is read).
    """

    index: int
    text: str
    tag: str = "p"
    blank_before: bool = False
    link_density: float = 0.0
    context: frozenset[str] = frozenset()
    removed_by: str | None = None
    reason: str | None = None
    # The block's structure, for the output formats (``Article.blocks``, markdown). It is
    # annotation only: no cleaner reads it, and ``text`` is the same whatever it says.
    kind: str = "paragraph"  # one of KINDS
    level: int = 0  # a heading's level, 1-6
    ordered: bool = False  # a list item of a numbered list
    depth: int = 0  # a list item's nesting: 0 in a top-level list, 1 in a list inside an item, ...
    cells: tuple[str, ...] | None = None  # a table row's cells (``text`` is them joined by spaces)
    header: bool = False  # a table row of header cells
    group: int = 0  # which list or table on the page the item or row belongs to (0: none)
    code: str | None = None  # a code block's text with its line breaks (``text`` folds them)
    # (text, absolute http(s) URL) of each link in the block, in order: HTML only, for
    # to_markdown(links=True). Annotation like the structure: ``text`` holds link text alone.
    links: tuple[tuple[str, str], ...] = ()
    # A text dump's line: how many spaces (a tab counts as one) stand before it. A renderer
    # that draws the page's nesting (inscriptis) indents the article's paragraphs alike and
    # menus, teasers and comments otherwise; a flat dump's lines are all 0. HTML: 0.
    indent: int = 0
    # Facts about the text, computed on first read and kept (``__getattr__``). Cleaners,
    # the metadata readers and the line scorer read them tens of times per line.
    word_count: int = _cache()
    has_digit: bool = _cache()  # any digit in the text: date and number rules skip the lines without one
    # Ends in ".", "!", "?" or "…", maybe inside quotes or brackets.
    ends_like_sentence: bool = _cache()
    # Lower-cased words joined by single spaces (``words_key``): for comparing lines
    # that differ in punctuation.
    normalized: str = _cache()
    folded: str = _cache()  # the text case-folded (str.casefold): line patterns' fragments are looked up in it

    @property
    def kept(self) -> bool:
        return self.removed_by is None

    def prime_counts(self, word_count: int, normalized: str) -> None:
        """Fill the ``word_count`` and ``normalized`` caches with values a caller computed
        for a whole page at once (engine/features.py, from one pass over the page's
        text); they must be what the facts would compute on first read."""
        self.word_count = word_count
        self.normalized = normalized

    @property
    def is_list_item(self) -> bool:
        return self.tag == "li"

    @property
    def is_heading(self) -> bool:
        return self.tag in ("h1", "h2", "h3", "h4", "h5", "h6")

    @property
    def words(self) -> list[str]:
        """The text's words (a new list each call: kept for every line, the lists of a
        text dump cost about 30x its size; most cleaners need only ``word_count``)."""
        return _WORD.findall(self.text)

    def __getattr__(self, name: str) -> Any:
        # Called only when an attribute is missing: a cached fact's slot not yet set (once
        # per fact and block). Once set, reading it is a plain slot read in C; a
        # descriptor computing on demand cost a Python call on every read, about a tenth
        # of a text dump's time (docs/text_speed.md).
        compute = _FACTS.get(name)
        if compute is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = compute(self.text)
        object.__setattr__(self, name, value)
        return value


def _word_count(text: str) -> int:
    if len(text) <= _LIST_WORDS_UP_TO:
        return len(_WORD.findall(text))
    return sum(1 for _ in _WORD.finditer(text))


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _ends_like_sentence(text: str) -> bool:
    """Ends in ".", "!", "?" or "…", maybe inside quotes or brackets.

    >>> Block(0, 'He said "No."').ends_like_sentence, Block(0, "Latest News").ends_like_sentence
    (True, False)
    """
    # (A final line break is passed over, as the "$" of the regex this replaced did.)
    last = without_closers(text[:-1] if text.endswith("\n") else text)[-1:]
    return last != "" and last in SENTENCE_MARKS


# The characters of _NOT_WORD's runs but the line break, which ``fill_facts`` splits on.
_NOT_WORD_IN_LINE = re.compile(r"[^\w\n" + _MARKS + "]+")
_SENTENCE_END = frozenset(SENTENCE_MARKS)


def fill_facts(blocks: list[Block]) -> None:
    """Set ``word_count``, ``normalized``, ``ends_like_sentence`` and ``has_digit`` of every
    block at once, the values the facts would compute on first read: the text path
    reads all four of every line, and one pass over the page's text is cheaper than a
    first read per fact and line (a missing attribute, then a Python call each).

    The lines' words keys come from one substitution and one lower-casing of the lines
    joined by line breaks (a line break is a non-word run of its own, and ends the
    context str.lower reads for a final sigma); a word count is the number of spaces of
    the key plus one. When any block's text holds a line break (never so for
    ``text_to_blocks``' lines), every block's facts are computed one by one instead.

    >>> blocks = [Block(0, "Hello, World!"), Block(1, "--"), Block(2, "3 ΟΔΟΣ")]
    >>> fill_facts(blocks)
    >>> [(b.word_count, b.normalized, b.ends_like_sentence, b.has_digit) for b in blocks]
    [(2, 'hello world', True, False), (0, '', False, False), (2, '3 οδος', False, True)]
    """
    texts = [b.text for b in blocks]
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a text with a line break: each block on its own
        for b in blocks:
            b.word_count, b.normalized, b.ends_like_sentence, b.has_digit  # noqa: B018 - reads fill the caches
        return
    keys = _NOT_WORD_IN_LINE.sub(" ", joined).lower().split("\n")
    search = _DIGIT.search
    end = _SENTENCE_END.__contains__
    for b, text, key in zip(blocks, texts, keys):
        key = key.strip(" ")
        b.normalized = key
        b.word_count = key.count(" ") + 1 if key else 0
        b.ends_like_sentence = end(without_closers(text)[-1:])
        b.has_digit = search(text) is not None


# Each cached fact of a Block (a field made by ``_cache``) and how it is computed from the text.
_FACTS = {
    "word_count": _word_count,
    "has_digit": _has_digit,
    "ends_like_sentence": _ends_like_sentence,
    "normalized": words_key,
    "folded": methodcaller("casefold"),
}


@dataclass
class Page:
    """A page on its way through the chain: all blocks (removed ones stay, marked), the
    metadata, and the layout (where the article is), read once before cleaning."""

    blocks: list[Block]
    source_type: str  # "html" or "text"
    metadata: "Metadata"
    url: str | None = None
    # Index of each block the metadata was read from, with the field's name ("title",
    # "byline", "date", "description"), on both inputs: the readers' ``Metadata.blocks``.
    # The metadata cleaner takes these lines out; every other cleaner leaves them to it.
    field_lines: dict[int, str] = field(default_factory=dict)
    # Where the article is (newsclean.layout): made from the blocks when not given.
    layout: "Layout | None" = None
    # HTML: what found the main content ("trafilatura" or "newsclean", newsclean/engine/).
    engine: str = ""
    # The text-region scorer's work on this page (cleaners/classify.py), kept for the
    # cleaners that ask again: the first stage's feature rows and the final scores.
    region_features: Any = field(default=None, repr=False, compare=False)
    region_scores: list[float] | None = field(default=None, repr=False, compare=False)
    # The kept blocks as of the last removal: most cleaners ask for them, and most
    # cleaners remove nothing from a given page, so the list is built again only after
    # a removal (``remove``) instead of once per cleaner.
    _kept: list[Block] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.field_lines:
            self.field_lines = self.metadata.blocks
        if self.layout is None:
            from .layout import Layout

            self.layout = Layout.of(self.blocks)

    def kept(self) -> list[Block]:
        """The blocks no cleaner has removed, in page order (a new list each call).

        >>> from newsclean.fields import Metadata
        >>> page = Page([Block(0, "Menu"), Block(1, "Body.")], "text", Metadata())
        >>> page.remove(page.blocks[0], "widget_labels", "widget or menu label")
        >>> [b.text for b in page.kept()]
        ['Body.']
        """
        if self._kept is None:
            self._kept = [b for b in self.blocks if b.removed_by is None]
        return list(self._kept)

    def remove(self, block: Block, cleaner: str, reason: str) -> None:
        """Mark ``block`` removed by ``cleaner`` for ``reason`` (set ``removed_by`` through
        this method, so that ``kept`` sees it)."""
        block.removed_by, block.reason = cleaner, reason
        self._kept = None
