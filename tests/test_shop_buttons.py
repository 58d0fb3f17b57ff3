"""A shop's button on its own line of a text dump (cleaners/promos.shop_buttons)."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.promos import shop_buttons

BUTTONS = [
    "Check price at Amazon",
    "See price at REI (on sale!)",
    "View Deal",
    "Check Price - Walmart",
    "Preis prüfen bei Otto",
    "Zum Angebot",
    "Voir l'offre",
    "Ver precio en Amazon",
    "Vedi offerta",
    "Ver oferta",
    "Bekijk prijs",
    "Sprawdź cenę",
]


@pytest.mark.parametrize("line", BUTTONS)
def test_a_shop_button_between_the_paragraphs_goes(line):
    assert removed_by(shop_buttons, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == [line]


@pytest.mark.parametrize("line", [
    # Sentences that open as a button does: advice, reporting, a heading's question.
    "Compare prices before you buy.",
    "See prices rise again, analysts warn.",
    "View plans for the new stadium were shown to the council on Monday, and residents objected to its height.",
    "Get the best deals?",
])
def test_sentences_that_open_like_a_button_stay(line):
    assert removed_by(shop_buttons, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == []


def test_html_pages_are_not_read():
    # Guard of the input: the cleaner runs on text dumps only.
    from newsclean.cleaners.base import applies_to

    assert not applies_to(shop_buttons, "html")
