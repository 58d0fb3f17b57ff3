"""Tests of what one line of a text dump is, shared by the headline, date and byline readers.

A photo credit or a caption (``ends_in_credit``) is never a headline nor a byline; a line
with a year (``YEAR``) may be a date line; ``maybe_name`` says whether a line reads as a
person's name. They live apart from the readers because all three ask them about the same
lines (the cached answers are shared) and none of them owns the question.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation
from ..lexicon.bylines import AGENCIES, ALL_BY_LABELS
from ..lexicon.credits import ALL_CREDIT_MARKERS
from ..lexicon.function_words import ALL_FUNCTION_WORDS
from .names import looks_like_name

# Function words: a caption's sentence has lower-case words that are none of them.
_STOP = ALL_FUNCTION_WORDS
# Every date pattern of dates.py has a year: lines without one never reach parse_date.
# A Thai year of the Buddhist era is 25xx; a year may be written in the digits of
# another script (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width).
# The pattern is (?:19|20|25)\d\d|[<other digits>]{4}, written to open with one character
# class: the regex engine then skips to the next "1", "2" or other digit in C before
# trying a match, where the plain alternation was tried at every position (a whole
# dump's top lines are scanned with it: 0.32 -> 0.06 ms per 9-13 KB dump, same matches).
_OTHER_DIGITS = r"\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19"
YEAR = re.compile(rf"[12{_OTHER_DIGITS}](?:(?<=1)9\d\d|(?<=2)[05]\d\d|(?<=[{_OTHER_DIGITS}])[{_OTHER_DIGITS}]{{3}})")


@lru_cache(maxsize=2048)
def maybe_name(text: str) -> bool:
    """looks_like_name behind a cheap gate: a name line is short and has 2-5 words (with
    at most a "By" or "Written by" in front); most lines fail the gate and skip the call.
    Cached: the headline, byline and date scorers ask about the same lines."""
    return len(text) <= 75 and 1 <= text.count(" ") <= 7 and looks_like_name(text)


# Post-nominal credentials after a name: "MS", "RD", "FAND", "PhD", "Ph.D.", "M.Sc.",
# "Dipl.-Ing." is no post-nominal; abbreviations in capitals (with dots or not), in any language.
_CREDENTIAL = r"(?:[A-Z][A-Za-z]?\.?){1,2}[A-Z]{0,4}\.?|[A-Z]{2,6}"
_CREDENTIALS = re.compile(r"^(?P<name>[^,]{3,50}?)(?:,\s*(?:" + _CREDENTIAL + r"))+\s*$")


def name_with_credentials(text: str) -> bool:
    """A person's name followed by post-nominal credentials after commas: the byline of a
    health or finance article, which is no headline.

    >>> name_with_credentials("Jane Doe, MS, RD, FAND"), name_with_credentials("Marie Dupont, Ph.D.")
    (True, True)
    >>> name_with_credentials("Paris, Berlin, Rome"), name_with_credentials("Salt, Fat, Acid, Heat")
    (False, False)
    """
    if "," not in text or len(text) > 90:
        return False
    match = _CREDENTIALS.match(text)
    return match is not None and maybe_name(match.group("name"))


# A photo credit ending a line: a credit marker then a colon, an ellipsis or "by" and a
# few words ("Credit... Doug Mills/The New York Times", "Foto: dpa", "Crédit photo : AFP",
# "(Photo by Jane Doe)"), after a sentence, a bracket or a bar.
_MARKER = r"(?:" + alternation(ALL_CREDIT_MARKERS) + r")\s*(?::|\.{2,}|…|\s(?:" + alternation(ALL_BY_LABELS) + r")\s)\s*"
_CREDIT_TAIL = re.compile(r"(?:[.!?»”\"')\]]\s+|[(\[|/–—•·]\s*)" + _MARKER + r"[^.!?]{1,80}$", re.I)
# A line that is only a credit: "Foto: Michael Kappeler/dpa", "Photo by Jane Doe" (the
# words after the marker are names: capitalised, or small joining words).
_CREDIT_LINE = re.compile(r"^\(?" + _MARKER + r"(?P<tail>[^.!?]{1,80})$", re.I)
_NAME_JOINERS = frozenset({"by", "via", "the", "of", "and", "de", "di", "da", "von", "van", "der", "du", "la", "le", "y"})
# An agency or a "Name/Agency" credit after the caption's last sentence, or one in brackets:
# "... el 11 de febrero pasado. EFE", "... in Kyiv. (AP Photo/Efrem Lukatsky)", "... © Reuters".
_AGENCY = r"(?:" + alternation(AGENCIES) + r")"
_NAME_SLASH_ORG = r"(?-i:[A-Z][^\s/()]*(?:\s[A-Z][^\s/()]*){0,3}\s?/\s?[A-Z][^/()]{1,59})"
_CREDIT_END = re.compile(
    r"[.!?»”\"]\s+(?:" + _AGENCY + "|" + _NAME_SLASH_ORG + r")\s*\.?$"
    r"|\(\s*" + _AGENCY + r"(?:\s+photo)?(?:\s?/\s?[^/()]{2,60})?\s*\)\s*\.?$|©\s*[^.!?]{2,120}$", re.I)
# A capitalised marker and a colon after the caption's last word, with no full stop
# between ("... in London Photo: Getty Images", "... in Berlin Foto: Michael Kappeler/dpa"):
# the words after it must read as names (checked like a credit-only line).
_CREDIT_MID = re.compile(r"\s(?P<marker>" + alternation(ALL_CREDIT_MARKERS) + r")\s*:\s*(?P<tail>[^.!?:]{1,80})$", re.I)


# What every credit pattern needs somewhere: a character, a by-label, or an agency as last word.
_CREDIT_CHARS = frozenset(":/©(…")
_AGENCY_WORDS = frozenset(a for a in AGENCIES if " " not in a)
_CREDIT_LABELS = tuple(f" {label} " for label in ALL_BY_LABELS if " " not in label)


@lru_cache(maxsize=4096)
def ends_in_credit(text: str) -> bool:
    """A caption or a photo credit: the line ends with a credit, and is never the headline.

    >>> ends_in_credit("Trump asked voters for a big win. He didn't get it. Credit... Doug Mills/The New York Times")
    True
    >>> ends_in_credit("Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE")
    True
    >>> ends_in_credit("Die Kanzlerin in Berlin. Foto: dpa"), ends_in_credit("Fed raises rates by half a point")
    (True, False)
    """
    if not (_CREDIT_CHARS.intersection(text) or ".." in text
            or text.rsplit(None, 1)[-1].strip(".)»”\"").lower() in _AGENCY_WORDS
            or any(label in text.lower() for label in _CREDIT_LABELS)):
        return False
    if _CREDIT_TAIL.search(text) or _CREDIT_END.search(text):
        return True
    line = _CREDIT_LINE.match(text)
    # Mid-line, only after a caption's worth of words written as a sentence (a lower-case
    # word that is no function word), or with a "Name/Agency" or agency credit: a title-case
    # headline ("Five Lessons From the Best Photo: What Makes It Work") is no caption.
    if line is None and (mid := _CREDIT_MID.search(text)) is not None and mid["marker"][:1].isupper():
        before = text[: mid.start()].split()
        tail = mid["tail"].split()
        if len(before) >= 5 and (any(w[:1].islower() and w.lower() not in _STOP for w in before)
                                 or "/" in mid["tail"] or tail[-1].lower() in _AGENCY_WORDS):
            line = mid
    return line is not None and _names_only(line["tail"])


def _names_only(tail: str) -> bool:
    """The words of a credit: capitalised (names, agencies), or small joining words."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_JOINERS for w in tail.split())
