"""The author's box under a text dump's article: "Jane Doe is a reporter covering ...".

A site prints a few lines about the writer below the article. On HTML its markup says so
(``markup.author_bios``); a text dump keeps only the words. The evidence left holds in
any language: the line opens with the name the byline gave (``Page.metadata.authors``),
goes on about that person, and stands below the article's first paragraphs. An article
rarely opens a paragraph with its own writer's full name.

Many boxes name the writer by the given name alone ("Karina holds a Global Executive
MBA ...", "Dr. Ehsan Jazini is ..."). A given name opens more of an article's lines, so
that form counts only at the article's very end (little of its prose below the line) and
when the article's prose above never used the name.
"""
from __future__ import annotations

from typing import Iterator

import re

from ..layout import is_prose
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from ..model import Page
from .base import Verdict, cleaner

# A name of at least this many words: one word ("Reuters", a first name) opens too many
# lines of any article.
_NAME_WORDS = 2
# The line says at least this many words beyond the name (a bio, not a name or a credit).
_BIO_WORDS = 4
# At least this many words of prose lie above the line: the article, not its header
# (where a site may print the writer's box before the text).
_PROSE_ABOVE = 100
# A box opening with the given name alone stands where at most this share of the page's
# prose lies below it (WCXB tune: the boxes found this way are the page's last prose).
_GIVEN_NAME_TAIL = 0.2
# A given name has at least this many letters ("Al" and initials open too many lines).
_GIVEN_NAME_CHARS = 3
# An honorific before the name: "Dr. Ehsan Jazini", "Mr. Jeffrey A. Slotnick".
_HONORIFIC = re.compile(r"(?:dr|prof|mr|mrs|ms|mme|sr|sra|herr|frau)\.?\s+", re.IGNORECASE)


def _opens_with(text: str, name: str) -> bool:
    """Whether ``text`` opens with ``name`` as whole words (any case)."""
    head = text[: len(name)]
    if head.casefold() != name.casefold():
        return False
    rest = text[len(name): len(name) + 1]
    return not rest or not rest.isalnum()


@cleaner(inputs=("text",))
def author_boxes(page: Page) -> Iterator[Verdict]:
    """Text dumps: a line about the article's author below the article, opening with the
    byline's name: "Jane Doe is a reporter covering courts and crime.", "Moritz
    Gathmann leitet das Ressort Berliner Republik bei Cicero.", "Marie Dupont est
    journaliste au service politique."; at the article's end, with the given name alone
    ("Karina holds a Global Executive MBA ..."). The same name opening a line high in the
    article, another person's name below it, and a name the article's prose speaks of (its
    subject, when the byline was misread) stay.
    """
    names = [n.strip() for n in page.metadata.authors if len(n.split()) >= _NAME_WORDS]
    if not names:
        return
    # Each name's given name (full name folded, given name as written and folded), while
    # no line above used it without the full name.
    given = [(n.casefold(), g, g.casefold()) for n, g in ((n, _given_name(n)) for n in names) if g]
    mass = [b.word_count if b.kept and is_prose(b) else 0 for b in page.blocks]
    below = sum(mass)
    tail = _GIVEN_NAME_TAIL * below
    above = 0
    for block, words in zip(page.blocks, mass):
        below -= words
        if not block.kept:
            continue
        if above >= _PROSE_ABOVE:
            text = block.text
            name = next((n for n in names if _opens_with(text, n)), None)
            if name and block.word_count >= len(name.split()) + _BIO_WORDS:
                yield block, f"about the author: a line opening with the byline's name ({name}) below the article"
                continue
            if given and below <= tail and block.word_count > _BIO_WORDS:
                opener = _HONORIFIC.match(text)
                bare = text[opener.end():] if opener else text
                first = next((g for _, g, _ in given if _opens_with_word(bare, g)), None)
                if first:
                    yield block, f"about the author: a line opening with the byline's given name ({first}) at the article's end"
                    continue
        folded = block.folded  # block.text.casefold(), cached
        # A given name a line above uses without the full name (a quote's speaker, the
        # subject; not the byline) is the article's. (A plain loop: most pages have one
        # name, and this runs on every line.)
        for entry in given:
            if entry[2] in folded and entry[0] not in folded:
                given = [e for e in given if e[2] not in folded or e[0] in folded]
                break
        if words:
            above += words
            # A name the article's prose speaks of is its subject (a misread byline:
            # "Google Chrome"), and lines opening with it are the article's.
            names = [n for n in names if n.casefold() not in folded]
            given = [entry for entry in given if entry[0] not in folded]
            if not names:
                return


def _given_name(name: str) -> str:
    """The name's first word, when it can be a given name: capitalised, three letters or
    more, no function word ("The Meetingnotes Team" has none); else ""."""
    first = name.split()[0]
    if len(first) < _GIVEN_NAME_CHARS or not first[:1].isupper() or not first.isalpha() \
            or first.casefold() in ALL_FUNCTION_WORDS:
        return ""
    return first


def _opens_with_word(text: str, word: str) -> bool:
    """Whether ``text`` opens with ``word`` followed by a space or a comma (not "Matt's").

    >>> _opens_with_word("Karina holds an MBA.", "Karina"), _opens_with_word("Matt's passion", "Matt")
    (True, False)
    """
    return text.startswith(word) and text[len(word): len(word) + 1] in (" ", ",")
