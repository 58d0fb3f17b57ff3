"""The language of an article's body, as an ISO 639-1 code ("en", "de").

Chosen by measurement (``benchmarks/language.py``, figures in docs/benchmarks.md and
docs/dependencies.md): see :func:`detect_language` for the rule.
"""
from __future__ import annotations

import re

from . import Candidate, FieldSource

# How much of the text a detector reads: enough for a stable answer, cheap on long pages.
MAX_CHARS = 3000


def detect_language(text: str, declared: str | None = None) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in; ``declared`` (what the
    page says, already a two-letter code) is the hint.

    CLD2 (pycld2) reads the first MAX_CHARS characters. When it finds the declared
    language in at least HINT_SHARE percent of the text, the declared one is taken (a
    German article under an English sign-up box or quote stays German); else CLD2's
    first language, since the declaration is often a site template's ("en" on German
    blogs: 23 of 434 labelled trafeval pages). No text, or nothing CLD2 recognises:
    the declared language.

    >>> detect_language("Der Hund ist groß und die Katze ist klein, aber sie spielen jeden Tag zusammen im Garten.")
    'de'
    """
    return _choose(_cld2(text[:MAX_CHARS]), declared)


def read_language(text: str, declared: str | None = None) -> tuple[str | None, FieldSource | None]:
    """``detect_language`` and where its answer came from, with CLD2 run once."""
    found = _cld2(text[:MAX_CHARS])
    chosen = _choose(found, declared)
    return chosen, _explain(found, declared, chosen)


def _choose(found: list[tuple[str, int]], declared: str | None) -> str | None:
    if not found:
        return declared
    if declared and any(code == declared and share >= HINT_SHARE for code, share in found):
        return declared
    return found[0][0]


# Chosen on the tune split by benchmarks/language.py: 5, 10 and 20 gave the same best
# figure (99.9%); 0 and 30 one page less, 50 two. 10 is the middle of that plateau.
HINT_SHARE = 10
# Characters CLD2 refuses ("input contains invalid UTF-8"): C0/C1 controls, lone surrogates.
_REFUSED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# CLD2's codes that are not (or no longer) ISO 639-1.
_CLD2_CODES = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "nb": "no"}


def _cld2(text: str) -> list[tuple[str, int]]:
    """(ISO 639-1 code, percent of the text) of each language CLD2 finds, largest first."""
    import pycld2

    text = _REFUSED.sub(" ", text)
    if not text.strip():
        return []
    try:
        _, _, found = pycld2.detect(text)
    except (pycld2.error, ValueError, UnicodeError):
        return []
    out = []
    for _, code, share, _ in found:
        code = _CLD2_CODES.get(code, code)
        if code != "un" and len(code) == 2:
            out.append((code, int(share)))
    return out


def _explain(found: list[tuple[str, int]], declared: str | None, chosen: str | None) -> FieldSource | None:
    """Where ``chosen`` came from: CLD2's reading of the body (``found``), or the page's
    declaration; and the language that lost."""
    if chosen is None:
        return None
    shares = dict(reversed(found))  # the first share of each code
    if not found:
        return FieldSource("declared by the page", "CLD2 recognises no language in the body")
    if chosen == declared and found[0][0] != declared:
        return FieldSource("declared by the page", f"CLD2 finds {shares.get(declared, 0)}% of the body in it "
                           f"(at least {HINT_SHARE}% keeps the declared language)",
                           (Candidate(found[0][0], "CLD2's first language", "the declared language is in the body"),))
    rejected = ()
    if declared and declared != chosen:
        rejected = (Candidate(declared, "declared by the page",
                              f"CLD2 finds {shares.get(declared, 0)}% of the body in it, under {HINT_SHARE}%"),)
    detail = f"{shares.get(chosen, 0)}% of the body" + ("; the page declares it too" if declared == chosen else "")
    return FieldSource("detected in the body (CLD2)", detail, rejected)
