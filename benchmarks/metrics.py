"""Scoring one extraction against the ground truth: body shingles, snippets, metadata.

Every rule here is spelled out in docs/benchmarks.md ("How it is scored"); keep the two
in step.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

SHINGLE = 4
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased ``\\w+`` tokens after NFKC, so case and punctuation never count."""
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def shingles(toks: list[str], k: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of k-token shingles; a text shorter than k is one shingle of itself."""
    if not toks:
        return Counter()
    if len(toks) < k:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + k]) for i in range(len(toks) - k + 1))


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def body_prf(predicted: str, truth: str) -> PRF:
    """Precision, recall and F1 over 4-token shingles, counted as multisets.

    A shingle seen twice in the output and once in the truth is one hit and one false
    positive (Counter intersection), so a body repeated twice loses precision. An empty
    output scores 0/0/0 against a non-empty truth (not a vacuous precision of 1), and
    two empty texts score 1/1/1.
    """
    pred, gold = shingles(tokens(predicted)), shingles(tokens(truth))
    if not pred and not gold:
        return PRF(1.0, 1.0, 1.0)
    if not pred or not gold:
        return PRF(0.0, 0.0, 0.0)
    hits = sum((pred & gold).values())
    p = hits / sum(pred.values())
    r = hits / sum(gold.values())
    f = 2 * p * r / (p + r) if hits else 0.0
    return PRF(p, r, f)


def contains_snippet(predicted_tokens: str, snippet: str) -> bool | None:
    """Whether ``snippet`` occurs in the output, as a run of whole tokens.

    ``predicted_tokens`` is the output's ``tokens()`` joined by single spaces (compute it
    once per output). Comparing token runs ignores case, whitespace, line breaks and
    punctuation (a renderer's "—" vs "-"), and "Home" never matches inside "homeowners".
    None for a snippet with no token at all (it cannot be judged).
    """
    snip = tokens(snippet)
    if not snip:
        return None
    return f" {' '.join(snip)} " in f" {predicted_tokens} "


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                         "\u00ab": '"', "\u00bb": '"', "`": "'"})


def normalise_title(title: str | None) -> str:
    """NFKC, curly quotes made straight, whitespace runs collapsed; case is kept."""
    text = unicodedata.normalize("NFKC", title or "").translate(_QUOTES)
    return " ".join(text.split())


def title_match(predicted: str | None, truth: str) -> bool:
    """Exact title match after :func:`normalise_title`."""
    return bool(normalise_title(predicted)) and normalise_title(predicted) == normalise_title(truth)


_SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|&|\band\b|\n)\s*", re.IGNORECASE)
_LEADING_BY = re.compile(r"^\s*by\b[\s:]*", re.IGNORECASE)
# Post-nominal credentials that a comma split leaves behind as "names":
# "Dylan Bailey, MS, RD, FAND", "Genevieve Carlton, Ph.D.".
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|ph\.?\s?d\.?|m\.?d\.?|jr\.?|sr\.?|esq\.?|i{2,3})$", re.IGNORECASE)


def author_names(value: str | list[str] | None) -> frozenset[str]:
    """A set of normalised names from a byline string or a list of names.

    Splits on commas, semicolons, "&" and " and "; drops a leading "By"; case and
    whitespace are ignored. Parts that are credentials (MS, RD, Ph.D.) are dropped when
    at least one real name remains, so "Dylan Bailey, MS, RD" equals "Dylan Bailey".
    """
    parts: list[str] = []
    for item in _flatten(value):
        item = unicodedata.normalize("NFKC", item)
        for part in _SPLIT_AUTHORS.split(item):
            part = _LEADING_BY.sub("", part).strip(" .\t\r\n-|")
            if part:
                parts.append(part)
    names = [p for p in parts if not _is_credential(p)] or parts
    return frozenset(" ".join(p.casefold().split()) for p in names)


def _flatten(value: object) -> list[str]:
    """Strings out of whatever a peer returned: a string, a list, a list of lists..."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for item in value for s in _flatten(item)]
    return [str(value)]


def _is_credential(part: str) -> bool:
    # All-caps words only: a plain name in capitals ("LEONARDO GARCIA") has a space.
    return bool(_CREDENTIAL.match(part)) and (part.isupper() or "." in part or part.lower() in {"jr", "sr", "esq"})


def author_match(predicted: str | list[str] | None, truth: str) -> bool:
    """Same set of names (see :func:`author_names`)."""
    return bool(author_names(truth)) and author_names(predicted) == author_names(truth)


def day(value: object) -> str | None:
    """A date-like value as YYYY-MM-DD, or None when it holds no recognisable day."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    match = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if match:
        y, m, d = (int(g) for g in match.groups())
        try:
            return dt.date(y, m, d).isoformat()
        except ValueError:
            return None
    return None


def date_match(predicted: object, truth: str) -> bool:
    """Equal as days (time of day and time zone ignored)."""
    return day(truth) is not None and day(predicted) == day(truth)


@dataclass(frozen=True)
class FieldScores:
    """Whether each metadata field is right; None where the truth does not judge it
    (no true title, no true day; ``author`` needs true authors, ``author_wrong`` is
    judged on pages without any: naming someone there is wrong)."""

    title: bool | None
    author: bool | None
    author_wrong: bool | None
    date: bool | None


def judge_fields(title: str | None, authors: str | list[str] | None, date: object,
                 truth_title: str, truth_author: str, truth_date: str) -> FieldScores:
    """The metadata verdicts of one extraction, the same for every script.

    >>> judge_fields("Council  approves ‘budget’", [], None, "Council approves 'budget'", "", "2025-07-04")
    FieldScores(title=True, author=None, author_wrong=False, date=False)
    >>> judge_fields("Council Approves Budget", ["Jane Doe"], "2025-07-04", "Council approves budget", "", "")
    FieldScores(title=False, author=None, author_wrong=True, date=None)
    """
    has_author = bool(author_names(truth_author))
    return FieldScores(
        title=title_match(title, truth_title) if truth_title.strip() else None,
        author=author_match(authors, truth_author) if has_author else None,
        author_wrong=bool(author_names(authors)) if not has_author else None,
        date=date_match(date, truth_date) if day(truth_date) else None,
    )


def share(flags: list[bool | None]) -> float | None:
    """The share of judged verdicts that are true (None: nothing judged)."""
    judged = [f for f in flags if f is not None]
    return sum(1 for f in judged if f) / len(judged) if judged else None
