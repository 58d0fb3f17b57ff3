"""Evidence that a line read as a byline names no writer of the article (text_bylines.py).

A text dump, lxml's above all, puts an element's label and its value on lines of their
own ("Tags:" / "Philosophy", "reviewed by" / "Jo-ann Caballes") and keeps the hard line
breaks of a page's source, so a sentence's "by <Name>" may open a line
("by Lydia Marie Child. See"). The tests here read punctuation and position,
and the shared lexicon's role words only:

- ``under_other_label``: the line above is the label of another field;
- ``sentence_inside``: the names hold a sentence's end;
"""
from __future__ import annotations

import re

from ..lexicon import alternation
from ..lexicon.bylines import ALL_BY_LABELS, ALL_OTHER_ROLES
from ..model import Block
from .text_byline_near import LABEL_ALONE, ROLE_WORDS, WORD

# Another part than the writing, and its by-label, alone on a line ("reviewed by",
# "Fact checked by:", "Photos by", "Foto von", "Traduit par").
_OTHER_ROLE_ALONE = re.compile(r"^\W*(?:\w+\s+){0,2}(?:" + alternation(ALL_OTHER_ROLES) + r")\s*:?\s*(?:"
                               + alternation(ALL_BY_LABELS) + r")\s*:?\s*$", re.I)
# The longest label alone read as another field's ("Tags:", "Filed under:", "Released:").
_LABEL_CHARS = 24
_LABEL_WORDS = 3


def under_other_label(blocks: list[Block], b: Block) -> bool:
    """The line right above ``b`` labels another field than the writer: another part's
    by-label ("reviewed by", "Photos by") or a short label ending in a colon that is no
    by-label nor a writer's job title ("Tags:", "Category:", "Released:"). The renderer put the label and its
    value on lines of their own; the value is a reviewer, a tag, a category.

    >>> from newsclean.model import Block
    >>> texts = ["Tags:", "Philosophy", "reviewed by", "Jo Roe", "By:", "Jane Doe", "Reporter:", "Jo Roe"]
    >>> lines = [Block(i, t) for i, t in enumerate(texts)]
    >>> [under_other_label(lines, lines[i]) for i in (1, 3, 5, 7)]
    [True, True, False, False]
    """
    if b.index == 0:
        return False
    above = blocks[b.index - 1].text.strip()
    if not above or len(above) > _LABEL_CHARS + 16:
        return False
    if _OTHER_ROLE_ALONE.match(above):
        return True
    # (A writer's job title as the label names the writer: "Reporter:", "Redakteurin:".)
    return (above.endswith(":") and len(above) <= _LABEL_CHARS and len(above.split()) <= _LABEL_WORDS
            and not LABEL_ALONE.match(above) and not any(w in ROLE_WORDS for w in WORD.findall(above.lower())))


# A sentence's end inside a byline's names: a word of two or more lower-case letters, a
# full stop, then a capitalised word ("Lydia Marie Child. See"). Initials ("J. R. Doe"),
# "Dr.", "Jr." and "St." have one or no lower-case letter before their stop.
_SENTENCE_END_INSIDE = re.compile(r"\s[^\W\d_]+?[^\W\d_A-Z]{2}\.\s+[^\W\d_]")


def sentence_inside(names: list[str]) -> bool:
    """One of the names holds a sentence's end and the start of the next: the line is a
    sentence that a hard line break opened with "by" ("by Lydia Marie Child. See"), not
    a byline. (Initials and short abbreviations are no end: "J.R.R. Tolkien", "Martin
    Luther King Jr.", "Dr. Jane Doe".)

    >>> sentence_inside(["Lydia Marie Child. See"]), sentence_inside(["J. R. R. Tolkien", "Dr. Jane Roe"])
    (True, False)
    """
    return any(_SENTENCE_END_INSIDE.search(name) for name in names)
