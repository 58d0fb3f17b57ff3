"""Function words by language: a headline has a few, a sentence many, a menu none.

Used as a measure of how a line is written (the share of its words that are function
words), so each list is short: the articles, prepositions, pronouns and auxiliaries
that fill a sentence in that language.
"""
from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""a an the of to in on for and or but is are was were be been with by at from as
that this it its his her their our your you we they he she not no how what why when who""".split()),
}
ALL_FUNCTION_WORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values())
