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
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    # In the order of their names: jusText gives a set, whose order changes with the hash
    # seed, and the first of two stoplists with as many hits wins the guess.
    return {lang: frozenset(justext.get_stoplist(lang)) for lang in sorted(justext.get_stoplists())}


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
    stoplists, index = _stoplist_index()
    hits = [0] * len(stoplists)
    for word, count in counts.items():
        for k in index.get(word, ()):
            hits[k] += count
    most = max(hits, default=0)
    return stoplists[hits.index(most)] if most > 0 else english


# Lines up to this many characters are split into words with one findall (a list);
# longer ones a match at a time, up to _SAMPLE_WORDS.
_FINDALL_UP_TO = 10_000


@lru_cache(maxsize=1)
def _stoplist_index() -> tuple[list[frozenset[str]], dict[str, tuple[int, ...]]]:
    """The stoplists in the order of their names (_stoplists), and for each word the
    positions of those holding it."""
    stoplists = list(_stoplists().values())
    index: dict[str, list[int]] = {}
    for k, stoplist in enumerate(stoplists):
        for word in stoplist:
            index.setdefault(word, []).append(k)
    return stoplists, {word: tuple(ks) for word, ks in index.items()}
