"""Plain text to blocks: one block per non-empty line, bullets marked as list items."""
from __future__ import annotations

import re

from .blocks import Block

# Bullets a text renderer or a browser copy puts in front of list items.
_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□►▶‣⁃∙*]|-(?=\s)|–(?=\s)|\d{1,2}[.)](?=\s+\D))\s*")
# The first character of every line _BULLET turns into a list item (a numbered line stays "p").
_BULLET_SIGNS = frozenset("•·▪◦●○■□►▶‣⁃∙*-–")
_HAS_WORD = re.compile(r"\w")
_SPACE_CHARS = "[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
# A run of spaces folds to one plain space. Only the runs that change are matched (two or
# more characters, or one that is not a plain space): the single spaces between words are
# most of a page's runs, and replacing each with itself was two thirds of this step.
_SPACES = re.compile(f" {_SPACE_CHARS}+|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]{_SPACE_CHARS}*")


def text_to_blocks(text: str) -> list[Block]:
    """Split a text dump into blocks.

    >>> [(b.tag, b.text, b.blank_before) for b in text_to_blocks("Menu\\n  • News\\n\\nBody line.")]
    [('p', 'Menu', False), ('li', 'News', False), ('p', 'Body line.', True)]
    """
    blocks: list[Block] = []
    append = blocks.append
    blank_before = False
    # Spaces are folded over the whole text at once (the class holds no line break), so
    # each line costs a split and a strip, not a regex of its own.
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    for line in map(str.strip, text.split("\n")):
        if not line:
            blank_before = True
            continue
        tag = "p"
        # Only a line that starts with a bullet sign can become a list item; the regex
        # runs on those alone.
        if line[0] in _BULLET_SIGNS:
            bullet = _BULLET.match(line)
            # A numbered line ("1. High-Protein Meals") is a list item only when the page
            # rendered it as one; numbered subheadings read the same, so keep them as "p".
            if bullet and not bullet.group(0).strip()[:1].isdigit():
                stripped = line[bullet.end():].strip()
                if _HAS_WORD.search(stripped):
                    line, tag = stripped, "li"
        append(Block(len(blocks), line, tag, blank_before))
        blank_before = False
    return blocks
