"""The words newsclean reads pages with, in one place and by language.

Every word list a reader or a cleaner matches against lives here, grouped by what it
names (``dates``: months, weekdays, date labels, relative dates; ``bylines``: by-labels,
roles, name conjunctions and particles, agencies; ``credits``: photo-credit markers),
and within a module by language (ISO 639-1 codes), so that adding a language is adding
entries, not rules. The readers build their patterns from these lists (``alternation``)
and keep only the structure (where a label stands, what follows it) in their own code.

>>> alternation(["by", "written by"])
'written\\\\ by|by'
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

# The languages every list covers at least (issue 16): the main European news languages.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so that "written by" is
    tried before "by" and "sept" before "sep"), without repeats."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


def merged(by_language: Mapping[str, Iterable[str]]) -> tuple[str, ...]:
    """Every entry of a per-language table, once, in table order."""
    out: dict[str, None] = {}
    for words in by_language.values():
        out.update(dict.fromkeys(words))
    return tuple(out)
