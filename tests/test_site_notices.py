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
