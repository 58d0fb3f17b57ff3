"""The site's disclosure that it earns from its links, wherever it stands on a text dump
(cleaners/notices.affiliate_disclosures)."""
import pytest

from helpers import PARAGRAPHS, removed_by
import newsclean
from newsclean.cleaners.notices import affiliate_disclosures

# One disclosure per language, as sites print them above or inside their articles.
DISCLOSURES = {
    "en": "We may earn commission from links on this page, but we only recommend products we back.",
    "de": "Wenn Sie über einen dieser Links einkaufen, erhalten wir eine kleine Provision.",
    "fr": "Si vous achetez via ces liens, nous pouvons percevoir une petite commission.",
    "es": "Si compras a través de estos enlaces, podemos recibir una pequeña comisión.",
    "it": "Se acquisti tramite questi link, potremmo ricevere una piccola commissione.",
    "pt": "Se você comprar por meio desses links, podemos receber uma pequena comissão.",
    "nl": "Als je via deze links iets koopt, ontvangen wij mogelijk een kleine commissie.",
    "pl": "Ten artykuł zawiera linki afiliacyjne.",
}


@pytest.mark.parametrize("language", sorted(DISCLOSURES))
def test_a_disclosure_above_the_article_is_removed(language):
    lines = [DISCLOSURES[language], *PARAGRAPHS]
    assert removed_by(affiliate_disclosures, lines) == [DISCLOSURES[language]]


@pytest.mark.parametrize("line", [
    "This article contains affiliate links that may earn us a commission at no extra cost to you.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "Support us! The site may earn a small commission from affiliate links in this article. Learn more.",
])
def test_a_disclosure_between_the_sections_is_removed(line):
    lines = [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]
    assert removed_by(affiliate_disclosures, lines) == [line]


@pytest.mark.parametrize("line", [
    # The article's reporting about commissions, of someone else.
    "Streamers earn a commission when viewers buy games through their links, the study found.",
    "Amazon cut the commission it pays affiliates on furniture from 8 to 3 percent last year.",
    # A disclosure quoted with its speaker.
    "We may earn a commission on these sales, the company said in a statement to investors.",
])
def test_the_articles_own_words_about_commissions_stay(line):
    lines = [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]
    assert removed_by(affiliate_disclosures, lines) == []


def test_a_long_paragraph_is_not_a_disclosure():
    # An affiliate marketer's own article: a paragraph of it says how it earns.
    line = ("When I started this blog I did not know that I could earn a commission from the links in my posts. "
            + PARAGRAPHS[0] + " " + PARAGRAPHS[1])
    assert removed_by(affiliate_disclosures, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == []


def test_every_disclosure_fragment_holds_an_anchor():
    # The cleaner runs the pattern only on lines holding an anchor word.
    from newsclean.lexicon.chrome import AFFILIATE_ANCHORS, AFFILIATE_DISCLOSURES

    missing = [f for fragments in AFFILIATE_DISCLOSURES.values() for f in fragments
               if not any(anchor in f for anchor in AFFILIATE_ANCHORS)]
    assert missing == []


def test_extract_drops_the_disclosure_above_the_article():
    dump = "\n\n".join(["Council approves the budget", DISCLOSURES["en"], *PARAGRAPHS])
    body = newsclean.extract(dump, source_type="text").body
    assert PARAGRAPHS[0] in body and "earn commission" not in body
