"""Image captions and photo credits."""
from __future__ import annotations

import re
from typing import Iterator

from ..blocks import Page
from .base import Verdict, cleaner

# Who took or owns a picture. Photo agencies and stock libraries are a kind of thing
# every news page credits, not one site's words.
_AGENCY = (
    r"getty images|afp|ap photo|associated press|reuters|epa(?:-efe)?|shutterstock|istock(?:photo)?|"
    r"alamy|bloomberg|anadolu(?: agency)?|sipa(?: usa)?|zuma(?: press| wire)?|nurphoto|imago|"
    r"picture alliance|dpa|xinhua|tass|sputnik|pool|abaca(?:press)?|rex features|"
    r"wireimage|filmmagic|unsplash|pexels|pixabay|adobe stock|dreamstime|wikimedia commons"
)
# "- Barbara Wojazer/AFP/Getty Images", "(Photo: Jane Doe/Reuters)", "Photo by Jane Doe",
# "Image credit: NASA", "Credit: AP", "REUTERS/Jane Doe", "© Jane Doe / Shutterstock".
_CREDIT_TAIL = re.compile(
    rf"(?:[-–—|]\s*|\(|\b)(?:(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit)?\s*[:/]|"
    rf"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)|credit\s*:|courtesy of|©)?\s*"
    rf"[\w .'’,-]{{0,60}}?(?:/\s*)?(?:{_AGENCY})(?:\s*/\s*[\w .'’-]{{1,40}})*\s*\)?\s*$",
    re.IGNORECASE,
)
# The end of _CREDIT_TAIL alone: a cheap necessary condition. The whole pattern backtracks
# through its 60-character name span at every position of a line, which made this
# cleaner half the time of an HTML page; most lines name no agency and stop here.
_AGENCY_AT_END = re.compile(rf"(?:{_AGENCY})(?:\s*/\s*[\w .'’-]{{1,40}})*\s*\)?\s*$", re.IGNORECASE)
_CREDIT_LABEL = re.compile(
    r"(?:^|[-–—|(]\s*)(?:(?:photo|image|picture|video|illustration)s?\s*(?:credit)?\s*:|"
    r"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)\b|credit\s*:|courtesy of\b)"
    r"[^.!?]{1,80}\)?\s*$",
    re.IGNORECASE,
)


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
        if _CREDIT_LABEL.search(text) or (
            not block.ends_like_sentence and _AGENCY_AT_END.search(text) and _CREDIT_TAIL.search(text)
        ):
            yield block, "image caption or photo credit"


@cleaner
def figure_captions(page: Page) -> Iterator[Verdict]:
    """Blocks that HTML marks as captions (<figcaption>, or inside <figure>)."""
    for block in page.kept():
        if block.tag == "figcaption" or "figure" in block.context:
            yield block, "image caption (marked as one in the HTML)"
