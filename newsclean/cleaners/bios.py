"""The author's box under a text dump's article: "Jane Doe is a reporter covering ...".

A site prints a few lines about the writer below the article. On HTML its markup says so
(``markup.author_bios``); a text dump keeps only the words. The evidence left holds in
any language: the line opens with the name the byline gave (``Page.metadata.authors``),
goes on about that person, and stands below the article's first paragraphs. An article
rarely opens a paragraph with its own writer's full name.
"""
from __future__ import annotations

from typing import Iterator

from ..layout import is_prose
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
    journaliste au service politique." The same name opening a line high in the article,
    another person's name below it, and a name the article's prose speaks of (its
    subject, when the byline was misread) stay.
    """
    names = [n.strip() for n in page.metadata.authors if len(n.split()) >= _NAME_WORDS]
    if not names:
        return
    above = 0
    for block in page.blocks:
        if not block.kept:
            continue
        if above >= _PROSE_ABOVE:
            name = next((n for n in names if _opens_with(block.text, n)), None)
            if name and block.word_count >= len(name.split()) + _BIO_WORDS:
                yield block, f"about the author: a line opening with the byline's name ({name}) below the article"
                continue
        if is_prose(block):
            above += block.word_count
            # A name the article's prose speaks of is its subject (a misread byline:
            # "Google Chrome"), and lines opening with it are the article's.
            folded = block.folded  # block.text.casefold(), cached
            names = [n for n in names if n.casefold() not in folded]
            if not names:
                return
