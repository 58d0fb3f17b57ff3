"""Line patterns that test a cheap necessary condition before their regex, and the case
folding such a condition is read in.

``Either`` answers ``match(text)`` as the regexes it wraps would, one after the other
(it is a ``LinePattern`` that ``base.line_cleaner`` takes): the condition tested first
holds on every text the second regex matches, and the regex decides
(tests/test_properties.py).
"""
from __future__ import annotations

import re
from typing import Iterable

# The case folding under which every IGNORECASE match of a lower-case word is still a
# substring: the regex engine also takes "İ" and "ı" for "i", which str.casefold() keeps
# apart ("i̇", "ı"); "ſ" and the Kelvin sign casefold to "s" and "k" as the engine reads them.
_I_FOLD = str.maketrans({"\u0131": "i", "\u0307": None})


def fold(text: str) -> str:
    """``text`` case-folded, with the dotted and dotless i read as "i".

    >>> fold("İNDİRİM Zugestımmt")
    'indirim zugestimmt'
    """
    return refold(text.casefold())


def refold(casefolded: str) -> str:
    """``fold`` of a text, given the text already case-folded (``Block.folded``).

    >>> refold("İNDİRİM".casefold()) == fold("İNDİRİM")
    True
    """
    # (translate is slow; most lines hold neither character)
    return casefolded.translate(_I_FOLD) if "\u0131" in casefolded or "\u0307" in casefolded else casefolded


class Either:
    """Matches what ``first`` or ``second`` matches (``match`` at the line's start), trying
    ``second`` only on lines whose ``fold``ed text holds one of ``anchors``, of which every
    text ``second`` matches holds one; and ``first`` only on lines holding one of
    ``first_anchors``, when they are given (every text ``first`` matches holds one).
    With ``first`` None it is ``second`` alone, on the anchored lines.

    >>> pattern = Either(re.compile("^hello$", re.I), re.compile("^.*newsletter.*$", re.I), ("newsletter",))
    >>> bool(pattern.match("Hello")), bool(pattern.match("Der NEWSLETTER")), bool(pattern.match("Tschüss"))
    (True, True, False)
    """

    def __init__(self, first: re.Pattern[str] | None, second: re.Pattern[str], anchors: Iterable[str],
                 first_anchors: Iterable[str] = ()) -> None:
        self.first, self.second = first, second
        self.anchors = tuple(anchors)
        # One search for all anchors: a line holds one when the alternation is found in it
        # (a Python test per anchor cost more than the regexes on most lines).
        self._anchor = re.compile("|".join(map(re.escape, self.anchors))) if self.anchors else None
        # The same for ``first``, when the caller names fragments of which every text it
        # matches holds one: a pattern that backtracks over the line's start (".{0,40}\\b")
        # costs more on a line of prose than one search of the fold.
        self.first_anchors = tuple(first_anchors)
        self._first_anchor = re.compile("|".join(map(re.escape, self.first_anchors))) if self.first_anchors else None

    def match(self, text: str) -> object:
        return self.match_folded(text, text.casefold())

    def match_folded(self, text: str, casefolded: str) -> object:
        """``match(text)``, given ``text.casefold()`` (``Block.folded``): a line cleaner
        passes the line's cached fold, so a line is not folded again here."""
        folded = refold(casefolded)
        if self.first is not None and (self._first_anchor is None or self._first_anchor.search(folded)):
            found = self.first.match(text)
            if found is not None:
                return found
        if self._anchor is not None and self._anchor.search(folded):
            return self.second.match(text)
        return None
