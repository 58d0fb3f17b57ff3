"""A shop's banner offering free shipping, on its own line of a text dump
(cleaners/promos.shipping_offers)."""
import pytest

from helpers import PARAGRAPHS
import newsclean

OFFERS = [
    "Free standard shipping on orders $40+",
    "Free Shipping + 30 Day Risk Free Returns*",
    "Free shipping for orders over $150",
    "Kostenloser Versand ab 50 €",
    "Versandkostenfrei ab 29 € Bestellwert",
    "Livraison gratuite dès 60 € d'achat",
    "Envío gratis en pedidos superiores a 50 €",
    "Spedizione gratuita per ordini superiori a 49 €",
    "Frete grátis acima de R$ 199",
    "Gratis verzending vanaf € 20",
    "Darmowa dostawa od 199 zł",
]


def body_of(lines: list[str]) -> str:
    return newsclean.extract("\n\n".join(["Council approves the budget", *lines]), source_type="text").body


@pytest.mark.parametrize("line", OFFERS)
def test_a_shipping_banner_between_the_paragraphs_goes(line):
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line not in body
    assert PARAGRAPHS[1] in body and PARAGRAPHS[2] in body


@pytest.mark.parametrize("line", [
    # Guards (pass before and after): sentences about shipping go on with a verb.
    "Free shipping is what keeps shoppers loyal, according to a survey of 2,000 online buyers.",
    "Free delivery drivers in the city went on strike on Monday over pay and working hours.",
    "Kostenloser Versand lohnt sich für kleine Händler kaum, sagen Ökonomen.",
])
def test_sentences_about_shipping_stay(line):
    body = body_of([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])
    assert line in body
