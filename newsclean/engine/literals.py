"""Case-insensitive regexes made of literal words, matched with str methods instead of ``re``.

The class/id vocabulary (vocabulary.CLASS_KINDS) is a few hundred words in alternations, some with an optional letter, a word boundary or a
look-behind. Python's ``re`` tries every alternative at every position of the string:
about 50 µs per class token for the 14 kinds, most of the engine's time on a page. Here
each pattern is expanded once into its literal forms (``tabs?\\b`` -> "tabs" then "tab",
each with a word boundary after it) and a token is read position by position, looking
up only the literals that start with the two characters found there.

The result is exactly ``re``'s for ASCII tokens: a pattern of this subset matches only
letters, digits, ``-`` and ``_`` (never whitespace), the literals are compared
lower-cased (``re.IGNORECASE`` on ASCII), and the assertions read one character on
each side. Tokens with other characters go to ``re`` itself, and so does a pattern
using syntax outside the subset (``literal_forms`` returns None).

The subset: literal characters, ``(?:...)`` groups, ``|``, ``?`` after a character or
a group, ``\\b`` and ``(?<![\\w-])`` at either end of a form.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import product
from typing import Any, Callable, Iterable

_SPECIAL = set("()|?\\[].*+{}^$")
# An assertion at an end of a literal form: "b" a word boundary, "nlb" not after \w or "-".
BOUNDARY, NOT_AFTER_WORD = "b", "nlb"


@dataclass(frozen=True)
class LiteralForm:
    """One way a pattern can match: ``text`` (lower case) with its end assertions."""

    text: str
    left: str = ""  # "", BOUNDARY or NOT_AFTER_WORD
    right: str = ""  # "" or BOUNDARY


class _Unsupported(ValueError):
    pass


def literal_forms(pattern: str) -> tuple[LiteralForm, ...] | None:
    """The literal forms of ``pattern`` in the order ``re`` tries them (alternatives left
    to right, an optional part present before absent), or None when the pattern uses
    syntax outside the subset.

    >>> [(f.left, f.text, f.right) for f in literal_forms(r"more-?news|\\bads?\\b")]
    [('', 'more-news', ''), ('', 'morenews', ''), ('b', 'ads', 'b'), ('b', 'ad', 'b')]
    >>> literal_forms(r"foo.*bar") is None
    True
    """
    try:
        sequences, end = _alternation(pattern, 0)
        if end != len(pattern):
            raise _Unsupported(pattern)
        return tuple(_form(items) for items in sequences)
    except _Unsupported:
        return None


# A parsed piece: a tuple of items, each a character or an assertion marker.
_Items = tuple[str, ...]
_ASSERTIONS = {"\\b": BOUNDARY, "(?<![\\w-])": NOT_AFTER_WORD}


def _alternation(pattern: str, i: int) -> tuple[list[_Items], int]:
    out: list[_Items] = []
    while True:
        sequence, i = _sequence(pattern, i)
        out.extend(sequence)
        if i < len(pattern) and pattern[i] == "|":
            i += 1
            continue
        return out, i


def _sequence(pattern: str, i: int) -> tuple[list[_Items], int]:
    """The expansions of one branch, in try order (the first item's choices outermost)."""
    choices: list[list[_Items]] = []
    while i < len(pattern) and pattern[i] not in "|)":
        atom, i = _atom(pattern, i)
        if i < len(pattern) and pattern[i] == "?":
            i += 1
            atom = atom + [()]  # greedy: present first, then absent
        choices.append(atom)
    return [tuple(c for part in combo for c in part) for combo in product(*choices)], i


def _atom(pattern: str, i: int) -> tuple[list[_Items], int]:
    for text, marker in _ASSERTIONS.items():
        if pattern.startswith(text, i):
            return [("\0" + marker,)], i + len(text)
    if pattern.startswith("(?:", i):
        inner, i = _alternation(pattern, i + 3)
        if i >= len(pattern) or pattern[i] != ")":
            raise _Unsupported(pattern)
        return inner, i + 1
    char = pattern[i]
    if char in _SPECIAL or char.isspace() or char.isdigit() or not char.isascii():
        raise _Unsupported(pattern)
    return [(char.lower(),)], i + 1


def _form(items: _Items) -> LiteralForm:
    left = right = ""
    start, end = 0, len(items)
    if end and items[0].startswith("\0"):
        left, start = items[0][1:], 1
    if end > start and items[end - 1].startswith("\0"):
        right, end = items[end - 1][1:], end - 1
        if right != BOUNDARY:
            raise _Unsupported(items)
    text = "".join(items[start:end])
    if len(text) < 2 or "\0" in text:  # an assertion inside a form, or too short to index
        raise _Unsupported(items)
    return LiteralForm(text, left, right)


def _is_word(char: str) -> bool:
    # \w on ASCII.
    return char.isalnum() or char == "_"


def _holds(form: LiteralForm, token: str, start: int) -> bool:
    """Whether ``form``'s assertions hold for its text found at ``start`` of ``token``."""
    if form.left:
        before = token[start - 1] if start else ""
        after_word = bool(before) and _is_word(before)
        if form.left == NOT_AFTER_WORD:
            if after_word or before == "-":
                return False
        elif after_word == _is_word(form.text[0]):
            return False
    if form.right:
        end = start + len(form.text)
        next_word = end < len(token) and _is_word(token[end])
        if next_word == _is_word(form.text[-1]):
            return False
    return True


def _joined(strings: list[str], out: list, slow: Callable[[str], Any]) -> tuple[list[int], str, list[int]]:
    """The indices of the ASCII ``strings``, them lower-cased and joined by newlines
    (lower-casing keeps an ASCII string's length), and where each begins in the joined
    text; ``out[i]`` of every other string set to ``slow(strings[i])`` (``re``)."""
    plain, starts, at = [], [], 0
    for i, string in enumerate(strings):
        if string.isascii():
            plain.append(i)
            starts.append(at)
            at += len(string) + 1
        else:
            out[i] = slow(string)
    return plain, "\n".join(strings[i].lower() for i in plain), starts


class LiteralPatterns:
    """Several patterns (one per kind), matched case-insensitively against one token at a time.

    ``kinds(token)``: bit k set when pattern k matches somewhere in the token (as
    ``re.search``). Tokens must not contain whitespace (split the string first: no
    form matches across it).
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(patterns)
        self.regexes = tuple(re.compile(p, re.IGNORECASE) for p in self.patterns)
        forms = [literal_forms(p) for p in self.patterns]
        self.exact = all(f is not None for f in forms)
        # The forms by their first two characters, in (pattern, try order) order.
        self._index: dict[str, list[tuple[int, LiteralForm]]] = {}
        self._forms: list[tuple[int, LiteralForm]] = []
        if self.exact:
            for k, pattern_forms in enumerate(forms):
                for form in pattern_forms or ():
                    self._index.setdefault(form.text[:2], []).append((k, form))
                    self._forms.append((k, form))

    def kinds(self, token: str) -> int:
        if not self.exact or not token.isascii():
            return sum(1 << k for k, regex in enumerate(self.regexes) if regex.search(token))
        low = token.lower()
        bits = 0
        get = self._index.get
        for i in range(len(low) - 1):
            candidates = get(low[i:i + 2])
            if candidates:
                for k, form in candidates:
                    if not bits >> k & 1 and low.startswith(form.text, i) and _holds(form, low, i):
                        bits |= 1 << k
        return bits

    def kinds_many(self, tokens: list[str]) -> list[int]:
        """``kinds`` of each token, for many tokens at once: the ASCII ones are joined by
        newlines (neither \\w nor "-", so each token's ends read as they do alone) and
        each literal form is looked for once in the joined text (``str.find``)."""
        out = [0] * len(tokens)
        if not self.exact:
            return [self.kinds(t) for t in tokens]
        plain, low, starts = _joined(tokens, out, self.kinds)
        for k, form in self._forms:
            text, bit, checked = form.text, 1 << k, bool(form.left or form.right)
            at = low.find(text)
            while at >= 0:
                i = plain[bisect_right(starts, at) - 1]
                if not out[i] & bit and (not checked or _holds(form, low, at)):
                    out[i] |= bit
                at = low.find(text, at + 1)
        return out



class LiteralAlternation:
    """One pattern, its matches' texts as ``re.finditer`` finds them (case-insensitively:
    leftmost first, at each place the first alternative in ``re``'s try order, never
    overlapping), for many strings at once.

    ``texts_many(strings)``: per string, the lower-cased text of each match in order.
    ASCII strings are read with str methods (every literal form looked for once in the
    strings joined by newlines, which no form holds and which read as a string's end to
    the assertions); others, and a pattern outside the subset, with ``re``.

    >>> LiteralAlternation(r"read-?more|more-|\\bads?\\b").texts_many(["Read-More-ads", "x-ad", "loads"])
    [('read-more', 'ads'), ('ad',), ()]
    """

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern, re.IGNORECASE)
        self.forms = literal_forms(pattern)

    def _texts(self, string: str) -> tuple[str, ...]:
        return tuple(m.group(0).lower() for m in self.regex.finditer(string))

    def texts_many(self, strings: list[str]) -> list[tuple[str, ...]]:
        if self.forms is None:
            return [self._texts(s) for s in strings]
        out: list[tuple[str, ...]] = [()] * len(strings)
        plain, low, starts = _joined(strings, out, self._texts)
        hits: dict[int, list[tuple[int, int, str]]] = {}  # string -> (place, try order, text)
        for order, form in enumerate(self.forms):
            text, checked = form.text, bool(form.left or form.right)
            at = low.find(text)
            while at >= 0:
                if not checked or _holds(form, low, at):
                    hits.setdefault(plain[bisect_right(starts, at) - 1], []).append((at, order, text))
                at = low.find(text, at + 1)
        for i, found in hits.items():
            found.sort()
            texts, resume = [], -1
            for at, _, text in found:
                if at >= resume:  # the first try at the leftmost place not inside the last match
                    texts.append(text)
                    resume = at + len(text)
            out[i] = tuple(texts)
        return out
