"""The stoplist of a page's language, guessed from its longest lines: the stopword
evidence both learned scorers read (the text path's lines, the HTML engine's blocks)."""
from __future__ import annotations

import heapq
import operator
import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import Sequence

from ..model import Block


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    import justext

    # In the order of their names: jusText gives a set, whose order changes with the hash
    # seed, and the first of two stoplists with as many hits wins the guess.
    return tuple(sorted(justext.get_stoplists()))


@lru_cache(maxsize=8)
def _stoplist(k: int) -> frozenset[str]:
    """The k-th stoplist (in the order of _names), read when a page's guess names it."""
    import justext

    return frozenset(justext.get_stoplist(_names()[k]))


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    """Every stoplist by name: the reference the tests check the index against. The
    guess never calls it (all of them held are 24 MiB)."""
    import justext

    return {lang: frozenset(justext.get_stoplist(lang)) for lang in _names()}


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("English"))


_WORD_COUNT = operator.attrgetter("word_count")


_SAMPLE_WORDS = 5000
_WORD = re.compile(r"\w+")  # Block.words' pattern


def guess_stoplist(blocks: list[Block], word_counts: Sequence[int] | None = None) -> frozenset[str]:
    """The jusText stoplist of the page's language: English unless another hits more.

    Looks at the words of the longest lines only (prose, where stopwords are), so the
    guess costs a few hundred set look-ups, not one per word of the page.
    ``word_counts``: the blocks' ``word_count`` values, where the caller has them.
    """
    sample: list[str] = []
    if word_counts is None:
        longest = heapq.nlargest(8, blocks, key=_WORD_COUNT)  # as sorted(reverse=True)[:8]: ties in page order
    else:
        longest = [blocks[i] for i in heapq.nlargest(8, range(len(blocks)), key=word_counts.__getitem__)]
    for block in longest:
        # At most _SAMPLE_WORDS words a line: a 1 MB line of short words made a 20 MB
        # sample. The longest line of the development dumps has 3,565 words (html-text;
        # inscriptis 3,042, lxml 612), so on them the sample is what it was.
        text = block.text
        if len(text) <= _FINDALL_UP_TO:
            sample.extend(map(str.lower, _WORD.findall(text)[:_SAMPLE_WORDS]))
        else:
            sample.extend(m.group(0).lower() for m in islice(_WORD.finditer(text), _SAMPLE_WORDS))
    if not sample:
        return _english()
    english = _english()
    if sum(map(english.__contains__, sample)) >= 0.2 * len(sample):
        return english
    # Each of ~100 stoplists is tried: count each distinct word once, and add its count to
    # every stoplist that holds it (one look-up per distinct word in an index of all the
    # stoplists' words). The first stoplist with the most hits wins, English if none hits.
    counts = Counter(sample)
    index = _stoplist_index()
    hits = [0] * len(_names())
    for word, count in counts.items():
        held = index.get(word.encode("utf-8", "surrogatepass"))
        if held is None:
            continue
        if held.__class__ is int:
            hits[held] += count
        else:
            for k in held:
                hits[k] += count
    most = max(hits, default=0)
    return _stoplist(hits.index(most)) if most > 0 else english


# Lines up to this many characters are split into words with one findall (a list);
# longer ones a match at a time, up to _SAMPLE_WORDS.
_FINDALL_UP_TO = 10_000


@lru_cache(maxsize=1)
def _stoplist_index() -> dict[bytes, int | tuple[int, ...]]:
    """For each word of any stoplist (UTF-8), the positions (in _names) of those holding
    it: one int where one stoplist holds it (142,000 of the 154,000 words), else a tuple.

    The stoplists themselves are not kept (read one at a time, the winner again when a
    guess names it), and the words are bytes, not str (half the size for the scripts
    of two or four bytes a character: Korean, Malayalam, Kannada, Tamil, ... hold the
    most words): the index with every stoplist beside it held 35 MiB (tracemalloc), this
    12.4. The same guesses: the same words map to the same positions, and UTF-8 maps
    words one to one."""
    import justext

    index: dict[bytes, int | tuple[int, ...]] = {}
    for k, name in enumerate(_names()):
        for word in justext.get_stoplist(name):
            key = word.encode("utf-8", "surrogatepass")
            held = index.get(key)
            index[key] = k if held is None else (held, k) if held.__class__ is int else (*held, k)
    return index
