"""What a site asks the reader under or beside an article in a text dump: a verdict on
the article or to pass it on ("Gefällt Ihnen dieser Artikel?", "Artikel gefallen? Vergiss
nicht zu teilen!"), and a comment form's own notes ("Du musst angemeldet sein, um einen
Kommentar abzugeben.", "E-Mail (wird benötigt und nicht veröffentlicht)").

Both are text only: on HTML the article's bounds (trafilatura, the engine) leave these
widgets out already, and HTML output stays as it was. Both take a short line that opens
with the prompt (after a "Hinweis:"-like label, maybe), and keep it when it is quoted with
its speaker after it (speech.py): an article quoting the prompt is the article's text.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon.chrome import ARTICLE_FEEDBACK, COMMENT_FORM_NOTES, patterns
from ..model import Page
from .base import Verdict, cleaner
from .speech import reports_speech

# A prompt is a line or two: "If you enjoyed reading this post – would you consider
# supporting our work? Just click here. Thanks!" is 18 words. A longer line is prose.
PROMPT_WORDS = 25

# A short label that may stand before a note: "Hinweis: Die Kommentarfunktion ...".
_LABEL = r"(?:(?:hinweis|achtung|note|notice|remarque|nota|aviso|let op|uwaga)\s*:\s*)?"
_FEEDBACK = re.compile(rf"^[\W_]*{_LABEL}(?:{patterns(ARTICLE_FEEDBACK)})", re.IGNORECASE)
_FORM_NOTE = re.compile(rf"^[\W_]*{_LABEL}(?:{patterns(COMMENT_FORM_NOTES)})", re.IGNORECASE)


def _prompts(page: Page, pattern: re.Pattern[str], reason: str) -> Iterator[Verdict]:
    for block in page.kept():
        if block.word_count > PROMPT_WORDS:
            continue
        found = pattern.match(block.text)
        if found is not None and not reports_speech(block.text, found.end()):
            yield block, reason


@cleaner(inputs=("text",))
def article_feedback(page: Page) -> Iterator[Verdict]:
    """Text dumps: a short line in which the site asks whether the reader liked the
    article or found it useful, or to share it (lexicon/chrome.ARTICLE_FEEDBACK, eight
    languages): "Gefällt Ihnen dieser Artikel?", "Fanden Sie diesen Artikel nützlich?",
    "Artikel gefallen? Vergiss nicht zu teilen!", "Cet article vous a plu ?", "Was this
    article helpful?". A sentence about readers' verdicts ("Die Leser fanden den Artikel
    zu lang.") does not open with the ask and stays.

    >>> from newsclean.fields import Metadata
    >>> from newsclean.pipeline import run_chain
    >>> from newsclean.read.text import text_to_blocks
    >>> page = Page(text_to_blocks("Die Leser fanden den Artikel zu lang.\\n\\nGefällt Ihnen dieser Artikel?"),
    ...             "text", Metadata())
    >>> run_chain(page, [article_feedback])
    >>> [b.text for b in page.blocks if b.removed_by]
    ['Gefällt Ihnen dieser Artikel?']
    """
    yield from _prompts(page, _FEEDBACK, "the site asks for a verdict on the article or to share it")


@cleaner(inputs=("text",))
def comment_form_notes(page: Page) -> Iterator[Verdict]:
    """Text dumps: a comment form's own note (lexicon/chrome.COMMENT_FORM_NOTES, eight
    languages): who may comment ("Du musst angemeldet sein, um einen Kommentar
    abzugeben.", "You must be logged in to post a comment."), what is not published
    ("E-Mail (wird benötigt und nicht veröffentlicht)", "Votre adresse e-mail ne sera pas
    publiée."), when the form closes ("Hinweis: Die Kommentarfunktion wird 2 Tage nach
    Veröffentlichung geschlossen."). An article's sentence about comments ("Die
    Kommentarfunktion der Zeitung war am Montag gestört.") names no such note and stays.

    >>> from newsclean.fields import Metadata
    >>> from newsclean.pipeline import run_chain
    >>> from newsclean.read.text import text_to_blocks
    >>> page = Page(text_to_blocks("Die Kommentarfunktion war gestört.\\n\\nKommentare sind geschlossen."),
    ...             "text", Metadata())
    >>> run_chain(page, [comment_form_notes])
    >>> [b.text for b in page.blocks if b.removed_by]
    ['Kommentare sind geschlossen.']
    """
    yield from _prompts(page, _FORM_NOTE, "a comment form's note (who may comment, what is published)")
