"""The site asking for money or a subscription, in eight languages (cleaners/promos.support_asks)."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.promos import support_asks

ASKS = [
    "Support independent journalism",
    "Subscribe now to keep reading and get access to the full archive.",
    "Jede kleine Spende hilft uns, unabhängig zu bleiben!",
    "Jetzt abonnieren",
    "Unterstützen Sie uns!",
    "Pour lire la suite, abonnez-vous.",
    "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
    "Sostieni il nostro giornalismo",
    "Apoie o jornalismo independente",
    "Word nu lid en lees alles",
    "Wesprzyj nas",
    "Please consider donating to keep our reporting free for everyone.",
    "Donate now",
]


@pytest.mark.parametrize("ask", ASKS)
def test_an_ask_below_or_inside_the_article_is_removed(ask):
    assert removed_by(support_asks, [PARAGRAPHS[0], ask, *PARAGRAPHS[1:]]) == [ask]


@pytest.mark.parametrize("line", [
    "Donations to the fund rose by a third last year, the charity said.",
    "Die Spendenbereitschaft ist im vergangenen Jahr deutlich gestiegen.",
    "Les abonnés du journal ont reçu la lettre lundi.",
    # A sentence opening with the gerund is the article's (removed on h/s22-textbody).
    "Donating to the food bank is one way residents can help this winter, the mayor said.",
])
def test_sentences_about_donations_or_subscribers_stay(line):
    # Guard: the words without the ask at the line's start.
    assert removed_by(support_asks, [PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) == []


def test_every_ask_opens_with_a_listed_word():
    # The cleaner runs the pattern only on lines opening with a listed word: a word a
    # fragment can open with that is not listed would never be tried ("Continue reading,
    # subscribe" needs "continue" as well as "to"), and a listed word no fragment opens
    # with is dead weight.
    from newsclean.lexicon.chrome import SUPPORT_ASK_OPENERS, SUPPORT_ASKS

    opening = {fragment: first_words(fragment) for fragments in SUPPORT_ASKS.values() for fragment in fragments}
    assert {f: sorted(w - SUPPORT_ASK_OPENERS) for f, w in opening.items() if w - SUPPORT_ASK_OPENERS} == {}
    assert SUPPORT_ASK_OPENERS - set().union(*opening.values()) == set()


@pytest.mark.parametrize("fragment, words", [
    (r"(?:please )?support (?:our|independent) journalism", {"please", "support"}),
    (r"unterstütze(?:n sie)? (?:uns|\S+\s*$)", {"unterstütze", "unterstützen"}),
    (r"you(?:'ve| have) reached", {"you've", "you"}),
    (r"(?:to )?continue reading,? (?:subscribe|log in)", {"to", "continue"}),
])
def test_first_words_reads_the_optional_groups(fragment, words):
    # The reader of the fragments above, on forms the lexicon uses.
    assert first_words(fragment) == words


# Where an expansion stops (a construct the reader does not expand).
_END = "\x00"


def _expand(fragment: str) -> list[str]:
    """The texts ``fragment`` can open with, for the regex forms SUPPORT_ASKS uses
    (literals, ``(?:a|b)`` groups, ``?`` after a group or a letter, ``\\b``); at any
    other construct an expansion stops (``_END``)."""
    out, i = _alternatives(fragment, 0)
    return out


def _alternatives(s: str, i: int) -> tuple[list[str], int]:
    found, i = _sequence(s, i)
    while i < len(s) and s[i] == "|":
        more, i = _sequence(s, i + 1)
        found += more
    return found, i


def _sequence(s: str, i: int) -> tuple[list[str], int]:
    texts = [""]
    while i < len(s) and s[i] not in "|)":
        if s.startswith("(?:", i):
            options, i = _alternatives(s, i + 3)
            i += 1  # the ")"
        elif s.startswith("\\b", i):
            i += 2
            continue
        elif s[i] in "\\.[$^*+{(":
            # A construct these fragments use only after their first words: stop here,
            # and skip to the end of this sequence.
            depth = 0
            while i < len(s) and (depth or s[i] not in "|)"):
                depth += {"(": 1, ")": -1}.get(s[i], 0)
                i += 2 if s[i] == "\\" else 1
            options = [_END]
        else:
            options, i = [s[i]], i + 1
        if i < len(s) and s[i] == "?":
            options, i = [*options, ""], i + 1
        texts = [t if _END in t else t + o for t in texts for o in options]
    return texts, i


def first_words(fragment: str) -> set[str]:
    """The words (folded, without a trailing comma, colon or "!") a line matching
    ``fragment`` can open with."""
    return {t.split(_END)[0].split(" ")[0].rstrip(",:!").casefold() for t in _expand(fragment)} - {""}
