"""The language of an article's body, as an ISO 639-1 code ("en", "de").

Chosen by measurement (``benchmarks/language.py``, figures in docs/benchmarks.md and
docs/dependencies.md): see :func:`detect_language` for the rule.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import Candidate, FieldSource

# jusText's stoplist names -> ISO 639-1. Stoplists of languages without a two-letter code
# (Aromanian, Lombard, Low Saxon, Neapolitan, ...) and of variants (Simple English,
# Serbo-Croatian, Belarusian Taraskievica) are left out.
STOPLIST_CODES = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Aragonese": "an", "Armenian": "hy", "Asturian": "ast",
    "Azerbaijani": "az", "Basque": "eu", "Belarusian": "be", "Bengali": "bn", "Bosnian": "bs", "Breton": "br",
    "Bulgarian": "bg", "Catalan": "ca", "Chuvash": "cv", "Croatian": "hr", "Czech": "cs", "Danish": "da",
    "Dutch": "nl", "English": "en", "Esperanto": "eo", "Estonian": "et", "Finnish": "fi", "French": "fr",
    "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el", "Gujarati": "gu", "Haitian": "ht",
    "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is", "Ido": "io", "Igbo": "ig",
    "Indonesian": "id", "Irish": "ga", "Italian": "it", "Javanese": "jv", "Kannada": "kn", "Kazakh": "kk",
    "Korean": "ko", "Kurdish": "ku", "Kyrgyz": "ky", "Latin": "la", "Latvian": "lv", "Lithuanian": "lt",
    "Luxembourgish": "lb", "Macedonian": "mk", "Malay": "ms", "Malayalam": "ml", "Maltese": "mt",
    "Marathi": "mr", "Nepali": "ne", "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn", "Occitan": "oc",
    "Persian": "fa", "Polish": "pl", "Portuguese": "pt", "Quechua": "qu", "Romanian": "ro", "Russian": "ru",
    "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Sundanese": "su", "Swahili": "sw",
    "Swedish": "sv", "Tagalog": "tl", "Tamil": "ta", "Telugu": "te", "Turkish": "tr", "Turkmen": "tk",
    "Ukrainian": "uk", "Urdu": "ur", "Uzbek": "uz", "Vietnamese": "vi", "Walloon": "wa", "Welsh": "cy",
    "West_Frisian": "fy", "Western_Panjabi": "pa", "Volapuk": "vo",
}
_WORD = re.compile(r"[^\W\d_]+")
# Scripts whose text has no spaces between words (no stopwords to count), with the language
# a run of them names; Kana before Han, as Japanese mixes both.
_SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff]")), ("ko", re.compile(r"[\uac00-\ud7af]")),
            ("th", re.compile(r"[\u0e00-\u0e7f]")), ("zh", re.compile(r"[\u4e00-\u9fff]")))
# How much of the text a detector reads: enough for a stable answer, cheap on long pages.
MAX_CHARS = 3000


@lru_cache(maxsize=1)
def _stopword_index() -> dict[str, tuple[str, ...]]:
    """Each stopword -> the languages whose jusText stoplist holds it."""
    import justext

    index: dict[str, list[str]] = {}
    for name, code in STOPLIST_CODES.items():
        for word in justext.get_stoplist(name):
            index.setdefault(word.lower(), []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def stopword_language(text: str, weighted: bool = True) -> tuple[str | None, float]:
    """(language, share of the words that are its stopwords), by jusText's stoplists.

    >>> stopword_language("Der Hund ist gross und die Katze ist klein, aber sie spielen zusammen.")[0]
    'de'
    """
    text = text[:MAX_CHARS]
    for code, script in _SCRIPTS:
        if len(script.findall(text)) >= max(10, len(text) // 10):
            return code, 1.0
    words = _WORD.findall(text.lower())
    if not words:
        return None, 0.0
    index = _stopword_index()
    counts: dict[str, float] = {}
    for word in words:
        codes = index.get(word, ())
        # jusText's stoplists come from Wikipedia and many hold English words ("the",
        # "and"): a word counts 1/n for each of the n languages that list it, so that
        # words of one language decide.
        for code in codes:
            counts[code] = counts.get(code, 0.0) + (1.0 / len(codes) if weighted else 1.0)
    if not counts:
        return None, 0.0
    best = max(counts, key=lambda c: counts[c])
    return best, counts[best] / len(words)


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
    found = _cld2(text[:MAX_CHARS])
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


def explain_language(text: str, declared: str | None, chosen: str | None) -> FieldSource | None:
    """Where ``chosen`` (what detect_language returned) came from: CLD2's reading of the
    body, or the page's declaration; and the language that lost. Runs CLD2 again (about
    0.1 ms a page) rather than changing what detect_language returns."""
    if chosen is None:
        return None
    found = _cld2(text[:MAX_CHARS])
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
