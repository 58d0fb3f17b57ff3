"""Image captions and photo credits."""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon.chrome import either
from ..lexicon.credits import PHOTO_LABELS
from ..model import Page
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
# A photo credit at the end of a line: "- Barbara Wojazer/AFP/Getty Images",
# "(Photo: Jane Doe/Reuters)", "Photo by Jane Doe", "Image credit: NASA", "Credit: AP",
# "REUTERS/Jane Doe", "© Jane Doe / Shutterstock". As one regex (kept in
# tests/test_linear_time.py as the reference) it is
#   HEAD (?:AGENCY) (?:\s*/\s*[\w .'’-]{1,40})* \s*\)?\s*$
# which a search tries at every position of the line, and whose "/ names" part
# backtracks exponentially over "a / b / c ..." (a name may end in spaces, and each
# space before a "/" may be the name's or the separator's). So the line is read from the
# end instead: the tail after the agency, one "/"-separated part at a time
# (_agencies_at_end), then the head before each agency found, by a regex anchored there.
_CREDIT_HEAD = re.compile(
    rf"(?:[-–—|]\s*|\(|\b)(?:(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit)?\s*[:/]|"
    rf"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)|credit\s*:|courtesy of|©)?\s*"
    rf"[\w .'’,-]{{0,60}}?(?:/\s*)?(?:{_AGENCY})\Z",
    re.IGNORECASE,
)
# A head holds at most this many non-space characters (a separator, the longest label,
# 60 name characters, a "/"): the head regex is searched only that far back.
_HEAD_REACH = 100
# An agency name at the end of a text, matched on its last characters reversed: a match
# at the start fails within a character or two on most lines, where a search for
# "(?:AGENCY)\Z" tried every alternative at each of the last positions.
_AGENCY_REVERSED = re.compile(
    "|".join(re.escape(name[::-1]) for name in sorted(_AGENCY_NAMES, key=len, reverse=True)), re.IGNORECASE)
_LONGEST_AGENCY = max(map(len, _AGENCY_NAMES))
# A name between two "/": up to 40 word characters, spaces, dots, apostrophes, hyphens.
_CREDIT_NAME = re.compile(r"[\w .'’-]{1,40}", re.IGNORECASE)


def _agencies_at_end(text: str) -> Iterator[int]:
    r"""Where an agency name ends that only "/ names", spaces and a ")" follow:
    the ends at which ``(?:AGENCY)(?:\s*/\s*[\w .'’-]{1,40})*\s*\)?\s*$`` matches,
    right to left."""
    # Parts are sliced off one "/" at a time from the right, so an ordinary line (no "/",
    # no agency at its end) costs two short tests and no copy.
    start = text.rfind("/") + 1
    last = text[start:]
    if last.rstrip().endswith(")"):
        last = last.rstrip()[:-1]
    if _agency_ends(last):
        yield start + len(last.rstrip())
    # Without a "/" there is no earlier part, and whether the last is a name is not asked.
    if start == 0 or not _is_credit_name(last):
        return
    # Each earlier part: an agency may end it (then only spaces follow up to the "/"),
    # and if it is a name, the agency may be further left.
    while start > 0:
        stop = start - 1  # the "/"
        start = text.rfind("/", 0, stop) + 1
        part = text[start:stop]
        if _agency_ends(part):
            yield start + len(part.rstrip())
        if not _is_credit_name(part):
            return


def _ends_in_agency(text: str) -> bool:
    """True when ``text`` ends in an agency name, maybe followed by "/ names" and ")".

    >>> _ends_in_agency("Smoke rises over the city. Barbara Wojazer/AFP/Getty Images")
    True
    >>> _ends_in_agency("(REUTERS/Jane Doe)"), _ends_in_agency("Reuters reported the figure.")
    (True, False)
    """
    return next(_agencies_at_end(text), None) is not None


def _ends_in_credit(text: str) -> bool:
    """True when ``text`` ends in a photo credit: an agency with a credit's head before it
    and only "/ names" after it."""
    if "/" not in text:
        # Most lines: one part, so only an agency at its end (before spaces and a ")")
        # can start a credit, the one end _agencies_at_end would yield; read here without
        # the generator and its calls.
        last = text.rstrip()
        if last.endswith(")"):
            last = last[:-1].rstrip()
        if _AGENCY_REVERSED.match(last[:-_LONGEST_AGENCY - 1:-1]) is None:
            return False
        return _CREDIT_HEAD.search(text, _head_start(text, len(last)), len(last)) is not None
    for end in _agencies_at_end(text):
        if _CREDIT_HEAD.search(text, _head_start(text, end), end):
            return True
    return False


def _head_start(text: str, end: int) -> int:
    """A position before which no credit head ending at ``end`` can start."""
    seen = 0
    position = end
    while position > 0 and seen <= _HEAD_REACH + _LONGEST_AGENCY:
        position -= 1
        if not text[position].isspace():
            seen += 1
    return position


def _agency_ends(part: str) -> bool:
    return _AGENCY_REVERSED.match(part.rstrip()[:-_LONGEST_AGENCY - 1:-1]) is not None


def _is_credit_name(part: str) -> bool:
    r"""``part`` is ``\s*[\w .'’-]{1,40}\s*``: a name, maybe spaced out from the "/"s."""
    core = part.strip()
    if not core:
        return " " in part  # a single space is a name of one character to the pattern
    return len(core) <= 40 and _CREDIT_NAME.fullmatch(core) is not None


# A credit label: "Photo:", "Image credit:", "Photo by", "Credit:", "Courtesy of", and the
# picture's label in other languages, with its colon: "Foto: dpa", "Bild: ...", "(crédito: ...".
_LABEL = (r"(?:(?:photo|image|picture|video|illustration)s?\s*(?:credit)?\s*:|"
          r"(?:photo|image|picture)(?:graph)?s?\s+(?:by|courtesy(?: of)?)\b|credit\s*:|courtesy of\b"
          rf"|(?:{either(PHOTO_LABELS)})\s*:)")
# The label opens the line or follows a dash, bar or bracket; then a name without a
# sentence end.
_CREDIT_LABEL = re.compile(rf"(?:^|[-–—|(]\s*){_LABEL}[^.!?]{{1,80}}\)?\s*$", re.IGNORECASE)
# Text dumps also: the label after the caption's comma or full stop ("Roman Prymula, photo:
# ...", "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com"), and a "." inside a token
# of the name ("D.A.Press", "CC BY 2.0") is no sentence end. Not on HTML, where a block is a
# whole paragraph: an FAQ card ending in ". Photo: Hyundai" is not a caption (WCXB tune:
# 6 such cards on one page).
_CREDIT_LABEL_TEXT = re.compile(rf"(?:^|[-–—|(,]\s*|[.!?]\s+){_LABEL}(?:[^.!?]|[.](?=\S)){{1,80}}\)?\s*$",
                                re.IGNORECASE)
# A text line that ends in "© Name" (a caption's credit; a copyright notice is boilerplate too):
# "Eine Fracking-Anlage im US-Bundesstaat Pennsylvania © Noah Addis".
_COPYRIGHT_TAIL = re.compile(r"©\s*[^\W\d_][\w .'’/-]{0,40}$")


# Every credit label holds one of these words; the label regex is tried at every position of
# a line, so it runs only on lines that have one (a substring test on the lower-cased words).
_LABEL_WORD = re.compile("photo|image|picture|video|illustration|credit|courtesy"
                         # the other languages' labels (PHOTO_LABELS) hold one of these
                         "|fot|bild|beeld|crédit|immagine|ilustración|zdjęci")


def _has_label_word(normalized: str) -> bool:
    return _LABEL_WORD.search(normalized) is not None


# The text's source in brackets at the end of a paragraph: "... sein Erscheinen an. (dpa/gem)",
# "... hieß es. (FR mit dpa)", "... the ministry said. (Reuters)": no picture's label inside.
_BRACKET_TAIL = re.compile(r"\(([^()]{1,40})\)\s*$")
# A sentence's end, before a space (a closing quote may stand between).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»“]?\s")
# The word before a full stop, its last part after an inner full stop ("U.S" -> "S").
_WORD_BEFORE = re.compile(r"([^\s.]*)$")


def _sentence_ends(text: str, end: int) -> int:
    """The sentence ends in ``text[:end]``; a full stop after a capitalised word of one or
    two letters is an abbreviation or an initial ("Dr. Jane Doe", "U.S. troops"), while a
    lower-case one ends a sentence ("Er lehnt die Pläne ab. Der ...").

    >>> _sentence_ends("Dr. Jane Doe speaks in Berlin. U.S. troops left. ", 60)
    2
    """
    count = 0
    for found in _SENTENCE_END.finditer(text, 0, end):
        if text[found.start()] == ".":
            word = _WORD_BEFORE.search(text, 0, found.start()).group(1)
            if len(word) <= 2 and word[:1].isupper():
                continue
        count += 1
    return count


# Before a bracketed agency, at least this many sentences make a paragraph, not a caption
# (a caption is a line or two; the agency then credits the paragraph's text, not a picture).
PARAGRAPH_SENTENCES = 2


def _credits_the_text(text: str) -> bool:
    """True when a text line ends in its own source, an agency in brackets after a
    paragraph of sentences (a news agency's text): it is the article's paragraph.

    >>> _credits_the_text("Er sagte zunächst ab. Später kündigte der Manager dann doch sein Erscheinen an. (dpa/gem)")
    True
    >>> _credits_the_text("Players left the island today for the Dominican Republic. (Picture by Jane Doe/AP)")
    False
    >>> _credits_the_text("Smoke rises over the city on Monday. (Reuters)")
    False
    """
    tail = _BRACKET_TAIL.search(text)
    if tail is None or _has_label_word(tail.group(1).casefold()):
        return False
    return _sentence_ends(text, tail.start() + 1) >= PARAGRAPH_SENTENCES


@cleaner
def photo_credits(page: Page) -> Iterator[Verdict]:
    """Captions that end in a photo credit, and bare credit lines:
    "People take shelter ... on July 4, 2025. – Barbara Wojazer/AFP/Getty Images",
    "(Photo: Jane Doe/Reuters)", "Photo by John Smith on Unsplash",
    "Image credit: Alamy", "Credit: Associated Press"; a label after the caption's comma or
    full stop ("Roman Prymula, photo: Archives ...", "... im Abendrot. Bild: TebNad/Shutterstock.com")
    and a caption ending in "© Name" (these three on text dumps only).
    A sentence that names an agency as its source ("Reuters reported the figure.")
    does not end in a credit and stays; on text dumps, so does a paragraph of sentences
    that ends in its agency in brackets ("... sein Erscheinen an. (dpa/gem)"): the agency
    credits the text, not a picture.
    """
    on_text = page.source_type == "text"
    label = _CREDIT_LABEL_TEXT if on_text else _CREDIT_LABEL
    for block in page.kept():
        if block.word_count > 80:
            continue
        text = block.text
        if (_has_label_word(block.normalized) and label.search(text)) or (
            not block.ends_like_sentence
            and (on_text and "©" in text and _COPYRIGHT_TAIL.search(text)
                 or _ends_in_credit(text) and not (on_text and _credits_the_text(text)))
        ):
            yield block, "image caption or photo credit"


@cleaner
def figure_captions(page: Page) -> Iterator[Verdict]:
    """Blocks that HTML marks as captions (<figcaption>, or inside <figure>)."""
    for block in page.kept():
        if block.tag == "figcaption" or "figure" in block.context:
            yield block, "image caption (marked as one in the HTML)"
