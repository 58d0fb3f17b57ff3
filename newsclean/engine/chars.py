"""Character counts of every block of a page at once: the page's text as one array of
code points, each point's classes (\\w, \\s, \\d, capital) read from a table, the counts
summed per block (numpy's reduceat).

The counts are those of the regexes features.py names (``len(re.findall(...))`` per
block): the table is built by those regexes over every code point of the Basic
Multilingual Plane, and the rarer points beyond it are classed by the regexes one by
one. Each block's text is followed by a newline, which is neither \\w nor \\d, so a word
boundary at a block's edge reads as at the start or end of its own text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..model import WORD_CHAR

WORD, SPACE, DIGIT, CAPITAL = 1, 2, 4, 8
# The capital letters a word may start with (features.py's _CAPITAL reads these after \b).
CAPITAL_CLASS = "[A-ZÀ-ÖØ-ÞА-Я]"
# WORD is model.WORD_CHAR (\w and the combining marks): the words Block.word_count counts.
_CLASSES = ((WORD, WORD_CHAR), (SPACE, r"\s"), (DIGIT, r"\d"), (CAPITAL, CAPITAL_CLASS))
_TABLE_SIZE = 0x10000
_SEPARATOR = "\n"


@lru_cache(maxsize=1)
def char_table() -> np.ndarray:
    """The classes (bits) of each code point below 0x10000, by the regexes themselves
    (found as runs of consecutive code points: a few thousand matches, not 65,536)."""
    chars = "".join(map(chr, range(_TABLE_SIZE)))
    table = np.zeros(_TABLE_SIZE, dtype=np.uint8)
    for bit, pattern in _CLASSES:
        for match in re.finditer(f"(?:{pattern})+", chars):
            table[match.start():match.end()] |= bit
    return table


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _classes_of(char: str) -> int:
    return sum(bit for bit, pattern in _CLASSES if re.fullmatch(pattern, char))


@dataclass
class PageChars:
    """Per block (in the order given): its length and counts of kinds of characters."""

    chars: np.ndarray  # len(text)
    words: np.ndarray  # runs of \w: len(re.findall(r"\w+", text))
    punctuation: np.ndarray  # [^\w\s]
    digits: np.ndarray  # \d
    capitals: np.ndarray  # \b followed by a CAPITAL_CLASS letter
    commas: np.ndarray  # ","
    last: np.ndarray  # the last character's code point (0 for an empty text)
    joined: str  # each text followed by a newline
    starts: np.ndarray  # where each text starts in ``joined``
    number_starts: np.ndarray  # where in ``joined`` a word starts with a digit (\b\d)
    words_text: str  # ``joined`` with every character that is not \w made a space


def page_chars(texts: list[str]) -> PageChars:
    """The counts for each of ``texts`` (see PageChars)."""
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=n)
    starts = np.zeros(n, dtype=np.intp)
    if n > 1:
        np.cumsum(lengths[:-1] + 1, out=starts[1:])
    ends = starts + lengths
    joined = "".join(text + _SEPARATOR for text in texts)
    codes = _codes(joined)
    # (mode="clip" reads the points past the table as its last entry, fixed below: the
    # same as taking np.minimum(codes, _TABLE_SIZE - 1) without its copy of 4 bytes a point.)
    classes = char_table().take(codes, mode="clip")
    for i in np.flatnonzero(codes >= _TABLE_SIZE).tolist():
        classes[i] = _classes_of(joined[i])
    word = (classes & WORD) != 0
    # A point follows a word character (the separator and the start of the text are not).
    after_word = np.zeros(len(codes), dtype=bool)
    after_word[1:] = word[:-1]

    def per_block(flags: np.ndarray) -> np.ndarray:
        # Block i's stretch runs from its start to the next block's, its newline
        # included (in none of the classes counted): the starts strictly rise.
        if not n:
            return np.zeros(0)
        return np.add.reduceat(flags, starts, dtype=np.intp).astype(float)

    last = np.zeros(n, dtype=np.int64)
    has_text = lengths > 0
    last[has_text] = codes[ends[has_text] - 1]
    return PageChars(
        chars=lengths.astype(float),
        words=per_block(word & ~after_word),
        punctuation=per_block((classes & (WORD | SPACE)) == 0),
        digits=per_block((classes & DIGIT) != 0),
        capitals=per_block(((classes & CAPITAL) != 0) & (word != after_word)),
        commas=per_block(codes == ord(",")),
        last=last,
        joined=joined,
        starts=starts,
        number_starts=np.flatnonzero(((classes & DIGIT) != 0) & ~after_word),
        words_text=np.where(word, codes, np.uint32(32)).astype(np.uint32, copy=False).tobytes().decode("utf-32-le", "surrogatepass"),
    )
