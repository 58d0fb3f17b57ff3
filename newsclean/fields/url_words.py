"""The words of a page's URL path, compared with a line's words: evidence in any language.

Most news sites write the headline into the URL ("/2025/07/04/council-approves-budget/",
"/politik/regierung-beschliesst-haushalt-a-1234.html"), so a line whose words are the
slug's is likely the headline, whatever the language. Both sides are folded the same
way (lower case, accents dropped) and words holding a digit (dates, ids) are left out:
a slug's numbers say nothing about which line is the headline.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

_WORD = re.compile(r"[^\W\d_]+(?:\d+[^\W\d_]*)*|\d\w*")
# A file extension ends many paths ("...-budget.html", "story.php"): no word of the page.
_EXTENSION = re.compile(r"\.[A-Za-z]{2,5}$")
# Words are compared by their first KEY_CHARS letters: a slug writes "workout" where the
# headline says "Workouts", or cuts its words short; a suffix changes, the stem stays.
KEY_CHARS = 5
# Fewer words than this and the path says nothing about the headline ("/news/12345").
MIN_SLUG_WORDS = 2


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word in lower case without its accents ("Größe" -> "grosse", "Élysée" -> "elysee")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_key(word: str) -> str:
    """What a folded word is compared by (``KEY_CHARS``).

    >>> word_key("beginners") == word_key("beginner"), word_key("app") == word_key("apps")
    (True, False)
    """
    return word[:KEY_CHARS]


def words_of(text: str) -> list[str]:
    """The folded words of ``text``, without one-letter words and words holding a digit.

    >>> words_of("Élysée: 3 ans après, l'État paie"), words_of("covid-19 rules end in 2025")
    (['elysee', 'ans', 'apres', 'etat', 'paie'], ['covid', 'rules', 'end', 'in'])
    """
    return [w for w in map(_kept, _WORD.findall(text)) if w]


@lru_cache(maxsize=8192)
def _kept(word: str) -> str:
    """``word`` folded, or "" when ``words_of`` leaves it out (one letter, or a digit in
    it). Cached: a page's candidate lines repeat their words, and the test walked each
    word's characters in Python."""
    folded = fold(word)
    return folded if len(folded) > 1 and not any(c.isdigit() for c in folded) else ""


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's path (percent-escapes decoded; the host, query and fragment
    left out), or an empty set when the path holds fewer than MIN_SLUG_WORDS words.

    >>> sorted(slug_words("https://example.com/news/2025/07/04/council-approves-budget-a1234.html"))
    ['approves', 'budget', 'council', 'news']
    >>> slug_words("https://example.com/article/123456"), slug_words(None), slug_words("not a url")
    (frozenset(), frozenset(), frozenset())
    """
    if not url:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:  # a malformed URL (an unclosed "[" host) has no path to read
        return frozenset()
    # A URL without a scheme or a host ("not a url") is no page address.
    if not path or " " in path:
        return frozenset()
    words = frozenset(words_of(_EXTENSION.sub("", path).replace("_", " ")))
    return words if len(words) >= MIN_SLUG_WORDS else frozenset()
