"""The site's notices below an article (disclaimers, disclosures, reprint terms), found
as a region (cleaners/notices.py)."""
import pytest

from helpers import PARAGRAPHS, removed_by
import newsclean
from newsclean.cleaners.notices import site_notices

FOOTER = ["Impressum", "Datenschutz"]

# One notice per language, as sites print them under their articles.
NOTICES = {
    "en": "This blog is provided for general informational purposes only and does not constitute legal advice.",
    "de": "Die Inhalte dieses Artikels dienen nur zur Information und stellen keine Anlageberatung dar.",
    "fr": "Cet article est publié à titre informatif uniquement et ne constitue pas un conseil financier.",
    "es": "Este artículo tiene fines informativos y no constituye asesoramiento financiero.",
    "it": "Questo articolo ha scopo puramente informativo e non costituisce consulenza finanziaria.",
    "pt": "Este artigo serve para fins informativos e não constitui aconselhamento financeiro.",
    "nl": "Dit artikel is uitsluitend ter informatie en vormt geen beleggingsadvies.",
    "pl": "Artykuł ma charakter wyłącznie w celach informacyjnych i nie stanowi porady inwestycyjnej.",
}


@pytest.mark.parametrize("language", sorted(NOTICES))
def test_a_notice_below_the_article_is_removed(language):
    lines = [*PARAGRAPHS, NOTICES[language], *FOOTER]
    assert removed_by(site_notices, lines) == [NOTICES[language]]


def test_a_notice_of_several_paragraphs_goes_as_one_region():
    # The line between two notice lines holds no notice phrase of its own.
    region = ["Products and services referenced are for general information only.",
              "Please review each provider's terms before you buy anything.",
              "This material is not intended to replace the advice of a qualified advisor."]
    assert removed_by(site_notices, [*PARAGRAPHS, *region, *FOOTER]) == region


@pytest.mark.parametrize("line", [
    "This post may contain affiliate links, so we may earn a small commission when you buy through them.",
    "Dieser Beitrag enthält Werbung für Produkte, die wir selbst getestet haben.",
    "As an Amazon Associate we earn from qualifying purchases.",
    "Written permission must be obtained before reprint in online or print media.",
])
def test_disclosures_and_reprint_terms_are_notices(line):
    assert removed_by(site_notices, [*PARAGRAPHS, line]) == [line]


def test_an_article_about_advice_and_affiliates_stays():
    # Guard: the words appear in the article's own reporting, and its prose goes on below.
    reporting = ["Streamers earn a commission when viewers buy games through affiliate programs, the report said.",
                 "The regulator said the adverts were for informational purposes only, a claim critics rejected."]
    assert removed_by(site_notices, [*PARAGRAPHS[:2], *reporting, *PARAGRAPHS[2:]]) == []


def test_a_notice_above_the_article_is_not_this_rule():
    # Guard: with no article prose above it, the line is left to the other rules.
    assert removed_by(site_notices, [NOTICES["en"], *PARAGRAPHS]) == []


def test_extract_drops_the_notice_from_the_body():
    dump = "\n\n".join(["Council approves the budget", *PARAGRAPHS, NOTICES["de"], NOTICES["en"]])
    body = newsclean.extract(dump, source_type="text").body
    assert PARAGRAPHS[-1] in body
    assert "Anlageberatung" not in body and "informational purposes" not in body


def test_every_notice_fragment_holds_an_anchor():
    # The cleaner runs the notice pattern only on lines holding an anchor word: a fragment
    # without one would never be tried.
    from newsclean.lexicon.chrome import SITE_NOTICE_ANCHORS, SITE_NOTICES

    missing = [f for fragments in SITE_NOTICES.values() for f in fragments
               if not any(anchor in f for anchor in SITE_NOTICE_ANCHORS)]
    assert missing == []


# The article's own last paragraph, with words a notice also uses: it is reporting, not
# the site disclaiming (review of h/s22-textbody; each was removed there).
ARTICLE_ENDINGS = [
    "Victims of the flooding will receive compensation from the state fund by the end of March, the minister said.",
    "The regulator found that the company had shared the location data of its customers without written consent.",
    "The opinions expressed at the hearing will be summarised in a report to the council in January.",
    "Les manifestants se sont rassemblés devant la mairie sans autorisation préalable de la préfecture.",
    "La empresa cedió los datos de los vecinos a terceros sin autorización previa, según denunció la asociación.",
    "El museo abrirá la colección al público con fines educativos a partir de septiembre, según el ayuntamiento.",
    "O antigo quartel será usado para fins educativos a partir do próximo ano, segundo a prefeitura.",
    "De gemeente liet de bomen kappen zonder schriftelijke toestemming van de eigenaar, zeggen omwonenden.",
    "Die Verwaltung ließ die Bäume laut Anwohnern ohne schriftliche Genehmigung der Denkmalbehörde fällen.",
]


@pytest.mark.parametrize("line", ARTICLE_ENDINGS)
def test_the_articles_last_paragraph_with_a_notices_words_stays(line):
    assert removed_by(site_notices, [*PARAGRAPHS, line]) == []


@pytest.mark.parametrize("line", [
    "The opinions expressed in this article are those of the author and do not necessarily reflect the views of the site.",
    "No part of this article may be reproduced without the prior written permission of the publisher.",
    "Toute reproduction, même partielle, est interdite sans l'autorisation écrite de l'éditeur.",
    "Queda prohibida la copia total o parcial de este contenido sin autorización previa de la editorial.",
    "Nachdruck und Vervielfältigung nur mit Quellenangabe, Weiterverbreitung ohne schriftliche Genehmigung untersagt.",
    "Niets uit deze uitgave mag worden verveelvoudigd zonder voorafgaande schriftelijke toestemming van de uitgever.",
    "This site may earn a commission from purchases made through links on this page.",
])
def test_reprint_terms_and_opinion_disclaimers_are_notices(line):
    assert removed_by(site_notices, [*PARAGRAPHS, line]) == [line]


# More ways a site words its disclaimer (bodytext, s24; WCXB tune kept the English two
# under their articles): "used as a substitute for ... advice", "this content is not
# legal advice", and the same act in German and French.
MORE_NOTICES = [
    "No content on this site, regardless of date, should ever be used as a substitute for direct medical advice from your doctor or other qualified clinician.",
    "This article is for informational purposes. This content is not legal advice, it is the expression of the author.",
    "Dieser Beitrag ist keine Rechtsberatung und ersetzt sie nicht.",
    "Cet article ne constitue pas un avis juridique.",
]


@pytest.mark.parametrize("notice", MORE_NOTICES)
def test_more_disclaimer_wordings_below_the_article_go(notice):
    assert removed_by(site_notices, [*PARAGRAPHS, notice, *FOOTER]) == [notice]


@pytest.mark.parametrize("line", [
    # Guards (pass before and after): reporting that uses the same words.
    "Margarine was used as a substitute for butter during the war, the baker recalled.",
    "The court ruled that the leaked memo is not legal advice and must be disclosed.",
])
def test_reporting_with_the_disclaimer_words_stays(line):
    assert removed_by(site_notices, [*PARAGRAPHS, line, *FOOTER]) == []
