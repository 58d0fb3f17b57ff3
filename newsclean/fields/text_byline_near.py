"""What stands beside a byline line in a text dump, read by the byline scorer
(text_bylines.author_candidates): a by-label alone on the line above, a job title, a
sentence about the person, a date, a menu; and the lines that head an author box, and
the headline copy a byline stands under."""
from __future__ import annotations

import re

from ..model import Block
from ..lexicon import alternation
from ..lexicon.dates import ALL_READING_TIME
from ..lexicon.bylines import ALL_AUTHOR_LABELS, ALL_BY_LABELS, ALL_BYLINE_ROLES, ALL_JOB_TITLES, ALL_WRITTEN_BY_PREFIXES
from .text_line_shapes import maybe_name

# "By", "Von", "Par", "Por", "Door", "Przez", "Written by", "Author:", "Autor:" (newsclean/lexicon/bylines.py).
BY_LABEL = r"(?:(?:" + alternation(ALL_WRITTEN_BY_PREFIXES) + r")\s+)?(?:" + alternation(ALL_BY_LABELS) + ")"
# A by-label alone on its line ("By", "Written by:", "Author", "Autor:", "Von"): the
# renderer put the names on the line below (an element of their own in the page).
LABEL_ALONE = re.compile(r"^\W*(?:" + BY_LABEL + "|(?:" + alternation(ALL_AUTHOR_LABELS) + r")(?:\(s\))?)\s*:?\s*$", re.I)
# A line of metadata beside a byline: a year (a date line) or a reading time ("5 min read").
DATED = re.compile(r"(?:19|20)\d\d|\d\s*(?:" + alternation(ALL_READING_TIME) + ")", re.I)
# The words of a job title or a byline role ("Senior Content Contributor", "Redakteurin").
ROLE_WORDS = frozenset(w for phrase in ALL_JOB_TITLES + ALL_BYLINE_ROLES for w in phrase.split())
WORD = re.compile(r"[^\W\d_]+")


# A run of letters where two elements a renderer glued may meet (glued_elements).
_LETTER_RUN = re.compile(r"[^\W\d_]{5,}")


def glued_elements(text: str) -> bool:
    """Two elements a renderer glued: four lower-case letters or more run into a capital
    ("ChecklistsJust EngagedWedding", "ÉconomieÉlections"); a name's inner capital follows
    one to three ("McNally", "DiCaprio", "FitzGerald"). (str.isupper/islower: the
    capitals of every script, not only A-Z.)

    >>> glued_elements("Wedding ChecklistsJust Engaged"), glued_elements("ÉconomieÉlections"), glued_elements("Naoise McNally")
    (True, True, False)
    """
    for run in _LETTER_RUN.finditer(text):
        word = run.group()
        if any(word[k].isupper() and word[k - 4:k].islower() for k in range(4, len(word))):
            return True
    return False


# The first lines of a dump: where a renderer prints the page's <title>.
TITLE_COPY_TOP = 5


def headline_copy(blocks: list[Block], title: int | None, anchor: int) -> int | None:
    """The headline line a byline is placed against: when the chosen title is the page's
    <title> printed on top ("Headline | Site"), its copy nearest above the article (the
    <h1>, "Headline"), under which the byline and the date stand."""
    if title is None or title >= TITLE_COPY_TOP:
        return title
    key = blocks[title].normalized
    for j in range(min(anchor, len(blocks) - 1), title, -1):
        copy = blocks[j].normalized
        if copy and (copy == key or blocks[j].word_count >= 3 and key.startswith(copy + " ")):
            return j
    return title


def lines_under_label(top: list[Block]) -> dict[int, str]:
    """Index of each line under a by-label that stands alone -> the label ("By",
    "Written by:", "Author", "Von"): a renderer puts a byline's label and its names on
    lines of their own."""
    out: dict[int, str] = {}
    for i, b in enumerate(top[:-1]):
        if len(b.text) <= 24 and LABEL_ALONE.match(b.text):
            out[i + 1] = b.text
            if i + 2 < len(top) and glued_elements(top[i + 1].text):
                # "By" / "Wedding ChecklistsJust EngagedWedding Planning" / "Naoise
                # McNally": the renderer put the categories' links, glued, between the
                # label and the names.
                out[i + 2] = b.text
    return out


def author_box_lines(blocks: list[Block]) -> list[int]:
    """Name lines anywhere on the page that head an author box: the next line is a
    sentence about the person ("Jane Doe" / "Jane covers science ...") or a job title
    ("Jane Doe" / "Senior Editor")."""
    out = []
    for i, b in enumerate(blocks[:-1]):
        # String tests first: most lines are passed over without building anything.
        text = b.text
        if not (len(text) <= 40 and text[:1].isupper() and 1 <= text.count(" ") <= 3):
            continue
        after = blocks[i + 1] if blocks[i + 1].text != text else blocks[i + 2] if i + 2 < len(blocks) else None
        if after is None or after.text == text:
            continue
        words = text.split()
        # A person's name has no word in capitals (a product's may: "Proton VPN"), and a
        # sentence about a person goes on by first name ("Jane covers ...") or by the
        # whole name as the line writes it ("Jane Doe is a reporter ..."); a topic's
        # sentence writes its name in other case ("Ground Mounted" / "Ground mounted
        # systems are ..."). (Tune split: the whole name as written found 4-5 more
        # authors per renderer, no more wrong ones.)
        if any(w.isupper() and len(w) > 1 for w in words):
            continue
        bio = (after.text.startswith(words[0] + " ") and after.word_count >= 8
               and (not after.text.lower().startswith(text.lower()) or after.text.startswith(text + " ")))
        if (bio or len(after.text) <= 80 and after.word_count <= 6 and any(
                w in ROLE_WORDS for w in WORD.findall(after.text.lower()))) and maybe_name(text):
            out.append(i)
    return out


def next_lines(blocks: list[Block], b: Block, before: int, after: int) -> list[Block]:
    """The lines around ``b`` (``before`` above, ``after`` below), not counting copies
    of ``b`` itself (a renderer writes a name twice: an image's text, then the link)."""
    out = []
    for step, count in ((-1, before), (1, after)):
        j = b.index + step
        while count and 0 <= j < len(blocks):
            if blocks[j].text != b.text:
                out.append(blocks[j])
                count -= 1
            j += step
    return out


def role_near(blocks: list[Block], b: Block, name_tokens: list[str]) -> bool:
    """A job title beside the name: on the next line ("Jane Doe" / "Senior Editor"), the
    line above, or after the names on their line ("Jane Doe, Staff Writer")."""
    names = set(name_tokens)
    if any(w in ROLE_WORDS and w not in names for w in WORD.findall(b.text.lower())):
        return True
    return any(n.word_count <= 6 and any(w in ROLE_WORDS for w in WORD.findall(n.text.lower()))
               for n in next_lines(blocks, b, 1, 1))


def bio_near(blocks: list[Block], b: Block, names: list[str]) -> bool:
    """A few lines away, a sentence about the person: it names them among its first
    words ("Jane Doe is a reporter who ...", "Jane covers ...") - an author box."""
    first = names[0].split()[0].strip(".,") if names else ""
    if len(first) < 2:
        return False
    return any(n.word_count >= 8 and first in (w.strip(".,:;()") for w in n.text.split()[:8])
               for n in next_lines(blocks, b, 3, 3))


def menu_neighbours(blocks: list[Block], b: Block) -> float:
    """How many of the two lines on each side are short lines without a digit, as in a
    menu or a list of links ("Home" / "Jane Doe" / "Contact"): a byline stands beside a
    date, a headline, a paragraph. (A line without a letter, a bullet or a separator a
    renderer left alone, "*" or "|", is no menu entry.)"""
    return float(sum(1 for n in next_lines(blocks, b, 2, 2)
                     if n.word_count <= 4 and not any(ch.isdigit() for ch in n.text) and WORD.search(n.text)
                     and not LABEL_ALONE.match(n.text)
                     and not any(w in ROLE_WORDS for w in WORD.findall(n.text.lower()))))


def dated_near(blocks: list[Block], i: int, lines: int = 2) -> bool:
    """A date or a reading time on the line or within ``lines`` lines of it."""
    return any(len(blocks[j].text) <= 100 and DATED.search(blocks[j].text)
               for j in range(max(0, i - lines), min(len(blocks), i + lines + 1)))
