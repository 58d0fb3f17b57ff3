"""Review of s23's affiliate disclosures and reported speech (rev3): an article's sentence
in which "we" or "I" is the subject of another clause, a disclosure quoted with an ASCII
closing quote, and the Dutch word "dit" ("this"), which is not the French reporting verb."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.notices import affiliate_disclosures, site_notices
from newsclean.cleaners.speech import reports_speech


@pytest.mark.parametrize("line", [
    # "we"/"I" begin another clause; the commission is someone else's.
    "In our survey we found that most creators earn a commission of 5 to 10 percent.",
    "I think influencers make a commission on almost everything they post about.",
    "We asked whether retailers get compensation for returned goods.",
    # A disclosure quoted with its speaker, closed with an ASCII quote.
    "'I get a commission on every sale,' said the influencer at the hearing.",
])
def test_the_articles_sentences_about_commissions_stay(line):
    assert removed_by(affiliate_disclosures, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == []


@pytest.mark.parametrize("line", [
    "We may earn a commission when you buy through links on our site.",
    "We’ll earn a commission if you buy something through the links below.",
    "I may receive a small commission at no extra cost to you.",
    "We and our partners may earn a commission from links on this page.",
])
def test_the_sites_disclosures_still_go(line):
    # Guards: the forms found in the WCXB dumps ("we may earn", "We’ll earn", "I may receive").
    assert removed_by(affiliate_disclosures, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == [line]


def test_a_dutch_disclosure_that_goes_on_with_dit_goes():
    # "dit kost jou niets extra" ("this costs you nothing extra"): "dit" is not a speech verb here.
    line = "Als je via deze links iets koopt, ontvangen wij mogelijk een kleine commissie, dit kost jou niets extra."
    assert removed_by(affiliate_disclosures, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == [line]


def test_a_dutch_notice_that_goes_on_with_dit_goes():
    line = "De informatie op deze site is uitsluitend ter informatie, dit is geen advies van de redactie."
    assert removed_by(site_notices, [*PARAGRAPHS, line, "Impressum", "Privacy"]) == [line]


@pytest.mark.parametrize("text", ["« C'est fini », dit-il.", "« C'est fini », dit le maire.",
                                  "„Das ist vorbei“, sagte er."])
def test_french_dit_still_reports_speech(text):
    # Guards: the French reporting verb in its inverted forms.
    assert reports_speech(text)


@pytest.mark.parametrize("line", [
    "Dr. Jane Doe speaks to reporters in Berlin on Monday. (Reuters)",
    "U.S. troops patrol the streets of Kabul on Monday. (Reuters)",
])
def test_a_one_sentence_caption_with_an_abbreviation_still_goes(line):
    # "Dr." and "U.S." end no sentence: the caption is one sentence, and its agency credits a picture.
    from newsclean.cleaners.captions import photo_credits

    assert removed_by(photo_credits, [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == [line]
