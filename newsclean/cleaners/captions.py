"""Image captions and photo credits."""
from __future__ import annotations

import re
from typing import Iterator

from ..blocks import Page
from .base import Verdict, cleaner

# Who took or owns a picture. Photo agencies and stock libraries are a kind of thing
# every news page credits, not one site's words.
_AGENCY_NAMES = (
    "getty images", "afp", "ap photo", "associated press", "reuters", "epa", "epa-efe", "shutterstock",
    "istock", "istockphoto", "alamy", "bloomberg", "anadolu", "anadolu agency", "sipa", "sipa usa", "zuma",
    "zuma press", "zuma wire", "nurphoto", "imago", "picture alliance", "dpa", "xinhua", "tass", "sputnik",
    "pool", "abaca", "abacapress", "rex features", "wireimage", "filmmagic", "unsplash", "pexels", "pixabay",
    "adobe stock", "dreamstime", "wikimedia commons",
)
# One alternation of them, longest first; _CREDIT_TAIL ends in it.
_AGENCY = "|".join(re.escape(name) for name in sorted(_AGENCY_NAMES, key=len, reverse=True))
# "- Barbara Wojazer/AFP/Getty Images", "(Photo: Jane Doe/Reuters)", "Photo by Jane Doe",
# "Image credit: NASA", "Credit: AP", "REUTERS/Jane Doe", "© Jane Doe / Shutterstock".
_CREDIT_TAIL = re.compile(
    rf"(?:[-–—|]\s*|\(|\b)(?:(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit)?\s*[:/]|"
    rf"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)|credit\s*:|courtesy of|©)?\s*"
    rf"[\w .'’,-]{{0,60}}?(?:/\s*)?(?:{_AGENCY})(?:\s*/\s*[\w .'’-]{{1,40}})*\s*\)?\s*$",
    re.IGNORECASE,
)
# The end of _CREDIT_TAIL alone ("... AFP/Jane Doe)"): a cheap necessary condition, since
# most lines name no agency. Searched forwards, the agency alternation is tried at every
# position of the line (it was two thirds of this cleaner's time on text dumps); so it is
# matched backwards instead, anchored at the end of the line: the reversed line against
# the reversed pattern, which fails within a few characters on ordinary lines.
# A regular pattern matches a string exactly when its reversal matches the reversed
# string, so this accepts the same lines as the forward search.
_REVERSED_AGENCIES = "|".join(re.escape(name[::-1]) for name in sorted(_AGENCY_NAMES, key=len, reverse=True))
_AGENCY_AT_END_REVERSED = re.compile(rf"\s*\)?\s*(?:[\w .'’-]{{1,40}}\s*/\s*)*(?:{_REVERSED_AGENCIES})", re.IGNORECASE)
_AGENCY_AT_VERY_END_REVERSED = re.compile(rf"\s*\)?\s*(?:{_REVERSED_AGENCIES})", re.IGNORECASE)


def _ends_in_agency(text: str) -> bool:
    """True when ``text`` ends in an agency name, maybe followed by "/ names" and ")".

    >>> _ends_in_agency("Smoke rises over the city. Barbara Wojazer/AFP/Getty Images")
    True
    >>> _ends_in_agency("(REUTERS/Jane Doe)"), _ends_in_agency("Reuters reported the figure.")
    (True, False)
    """
    # Without a "/" the "/ names" part cannot match: the agency must end the line, which a
    # pattern without that backtracking part tells at once.
    pattern = _AGENCY_AT_END_REVERSED if "/" in text else _AGENCY_AT_VERY_END_REVERSED
    return pattern.match(text[::-1]) is not None


_CREDIT_LABEL = re.compile(
    r"(?:^|[-–—|(]\s*)(?:(?:photo|image|picture|video|illustration)s?\s*(?:credit)?\s*:|"
    r"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)\b|credit\s*:|courtesy of\b)"
    r"[^.!?]{1,80}\)?\s*$",
    re.IGNORECASE,
)


# Every credit label holds one of these words; the label regex is tried at every position of
# a line, so it runs only on lines that have one (a substring test on the lower-cased words).
_LABEL_WORD = re.compile("photo|image|picture|video|illustration|credit|courtesy")


def _has_label_word(normalized: str) -> bool:
    return _LABEL_WORD.search(normalized) is not None


@cleaner
def photo_credits(page: Page) -> Iterator[Verdict]:
    """Captions that end in a photo credit, and bare credit lines:
    "People take shelter ... on July 4, 2025. – Barbara Wojazer/AFP/Getty Images",
    "(Photo: Jane Doe/Reuters)", "Photo by John Smith on Unsplash",
    "Image credit: Alamy", "Credit: Associated Press".
    A sentence that names an agency as its source ("Reuters reported the figure.")
    does not end in a credit and stays.
    """
    for block in page.kept():
        if block.word_count > 80:
            continue
        text = block.text
        if (_has_label_word(block.normalized) and _CREDIT_LABEL.search(text)) or (
            not block.ends_like_sentence and _ends_in_agency(text) and _CREDIT_TAIL.search(text)
        ):
            yield block, "image caption or photo credit"


@cleaner
def figure_captions(page: Page) -> Iterator[Verdict]:
    """Blocks that HTML marks as captions (<figcaption>, or inside <figure>)."""
    for block in page.kept():
        if block.tag == "figcaption" or "figure" in block.context:
            yield block, "image caption (marked as one in the HTML)"
