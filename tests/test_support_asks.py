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
