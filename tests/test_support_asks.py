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
]


@pytest.mark.parametrize("ask", ASKS)
def test_an_ask_below_or_inside_the_article_is_removed(ask):
    assert removed_by(support_asks, [PARAGRAPHS[0], ask, *PARAGRAPHS[1:]]) == [ask]


@pytest.mark.parametrize("line", [
    "Donations to the fund rose by a third last year, the charity said.",
    "Die Spendenbereitschaft ist im vergangenen Jahr deutlich gestiegen.",
    "Les abonnés du journal ont reçu la lettre lundi.",
])
def test_sentences_about_donations_or_subscribers_stay(line):
    # Guard: the words without the ask at the line's start.
    assert removed_by(support_asks, [PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) == []


def test_every_ask_opens_with_a_listed_word():
    # The cleaner runs the pattern only on lines opening with a listed word: a fragment
    # opening otherwise would never be tried.
    import re

    from newsclean.cleaners.promos import SUPPORT_ASK_OPENERS
    from newsclean.lexicon.chrome import SUPPORT_ASKS

    def first_words(fragment: str) -> set[str]:
        # The words a fragment can open with: its leading optional groups expanded by hand
        # would be brittle, so read every literal word before the first mandatory one.
        words = set()
        for part in re.split(r"\(\?:|\)\??|\|", fragment):
            token = part.strip().split(" ")[0] if part.strip() else ""
            if token and re.fullmatch(r"[\w'’ßäöüéèáíóúñçàìòłśźżąęćń-]+", token):
                words.add(token.casefold())
        return words

    for fragments in SUPPORT_ASKS.values():
        for fragment in fragments:
            assert first_words(fragment) & SUPPORT_ASK_OPENERS, fragment
